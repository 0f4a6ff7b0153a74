"""Table columns of the case file: the household's people and the case timeline."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from fieldapp.casework import labels as service_labels
from fieldapp.casework.views import TimelineEntry
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.registry import labels as registry_labels
from fieldapp.registry.views import PersonView
from ui import labels
from ui.table_model import Column, format_date


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseFileView", text)


ASK_STATUSES = {"asked": QT_TRANSLATE_NOOP("CaseFileView", "Waiting for an answer"),
                "accepted": QT_TRANSLATE_NOOP("CaseFileView", "Accepted"),
                "declined": QT_TRANSLATE_NOOP("CaseFileView", "Declined"),
                "cancelled": QT_TRANSLATE_NOOP("CaseFileView", "Cancelled")}


def timeline_what(entry: TimelineEntry) -> str:
    if entry.kind == "note":
        kind = labels.note_kind(entry.subkind)
        return f"{kind} · {entry.objective}" if entry.objective else kind
    if entry.kind == "followup":
        return _tr(QT_TRANSLATE_NOOP("CaseFileView", "Follow-up"))
    if entry.kind == "referral":
        return _tr(QT_TRANSLATE_NOOP("CaseFileView", "Referral: {destination}")).format(
            destination=labels.destination(entry.subkind))
    if entry.kind == "visit":
        return _tr(QT_TRANSLATE_NOOP("CaseFileView", "Home visit (plan)"))
    if entry.kind == "welcome":
        return _tr(QT_TRANSLATE_NOOP("CaseFileView", "Welcome session"))
    if entry.kind == "office":
        return _tr(QT_TRANSLATE_NOOP("CaseFileView", "Office appointment"))
    if entry.kind == "plan":
        return _tr(QT_TRANSLATE_NOOP("CaseFileView", "Intake analysis and support plan"))
    if entry.kind == "arrears":
        return _tr(QT_TRANSLATE_NOOP("CaseFileView", "Arrears plan (owed · per month)"))
    if entry.kind == "agent_ask":
        return _tr(QT_TRANSLATE_NOOP("CaseFileView", "Neighbourhood agent asked along"))
    if entry.kind == "internal":
        return _tr(QT_TRANSLATE_NOOP("CaseFileView", "Request to {department}")).format(
            department=labels.label(service_labels.DEPARTMENTS, entry.subkind))
    if entry.kind == "eviction":
        return _tr(QT_TRANSLATE_NOOP("CaseFileView", "Eviction procedure: {step}")).format(
            step=labels.label(service_labels.EVICTION_STEPS, entry.subkind))
    if entry.kind == "outcome":
        return _tr(QT_TRANSLATE_NOOP("CaseFileView", "Right to housing: {outcome}")).format(
            outcome=labels.label(service_labels.HOUSING_OUTCOMES, entry.subkind))
    if entry.kind == "reassignment":  # the date and who did it have their own columns
        return _tr(QT_TRANSLATE_NOOP("CaseFileView", "Reassigned from {from_worker} to "
                                                     "{to_worker}")).format(
            from_worker=_worker(entry.from_worker), to_worker=_worker(entry.to_worker))
    return entry.kind


def _worker(name: str) -> str:
    return name or _tr(QT_TRANSLATE_NOOP("CaseFileView", "nobody"))


def reassigned_text(entry: TimelineEntry) -> str:
    """"Reassigned from Ann to Bob by Sophie on 20/11/2026": what both workers read."""
    text = _tr(QT_TRANSLATE_NOOP("CaseFileView", "Reassigned from {from_worker} to {to_worker} "
                                                 "by {by} on {day}")).format(
        from_worker=_worker(entry.from_worker), to_worker=_worker(entry.to_worker),
        by=entry.author or "?", day=format_date(entry.on))
    if entry.until is not None:
        text += " " + _tr(QT_TRANSLATE_NOOP("CaseFileView", "(until {day})")).format(
            day=format_date(entry.until))
    return text


def timeline_status(entry: TimelineEntry) -> str:
    if entry.kind in ("note", "plan"):
        if entry.confidentiality == "restricted":
            return _tr(QT_TRANSLATE_NOOP("CaseFileView", "Restricted"))
        return ""
    if entry.kind == "followup":
        if entry.status == "cancelled":
            return labels.visit_status("cancelled")
        return (_tr(QT_TRANSLATE_NOOP("CaseFileView", "Done")) if entry.done
                else _tr(QT_TRANSLATE_NOOP("CaseFileView", "To do")))
    if entry.kind == "referral":
        if entry.status == "cancelled":
            return labels.visit_status("cancelled")
        return labels.referral_status(entry.status)
    if entry.kind in ("visit", "office"):
        return labels.visit_status(entry.status)
    if entry.kind == "arrears":
        return labels.label(service_labels.ARREARS_STATUSES, entry.status)
    if entry.kind == "agent_ask":
        return _tr(ASK_STATUSES.get(entry.status, entry.status))
    if entry.kind == "internal":
        return (_tr(QT_TRANSLATE_NOOP("CaseFileView", "Answered")) if entry.done
                else _tr(QT_TRANSLATE_NOOP("CaseFileView", "Waiting for an answer")))
    return ""


def timeline_tooltip_what(entry: TimelineEntry) -> str:
    if entry.kind == "reassignment":
        return reassigned_text(entry)
    if entry.kind == "note" and entry.objective:
        return labels.objective(entry.objective)  # "2.3 Reception, follow-up and …"
    return timeline_what(entry)


def timeline_tooltip_text(entry: TimelineEntry) -> str:
    text = (entry.text or "").strip()
    return text if len(text) <= 1200 else text[:1199] + "…"


TIMELINE_TOOLTIPS: dict[int, Callable[[TimelineEntry], str]] = {
    1: timeline_tooltip_what, 4: timeline_tooltip_text}


def first_line(text: str, limit: int = 160) -> str:
    line = (text or "").strip().splitlines()[0] if (text or "").strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


TIMELINE_COLUMNS: list[Column[TimelineEntry]] = [
    (QT_TRANSLATE_NOOP("CaseFileView", "Date"), lambda e: e.on),
    (QT_TRANSLATE_NOOP("CaseFileView", "What"), timeline_what),
    (QT_TRANSLATE_NOOP("CaseFileView", "Status"), timeline_status),
    (QT_TRANSLATE_NOOP("CaseFileView", "By"), lambda e: e.author),
    (QT_TRANSLATE_NOOP("CaseFileView", "Text"), lambda e: first_line(e.text)),
]

PEOPLE_COLUMNS: list[Column[PersonView]] = [
    (QT_TRANSLATE_NOOP("CaseFileView", "Name"), lambda p: f"{p.first_name} {p.last_name}"),
    (QT_TRANSLATE_NOOP("CaseFileView", "Relation"),
     lambda p: labels.label(registry_labels.RELATIONS, p.relation)),
    (QT_TRANSLATE_NOOP("CaseFileView", "Born"), lambda p: p.birth_date),
    (QT_TRANSLATE_NOOP("CaseFileView", "Phone"), lambda p: p.phone),
]
