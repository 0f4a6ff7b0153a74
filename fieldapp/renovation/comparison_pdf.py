"""The post-works check compared with the pre-works inventory: every changed condition
highlighted, then every element side by side (the evidence when damage is disputed)."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from fieldapp.renovation import templates
from fieldapp.renovation.comparison import compare
from fieldapp.renovation.inventory import get_inventory
from fieldapp.renovation.inventory_pdf import heading_block
from fieldapp.renovation.pdf_texts import code, pdf_file_name, text
from fieldapp.renovation.views import ElementChange
from fieldapp.reports.layout import (
    CONDITION_COLOURS,
    CONTENT_W,
    build,
    grid_style,
    header_cell,
    p,
    styles,
)


def _table(rows: tuple[ElementChange, ...], lang: str, template: str) -> Table:
    data: list[list[object]] = [[header_cell(text(lang, "room")),
                                 header_cell(text(lang, "element")),
                                 header_cell(text(lang, "before")),
                                 header_cell(text(lang, "after")),
                                 header_cell(text(lang, "remarks"))]]
    style = grid_style()
    for index, row in enumerate(rows, start=1):
        after = code("condition", lang, row.after)
        if row.worse:
            after += f" ({text(lang, 'worse')})"
        remarks = " / ".join(r for r in (row.before_remarks, row.after_remarks) if r)
        room = templates.room_name(row.room_type, row.room_name, lang, template)
        data.append([p(room), p(templates.element_label(row.element_type, lang, template)),
                     p(code("condition", lang, row.before)),
                     p(after, "cell_bold" if row.changed else "cell"), p(remarks)])
        for column, value in ((2, row.before), (3, row.after)):
            colour = CONDITION_COLOURS.get(value)
            if colour is not None and row.changed:
                style.append(("BACKGROUND", (column, index), (column, index), colour))
    table = Table(data, colWidths=[32 * mm, 40 * mm, 25 * mm, 30 * mm, CONTENT_W - 127 * mm],
                  repeatRows=1)
    table.setStyle(TableStyle(style))
    return table


def file_name(language: str, *, held_on: date, post_id: str) -> str:
    return pdf_file_name(language, "file_comparison", held_on, post_id)


def comparison_pdf(session: Session, *, pre_id: str, post_id: str, printed_on: date,
                   language: str | None = None) -> bytes:
    """In `language`, by default the post-works check's (the household's)."""
    result = compare(session, pre_id=pre_id, post_id=post_id)
    post = get_inventory(session, inventory_id=post_id)
    pre = get_inventory(session, inventory_id=pre_id)
    lang = templates.language_of(language or post.language)
    title = text(lang, "title_comparison")
    story: list[Flowable] = heading_block(session, post, title, lang)
    changes = result.changes
    story += [Paragraph(text(lang, "changes"), styles()["h2"]),
              p(text(lang, "changes_count_one" if len(changes) == 1 else "changes_count",
                     n=len(changes),
                     w=sum(1 for c in changes if c.worse)), "body"),
              Spacer(1, 2 * mm)]
    story.append(_table(changes, lang, post.template) if changes
                 else p(text(lang, "no_changes"), "body"))
    story += [Paragraph(text(lang, "all_elements"), styles()["h2"]),
              _table(result.rows, lang, post.template), Spacer(1, 4 * mm)]
    for label, inv in ((text(lang, "before"), pre), (text(lang, "after"), post)):
        story.append(p(f"{label}: {inv.held_on.strftime('%d/%m/%Y')} · "
                       f"{text(lang, 'fingerprint')}: {inv.fingerprint or text(lang, 'draft')}",
                       "small"))
    story.append(p(f"{text(lang, 'printed')} {printed_on.strftime('%d/%m/%Y')}", "small"))
    return build(story, language=lang, title=title, footer_left=title)
