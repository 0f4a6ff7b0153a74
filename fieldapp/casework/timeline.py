"""Everything that happened in a case, newest first (notes, follow-ups, referrals, visits,
welcome sessions the household attended)."""

from __future__ import annotations

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from fieldapp.casework.models import (
    CaseFile,
    CaseNote,
    FollowUp,
    HomeVisit,
    Referral,
    WelcomeAttendee,
    WelcomeSession,
)
from fieldapp.casework.views import TimelineEntry
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.records import common as rec
from fieldapp.records.base import Synced

_CASE_NOT_FOUND = QT_TRANSLATE_NOOP(
    "errors", "This case file was not found. It may have been removed; refresh the list."
)


def timeline(session: Session, *, case_id: str) -> list[TimelineEntry]:
    case = rec.get_live(session, CaseFile, case_id, _CASE_NOT_FOUND)
    entries: list[tuple[TimelineEntry, object]] = []

    def live(model: type[Synced]) -> ColumnElement[bool]:
        return model.deleted.is_(False)

    for n in session.scalars(select(CaseNote).where(CaseNote.case_id == case.id, live(CaseNote))):
        entries.append((TimelineEntry("note", n.id, n.occurred_on, n.kind, n.text, "", False,
                                      n.confidentiality, n.objective), n.created_at))
    for f in session.scalars(select(FollowUp).where(FollowUp.case_id == case.id, live(FollowUp))):
        entries.append((TimelineEntry("followup", f.id, f.due_on, "followup", f.text,
                                      "done" if f.done else "open", f.done, "team", None),
                        f.created_at))
    for r in session.scalars(select(Referral).where(Referral.case_id == case.id, live(Referral))):
        text = r.reason if not r.outcome else f"{r.reason}\n{r.outcome}"
        entries.append((TimelineEntry("referral", r.id, r.referred_on, r.destination, text,
                                      r.status, r.status in ("completed", "declined"), "team",
                                      None), r.created_at))
    for v in session.scalars(select(HomeVisit).where(HomeVisit.case_id == case.id,
                                                     live(HomeVisit))):
        entries.append((TimelineEntry("visit", v.id, v.done_on or v.planned_on, "visit",
                                      v.purpose, v.status, v.status != "planned", "team", None),
                        v.created_at))
    attended = session.scalars(
        select(WelcomeSession)
        .join(WelcomeAttendee, WelcomeAttendee.session_id == WelcomeSession.id)
        .where(WelcomeAttendee.household_id == case.household_id, live(WelcomeAttendee),
               live(WelcomeSession))
    )
    for w in attended:
        entries.append((TimelineEntry("welcome", w.id, w.held_on, "welcome", "", "", True,
                                      "team", None), w.created_at))
    entries.sort(key=lambda pair: (pair[0].on, pair[1]), reverse=True)
    return [entry for entry, _ in entries]
