"""Sites, buildings, dwellings, households and people (`registry:<org>`)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import Session

from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.models.casework import CaseFile
from fieldapp.models.registry import Building, Dwelling, Household, Person, Site
from fieldapp.services import _records as rec
from fieldapp.services.case_views import case_view
from fieldapp.services.errors import ValidationError
from fieldapp.services.labels import CASE_STATUSES, RELATIONS
from fieldapp.services.local import SENSITIVE_FIELDS, get_setting
from fieldapp.services.views import HouseholdDetail, HouseholdRow, PersonView, SiteRow

HOUSEHOLD_NOT_FOUND = QT_TRANSLATE_NOOP(
    "errors", "This household was not found. It may have been removed; refresh the list."
)
SITE_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This site was not found.")


def _address(b: Building | None) -> str:
    if b is None:
        return ""
    return f"{b.street} {b.number}, {b.postcode} {b.municipality}".strip(" ,")


def _site_row(site: Site, count: int) -> SiteRow:
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
    return [_site_row(s, counts.get(s.id, 0)) for s in sites]


def _filtered(query: Select[Any], site_id: str | None, text: str, case_status: str | None
              ) -> Select[Any]:
    query = query.where(Household.deleted.is_(False))
    if site_id:
        query = query.where(Household.site_id == site_id)
    for word in rec.fold(text or "").split():
        query = query.where(Household.search_key.contains(word, autoescape=True))
    if case_status == "none":
        query = query.where(CaseFile.id.is_(None))
    elif case_status:
        rec.require_code(case_status, CASE_STATUSES,
                         QT_TRANSLATE_NOOP("errors", "Unknown case status '{status}'."),
                         status=str(case_status))
        query = query.where(CaseFile.status == case_status)
    return query


def _joined(query: Select[Any]) -> Select[Any]:
    return (
        query.join(Site, Site.id == Household.site_id)
        .outerjoin(Dwelling, Dwelling.id == Household.dwelling_id)
        .outerjoin(Building, Building.id == Dwelling.building_id)
        .outerjoin(CaseFile, and_(CaseFile.household_id == Household.id,
                                  CaseFile.deleted.is_(False)))
    )


def search_households(
    session: Session,
    *,
    site_id: str | None = None,
    text: str = "",
    case_status: str | None = None,
    limit: int = 200,
    offset: int = 0,
) -> list[HouseholdRow]:
    members = (
        select(func.count(Person.id))
        .where(Person.household_id == Household.id, Person.deleted.is_(False))
        .scalar_subquery()
    )
    query = _joined(select(Household, Site.name, Building, Dwelling.label, members,
                           CaseFile.id, CaseFile.status))
    query = _filtered(query, site_id, text, case_status)
    query = query.order_by(Site.name, Building.name, Dwelling.label, Household.name)
    rows = session.execute(query.limit(limit).offset(offset)).all()
    return [
        HouseholdRow(
            id=h.id, name=h.name, site_id=h.site_id, site_name=site_name,
            building_name=b.name if b else "", address=_address(b),
            dwelling_label=label or "", member_count=count,
            case_id=case_id, case_status=status,
        )
        for h, site_name, b, label, count, case_id, status in rows
    ]


def count_households(
    session: Session, *, site_id: str | None = None, text: str = "",
    case_status: str | None = None,
) -> int:
    query = _filtered(_joined(select(func.count(Household.id))), site_id, text, case_status)
    return int(session.scalar(query) or 0)


def household_detail(session: Session, *, household_id: str) -> HouseholdDetail:
    h = rec.get_live(session, Household, household_id, HOUSEHOLD_NOT_FOUND)
    site = session.get(Site, h.site_id)
    assert site is not None
    dwelling = h.dwelling
    building = dwelling.building if dwelling else None
    show = bool(get_setting(session, key=SENSITIVE_FIELDS, default=False))
    people = tuple(
        PersonView(
            id=p.id, first_name=p.first_name, last_name=p.last_name, relation=p.relation,
            birth_date=p.birth_date, phone=p.phone, email=p.email,
            national_register_number=p.national_register_number if show else None,
            health_notes=p.health_notes if show else None,
        )
        for p in sorted(h.people, key=lambda p: (p.relation != "head", p.birth_date or date.min))
        if not p.deleted
    )
    case = session.scalar(
        select(CaseFile).where(CaseFile.household_id == h.id, CaseFile.deleted.is_(False))
        .order_by(CaseFile.opened_on.desc()).limit(1)
    )
    count = session.scalar(select(func.count()).where(Household.site_id == site.id,
                                                      Household.deleted.is_(False))) or 0
    return HouseholdDetail(
        id=h.id, name=h.name, site=_site_row(site, count),
        building_name=building.name if building else "", address=_address(building),
        dwelling_label=dwelling.label if dwelling else "",
        floor=dwelling.floor if dwelling else None,
        bedrooms=dwelling.bedrooms if dwelling else None,
        moved_in_on=h.moved_in_on, language=h.language, people=people,
        case=case_view(session, case) if case else None,
    )


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
