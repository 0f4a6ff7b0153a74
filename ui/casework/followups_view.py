"""Follow-ups tab: what is due today, what is overdue, what comes this week."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldapp.casework import followups, internal_requests
from fieldapp.casework import labels as service_labels
from fieldapp.casework.internal_requests import InternalRequestView
from fieldapp.casework.views import FollowUpOverview, FollowUpView
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.vault import ChangeSet
from ui import labels
from ui.agenda.planned_actions import Current, PlannedActions, on_delete_key
from ui.casework.internal_request_dialogs import InternalAnswerDialog
from ui.context import AppContext
from ui.record_types import REGISTRY
from ui.table_model import Column, RowsModel, set_rows_keeping_current


def _what(row: FollowUpView) -> str:
    """A hand-off from a neighbourhood agent says so (origin "handoff")."""
    if getattr(row, "origin", "case") == "handoff" and row.handed_by == "renovation":
        prefix = QCoreApplication.translate("FollowUpsView", "Handed on at the end of a "
                                            "renovation: {text}")
        return prefix.format(text=row.text)
    if getattr(row, "origin", "case") == "request":
        prefix = QCoreApplication.translate("FollowUpsView", "Answer awaited from "
                                            "{department}: {text}")
        return prefix.format(department=labels.label(service_labels.DEPARTMENTS,
                                                     row.handed_by), text=row.text)
    if getattr(row, "origin", "case") == "handoff":
        prefix = QCoreApplication.translate("FollowUpsView", "Hand-off from the neighbourhood "
                                            "agent: {text}")
        return prefix.format(text=row.text)
    return row.text


COLUMNS: list[Column[FollowUpView]] = [
    (QT_TRANSLATE_NOOP("FollowUpsView", "Due"), lambda r: r.due_on),
    (QT_TRANSLATE_NOOP("FollowUpsView", "Household"), lambda r: r.household_name),
    (QT_TRANSLATE_NOOP("FollowUpsView", "What"), _what),
]

SECTIONS = ("today", "overdue", "this_week")


class FollowUpsView(QWidget):
    open_household = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = context
        self.boxes: dict[str, QGroupBox] = {}
        self.tables: dict[str, QTableView] = {}
        self.models: dict[str, RowsModel[FollowUpView]] = {}
        layout = QVBoxLayout(self)
        for name in SECTIONS:
            box = QGroupBox(self)
            model = RowsModel("FollowUpsView", COLUMNS, self)
            table = QTableView(box)
            table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
            table.setModel(model)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.verticalHeader().hide()
            table.horizontalHeader().setStretchLastSection(True)
            table.horizontalHeader().setSectionResizeMode(
                QHeaderView.ResizeMode.ResizeToContents)
            table.activated.connect(self._activated)
            on_delete_key(table, partial(self._delete_from, table))
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(table)
            layout.addWidget(box, 1)
            self.boxes[name], self.tables[name], self.models[name] = box, table, model
        buttons = QHBoxLayout()
        self.done_button = QPushButton(self)
        self.open_button = QPushButton(self)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.done_button)
        # a follow-up moves, is cancelled with a reason or deleted (issue 16 item 4)
        self.planned = PlannedActions(context, self, self._planned)
        for button in self.planned.buttons:
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.done_button.clicked.connect(self._complete_current)
        self.open_button.clicked.connect(self._open_current)
        context.subscribe({"follow_ups", "handoffs", "case_files", "internal_requests"}
                          | REGISTRY, self._on_changes)
        self._last_table: QTableView = self.tables["today"]
        for table in self.tables.values():
            table.selectionModel().currentChanged.connect(
                lambda _c, _p, t=table: self._set_last(t))
        self.planned.update()
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        titles = {
            "today": self.tr("Due today ({n})"),
            "overdue": self.tr("Overdue ({n})"),
            "this_week": self.tr("This week ({n})"),
        }
        names = {
            "today": self.tr("Follow-ups due today"),
            "overdue": self.tr("Overdue follow-ups"),
            "this_week": self.tr("Follow-ups this week"),
        }
        for name in SECTIONS:
            self.boxes[name].setTitle(titles[name].format(n=self.models[name].rowCount()))
            self.tables[name].setAccessibleName(names[name])
            self.models[name].retranslate()
        self.done_button.setText(self.tr("&Mark as done"))
        if hasattr(self, "planned"):
            self.planned.retranslate()
        self.open_button.setText(self.tr("&Open case file"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        today = self.ctx.today()
        self.ctx.call(lambda s: followups.followup_overview(s, today=today),
                      on_success=self._loaded)

    def _loaded(self, overview: FollowUpOverview) -> None:
        for name in SECTIONS:
            rows: tuple[FollowUpView, ...] = getattr(overview, name)
            set_rows_keeping_current(self.tables[name], self.models[name], rows)
        self.retranslate()
        self.planned.update()

    def section_texts(self, name: str) -> list[str]:
        """What a person reads in one section (tests and accessibility)."""
        return [row.text for row in self.models[name].rows()]

    def _set_last(self, table: QTableView) -> None:
        self._last_table = table
        self.planned.update()

    def _planned(self) -> Current | None:
        row = self._current()
        if row is None or row.origin != "case":  # a hand-off is the agent's, not planned
            return None
        return "followup", row.id, not row.done

    def _delete_from(self, table: QTableView) -> None:
        self._set_last(table)
        self.planned.delete()

    def _current(self) -> FollowUpView | None:
        index, model = self._last_table.currentIndex(), self._last_table.model()
        if (not isinstance(model, RowsModel) or not index.isValid()
                or index.row() >= model.rowCount()):
            return None
        row: FollowUpView = model.row_at(index.row())
        return row

    def _activated(self, index: QModelIndex) -> None:
        model = index.model()
        if index.isValid() and isinstance(model, RowsModel):
            household_id = model.row_at(index.row()).household_id
            if household_id:  # a hand-off about a place without a known household has none
                self.open_household.emit(household_id)

    def _open_current(self) -> None:
        row = self._current()
        if row is not None and row.household_id:
            self.open_household.emit(row.household_id)

    def _complete_current(self) -> None:
        row = self._current()
        if row is None:
            return
        if row.origin == "request":  # done when the department's answer is recorded
            request_id = row.id
            self.ctx.call(lambda s: internal_requests.get_request(s, request_id=request_id),
                          on_success=self._answer)
            return
        today, actor = self.ctx.today(), self.ctx.actor_id
        self.ctx.call(  # the change announces itself: this list (and the case file) re-read
            lambda s: followups.complete_followup(s, followup_id=row.id, actor_id=actor,
                                                  today=today))

    def _answer(self, request: InternalRequestView) -> None:
        dialog = InternalAnswerDialog(self.ctx, request, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_changes(self, _changes: ChangeSet) -> None:
        self.refresh()
