"""A technical defect report for the technical department, as a PDF (reportlab, embedded
TTF): place, urgency, description and photos. Texts translated by the `translate` the caller
passes (context "DefectReport", labels "labels").
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    Flowable,
    Image,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.neighbourhood.defects import LABELS, defect_fields
from fieldapp.neighbourhood.round_pdf import Translate, escape, styles, untranslated
from fieldapp.neighbourhood.views import DefectReportView

PHOTO_BOX = 80 * mm
# ASCII, no spaces, no personal data: the kind of document, its date and reference
FILE_NAME = QT_TRANSLATE_NOOP("DefectReport", "technical-defect-{day}-{ref}.pdf")


def defect_file_name(view: DefectReportView, translate: Translate = untranslated) -> str:
    return translate("DefectReport", FILE_NAME).format(day=view.reported_on.isoformat(),
                                                       ref=view.id[:8])


def _photo(data: bytes) -> Image | None:
    try:
        reader = ImageReader(io.BytesIO(data))
        width, height = reader.getSize()
    except Exception:  # not an image reportlab can read: leave it out
        return None
    scale = min(PHOTO_BOX / width, PHOTO_BOX / height)
    return Image(io.BytesIO(data), width=width * scale, height=height * scale)


def build_defect_pdf(view: DefectReportView, path: Path, *, translate: Translate = untranslated,
                     photos: Sequence[bytes] = ()) -> Path:
    """Write the report to `path`; `photos` are image bytes (JPEG/PNG) shown two per row."""
    st = styles(size=10)

    def t(key: str) -> str:
        return translate("DefectReport", LABELS[key])

    story: list[Flowable] = [
        Paragraph(escape(t("title")), st["title"]),
        Paragraph(escape(t("to")), st["meta"]),
        Spacer(1, 5 * mm),
    ]
    rows = [[Paragraph(escape(label), st["head"]), Paragraph(escape(value), st["cell"])]
            for label, value in defect_fields(view, translate)]
    table = Table(rows, colWidths=[40 * mm, None])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), st["cell"].fontName),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#bbbbbb")),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    story += [table, Spacer(1, 5 * mm), Paragraph(escape(t("description")), st["site"])]
    story += [Paragraph(escape(line) or "&nbsp;", st["cell"])
              for line in view.description.splitlines()]
    images = [img for img in (_photo(d) for d in photos) if img is not None]
    if images or view.photos:
        count = max(len(images), len(view.photos))
        story += [Spacer(1, 5 * mm),
                  Paragraph(escape(f"{t('photos')} ({count})"), st["site"])]
    if images:
        grid = [images[i:i + 2] + [""] * (2 - len(images[i:i + 2]))
                for i in range(0, len(images), 2)]
        photo_table = Table(grid, colWidths=[PHOTO_BOX + 4 * mm] * 2, hAlign="LEFT")
        photo_table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), st["cell"].fontName)]))
        story.append(photo_table)
    margin = 18 * mm
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=margin, rightMargin=margin,
                            topMargin=margin, bottomMargin=margin, title=t("title"),
                            author="FieldApp", initialFontName=st["cell"].fontName)
    doc.build(story)
    return path
