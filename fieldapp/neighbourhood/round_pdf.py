"""Today's round of a neighbourhood agent as a one-page A4 PDF (reportlab, embedded TTF).

Texts are marked with QT_TRANSLATE_NOOP("RoundReport", ...) and translated by the `translate`
callable the caller passes (the UI passes QCoreApplication.translate). No reporter names:
the printout carries places and what to do, nothing more personal.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import reportlab
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    Flowable,
    KeepInFrame,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

import resources
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.neighbourhood.labels import CATEGORIES, URGENCIES
from fieldapp.neighbourhood.views import RoundPlan

Translate = Callable[[str, str], str]
FONT, FONT_BOLD = "FieldAppSans", "FieldAppSans-Bold"
_SHIPPED = Path(resources.__file__).parent / "fonts"
_REPORTLAB = Path(reportlab.__file__).parent / "fonts"

TITLE = QT_TRANSLATE_NOOP("RoundReport", "Round of {day}")
# counts after a colon: right for 1 as for 60 in every language ("1 sites" was not)
SUMMARY = QT_TRANSLATE_NOOP("RoundReport", "Requests: {n} · sites: {sites} · about {km} km")
HEADERS = (QT_TRANSLATE_NOOP("RoundReport", "#"), QT_TRANSLATE_NOOP("RoundReport", "Urgency"),
           QT_TRANSLATE_NOOP("RoundReport", "Category"), QT_TRANSLATE_NOOP("RoundReport", "Where"),
           QT_TRANSLATE_NOOP("RoundReport", "What"))
SITE_LEVEL = QT_TRANSLATE_NOOP("RoundReport", "Site (no building)")
OVERDUE = QT_TRANSLATE_NOOP("RoundReport", "overdue")
EMPTY = QT_TRANSLATE_NOOP("RoundReport", "No request in this round.")
# ASCII, no spaces, no personal data: the kind of document and its day
FILE_NAME = QT_TRANSLATE_NOOP("RoundReport", "round-{day}.pdf")


def round_file_name(plan: RoundPlan, translate: Translate | None = None) -> str:
    return (translate or untranslated)("RoundReport", FILE_NAME).format(
        day=plan.day.isoformat())


def untranslated(_context: str, text: str) -> str:
    return text


def decimal(value: float, language: str) -> str:
    """One decimal, with the separator of the document's language."""
    text = f"{value:.1f}"
    return text.replace(".", ",") if language in ("nl", "fr") else text


def register_fonts() -> tuple[str, str]:
    """DejaVu Sans from resources/fonts when shipped, else the Vera fonts inside reportlab
    (both free to embed); registered once under stable names."""
    if FONT not in pdfmetrics.getRegisteredFontNames():
        regular, bold = _SHIPPED / "DejaVuSans.ttf", _SHIPPED / "DejaVuSans-Bold.ttf"
        if not (regular.is_file() and bold.is_file()):
            regular, bold = _REPORTLAB / "Vera.ttf", _REPORTLAB / "VeraBd.ttf"
        pdfmetrics.registerFont(TTFont(FONT, str(regular)))
        pdfmetrics.registerFont(TTFont(FONT_BOLD, str(bold)))
    return FONT, FONT_BOLD


def styles(size: float = 9) -> dict[str, ParagraphStyle]:
    regular, bold = register_fonts()
    return {
        "title": ParagraphStyle("title", fontName=bold, fontSize=15, leading=19),
        "meta": ParagraphStyle("meta", fontName=regular, fontSize=9, leading=12,
                               textColor=colors.HexColor("#444444")),
        "site": ParagraphStyle("site", fontName=bold, fontSize=11.5, leading=15,
                               spaceBefore=5),
        "building": ParagraphStyle("building", fontName=bold, fontSize=9.5, leading=12,
                                   spaceBefore=2),
        "cell": ParagraphStyle("cell", fontName=regular, fontSize=size, leading=size * 1.2),
        "head": ParagraphStyle("head", fontName=bold, fontSize=size, leading=size * 1.2),
    }


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_round_pdf(plan: RoundPlan, path: Path, *, translate: Translate = untranslated,
                    date_text: str | None = None, language: str = "en") -> Path:
    """Write the round to `path` as a single page (content shrinks to fit if needed), in the
    language `translate` speaks; `language` writes the numbers (a decimal comma in nl, fr)."""
    st = styles()

    def t(text: str) -> str:
        return translate("RoundReport", text)

    story: list[Flowable] = [
        Paragraph(escape(t(TITLE).format(day=date_text or plan.day.isoformat())), st["title"]),
        Paragraph(escape(t(SUMMARY).format(n=len(plan.requests()), sites=len(plan.sites),
                                         km=decimal(plan.distance_km, language))),
                  st["meta"]),
        Spacer(1, 3 * mm),
    ]
    widths = [12 * mm, 25 * mm, 36 * mm, 24 * mm, None]
    number = 0
    for site in plan.sites:
        story.append(Paragraph(escape(site.site_name), st["site"]))
        for building in site.buildings:
            name = building.building_name or t(SITE_LEVEL)
            label = " — ".join(x for x in (name, building.address) if x)
            story.append(Paragraph(escape(label), st["building"]))
            rows = [[Paragraph(escape(t(h)), st["head"]) for h in HEADERS]]
            for r in building.requests:
                number += 1
                where = " · ".join(x for x in (r.place.entrance, r.place.floor,
                                               r.place.dwelling_label) if x)
                urgency = translate("labels", URGENCIES.get(r.urgency, r.urgency))
                if r.overdue:
                    urgency += f" ({t(OVERDUE)})"
                done = "☐" if r.status == "open" else "☑"
                rows.append([Paragraph(f"{number}. {done}", st["cell"]),
                             Paragraph(escape(urgency), st["cell"]),
                             Paragraph(escape(translate("labels", CATEGORIES.get(r.category, ""))),
                                       st["cell"]),
                             Paragraph(escape(where), st["cell"]),
                             Paragraph(escape(r.description[:300]), st["cell"])])
            table = Table(rows, colWidths=widths, repeatRows=1)
            table.setStyle(TableStyle([
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#bbbbbb")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]))
            story.append(table)
    if not plan.sites:
        story.append(Paragraph(escape(t(EMPTY)), st["cell"]))
    margin = 14 * mm
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=margin, rightMargin=margin,
                            topMargin=margin, bottomMargin=margin,
                            title=t(TITLE).format(day=plan.day.isoformat()),
                            author="FieldApp", initialFontName=FONT)
    frame_w, frame_h = A4[0] - 2 * margin, A4[1] - 2 * margin - 1
    doc.build([KeepInFrame(frame_w, frame_h, story, mode="shrink")])
    return path
