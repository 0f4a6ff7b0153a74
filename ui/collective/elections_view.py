"""Elections tab: the ARHUU election every four years — prepare it (the roll is drawn up
from the company's households), list the candidates as on the notice, tick who voted on the
day (offline), count the votes, and validate: the roll is then purged on every laptop and
only its size and the turnout stay."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Signal
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
from fieldapp.collective import participation as pt
from fieldapp.collective.election_pdf import file_name, notice_pdf, results_pdf
from fieldapp.collective.labels import ELECTION_STATUSES
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.vault import ChangeSet
from ui.collective.form_kit import FormView, row_table, scrolled
from ui.collective.meeting_panel import ID, _fill, _ticked
from ui.context import AppContext
from ui.document_export import ExportChoice, app_language, choose_export
from ui.files import write_atomically
from ui.labels import label
from ui.qdates import from_qdate, to_qdate
from ui.record_types import ELECTIONS, PARTICIPATION
from ui.table_model import Column, RowsModel, date_pattern, format_date, set_rows_keeping_current

_Loaded = tuple[list[el.CandidateRow], list[el.VoterLine], list[el.MemberRow],
                list[pt.CouncilRow]]

COLUMNS: list[Column[el.ElectionRow]] = [
    (QT_TRANSLATE_NOOP("ElectionsView", "Vote"), lambda r: r.vote_on),
    (QT_TRANSLATE_NOOP("ElectionsView", "Seats"), lambda r: r.seats),
    (QT_TRANSLATE_NOOP("ElectionsView", "State"), lambda r: label(ELECTION_STATUSES, r.status)),
    (QT_TRANSLATE_NOOP("ElectionsView", "Voted"), lambda r: f"{r.voters}/{r.roll_size}"),
    (QT_TRANSLATE_NOOP("ElectionsView", "Mandate until"), lambda r: format_date(r.mandate_until)),
]


class ElectionsView(FormView):
    exported = Signal(str)  # a notice or the results were saved there

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.choose_export = choose_export  # where and in which language (tests answer)
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
        self.polling_box = QGroupBox(self)
        self.place_edit = QLineEdit(self)
        self.place_edit.setMaxLength(200)
        self.hours_edit = QLineEdit(self)
        self.hours_edit.setMaxLength(60)
        self.polling_button = QPushButton(self)
        polling_form = QFormLayout(self.polling_box)
        self.row(polling_form, lambda: self.tr("Pollin&g station:"), self.place_edit)
        self.row(polling_form, lambda: self.tr("Ho&urs:"), self.hours_edit)
        polling_form.addRow("", self.polling_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.new_box)
        left_layout.addWidget(self.candidate_box)
        left_layout.addWidget(self.polling_box)
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
        self.notice_button = QPushButton(right)
        self.results_button = QPushButton(right)
        documents = QHBoxLayout()
        documents.addWidget(self.notice_button)
        documents.addWidget(self.results_button)
        # the council the validated election formed: members, mandates, meetings
        self.council_box = QGroupBox(right)
        self.members = QListWidget(right)
        self.members.setMinimumHeight(60)
        self.members.setMaximumHeight(110)
        self.end_edit = QDateEdit(right)
        self.end_edit.setCalendarPopup(True)
        self.end_edit.setDate(to_qdate(context.today()))
        self.end_button = QPushButton(right)
        self.meetings_label = QLabel(right)
        self.meetings = QListWidget(right)
        self.meetings.setMinimumHeight(60)
        self.meetings_label.setBuddy(self.meetings)
        council_form = QFormLayout(self.council_box)
        council_form.addRow(self.members)
        self.row(council_form, lambda: self.tr("Mandate ends &on:"), self.end_edit)
        council_form.addRow("", self.end_button)
        council_form.addRow(self.meetings_label)
        council_form.addRow(self.meetings)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.roll_label)
        right_layout.addWidget(self.roll, 1)
        right_layout.addLayout(buttons)
        right_layout.addLayout(documents)
        right_layout.addWidget(self.council_box)
        splitter = QSplitter(self)
        splitter.addWidget(scrolled(self, left))
        splitter.addWidget(scrolled(self, right))
        splitter.setSizes([520, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error)
        self._select_after: str | None = None
        self._polling_for: str | None = None  # the election the polling fields show
        self.candidate_rows: list[el.CandidateRow] = []
        self.member_rows: list[el.MemberRow] = []
        self.meeting_rows: list[pt.CouncilRow] = []
        self.table.selectionModel().currentChanged.connect(self._election_changed)
        self.prepare_button.clicked.connect(self.prepare)
        self.add_candidate_button.clicked.connect(self.add_candidate)
        self.candidates.currentRowChanged.connect(self._candidate_chosen)
        self.votes_button.clicked.connect(self.record_votes)
        self.voted_button.clicked.connect(self.record_voted)
        self.validate_button.clicked.connect(self.validate)
        self.notice_button.clicked.connect(lambda: self.export("notice"))
        self.results_button.clicked.connect(lambda: self.export("results"))
        self.end_button.clicked.connect(self.end_mandate)
        self.polling_button.clicked.connect(self.save_polling)
        context.subscribe(ELECTIONS | PARTICIPATION | {"households"}, self._on_changes)
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
        self.polling_box.setTitle(self.tr("How to vote (printed on the notice)"))
        self.hours_edit.setPlaceholderText(self.tr("e.g. 9:00 – 16:00"))
        self.polling_button.setText(self.tr("Save where and when"))
        self.notice_button.setText(self.tr("Print the not&ice…"))
        self.results_button.setText(self.tr("Print the re&sults…"))
        self.council_box.setTitle(self.tr("The council (elected members and mandates)"))
        self.members.setAccessibleName(self.tr("Council members"))
        self.end_edit.setDisplayFormat(date_pattern())
        self.end_button.setText(self.tr("En&d this member's mandate"))
        self.meetings_label.setText(self.tr("Council &meetings and advice:"))
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
            self.candidate_rows, self.member_rows, self.meeting_rows = [], [], []
            self.roll.clear()
            self._show()
            return
        election_id = chosen.id
        ticked = set(_ticked(self.roll))

        def work(s: Session) -> _Loaded:
            return (el.candidates_of(s, election_id), el.roll_of(s, election_id),
                    el.council_of(s, election_id),
                    pt.list_council_meetings(s, election_id=election_id))

        def loaded(result: _Loaded) -> None:
            current = self.selected()
            if current is None or current.id != election_id:
                return
            self.candidate_rows, voters, self.member_rows, self.meeting_rows = result
            _fill(self.roll, [(v.household_id, f"{v.name} — {v.address}") for v in voters],
                  ticked | {v.household_id for v in voters if v.voted})
            self._show()

        self.ctx.call(work, on_success=loaded)

    def _show(self) -> None:
        chosen = self.selected()
        open_ = chosen is not None and chosen.status != "validated"
        for widget in (self.candidate_box, self.voted_button, self.roll, self.polling_box):
            widget.setEnabled(open_)
        if chosen is not None and chosen.id != self._polling_for:
            self._polling_for = chosen.id
            self.place_edit.setText(chosen.polling_place)
            self.hours_edit.setText(chosen.polling_hours)
        self.validate_button.setEnabled(chosen is not None and chosen.status == "held")
        self.notice_button.setEnabled(chosen is not None)
        self.results_button.setEnabled(chosen is not None and chosen.status != "preparing")
        validated = chosen is not None and chosen.status == "validated"
        self.council_box.setEnabled(validated)
        if not validated:
            self.members.clear()
            self.meetings.clear()
        else:
            _fill(self.members, [(m.id, self._member_text(m)) for m in self.member_rows], None)
            _fill(self.meetings, [(m.id, f"{format_date(m.held_on)} — {m.subject}"
                                   + (f" — {m.advice}" if m.advice else ""))
                                  for m in self.meeting_rows], None)
            if self.members.currentRow() < 0 and self.members.count():
                self.members.setCurrentRow(0)
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

    def _member_text(self, m: el.MemberRow) -> str:
        return self.tr("{name} — mandate {start} to {end}").format(
            name=m.name, start=format_date(m.mandate_from), end=format_date(m.mandate_until))

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

    def save_polling(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        election_id, actor = chosen.id, self.ctx.actor_id
        place, hours = self.place_edit.text(), self.hours_edit.text()
        self.save(lambda s: el.set_polling(s, election_id=election_id, place=place,
                                           hours=hours, actor_id=actor))

    def end_mandate(self) -> None:
        item = self.members.currentItem()
        if item is None:
            return
        member_id, day, actor = str(item.data(ID)), from_qdate(self.end_edit.date()), \
            self.ctx.actor_id
        self.save(lambda s: el.end_mandate(s, candidate_id=member_id, ended_on=day,
                                           actor_id=actor))

    def export(self, kind: str) -> None:
        """The notice or the results, as a PDF in the language chosen."""
        chosen = self.selected()
        if chosen is None:
            return
        election_id, vote_on = chosen.id, chosen.vote_on
        make = notice_pdf if kind == "notice" else results_pdf

        def write(choice: ExportChoice) -> None:
            path = choice.path if choice.path.lower().endswith(".pdf") else choice.path + ".pdf"
            language = choice.language

            def work(s: Session) -> str:
                write_atomically(path, make(s, election_id=election_id, language=language))
                return path

            self.save(work, lambda written: self.exported.emit(str(written)))

        title = (self.tr("Notice of the ARHUU election") if kind == "notice"
                 else self.tr("Results of the ARHUU election"))
        self.choose_export(self, title=title, language=app_language(),
                           file_name=lambda lang: file_name(lang, kind, vote_on),
                           on_chosen=write)
