"""A renovation project at a glance: planning, parties and where each dwelling stands."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle
from sqlalchemy.orm import Session

from fieldapp.renovation.access import list_info_sessions
from fieldapp.renovation.pdf_texts import code, pdf_file_name, text
from fieldapp.renovation.projects import dwelling_statuses, get_project
from fieldapp.reports.layout import (
    CONTENT_W,
    build,
    grid_style,
    header_cell,
    info_table,
    p,
    styles,
)


def file_name(language: str, *, printed_on: date) -> str:
    return pdf_file_name(language, "file_overview", printed_on)


def overview_pdf(session: Session, *, project_id: str, printed_on: date,
                 language: str = "nl") -> bytes:
    project = get_project(session, project_id=project_id)
    rows = dwelling_statuses(session, project_id=project_id)
    lang = language
    title = text(lang, "title_overview")

    def fmt(d: date | None) -> str:
        return d.strftime("%d/%m/%Y") if d else "…"

    story: list[Flowable] = [
        p(text(lang, "service"), "service"), Paragraph(title, styles()["title"]),
        info_table([
            (text(lang, "project"), project.name),
            (text(lang, "period"), f"{fmt(project.starts_on)} – {fmt(project.ends_on)}"),
            (text(lang, "dwellings"), str(project.dwelling_count)),
            (text(lang, "project_manager"), project.project_manager),
            (text(lang, "contractor"), project.contractor),
            (text(lang, "surveyor"), project.surveyor),
        ]),
        Paragraph(text(lang, "dwellings"), styles()["h2"]),
    ]
    data: list[list[object]] = [[header_cell(text(lang, h)) for h in (
        "dwelling", "household", "access", "inventory", "help", "contacts")]]
    for r in rows:
        inventory = text(lang, f"state_{r.pre_inventory_state}")
        if r.post_inventory_state != "none":
            inventory += f" / {text(lang, 'after').lower()}: " \
                         f"{text(lang, 'state_' + r.post_inventory_state)}"
        data.append([p(f"{r.building_name} — {r.dwelling_label}"), p(r.household_name),
                     p(code("access", lang, r.access_status)), p(inventory),
                     p(str(r.help_needed)), p(str(r.open_contacts))])
    table = Table(data, colWidths=[30 * mm, 40 * mm, 28 * mm, 34 * mm, 21 * mm,
                                   CONTENT_W - 153 * mm], repeatRows=1)
    table.setStyle(TableStyle(grid_style()))
    story.append(table)
    for info in list_info_sessions(session, project_id=project_id):
        heading = f"{text(lang, 'info_session')} {fmt(info.held_on)}"
        story += [Paragraph(heading + (f" — {info.place}" if info.place else ""),
                            styles()["h2"]),
                  p(f"{text(lang, 'attendees')}: {len(info.attendee_household_ids)}", "body"),
                  p(f"{text(lang, 'questions')}: {info.questions or '—'}", "body")]
    story.append(p(f"{text(lang, 'printed')} {printed_on.strftime('%d/%m/%Y')}", "small"))
    return build(story, language=lang, title=title, footer_left=f"{title} · {project.name}")
