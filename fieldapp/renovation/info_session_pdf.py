"""The information session's documents: an invitation per household in its language, and
the minutes (staff and contractors present, households present, questions and answers,
the minutes' text) in NL or FR."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from fieldapp.renovation.info_sessions import detail
from fieldapp.renovation.pdf_texts import code, pdf_file_name, text
from fieldapp.renovation.projects import dwelling_status, get_project
from fieldapp.reports.layout import (
    CONTENT_W,
    build,
    grid_style,
    header_cell,
    info_table,
    p,
    styles,
)


def invitation_file_name(language: str, *, held_on: date, reference: str) -> str:
    """One file per household: the reference is its project-dwelling's, never a name."""
    return pdf_file_name(language, "file_invitation", held_on, reference)


def minutes_file_name(language: str, *, held_on: date) -> str:
    return pdf_file_name(language, "file_minutes", held_on)


def _when(lang: str, held_on: date, start_minute: int | None) -> str:
    day = held_on.strftime("%d/%m/%Y")
    if start_minute is None:
        return day
    return f"{day} {text(lang, 'at')} {start_minute // 60:02d}:{start_minute % 60:02d}"


def invitation_pdf(session: Session, *, info_session_id: str, project_dwelling_id: str,
                   language: str, printed_on: date, sender: str = "") -> bytes:
    info = detail(session, info_session_id=info_session_id)
    row = dwelling_status(session, project_dwelling_id=project_dwelling_id)
    project = get_project(session, project_id=info.project_id)
    lang = language
    title = text(lang, "title_invitation")
    story: list[Flowable] = [
        p(text(lang, "service"), "service"), Paragraph(title, styles()["title"]),
        info_table([
            (text(lang, "household"), row.household_name),
            (text(lang, "address"), row.address),
            (text(lang, "project"), project.name),
            (text(lang, "date"), printed_on.strftime("%d/%m/%Y")),
        ]),
        Spacer(1, 5 * mm), p(text(lang, "notice_greeting"), "body"), Spacer(1, 2 * mm),
        p(text(lang, "invitation_intro"), "body"), Spacer(1, 4 * mm),
        info_table([(text(lang, "invitation_when"), _when(lang, info.held_on,
                                                          info.start_minute)),
                    (text(lang, "invitation_where"), info.place or "…")]),
        Spacer(1, 4 * mm), p(text(lang, "invitation_who"), "body"), Spacer(1, 2 * mm),
        p(text(lang, "invitation_welcome"), "body"), Spacer(1, 2 * mm),
        p(text(lang, "notice_contact", name=sender) if sender
          else text(lang, "notice_contact_service"), "body"),
        Spacer(1, 6 * mm), p(text(lang, "regards"), "body"),
        p(sender or text(lang, "service"), "body"),
    ]
    return build(story, language=lang, title=title, footer_left=f"{title} · {project.name}")


def minutes_pdf(session: Session, *, info_session_id: str, language: str,
                printed_on: date) -> bytes:
    info = detail(session, info_session_id=info_session_id)
    project = get_project(session, project_id=info.project_id)
    lang = language
    title = text(lang, "title_minutes")
    story: list[Flowable] = [
        p(text(lang, "service"), "service"), Paragraph(title, styles()["title"]),
        info_table([
            (text(lang, "project"), project.name),
            (text(lang, "invitation_when"), _when(lang, info.held_on, info.start_minute)),
            (text(lang, "invitation_where"), info.place or "…"),
            (text(lang, "present_of_invited"),
             f"{len(info.attendee_household_ids)} / {len(info.invited_household_ids)}"),
        ]),
        Paragraph(text(lang, "staff_present"), styles()["h2"]),
    ]
    if info.staff_present:
        staff = [[header_cell(text(lang, "role")), header_cell(text(lang, "name"))]]
        staff += [[p(code("role", lang, role)), p(name)] for role, name in info.staff_present]
        table = Table(staff, colWidths=[60 * mm, CONTENT_W - 60 * mm])
        table.setStyle(TableStyle(grid_style()))
        story.append(table)
    else:
        story.append(p("—", "body"))
    story.append(Paragraph(text(lang, "qa"), styles()["h2"]))
    if info.questions:
        data: list[list[object]] = [[header_cell(text(lang, h)) for h in (
            "question", "asked_by", "answer", "answered_by")]]
        for q in info.questions:
            data.append([p(q.question), p(q.household_name or text(lang, "anonymous")),
                         p(q.answer or "—"),
                         p(code("role", lang, q.answered_by) if q.answered_by else "—")])
        table = Table(data, colWidths=[56 * mm, 30 * mm, CONTENT_W - 124 * mm, 38 * mm],
                      repeatRows=1)
        table.setStyle(TableStyle(grid_style()))
        story.append(table)
    elif info.notes:
        story.append(p(info.notes, "body"))
    else:
        story.append(p(text(lang, "no_questions"), "body"))
    if info.minutes:
        story += [Paragraph(text(lang, "minutes"), styles()["h2"]), p(info.minutes, "body")]
    story += [Spacer(1, 4 * mm),
              p(f"{text(lang, 'printed')} {printed_on.strftime('%d/%m/%Y')}", "small")]
    return build(story, language=lang, title=title, footer_left=f"{title} · {project.name}")
