"""The case summary / social report (issue 16 item 6): a PDF in the language chosen for it
(NL, FR or EN) to hand to a colleague or print for a meeting — the household and its
people, the case's status, themes and worker, open follow-ups and referrals, and the notes
the worker selects. Team notes, and restricted notes only by their author. Producing it
is written to the access log ("print" of the case file).

What it leaves out on purpose (minimisation): national register numbers, health notes,
phone numbers and e-mail addresses, notes nobody selected.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle
from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.audit.access_log import record_access
from fieldapp.casework.case_views import case_view
from fieldapp.casework.cases import get_live_case
from fieldapp.casework.labels import OPEN_REFERRAL_STATUSES
from fieldapp.casework.models import CaseNote, FollowUp, Referral
from fieldapp.casework.pdf_texts import code, day, text
from fieldapp.errors import ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.registry.households import address_line
from fieldapp.registry.models import Building, Dwelling, Household, Person, Site
from fieldapp.reports.layout import CONTENT_W, build, grid_style, header_cell, info_table, p, styles

NOT_YOURS = QT_TRANSLATE_NOOP("errors", "A restricted note can only go into a report made by "
                                        "its author.")
LANGUAGES = ("nl", "fr", "en")


@dataclass(frozen=True)
class NoteChoice:
    """A note the worker may put in the report: team notes, and their own restricted ones."""

    id: str
    occurred_on: date
    kind: str
    confidentiality: str
    preview: str


def _may_include(note: CaseNote, actor_id: str) -> bool:
    return note.confidentiality == "team" or note.author_id == actor_id


def note_choices(session: Session, *, case_id: str, actor_id: str) -> list[NoteChoice]:
    """Newest first, with the first line of each as a preview for the picker."""
    case = get_live_case(session, case_id)
    notes = session.scalars(select(CaseNote).where(
        CaseNote.case_id == case.id, CaseNote.deleted.is_(False))
        .order_by(CaseNote.occurred_on.desc(), CaseNote.created_at.desc()))
    return [NoteChoice(n.id, n.occurred_on, n.kind, n.confidentiality,
                       (n.text.strip().splitlines() or [""])[0][:160])
            for n in notes if _may_include(n, actor_id)]


def case_summary_pdf(session: Session, *, case_id: str, note_ids: list[str], language: str,
                     actor_id: str, printed_on: date) -> bytes:
    """The report; a restricted note of someone else refuses the whole report."""
    lang = language if language in LANGUAGES else "nl"
    case = get_live_case(session, case_id)
    wanted = list(dict.fromkeys(note_ids))
    notes = [n for n in session.scalars(select(CaseNote).where(
        CaseNote.id.in_(wanted), CaseNote.case_id == case.id, CaseNote.deleted.is_(False)))]
    if any(not _may_include(n, actor_id) for n in notes):
        raise ValidationError(NOT_YOURS)
    notes.sort(key=lambda n: (n.occurred_on, n.created_at))
    view = case_view(session, case)
    household = session.get(Household, case.household_id)
    assert household is not None
    dwelling = session.get(Dwelling, household.dwelling_id) if household.dwelling_id else None
    building = session.get(Building, dwelling.building_id) if dwelling else None
    site = session.get(Site, case.site_id)
    title = text(lang, "summary_title")
    story: list[Flowable] = [
        p(text(lang, "service"), "service"), Paragraph(title, styles()["title"]),
        p(text(lang, "confidential"), "small"), p(" ", "small"),
        info_table([
            (text(lang, "household"), household.name),
            (text(lang, "address"), address_line(building) or text(lang, "none")),
            (text(lang, "dwelling"), " · ".join(x for x in (
                building.name if building else "", dwelling.label if dwelling else "") if x)
             or text(lang, "none")),
            (text(lang, "site"), site.name if site else ""),
            (text(lang, "status"), code("status", lang, case.status)),
            (text(lang, "opened"), day(case.opened_on)),
            (text(lang, "worker"), view.assigned_worker or text(lang, "none")),
            (text(lang, "themes"), ", ".join(code("theme", lang, t) for t in case.themes or ())
             or text(lang, "none")),
        ]),
    ]
    story += _people(session, lang, household.id)
    story += _followups(session, lang, case.id)
    story += _referrals(session, lang, case.id)
    story += _notes(lang, notes)
    story.append(p(f"{text(lang, 'printed')} {day(printed_on)}", "small"))
    record_access(session, actor_id=actor_id, action="print", object_type="case_file",
                  object_id=case.id)
    return build(story, language=lang, title=title,
                 footer_left=f"{title} · {text(lang, 'confidential').split(' — ')[0]}")


def _grid(head: list[str], rows: list[list[str]], widths: list[float]) -> Table:
    data: list[list[object]] = [[header_cell(h) for h in head]]
    data += [[p(cell) for cell in row] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(grid_style()))
    return table


def _people(session: Session, lang: str, household_id: str) -> list[Flowable]:
    people = session.scalars(select(Person).where(
        Person.household_id == household_id, Person.deleted.is_(False))
        .order_by(Person.birth_date))
    rows = [[f"{x.first_name} {x.last_name}", code("relation", lang, x.relation),
             day(x.birth_date)] for x in people]
    return [Paragraph(text(lang, "people"), styles()["h2"]),
            _grid([text(lang, k) for k in ("name", "relation", "born")], rows,
                  [CONTENT_W - 80 * mm, 50 * mm, 30 * mm])]


def _followups(session: Session, lang: str, case_id: str) -> list[Flowable]:
    rows = [[day(f.due_on), f.text] for f in session.scalars(select(FollowUp).where(
        FollowUp.case_id == case_id, FollowUp.deleted.is_(False), FollowUp.done.is_(False),
        FollowUp.cancelled_on.is_(None)).order_by(FollowUp.due_on))]
    head: list[Flowable] = [Paragraph(text(lang, "followups"), styles()["h2"])]
    if not rows:
        return [*head, p(text(lang, "no_followups"), "body")]
    return [*head, _grid([text(lang, "due"), text(lang, "what")], rows,
                         [26 * mm, CONTENT_W - 26 * mm])]


def _referrals(session: Session, lang: str, case_id: str) -> list[Flowable]:
    rows = [[day(r.referred_on), code("destination", lang, r.destination),
             code("referral_status", lang, r.status), r.reason]
            for r in session.scalars(select(Referral).where(
                Referral.case_id == case_id, Referral.deleted.is_(False),
                Referral.status.in_(OPEN_REFERRAL_STATUSES),
                Referral.cancelled_on.is_(None)).order_by(Referral.referred_on))]
    head: list[Flowable] = [Paragraph(text(lang, "referrals"), styles()["h2"])]
    if not rows:
        return [*head, p(text(lang, "no_referrals"), "body")]
    return [*head, _grid([text(lang, k) for k in ("date", "to", "status", "reason")], rows,
                         [24 * mm, 40 * mm, 26 * mm, CONTENT_W - 90 * mm])]


def _notes(lang: str, notes: list[CaseNote]) -> list[Flowable]:
    head: list[Flowable] = [Paragraph(text(lang, "notes"), styles()["h2"])]
    if not notes:
        return [*head, p(text(lang, "no_notes"), "body")]
    rows = []
    for n in notes:
        kind = code("note_kind", lang, n.kind)
        if n.confidentiality == "restricted":
            kind += f" — {text(lang, 'restricted')}"
        rows.append([day(n.occurred_on), kind, n.text])
    return [*head, _grid([text(lang, k) for k in ("date", "kind", "note")], rows,
                         [22 * mm, 34 * mm, CONTENT_W - 56 * mm])]
