"""The supervisor's indicator report as a PDF (reportlab, embedded DejaVu Sans from
fieldapp.reports.layout): a summary per strategic axis, two bar charts, then every
indicator by category and by operational objective.

Texts are marked QT_TRANSLATE_NOOP("IndicatorsReport", ...) and translated by the
`translate(context, text)` callable the caller passes (the UI passes
QCoreApplication.translate); `language` ("nl", "fr", "en") only picks the footer's words.
Counts only: no names, no ids.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from fieldapp.casework.labels import AXES, OBJECTIVES, TRANSVERSAL
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.reports.layout import (
    ACCENT,
    CONTENT_W,
    FONT,
    SHADE,
    build,
    grid_style,
    header_cell,
    info_table,
    keep,
    p,
)
from fieldapp.supervision.indicators_csv import ALL_SITES, TOTAL, untranslated
from fieldapp.supervision.labels import (
    CATEGORY_LABELS,
    INDICATORS,
    NO_OBJECTIVE,
    objective_label,
)
from fieldapp.supervision.views import IndicatorReport

Translate = Callable[[str, str], str]
CTX = "IndicatorsReport"
SERVICE = QT_TRANSLATE_NOOP("IndicatorsReport", "Social service — supervision")
TITLE = QT_TRANSLATE_NOOP("IndicatorsReport", "Indicators of social action")
PERIOD = QT_TRANSLATE_NOOP("IndicatorsReport", "Period")
SITE = QT_TRANSLATE_NOOP("IndicatorsReport", "Site")
PRINTED = QT_TRANSLATE_NOOP("IndicatorsReport", "Printed on")
SOURCE = QT_TRANSLATE_NOOP("IndicatorsReport", "Source")
SOURCE_TEXT = QT_TRANSLATE_NOOP("IndicatorsReport", "Synced records of the team, counted on "
                                "the supervisor's laptop")
BY_AXIS = QT_TRANSLATE_NOOP("IndicatorsReport", "Summary by strategic axis")
INDICATOR = QT_TRANSLATE_NOOP("IndicatorsReport", "Indicator")
AXIS_N = QT_TRANSLATE_NOOP("IndicatorsReport", "Axis {n}")
NONE = QT_TRANSLATE_NOOP("IndicatorsReport", "None")
CATEGORY = QT_TRANSLATE_NOOP("IndicatorsReport", "Category")
COUNT = QT_TRANSLATE_NOOP("IndicatorsReport", "Count")
BY_OBJECTIVE = QT_TRANSLATE_NOOP("IndicatorsReport", "By operational objective")
# ASCII, no spaces, no personal data: the kind of document and its period
FILE_NAME = QT_TRANSLATE_NOOP("IndicatorsReport", "indicators-{start}-{end}.pdf")
NOTES_CHART = QT_TRANSLATE_NOOP("IndicatorsReport", "Case notes by operational objective")
AXES_CHART = QT_TRANSLATE_NOOP("IndicatorsReport", "Actions by strategic axis")
NOTHING = QT_TRANSLATE_NOOP("IndicatorsReport", "Nothing recorded in this period.")
AXES_NOTE = QT_TRANSLATE_NOOP(
    "IndicatorsReport", "Objectives: the one written on each case note; other actions count "
    "towards the objective their kind of work serves (home visits and follow-ups 2.3, "
    "welcome 2.2, referrals 4.2, inventories 1.2, help needed 2.1, interventions by "
    "category). Referrals appear twice (by destination and by outcome).")
FOOTER = QT_TRANSLATE_NOOP("IndicatorsReport", "FieldApp — indicators {start} – {end}")


def indicators_file_name(report: IndicatorReport, translate: Translate = untranslated) -> str:
    return translate(CTX, FILE_NAME).format(start=report.start.isoformat(),
                                            end=report.end.isoformat())


def _day(d: date) -> str:
    return d.strftime("%d/%m/%Y")


def _chart(title: str, labels: list[str], values: list[int]) -> Drawing:
    height = 62 * mm
    drawing = Drawing(CONTENT_W, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, 12 * mm
    chart.width, chart.height = CONTENT_W - 16 * mm, height - 22 * mm
    chart.data = [values or [0]]
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 6.5
    chart.barLabels.nudge = 5
    drawing.add(chart)
    drawing.add(String(0, height - 6 * mm, title, fontName=FONT, fontSize=9.5, fillColor=ACCENT))
    return drawing


def _axis_head(axis: str, t: Translate) -> str:
    if axis == TRANSVERSAL:
        return t("labels", AXES[axis])
    return t(CTX, AXIS_N).format(n=axis) if axis in AXES else t(CTX, NONE)


def _axis_table(report: IndicatorReport, t: Translate) -> Table:
    axes = [*AXES, NO_OBJECTIVE]
    head = [header_cell(t(CTX, INDICATOR))] + [
        header_cell(_axis_head(a, t)) for a in axes
    ] + [header_cell(t(CTX, TOTAL))]
    rows = [head]
    for code, label in INDICATORS.items():
        by_axis = report.by_axis(code)
        rows.append([p(t("labels", label))] + [str(by_axis.get(a, 0)) for a in axes]
                    + [str(report.total(code))])
    num = 16 * mm
    table = Table(rows, colWidths=[CONTENT_W - (len(axes) + 1) * num] + [num] * (len(axes) + 1),
                  repeatRows=1)
    table.setStyle(TableStyle([*grid_style(), ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                               ("BACKGROUND", (-1, 1), (-1, -1), SHADE)]))
    return table


def _indicator(report: IndicatorReport, code: str, t: Translate) -> list[Flowable]:
    counts = report.by_category(code)
    rows = [[header_cell(t(CTX, CATEGORY)), header_cell(t(CTX, COUNT))]]
    for cat, label in CATEGORY_LABELS[code].items():
        if counts.get(cat):
            rows.append([p(t("labels", label)), str(counts[cat])])
    rows.append([p(t(CTX, TOTAL), "cell_bold"), str(report.total(code))])
    table = Table(rows, colWidths=[CONTENT_W - 22 * mm, 22 * mm])
    table.setStyle(TableStyle([*grid_style(), ("ALIGN", (1, 1), (1, -1), "RIGHT"),
                               ("BACKGROUND", (0, -1), (-1, -1), SHADE)]))
    by_obj = report.by_objective(code)
    listed = [f"{o} {t('labels', objective_label(o))}: {by_obj[o]}"
              for o in [*OBJECTIVES, NO_OBJECTIVE] if by_obj.get(o)]
    parts: list[Flowable] = [p(t("labels", INDICATORS[code]), "h2"), table]
    if listed:
        parts += [Spacer(1, 1.5 * mm), p(f"{t(CTX, BY_OBJECTIVE)}: " + " · ".join(listed),
                                          "small")]
    return [keep(*parts)]


def indicators_pdf(report: IndicatorReport, *, printed_on: date, language: str = "nl",
                   translate: Translate = untranslated) -> bytes:
    t = translate
    site = report.site_name or t(CTX, ALL_SITES)
    story: list[Flowable] = [
        p(t(CTX, SERVICE), "service"), p(t(CTX, TITLE), "title"),
        info_table([(t(CTX, PERIOD), f"{_day(report.start)} – {_day(report.end)}"),
                    (t(CTX, SITE), site), (t(CTX, PRINTED), _day(printed_on)),
                    (t(CTX, SOURCE), t(CTX, SOURCE_TEXT))]),
        p(t(CTX, BY_AXIS), "h2"), _axis_table(report, t), Spacer(1, 2 * mm),
        p(t(CTX, AXES_NOTE), "small"), Spacer(1, 4 * mm),
    ]
    axis_totals = report.by_axis()
    story.append(_chart(t(CTX, AXES_CHART),
                        [_axis_head(a, t) for a in AXES] + [t(CTX, NONE)],
                        [axis_totals.get(a, 0) for a in [*AXES, NO_OBJECTIVE]]))
    notes = report.by_objective("notes")
    story.append(_chart(t(CTX, NOTES_CHART), [*OBJECTIVES, "–"],
                        [notes.get(o, 0) for o in [*OBJECTIVES, NO_OBJECTIVE]]))
    if not report.facts:
        story.append(p(t(CTX, NOTHING), "body"))
    for code in INDICATORS:
        if report.total(code):
            story += _indicator(report, code, t)
    footer = t(CTX, FOOTER).format(start=_day(report.start), end=_day(report.end))
    return build(story, language=language, title=t(CTX, TITLE), footer_left=footer)
