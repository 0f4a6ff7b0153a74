"""The evaluation table of one year (Ctrl+6): axes and operational objectives with the
minimal base marked, this year's and last year's counts, the supervisor's target and
self-evaluation (edited below the table, Ctrl+Return saves); the indicators by pillar; the
state of play per site (ui.supervision.evaluation_sites); PDF (Ctrl+P) and CSV (Ctrl+E)
in the language chosen per export, small cells suppressed. Counting, saving and exporting
run off the UI thread."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.local import drafts
from fieldapp.supervision import evaluation as ev
from fieldapp.supervision.evaluation_export import CTX as REPORT
from fieldapp.supervision.evaluation_pdf import PILLAR_SHORT, evaluation_file_name
from fieldapp.supervision.labels import INDICATORS, PILLARS, axis_label, objective_label
from fieldapp.vault import ChangeSet
from ui.context import AppContext
from ui.document_export import choose_export, document_translate
from ui.errors import error_text
from ui.record_types import CASEWORK, EVALUATION, NEIGHBOURHOOD, REGISTRY, RENOVATION, WELCOME
from ui.supervision import evaluation_exports, exports
from ui.supervision.common import (
    SortableRowsModel,
    make_table,
    proxy_for,
    tr_label,
    translate,
)
from ui.supervision.evaluation_sites import SitesPage
from ui.table_model import Column, Index

C = "EvaluationView"
COUNTED = CASEWORK | WELCOME | NEIGHBOURHOOD | RENOVATION | REGISTRY | EVALUATION


@dataclass(frozen=True)
class GoalRow:
    """An axis or an operational objective of the table."""

    scope: str  # "axis" or "objective"
    code: str
    minimal: bool
    pillars: tuple[str, ...]
    target: int | None
    count: int
    last_year: int
    text: str


def _goal_label(row: GoalRow) -> str:
    label = translate("labels", axis_label(row.code) if row.scope == "axis"
                      else objective_label(row.code))
    indent = "" if row.scope == "axis" else "    "
    return f"{indent}{'● ' if row.minimal else ''}{row.code} {label}"


def _pillars(codes: tuple[str, ...]) -> str:
    return ", ".join(translate(REPORT, PILLAR_SHORT[c]) for c in codes if c in PILLAR_SHORT)


class GoalsModel(SortableRowsModel[GoalRow]):
    """Axis rows in bold, their objectives indented under them."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.FontRole and index.isValid() and \
                self.row_at(index.row()).scope == "axis":
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


GOAL_COLUMNS: list[Column[GoalRow]] = [
    (QT_TRANSLATE_NOOP("EvaluationView", "Axis / objective"), _goal_label),
    (QT_TRANSLATE_NOOP("EvaluationView", "Pillars"), lambda r: _pillars(r.pillars)),
    (QT_TRANSLATE_NOOP("EvaluationView", "Target"),
     lambda r: "" if r.target is None else r.target),
    (QT_TRANSLATE_NOOP("EvaluationView", "This year"), lambda r: r.count),
    (QT_TRANSLATE_NOOP("EvaluationView", "Last year"), lambda r: r.last_year),
    (QT_TRANSLATE_NOOP("EvaluationView", "Self-evaluation"),
     lambda r: r.text.splitlines()[0] if r.text else ""),
]
INDICATOR_COLUMNS: list[Column[ev.IndicatorLine]] = [
    (QT_TRANSLATE_NOOP("EvaluationView", "Pillar"), lambda r: tr_label(PILLARS, r.pillar)),
    (QT_TRANSLATE_NOOP("EvaluationView", "Indicator"),
     lambda r: tr_label(INDICATORS, r.indicator)),
    (QT_TRANSLATE_NOOP("EvaluationView", "Objectives"),
     lambda r: ", ".join("–" if o == "-" else o for o in r.objectives)),
    (QT_TRANSLATE_NOOP("EvaluationView", "This year"), lambda r: r.count),
    (QT_TRANSLATE_NOOP("EvaluationView", "Last year"), lambda r: r.last_year),
]
YEAR_COLUMNS = {"goals": (3, 4), "indicators": (3, 4)}


def goal_rows(table: ev.EvaluationTable) -> list[GoalRow]:
    rows: list[GoalRow] = []
    for axis in table.axes:
        rows.append(GoalRow("axis", axis.code, False, (), None, axis.count, axis.last_year,
                            axis.self_evaluation))
        rows += [GoalRow("objective", o.code, o.minimal, o.pillars, o.target, o.count,
                         o.last_year, o.self_evaluation)
                 for o in table.objectives if o.axis == axis.code]
    return rows


class EvaluationView(QWidget):
    loaded = Signal()
    saved = Signal()
    exported = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = context
        self.table_: ev.EvaluationTable | None = None
        self.choose_file = choose_export  # where and in which language (tests answer)
        self.year_label = QLabel(self)
        self.year_spin = QSpinBox(self)
        this_year = context.today().year
        self.year_spin.setRange(2000, this_year)
        self.year_spin.setValue(this_year)
        self.year_label.setBuddy(self.year_spin)
        self.show_button = QPushButton(self)
        self.coverage = QLabel(self)
        top = QHBoxLayout()
        for w in (self.year_label, self.year_spin, self.show_button):
            top.addWidget(w)
        top.addSpacing(16)
        top.addWidget(self.coverage, 1)

        self.goal_model = GoalsModel(C, GOAL_COLUMNS, self)
        self.goals = make_table(self, proxy_for(self.goal_model, self), sort_column=-1)
        self.goals.setSortingEnabled(False)  # axes keep their objectives under them
        header = self.goals.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 560)  # long objective labels: the counts stay in view
        self.editor = QGroupBox(self)
        self.target_label, self.text_label = QLabel(self), QLabel(self)
        self.target_spin = QSpinBox(self.editor)
        self.target_spin.setRange(-1, 100_000)  # -1 = no target (specialValueText)
        self.text_edit = QPlainTextEdit(self.editor)
        self.text_edit.setTabChangesFocus(True)
        self.save_button = QPushButton(self.editor)
        self.error = QLabel(self.editor)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.target_label.setBuddy(self.target_spin)
        self.text_label.setBuddy(self.text_edit)
        form = QFormLayout(self.editor)
        form.addRow(self.target_label, self.target_spin)
        form.addRow(self.text_label, self.text_edit)
        form.addRow(self.error)
        form.addRow(self.save_button)
        goals_page = QSplitter(self)
        goals_page.setOrientation(goals_page.orientation().Vertical)
        goals_page.addWidget(self.goals)
        goals_page.addWidget(self.editor)
        goals_page.setSizes([420, 220])

        self.indicator_model = SortableRowsModel(C, INDICATOR_COLUMNS, self)
        self.indicators = make_table(self, proxy_for(self.indicator_model, self), sort_column=-1)
        self.sites = SitesPage(context, self)
        self.pages = QTabWidget(self)
        for page in (goals_page, self.indicators, self.sites):
            self.pages.addTab(page, "")

        self.pdf_button, self.csv_button = QPushButton(self), QPushButton(self)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.status = QLabel(self)
        bottom = QHBoxLayout()
        for part in (self.pdf_button, self.csv_button, self.progress):
            bottom.addWidget(part)
        bottom.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addLayout(bottom)

        self.show_button.clicked.connect(self.refresh)
        self.year_spin.valueChanged.connect(self._year_changed)
        self.goals.selectionModel().currentRowChanged.connect(self._goal_chosen)
        self.save_button.clicked.connect(self.save_goal)
        self.pdf_button.clicked.connect(lambda: self.choose_and_export("pdf"))
        self.csv_button.clicked.connect(lambda: self.choose_and_export("csv"))
        self.sites.saved.connect(self.saved)
        for keys, slot in (("F5", self.refresh), ("Ctrl+P", lambda: self.choose_and_export("pdf")),
                           ("Ctrl+E", lambda: self.choose_and_export("csv"))):
            QShortcut(QKeySequence(keys), self).activated.connect(slot)
        for widget in (self.target_spin, self.text_edit):
            key = QShortcut(QKeySequence("Ctrl+Return"), widget)
            key.setContext(Qt.ShortcutContext.WidgetShortcut)  # one per field: not ambiguous
            key.activated.connect(self.save_goal)
        self._stale = False
        self._pending_draft: tuple[str, str] | None = None
        self._goal_chosen(QModelIndex(), QModelIndex())
        context.subscribe(COUNTED, self._on_changes)
        self.retranslate()

    # -- texts ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.year_label.setText(self.tr("&Year:"))
        self.year_spin.setAccessibleName(self.tr("Year"))
        self.show_button.setText(self.tr("Show (F5)"))
        self.target_label.setText(self.tr("&Target (actions this year):"))
        self.target_spin.setSpecialValueText(self.tr("No target"))
        self.target_spin.setAccessibleName(self.tr("Target"))
        self.text_label.setText(self.tr("Self-&evaluation:"))
        self.text_edit.setAccessibleName(self.tr("Self-evaluation"))
        self.text_edit.setPlaceholderText(self.tr(
            "What went well, what did not, what you will change — no names of tenants."))
        self.save_button.setText(self.tr("&Save (Ctrl+Return)"))
        self.pdf_button.setText(self.tr("PDF (Ctrl+P)"))
        self.csv_button.setText(self.tr("CSV (Ctrl+E)"))
        for button in (self.pdf_button, self.csv_button):
            button.setToolTip(self.tr("In Dutch or French, as you choose; every count below "
                                      "5 shown as \"<5\" and cells that would reveal one "
                                      "hidden as \"x\""))
        for i, text in enumerate((self.tr("Axes and objectives"), self.tr("Indicators by pillar"),
                                  self.tr("State of play per site"))):
            self.pages.setTabText(i, text)
        self.pages.setAccessibleName(self.tr("Parts of the evaluation table"))
        self.goals.setAccessibleName(self.tr("Axes and objectives"))
        self.indicators.setAccessibleName(self.tr("Indicators by pillar"))
        self.goal_model.retranslate()
        self.indicator_model.retranslate()
        self._years_in_headers()
        self._coverage()
        self._editor_title()
        self.sites.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _years_in_headers(self) -> None:
        year = self.table_.year if self.table_ else self.year_spin.value()
        for model in (self.goal_model, self.indicator_model):
            model.header_override = {3: str(year), 4: str(year - 1)}
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 3, 4)

    def _coverage(self) -> None:
        if self.table_ is None:
            self.coverage.setText("")
            return
        covered, of = self.table_.minimal_coverage()
        t = self.table_
        self.coverage.setText(self.tr("Minimal base (●): %1 of %2 objectives with at least "
                                      "one action · compared with %3 – %4")
                              .replace("%1", str(covered)).replace("%2", str(of))
                              .replace("%3", t.last_start.strftime("%d/%m/%Y"))
                              .replace("%4", t.last_end.strftime("%d/%m/%Y")))

    # -- counting ---------------------------------------------------------------------------

    def _on_changes(self, _changes: ChangeSet) -> None:
        if self.table_ is None:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.table_ is None or self._stale:
            self._stale = False
            self.refresh()

    def _year_changed(self, _year: int) -> None:
        if self.table_ is not None:
            self.refresh()

    def refresh(self) -> None:
        year, today = self.year_spin.value(), self.ctx.today()
        self.status.setText(self.tr("Counting…"))
        self.ctx.call(lambda s: ev.evaluation_table(s, year=year, today=today),
                      on_success=self._loaded, on_failure=self._failed)

    def _loaded(self, table: ev.EvaluationTable) -> None:
        current = self.current_goal()
        typed = (self.draft_key(), self.text_edit.toPlainText(), self.target_spin.value()) \
            if self._edited() else None  # counted again while typing: the typing stays
        self.table_ = table
        self.goal_model.set_rows(goal_rows(table))
        self.indicator_model.set_rows(list(table.indicators))
        self.sites.show_table(table)
        self._years_in_headers()
        self._coverage()
        self.status.setText("")
        pending, self._pending_draft = self._pending_draft, None
        if pending is not None:
            self.select_goal(*pending)
        elif current is not None:
            self.select_goal(current.scope, current.code)
        if typed is not None and typed[0] == self.draft_key():
            self.text_edit.setPlainText(typed[1])
            self.target_spin.setValue(typed[2])
        self.loaded.emit()

    def _edited(self) -> bool:
        row = self.current_goal()
        if row is None:
            return False
        target = -1 if row.target is None else row.target
        return self.text_edit.toPlainText().strip() != row.text or (
            row.scope == "objective" and self.target_spin.value() != target)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(error_text(exc))

    # -- the editor -------------------------------------------------------------------------

    def current_goal(self) -> GoalRow | None:
        index = self.goals.currentIndex()
        if not index.isValid():
            return None
        return self.goal_model.row_at(index.row())  # no sorting: proxy rows = model rows

    def select_goal(self, scope: str, code: str) -> None:
        for i, row in enumerate(self.goal_model.rows()):
            if (row.scope, row.code) == (scope, code):
                self.goals.setCurrentIndex(self.goals.model().index(i, 0))
                return

    def _goal_chosen(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.current_goal()
        self.editor.setEnabled(row is not None)
        self.target_spin.setEnabled(row is not None and row.scope == "objective")
        self.target_spin.setValue(-1 if row is None or row.target is None else row.target)
        self.text_edit.setPlainText(row.text if row else "")
        self.error.hide()
        self._editor_title()
        key = self.draft_key()
        if key:  # a text left unsaved at a lock comes back
            self.ctx.call(lambda s: drafts.load_draft(s, key=key),
                          on_success=lambda text: self._draft_loaded(key, text))

    # -- drafts (the self-evaluation is kept while it is typed, like every text) -----------

    def draft_key(self) -> str:
        row, table = self.current_goal(), self.table_
        if row is None or table is None:
            return ""
        return f"evaluation:{table.year}:{row.scope}:{row.code}"

    def unsaved_drafts(self) -> dict[str, str]:
        row, key, text = self.current_goal(), self.draft_key(), self.text_edit.toPlainText()
        if not key or row is None or not text.strip() or text.strip() == row.text:
            return {}
        return {key: text}

    def _draft_loaded(self, key: str, text: str | None) -> None:
        if text and key == self.draft_key():
            self.text_edit.setPlainText(text)

    def open_draft(self, key: str) -> None:
        """Show the year, axis or objective a recovered draft was written for."""
        _kind, year, scope, code = [*key.split(":"), "", "", ""][:4]
        self._pending_draft = (scope, code)
        if year.isdigit() and self.year_spin.minimum() <= int(year) <= self.year_spin.maximum():
            self.year_spin.setValue(int(year))
        self.refresh()

    def _editor_title(self) -> None:
        row = self.current_goal()
        if row is None:
            self.editor.setTitle(self.tr("Choose an axis or an objective in the table"))
        else:
            self.editor.setTitle(_goal_label(row).strip())

    def save_goal(self) -> None:
        row, table = self.current_goal(), self.table_
        if row is None or table is None:
            return
        target = self.target_spin.value() if row.scope == "objective" else -1
        text, actor, today = self.text_edit.toPlainText(), self.ctx.actor_id, self.ctx.today()
        scope, code, year = row.scope, row.code, table.year

        key = self.draft_key()

        def write(s: Session) -> None:
            ev.save_entry(s, year=year, scope=scope, code=code, actor_id=actor, today=today,
                          target=None if target < 0 else target, self_evaluation=text)
            drafts.discard_draft(s, key=key)

        self.ctx.call(write, on_success=self._saved, on_failure=self._save_failed)

    def _saved(self, _result: object) -> None:
        self.error.hide()
        self.status.setText(self.tr("Saved; it goes to the other supervisors at the next "
                                    "sync."))
        self.saved.emit()  # the table re-reads when the change is announced

    def _save_failed(self, exc: BaseException) -> None:
        self.error.setText(error_text(exc))
        self.error.show()

    # -- exports ----------------------------------------------------------------------------

    def choose_and_export(self, kind: str) -> None:
        table = self.table_
        if table is None:
            self.status.setText(self.tr("Show the table first (F5)."))
            return
        self.choose_file(
            self, title=self.tr("Save the evaluation table"), language=exports.ui_language(),
            file_name=lambda lang: evaluation_file_name(table.year, kind,
                                                        document_translate(lang)),
            file_filter=self.tr("PDF (*.pdf)") if kind == "pdf" else self.tr("CSV (*.csv)"),
            on_chosen=lambda choice: self.export_to(kind, choice.path, choice.language))

    def export_to(self, kind: str, path: str, language: str | None = None) -> None:
        table = self.table_
        if table is None:
            return
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Exporting…"))
        for b in (self.pdf_button, self.csv_button):
            b.setEnabled(False)
        evaluation_exports.export(self.ctx, kind, table, path, on_done=self._exported,
                                  on_failure=self._export_failed,
                                  language=language or exports.ui_language())

    def _finish(self) -> None:
        self.progress.hide()
        for b in (self.pdf_button, self.csv_button):
            b.setEnabled(True)

    def _exported(self, path: str) -> None:
        self._finish()
        self.status.setText(self.tr("Saved: %1").replace("%1", path))
        self.exported.emit(path)

    def _export_failed(self, exc: BaseException) -> None:
        self._finish()
        self.status.setText(error_text(exc))
