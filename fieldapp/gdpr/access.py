"""Subject access (art. 15): everything held about one person or household as PDF + JSON.

`export_subject` writes ``<ref>.pdf`` and ``<ref>.json`` into a folder, logs the export in
the access log (action ``export`` on the household or person) and records on this device
what was exported where, with the decision on restricted notes.

Restricted notes are left out unless someone entitled decides otherwise, and that decision
is a parameter (`RestrictedDecision`) that is recorded: a supervisor may include every
restricted note, an author only their own. Left-out notes are counted, never shown.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from fieldapp.audit.access_log import record_access
from fieldapp.casework.models import CaseFile, CaseNote
from fieldapp.errors import ValidationError
from fieldapp.gdpr.pdf_texts import LANGUAGES, REDACTED
from fieldapp.gdpr.redact import redactor_for
from fieldapp.gdpr.subject import SECTIONS, Holdings, Subject, collect, record_fields
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.local.profile import get_profile, set_setting
from fieldapp.people import directory
from fieldapp.records import common as rec
from fieldapp.records.base import new_id

FORMAT = "fieldapp-subject-access/1"
EXPORT_KEY = "gdpr:export:"  # device-local settings row per export made here
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class RestrictedDecision:
    """Who decided that restricted notes go into this export, in which capacity, and why."""

    decided_by: str
    capacity: str  # "supervisor" (every restricted note) | "author" (their own notes only)
    reason: str


@dataclass(frozen=True)
class ExportResult:
    pdf: Path
    json: Path
    records: int
    restricted_included: int
    restricted_withheld: int


def _roles(session: Session) -> set[str]:
    profile = get_profile(session)
    return {profile.role, *getattr(profile, "roles", ())}


def check_decision(session: Session, decision: RestrictedDecision | None,
                   *, actor_id: str) -> None:
    if decision is None:
        return
    if decision.capacity not in ("supervisor", "author"):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "Only the author or a supervisor can decide about restricted notes."))
    if decision.decided_by != actor_id:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "The decision about restricted notes is recorded in the name of the "
            "person making the export."))
    if decision.capacity == "supervisor" and "supervisor" not in _roles(session):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "Only a supervisor can include other authors' restricted notes."))
    if not (decision.reason or "").strip():
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "Say why restricted notes are included; the reason is recorded."))


def _restricted_filter(h: Holdings, decision: RestrictedDecision | None) -> tuple[int, int]:
    """Drop the restricted notes the decision does not cover; (included, withheld)."""
    kept, included, withheld = [], 0, 0
    for note in h.sections["notes"]:
        if isinstance(note, CaseNote) and note.confidentiality == "restricted":
            allowed = decision is not None and (
                decision.capacity == "supervisor" or note.author_id == decision.decided_by)
            if not allowed:
                withheld += 1
                continue
            included += 1
        kept.append(note)
    h.sections["notes"] = kept
    return included, withheld


def workers_of_record(holdings: Holdings) -> tuple[set[str], set[str]]:
    """The accounts and free-text names of the workers of the subject's case files: the
    only people of the organisation the export names."""
    ids = {c.worker_id for c in holdings.sections["case_files"]
           if isinstance(c, CaseFile) and c.worker_id}
    names = {c.assigned_worker.strip() for c in holdings.sections["case_files"]
             if isinstance(c, CaseFile) and (c.assigned_worker or "").strip()}
    return ids, names


def psc_others(holdings: Holdings) -> list[str]:
    """The other people a PSC record names beside the subject (issue 19): third parties,
    blanked out like the register's."""
    from fieldapp.community.models import PscActivity, PscMeeting
    from fieldapp.gdpr.subject import names_a_subject

    people, out = holdings.subject.people, []
    for row in holdings.sections["community"]:
        if isinstance(row, PscActivity):
            out += [n for n in row.named_participants or [] if not names_a_subject(n, people)]
        elif isinstance(row, PscMeeting):
            out += [str(a.get("name", "")) for a in row.attendees or []
                    if not names_a_subject(str(a.get("name", "")), people)]
    return [n for n in out if n.strip()]


def _meeting_days(session: Session, rows: list[dict[str, Any]]) -> None:
    """A household's attendance says which meeting: its day and place (the meeting record
    names nobody; the attendance alone only held the moment it was written down)."""
    from fieldapp.collective.models import TenantMeeting

    for row in rows:
        if row.get("type") == "cm_attendees" and row.get("meeting_id"):
            meeting = session.get(TenantMeeting, row["meeting_id"])
            if meeting is not None and not meeting.deleted:
                row["meeting_held_on"] = meeting.held_on.isoformat()
                row["meeting_place"] = meeting.place or ""


def _project_names(session: Session, rows: list[dict[str, Any]]) -> None:
    """A dwelling's renovation file says which project it belongs to (its name only)."""
    from fieldapp.renovation.models import RenovationProject

    for row in rows:
        if row.get("project_id"):
            project = session.get(RenovationProject, row["project_id"])
            if project is not None and not project.deleted:
                row["project_name"] = project.name


def build_document(session: Session, subject: Subject, *, language: str, made_at: datetime,
                   decision: RestrictedDecision | None, by_hand: tuple[str, ...] = ()
                   ) -> tuple[dict[str, Any], Holdings]:
    """The JSON document of the export (third parties redacted) and what it was made of.
    `by_hand`: further names the person making the export marked to blank out."""
    holdings = collect(session, subject)
    included, withheld = _restricted_filter(holdings, decision)
    worker_ids, worker_names = workers_of_record(holdings)
    redactor = redactor_for(session, subject.people, workers_of_record=worker_ids,
                            worker_names=worker_names,
                            by_hand=(*by_hand, *psc_others(holdings)))
    sections = {name: [redactor.value(record_fields(row)) for row in holdings.sections[name]]
                for name in SECTIONS}
    _meeting_days(session, sections["tenant_meetings"])
    _project_names(session, sections["renovation"])
    document = {
        "format": FORMAT,
        "subject": {"type": subject.kind, "id": subject.id,
                    "household_id": subject.household.id,
                    "reference": subject.household.reference or "",
                    "household_name": subject.household.name or "",
                    "names": [f"{p.first_name} {p.last_name}" for p in subject.people]},
        "made_at": made_at.isoformat(),
        "language": language,
        "redaction": {"third_party_names": REDACTED, "marked_by_hand": len(by_hand)},
        "restricted_notes": {
            "included": included, "withheld": withheld,
            "decision": None if decision is None else {
                "decided_by": decision.decided_by, "capacity": decision.capacity,
                "reason": decision.reason},
        },
        "counts": {name: len(rows) for name, rows in sections.items()},
        "sections": sections,
    }
    return document, holdings


def _write(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.part")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def export_subject(
    session: Session, *, subject: Subject, language: str, out_dir: Path, actor_id: str,
    decision: RestrictedDecision | None = None, progress: Progress | None = None,
    names: dict[str, str] | None = None, by_hand: tuple[str, ...] = (),
) -> ExportResult:
    """Write ``<ref>.pdf`` and ``<ref>.json`` to `out_dir`, log and record the export.

    `names`: user id → display name, for the access log and the authors in the PDF; only
    the workers of record are named there, anyone else of the organisation reads ``[…]``.
    `by_hand`: names to blank out besides the register's and the organisation's."""
    from fieldapp.gdpr.access_pdf import render

    if language not in LANGUAGES:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown language '{language}'."),
                              language=str(language))
    check_decision(session, decision, actor_id=actor_id)
    step = progress or (lambda _done, _total: None)
    step(0, 3)
    made_at = rec.now(session)
    by_hand = tuple(n.strip() for n in by_hand if n.strip())
    document, holdings = build_document(session, subject, language=language,
                                        made_at=made_at, decision=decision, by_hand=by_hand)
    step(1, 3)
    named = workers_of_record(holdings)[0]
    shown = {uid: (name if uid in named else REDACTED) for uid, name in (names or {}).items()}
    pdf = render(document, language=language, names=shown)
    step(2, 3)
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = subject.reference
    pdf_path, json_path = out_dir / f"{stem}.pdf", out_dir / f"{stem}.json"
    _write(json_path, json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8"))
    _write(pdf_path, pdf)
    record_access(session, actor_id=actor_id, action="export", object_type=subject.kind,
                  object_id=subject.id)
    restricted = document["restricted_notes"]
    export_id = new_id()
    set_setting(session, key=EXPORT_KEY + export_id, value={
        "subject_type": subject.kind, "subject_id": subject.id,
        "household_id": subject.household.id, "language": language, "made_by": actor_id,
        "made_at": made_at.isoformat(),
        "paths": [str(pdf_path.resolve()), str(json_path.resolve())],
        "restricted_included": restricted["included"],
        "restricted_withheld": restricted["withheld"],
        "decision": restricted["decision"],
    })
    step(3, 3)
    return ExportResult(pdf=pdf_path, json=json_path,
                        records=sum(document["counts"].values()),
                        restricted_included=restricted["included"],
                        restricted_withheld=restricted["withheld"])


def user_names(session: Session) -> dict[str, str]:
    """Display names of the organisation's users this vault knows (authors, log actors),
    the person signed in here included."""
    return directory.names(session)
