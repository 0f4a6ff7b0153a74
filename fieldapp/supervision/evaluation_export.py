"""The evaluation table as it leaves the laptop: small cells suppressed, then as CSV.

Every count of the table (per indicator, axis, objective, pillar, per site and pillar, open
case files per site, and their totals), for this year and for last year separately, goes
through the same small-cell suppression as the anonymised regional export
(fieldapp.supervision.indicators_anonymised.suppress: no count below 5, and no cell that
would let one be worked out from a published total). The groups that add up:
indicators -> total, pillars -> total, axes (+ notes without objective) -> total,
objectives of an axis -> the axis, indicators of a pillar -> the pillar, the sites' counts
of a pillar -> the pillar, the sites' open case files -> all open case files.
Targets, full-time equivalents and the texts are not counts of people and are shown as
they are. No ids: sites are named, never identified.

CSV: UTF-8 with a BOM, `;`-separated, one line per fact (long format, easy to read back):
the `section` is quantitative, qualitative or state_of_play; labels in the export's
language, codes as they are.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable

from fieldapp.casework.labels import AXES, OBJECTIVES
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.supervision.evaluation import EvaluationTable
from fieldapp.supervision.indicators_anonymised import HIDDEN, SMALL, THRESHOLD, suppress
from fieldapp.supervision.labels import (
    INDICATORS,
    NO_OBJECTIVE,
    PILLARS,
    axis_label,
    objective_label,
)

Translate = Callable[[str, str], str]
Cell = tuple[str, str]
CTX = "EvaluationReport"
TOTAL = QT_TRANSLATE_NOOP("EvaluationReport", "Total")
NO_OBJECTIVE_TEXT = QT_TRANSLATE_NOOP("EvaluationReport", "Case notes without objective")
COVERAGE = QT_TRANSLATE_NOOP("EvaluationReport", "Minimal-base objectives covered")
YES = QT_TRANSLATE_NOOP("EvaluationReport", "yes")
NO = QT_TRANSLATE_NOOP("EvaluationReport", "no")
OPEN_CASES = QT_TRANSLATE_NOOP("EvaluationReport", "Open case files")
HEADER = ("year", "period_start", "period_end", "last_period_start", "last_period_end",
          "section", "kind", "code", "label", "pillar", "axis", "minimal_base", "target",
          "value", "last_year", "text")


def untranslated(_context: str, text: str) -> str:
    return text


def _values(table: EvaluationTable, last: bool) -> tuple[dict[Cell, int],
                                                         list[tuple[list[Cell], Cell]]]:
    total: Cell = ("total", "")

    def n(this: int, before: int) -> int:
        return before if last else this

    values: dict[Cell, int] = {}
    for line in table.indicators:
        values[("indicator", line.indicator)] = n(line.count, line.last_year)
    for axis in table.axes:
        values[("axis", axis.code)] = n(axis.count, axis.last_year)
    values[("axis", NO_OBJECTIVE)] = n(*table.no_objective)
    for obj in table.objectives:
        values[("objective", obj.code)] = n(obj.count, obj.last_year)
    values[total] = sum(values[("indicator", code)] for code in INDICATORS
                        if ("indicator", code) in values)
    pillars = {p: 0 for p in PILLARS}
    for line in table.indicators:
        if line.pillar in pillars:
            pillars[line.pillar] += values[("indicator", line.indicator)]
    values.update({("pillar", p): v for p, v in pillars.items()})
    groups: list[tuple[list[Cell], Cell]] = [
        ([("indicator", line.indicator) for line in table.indicators], total),
        ([("pillar", p) for p in PILLARS], total),
        ([("axis", a) for a in (*AXES, NO_OBJECTIVE)], total),
    ]
    for axis_code in AXES:
        groups.append(([("objective", o) for o in OBJECTIVES if o.split(".")[0] == axis_code],
                       ("axis", axis_code)))
    for pillar in PILLARS:
        groups.append(([("indicator", line.indicator) for line in table.indicators
                        if line.pillar == pillar], ("pillar", pillar)))
    if not last:  # the state of play is this year's only
        for pillar in PILLARS:
            cells = []
            for site in table.sites:
                cell = (f"site:{pillar}", site.site_id)
                values[cell] = dict(site.by_pillar).get(pillar, 0)
                cells.append(cell)
            groups.append((cells, ("pillar", pillar)))
        values[("open_cases", "")] = sum(site.open_cases for site in table.sites)
        cells = []
        for site in table.sites:
            values[("open_cases", site.site_id)] = site.open_cases
            cells.append(("open_cases", site.site_id))
        groups.append((cells, ("open_cases", "")))
    return values, [g for g in groups if g[0]]


def published(table: EvaluationTable) -> tuple[dict[Cell, str], dict[Cell, str]]:
    """(this year's shown values, last year's): a count >= 5, "<5" or "x" per cell."""
    out = []
    for last in (False, True):
        values, groups = _values(table, last)
        hidden = suppress(values, groups)
        out.append({cell: ((SMALL if v < THRESHOLD else HIDDEN) if cell in hidden else str(v))
                    for cell, v in values.items()})
    return out[0], out[1]


def fte(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def evaluation_csv(table: EvaluationTable, *, translate: Translate = untranslated) -> str:
    t = translate
    now, before = published(table)
    head = (table.year, table.start.isoformat(), table.end.isoformat(),
            table.last_start.isoformat(), table.last_end.isoformat())
    rows: list[Iterable[object]] = []

    def row(section: str, kind: str, code: str, label: str, *, pillar: str = "",
            axis: str = "", minimal: str = "", target: str = "", value: str = "",
            last: str = "", text: str = "") -> None:
        rows.append((*head, section, kind, code, label, pillar, axis, minimal, target, value,
                     last, text))

    q = "quantitative"
    row(q, "total", "", t(CTX, TOTAL), value=now[("total", "")], last=before[("total", "")])
    for pillar, label in PILLARS.items():
        row(q, "pillar", pillar, t("labels", label), pillar=pillar,
            value=now[("pillar", pillar)], last=before[("pillar", pillar)])
    for line in table.indicators:
        cell = ("indicator", line.indicator)
        row(q, "indicator", line.indicator, t("labels", INDICATORS[line.indicator]),
            pillar=line.pillar, text=" ".join(line.objectives), value=now[cell],
            last=before[cell])
    for axis in table.axes:
        cell = ("axis", axis.code)
        row(q, "axis", axis.code, t("labels", axis_label(axis.code)), axis=axis.code,
            value=now[cell], last=before[cell])
    cell = ("axis", NO_OBJECTIVE)
    row(q, "axis", NO_OBJECTIVE, t(CTX, NO_OBJECTIVE_TEXT), axis=NO_OBJECTIVE,
        value=now[cell], last=before[cell])
    for obj in table.objectives:
        cell = ("objective", obj.code)
        row(q, "objective", obj.code, t("labels", objective_label(obj.code)),
            pillar=" ".join(obj.pillars), axis=obj.axis, minimal=t(CTX, YES if obj.minimal
                                                                    else NO),
            target="" if obj.target is None else str(obj.target), value=now[cell],
            last=before[cell])
    covered, of = table.minimal_coverage()
    row(q, "coverage", "", t(CTX, COVERAGE), value=str(covered), text=f"{covered}/{of}")
    for axis in table.axes:
        if axis.self_evaluation:
            row("qualitative", "axis", axis.code, t("labels", axis_label(axis.code)),
                axis=axis.code, text=axis.self_evaluation)
    for obj in table.objectives:
        if obj.self_evaluation:
            row("qualitative", "objective", obj.code, t("labels", objective_label(obj.code)),
                axis=obj.axis, minimal=t(CTX, YES if obj.minimal else NO),
                text=obj.self_evaluation)
    s = "state_of_play"
    for site in table.sites:
        name = site.site_name
        row(s, "psc", "", name, text=site.psc)
        row(s, "arhuu", "", name, text=t(CTX, YES if site.arhuu else NO))
        row(s, "associations", "", name, text=site.associations)
        for kind, value in (("fte_company", site.fte_company), ("fte_dmbsh", site.fte_dmbsh),
                            ("fte_psc", site.fte_psc)):
            row(s, kind, "", name, value=fte(value))
        row(s, "open_cases", "", name, value=now[("open_cases", site.site_id)])
        for pillar, _n in site.by_pillar:
            row(s, "actions", pillar, name, pillar=pillar,
                value=now[(f"site:{pillar}", site.site_id)])
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows(rows)
    return "\ufeff" + out.getvalue()
