"""The access log for the supervisor, in words: the entries in a period (filtered by person
and action) as a CSV or a PDF (issue 14).

Each line says who (the person's name), what they did (in words: opened, printed, …), what
it was about (in words: case file, note, round, …, with the record's short reference) and
when — never content: the log holds none. Texts are marked
QT_TRANSLATE_NOOP("AccessLogReport", ...) or come from the labels context, translated by
the `translate(context, text)` callable the caller passes.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from fieldapp.audit.labels import ACCESS_ACTIONS, ACCESS_OBJECTS
from fieldapp.audit.views import AccessLogView
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.reports.layout import CONTENT_W, build, grid_style, header_cell, info_table, p

Translate = Callable[[str, str], str]
CTX = "AccessLogReport"
LABELS = "labels"
BRUSSELS = ZoneInfo("Europe/Brussels")
TITLE = QT_TRANSLATE_NOOP("AccessLogReport", "Access log")
PERIOD = QT_TRANSLATE_NOOP("AccessLogReport", "Period")
PERSON = QT_TRANSLATE_NOOP("AccessLogReport", "Person")
ACTION = QT_TRANSLATE_NOOP("AccessLogReport", "Action")
WHEN = QT_TRANSLATE_NOOP("AccessLogReport", "When")
ABOUT = QT_TRANSLATE_NOOP("AccessLogReport", "About")
REFERENCE = QT_TRANSLATE_NOOP("AccessLogReport", "Reference")
EVERYONE = QT_TRANSLATE_NOOP("AccessLogReport", "Everyone")
EVERY_ACTION = QT_TRANSLATE_NOOP("AccessLogReport", "Every action")
ENTRIES = QT_TRANSLATE_NOOP("AccessLogReport", "Entries")
NOTHING = QT_TRANSLATE_NOOP("AccessLogReport", "No access in this period.")
UNKNOWN_PERSON = QT_TRANSLATE_NOOP("AccessLogReport", "Unknown person")
OTHER = QT_TRANSLATE_NOOP("AccessLogReport", "Other record")
NOTE = QT_TRANSLATE_NOOP(
    "AccessLogReport", "Who opened, printed, exported, searched or looked at the history of "
    "personal data, and when. The log holds no content.")
FOOTER = QT_TRANSLATE_NOOP("AccessLogReport", "FieldApp — access log {start} – {end}")
FILE_NAME = QT_TRANSLATE_NOOP("AccessLogReport", "access-log-{start}-{end}")


def untranslated(_context: str, text: str) -> str:
    return text


def action_words(action: str, t: Translate = untranslated) -> str:
    return t(LABELS, ACCESS_ACTIONS[action]) if action in ACCESS_ACTIONS else action


def object_words(object_type: str, t: Translate = untranslated) -> str:
    label = ACCESS_OBJECTS.get(object_type)
    return t(LABELS, label) if label else t(CTX, OTHER)


def reference(object_id: str) -> str:
    """A short reference of the record (the start of its id), never a name."""
    return object_id[:8]


def moment(at: datetime) -> str:
    return at.astimezone(BRUSSELS).strftime("%d/%m/%Y %H:%M")


def person(entry: AccessLogView, t: Translate = untranslated) -> str:
    return entry.actor_name or t(CTX, UNKNOWN_PERSON)


def file_name(start: date, end: date, suffix: str, t: Translate = untranslated) -> str:
    return t(CTX, FILE_NAME).format(start=start.isoformat(), end=end.isoformat()) + suffix


def access_csv(entries: Sequence[AccessLogView], *, translate: Translate = untranslated) -> str:
    """UTF-8 with a BOM, `;`-separated (Belgian spreadsheets), one line per entry."""
    t = translate
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([t(CTX, WHEN), t(CTX, PERSON), t(CTX, ACTION), t(CTX, ABOUT),
                     t(CTX, REFERENCE)])
    for e in entries:
        writer.writerow([moment(e.at), person(e, t), action_words(e.action, t),
                         object_words(e.object_type, t), reference(e.object_id)])
    return "\ufeff" + out.getvalue()


def access_pdf(entries: Sequence[AccessLogView], *, start: date, end: date, language: str,
               person_filter: str = "", action_filter: str = "",
               translate: Translate = untranslated) -> bytes:
    t = translate
    story: list[Flowable] = [
        p(t(CTX, TITLE), "title"),
        info_table([
            (t(CTX, PERIOD), f"{start.strftime('%d/%m/%Y')} – {end.strftime('%d/%m/%Y')}"),
            (t(CTX, PERSON), person_filter or t(CTX, EVERYONE)),
            (t(CTX, ACTION), action_filter or t(CTX, EVERY_ACTION)),
            (t(CTX, ENTRIES), str(len(entries))),
        ]),
        Spacer(1, 4 * mm),
        p(t(CTX, NOTE), "small"),
        Spacer(1, 3 * mm),
    ]
    if not entries:
        story.append(p(t(CTX, NOTHING)))
    else:
        rows: list[list[Flowable]] = [[header_cell(t(CTX, h)) for h in
                                       (WHEN, PERSON, ACTION, ABOUT, REFERENCE)]]
        rows += [[p(moment(e.at)), p(person(e, t)), p(action_words(e.action, t)),
                  p(object_words(e.object_type, t)), p(reference(e.object_id))]
                 for e in entries]
        widths = [w * CONTENT_W for w in (0.2, 0.26, 0.2, 0.2, 0.14)]
        table = Table(rows, colWidths=widths, repeatRows=1)
        table.setStyle(TableStyle(grid_style()))
        story.append(table)
    footer = t(CTX, FOOTER).format(start=start.strftime("%d/%m/%Y"),
                                   end=end.strftime("%d/%m/%Y"))
    return build(story, language=language, title=t(CTX, TITLE), footer_left=footer)
