"""The notice of the works for one household, in its language: the phases of the schedule
that concern it (the whole project, its building, its dwelling), whether the workers need to
come in, and whom to ask."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from fieldapp.renovation.pdf_texts import code, pdf_file_name, text
from fieldapp.renovation.projects import dwelling_status, dwelling_statuses, get_project
from fieldapp.renovation.schedule import phases_for_dwelling
from fieldapp.reports.layout import (
    CONTENT_W,
    build,
    grid_style,
    header_cell,
    info_table,
    p,
    styles,
)


def file_name(language: str, *, issued_on: date, reference: str = "") -> str:
    return pdf_file_name(language, "file_notice", issued_on, reference)


def households_to_notify(session: Session, *, project_id: str) -> list[tuple[str, str]]:
    """(project-dwelling id, language) of each household of the project, once: a notice
    goes to a household, not to each of its people; an empty dwelling gets none."""
    seen: set[str] = set()
    out = []
    for row in dwelling_statuses(session, project_id=project_id):
        if row.household_id and row.household_id not in seen:
            seen.add(row.household_id)
            out.append((row.id, row.language or "nl"))
    return out


def _day(d: date) -> str:
    return d.strftime("%d/%m/%Y")


def notice_pdf(session: Session, *, project_dwelling_id: str, issued_on: date,
               language: str, sender: str = "") -> bytes:
    row = dwelling_status(session, project_dwelling_id=project_dwelling_id)
    project = get_project(session, project_id=row.project_id)
    phases = phases_for_dwelling(session, project_dwelling_id=project_dwelling_id)
    lang = language
    title = text(lang, "title_notice")
    story: list[Flowable] = [
        p(text(lang, "service"), "service"), Paragraph(title, styles()["title"]),
        info_table([
            (text(lang, "project"), project.name),
            (text(lang, "address"), row.address),
            (text(lang, "dwelling"), f"{row.building_name} — {row.dwelling_label}"),
            (text(lang, "household"), row.household_name),
            (text(lang, "date"), _day(issued_on)),
            (text(lang, "contractor"), project.contractor),
        ]),
        Spacer(1, 5 * mm),
        p(text(lang, "notice_greeting"), "body"), Spacer(1, 2 * mm),
        p(text(lang, "notice_intro"), "body"), Spacer(1, 4 * mm),
    ]
    if phases:
        data: list[list[object]] = [[header_cell(text(lang, h)) for h in (
            "phase", "where", "from", "until", "access_needed")]]
        for ph in phases:
            what = code("phase_kind", lang, ph.kind)
            if ph.description:
                what += f"\n{ph.description}"
            data.append([p(what), p(text(lang, f"scope_{ph.scope}")), p(_day(ph.starts_on)),
                         p(_day(ph.ends_on)), p(text(lang, "yes" if ph.access_needed
                                                     else "no"))])
        table = Table(data, colWidths=[CONTENT_W - 118 * mm, 32 * mm, 22 * mm, 22 * mm,
                                       42 * mm], repeatRows=1)
        table.setStyle(TableStyle(grid_style()))
        story.append(table)
    else:
        story.append(p(text(lang, "no_phases"), "body"))
    story.append(Spacer(1, 4 * mm))
    if any(ph.access_needed for ph in phases):
        story += [p(text(lang, "notice_access"), "body"), Spacer(1, 2 * mm)]
    story += [p(text(lang, "notice_change"), "body"), Spacer(1, 2 * mm),
              p(text(lang, "notice_contact", name=sender) if sender
                else text(lang, "notice_contact_service"), "body"),
              Spacer(1, 6 * mm), p(text(lang, "regards"), "body"),
              p(sender or text(lang, "service"), "body")]
    return build(story, language=lang, title=title, footer_left=f"{title} · {project.name}")
