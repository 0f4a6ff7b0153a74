"""The mobile mental-health team's workspace (issue 19): the consultations social workers
sent under a pseudonym — waiting ones first, urgent on top — and the team's advice.

Uses the consultation services only: this role holds no registry, casework or PSC key, so
nothing here could reach a case file. Same interface as the other workspaces."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.mentalhealth import consultations
from fieldapp.mentalhealth.labels import (
    AGE_BANDS,
    CONCERNS,
    HOUSEHOLD_TYPES,
    STATUSES,
    URGENCIES,
)
from fieldapp.mentalhealth.views import ConsultationView
from fieldapp.vault import ChangeSet
from ui.areas import AreaParts
from ui.context import AppContext
from ui.errors import error_text
from ui.keyring_banner import KeyringBanner
from ui.mentalhealth.texts import mh_label
from ui.record_types import CONSULTATIONS
from ui.table_model import Column, RowsModel, set_rows_keeping_current
from ui.workspace_hooks import WorkspaceState

COLUMNS: list[Column[ConsultationView]] = [
    (QT_TRANSLATE_NOOP("ConsultationsWorkspace", "Pseudonym"), lambda r: r.pseudonym),
    (QT_TRANSLATE_NOOP("ConsultationsWorkspace", "Asked on"), lambda r: r.asked_on),
    (QT_TRANSLATE_NOOP("ConsultationsWorkspace", "Urgency"),
     lambda r: mh_label(URGENCIES, r.urgency)),
    (QT_TRANSLATE_NOOP("ConsultationsWorkspace", "Status"),
     lambda r: mh_label(STATUSES, r.status)),
    (QT_TRANSLATE_NOOP("ConsultationsWorkspace", "Asked by"), lambda r: r.asked_by),
]


class ConsultationsWorkspace(QWidget):
    def __init__(self, context: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self.ctx = context
        self.banner = KeyringBanner(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.model = RowsModel("ConsultationsWorkspace", COLUMNS, self)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.who = QLabel(self)
        self.who.setWordWrap(True)
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.advice_edit = QPlainTextEdit(self)
        self.advice_edit.setTabChangesFocus(True)
        self.save_button = QPushButton(self)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.labels = [QLabel(self) for _ in range(3)]
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for lab, field in zip(self.labels, (self.who, self.question, self.advice_edit),
                              strict=True):
            lab.setBuddy(field)
            form.addRow(lab, field)
        detail = QVBoxLayout()
        detail.addLayout(form, 1)
        detail.addWidget(self.save_button)
        detail.addWidget(self.error)
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addLayout(detail, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.intro)
        layout.addLayout(body, 1)
        self.save_button.clicked.connect(self.save_advice)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated.connect(lambda _i: self.advice_edit.setFocus())
        self.list_action = QAction(self)
        self.list_action.setShortcut(QKeySequence("Ctrl+1"))
        self.answer_action = QAction(self)
        self.answer_action.setShortcut(QKeySequence("Ctrl+Return"))
        for action, slot in ((self.list_action, self.show_list),
                             (self.answer_action, self.save_advice)):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
        self.menu = QMenu(self)
        self.menu.addActions([self.list_action, self.answer_action])
        self._shown: ConsultationView | None = None
        context.subscribe(CONSULTATIONS, self._on_changes)
        self.retranslate()
        self.refresh()

    def area_parts(self) -> AreaParts:
        return AreaParts(menus=[self.menu], actions=[self.list_action, self.answer_action])

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Consultations social workers sent under a pseudonym. They carry an age band, "
            "the kind of household and the concerns — never a name, an address or a case "
            "file. Your advice goes back to the social worker who asked."))
        self.table.setAccessibleName(self.tr("Consultations"))
        for lab, text in zip(self.labels, (self.tr("Situation:"), self.tr("Question:"),
                                           self.tr("&Advice:")), strict=True):
            lab.setText(text)
        self.advice_edit.setAccessibleName(self.tr("Advice"))
        self.save_button.setText(self.tr("&Send the advice"))
        self.menu.setTitle(self.tr("&Consultations"))
        self.list_action.setText(self.tr("Consultations"))
        self.answer_action.setText(self.tr("Send the advice"))
        self.model.retranslate()
        self._show(self._shown)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_keyring_warning(self) -> None:
        self.banner.show_warning()

    def show_list(self) -> None:
        self.table.setFocus()

    def refresh(self) -> None:
        self.ctx.call(lambda s: consultations.team_consultations(s), on_success=self._loaded)

    def _on_changes(self, changes: ChangeSet) -> None:
        if changes.touches("mh_consultations"):
            self.refresh()

    def _loaded(self, rows: list[ConsultationView]) -> None:
        set_rows_keeping_current(self.table, self.model, rows)
        index = self.table.currentIndex()
        if not index.isValid() and rows:
            self.table.setCurrentIndex(self.model.index(0, 0))
        elif index.isValid():
            self._show(self.model.row_at(index.row()), keep_text=True)
        else:
            self._show(None)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show(self.model.row_at(current.row()) if current.isValid() else None)

    def _show(self, row: ConsultationView | None, *, keep_text: bool = False) -> None:
        same = (row is not None and self._shown is not None and row.id == self._shown.id)
        self._shown = row
        self.save_button.setEnabled(row is not None and row.status != "closed")
        self.advice_edit.setEnabled(row is not None and row.status != "closed")
        if row is None:
            self.who.setText("—")
            self.question.setText("")
            self.advice_edit.clear()
            return
        concerns = ", ".join(mh_label(CONCERNS, c) for c in row.concerns)
        self.who.setText(self.tr("%1 · %2 · %3").replace(
            "%1", mh_label(AGE_BANDS, row.age_band)).replace(
            "%2", mh_label(HOUSEHOLD_TYPES, row.household_type)).replace("%3", concerns))
        self.question.setText(row.question)
        if not (keep_text and same):
            self.advice_edit.setPlainText(row.advice)
            self.error.hide()
            self._load_draft(row)

    def _load_draft(self, row: ConsultationView) -> None:
        """Advice typed before a lock or a crash comes back into the editor."""
        key = f"mh-advice:{row.id}"

        def load(s: Session) -> str | None:
            from fieldapp.local import drafts

            return drafts.load_draft(s, key=key)

        def loaded(text: str | None) -> None:
            if text and self._shown is not None and self._shown.id == row.id:
                self.advice_edit.setPlainText(text)

        self.ctx.call(load, on_success=loaded)

    def save_advice(self) -> None:
        row = self._shown
        if row is None or row.status == "closed":
            return
        advice, actor, today = self.advice_edit.toPlainText(), self.ctx.actor_id, self.ctx.today()

        def done(_v: ConsultationView) -> None:
            self.error.setStyleSheet("color: #1b6e20;")
            self.error.setText(self.tr("The advice on %1 is on its way to the social "
                                       "worker.").replace("%1", row.pseudonym))
            self.error.show()

        def failed(exc: BaseException) -> None:
            self.error.setStyleSheet("color: #b00020;")
            self.error.setText(error_text(exc))
            self.error.show()

        def send(s: Session) -> ConsultationView:
            from fieldapp.local import drafts

            sent = consultations.answer(s, consultation_id=row.id, advice=advice,
                                        actor_id=actor, today=today)
            drafts.discard_draft(s, key=f"mh-advice:{row.id}")
            return sent

        self.ctx.call(send, on_success=done, on_failure=failed)

    # -- the workspace interface -----------------------------------------------------------

    def collect_drafts(self) -> dict[str, str]:
        row = self._shown
        if row is None or self.advice_edit.toPlainText() in ("", row.advice):
            return {}
        return {f"mh-advice:{row.id}": self.advice_edit.toPlainText()}

    def can_open_draft(self, key: str) -> bool:
        return key.startswith("mh-advice:")

    def open_draft(self, key: str) -> None:
        wanted = key.partition(":")[2]
        for i, row in enumerate(self.model.rows()):
            if row.id == wanted:
                self.table.setCurrentIndex(self.model.index(i, 0))
        self.advice_edit.setFocus()

    def save_state(self) -> WorkspaceState:
        return {}

    def restore_state(self, state: WorkspaceState) -> None:
        self.table.setFocus()
