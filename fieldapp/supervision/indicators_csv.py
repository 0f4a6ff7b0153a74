"""CSV exports of the indicators: the supervisor's full table, and the anonymised regional one.

Both are UTF-8 with a BOM (so a spreadsheet opens accents right), `;`-separated as Belgian
spreadsheets expect. Labels are translated by the `translate(context, text)` callable the
caller passes (the UI passes QCoreApplication.translate); codes stay as they are.
No names and no ids in either: the full table holds counts per code only.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable

from fieldapp.casework.labels import OBJECTIVES, axis_of
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.supervision.indicators_anonymised import SOURCE, AnonymisedCell
from fieldapp.supervision.labels import (
    CATEGORY_LABELS,
    INDICATORS,
    NO_OBJECTIVE,
    axis_label,
    objective_label,
)
from fieldapp.supervision.views import IndicatorReport

Translate = Callable[[str, str], str]
CTX = "IndicatorsReport"
ALL_SITES = QT_TRANSLATE_NOOP("IndicatorsReport", "All sites")
TOTAL = QT_TRANSLATE_NOOP("IndicatorsReport", "Total")
FULL_HEADER = ("period_start", "period_end", "site", "indicator", "indicator_label", "category",
               "category_label", "axis", "objective", "objective_label", "count")
ANON_HEADER = ("period_start", "period_end", "site", "indicator", "indicator_label",
               "dimension", "code", "label", "value")


def untranslated(_context: str, text: str) -> str:
    return text


def _write(header: Iterable[str], rows: Iterable[Iterable[object]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return "\ufeff" + out.getvalue()


def _site(report: IndicatorReport, t: Translate) -> str:
    return report.site_name or t(CTX, ALL_SITES)


def indicators_csv(report: IndicatorReport, *, translate: Translate = untranslated) -> str:
    """One line per (indicator, category, objective) with its exact count."""
    t, site = translate, _site(report, translate)
    order = {code: i for i, code in enumerate([*OBJECTIVES, NO_OBJECTIVE])}
    rows = []
    for indicator, label in INDICATORS.items():
        cats = list(CATEGORY_LABELS[indicator])
        facts = sorted((f for f in report.facts if f.indicator == indicator),
                       key=lambda f: (cats.index(f.category) if f.category in cats else 99,
                                      order.get(f.objective, 99)))
        for f in facts:
            cat_label = CATEGORY_LABELS[indicator].get(f.category, f.category)
            axis = axis_of(f.objective) if f.objective != NO_OBJECTIVE else NO_OBJECTIVE
            rows.append((report.start.isoformat(), report.end.isoformat(), site, indicator,
                         t("labels", label), f.category, t("labels", cat_label), axis,
                         f.objective, t("labels", objective_label(f.objective)), f.count))
    return _write(FULL_HEADER, rows)


def _cell_label(cell: AnonymisedCell, t: Translate) -> str:
    if cell.dimension == "total":
        return t(CTX, TOTAL)
    if cell.dimension == "axis":
        return t("labels", axis_label(cell.code))
    if cell.dimension == "objective":
        return t("labels", objective_label(cell.code))
    source = SOURCE[(cell.indicator, cell.dimension)]
    return t("labels", CATEGORY_LABELS[source].get(cell.code, cell.code))


def anonymised_csv(report: IndicatorReport, cells: Iterable[AnonymisedCell], *,
                   translate: Translate = untranslated) -> str:
    """The regional evaluation table: values are counts >= 5, "<5" or "x" (hidden)."""
    t, site = translate, _site(report, translate)
    rows = [(report.start.isoformat(), report.end.isoformat(), site, c.indicator,
             t("labels", INDICATORS[c.indicator]), c.dimension, c.code, _cell_label(c, t),
             c.value) for c in cells]
    return _write(ANON_HEADER, rows)
