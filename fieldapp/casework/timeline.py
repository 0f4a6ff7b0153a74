"""Everything that happened in a case, newest first (notes, follow-ups, referrals, visits,
office appointments, welcome sessions the household attended, reassignments of the case
file from one worker to another)."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from fieldapp.casework.amounts import euros
from fieldapp.casework.models import (
    CaseFile,
    CaseNote,
    FollowUp,
    HomeVisit,
    OfficeAppointment,
    Reassignment,
    Referral,
    WelcomeAttendee,
    WelcomeSession,
)
from fieldapp.casework.site_work_models import (
    ArrearsPlan,
    HousingStep,
    InternalRequest,
    SupportPlan,
)
from fieldapp.casework.views import TimelineEntry
from fieldapp.community.partners import partner_name
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.neighbourhood.models import AgentVisitRequest
from fieldapp.people.directory import names as people_names
from fieldapp.records import common as rec
from fieldapp.records.base import Synced
from fieldapp.registry.models import Household
from fieldapp.reports.dates import clock

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
        status = "cancelled" if r.cancelled_on else r.status
        partner = partner_name(session, r.partner_id)  # a named partner (issue 19)
        text = f"→ {partner}\n{text}" if partner else text
        add(TimelineEntry("referral", r.id, r.cancelled_on or r.referred_on, r.destination,
                          _with_reason(text, r.cancel_reason), status,
                          status in ("completed", "declined", "cancelled"), "team", None), r)
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
    for p in session.scalars(select(SupportPlan).where(SupportPlan.case_id == case.id,
                                                       live(SupportPlan))):
        add(TimelineEntry("plan", p.id, p.analysed_on, "plan", p.analysis, "", True,
                          p.confidentiality, None), p)
    for plan in session.scalars(select(ArrearsPlan).where(ArrearsPlan.case_id == case.id,
                                                          live(ArrearsPlan))):
        # the amounts, as the screen shows them: owed · per month (euro)
        add(TimelineEntry("arrears", plan.id, plan.agreed_on, "arrears",
                          f"€ {euros(plan.debt_cents)} · € {euros(plan.monthly_cents)}",
                          plan.status, plan.status != "running", "team", None), plan)
    for h in session.scalars(select(HousingStep).where(HousingStep.case_id == case.id,
                                                       live(HousingStep))):
        add(TimelineEntry(h.kind, h.id, h.on_day, h.code, h.remark, h.code, True, "team",
                          None), h)
    for q in session.scalars(select(InternalRequest).where(
            InternalRequest.case_id == case.id, live(InternalRequest))):
        status = "answered" if q.answered_on else "open"
        add(TimelineEntry("internal", q.id, q.answered_on or q.asked_on, q.department,
                          f"{q.facts}\n{q.answer}".strip(), status, status == "answered",
                          "team", None), q)
    household = session.get(Household, case.household_id)
    if household is not None and household.dwelling_id:  # agents asked along (issue 17)
        for g in session.scalars(select(AgentVisitRequest).where(
                AgentVisitRequest.site_id == case.site_id,
                AgentVisitRequest.dwelling_id == household.dwelling_id,
                AgentVisitRequest.created_at >= case.created_at, live(AgentVisitRequest))):
            add(TimelineEntry("agent_ask", g.id, g.on_day, "agent_ask",
                              f"{clock(g.start_minute)} · {g.address}\n"
                              f"{g.cancel_reason if g.status == 'cancelled' else g.answer}"
                              .strip(),
                              g.status, g.status != "asked", "team", None), g)
    attended = session.scalars(
        select(WelcomeSession)
        .join(WelcomeAttendee, WelcomeAttendee.session_id == WelcomeSession.id)
        .where(WelcomeAttendee.household_id == case.household_id, live(WelcomeAttendee),
               live(WelcomeSession))
    )
    for w in attended:
        add(TimelineEntry("welcome", w.id, w.held_on, "welcome", "", "", True,
                          "team", None), w)
    names = people_names(session)  # every entry says who wrote it (issue 16)
    for m in session.scalars(select(Reassignment).where(Reassignment.case_id == case.id,
                                                        live(Reassignment))):
        add(TimelineEntry("reassignment", m.id, m.reassigned_on, "reassignment", m.reason,
                          "", True, "team", None,
                          from_worker=_worker(names, m.from_worker_id, m.from_worker),
                          to_worker=_worker(names, m.to_worker_id, m.to_worker),
                          until=m.until), m)
    entries.sort(key=lambda pair: (pair[0].on, pair[1]), reverse=True)
    return [replace(entry, author=names.get(made_by[entry.id], "")) for entry, _ in entries]


def _worker(names: dict[str, str], worker_id: str | None, free_text: str) -> str:
    """The account's name now, else the name kept on the record ("" for nobody)."""
    return names.get(worker_id, free_text) if worker_id else free_text
