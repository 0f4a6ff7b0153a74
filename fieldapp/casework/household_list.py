"""The households as the site assistant's screens list and open them: registry rows joined
with their case file (status filter, the household detail with its case)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import Session

from fieldapp.casework.case_views import case_view
from fieldapp.casework.labels import CASE_STATUSES
from fieldapp.casework.models import CaseFile
from fieldapp.casework.views import HouseholdDetail
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.local.profile import SENSITIVE_FIELDS, get_setting
from fieldapp.records import common as rec
from fieldapp.registry.households import HOUSEHOLD_NOT_FOUND, address_line, site_row
from fieldapp.registry.models import Building, Dwelling, Household, Person, Site
from fieldapp.registry.views import HouseholdRow, PersonView


def _filtered(query: Select[Any], site_id: str | None, text: str, case_status: str | None,
              worker: str | None = None) -> Select[Any]:
    """`worker`: None for every household; an account id for the households whose case
    file is with that person; "" for those whose case file is with nobody's account."""
    query = query.where(Household.deleted.is_(False))
    if worker == "":
        query = query.where(CaseFile.id.is_not(None), CaseFile.worker_id.is_(None))
    elif worker is not None:
        query = query.where(CaseFile.worker_id == worker)
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
    worker: str | None = None,
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
    query = _filtered(query, site_id, text, case_status, worker)
    query = query.order_by(Site.name, Building.name, Dwelling.label, Household.name)
    rows = session.execute(query.limit(limit).offset(offset)).all()
    return [
        HouseholdRow(
            id=h.id, name=h.name, site_id=h.site_id, site_name=site_name,
            building_name=b.name if b else "", address=address_line(b),
            dwelling_label=label or "", member_count=count,
            case_id=case_id, case_status=status,
        )
        for h, site_name, b, label, count, case_id, status in rows
    ]


def count_households(
    session: Session, *, site_id: str | None = None, text: str = "",
    case_status: str | None = None, worker: str | None = None,
) -> int:
    query = _filtered(_joined(select(func.count(Household.id))), site_id, text, case_status,
                      worker)
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
        id=h.id, name=h.name, site=site_row(site, count),
        building_name=building.name if building else "", address=address_line(building),
        dwelling_label=dwelling.label if dwelling else "",
        floor=dwelling.floor if dwelling else None,
        bedrooms=dwelling.bedrooms if dwelling else None,
        moved_in_on=h.moved_in_on, language=h.language, people=people,
        case=case_view(session, case) if case else None,
        candidate=h.dwelling_id is None and h.moved_out_on is None,
    )
