"""The intake analysis and support plan of a case (issue 17 item 2): the situation, the
rights checked, the goals and their review dates (each a follow-up, so on the agenda), team
or restricted like a note. Saved in one go with OK."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from PySide6.QtWidgets import (
    QFormLayout as _Form,
)

from fieldapp.casework import labels as service_labels
from fieldapp.casework import support_plan
from fieldapp.casework.support_plan import NewGoal, SupportPlanView
from fieldapp.i18n import QT_TRANSLATE_NOOP
from ui import labels
from ui.agenda.planned_actions import on_delete_key
from ui.casework.case_details import make_table
from ui.casework.case_dialogs import ServiceDialog, _date_edit
from ui.casework.site_work_edit import ConfirmDialog, GoalEditDialog
from ui.context import AppContext, SessionWork
from ui.qdates import from_qdate, to_qdate
from ui.table_model import Column, RowsModel


@dataclass(frozen=True)
class GoalRow:
    id: str | None  # None: added in this dialog, saved with OK
    text: str
    review_on: date
    status: str


GOAL_COLUMNS: list[Column[GoalRow]] = [
    (QT_TRANSLATE_NOOP("SupportPlanDialog", "Goal"), lambda g: g.text),
    (QT_TRANSLATE_NOOP("SupportPlanDialog", "Review on"), lambda g: g.review_on),
    (QT_TRANSLATE_NOOP("SupportPlanDialog", "Where it stands"),
     lambda g: labels.label(service_labels.GOAL_STATUSES, g.status)
     if g.id else QCoreApplication.translate("SupportPlanDialog", "New")),
]


class SupportPlanDialog(ServiceDialog):
    def __init__(self, context: AppContext, case_id: str, plan: SupportPlanView | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, case_id, parent)
        self.plan = plan
        self.setMinimumWidth(720)
        self.confidentiality_combo = QComboBox(self)
        self.analysis_edit = QPlainTextEdit(self)
        self.analysis_edit.setTabChangesFocus(True)
        self.analysis_edit.setMinimumHeight(110)
        self.add_row(lambda: self.tr("&Confidentiality:"), self.confidentiality_combo)
        self.readers_label = QLabel(self)  # who will read it, said before saving
        self.readers_label.setWordWrap(True)
        self.form.addRow("", self.readers_label)
        self.add_row(lambda: self.tr("Situation &analysis:"), self.analysis_edit)

        self.rights_box = QGroupBox(self)
        rights_form = _Form(self.rights_box)
        self.rights: dict[str, QComboBox] = {}
        self._right_labels: list[tuple[QLabel, str]] = []
        for code, source in service_labels.RIGHTS.items():
            combo = QComboBox(self)
            label = QLabel(self)
            label.setBuddy(combo)
            rights_form.addRow(label, combo)
            self.rights[code] = combo
            self._right_labels.append((label, source))
        self.form.addRow(self.rights_box)

        self.goals_box = QGroupBox(self)
        goals_form = _Form(self.goals_box)
        self.goals_model = RowsModel("SupportPlanDialog", GOAL_COLUMNS, self)
        self.goals_table = make_table(self, self.goals_model)
        self.goals_table.setMinimumHeight(100)
        goals_form.addRow(self.goals_table)
        self.reached_button = QPushButton(self)
        self.dropped_button = QPushButton(self)
        self.edit_goal_button = QPushButton(self)
        self.delete_goal_button = QPushButton(self)
        status_row = QHBoxLayout()
        for button in (self.reached_button, self.dropped_button, self.edit_goal_button,
                       self.delete_goal_button):
            button.setAutoDefault(False)
            status_row.addWidget(button)
        status_row.addStretch(1)
        goals_form.addRow(status_row)
        self.goal_edit = QLineEdit(self)
        self.goal_edit.setMaxLength(500)
        self.review_edit: QDateEdit = _date_edit(self, to_qdate(context.today()).addMonths(1))
        self.add_goal_button = QPushButton(self)
        for button in (self.add_goal_button,):
            button.setAutoDefault(False)
        self._goal_label, self._review_label = QLabel(self), QLabel(self)
        self._goal_label.setBuddy(self.goal_edit)
        self._review_label.setBuddy(self.review_edit)
        goals_form.addRow(self._goal_label, self.goal_edit)
        new_row = QHBoxLayout()
        new_row.addWidget(self.review_edit)
        new_row.addWidget(self.add_goal_button)
        new_row.addStretch(1)
        goals_form.addRow(self._review_label, new_row)
        self.form.addRow(self.goals_box)
        self.scroll_form()  # fits 960×540: the form scrolls, OK stays in view
        self.readonly_label = QLabel(self)
        self.readonly_label.setWordWrap(True)
        self.readonly_label.hide()
        self.layout_.insertWidget(0, self.readonly_label)

        self._new_goals: list[GoalRow] = []
        self._statuses: dict[str, str] = {}
        self._edits: dict[str, NewGoal] = {}
        self._deleted: set[str] = set()
        self.add_goal_button.clicked.connect(self.add_goal)
        self.goal_edit.installEventFilter(self)  # Enter adds the goal, it does not save
        self.confidentiality_combo.currentIndexChanged.connect(self._show_readers)
        self.reached_button.clicked.connect(lambda: self.mark("reached"))
        self.dropped_button.clicked.connect(lambda: self.mark("dropped"))
        self.edit_goal_button.clicked.connect(self.edit_goal)
        self.delete_goal_button.clicked.connect(self.delete_goal)
        on_delete_key(self.goals_table, self.delete_goal)
        self.retranslate()
        self._show(plan)
        self.keep_drafts(f"plan:{case_id}", {"analysis": self.analysis_edit})

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Intake analysis and support plan"))
        labels.fill_combo(self.confidentiality_combo, service_labels.CONFIDENTIALITY)
        self.rights_box.setTitle(self.tr("Social rights checked"))
        for combo in self.rights.values():
            labels.fill_combo(combo, service_labels.RIGHT_STATUSES)
        for label, source in self._right_labels:
            text = QCoreApplication.translate("labels", source)
            label.setText(text + ":")
            buddy = label.buddy()
            if buddy is not None:
                buddy.setAccessibleName(text)
        self.goals_box.setTitle(self.tr("Goals"))
        self.goals_table.setAccessibleName(self.tr("Goals"))
        self.reached_button.setText(self.tr("Goal r&eached"))
        self.dropped_button.setText(self.tr("Goal dr&opped"))
        self.edit_goal_button.setText(self.tr("C&hange the goal…"))
        self.delete_goal_button.setText(self.tr("De&lete the goal…"))
        self._goal_label.setText(self.tr("New &goal:"))
        self.goal_edit.setAccessibleName(self.tr("New goal"))
        self._review_label.setText(self.tr("Re&view on:"))
        self.review_edit.setAccessibleName(self.tr("Review on"))
        self.add_goal_button.setText(self.tr("A&dd the goal"))
        self._show_readers()
        self.readonly_label.setText(self.tr("This plan is restricted to its author, who "
                                            "shared it with you: you can read it, not "
                                            "change it."))
        self.goals_model.retranslate()

    def _show_readers(self, *_args: object) -> None:
        if self.confidentiality_combo.currentData() == "restricted":
            self.readers_label.setText(self.tr(
                "Read by you, the supervisors and the colleagues you share your restricted "
                "notes of this site with. The review follow-ups say only \"review\"."))
        else:
            self.readers_label.setText(self.tr("Read by the site's social assistants and "
                                               "the supervisors."))

    def _show(self, plan: SupportPlanView | None) -> None:
        if plan is None:
            return
        self.confidentiality_combo.setCurrentIndex(
            self.confidentiality_combo.findData(plan.confidentiality))
        self.analysis_edit.setPlainText(plan.analysis)
        for code, combo in self.rights.items():
            combo.setCurrentIndex(max(0, combo.findData(plan.rights.get(code, "unchecked"))))
        self._refresh_goals()
        if not plan.editable:
            self.readonly_label.show()
            for widget in (self.rights_box, self.goals_box, self.confidentiality_combo):
                widget.setEnabled(False)
            self.analysis_edit.setReadOnly(True)
            self.buttons.button(self.buttons.StandardButton.Ok).setEnabled(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.goal_edit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.add_goal()
            return True
        return super().eventFilter(watched, event)

    def goal_rows(self) -> list[GoalRow]:
        saved = []
        for g in (self.plan.goals if self.plan else ()):
            if g.id in self._deleted:
                continue
            edit = self._edits.get(g.id, NewGoal(g.text, g.review_on))
            saved.append(GoalRow(g.id, edit.text, edit.review_on,
                                 self._statuses.get(g.id, g.status)))
        return saved + self._new_goals

    def _selected(self) -> tuple[int, GoalRow] | None:
        index = self.goals_table.currentIndex()
        if not index.isValid() or index.row() >= self.goals_model.rowCount():
            return None
        return index.row(), self.goals_model.row_at(index.row())

    def _new_index(self, row: int) -> int:
        """The place in `_new_goals` of the table's row `row` (a goal not saved yet)."""
        return row - (self.goals_model.rowCount() - len(self._new_goals))

    def edit_goal(self) -> None:
        selected = self._selected()
        if selected is None:
            return
        row, goal = selected

        def changed(text: str, review_on: date) -> None:
            if goal.id is None:
                self._new_goals[self._new_index(row)] = GoalRow(None, text, review_on, "open")
            else:
                self._edits[goal.id] = NewGoal(text, review_on)
            self._refresh_goals()
            self.goals_table.selectRow(row)
            self.goals_table.setFocus()

        dialog = GoalEditDialog(self.ctx, goal.text, goal.review_on, changed, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def delete_goal(self) -> None:
        selected = self._selected()
        if selected is None:
            return
        row, goal = selected
        text = goal.text

        def gone() -> None:
            if goal.id is None:
                del self._new_goals[self._new_index(row)]
            else:
                self._deleted.add(goal.id)
            self._refresh_goals()
            self.goals_table.setFocus()

        dialog = ConfirmDialog(
            self.ctx, title=lambda: self.tr("Delete the goal"),
            text=lambda: self.tr("Delete the goal \"{goal}\" and its review follow-up? It "
                                 "goes when you save the plan with OK.").format(goal=text),
            work=None, parent=self)
        dialog.accepted.connect(gone)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _refresh_goals(self) -> None:
        self.goals_model.set_rows(self.goal_rows())

    def add_goal(self) -> None:
        text = self.goal_edit.text().strip()
        if not text:
            self.goal_edit.setFocus()
            return
        self._new_goals.append(GoalRow(None, text, from_qdate(self.review_edit.date()), "open"))
        self.goal_edit.clear()
        self._refresh_goals()
        self.goal_edit.setFocus()

    def mark(self, status: str) -> None:
        index = self.goals_table.currentIndex()
        if not index.isValid():
            return
        row = self.goals_model.row_at(index.row())
        if row.id is not None:
            self._statuses[row.id] = status
            self._refresh_goals()
            self.goals_table.selectRow(index.row())

    def work(self) -> SessionWork:
        case_id, actor, today = self.case_id, self.ctx.actor_id, self.ctx.today()
        rights = {code: combo.currentData() for code, combo in self.rights.items()}
        analysis = self.analysis_edit.toPlainText()
        confidentiality = self.confidentiality_combo.currentData()
        goals = [NewGoal(g.text, g.review_on) for g in self._new_goals]
        statuses = dict(self._statuses)
        edits, deleted = dict(self._edits), set(self._deleted)
        neutral = self.tr("Review of the support plan (restricted)")
        return lambda s: support_plan.save_plan(
            s, case_id=case_id, analysis=analysis, rights=rights,
            confidentiality=confidentiality, actor_id=actor, today=today,
            neutral_review_text=neutral, new_goals=goals, goal_statuses=statuses,
            goal_edits=edits, deleted_goals=deleted)
