"""Premises lent to a PSC (issue 19, item 1): a room of the collective area's common-room
register (fieldapp.collective.rooms) lent to the social cohesion project.

The loan is written from the rooms view by someone who holds both keys — a collective
assistant or a supervisor — into `community:<org>`, with the room's and the site's names
as the register showed them: the community worker reads which rooms the PSC may use and
never holds the collective key (the room itself stays in `collective:<org>`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from fieldapp.collective.field_models import CommonRoom
from fieldapp.community.models import PremisesLoan, PscProject
from fieldapp.community.projects import NOT_FOUND as PROJECT_NOT_FOUND
from fieldapp.errors import ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.records import common as rec
from fieldapp.registry.models import Site

ROOM_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This room no longer exists.")
LOAN_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This loan of premises no longer exists.")
NO_START = QT_TRANSLATE_NOOP("errors", "Give the day the loan starts.")
BAD_PERIOD = QT_TRANSLATE_NOOP("errors", "The loan ends before it starts.")
OVERLAP = QT_TRANSLATE_NOOP("errors", "The room is already lent to this project then.")


@dataclass(frozen=True)
class LoanRow:
    id: str
    project_id: str
    project_name: str
    room_id: str
    room_name: str
    room_kind: str
    site_name: str
    lent_from: date
    lent_to: date | None

    def current(self, today: date) -> bool:
        return self.lent_from <= today and (self.lent_to is None or today <= self.lent_to)


def _row(session: Session, loan: PremisesLoan) -> LoanRow:
    project = session.get(PscProject, loan.project_id)
    return LoanRow(id=loan.id, project_id=loan.project_id,
                   project_name=project.name if project else "", room_id=loan.room_id,
                   room_name=loan.room_name, room_kind=loan.room_kind,
                   site_name=loan.site_name, lent_from=loan.lent_from, lent_to=loan.lent_to)


def _live(_session: Session) -> Select[PremisesLoan]:
    return select(PremisesLoan).where(PremisesLoan.deleted.is_(False))


def _check_period(lent_from: object, lent_to: object) -> None:
    if not isinstance(lent_from, date):
        raise ValidationError(NO_START)
    if lent_to is not None and (not isinstance(lent_to, date) or lent_to < lent_from):
        raise ValidationError(BAD_PERIOD)


def lend_room(session: Session, *, room_id: str, project_id: str, lent_from: date,
              lent_to: date | None, actor_id: str) -> LoanRow:
    """Lend a room of the register to the PSC from `lent_from` (to `lent_to`, or open)."""
    room = rec.get_live(session, CommonRoom, room_id, ROOM_NOT_FOUND)
    project = rec.get_live(session, PscProject, project_id, PROJECT_NOT_FOUND)
    _check_period(lent_from, lent_to)
    for other in session.scalars(_live(session).where(
            PremisesLoan.room_id == room.id, PremisesLoan.project_id == project.id)):
        ends_after = other.lent_to is None or other.lent_to >= lent_from
        starts_before = lent_to is None or other.lent_from <= lent_to
        if ends_after and starts_before:
            raise ValidationError(OVERLAP)
    site = session.get(Site, room.site_id)
    loan = rec.create(session, PremisesLoan(
        project_id=project.id, room_id=room.id, room_name=room.name, room_kind=room.kind,
        site_name=site.name if site else "", lent_from=lent_from, lent_to=lent_to),
        actor_id=actor_id, collection_id=project.collection_id)
    return _row(session, loan)


def end_loan(session: Session, *, loan_id: str, lent_to: date, actor_id: str) -> LoanRow:
    """The room goes back to the register on `lent_to` (the loan stays in the PSC's file)."""
    loan = rec.get_live(session, PremisesLoan, loan_id, LOAN_NOT_FOUND)
    _check_period(loan.lent_from, lent_to)
    loan.lent_to = lent_to
    rec.touch(session, loan, actor_id=actor_id)
    return _row(session, loan)


def loans_of_room(session: Session, room_id: str) -> list[LoanRow]:
    rows = session.scalars(_live(session).where(PremisesLoan.room_id == room_id)
                           .order_by(PremisesLoan.lent_from))
    return [_row(session, r) for r in rows]


def loans_of_project(session: Session, project_id: str, *, year: int | None = None
                     ) -> list[LoanRow]:
    """The project's premises, the oldest loan first; with `year`, those lent that year."""
    query = _live(session).where(PremisesLoan.project_id == project_id)
    if year is not None:
        query = query.where(PremisesLoan.lent_from <= date(year, 12, 31)).where(
            (PremisesLoan.lent_to.is_(None)) | (PremisesLoan.lent_to >= date(year, 1, 1)))
    rows = session.scalars(query.order_by(PremisesLoan.lent_from, PremisesLoan.room_name))
    return [_row(session, r) for r in rows]
