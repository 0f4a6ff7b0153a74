"""Indicators for a period and a site: two bar charts, the table of every indicator by
category with its objectives, and the exports (PDF Ctrl+P, CSV Ctrl+E, anonymised CSV
Ctrl+Shift+E), all built off the UI thread."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fieldapp.casework.labels import AXES, OBJECTIVES
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.registry import households as registry
from fieldapp.registry.views import SiteRow
from fieldapp.supervision.indicators import indicators
from fieldapp.supervision.indicators_pdf import indicators_file_name
from fieldapp.supervision.labels import INDICATORS, NO_OBJECTIVE
from fieldapp.supervision.views import IndicatorReport
from fieldapp.vault import ChangeSet
from ui.context import AppContext
from ui.document_export import choose_export, document_translate
from ui.errors import error_text
from ui.qdates import from_qdate
from ui.record_types import CASEWORK, NEIGHBOURHOOD, REGISTRY, RENOVATION, WELCOME
from ui.supervision import exports
from ui.supervision.charts import BarChart
from ui.supervision.common import (
    SortableRowsModel,
    category_label,
    indicator_label,
    make_table,
    proxy_for,
)
from ui.table_model import Column, date_pattern

C = "IndicatorsView"
COUNTED = CASEWORK | WELCOME | NEIGHBOURHOOD | RENOVATION | REGISTRY  # indicators.py
# A row: indicator code, category code, count, counts per operational objective (text).
Row = tuple[str, str, int, str]
COLUMNS: list[Column[Row]] = [
    (QT_TRANSLATE_NOOP("IndicatorsView", "Indicator"), lambda r: indicator_label(r[0])),
    (QT_TRANSLATE_NOOP("IndicatorsView", "Category"), lambda r: category_label(r[0], r[1])),
    (QT_TRANSLATE_NOOP("IndicatorsView", "Count"), lambda r: r[2]),
    (QT_TRANSLATE_NOOP("IndicatorsView", "Operational objectives"), lambda r: r[3]),
]


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


class IndicatorsView(QWidget):
    loaded = Signal()
    exported = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = context
        self.report: IndicatorReport | None = None
        self.choose_file = choose_export  # where and in which language (tests answer)
        self.preset = QComboBox(self)
        self.preset.addItems([""] * 4)
        self.from_edit, self.to_edit = QDateEdit(self), QDateEdit(self)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_pattern())
        self.site_combo = QComboBox(self)
        self.site_combo.addItem("", None)
        self.show_button = QPushButton(self)
        self.labels = [QLabel(self) for _ in range(4)]
        top = QHBoxLayout()
        for lab, field in zip(self.labels, (self.preset, self.from_edit, self.to_edit,
                                            self.site_combo), strict=True):
            lab.setBuddy(field)
            top.addWidget(lab)
            top.addWidget(field)
        top.addWidget(self.show_button)
        top.addStretch(1)
        self.pdf_button, self.csv_button, self.anon_button = (QPushButton(self)
                                                              for _ in range(3))
        self.dmbsh_button = QPushButton(self)  # issue 19: across housing companies
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.status = QLabel(self)
        bottom = QHBoxLayout()
        for b in (self.pdf_button, self.csv_button, self.anon_button, self.dmbsh_button):
            bottom.addWidget(b)
        bottom.addWidget(self.progress)
        bottom.addWidget(self.status, 1)
        self.axis_chart, self.objective_chart = BarChart(self), BarChart(self)
        charts = QHBoxLayout()
        charts.addWidget(self.axis_chart, 2)
        charts.addWidget(self.objective_chart, 3)
        chart_box = QWidget(self)
        chart_box.setLayout(charts)
        self.model = SortableRowsModel(C, COLUMNS, self)
        self.proxy = proxy_for(self.model, self)
        self.table = make_table(self, self.proxy, sort_column=-1)
        split = QSplitter(self)
        split.setOrientation(split.orientation().Vertical)
        split.addWidget(chart_box)
        split.addWidget(self.table)
        split.setSizes([300, 300])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)

        self.preset.currentIndexChanged.connect(self._apply_preset)
        self.show_button.clicked.connect(self.refresh)
        self.site_combo.currentIndexChanged.connect(self._refresh_if_shown)
        self.pdf_button.clicked.connect(lambda: self.choose_and_export("pdf"))
        self.csv_button.clicked.connect(lambda: self.choose_and_export("csv"))
        self.anon_button.clicked.connect(lambda: self.choose_and_export("anonymised"))
        QShortcut(QKeySequence("Ctrl+P"), self).activated.connect(
            lambda: self.choose_and_export("pdf"))
        QShortcut(QKeySequence("Ctrl+E"), self).activated.connect(
            lambda: self.choose_and_export("csv"))
        QShortcut(QKeySequence("Ctrl+Shift+E"), self).activated.connect(
            lambda: self.choose_and_export("anonymised"))
        self.dmbsh_button.clicked.connect(self.open_dmbsh)
        QShortcut(QKeySequence("Ctrl+Shift+D"), self).activated.connect(self.open_dmbsh)
        self._apply_preset(0)
        self._stale = False
        context.subscribe(COUNTED, self._on_changes)
        context.call(registry.list_sites, on_success=self._sites)
        self.retranslate()

    def retranslate(self) -> None:
        for i, text in enumerate((self.tr("Last 12 months"), self.tr("This year"),
                                  self.tr("Last month"), self.tr("Last year"))):
            self.preset.setItemText(i, text)
        for lab, text in zip(self.labels, (self.tr("&Period:"), self.tr("&From:"),
                                           self.tr("&To:"), self.tr("&Site:")), strict=True):
            lab.setText(text)
            lab.buddy().setAccessibleName(text.replace("&", "").rstrip(": ").strip())
        self.site_combo.setItemText(0, self.tr("All sites"))
        self.show_button.setText(self.tr("Show (F5)"))
        self.pdf_button.setText(self.tr("PDF report (Ctrl+P)"))
        self.csv_button.setText(self.tr("CSV (Ctrl+E)"))
        self.anon_button.setText(self.tr("Anonymised CSV for the region (Ctrl+Shift+E)"))
        self.dmbsh_button.setText(self.tr("DMBSH…"))
        self.dmbsh_button.setToolTip(self.tr("The anonymised DMBSH report across housing "
                                             "companies (Ctrl+Shift+D)"))
        self.dmbsh_button.setAccessibleName(self.tr("DMBSH report across housing companies"))
        self.anon_button.setToolTip(self.tr("No names, no ids; every count below 5 shown as "
                                            "\"<5\" and cells that would reveal one hidden "
                                            "as \"x\""))
        self.table.setAccessibleName(self.tr("Indicators"))
        self.from_edit.setAccessibleName(self.tr("First day of the period"))
        self.to_edit.setAccessibleName(self.tr("Last day of the period"))
        self.model.retranslate()
        self._charts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _sites(self, sites: list[SiteRow]) -> None:
        for site in sites:
            self.site_combo.addItem(site.name, site.id)

    def _apply_preset(self, index: int) -> None:
        today = self.ctx.today()
        if index == 1:
            start, end = date(today.year, 1, 1), today
        elif index == 2:
            end = today.replace(day=1) - timedelta(days=1)
            start = end.replace(day=1)
        elif index == 3:
            start, end = date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
        else:
            start, end = today - timedelta(days=364), today
        self.set_period(start, end)

    def set_period(self, start: date, end: date) -> None:
        self.from_edit.setDate(_qdate(start))
        self.to_edit.setDate(_qdate(end))
        self._refresh_if_shown()

    def _on_changes(self, _changes: ChangeSet) -> None:
        """Saved here or arrived by sync: count again, now if the counts are on screen, else
        when they are shown next."""
        if self.report is None:
            return  # never counted yet: the first showing counts
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def _refresh_if_shown(self, *_args: object) -> None:
        """A new period preset or site counts again once the view has been shown."""
        if self.report is not None:
            self.refresh()

    def refresh(self) -> None:
        start, end = from_qdate(self.from_edit.date()), from_qdate(self.to_edit.date())
        site_id = self.site_combo.currentData()
        self.status.setText(self.tr("Counting…"))
        self.ctx.call(lambda s: indicators(s, start=start, end=end, site_id=site_id),
                      on_success=self._loaded, on_failure=self._failed)

    def _loaded(self, report: IndicatorReport) -> None:
        self.report = report
        rows: list[Row] = []
        for code in INDICATORS:
            facts = [f for f in report.facts if f.indicator == code]
            for cat, n in report.by_category(code).items():
                objs: dict[str, int] = {}
                for f in facts:
                    if f.category == cat:
                        objs[f.objective] = objs.get(f.objective, 0) + f.count
                text = " · ".join(f"{o if o != NO_OBJECTIVE else '–'}: {objs[o]}"
                                  for o in [*OBJECTIVES, NO_OBJECTIVE] if o in objs)
                rows.append((code, cat, n, text))
        self.model.set_rows(rows)
        self.status.setText(self.tr("Actions counted: %1").replace(
            "%1", str(sum(f.count for f in report.facts))))
        self._charts()
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(error_text(exc))

    def _charts(self) -> None:
        report = self.report
        axes = report.by_axis() if report else {}
        notes = report.by_objective("notes") if report else {}
        self.axis_chart.set_data(
            self.tr("Actions by strategic axis"),
            [self.tr("Axis %1").replace("%1", a) for a in AXES] + [self.tr("None")],
            [axes.get(a, 0) for a in [*AXES, NO_OBJECTIVE]])
        self.objective_chart.set_data(
            self.tr("Case notes by operational objective"), [*OBJECTIVES, "–"],
            [notes.get(o, 0) for o in [*OBJECTIVES, NO_OBJECTIVE]])

    # -- exports ------------------------------------------------------------------------

    def choose_and_export(self, kind: str) -> None:
        if self.report is None:
            self.status.setText(self.tr("Show the indicators first (F5)."))
            return
        report = self.report
        if kind == "pdf":  # an internal document: in the app's language by default
            self.choose_file(
                self, title=self.tr("Save the PDF report"), language=exports.ui_language(),
                file_name=lambda lang: indicators_file_name(report, document_translate(lang)),
                on_chosen=lambda choice: self.export_to("pdf", choice.path, choice.language))
            return
        name = (self.tr("indicators-anonymised-{start}-{end}.csv") if kind == "anonymised"
                else self.tr("indicators-{start}-{end}.csv")).format(
            start=report.start.isoformat(), end=report.end.isoformat())
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the CSV file"), str(Path.home() / name), self.tr("CSV (*.csv)"))
        if path:
            self.export_to(kind, path)

    def open_dmbsh(self) -> QDialog:
        from ui.supervision.dmbsh_dialog import DmbshDialog

        dialog = DmbshDialog(self.ctx, self.report, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def export_to(self, kind: str, path: str, language: str | None = None) -> None:
        report = self.report
        if report is None:
            return  # nothing counted yet (choose_and_export says so)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Exporting…"))
        for b in (self.pdf_button, self.csv_button, self.anon_button):
            b.setEnabled(False)
        exports.export(self.ctx, kind, report, path, on_done=self._exported,
                       on_failure=self._export_failed, on_progress=self._progress,
                       language=language)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _finish(self) -> None:
        self.progress.hide()
        for b in (self.pdf_button, self.csv_button, self.anon_button):
            b.setEnabled(True)

    def _exported(self, path: str) -> None:
        self._finish()
        self.status.setText(self.tr("Saved: %1").replace("%1", path))
        self.exported.emit(path)

    def _export_failed(self, exc: BaseException) -> None:
        self._finish()
        self.status.setText(error_text(exc))
