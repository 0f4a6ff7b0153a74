"""The social map as a PDF and a CSV: the partners of the area by kind of service, with
their services, contact, languages and address (issue 19). Texts are Qt messages (context
"SocialMap", labels "community") translated by the caller's `translate`."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from fieldapp.community.labels import LANGUAGES, PARTNER_CATEGORIES
from fieldapp.community.views import PartnerView
from fieldapp.i18n import QT_TRANSLATE_NOOP as _t
from fieldapp.reports.layout import CONTENT_W, build, grid_style, header_cell, p, styles

Translate = Callable[[str, str], str]
C = "SocialMap"
TEXTS = {
    "title": _t("SocialMap", "Social map"),
    "service": _t("SocialMap", "Partners of the area"),
    "name": _t("SocialMap", "Partner"),
    "services": _t("SocialMap", "Services"),
    "contact": _t("SocialMap", "Contact"),
    "languages": _t("SocialMap", "Languages"),
    "address": _t("SocialMap", "Address"),
    "category": _t("SocialMap", "Kind of service"),
    "phone": _t("SocialMap", "Phone"),
    "email": _t("SocialMap", "E-mail"),
    "notes": _t("SocialMap", "Notes"),
    "empty": _t("SocialMap", "No partner in the directory yet."),
    "printed": _t("SocialMap", "Printed on {day}"),
    "pdf": _t("SocialMap", "social-map-{day}.pdf"),
    "csv": _t("SocialMap", "social-map-{day}.csv"),
}


def untranslated(_context: str, text: str) -> str:
    return text


def file_name(kind: str, printed_on: date, translate: Translate = untranslated) -> str:
    return translate(C, TEXTS[kind]).format(day=printed_on.isoformat())


def _languages(partner: PartnerView, translate: Translate) -> str:
    return ", ".join(
        translate("community", LANGUAGES[c]) if c in LANGUAGES else c for c in partner.languages
    )


def social_map_pdf(
    partners: Sequence[PartnerView],
    *,
    language: str,
    printed_on: date,
    translate: Translate = untranslated,
) -> bytes:
    def t(key: str) -> str:
        return translate(C, TEXTS[key])

    st = styles()
    story: list[Flowable] = [p(t("service"), "service"), Paragraph(t("title"), st["title"])]
    if not partners:
        story.append(p(t("empty"), "body"))
    for category in PARTNER_CATEGORIES:
        mine = [x for x in partners if x.category == category]
        if not mine:
            continue
        story.append(p(translate("community", PARTNER_CATEGORIES[category]), "h2"))
        rows: list[list[object]] = [
            [header_cell(t(k)) for k in ("name", "services", "contact", "languages", "address")]
        ]
        for x in mine:
            contact = "\n".join(v for v in (x.contact_name, x.phone, x.email) if v)
            rows.append(
                [
                    p(x.name, "cell_bold"),
                    p(x.services),
                    p(contact),
                    p(_languages(x, translate)),
                    p(x.address),
                ]
            )
        widths = [34 * mm, 44 * mm, 36 * mm, 27 * mm]
        table = Table(rows, colWidths=[*widths, CONTENT_W - sum(widths)], repeatRows=1)
        table.setStyle(TableStyle(grid_style()))
        story.append(table)
    story += [
        Spacer(1, 4 * mm),
        p(translate(C, TEXTS["printed"]).format(day=printed_on.strftime("%d/%m/%Y")), "small"),
    ]
    return build(
        story,
        language=language,
        title=t("title"),
        footer_left=f"{t('title')} · {printed_on.strftime('%d/%m/%Y')}",
    )


def _cell(value: str) -> str:
    """A typed value a spreadsheet would run as a formula is written as text."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def social_map_csv(
    partners: Sequence[PartnerView], *, translate: Translate = untranslated
) -> bytes:
    """UTF-8 with a byte-order mark and ';' (what a Belgian spreadsheet opens as columns)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(
        [
            translate(C, TEXTS[k])
            for k in (
                "name",
                "category",
                "services",
                "contact",
                "phone",
                "email",
                "languages",
                "address",
                "notes",
            )
        ]
    )
    for x in partners:
        writer.writerow(
            [
                _cell(v)
                for v in (
                    x.name,
                    translate("community", PARTNER_CATEGORIES.get(x.category, x.category)),
                    x.services,
                    x.contact_name,
                    x.phone,
                    x.email,
                    _languages(x, translate),
                    x.address,
                    x.notes,
                )
            ]
        )
    return ("\ufeff" + out.getvalue()).encode("utf-8")
