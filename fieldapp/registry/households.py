"""Sites, buildings, dwellings, households and people (`registry:<org>`)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldapp.errors import ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.records import common as rec
from fieldapp.registry.labels import RELATIONS
from fieldapp.registry.models import Building, Dwelling, Household, Person, Site
from fieldapp.registry.views import SiteRow

HOUSEHOLD_NOT_FOUND = QT_TRANSLATE_NOOP(
    "errors", "This household was not found. It may have been removed; refresh the list."
)
SITE_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This site was not found.")


def address_line(b: Building | None) -> str:
    if b is None:
        return ""
    return f"{b.street} {b.number}, {b.postcode} {b.municipality}".strip(" ,")


def site_row(site: Site, count: int) -> SiteRow:
    return SiteRow(
        id=site.id, code=site.code, name=site.name, municipality=site.municipality,
        latitude=site.latitude, longitude=site.longitude, household_count=count,
    )


def list_sites(session: Session) -> list[SiteRow]:
    counts = dict(
        session.execute(
            select(Household.site_id, func.count())
            .where(Household.deleted.is_(False))
            .group_by(Household.site_id)
        ).all()
    )
    sites = session.scalars(select(Site).where(Site.deleted.is_(False)).order_by(Site.name))
    return [site_row(s, counts.get(s.id, 0)) for s in sites]


# -- writes (used by sync, the demo seeder and tests) -----------------------------------

def add_site(session: Session, *, code: str, name: str, actor_id: str, municipality: str = "",
             latitude: float | None = None, longitude: float | None = None) -> str:
    name = rec.clean_text(name, empty_message=QT_TRANSLATE_NOOP("errors", "A site needs a name."))
    site = Site(code=code, name=name, municipality=municipality,
                latitude=latitude, longitude=longitude)
    return rec.create(session, site, actor_id=actor_id,
                      collection_id=rec.registry_collection(session)).id


def add_building(session: Session, *, site_id: str, name: str, actor_id: str, street: str = "",
                 number: str = "", postcode: str = "", municipality: str = "") -> str:
    rec.get_live(session, Site, site_id, SITE_NOT_FOUND)
    building = Building(site_id=site_id, name=name, street=street, number=number,
                        postcode=postcode, municipality=municipality)
    return rec.create(session, building, actor_id=actor_id,
                      collection_id=rec.registry_collection(session)).id


def add_dwelling(session: Session, *, building_id: str, label: str, actor_id: str,
                 floor: int | None = None, bedrooms: int | None = None) -> str:
    rec.get_live(session, Building, building_id,
                 QT_TRANSLATE_NOOP("errors", "This building was not found."))
    dwelling = Dwelling(building_id=building_id, label=label, floor=floor, bedrooms=bedrooms)
    return rec.create(session, dwelling, actor_id=actor_id,
                      collection_id=rec.registry_collection(session)).id


def add_household(session: Session, *, dwelling_id: str, name: str, actor_id: str,
                  moved_in_on: date | None = None, language: str = "") -> str:
    dwelling = rec.get_live(session, Dwelling, dwelling_id,
                            QT_TRANSLATE_NOOP("errors", "This dwelling was not found."))
    name = rec.clean_text(
        name, empty_message=QT_TRANSLATE_NOOP("errors", "A household needs a name."))
    household = Household(dwelling_id=dwelling.id, site_id=dwelling.building.site_id, name=name,
                          search_key=rec.fold(name), moved_in_on=moved_in_on, language=language)
    return rec.create(session, household, actor_id=actor_id,
                      collection_id=rec.registry_collection(session)).id


def add_person(session: Session, *, household_id: str, first_name: str, last_name: str,
               actor_id: str, relation: str = "head", birth_date: date | None = None,
               phone: str = "", email: str = "", national_register_number: str | None = None,
               health_notes: str | None = None) -> str:
    household = rec.get_live(session, Household, household_id, HOUSEHOLD_NOT_FOUND)
    rec.require_code(relation, RELATIONS,
                     QT_TRANSLATE_NOOP("errors", "Unknown household relation '{relation}'."),
                     relation=str(relation))
    if not (first_name.strip() or last_name.strip()):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A person needs a name."))
    person = Person(household_id=household.id, first_name=first_name.strip(),
                    last_name=last_name.strip(), relation=relation, birth_date=birth_date,
                    phone=phone, email=email, national_register_number=national_register_number,
                    health_notes=health_notes)
    rec.create(session, person, actor_id=actor_id,
               collection_id=rec.registry_collection(session))
    household.search_key = rec.fold(f"{household.search_key} {first_name} {last_name}")
    rec.touch(session, household, actor_id=actor_id)
    return person.id
