"""Shared look of the PDFs: embedded DejaVu fonts, styles, letterhead and numbered footer."""

from __future__ import annotations

import io
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle
from reportlab.platypus.flowables import KeepTogether

import resources

# The footer of every PDF, in the language the PDF is printed in (not the app's).
PAGE_OF = {"nl": "Pagina {page} van {pages}", "fr": "Page {page} sur {pages}",
           "en": "Page {page} of {pages}"}

FONTS = Path(resources.__file__).parent / "fonts"
FONT, BOLD, ITALIC = "FieldSans", "FieldSans-Bold", "FieldSans-Oblique"
INK = colors.HexColor("#1d2733")
ACCENT = colors.HexColor("#1f5f8b")
MUTED = colors.HexColor("#5b6673")
RULE = colors.HexColor("#c5ccd4")
SHADE = colors.HexColor("#eef2f6")
CONDITION_COLOURS = {
    "new": colors.HexColor("#d8efe0"), "good": colors.HexColor("#e6f2e4"),
    "worn": colors.HexColor("#fbf0d3"), "damaged": colors.HexColor("#f8d9d5"),
    "missing": colors.HexColor("#f3c9c3"),
}
PAGE_W, PAGE_H = A4
MARGIN = 18 * mm
CONTENT_W = PAGE_W - 2 * MARGIN


@cache
def register_fonts() -> None:
    """Embed DejaVu Sans (shipped in resources/fonts, Bitstream Vera licence)."""
    for name, file in ((FONT, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf"),
                       (ITALIC, "DejaVuSans-Oblique.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(FONTS / file)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=ITALIC,
                                  boldItalic=BOLD)


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=12, textColor=INK)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.5,
                                textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=BOLD, fontSize=8.5,
                                    leading=11),
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=17, leading=21,
                                textColor=INK, spaceAfter=2 * mm),
        "service": ParagraphStyle("service", parent=base, fontSize=8.5, textColor=ACCENT),
        "h2": ParagraphStyle("h2", parent=base, fontName=BOLD, fontSize=11.5, leading=15,
                             textColor=ACCENT, spaceBefore=5 * mm, spaceAfter=2 * mm),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
        "mono": ParagraphStyle("mono", parent=base, fontName=FONT, fontSize=8, leading=10.5),
    }


def p(value: str, style: str = "cell") -> Paragraph:
    escaped = (value or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return Paragraph(escaped.replace("\n", "<br/>"), styles()[style])


def info_table(rows: list[tuple[str, str]]) -> Table:
    """Two label/value columns side by side, like a form's heading block."""
    half = (len(rows) + 1) // 2
    left, right = rows[:half], rows[half:]
    data = []
    for i in range(half):
        line: list[Any] = [p(left[i][0], "small"), p(left[i][1], "cell_bold")]
        line += [p(right[i][0], "small"), p(right[i][1], "cell_bold")] if i < len(right) \
            else ["", ""]
        data.append(line)
    widths = [28 * mm, CONTENT_W / 2 - 28 * mm, 30 * mm, CONTENT_W / 2 - 30 * mm]
    table = Table(data, colWidths=widths)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, -1), SHADE),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def grid_style(header_rows: int = 1) -> list[tuple[Any, ...]]:
    return [
        ("FONT", (0, 0), (-1, -1), FONT, 8.5),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), ACCENT),
        ("TEXTCOLOR", (0, 0), (-1, header_rows - 1), colors.white),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]


def header_cell(value: str) -> Paragraph:
    style = ParagraphStyle("head", parent=styles()["cell_bold"], textColor=colors.white)
    return Paragraph(value, style)


def keep(*flowables: Flowable) -> KeepTogether:
    return KeepTogether(list(flowables))


def _numbered_canvas(language: str, footer_left: str) -> type[rl_canvas.Canvas]:
    class NumberedCanvas(rl_canvas.Canvas):  # type: ignore[misc]  # reportlab has no type hints
        """Page "n of N": pages are held back until the total is known."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(FONT, 7.5)
                self.setFillColor(MUTED)
                self.setStrokeColor(RULE)
                self.line(MARGIN, 13 * mm, PAGE_W - MARGIN, 13 * mm)
                self.drawString(MARGIN, 9 * mm, footer_left)
                self.drawRightString(PAGE_W - MARGIN, 9 * mm,
                                     PAGE_OF.get(language, PAGE_OF["nl"]).format(
                                         page=self._pageNumber, pages=total))
                super().showPage()
            super().save()

    return NumberedCanvas


def build(story: list[Flowable], *, language: str, title: str, footer_left: str,
          watermark: str = "") -> bytes:
    """Lay the story out on A4 with the footer on every page; returns the PDF bytes."""
    register_fonts()
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=16 * mm, bottomMargin=20 * mm, title=title,
                            author="FieldApp", creator="FieldApp", subject=title)

    def decorate(canv: rl_canvas.Canvas, _doc: Any) -> None:
        canv.saveState()
        canv.setFillColor(ACCENT)
        canv.rect(0, PAGE_H - 6 * mm, PAGE_W, 6 * mm, stroke=0, fill=1)
        if watermark:
            canv.setFont(BOLD, 40)
            canv.setFillColor(colors.Color(0.8, 0.2, 0.2, alpha=0.12))
            canv.translate(PAGE_W / 2, PAGE_H / 2)
            canv.rotate(35)
            canv.drawCentredString(0, 0, watermark)
        canv.restoreState()

    page_cb: Callable[[rl_canvas.Canvas, Any], None] = decorate
    doc.build(story, onFirstPage=page_cb, onLaterPages=page_cb,
              canvasmaker=_numbered_canvas(language, footer_left))
    return out.getvalue()
