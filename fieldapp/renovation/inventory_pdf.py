"""The inventory of one dwelling as a PDF in the household's language.

Letterhead and parties' block, each room as a table of elements with their condition and
remarks, the room's photos beneath it, addenda, the signatures (or refusals) and the
content fingerprint they are bound to. Photos are the downscaled JPEGs made at import
(``attachments`` "medium" variant), embedded as they are: no re-encoding at print time.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from PIL import Image as PILImage
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Paragraph, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from fieldapp.attachments import files as attachments
from fieldapp.renovation import signatures as sig
from fieldapp.renovation import templates
from fieldapp.renovation.inventory import get_inventory
from fieldapp.renovation.models import RenovationProject
from fieldapp.renovation.pdf_texts import code, pdf_file_name, text
from fieldapp.renovation.projects import dwelling_status
from fieldapp.renovation.views import InventoryView, RoomView
from fieldapp.reports.jpeg import JpegImage
from fieldapp.reports.layout import (
    CONDITION_COLOURS,
    CONTENT_W,
    RULE,
    SHADE,
    build,
    grid_style,
    header_cell,
    info_table,
    keep,
    p,
    styles,
)

PHOTO_COLUMNS = 3
PHOTO_MAX_H = 52 * mm


@dataclass(frozen=True)
class Photo:
    data: bytes
    width: int
    height: int
    caption: str


BRUSSELS = ZoneInfo("Europe/Brussels")


def _brussels(moment: datetime) -> str:
    """A moment as the people who signed saw their clocks (the vault keeps UTC)."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone(BRUSSELS).strftime("%d/%m/%Y %H:%M")


def file_name(language: str, *, kind: str, held_on: date, inventory_id: str) -> str:
    """"plaatsbeschrijving-voor-de-werken-2026-03-02-1a2b3c4d.pdf": the document, its date
    and the start of its reference; nothing about who lives there."""
    return pdf_file_name(language, "file_pre" if kind == "pre" else "file_post", held_on,
                         inventory_id)


def load_photo(session: Session, attachment_id: str, caption: str,
               variant: str = "medium") -> Photo:
    data = attachments.read_image(session, attachment_id=attachment_id, variant=variant)
    width, height = PILImage.open(io.BytesIO(data)).size  # header only
    return Photo(data, width, height, caption)


def picture(photo: Photo, width: float, height: float) -> Flowable:
    """JPEGs go in as they are (fast); anything else (PNG signatures) through reportlab."""
    if photo.data[:2] == b"\xff\xd8":
        return JpegImage(photo.data, width, height)
    return Image(io.BytesIO(photo.data), width=width, height=height)


def photo_grid(photos: list[Photo]) -> Table:
    cell_w = CONTENT_W / PHOTO_COLUMNS
    cells: list[list[Flowable] | str] = []  # a photo with its caption, "" fills a row
    for photo in photos:
        w = cell_w - 4 * mm
        h = w * photo.height / photo.width
        if h > PHOTO_MAX_H:
            w, h = w * PHOTO_MAX_H / h, PHOTO_MAX_H
        image = picture(photo, w, h)
        cells.append([image, p(photo.caption, "small")])
    rows = [cells[i:i + PHOTO_COLUMNS] for i in range(0, len(cells), PHOTO_COLUMNS)]
    rows[-1] += [""] * (PHOTO_COLUMNS - len(rows[-1]))
    table = Table(rows, colWidths=[cell_w] * PHOTO_COLUMNS)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                               ("TOPPADDING", (0, 0), (-1, -1), 2),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return table


def heading_block(session: Session, view: InventoryView, title: str,
                  lang: str | None = None) -> list[Flowable]:
    status = dwelling_status(session, project_dwelling_id=view.project_dwelling_id)
    project = session.get(RenovationProject, view.project_id)
    lang = lang or view.language
    rows = [
        (text(lang, "project"), project.name if project else ""),
        (text(lang, "address"), status.address),
        (text(lang, "dwelling"), f"{status.building_name} — {status.dwelling_label}"),
        (text(lang, "household"), status.household_name),
        (text(lang, "date"), view.held_on.strftime("%d/%m/%Y")),
        (text(lang, "project_manager"), project.project_manager if project else ""),
        (text(lang, "contractor"), project.contractor if project else ""),
        (text(lang, "surveyor"), project.surveyor if project else ""),
    ]
    return [p(text(lang, "service"), "service"), Paragraph(title, styles()["title"]),
            info_table(rows)]


def room_flowables(session: Session, view: InventoryView, room: RoomView,
                   number: int, lang: str | None = None) -> list[Flowable]:
    lang = lang or view.language
    data: list[list[object]] = [[header_cell(text(lang, "element")),
                                 header_cell(text(lang, "condition")),
                                 header_cell(text(lang, "remarks"))]]
    style = grid_style()
    room_name = templates.room_name(room.room_type, room.name, lang, view.template)
    photos: list[Photo] = [load_photo(session, a.id, a.caption or room_name)
                           for a in room.photos]
    for row, element in enumerate(room.elements, start=1):
        label = templates.element_label(element.element_type, lang, view.template)
        data.append([p(label), p(code("condition", lang, element.condition), "cell_bold"),
                     p(element.remarks)])
        colour = CONDITION_COLOURS.get(element.condition)
        if colour is not None:
            style.append(("BACKGROUND", (1, row), (1, row), colour))
        for a in element.photos:
            caption = f"{label}" + (f" — {a.caption}" if a.caption else "")
            photos.append(load_photo(session, a.id, caption))
    table = Table(data, colWidths=[48 * mm, 30 * mm, CONTENT_W - 78 * mm], repeatRows=1)
    table.setStyle(TableStyle(style))
    title = p(f"{number}. {room_name}", "h2")
    result: list[Flowable] = [keep(title, table)]
    if photos:
        result += [Spacer(1, 2 * mm), photo_grid(photos)]
    return result


def signature_table(session: Session, view: InventoryView, lang: str | None = None) -> Table:
    lang = lang or view.language
    data: list[list[object]] = [[header_cell(text(lang, "role")), header_cell(text(lang, "name")),
                                 header_cell(text(lang, "signature")),
                                 header_cell(text(lang, "signed_on"))]]
    for party in view.parties:
        if party.status == "signed" and party.signature_id:
            shot = load_photo(session, party.signature_id, "", "original")  # lossless PNG
            w = 50 * mm
            h = min(w * shot.height / shot.width, 22 * mm)
            mark: object = Image(io.BytesIO(shot.data), width=h * shot.width / shot.height,
                                 height=h)
        elif party.status == "refused":
            mark = p(f"{text(lang, 'refused')}. {text(lang, 'reason')}: {party.refusal_reason}",
                     "cell_bold")
        else:
            mark = p(text(lang, "pending"), "small")
        when = _brussels(party.signed_at) if party.signed_at else ""
        if party.signed_fingerprint:
            when += f"\n{text(lang, 'bound_to')} {party.signed_fingerprint[:12]}…"
        data.append([p(code("role", lang, party.role)), p(party.name, "cell_bold"), mark,
                     p(when, "small")])
    table = Table(data, colWidths=[38 * mm, 45 * mm, 62 * mm, CONTENT_W - 145 * mm],
                  repeatRows=1)
    table.setStyle(TableStyle([*grid_style(), ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
                               ("MINROWHEIGHT", (0, 1), (-1, -1), 16 * mm)]))
    return table


def fingerprint_box(session: Session, view: InventoryView, lang: str | None = None) -> Table:
    lang = lang or view.language
    check = sig.verify(session, inventory_id=view.id)
    value = view.fingerprint or check.computed
    status = text(lang, "draft") if view.fingerprint is None else text(
        lang, "fingerprint_ok" if check.content_unchanged and check.signatures_bound
        else "fingerprint_changed")
    rows = [[p(text(lang, "fingerprint"), "cell_bold")], [p(value, "mono")],
            [p(status, "cell_bold")], [p(text(lang, "fingerprint_note"), "small")]]
    box = Table(rows, colWidths=[CONTENT_W])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, RULE),
                             ("BACKGROUND", (0, 0), (-1, -1), SHADE)]))
    return box


def addenda_table(view: InventoryView, lang: str | None = None) -> Table:
    lang = lang or view.language
    labels = {e.id: f"{templates.room_name(r.room_type, r.name, lang, view.template)} — "
                    f"{templates.element_label(e.element_type, lang, view.template)}"
              for r in view.rooms for e in r.elements}
    data: list[list[object]] = [[header_cell(text(lang, "date")),
                                 header_cell(text(lang, "addendum_element")),
                                 header_cell(text(lang, "condition")),
                                 header_cell(text(lang, "remarks"))]]
    for a in view.addenda:
        data.append([p(a.written_on.strftime("%d/%m/%Y")), p(labels.get(a.element_id or "", "")),
                     p(code("condition", lang, a.condition) if a.condition else ""), p(a.text)])
    table = Table(data, colWidths=[22 * mm, 50 * mm, 28 * mm, CONTENT_W - 100 * mm])
    table.setStyle(TableStyle(grid_style()))
    return table


def inventory_pdf(session: Session, *, inventory_id: str, printed_on: date,
                  language: str | None = None) -> bytes:
    """The PDF of one inventory in `language`, by default the inventory's (the household's
    when it was started)."""
    view = get_inventory(session, inventory_id=inventory_id)
    lang = templates.language_of(language or view.language)
    title = text(lang, "title_pre" if view.kind == "pre" else "title_post")
    story: list[Flowable] = heading_block(session, view, title, lang)
    for number, room in enumerate(view.rooms, start=1):
        story += room_flowables(session, view, room, number, lang)
    if view.general_remarks:
        story += [Paragraph(text(lang, "general_remarks"), styles()["h2"]),
                  p(view.general_remarks, "body")]
    if view.addenda:
        story += [Paragraph(text(lang, "addenda"), styles()["h2"]), addenda_table(view, lang)]
    story += [keep(Paragraph(text(lang, "parties"), styles()["h2"]),
                   signature_table(session, view, lang)),
              Spacer(1, 5 * mm), keep(fingerprint_box(session, view, lang)),
              Spacer(1, 3 * mm),
              p(f"{text(lang, 'reference')}: {view.id} · {text(lang, 'printed')} "
                f"{printed_on.strftime('%d/%m/%Y')}", "small")]
    short = (view.fingerprint or "")[:16]
    footer = f"{title} · {text(lang, 'fingerprint')}: {short}…" if short else title
    return build(story, language=lang, title=title, footer_left=footer,
                 watermark="" if view.fingerprint else text(lang, "draft"))
