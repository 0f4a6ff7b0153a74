"""The dwelling's "Jobs and time" tab: social-clause jobs offered to the household (job,
employer, start and end, outcome) and the time spent accompanying it."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.renovation import labels as rl
from fieldapp.renovation import social_clause
from fieldapp.renovation.views import AccompanimentView, DwellingStatusRow, PlacementView
from ui.context import AppContext
from ui.errors import error_text
from ui.labels import label
from ui.qdates import from_qdate
from ui.renovation.dialogs import date_edit
from ui.table_model import Column, RowsModel, format_date

C = "SocialClauseView"


def _tr(text: str) -> str:
    return QCoreApplication.translate(C, text)


def _hours(minutes: int) -> str:
    return f"{minutes // 60} h {minutes % 60:02d}"


PLACEMENT_COLUMNS: list[Column[PlacementView]] = [
    (QT_TRANSLATE_NOOP("SocialClauseView", "Job"), lambda p: p.job),
    (QT_TRANSLATE_NOOP("SocialClauseView", "Employer"), lambda p: p.employer),
    (QT_TRANSLATE_NOOP("SocialClauseView", "For"), lambda p: p.person_name),
    (QT_TRANSLATE_NOOP("SocialClauseView", "Start"),
     lambda p: format_date(p.starts_on) if p.starts_on else ""),
    (QT_TRANSLATE_NOOP("SocialClauseView", "End"),
     lambda p: format_date(p.ends_on) if p.ends_on else ""),
    (QT_TRANSLATE_NOOP("SocialClauseView", "Outcome"),
     lambda p: label(rl.PLACEMENT_OUTCOMES, p.outcome)),
]
TIME_COLUMNS: list[Column[AccompanimentView]] = [
    (QT_TRANSLATE_NOOP("SocialClauseView", "Day"), lambda t: format_date(t.on_day)),
    (QT_TRANSLATE_NOOP("SocialClauseView", "Time"), lambda t: _hours(t.minutes)),
    (QT_TRANSLATE_NOOP("SocialClauseView", "Spent on"),
     lambda t: label(rl.ACCOMPANIMENT_ACTIVITIES, t.activity)),
    (QT_TRANSLATE_NOOP("SocialClauseView", "Note"), lambda t: t.note),
]


def _table(parent: QWidget, model: RowsModel[object], name: str) -> QTableView:
    table = QTableView(parent)
    table.setTabKeyNavigation(False)
    table.setModel(model)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.setAccessibleName(name)
    model.modelReset.connect(table.resizeColumnsToContents)
    return table


class SocialClauseView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dwelling: DwellingStatusRow | None = None
        today = ctx.today()
        self.placements: RowsModel[PlacementView] = RowsModel(C, PLACEMENT_COLUMNS, self)
        self.placement_table = _table(self, self.placements,  # type: ignore[arg-type]
                                      self.tr("Jobs offered"))
        self.job_edit = QLineEdit(self)
        self.employer_edit = QLineEdit(self)
        self.person_combo = QComboBox(self)
        self.start_edit = date_edit(self, today + timedelta(days=14))
        self.end_edit = date_edit(self, today + timedelta(days=90))
        self.outcome_combo = QComboBox(self)
        for code in rl.PLACEMENT_OUTCOMES:
            self.outcome_combo.addItem(label(rl.PLACEMENT_OUTCOMES, code), code)
        self.offer_button = QPushButton(self.tr("&Offer the job"), self)
        self.outcome_button = QPushButton(self.tr("Set the outcome of the c&hosen job"), self)
        self.times: RowsModel[AccompanimentView] = RowsModel(C, TIME_COLUMNS, self)
        self.time_table = _table(self, self.times, self.tr("Accompaniment time"))  # type: ignore[arg-type]
        self.day_edit = date_edit(self, today)
        self.minutes_spin = QSpinBox(self)
        self.minutes_spin.setRange(5, 12 * 60)
        self.minutes_spin.setSingleStep(15)
        self.minutes_spin.setValue(30)
        self.minutes_spin.setSuffix(" min")
        self.activity_combo = QComboBox(self)
        for code in rl.ACCOMPANIMENT_ACTIVITIES:
            self.activity_combo.addItem(label(rl.ACCOMPANIMENT_ACTIVITIES, code), code)
        self.note_edit = QLineEdit(self)
        self.time_button = QPushButton(self.tr("Add the &time"), self)
        self.total_label = QLabel(self)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()

        jobs = QFormLayout()
        jobs.addRow(self.tr("&Job:"), self.job_edit)
        jobs.addRow(self.tr("&Employer:"), self.employer_edit)
        jobs.addRow(self.tr("&For:"), self.person_combo)
        dates = QHBoxLayout()
        dates.addWidget(self.start_edit)
        dash = QLabel("–", self)
        dash.setBuddy(self.end_edit)  # read as "start – end" with the row's label
        dates.addWidget(dash)
        dates.addWidget(self.end_edit)
        dates.addStretch(1)
        dates_label = QLabel(self.tr("&Start – end:"), self)
        dates_label.setBuddy(self.start_edit)  # a row of two fields: the label needs its buddy
        jobs.addRow(dates_label, dates)
        jobs.addRow(self.tr("O&utcome:"), self.outcome_combo)
        job_buttons = QHBoxLayout()
        job_buttons.addWidget(self.offer_button)
        job_buttons.addWidget(self.outcome_button)
        job_buttons.addStretch(1)
        jobs.addRow("", job_buttons)
        for field, name in ((self.job_edit, self.tr("Job")),
                            (self.employer_edit, self.tr("Employer")),
                            (self.person_combo, self.tr("Tenant the job is for")),
                            (self.outcome_combo, self.tr("Outcome")),
                            (self.minutes_spin, self.tr("Time spent")),
                            (self.activity_combo, self.tr("Spent on")),
                            (self.note_edit, self.tr("Note"))):
            field.setAccessibleName(name)
        self.day_edit.setAccessibleName(self.tr("Day of the accompaniment"))
        self.start_edit.setAccessibleName(self.tr("Start of the job"))
        self.end_edit.setAccessibleName(self.tr("End of the job"))
        time_row = QGridLayout()  # two rows: fits 960 px wide
        entry: QWidget
        for i, (text, entry) in enumerate(((self.tr("&Day:"), self.day_edit),
                                           (self.tr("Ti&me spent:"), self.minutes_spin),
                                           (self.tr("S&pent on:"), self.activity_combo))):
            label_ = QLabel(text, self)
            label_.setBuddy(entry)
            time_row.addWidget(label_, 0, i * 2)
            time_row.addWidget(entry, 0, i * 2 + 1)
        note_label = QLabel(self.tr("&Note:"), self)
        note_label.setBuddy(self.note_edit)
        time_row.addWidget(note_label, 1, 0)
        time_row.addWidget(self.note_edit, 1, 1, 1, 5)
        time_row.setColumnStretch(6, 1)
        time_row.addWidget(self.time_button, 1, 6)
        # the page scrolls rather than push the window past 960×540 (200 % of 1080p)
        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop of its own
        area.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(area)
        layout.addWidget(QLabel(self.tr("<b>Social clause: jobs offered</b>"), self))
        layout.addWidget(self.placement_table, 1)
        layout.addLayout(jobs)
        layout.addWidget(QLabel(self.tr("<b>Accompaniment time</b>"), self))
        layout.addWidget(self.time_table, 1)
        layout.addLayout(time_row)
        layout.addWidget(self.total_label)
        layout.addWidget(self.error)
        self.offer_button.clicked.connect(self.offer)
        self.outcome_button.clicked.connect(self.set_outcome)
        self.time_button.clicked.connect(self.add_time)
        self.note_edit.returnPressed.connect(self.add_time)

    def set_dwelling(self, row: DwellingStatusRow | None) -> None:
        self.dwelling = row
        self.setEnabled(row is not None)
        self.reload()

    def reload(self) -> None:
        if self.dwelling is None:
            self.placements.clear()
            self.times.clear()
            return
        pd_id = self.dwelling.id

        def read(s: Session) -> tuple[list[PlacementView], list[AccompanimentView],
                                      list[tuple[str, str]]]:
            return (social_clause.placements(s, project_dwelling_id=pd_id),
                    social_clause.time_spent(s, project_dwelling_id=pd_id),
                    social_clause.household_people(s, project_dwelling_id=pd_id))

        self.ctx.call(read, on_success=self._show)

    def _show(self, result: tuple[list[PlacementView], list[AccompanimentView],
                                  list[tuple[str, str]]]) -> None:
        placements, times, people = result
        self.placements.set_rows(placements)
        self.times.set_rows(times)
        chosen = self.person_combo.currentData()
        self.person_combo.clear()
        self.person_combo.addItem(self.tr("(the household)"), None)
        for person_id, name in people:
            self.person_combo.addItem(name, person_id)
        self.person_combo.setCurrentIndex(max(self.person_combo.findData(chosen), 0))
        total = sum(t.minutes for t in times)
        self.total_label.setText(self.tr("Time spent with this household: %1").replace(
            "%1", _hours(total)))

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(error_text(exc))
        self.error.show()

    def _saved(self, _result: object) -> None:
        self.error.hide()
        self.reload()

    def offer(self) -> None:
        if self.dwelling is None:
            return
        values = {"project_dwelling_id": self.dwelling.id, "job": self.job_edit.text(),
                  "employer": self.employer_edit.text(),
                  "person_id": self.person_combo.currentData(),
                  "starts_on": from_qdate(self.start_edit.date()),
                  "ends_on": from_qdate(self.end_edit.date()),
                  "outcome": self.outcome_combo.currentData(), "offered_on": self.ctx.today()}
        actor = self.ctx.actor_id

        def done(result: object) -> None:
            self.job_edit.clear()
            self._saved(result)

        self.ctx.call(lambda s: social_clause.offer_job(s, actor_id=actor, **values),
                      on_success=done, on_failure=self._failed)

    def set_outcome(self) -> None:
        index = self.placement_table.currentIndex()
        if not index.isValid():
            return
        placement_id = self.placements.row_at(index.row()).id
        outcome, actor = self.outcome_combo.currentData(), self.ctx.actor_id
        self.ctx.call(lambda s: social_clause.update_placement(
            s, placement_id=placement_id, outcome=outcome, actor_id=actor),
            on_success=self._saved, on_failure=self._failed)

    def add_time(self) -> None:
        if self.dwelling is None:
            return
        values = {"project_dwelling_id": self.dwelling.id,
                  "on_day": from_qdate(self.day_edit.date()),
                  "minutes": self.minutes_spin.value(),
                  "activity": self.activity_combo.currentData(), "note": self.note_edit.text()}
        actor, today = self.ctx.actor_id, self.ctx.today()

        def done(result: object) -> None:
            self.note_edit.clear()
            self._saved(result)

        self.ctx.call(lambda s: social_clause.record_time(s, actor_id=actor, today=today,
                                                          **values),
                      on_success=done, on_failure=self._failed)
