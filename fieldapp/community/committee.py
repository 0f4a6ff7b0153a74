"""The local follow-up committee: its meetings, who attended, the minutes (issue 19)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.community.models import PscMeeting, PscProject
from fieldapp.community.projects import NOT_FOUND as PROJECT_NOT_FOUND
from fieldapp.community.projects import collection
from fieldapp.community.views import Attendee, MeetingView
from fieldapp.errors import ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.records import common as rec

NOBODY = QT_TRANSLATE_NOOP("errors", "Note who attended the meeting.")


def _view(row: PscMeeting) -> MeetingView:
    return MeetingView(
        row.id, row.project_id, row.held_on, row.place,
        tuple(Attendee(str(a.get("name", "")), str(a.get("organisation", "")))
              for a in row.attendees or []),
        tuple(row.apologies or []), row.minutes, row.decisions)


def record_meeting(session: Session, *, project_id: str, held_on: date,
                   attendees: Sequence[Attendee], actor_id: str, place: str = "",
                   apologies: Sequence[str] = (), minutes: str = "",
                   decisions: str = "") -> MeetingView:
    rec.get_live(session, PscProject, project_id, PROJECT_NOT_FOUND)
    present = [{"name": a.name.strip(), "organisation": a.organisation.strip()}
               for a in attendees if a.name.strip()]
    if not present:
        raise ValidationError(NOBODY)
    row = PscMeeting(project_id=project_id, held_on=held_on, place=place.strip(),
                     attendees=present, apologies=[a.strip() for a in apologies if a.strip()],
                     minutes=minutes.strip(), decisions=decisions.strip())
    rec.create(session, row, actor_id=actor_id, collection_id=collection(session))
    return _view(row)


def list_meetings(session: Session, *, project_id: str,
                  year: int | None = None) -> list[MeetingView]:
    query = select(PscMeeting).where(PscMeeting.project_id == project_id,
                                     PscMeeting.deleted.is_(False))
    if year is not None:
        query = query.where(PscMeeting.held_on >= date(year, 1, 1),
                            PscMeeting.held_on <= date(year, 12, 31))
    return [_view(r) for r in session.scalars(query.order_by(PscMeeting.held_on))]
