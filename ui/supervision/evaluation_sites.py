"""The evaluation table's state of play per site: the actors present (PSC, ARHUU,
associations), the social staff in full-time equivalents by employer, the open case files
and this year's actions by pillar; the supervisor fills in the actors and the staff below
the table (Ctrl+Return saves)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.supervision import evaluation as ev
from fieldapp.supervision.evaluation_export import CTX as REPORT
from fieldapp.supervision.evaluation_export import NO, YES, fte
from ui.context import AppContext
from ui.errors import error_text
from ui.supervision.common import SortableRowsModel, make_table, proxy_for, translate
from ui.table_model import Column

C = "EvaluationView"


def _yes_no(value: bool) -> str:
    return translate(REPORT, YES if value else NO)


def _pillar(row: ev.SiteLine, pillar: str) -> int:
    return dict(row.by_pillar).get(pillar, 0)


SITE_COLUMNS: list[Column[ev.SiteLine]] = [
    (QT_TRANSLATE_NOOP("EvaluationView", "Site"), lambda r: r.site_name),
    (QT_TRANSLATE_NOOP("EvaluationView", "PSC"), lambda r: r.psc),
    (QT_TRANSLATE_NOOP("EvaluationView", "ARHUU"), lambda r: _yes_no(r.arhuu)),
    (QT_TRANSLATE_NOOP("EvaluationView", "Associations"), lambda r: r.associations),
    (QT_TRANSLATE_NOOP("EvaluationView", "FTE housing company"), lambda r: fte(r.fte_company)),
    (QT_TRANSLATE_NOOP("EvaluationView", "FTE DMBSH"), lambda r: fte(r.fte_dmbsh)),
    (QT_TRANSLATE_NOOP("EvaluationView", "FTE PSC"), lambda r: fte(r.fte_psc)),
    (QT_TRANSLATE_NOOP("EvaluationView", "Open case files"), lambda r: r.open_cases),
    (QT_TRANSLATE_NOOP("EvaluationView", "Individual"), lambda r: _pillar(r, "individual")),
    (QT_TRANSLATE_NOOP("EvaluationView", "Collective"), lambda r: _pillar(r, "collective")),
    (QT_TRANSLATE_NOOP("EvaluationView", "Community"), lambda r: _pillar(r, "community")),
]


class SitesPage(QWidget):
    saved = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = context
        self.year: int | None = None
        self.model = SortableRowsModel(C, SITE_COLUMNS, self)
        self.proxy = proxy_for(self.model, self)
        self.table = make_table(self, self.proxy)
        self.editor = QGroupBox(self)
        self.psc_edit = QLineEdit(self.editor)
        self.psc_edit.setMaxLength(200)
        self.arhuu_check = QCheckBox(self.editor)
        self.associations_edit = QLineEdit(self.editor)
        self.fte_spins = [QDoubleSpinBox(self.editor) for _ in range(3)]
        for spin in self.fte_spins:
            spin.setRange(0, 100)
            spin.setDecimals(2)
            spin.setSingleStep(0.5)
        self.save_button = QPushButton(self.editor)
        self.error = QLabel(self.editor)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.labels = [QLabel(self.editor) for _ in range(5)]
        form = QFormLayout(self.editor)
        for label, field in zip(self.labels, (self.psc_edit, self.associations_edit,
                                              *self.fte_spins), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        form.insertRow(1, "", self.arhuu_check)
        form.addRow(self.error)
        form.addRow(self.save_button)
        split = QSplitter(self)
        split.setOrientation(split.orientation().Vertical)
        split.addWidget(self.table)
        split.addWidget(self.editor)
        split.setSizes([360, 260])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        self.save_button.clicked.connect(self.save)
        for widget in (self.psc_edit, self.associations_edit, self.arhuu_check, *self.fte_spins):
            key = QShortcut(QKeySequence("Ctrl+Return"), widget)
            key.setContext(Qt.ShortcutContext.WidgetShortcut)  # one per field: not ambiguous
            key.activated.connect(self.save)
        self._chosen(QModelIndex(), QModelIndex())

    def retranslate(self) -> None:
        for label, text in zip(self.labels, (
                self.tr("&PSC (social cohesion project):"), self.tr("&Associations:"),
                self.tr("FTE of the &housing company:"), self.tr("FTE seconded by the "
                                                                 "&DMBSH:"),
                self.tr("FTE of the PSC's &non-profit:")), strict=True):
            label.setText(text)
            label.buddy().setAccessibleName(text.replace("&", "").rstrip(":"))
        self.arhuu_check.setText(self.tr("An A&RHUU (tenants' advisory council) is active"))
        self.psc_edit.setPlaceholderText(self.tr("Its name; empty if there is none"))
        self.save_button.setText(self.tr("&Save the state of play (Ctrl+Return)"))
        self.table.setAccessibleName(self.tr("State of play per site"))
        self.model.retranslate()
        self._title()

    def show_table(self, table: ev.EvaluationTable) -> None:
        current = self.current()
        self.year = table.year
        self.model.set_rows(list(table.sites))
        if current is not None:
            self.select(current.site_id)
        self._title()

    def current(self) -> ev.SiteLine | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def select(self, site_id: str) -> None:
        for i, row in enumerate(self.model.rows()):
            if row.site_id == site_id:
                self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(i, 0)))
                return

    def _chosen(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.current()
        self.editor.setEnabled(row is not None)
        self.psc_edit.setText(row.psc if row else "")
        self.arhuu_check.setChecked(bool(row and row.arhuu))
        self.associations_edit.setText(row.associations if row else "")
        for spin, value in zip(self.fte_spins, (row.fte_company, row.fte_dmbsh, row.fte_psc)
                               if row else (0.0, 0.0, 0.0), strict=True):
            spin.setValue(value)
        self.error.hide()
        self._title()

    def _title(self) -> None:
        row = self.current()
        self.editor.setTitle(self.tr("Choose a site in the table") if row is None else
                             self.tr("State of play of %1 in %2").replace("%1", row.site_name)
                             .replace("%2", str(self.year)))

    def save(self) -> None:
        row, year = self.current(), self.year
        if row is None or year is None:
            return
        values = {"psc": self.psc_edit.text(), "arhuu": self.arhuu_check.isChecked(),
                  "associations": self.associations_edit.text(),
                  "fte_company": self.fte_spins[0].value(),
                  "fte_dmbsh": self.fte_spins[1].value(), "fte_psc": self.fte_spins[2].value()}
        site_id, actor, today = row.site_id, self.ctx.actor_id, self.ctx.today()

        def write(s: Session) -> None:
            ev.save_state_of_play(s, site_id=site_id, year=year, actor_id=actor, today=today,
                                  **values)  # type: ignore[arg-type]

        self.ctx.call(write, on_success=self._saved, on_failure=self._failed)

    def _saved(self, _result: object) -> None:
        self.error.hide()
        self.saved.emit()

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(error_text(exc))
        self.error.show()
