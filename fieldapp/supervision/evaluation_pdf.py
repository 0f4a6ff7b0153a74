"""The evaluation table as a PDF (reportlab, fieldapp.reports.layout): the quantitative
section (pillars and indicators, then axes and operational objectives with the minimal base
marked, the targets and last year's column), the qualitative self-evaluation per axis and
objective, and the state of play per site. Counts as published by
fieldapp.supervision.evaluation_export (small cells suppressed).

Texts are QT_TRANSLATE_NOOP("EvaluationReport", ...) translated by the caller's
`translate`; `language` picks the footer's words.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.reports.layout import (
    CONTENT_W,
    SHADE,
    build,
    grid_style,
    header_cell,
    info_table,
    p,
)
from fieldapp.supervision.evaluation import EvaluationTable
from fieldapp.supervision.evaluation_export import (
    CTX,
    NO,
    NO_OBJECTIVE_TEXT,
    OPEN_CASES,
    TOTAL,
    YES,
    fte,
    published,
    untranslated,
)
from fieldapp.supervision.labels import (
    INDICATORS,
    NO_OBJECTIVE,
    PILLARS,
    axis_label,
    objective_label,
)

Translate = Callable[[str, str], str]
SERVICE = QT_TRANSLATE_NOOP("EvaluationReport", "Social service — supervision")
TITLE = QT_TRANSLATE_NOOP("EvaluationReport", "Evaluation table of social action {year}")
PERIOD = QT_TRANSLATE_NOOP("EvaluationReport", "Period")
COMPARED = QT_TRANSLATE_NOOP("EvaluationReport", "Compared with")
PRINTED = QT_TRANSLATE_NOOP("EvaluationReport", "Printed on")
COVERAGE_LINE = QT_TRANSLATE_NOOP("EvaluationReport", "Minimal base: {covered} of {of} "
                                  "objectives with at least one action this year")
QUANTITATIVE = QT_TRANSLATE_NOOP("EvaluationReport", "1. Quantitative indicators")
QUALITATIVE = QT_TRANSLATE_NOOP("EvaluationReport", "2. Qualitative self-evaluation")
STATE = QT_TRANSLATE_NOOP("EvaluationReport", "3. State of play per site")
BY_PILLAR = QT_TRANSLATE_NOOP("EvaluationReport", "By pillar and indicator")
BY_OBJECTIVE = QT_TRANSLATE_NOOP("EvaluationReport", "By strategic axis and operational "
                                 "objective")
PILLAR = QT_TRANSLATE_NOOP("EvaluationReport", "Pillar")
INDICATOR = QT_TRANSLATE_NOOP("EvaluationReport", "Indicator")
OBJECTIVES_HEAD = QT_TRANSLATE_NOOP("EvaluationReport", "Objectives")
OBJECTIVE = QT_TRANSLATE_NOOP("EvaluationReport", "Axis / objective")
MINIMAL = QT_TRANSLATE_NOOP("EvaluationReport", "Minimal base")
TARGET = QT_TRANSLATE_NOOP("EvaluationReport", "Target")
SITE = QT_TRANSLATE_NOOP("EvaluationReport", "Site")
ACTORS = QT_TRANSLATE_NOOP("EvaluationReport", "Actors present")
STAFF = QT_TRANSLATE_NOOP("EvaluationReport", "Social staff (FTE)")
ACTIONS = QT_TRANSLATE_NOOP("EvaluationReport", "Actions this year")
PSC = QT_TRANSLATE_NOOP("EvaluationReport", "PSC: {name}")
NO_PSC = QT_TRANSLATE_NOOP("EvaluationReport", "No PSC")
ARHUU = QT_TRANSLATE_NOOP("EvaluationReport", "ARHUU: {yes_no}")
ASSOCIATIONS = QT_TRANSLATE_NOOP("EvaluationReport", "Associations: {names}")
STAFF_LINE = QT_TRANSLATE_NOOP("EvaluationReport", "Housing company {company} · DMBSH "
                               "{dmbsh} · PSC {psc}")
PILLAR_SHORT = {
    "individual": QT_TRANSLATE_NOOP("EvaluationReport", "Individual"),
    "collective": QT_TRANSLATE_NOOP("EvaluationReport", "Collective"),
    "community": QT_TRANSLATE_NOOP("EvaluationReport", "Community"),
}
NOT_WRITTEN = QT_TRANSLATE_NOOP("EvaluationReport", "No self-evaluation written for this "
                                "year yet.")
NOT_RECORDED = QT_TRANSLATE_NOOP("EvaluationReport", "(state of play not filled in)")
SUPPRESSION = QT_TRANSLATE_NOOP(
    "EvaluationReport", "Counts below 5 are shown as \"<5\"; a cell that would let one be "
    "worked out from a total is shown as \"x\". ● marks the objectives of the minimal base.")
FOOTER = QT_TRANSLATE_NOOP("EvaluationReport", "FieldApp — evaluation table {year}")
FILE_NAME = QT_TRANSLATE_NOOP("EvaluationReport", "evaluation-table-{year}.pdf")
CSV_NAME = QT_TRANSLATE_NOOP("EvaluationReport", "evaluation-table-{year}.csv")
NUM = 17 * mm


def _day(d: date) -> str:
    return d.strftime("%d/%m/%Y")


def evaluation_file_name(year: int, kind: str = "pdf",
                         translate: Translate = untranslated) -> str:
    return translate(CTX, FILE_NAME if kind == "pdf" else CSV_NAME).format(year=year)


def _numbers(rows: list[list[object]], widths: list[float], shaded: list[int]) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    style = [*grid_style(), ("ALIGN", (-3, 1), (-1, -1), "RIGHT")]
    style += [("BACKGROUND", (0, r), (-1, r), SHADE) for r in shaded]
    table.setStyle(TableStyle(style))
    return table


def _pillars(table: EvaluationTable, now: dict[tuple[str, str], str],
             before: dict[tuple[str, str], str], t: Translate) -> Table:
    y, last = str(table.year), str(table.year - 1)
    rows: list[list[object]] = [[header_cell(t(CTX, PILLAR)), header_cell(t(CTX, INDICATOR)),
                                 header_cell(t(CTX, OBJECTIVES_HEAD)), header_cell(y),
                                 header_cell(last)]]
    shaded = []
    for pillar, label in PILLARS.items():
        shaded.append(len(rows))
        rows.append([p(t("labels", label), "cell_bold"), "", "", now[("pillar", pillar)],
                     before[("pillar", pillar)]])
        for line in table.indicators:
            if line.pillar == pillar:
                objectives = ", ".join("–" if o == NO_OBJECTIVE else o
                                       for o in line.objectives)
                cell = ("indicator", line.indicator)
                rows.append(["", p(t("labels", INDICATORS[line.indicator])), p(objectives),
                             now[cell], before[cell]])
    rows.append([p(t(CTX, TOTAL), "cell_bold"), "", "", now[("total", "")],
                 before[("total", "")]])
    shaded.append(len(rows) - 1)
    return _numbers(rows, [36 * mm, CONTENT_W - 36 * mm - 30 * mm - 2 * NUM, 30 * mm,
                           NUM, NUM], shaded)


def _objectives(table: EvaluationTable, now: dict[tuple[str, str], str],
                before: dict[tuple[str, str], str], t: Translate) -> Table:
    y, last = str(table.year), str(table.year - 1)
    rows: list[list[object]] = [[header_cell(t(CTX, OBJECTIVE)), header_cell(t(CTX, PILLAR)),
                                 header_cell(t(CTX, TARGET)), header_cell(y),
                                 header_cell(last)]]
    shaded = []
    for axis in table.axes:
        shaded.append(len(rows))
        rows.append([p(f"{axis.code} {t('labels', axis_label(axis.code))}", "cell_bold"),
                     "", "", now[("axis", axis.code)], before[("axis", axis.code)]])
        for obj in table.objectives:
            if obj.axis != axis.code:
                continue
            mark = "● " if obj.minimal else ""
            pillars = ", ".join(t(CTX, PILLAR_SHORT[x]) for x in obj.pillars)
            cell = ("objective", obj.code)
            rows.append([p(f"{mark}{obj.code} {t('labels', objective_label(obj.code))}"),
                         p(pillars, "small"), "" if obj.target is None else str(obj.target),
                         now[cell], before[cell]])
    cell = ("axis", NO_OBJECTIVE)
    rows.append([p(t(CTX, NO_OBJECTIVE_TEXT)), "", "", now[cell], before[cell]])
    return _numbers(rows, [CONTENT_W - 32 * mm - 26 * mm - 2 * NUM, 32 * mm, 26 * mm, NUM, NUM],
                    shaded)


def _qualitative(table: EvaluationTable, t: Translate) -> list[Flowable]:
    parts: list[Flowable] = []
    for axis in table.axes:
        written = [o for o in table.objectives if o.axis == axis.code and o.self_evaluation]
        if not axis.self_evaluation and not written:
            continue
        parts.append(p(f"{axis.code} {t('labels', axis_label(axis.code))}", "cell_bold"))
        if axis.self_evaluation:
            parts.append(p(axis.self_evaluation, "body"))
        for obj in written:
            mark = "● " if obj.minimal else ""
            parts += [Spacer(1, 1 * mm),
                      p(f"{mark}{obj.code} {t('labels', objective_label(obj.code))}", "small"),
                      p(obj.self_evaluation, "body")]
        parts.append(Spacer(1, 3 * mm))
    return parts or [p(t(CTX, NOT_WRITTEN), "body")]


def _sites(table: EvaluationTable, now: dict[tuple[str, str], str], t: Translate) -> Table:
    rows: list[list[object]] = [[header_cell(t(CTX, SITE)), header_cell(t(CTX, ACTORS)),
                                 header_cell(t(CTX, STAFF)), header_cell(t(CTX, OPEN_CASES)),
                                 header_cell(t(CTX, ACTIONS))]]
    for site in table.sites:
        actors = [t(CTX, PSC).format(name=site.psc) if site.psc else t(CTX, NO_PSC),
                  t(CTX, ARHUU).format(yes_no=t(CTX, YES if site.arhuu else NO))]
        if site.associations:
            actors.append(t(CTX, ASSOCIATIONS).format(names=site.associations))
        if not site.recorded:
            actors = [t(CTX, NOT_RECORDED)]
        staff = t(CTX, STAFF_LINE).format(company=fte(site.fte_company),
                                          dmbsh=fte(site.fte_dmbsh), psc=fte(site.fte_psc))
        actions = "\n".join(f"{t(CTX, PILLAR_SHORT[x])}: {now[(f'site:{x}', site.site_id)]}"
                            for x, _n in site.by_pillar)
        rows.append([p(site.site_name, "cell_bold"), p("\n".join(actors), "small"),
                     p(staff.replace(" · ", "\n"), "small"), now[("open_cases", site.site_id)],
                     p(actions, "small")])
    table_ = Table(rows, colWidths=[32 * mm, CONTENT_W - 32 * mm - 32 * mm - 20 * mm - 38 * mm,
                                    32 * mm, 20 * mm, 38 * mm], repeatRows=1)
    table_.setStyle(TableStyle([*grid_style(), ("ALIGN", (3, 1), (3, -1), "RIGHT")]))
    return table_


def evaluation_pdf(table: EvaluationTable, *, printed_on: date, language: str = "nl",
                   translate: Translate = untranslated) -> bytes:
    t = translate
    now, before = published(table)
    covered, of = table.minimal_coverage()
    title = t(CTX, TITLE).format(year=table.year)
    story: list[Flowable] = [
        p(t(CTX, SERVICE), "service"), p(title, "title"),
        info_table([(t(CTX, PERIOD), f"{_day(table.start)} – {_day(table.end)}"),
                    (t(CTX, COMPARED), f"{_day(table.last_start)} – {_day(table.last_end)}"),
                    (t(CTX, PRINTED), _day(printed_on))]),
        Spacer(1, 2 * mm), p(t(CTX, COVERAGE_LINE).format(covered=covered, of=of), "cell_bold"),
        p(t(CTX, SUPPRESSION), "small"),
        p(t(CTX, QUANTITATIVE), "h2"), p(t(CTX, BY_PILLAR), "cell_bold"),
        _pillars(table, now, before, t), Spacer(1, 3 * mm),
        p(t(CTX, BY_OBJECTIVE), "cell_bold"), _objectives(table, now, before, t),
        p(t(CTX, QUALITATIVE), "h2"), *_qualitative(table, t),
        p(t(CTX, STATE), "h2"), _sites(table, now, t),
    ]
    footer = t(CTX, FOOTER).format(year=table.year)
    return build(story, language=language, title=title, footer_left=footer)
