"""Everything that happened in a case, newest first (notes, follow-ups, referrals, visits,
welcome sessions the household attended)."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from fieldapp.casework.models import (
    CaseFile,
    CaseNote,
    FollowUp,
    HomeVisit,
    OfficeAppointment,
    Referral,
    WelcomeAttendee,
    WelcomeSession,
)
from fieldapp.casework.views import TimelineEntry
from fieldapp.community.partners import partner_name
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.people.directory import names as people_names
from fieldapp.records import common as rec
from fieldapp.records.base import Synced

_CASE_NOT_FOUND = QT_TRANSLATE_NOOP(
    "errors", "This case file was not found. It may have been removed; refresh the list."
)


def _with_reason(text: str, cancel_reason: str) -> str:
    """What was planned, then why it was cancelled (issue 16 item 4)."""
    return f"{text}\n{cancel_reason}".strip() if cancel_reason else text


def timeline(session: Session, *, case_id: str) -> list[TimelineEntry]:
    case = rec.get_live(session, CaseFile, case_id, _CASE_NOT_FOUND)
    entries: list[tuple[TimelineEntry, object]] = []

    made_by: dict[str, str] = {}

    def live(model: type[Synced]) -> ColumnElement[bool]:
        return model.deleted.is_(False)

    def add(entry: TimelineEntry, row: Synced) -> None:
        entries.append((entry, row.created_at))
        made_by[entry.id] = getattr(row, "author_id", None) or row.created_by

    for n in session.scalars(select(CaseNote).where(CaseNote.case_id == case.id, live(CaseNote))):
        add(TimelineEntry("note", n.id, n.occurred_on, n.kind, n.text, "", False,
                          n.confidentiality, n.objective), n)
    for f in session.scalars(select(FollowUp).where(FollowUp.case_id == case.id, live(FollowUp))):
        status = "cancelled" if f.cancelled_on else "done" if f.done else "open"
        add(TimelineEntry("followup", f.id, f.cancelled_on or f.due_on, "followup",
                          _with_reason(f.text, f.cancel_reason), status,
                          f.done or status == "cancelled", "team", None), f)
    for r in session.scalars(select(Referral).where(Referral.case_id == case.id, live(Referral))):
        text = r.reason if not r.outcome else f"{r.reason}\n{r.outcome}"
        partner = partner_name(session, r.partner_id)  # a named partner (issue 19)
        text = f"→ {partner}\n{text}" if partner else text
        add(TimelineEntry("referral", r.id, r.referred_on, r.destination, text,
                          r.status, r.status in ("completed", "declined"), "team",
                          None), r)
    for v in session.scalars(select(HomeVisit).where(HomeVisit.case_id == case.id,
                                                     live(HomeVisit))):
        add(TimelineEntry("visit", v.id, v.done_on or v.planned_on, "visit",
                          _with_reason(v.purpose, v.cancel_reason), v.status,
                          v.status != "planned", "team", None), v)
    for a in session.scalars(select(OfficeAppointment).where(
            OfficeAppointment.case_id == case.id, live(OfficeAppointment))):
        add(TimelineEntry("office", a.id, a.on_day, "office",
                          _with_reason(a.purpose, a.cancel_reason), a.status,
                          a.status != "planned", "team", None), a)
    attended = session.scalars(
        select(WelcomeSession)
        .join(WelcomeAttendee, WelcomeAttendee.session_id == WelcomeSession.id)
        .where(WelcomeAttendee.household_id == case.household_id, live(WelcomeAttendee),
               live(WelcomeSession))
    )
    for w in attended:
        add(TimelineEntry("welcome", w.id, w.held_on, "welcome", "", "", True,
                          "team", None), w)
    entries.sort(key=lambda pair: (pair[0].on, pair[1]), reverse=True)
    names = people_names(session)  # every entry says who wrote it (issue 16)
    return [replace(entry, author=names.get(made_by[entry.id], "")) for entry, _ in entries]
