"""The day sheet of a worker's round (PDF, NL/FR/EN): times, places and addresses of the
day's appointments, in Brussels time. Never the content of a note, a visit's purpose or a
follow-up's text: the sheet travels in a bag."""

from __future__ import annotations

from datetime import date

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle
from sqlalchemy.orm import Session

from fieldapp.agenda.agenda import agenda, workers
from fieldapp.agenda.texts import clock, long_day, text
from fieldapp.agenda.views import AgendaItem
from fieldapp.reports.layout import (
    CONTENT_W,
    build,
    grid_style,
    header_cell,
    info_table,
    p,
    styles,
)

WARN = colors.HexColor("#fbe3c8")
DAY_ONLY = ("followup", "referral")  # due that day, no time: listed after the round


def _what(lang: str, item: AgendaItem) -> str:
    return text(lang, item.kind)


def _who(item: AgendaItem) -> str:
    return item.household_name


def day_sheet_pdf(session: Session, *, worker_id: str, day: date, printed_on: date,
                  language: str = "nl") -> bytes:
    """The day's planned items of `worker_id` (cancelled ones left out)."""
    lang = language
    items = [i for i in agenda(session, from_day=day, to_day=day, worker_id=worker_id)
             if i.status == "planned"]
    due = [i for i in items if i.kind in DAY_ONLY]
    timed = [i for i in items if i.kind not in DAY_ONLY]
    worker = next((i.worker_name for i in items if i.worker_name), "") or _name(session,
                                                                                worker_id)
    title = text(lang, "title")
    story: list[Flowable] = [
        p(text(lang, "service"), "service"), Paragraph(title, styles()["title"]),
        info_table([(text(lang, "worker"), worker), (text(lang, "day"), long_day(lang, day)),
                    (text(lang, "count"), str(len(timed)))]),
        Paragraph(text(lang, "count"), styles()["h2"]),
    ]
    if timed:
        story.append(_table(lang, timed))
        if any(i.overlaps for i in timed):
            story.append(p(text(lang, "overlap_note"), "small"))
    else:
        story.append(p(text(lang, "nothing"), "body"))
    if due:
        story.append(Paragraph(text(lang, "followups"), styles()["h2"]))
        rows: list[list[object]] = [[header_cell(text(lang, "what")),
                                     header_cell(text(lang, "household")),
                                     header_cell(text(lang, "where"))]]
        rows += [[p(_what(lang, i)), p(i.household_name), p(i.address)] for i in due]
        widths = [40 * mm, 50 * mm]
        table = Table(rows, colWidths=[*widths, CONTENT_W - sum(widths)], repeatRows=1)
        table.setStyle(TableStyle(grid_style()))
        story.append(table)
    story += [p(" ", "body"), p(text(lang, "privacy"), "small"),
              p(f"{text(lang, 'printed')} {printed_on.strftime('%d/%m/%Y')}", "small")]
    return build(story, language=lang, title=title,
                 footer_left=f"{title} · {day.strftime('%d/%m/%Y')}")


def _table(lang: str, items: list[AgendaItem]) -> Table:
    head = [header_cell(text(lang, k)) for k in ("time", "duration", "what", "household",
                                                  "where", "dwelling")]
    data: list[list[object]] = [head]
    style = grid_style()
    for row, item in enumerate(items, start=1):
        start = clock(item.start_minute)
        end = clock(item.end_minute)
        when = f"{start}–{end}" if start else ""
        if item.overlaps:
            when += f"\n{text(lang, 'overlap')}"
            style.append(("BACKGROUND", (0, row), (0, row), WARN))
        duration = text(lang, "minutes", n=item.duration_minutes) if item.duration_minutes \
            else ""
        data.append([p(when, "cell_bold"), p(duration), p(_what(lang, item)), p(_who(item)),
                     p(item.where), p(item.dwelling)])
    widths = [30 * mm, 16 * mm, 32 * mm, 34 * mm]
    widths += [CONTENT_W - sum(widths) - 24 * mm, 24 * mm]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(style))
    return table


def _name(session: Session, worker_id: str) -> str:
    return next((w.name for w in workers(session) if w.id == worker_id), "")
