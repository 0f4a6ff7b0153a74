"""Where people live: site -> building -> dwelling -> household -> person (`registry:<org>`)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from fieldapp.records.base import Base, Synced


class Site(Synced, Base):
    __tablename__ = "sites"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    municipality: Mapped[str] = mapped_column(String(80), default="")
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)

    buildings: Mapped[list[Building]] = relationship(back_populates="site")


class Building(Synced, Base):
    __tablename__ = "buildings"

    site_id: Mapped[str] = mapped_column(ForeignKey("sites.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    street: Mapped[str] = mapped_column(String(160), default="")
    number: Mapped[str] = mapped_column(String(20), default="")
    postcode: Mapped[str] = mapped_column(String(10), default="")
    municipality: Mapped[str] = mapped_column(String(80), default="")

    site: Mapped[Site] = relationship(back_populates="buildings")
    dwellings: Mapped[list[Dwelling]] = relationship(back_populates="building")


class Dwelling(Synced, Base):
    __tablename__ = "dwellings"

    building_id: Mapped[str] = mapped_column(ForeignKey("buildings.id"), index=True)
    label: Mapped[str] = mapped_column(String(40))
    floor: Mapped[int | None] = mapped_column(Integer)
    bedrooms: Mapped[int | None] = mapped_column(Integer)

    building: Mapped[Building] = relationship(back_populates="dwellings")
    households: Mapped[list[Household]] = relationship(back_populates="dwelling")


class Household(Synced, Base):
    __tablename__ = "households"

    dwelling_id: Mapped[str | None] = mapped_column(ForeignKey("dwellings.id"), index=True)
    site_id: Mapped[str] = mapped_column(ForeignKey("sites.id"), index=True)
    name: Mapped[str] = mapped_column(String(160))
    # lower-cased, accent-free copy of name + members' names for the household filter
    search_key: Mapped[str] = mapped_column(Text, default="")
    moved_in_on: Mapped[date | None]
    language: Mapped[str] = mapped_column(String(8), default="")
    # the tenant register's household reference ("Réf. ménage"): the key of re-imports
    reference: Mapped[str | None] = mapped_column(String(40), index=True)
    moved_out_on: Mapped[date | None]

    dwelling: Mapped[Dwelling | None] = relationship(back_populates="households")
    people: Mapped[list[Person]] = relationship(back_populates="household")


class Person(Synced, Base):
    __tablename__ = "people"
    # blanked when the person is deleted, beside the free text (fieldapp.records.payload)
    __private__ = ("first_name", "last_name", "birth_date", "phone",
                   "national_register_number")

    household_id: Mapped[str] = mapped_column(ForeignKey("households.id"), index=True)
    first_name: Mapped[str] = mapped_column(String(80))
    last_name: Mapped[str] = mapped_column(String(80))
    relation: Mapped[str] = mapped_column(String(20), default="head")
    birth_date: Mapped[date | None]
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    # minimisation (DESIGN §7): optional, shown only when the setting enables them
    national_register_number: Mapped[str | None] = mapped_column(String(20))
    health_notes: Mapped[str | None] = mapped_column(Text)

    household: Mapped[Household] = relationship(back_populates="people")
