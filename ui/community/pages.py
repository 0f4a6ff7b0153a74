"""The plan of the year, the activity log and the follow-up committee."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from fieldapp.community import activities, committee, plan
from fieldapp.community.labels import (
    ACTION_STATUSES,
    ACTIVITY_KINDS,
    COMMON_OBJECTIVES,
    sector_objective_label,
)
from fieldapp.community.report import attendance
from fieldapp.community.views import ActionView, ActivityView, MeetingView, ProjectView
from fieldapp.i18n import QT_TRANSLATE_NOOP
from ui.community.base import clabel, current_row, make_table
from ui.context import AppContext
from ui.table_model import Column, RowsModel, format_date


def objective_text(project: ProjectView | None, code: str) -> str:
    if code in COMMON_OBJECTIVES:
        return clabel(COMMON_OBJECTIVES, code)
    if project is not None and code.startswith("local:"):
        index = int(code.split(":", 1)[1]) - 1
        if 0 <= index < len(project.local_objectives):
            return project.local_objectives[index]
    return code


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_translate = QCoreApplication.translate


class _Page(QWidget):
    """A table of the year's records, a button bar, a details pane."""

    def __init__(self, context: AppContext, context_name: str, columns: list[Column[object]],
                 parent: QWidget | None = None, *, stretch: int = 0) -> None:
        super().__init__(parent)
        self.ctx = context
        self.project: ProjectView | None = None
        self.year = context.today().year
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.model: RowsModel[object] = RowsModel(context_name, columns, self)
        self.table: QTableView = make_table(self, self.model, stretch=stretch)
        self.details = QTextBrowser(self)
        self.bar = QHBoxLayout()
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.details)
        split.setSizes([300, 160])
        layout = QVBoxLayout(self)
        layout.addLayout(self.bar)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_details())

    def button(self, on_click: Callable[[], object]) -> QPushButton:
        b = QPushButton(self)
        b.clicked.connect(on_click)
        self.bar.addWidget(b)
        return b

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.model.retranslate()
        self.show_details()

    def show_for(self, project: ProjectView | None, year: int) -> None:
        self.project, self.year = project, year
        self.refresh()

    def refresh(self) -> None:
        raise NotImplementedError

    def loaded(self, rows: Sequence[object]) -> None:
        index = self.table.currentIndex()
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(min(max(index.row(), 0), len(rows) - 1))
        self.retranslate()

    def current(self) -> object | None:
        return current_row(self.table, self.model)

    def show_details(self) -> None:
        pass


ACTION_COLUMNS: list[Column[ActionView]] = [
    (QT_TRANSLATE_NOOP("PlanPage", "Action"), lambda a: a.title),
    (QT_TRANSLATE_NOOP("PlanPage", "Sector objective"), lambda a: a.sector_objective),
    (QT_TRANSLATE_NOOP("PlanPage", "Status"), lambda a: clabel(ACTION_STATUSES, a.status)),
]


class PlanPage(_Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "PlanPage", ACTION_COLUMNS, parent)  # type: ignore[arg-type]
        self.new_button = self.button(lambda: None)  # the workspace wires it
        self.done_button = self.button(self.mark_done)
        self.bar.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.new_button.setText(self.tr("&New action (Ctrl+N)"))
        self.done_button.setText(self.tr("Mark as &done"))
        self.table.setAccessibleName(self.tr("Actions of the plan"))
        count = self.model.rowCount()
        self.summary.setText(
            self.tr("Plan {year}: {count} actions.").format(year=self.year, count=count)
            if self.project else self.tr("Record the project first (Ctrl+1)."))

    def refresh(self) -> None:
        if self.project is None:
            self.loaded([])
            return
        pid, year = self.project.id, self.year
        self.ctx.call(lambda s: plan.list_actions(s, project_id=pid, year=year),
                      on_success=self.loaded)

    def show_details(self) -> None:
        a = self.current()
        if not isinstance(a, ActionView):
            self.details.clear()
            return
        psc, sector, target = (self.tr("PSC objective:"), self.tr("Sector objective:"),
                               self.tr("Target:"))
        parts = [f"<b>{_escape(a.title)}</b>",
                 f"{psc} {_escape(objective_text(self.project, a.psc_objective))}",
                 f"{sector} {_escape(sector_objective_label(a.sector_objective, _translate))}",
                 f"{target} {_escape(a.target)}", _escape(a.description)]
        self.details.setHtml("<br/>".join(parts))

    def mark_done(self) -> None:
        a = self.current()
        if isinstance(a, ActionView):
            aid, actor = a.id, self.ctx.actor_id
            self.ctx.call(lambda s: plan.set_action_status(s, action_id=aid, status="done",
                                                           actor_id=actor))


ACTIVITY_COLUMNS: list[Column[ActivityView]] = [
    (QT_TRANSLATE_NOOP("LogPage", "Date"), lambda a: a.held_on),
    (QT_TRANSLATE_NOOP("LogPage", "Kind"), lambda a: clabel(ACTIVITY_KINDS, a.kind)),
    (QT_TRANSLATE_NOOP("LogPage", "Activity"), lambda a: a.title),
    (QT_TRANSLATE_NOOP("LogPage", "Sessions"), lambda a: len(a.sessions) or ""),
    (QT_TRANSLATE_NOOP("LogPage", "Participants"), attendance),
]


class LogPage(_Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "LogPage", ACTIVITY_COLUMNS, parent, stretch=2)  # type: ignore[arg-type]
        self.log_button = self.button(lambda: None)
        self.bar.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.log_button.setText(self.tr("&Log an activity (Ctrl+J)"))
        self.table.setAccessibleName(self.tr("Activities of the year"))
        rows = [r for r in self.model.rows() if isinstance(r, ActivityView)]
        self.summary.setText(
            self.tr("{year}: {count} activities, {people} participants in all.").format(
                year=self.year, count=len(rows), people=sum(attendance(r) for r in rows))
            if self.project else self.tr("Record the project first (Ctrl+1)."))

    def refresh(self) -> None:
        if self.project is None:
            self.loaded([])
            return
        pid, year = self.project.id, self.year
        self.ctx.call(lambda s: activities.list_activities(s, project_id=pid, year=year),
                      on_success=self.loaded)

    def show_details(self) -> None:
        a = self.current()
        if not isinstance(a, ActivityView):
            self.details.clear()
            return
        parts = [f"<b>{_escape(a.title)}</b> — {format_date(a.held_on)} {_escape(a.place)}"]
        named, trainer, facilitators, closing = (
            self.tr("Named (with consent):"), self.tr("Trainer:"), self.tr("Facilitators:"),
            self.tr("Closing individual session:"))
        if a.named_participants:
            parts.append(f"{named} {_escape(', '.join(a.named_participants))}")
        if a.trainer:
            parts.append(f"{trainer} {_escape(a.trainer)}")
        if a.facilitators:
            parts.append(f"{facilitators} {_escape(', '.join(a.facilitators))}")
        parts += [f"• {format_date(s.on)} — {_escape(s.topic)} ({s.participants})"
                  for s in a.sessions]
        if a.closing_session_on:
            parts.append(f"{closing} {format_date(a.closing_session_on)} "
                         f"({a.closing_participants})")
        for label, text in ((self.tr("Feedback:"), a.feedback),
                            (self.tr("New questions:"), a.new_questions),
                            (self.tr("Follow-up offered:"), a.follow_up),
                            (self.tr("Notes:"), a.notes)):
            if text:
                parts.append(f"{label} {_escape(text)}")
        self.details.setHtml("<br/>".join(parts))


MEETING_COLUMNS: list[Column[MeetingView]] = [
    (QT_TRANSLATE_NOOP("CommitteePage", "Date"), lambda m: m.held_on),
    (QT_TRANSLATE_NOOP("CommitteePage", "Place"), lambda m: m.place),
    (QT_TRANSLATE_NOOP("CommitteePage", "Present"), lambda m: len(m.attendees)),
]


class CommitteePage(_Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "CommitteePage", MEETING_COLUMNS, parent, stretch=1)  # type: ignore[arg-type]
        self.meeting_button = self.button(lambda: None)
        self.bar.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.meeting_button.setText(self.tr("New &meeting (Ctrl+M)"))
        self.table.setAccessibleName(self.tr("Meetings of the follow-up committee"))
        self.summary.setText(
            self.tr("The local follow-up committee: {count} meetings in {year}.").format(
                count=self.model.rowCount(), year=self.year)
            if self.project else self.tr("Record the project first (Ctrl+1)."))

    def refresh(self) -> None:
        if self.project is None:
            self.loaded([])
            return
        pid, year = self.project.id, self.year
        self.ctx.call(lambda s: committee.list_meetings(s, project_id=pid, year=year),
                      on_success=self.loaded)

    def show_details(self) -> None:
        m = self.current()
        if not isinstance(m, MeetingView):
            self.details.clear()
            return
        present = ", ".join(f"{a.name} ({a.organisation})" if a.organisation else a.name
                            for a in m.attendees)
        present_label, apologies, minutes, decisions = (
            self.tr("Present:"), self.tr("Apologies:"), self.tr("Minutes"),
            self.tr("Decisions"))
        parts = [f"<b>{format_date(m.held_on)}</b> {_escape(m.place)}",
                 f"{present_label} {_escape(present)}"]
        if m.apologies:
            parts.append(f"{apologies} {_escape(', '.join(m.apologies))}")
        parts += [f"<b>{minutes}</b>", _escape(m.minutes).replace("\n", "<br/>"),
                  f"<b>{decisions}</b>", _escape(m.decisions).replace("\n", "<br/>")]
        self.details.setHtml("<br/>".join(parts))
