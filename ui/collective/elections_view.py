"""Elections tab: the ARHUU election every four years — prepare it (the roll is drawn up
from the company's households), list the candidates as on the notice, tick who voted on the
day (offline), count the votes, and validate: the roll is then purged on every laptop and
only its size and the turnout stay."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from fieldapp.collective import elections as el
from fieldapp.collective.labels import ELECTION_STATUSES
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.vault import ChangeSet
from ui.collective.form_kit import FormView, row_table, scrolled
from ui.collective.meeting_panel import ID, _fill, _ticked
from ui.context import AppContext
from ui.labels import label
from ui.qdates import from_qdate, to_qdate
from ui.record_types import ELECTIONS
from ui.table_model import Column, RowsModel, date_pattern, format_date, set_rows_keeping_current

COLUMNS: list[Column[el.ElectionRow]] = [
    (QT_TRANSLATE_NOOP("ElectionsView", "Vote"), lambda r: r.vote_on),
    (QT_TRANSLATE_NOOP("ElectionsView", "Seats"), lambda r: r.seats),
    (QT_TRANSLATE_NOOP("ElectionsView", "State"), lambda r: label(ELECTION_STATUSES, r.status)),
    (QT_TRANSLATE_NOOP("ElectionsView", "Voted"), lambda r: f"{r.voters}/{r.roll_size}"),
    (QT_TRANSLATE_NOOP("ElectionsView", "Mandate until"), lambda r: format_date(r.mandate_until)),
]


class ElectionsView(FormView):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = RowsModel("ElectionsView", COLUMNS, self)
        self.table = row_table(self, self.model)
        self.new_box = QGroupBox(self)
        self.vote_edit = QDateEdit(self)
        self.vote_edit.setCalendarPopup(True)
        self.vote_edit.setDate(to_qdate(context.today() + timedelta(days=60)))
        self.seats_spin = QSpinBox(self)
        self.seats_spin.setRange(1, 50)
        self.seats_spin.setValue(7)
        self.prepare_button = QPushButton(self)
        form = QFormLayout(self.new_box)
        self.row(form, lambda: self.tr("&Vote on:"), self.vote_edit)
        self.row(form, lambda: self.tr("S&eats:"), self.seats_spin)
        form.addRow("", self.prepare_button)
        self.candidate_box = QGroupBox(self)
        self.candidates = QListWidget(self)
        self.candidates.setMinimumHeight(70)
        self.candidate_edit = QLineEdit(self)
        self.add_candidate_button = QPushButton(self)
        self.votes_spin = QSpinBox(self)
        self.votes_spin.setRange(0, 100_000)
        self.votes_button = QPushButton(self)
        candidate_form = QFormLayout(self.candidate_box)
        candidate_form.addRow(self.candidates)
        self.row(candidate_form, lambda: self.tr("&Name (as on the notice):"),
                 self.candidate_edit)
        candidate_form.addRow("", self.add_candidate_button)
        self.row(candidate_form, lambda: self.tr("Vo&tes:"), self.votes_spin)
        candidate_form.addRow("", self.votes_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.new_box)
        left_layout.addWidget(self.candidate_box)
        right = QWidget(self)
        self.heading = QLabel(right)
        self.heading.setWordWrap(True)
        self.roll_label = QLabel(right)
        self.roll = QListWidget(right)
        self.roll.setMinimumHeight(120)
        self.roll_label.setBuddy(self.roll)
        self.voted_button = QPushButton(right)
        self.validate_button = QPushButton(right)
        buttons = QHBoxLayout()
        buttons.addWidget(self.voted_button)
        buttons.addWidget(self.validate_button)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.roll_label)
        right_layout.addWidget(self.roll, 1)
        right_layout.addLayout(buttons)
        splitter = QSplitter(self)
        splitter.addWidget(scrolled(self, left))
        splitter.addWidget(scrolled(self, right))
        splitter.setSizes([520, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error)
        self._select_after: str | None = None
        self.candidate_rows: list[el.CandidateRow] = []
        self.table.selectionModel().currentChanged.connect(self._election_changed)
        self.prepare_button.clicked.connect(self.prepare)
        self.add_candidate_button.clicked.connect(self.add_candidate)
        self.candidates.currentRowChanged.connect(self._candidate_chosen)
        self.votes_button.clicked.connect(self.record_votes)
        self.voted_button.clicked.connect(self.record_voted)
        self.validate_button.clicked.connect(self.validate)
        context.subscribe(ELECTIONS | {"households"}, self._on_changes)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        super().retranslate()
        self.table.setAccessibleName(self.tr("ARHUU elections"))
        self.new_box.setTitle(self.tr("A new ARHUU election"))
        self.vote_edit.setDisplayFormat(date_pattern())
        self.prepare_button.setText(self.tr("&Prepare (draws up the roll)"))
        self.candidate_box.setTitle(self.tr("Candidates"))
        self.candidates.setAccessibleName(self.tr("Candidates"))
        self.add_candidate_button.setText(self.tr("&Add the candidate"))
        self.votes_button.setText(self.tr("&Count these votes"))
        self.roll_label.setText(self.tr("Electoral &roll (tick who voted):"))
        self.roll.setAccessibleName(self.tr("Electoral roll"))
        self.voted_button.setText(self.tr("Record &who voted"))
        self.validate_button.setText(self.tr("Va&lidate (purges the roll)"))
        self.model.retranslate()
        self._show()

    # -- reading ----------------------------------------------------------------------------

    def _on_changes(self, _changes: ChangeSet) -> None:
        self.refresh()

    def refresh(self) -> None:
        def loaded(rows: list[el.ElectionRow]) -> None:
            set_rows_keeping_current(self.table, self.model, rows)
            if self._select_after is not None:
                for i, row in enumerate(self.model.rows()):
                    if row.id == self._select_after:
                        self.table.selectRow(i)
                self._select_after = None
            self._election_changed()

        self.ctx.call(el.list_elections, on_success=loaded)

    def selected(self) -> el.ElectionRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row())

    def _election_changed(self, *_args: object) -> None:
        chosen = self.selected()
        if chosen is None:
            self.candidate_rows = []
            self.roll.clear()
            self._show()
            return
        election_id = chosen.id
        ticked = set(_ticked(self.roll))

        def work(s: Session) -> tuple[list[el.CandidateRow], list[el.VoterLine]]:
            return el.candidates_of(s, election_id), el.roll_of(s, election_id)

        def loaded(result: tuple[list[el.CandidateRow], list[el.VoterLine]]) -> None:
            current = self.selected()
            if current is None or current.id != election_id:
                return
            self.candidate_rows, voters = result
            _fill(self.roll, [(v.household_id, f"{v.name} — {v.address}") for v in voters],
                  ticked | {v.household_id for v in voters if v.voted})
            self._show()

        self.ctx.call(work, on_success=loaded)

    def _show(self) -> None:
        chosen = self.selected()
        open_ = chosen is not None and chosen.status != "validated"
        for widget in (self.candidate_box, self.voted_button, self.roll):
            widget.setEnabled(open_)
        self.validate_button.setEnabled(chosen is not None and chosen.status == "held")
        if chosen is None:
            self.heading.setText(self.tr("Choose an election, or prepare one."))
            self.candidates.clear()
            return
        row = self.candidates.currentRow()
        _fill(self.candidates, [(c.id, self._candidate_text(c)) for c in self.candidate_rows],
              None)
        if 0 <= row < self.candidates.count():
            self.candidates.setCurrentRow(row)
        state = label(ELECTION_STATUSES, chosen.status)
        if chosen.status == "validated":
            self.heading.setText(self.tr(
                "<b>{state}</b> on {day}: {n} of {m} households voted; the roll is purged."
            ).format(state=state, day=format_date(chosen.validated_on), n=chosen.voters,
                     m=chosen.roll_size))
        else:
            self.heading.setText(self.tr("<b>{state}</b>: {n} of {m} households voted.").format(
                state=state, n=chosen.voters, m=chosen.roll_size))

    def _candidate_text(self, c: el.CandidateRow) -> str:
        elected = self.tr("elected") if c.elected else ""
        return " — ".join(x for x in (c.name, self.tr("{n} votes").format(n=c.votes), elected)
                          if x)

    def _candidate_chosen(self, row: int) -> None:
        if 0 <= row < len(self.candidate_rows):
            self.votes_spin.setValue(self.candidate_rows[row].votes)

    # -- writing ----------------------------------------------------------------------------

    def prepare(self) -> None:
        day, seats, actor = from_qdate(self.vote_edit.date()), self.seats_spin.value(), \
            self.ctx.actor_id

        def done(row: el.ElectionRow) -> None:
            self._select_after = row.id

        self.save(lambda s: el.prepare_election(s, vote_on=day, seats=seats, actor_id=actor),
                  done)

    def add_candidate(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        election_id, name, actor = chosen.id, self.candidate_edit.text(), self.ctx.actor_id
        self.save(lambda s: el.add_candidate(s, election_id=election_id, name=name,
                                             actor_id=actor),
                  lambda _r: self.candidate_edit.clear())

    def record_votes(self) -> None:
        chosen, item = self.selected(), self.candidates.currentItem()
        if chosen is None or item is None:
            return
        election_id, actor = chosen.id, self.ctx.actor_id
        votes = {str(item.data(ID)): self.votes_spin.value()}
        self.save(lambda s: el.record_votes(s, election_id=election_id, votes=votes,
                                            actor_id=actor))

    def record_voted(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        election_id, ids, actor = chosen.id, _ticked(self.roll), self.ctx.actor_id
        self.save(lambda s: el.set_voted(s, election_id=election_id, household_ids=ids,
                                         actor_id=actor))

    def validate(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        election_id, today, actor = chosen.id, self.ctx.today(), self.ctx.actor_id
        self.save(lambda s: el.validate_election(s, election_id=election_id, today=today,
                                                 actor_id=actor))
