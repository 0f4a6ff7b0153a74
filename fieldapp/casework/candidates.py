"""Candidate tenants (issue 17 item 5): a household the social service works with before it
has a dwelling — a register entry without a dwelling and a case file of the site it is to
live on. When they move in, the dwelling is given and the case file simply goes on: it is
then an ordinary case file of a tenant household."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.casework.cases import open_case_file
from fieldapp.casework.views import CaseView
from fieldapp.errors import ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.records import common as rec
from fieldapp.registry.households import HOUSEHOLD_NOT_FOUND, add_person
from fieldapp.registry.models import Building, Dwelling, Household, Site

LANGUAGES = ("", "nl", "fr")
NOT_A_CANDIDATE = QT_TRANSLATE_NOOP(
    "errors", "This household already lives in a dwelling: it is not a candidate tenant.")
OTHER_SITE = QT_TRANSLATE_NOOP(
    "errors", "This dwelling is on another site than the candidate's case file. Choose a "
    "dwelling of the same site, or ask a supervisor to move the case file.")


@dataclass(frozen=True)
class Member:
    first_name: str
    last_name: str
    relation: str = "head"


def is_candidate(household: Household) -> bool:
    return household.dwelling_id is None and household.moved_out_on is None


def add_candidate(session: Session, *, site_id: str, name: str, members: Iterable[Member],
                  actor_id: str, today: date, language: str = "") -> CaseView:
    """The household (no dwelling), its members and its case file, opened today."""
    site = rec.get_live(session, Site, site_id, QT_TRANSLATE_NOOP(
        "errors", "This site was not found."))
    name = rec.clean_text(name, max_len=160, empty_message=QT_TRANSLATE_NOOP(
        "errors", "A household needs a name."))
    if language not in LANGUAGES:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose Dutch or French."))
    people = [m for m in members if m.first_name.strip() or m.last_name.strip()]
    if not people:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "Give at least one member of the household: a first or a last name."))
    household = Household(dwelling_id=None, site_id=site.id, name=name,
                          search_key=rec.fold(name), moved_in_on=None, language=language)
    rec.create(session, household, actor_id=actor_id,
               collection_id=rec.registry_collection(session))
    for member in people:
        add_person(session, household_id=household.id, first_name=member.first_name,
                   last_name=member.last_name, relation=member.relation, actor_id=actor_id)
    return open_case_file(session, household_id=household.id, actor_id=actor_id, today=today)


def move_in(session: Session, *, household_id: str, dwelling_id: str, moved_in_on: date,
            actor_id: str, today: date) -> None:
    """The candidate moves in: the household gets its dwelling; its case file goes on."""
    household = rec.get_live(session, Household, household_id, HOUSEHOLD_NOT_FOUND)
    if not is_candidate(household):
        raise ValidationError(NOT_A_CANDIDATE)
    dwelling = rec.get_live(session, Dwelling, dwelling_id, QT_TRANSLATE_NOOP(
        "errors", "This dwelling was not found."))
    building = session.get(Building, dwelling.building_id)
    if building is None or building.site_id != household.site_id:
        raise ValidationError(OTHER_SITE)
    if not isinstance(moved_in_on, date) or moved_in_on > today:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "Give the day they moved in: today or earlier."))
    household.dwelling_id, household.moved_in_on = dwelling.id, moved_in_on
    rec.touch(session, household, actor_id=actor_id)


def free_dwellings(session: Session, *, site_id: str) -> list[tuple[str, str]]:
    """(dwelling id, "building · dwelling") of the site where nobody lives now."""
    taken = select(Household.dwelling_id).where(
        Household.deleted.is_(False), Household.dwelling_id.is_not(None),
        Household.moved_out_on.is_(None))
    rows = session.execute(
        select(Dwelling.id, Building.name, Dwelling.label)
        .join(Building, Building.id == Dwelling.building_id)
        .where(Building.site_id == site_id, Dwelling.deleted.is_(False),
               Dwelling.id.not_in(taken))
        .order_by(Building.name, Dwelling.label))
    return [(d, " · ".join(x for x in (b, label) if x)) for d, b, label in rows]
