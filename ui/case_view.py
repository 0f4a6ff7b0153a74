"""The case file of one household: who lives there, the case's status, themes and worker,
the timeline of everything that happened, and the actions (note, follow-up, referral, visit).
Opening it writes an access-log entry (the service does that).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldapp.services import casework, drafts, registry
from fieldapp.services import labels as service_labels
from ui import labels
from ui.case_dialogs import (
    FollowUpDialog,
    PlanVisitDialog,
    RecordVisitDialog,
    ReferralDialog,
    UpdateReferralDialog,
)
from ui.case_models import PEOPLE_COLUMNS, TIMELINE_COLUMNS, TIMELINE_TOOLTIPS
from ui.context import AppContext
from ui.note_editor import NoteEditor
from ui.table_model import RowsModel, format_date


def _table(parent: QWidget, model: RowsModel) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class CaseFileView(QWidget):
    title_changed = Signal(str)
    loaded = Signal()

    def __init__(self, context: AppContext, household_id: str,
                 parent: QWidget | None = None, *, editing_note_id: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = context
        self.household_id = household_id
        self._editing_note_id = editing_note_id  # restore an edit interrupted by a lock
        self._show_on_load: str | None = None
        self.case = None
        self.detail = None
        self.name_label = QLabel(self)
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address_label = QLabel(self)
        self.address_label.setWordWrap(True)
        self.people_model = RowsModel("CaseFileView", PEOPLE_COLUMNS, self)
        self.people_table = _table(self, self.people_model)
        self.people_table.setMaximumHeight(170)
        self.household_box = QGroupBox(self)
        box = QVBoxLayout(self.household_box)
        box.addWidget(self.name_label)
        box.addWidget(self.address_label)
        box.addWidget(self.people_table)

        self.status_combo = QComboBox(self)
        self.worker_edit = QLineEdit(self)
        self.themes_list = QListWidget(self)
        for code in service_labels.THEMES:
            item = QListWidgetItem(self.themes_list)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        row_height = self.themes_list.sizeHintForRow(0)
        self.themes_list.setFixedHeight(row_height * self.themes_list.count() + 8)
        self.save_case_button = QPushButton(self)
        self.case_box = QGroupBox(self)
        self._form_labels = [QLabel(self) for _ in range(3)]
        form = QFormLayout(self.case_box)
        for label, field in zip(self._form_labels,
                                (self.status_combo, self.worker_edit, self.themes_list),
                                strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", self.save_case_button)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.household_box)
        left_layout.addWidget(self.case_box)
        left_layout.addStretch(1)

        self.note_button = QPushButton(self)
        self.followup_button = QPushButton(self)
        self.referral_button = QPushButton(self)
        self.visit_button = QPushButton(self)
        self.record_visit_button = QPushButton(self)
        self.record_visit_button.setEnabled(False)
        actions = QHBoxLayout()
        for button in (self.note_button, self.followup_button, self.referral_button,
                       self.visit_button, self.record_visit_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.timeline_label = QLabel(self)
        self.timeline_model = RowsModel("CaseFileView", TIMELINE_COLUMNS, self,
                                        tooltips=TIMELINE_TOOLTIPS)
        self.timeline_table = _table(self, self.timeline_model)
        self.timeline_label.setBuddy(self.timeline_table)
        self.editor = NoteEditor(context, "", self)
        self.editor.hide()
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(actions)
        right_layout.addWidget(self.timeline_label)
        right_layout.addWidget(self.timeline_table, 2)
        right_layout.addWidget(self.editor, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.note_button.clicked.connect(self.new_note)
        self.followup_button.clicked.connect(self.plan_followup)
        self.referral_button.clicked.connect(self.add_referral)
        self.visit_button.clicked.connect(self.plan_visit)
        self.record_visit_button.clicked.connect(self.record_visit)
        self.save_case_button.clicked.connect(self.save_case)
        self.timeline_table.activated.connect(self._timeline_activated)
        self.timeline_table.selectionModel().currentChanged.connect(self._timeline_current)
        self.editor.saved.connect(self.refresh_timeline)
        context.data_changed.connect(self._on_data_changed)
        for first, second in ((self.note_button, self.followup_button),
                              (self.followup_button, self.referral_button),
                              (self.referral_button, self.visit_button),
                              (self.visit_button, self.record_visit_button),
                              (self.record_visit_button, self.timeline_table),
                              (self.timeline_table, self.editor),
                              (self.save_case_button, self.people_table)):
            self.setTabOrder(first, second)
        self.setEnabled(False)  # until loaded
        self.retranslate()
        self._load()

    def retranslate(self) -> None:
        self.household_box.setTitle(self.tr("Household"))
        self.case_box.setTitle(self.tr("Case file"))
        for label, text in zip(self._form_labels, (self.tr("Stat&us:"), self.tr("&Worker:"),
                                                   self.tr("T&hemes:")), strict=True):
            label.setText(text)
        labels.fill_combo(self.status_combo, service_labels.CASE_STATUSES)
        for row in range(self.themes_list.count()):
            item = self.themes_list.item(row)
            item.setText(labels.theme(item.data(Qt.ItemDataRole.UserRole)))
        self.save_case_button.setText(self.tr("Save case &details"))
        self.note_button.setText(self.tr("&New note"))
        self.note_button.setToolTip(self.tr("New note (Ctrl+N)"))
        self.followup_button.setText(self.tr("Plan a &follow-up"))
        self.referral_button.setText(self.tr("Add a &referral"))
        self.visit_button.setText(self.tr("Plan a home &visit"))
        self.record_visit_button.setText(self.tr("R&ecord the visit"))
        self.timeline_label.setText(self.tr("&Timeline"))
        self.timeline_table.setAccessibleName(self.tr("Timeline"))
        self.people_table.setAccessibleName(self.tr("People of the household"))
        self.status_combo.setAccessibleName(self.tr("Case file status"))
        self.worker_edit.setAccessibleName(self.tr("Assigned worker"))
        self.themes_list.setAccessibleName(self.tr("Themes"))
        self.timeline_model.retranslate()
        self.people_model.retranslate()
        self._show_household()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- loading ------------------------------------------------------------------------

    def _load(self) -> None:
        household_id, actor, today = self.household_id, self.ctx.actor_id, self.ctx.today()
        editing = self._editing_note_id

        def load(s):
            detail = registry.household_detail(s, household_id=household_id)
            case = casework.open_case_file(s, household_id=household_id, actor_id=actor,
                                           today=today)
            entries = casework.timeline(s, case_id=case.id)
            draft = drafts.load_draft(s, key=f"note:{case.id}")
            edit = None
            if editing:
                edit_text = drafts.load_draft(s, key=f"note:{editing}")
                if edit_text:
                    edit = (casework.get_note(s, note_id=editing), edit_text)
            return detail, case, entries, draft, edit

        self.ctx.call(load, on_success=self._loaded)

    def _loaded(self, result) -> None:
        self.detail, self.case, entries, draft, edit = result
        self.editor.case_id = self.case.id
        self.people_model.set_rows(self.detail.people)
        self.timeline_model.set_rows(entries)
        self._show_case(self.case)
        self._show_household()
        self.setEnabled(True)
        self.title_changed.emit(self.detail.name)
        if edit is not None:
            self.editor.start_edit(edit[0], draft_text=edit[1])
        elif draft:
            self.editor.start_new(draft)
        self.loaded.emit()
        if self._show_on_load:
            self.show_entry(self._show_on_load)

    def _show_household(self) -> None:
        d = self.detail
        if d is None:
            self.name_label.setText(self.tr("Opening the case file…"))
            return
        self.name_label.setText(d.name)
        parts = [d.address, d.site.name, self.tr("Dwelling {label}").format(label=d.dwelling_label)]
        if d.moved_in_on:
            parts.append(self.tr("Tenant since {date}").format(date=format_date(d.moved_in_on)))
        self.address_label.setText(" · ".join(p for p in parts if p))

    def _show_case(self, case) -> None:
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(case.status)))
        self.worker_edit.setText(case.assigned_worker or "")
        for row in range(self.themes_list.count()):
            item = self.themes_list.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in case.themes
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def refresh_timeline(self) -> None:
        if self.case is None:
            return
        case_id = self.case.id
        self.ctx.call(lambda s: casework.timeline(s, case_id=case_id),
                      on_success=self.timeline_model.set_rows)

    def _on_data_changed(self, what: str) -> None:
        if what in ("note", "followup", "referral", "visit", "welcome"):
            self.refresh_timeline()

    # -- actions ------------------------------------------------------------------------

    def save_case(self) -> None:
        if self.case is None:
            return
        themes = [self.themes_list.item(r).data(Qt.ItemDataRole.UserRole)
                  for r in range(self.themes_list.count())
                  if self.themes_list.item(r).checkState() == Qt.CheckState.Checked]
        case_id, actor = self.case.id, self.ctx.actor_id
        status, worker = self.status_combo.currentData(), self.worker_edit.text().strip()

        def saved(case) -> None:
            self.case = case
            self._show_case(case)
            self.ctx.changed("case")

        self.ctx.call(lambda s: casework.update_case(s, case_id=case_id, actor_id=actor,
                                                     status=status, themes=themes,
                                                     assigned_worker=worker),
                      on_success=saved)

    def new_note(self) -> None:
        if self.case is not None:
            self.editor.start_new()

    def _open_dialog(self, dialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def plan_followup(self) -> None:
        if self.case is not None:
            self._open_dialog(FollowUpDialog(self.ctx, self.case.id, self))

    def add_referral(self) -> None:
        if self.case is not None:
            self._open_dialog(ReferralDialog(self.ctx, self.case.id, self))

    def plan_visit(self) -> None:
        if self.case is not None:
            self._open_dialog(PlanVisitDialog(self.ctx, self.case.id, self))

    def _current_entry(self):
        index = self.timeline_table.currentIndex()
        if not index.isValid() or index.row() >= self.timeline_model.rowCount():
            return None
        return self.timeline_model.row_at(index.row())

    def record_visit(self) -> None:
        entry = self._current_entry()
        if self.case is not None and entry is not None and entry.kind == "visit":
            self._open_dialog(RecordVisitDialog(self.ctx, self.case.id, entry.id, self))

    def _timeline_current(self, *_args) -> None:
        entry = self._current_entry()
        self.record_visit_button.setEnabled(
            entry is not None and entry.kind == "visit" and entry.status == "planned")

    def _timeline_activated(self, index: QModelIndex) -> None:
        entry = self._current_entry()
        if entry is None:
            return
        if entry.kind == "note":
            note_id = entry.id
            self.ctx.call(lambda s: casework.get_note(s, note_id=note_id),
                          on_success=self.editor.start_edit)
        elif entry.kind == "visit" and entry.status == "planned":
            self.record_visit()
        elif entry.kind == "referral" and self.case is not None:
            self._open_dialog(UpdateReferralDialog(self.ctx, self.case.id, entry, self))

    # -- lock support -------------------------------------------------------------------

    def show_entry(self, entry_id: str) -> None:
        """Select one line of the timeline (a search hit), once the timeline is there."""
        if self.case is None:
            self._show_on_load = entry_id
            return
        for row, entry in enumerate(self.timeline_model.rows()):
            if entry.id == entry_id:
                self.timeline_table.selectRow(row)
                self.timeline_table.scrollTo(self.timeline_model.index(row, 0))
                self.timeline_table.setFocus()
                return

    def state(self) -> dict[str, str | None]:
        editing = self.editor.note_id if not self.editor.isHidden() else None
        return {"household_id": self.household_id, "editing_note_id": editing}

    def unsaved_drafts(self) -> dict[str, str]:
        text = self.editor.unsaved_text()
        return {self.editor.draft_key: text} if text.strip() else {}
