"""The anonymised DMBSH report across housing companies (issue 19).

The DMBSH seconds social workers to the 16 housing companies; each housing company's data
stays in its own vault and on its own server. What crosses is a *figures file* per
housing company: the anonymised aggregates of the regional evaluation table
(`indicators_anonymised.anonymise`: no name, no id, every count below 5 hidden, with
complementary suppression so that no hidden cell can be worked out from the totals),
the housing company's name as the person typed it and the period. The report puts the
files side by side: per indicator, a row per housing company and a row for all of them.

The row for all housing companies adds the published numbers only. Where a housing
company's cell is hidden it reads "≥ n": at least the sum of what is published, so
nothing that was hidden in one file can be worked out from the sum either. A file whose
cells are not all either a count of 5 or more, "<5" or "x" is refused (a file edited by
hand, or not made by this function), as is anything but such a file.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from fieldapp.casework.labels import AXES
from fieldapp.errors import ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.reports.layout import (
    CONTENT_W,
    SHADE,
    build,
    grid_style,
    header_cell,
    info_table,
    keep,
    p,
)
from fieldapp.supervision.indicators_anonymised import (
    AXIS_CODES,
    HIDDEN,
    PUBLISHED,
    SMALL,
    THRESHOLD,
    AnonymisedCell,
    anonymise,
)
from fieldapp.supervision.labels import INDICATORS
from fieldapp.supervision.views import IndicatorReport

Translate = Callable[[str, str], str]
CTX = "DmbshReport"
FORMAT = "fieldapp/dmbsh-figures/v1"

NOT_FIGURES = QT_TRANSLATE_NOOP("errors", "This file is not a figures file for the DMBSH "
                                "report.")
NOT_ANONYMOUS = QT_TRANSLATE_NOOP("errors", "This figures file holds a count below 5: it "
                                  "was changed by hand, so it is not used.")
NO_NAME = QT_TRANSLATE_NOOP("errors", "Give the housing company's name.")
NO_FILES = QT_TRANSLATE_NOOP("errors", "Add the figures file of at least one housing "
                             "company.")
TWICE = QT_TRANSLATE_NOOP("errors", "Two figures files are of the same housing company and "
                          "period.")

SERVICE = QT_TRANSLATE_NOOP("DmbshReport", "DMBSH — social support of social tenants")
TITLE = QT_TRANSLATE_NOOP("DmbshReport", "Anonymised report across housing companies")
PERIOD = QT_TRANSLATE_NOOP("DmbshReport", "Period")
COMPANIES = QT_TRANSLATE_NOOP("DmbshReport", "Housing companies")
PRINTED = QT_TRANSLATE_NOOP("DmbshReport", "Printed on")
SOURCE = QT_TRANSLATE_NOOP("DmbshReport", "Source")
SOURCE_TEXT = QT_TRANSLATE_NOOP(
    "DmbshReport", "The anonymised figures of each housing company, counted on its own "
    "supervisor's laptop. No name, no case file and no count below 5 leaves a housing "
    "company.")
LEGEND = QT_TRANSLATE_NOOP(
    "DmbshReport", "<5: fewer than five, hidden. x: hidden so that no small count can be "
    "worked out. ≥ n: at least n, because a housing company's count is hidden.")
SUMMARY = QT_TRANSLATE_NOOP("DmbshReport", "Summary: totals per housing company")
INDICATOR = QT_TRANSLATE_NOOP("DmbshReport", "Indicator")
COMPANY = QT_TRANSLATE_NOOP("DmbshReport", "Housing company")
TOTAL = QT_TRANSLATE_NOOP("DmbshReport", "Total")
ALL = QT_TRANSLATE_NOOP("DmbshReport", "All housing companies")
AXIS_N = QT_TRANSLATE_NOOP("DmbshReport", "Axis {n}")
NONE = QT_TRANSLATE_NOOP("DmbshReport", "None")
FOOTER = QT_TRANSLATE_NOOP("DmbshReport", "FieldApp — DMBSH report {start} – {end}")
# ASCII, no spaces, no personal data: the kind of document and its period
FILE_NAME = QT_TRANSLATE_NOOP("DmbshReport", "dmbsh-report-{start}-{end}.pdf")
FIGURES_FILE_NAME = "dmbsh-figures-{start}-{end}.json"


@dataclass(frozen=True)
class OrganisationFigures:
    organisation: str  # the housing company's name, as typed
    start: date
    end: date
    cells: tuple[AnonymisedCell, ...]

    def value(self, indicator: str, dimension: str, code: str) -> str:
        for c in self.cells:
            if (c.indicator, c.dimension, c.code) == (indicator, dimension, code):
                return c.value
        return SMALL


def figures_json(report: IndicatorReport, *, organisation: str) -> str:
    """This housing company's anonymised figures, the only thing that leaves it."""
    name = organisation.strip()
    if not name:
        raise ValidationError(NO_NAME)
    cells = [[c.indicator, c.dimension, c.code, c.value] for c in anonymise(report)]
    return json.dumps({"format": FORMAT, "organisation": name[:120],
                       "start": report.start.isoformat(), "end": report.end.isoformat(),
                       "cells": cells}, ensure_ascii=False, indent=1)


def _published(value: object) -> bool:
    if value in (SMALL, HIDDEN):
        return True
    return isinstance(value, str) and value.isdigit() and int(value) >= THRESHOLD


def read_figures(text: str) -> OrganisationFigures:
    """A figures file, checked: ValidationError when it is not one, or not anonymous."""
    try:
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError
        name = str(data["organisation"]).strip()[:120]
        start, end = date.fromisoformat(data["start"]), date.fromisoformat(data["end"])
        cells = []
        for indicator, dimension, code, value in data["cells"]:
            if indicator not in PUBLISHED:
                continue  # an indicator this version does not know
            cells.append(AnonymisedCell(str(indicator), str(dimension), str(code), value))
    except (ValueError, KeyError, TypeError) as exc:
        raise ValidationError(NOT_FIGURES) from exc
    if not name:
        raise ValidationError(NOT_FIGURES)
    if not all(_published(c.value) for c in cells):
        raise ValidationError(NOT_ANONYMOUS)
    return OrganisationFigures(name, start, end, tuple(cells))


def combined(values: Sequence[str]) -> str:
    """The cell for all housing companies: the sum of what is published ("≥ n" where
    something is hidden; "x" when nothing is published)."""
    shown = [int(v) for v in values if v.isdigit()]
    if len(shown) == len(values):
        return str(sum(shown))
    return f"≥ {sum(shown)}" if shown else HIDDEN


def _check(figures: Sequence[OrganisationFigures]) -> None:
    if not figures:
        raise ValidationError(NO_FILES)
    seen = {(f.organisation.casefold(), f.start, f.end) for f in figures}
    if len(seen) != len(figures):
        raise ValidationError(TWICE)


def _day(d: date) -> str:
    return d.strftime("%d/%m/%Y")


def _axis_head(axis: str, t: Translate) -> str:
    return t(CTX, AXIS_N).format(n=axis) if axis in AXES else t(CTX, NONE)


def _summary(figures: Sequence[OrganisationFigures], t: Translate) -> Table:
    names = [f.organisation for f in figures]
    rows: list[list[object]] = [[header_cell(t(CTX, INDICATOR))]
                                + [header_cell(n) for n in names]
                                + [header_cell(t(CTX, ALL))]]
    for indicator in PUBLISHED:
        values = [f.value(indicator, "total", "") for f in figures]
        rows.append([p(t("labels", INDICATORS[indicator])), *values, combined(values)])
    num = min(22 * mm, (CONTENT_W - 60 * mm) / (len(names) + 1))
    table = Table(rows, colWidths=[CONTENT_W - num * (len(names) + 1)]
                  + [num] * (len(names) + 1), repeatRows=1)
    table.setStyle(TableStyle([*grid_style(), ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                               ("BACKGROUND", (-1, 1), (-1, -1), SHADE)]))
    return table


def _indicator(figures: Sequence[OrganisationFigures], indicator: str,
               t: Translate) -> list[Flowable]:
    axes = list(AXIS_CODES)
    head = [header_cell(t(CTX, COMPANY)), header_cell(t(CTX, TOTAL))] + [
        header_cell(_axis_head(a, t)) for a in axes]
    rows: list[list[object]] = [head]
    columns: list[list[str]] = []
    for f in figures:
        line = [f.value(indicator, "total", "")] + [f.value(indicator, "axis", a)
                                                    for a in axes]
        columns.append(line)
        rows.append([p(f.organisation), *line])
    rows.append([p(t(CTX, ALL), "cell_bold")]
                + [combined([c[i] for c in columns]) for i in range(len(axes) + 1)])
    num = 18 * mm
    table = Table(rows, colWidths=[CONTENT_W - num * (len(axes) + 1)]
                  + [num] * (len(axes) + 1), repeatRows=1)
    table.setStyle(TableStyle([*grid_style(), ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                               ("BACKGROUND", (0, -1), (-1, -1), SHADE)]))
    return [keep(p(t("labels", INDICATORS[indicator]), "h2"), table)]


def dmbsh_pdf(figures: Sequence[OrganisationFigures], *, printed_on: date,
              language: str = "nl", translate: Translate | None = None) -> bytes:
    """The report in `language` (its texts through `translate(context, text)`)."""
    _check(figures)
    t = translate or (lambda _c, text: text)
    start, end = min(f.start for f in figures), max(f.end for f in figures)
    story: list[Flowable] = [
        p(t(CTX, SERVICE), "service"), p(t(CTX, TITLE), "title"),
        info_table([(t(CTX, PERIOD), f"{_day(start)} – {_day(end)}"),
                    (t(CTX, COMPANIES), ", ".join(f.organisation for f in figures)),
                    (t(CTX, PRINTED), _day(printed_on)),
                    (t(CTX, SOURCE), t(CTX, SOURCE_TEXT))]),
        p(t(CTX, SUMMARY), "h2"), _summary(figures, t), Spacer(1, 2 * mm),
        p(t(CTX, LEGEND), "small"), Spacer(1, 4 * mm),
    ]
    for indicator in PUBLISHED:
        if any(f.value(indicator, "total", "") != SMALL for f in figures):
            story += _indicator(figures, indicator, t)
    footer = t(CTX, FOOTER).format(start=_day(start), end=_day(end))
    return build(story, language=language, title=t(CTX, TITLE), footer_left=footer)


def report_file_name(figures: Sequence[OrganisationFigures], translate: Translate) -> str:
    if not figures:
        return translate(CTX, FILE_NAME).format(start="", end="").replace("--", "-")
    start, end = min(f.start for f in figures), max(f.end for f in figures)
    return translate(CTX, FILE_NAME).format(start=start.isoformat(), end=end.isoformat())
