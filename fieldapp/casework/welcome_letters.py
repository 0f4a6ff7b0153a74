"""Welcome-session documents (issue 16 item 5): the invitation letters to new tenants — one
page per household, each in the household's language — and the attendance list, which
shows address and dwelling so that two households with the same name are told apart.
Printing either is written to the access log (one entry per household invited or listed).
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from datetime import date

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from sqlalchemy.orm import Session

from fieldapp.audit.access_log import record_access
from fieldapp.casework.models import WelcomeSession
from fieldapp.casework.pdf_texts import day, text
from fieldapp.casework.welcome import SESSION_NOT_FOUND
from fieldapp.records import common as rec
from fieldapp.registry.households import HOUSEHOLD_NOT_FOUND, address_line
from fieldapp.registry.models import Building, Dwelling, Household, Site
from fieldapp.reports.dates import clock, long_day
from fieldapp.reports.layout import (
    ACCENT,
    CONTENT_W,
    MARGIN,
    PAGE_H,
    PAGE_W,
    build,
    grid_style,
    header_cell,
    p,
    register_fonts,
    styles,
)

LANGUAGES = ("nl", "fr")


def letter_language(household_language: str, fallback: str) -> str:
    """A letter goes out in the household's language when we write it (nl, fr)."""
    if household_language in LANGUAGES:
        return household_language
    return fallback if fallback in LANGUAGES else "nl"


def _where(session: Session, household: Household) -> tuple[str, str]:
    dwelling = session.get(Dwelling, household.dwelling_id) if household.dwelling_id else None
    building = session.get(Building, dwelling.building_id) if dwelling else None
    label = " · ".join(x for x in ((building.name if building else ""),
                                    (dwelling.label if dwelling else "")) if x)
    return address_line(building), label


def _when(lang: str, welcome: WelcomeSession) -> str:
    start = clock(welcome.start_minute)
    if welcome.start_minute is not None and welcome.duration_minutes:
        start += f"–{clock(welcome.start_minute + welcome.duration_minutes)}"
    return f"{long_day(lang, welcome.held_on)} {start}".strip()


def invitation_letters_pdf(session: Session, *, session_id: str, household_ids: Iterable[str],
                           actor_id: str, printed_on: date, fallback_language: str = "nl") -> bytes:
    """One letter per household, in its language; the session's day, time and place."""
    welcome = rec.get_live(session, WelcomeSession, session_id, SESSION_NOT_FOUND)
    site = session.get(Site, welcome.site_id)
    story: list[Flowable] = []
    ids = list(dict.fromkeys(household_ids))
    for index, household_id in enumerate(ids):
        household = rec.get_live(session, Household, household_id, HOUSEHOLD_NOT_FOUND)
        lang = letter_language(household.language or "", fallback_language)
        address, label = _where(session, household)
        if index:
            story.append(PageBreak())
        story += [
            p(text(lang, "service"), "service"), Spacer(1, 8 * mm),
            p(household.name, "cell_bold"), p(address, "body"), p(label, "body"),
            Spacer(1, 10 * mm),
            p(text(lang, "letter_date", day=day(printed_on)), "body"), Spacer(1, 4 * mm),
            Paragraph(text(lang, "letter_title"), styles()["h2"]),
            p(text(lang, "letter_greeting", name=household.name), "body"), Spacer(1, 3 * mm),
            p(text(lang, "letter_body", site=site.name if site else ""), "body"),
            Spacer(1, 4 * mm),
            _facts([(text(lang, "letter_when"), _when(lang, welcome)),
                    (text(lang, "letter_where"), welcome.place or (site.name if site else ""))]),
            Spacer(1, 4 * mm), p(text(lang, "letter_close"), "body"), Spacer(1, 8 * mm),
            p(text(lang, "letter_sign"), "body"),
        ]
        record_access(session, actor_id=actor_id, action="print", object_type="household",
                      object_id=household.id)
    if not story:
        story.append(p(text(fallback_language, "none"), "body"))
    return _letters(story, title=text(fallback_language, "letter_title"))


def _letters(story: list[Flowable], *, title: str) -> bytes:
    """Letters carry no "page n of N": each page goes to another household, in its own
    language; only the letterhead band of the other documents."""
    register_fonts()
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=22 * mm, bottomMargin=20 * mm, title=title,
                            author="FieldApp", creator="FieldApp", subject=title)

    def band(canv: Canvas, _doc: object) -> None:
        canv.saveState()
        canv.setFillColor(ACCENT)
        canv.rect(0, PAGE_H - 6 * mm, PAGE_W, 6 * mm, stroke=0, fill=1)
        canv.restoreState()

    doc.build(story, onFirstPage=band, onLaterPages=band)
    return out.getvalue()


def _facts(rows: list[tuple[str, str]]) -> Table:
    table = Table([[p(k, "cell_bold"), p(v)] for k, v in rows],
                  colWidths=[30 * mm, CONTENT_W - 30 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 2),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return table


def attendance_list_pdf(session: Session, *, session_id: str, household_ids: Iterable[str],
                        actor_id: str, printed_on: date, language: str = "nl") -> bytes:
    """Who is invited, with address, dwelling and moving-in date, and a column to sign."""
    welcome = rec.get_live(session, WelcomeSession, session_id, SESSION_NOT_FOUND)
    site = session.get(Site, welcome.site_id)
    lang = language if language in ("nl", "fr", "en") else "nl"
    rows: list[list[object]] = [[header_cell(text(lang, k)) for k in (
        "household", "address", "dwelling", "moved_in", "signature")]]
    households = [rec.get_live(session, Household, h, HOUSEHOLD_NOT_FOUND)
                  for h in dict.fromkeys(household_ids)]
    for household in sorted(households, key=lambda h: rec.fold(h.name)):
        address, label = _where(session, household)
        rows.append([p(household.name), p(address), p(label), p(day(household.moved_in_on)),
                     ""])
        record_access(session, actor_id=actor_id, action="print", object_type="household",
                      object_id=household.id)
    table = Table(rows, colWidths=[40 * mm, 50 * mm, 26 * mm, 22 * mm, CONTENT_W - 138 * mm],
                  rowHeights=[None] + [12 * mm] * (len(rows) - 1), repeatRows=1)
    table.setStyle(TableStyle(grid_style()))
    title = text(lang, "attendance_title")
    story: list[Flowable] = [
        p(text(lang, "service"), "service"), Paragraph(title, styles()["title"]),
        p(f"{site.name if site else ''} — {_when(lang, welcome)}"
          + (f" — {welcome.place}" if welcome.place else ""), "body"),
        Spacer(1, 4 * mm), table, Spacer(1, 2 * mm),
        p(f"{text(lang, 'printed')} {day(printed_on)}", "small"),
    ]
    return build(story, language=lang, title=title, footer_left=title)


def file_name(language: str, key: str, held_on: date) -> str:
    """"uitnodigingen-onthaalsessie-2026-12-03.pdf": what and when, never a name."""
    return f"{text(language, key)}-{held_on.isoformat()}.pdf"
