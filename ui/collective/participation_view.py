"""Participation tab: the yearly call for projects (its text and deadline) with, for the
call selected, its applications (a group, never a tenant's name) and the decision on each
(selected with an amount granted, or not); and the meetings of the tenants' advisory
council (ARHUU) or of a tenants' committee with the advice they gave."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from fieldapp.collective import participation as pt
from fieldapp.collective.labels import APPLICANT_KINDS, APPLICATION_STATUSES, COUNCIL_BODIES
from fieldapp.collective.participation_pdf import decision_letter_pdf, file_name
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.vault import ChangeSet
from ui.collective.form_kit import FormView, code_combo, relabel, row_table, scrolled
from ui.collective.meeting_panel import ID, _fill
from ui.context import AppContext
from ui.document_export import ExportChoice, app_language, choose_export
from ui.files import write_atomically
from ui.labels import label
from ui.qdates import from_qdate, to_qdate
from ui.record_types import PARTICIPATION
from ui.table_model import Column, RowsModel, date_pattern, format_date, set_rows_keeping_current

COLUMNS: list[Column[pt.CallRow]] = [
    (QT_TRANSLATE_NOOP("ParticipationView", "Year"), lambda r: r.year),
    (QT_TRANSLATE_NOOP("ParticipationView", "Call"), lambda r: r.title),
    (QT_TRANSLATE_NOOP("ParticipationView", "Deadline"), lambda r: format_date(r.deadline)),
    (QT_TRANSLATE_NOOP("ParticipationView", "Applications"), lambda r: r.applications),
    (QT_TRANSLATE_NOOP("ParticipationView", "Selected"), lambda r: r.selected),
    (QT_TRANSLATE_NOOP("ParticipationView", "Granted (€)"), lambda r: r.granted),
]


def _euro_spin(parent: QWidget) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(0, pt.MAX_EUROS)
    spin.setSingleStep(100)
    spin.setSuffix(" €")
    return spin


class ParticipationView(FormView):
    exported = Signal(str)  # a decision letter was saved there

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.choose_export = choose_export  # where and in which language (tests answer)
        today = context.today()
        self.model = RowsModel("ParticipationView", COLUMNS, self)
        self.table = row_table(self, self.model)
        self.call_box = QGroupBox(self)
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(today.year)
        self.call_title = QLineEdit(self)
        self.deadline_edit = QDateEdit(self)
        self.deadline_edit.setCalendarPopup(True)
        self.deadline_edit.setDate(to_qdate(date(today.year, 12, 31)))
        self.call_text = QPlainTextEdit(self)
        self.call_text.setTabChangesFocus(True)
        self.call_text.setMaximumHeight(70)
        self.publish_button = QPushButton(self)
        self.change_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        form = QFormLayout(self.call_box)
        self.row(form, lambda: self.tr("&Year:"), self.year_spin)
        self.row(form, lambda: self.tr("T&itle:"), self.call_title)
        self.row(form, lambda: self.tr("&Deadline:"), self.deadline_edit)
        self.row(form, lambda: self.tr("Call te&xt:"), self.call_text)
        buttons = QHBoxLayout()
        buttons.addWidget(self.publish_button)
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.delete_button)
        form.addRow(buttons)
        self.council_box = QGroupBox(self)
        self.council_list = QListWidget(self)
        self.council_list.setMinimumHeight(60)
        self.body_combo = code_combo(self, COUNCIL_BODIES)
        self.council_day = QDateEdit(self)
        self.council_day.setCalendarPopup(True)
        self.council_day.setDate(to_qdate(today))
        self.subject_edit = QLineEdit(self)
        self.advice_edit = QPlainTextEdit(self)
        self.advice_edit.setTabChangesFocus(True)
        self.advice_edit.setMaximumHeight(60)
        self.council_button = QPushButton(self)
        council_form = QFormLayout(self.council_box)
        council_form.addRow(self.council_list)
        self.row(council_form, lambda: self.tr("Coun&cil:"), self.body_combo)
        self.row(council_form, lambda: self.tr("Met o&n:"), self.council_day)
        self.row(council_form, lambda: self.tr("Su&bject:"), self.subject_edit)
        self.row(council_form, lambda: self.tr("Ad&vice:"), self.advice_edit)
        council_form.addRow("", self.council_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.call_box)
        left_layout.addWidget(self.council_box)
        right = QWidget(self)
        self.heading = QLabel(right)
        self.heading.setWordWrap(True)
        self.applications = QListWidget(right)
        self.applications.setMinimumHeight(100)
        self.applications_label = QLabel(right)
        self.applications_label.setBuddy(self.applications)
        self.application_box = QGroupBox(right)
        self.kind_combo = code_combo(right, APPLICANT_KINDS)
        self.applicant_edit = QLineEdit(right)
        self.project_edit = QLineEdit(right)
        self.asked_spin = _euro_spin(right)
        self.apply_button = QPushButton(right)
        app_form = QFormLayout(self.application_box)
        self.row(app_form, lambda: self.tr("&Applicant is:"), self.kind_combo)
        self.row(app_form, lambda: self.tr("&Group:"), self.applicant_edit)
        self.row(app_form, lambda: self.tr("&Project:"), self.project_edit)
        self.row(app_form, lambda: self.tr("A&mount asked:"), self.asked_spin)
        app_form.addRow("", self.apply_button)
        self.decision_box = QGroupBox(right)
        self.decision_combo = code_combo(right, APPLICATION_STATUSES)
        self.granted_spin = _euro_spin(right)
        self.decide_button = QPushButton(right)
        self.letter_button = QPushButton(right)
        decision_form = QFormLayout(self.decision_box)
        self.row(decision_form, lambda: self.tr("Deci&sion:"), self.decision_combo)
        self.row(decision_form, lambda: self.tr("Amount &granted:"), self.granted_spin)
        decision_buttons = QHBoxLayout()
        decision_buttons.addWidget(self.decide_button)
        decision_buttons.addWidget(self.letter_button)
        decision_form.addRow(decision_buttons)
        # the follow-up of the application chosen: coaching contacts, final report
        self.follow_box = QGroupBox(right)
        self.coaching = QListWidget(right)
        self.coaching.setMinimumHeight(50)
        self.coaching.setMaximumHeight(100)
        self.coaching_day = QDateEdit(right)
        self.coaching_day.setCalendarPopup(True)
        self.coaching_day.setDate(to_qdate(today))
        self.discussed_edit = QLineEdit(right)
        self.coaching_button = QPushButton(right)
        self.report_label = QLabel(right)
        self.report_label.setWordWrap(True)
        self.report_day = QDateEdit(right)
        self.report_day.setCalendarPopup(True)
        self.report_day.setDate(to_qdate(today))
        self.report_edit = QPlainTextEdit(right)
        self.report_edit.setTabChangesFocus(True)
        self.report_edit.setMaximumHeight(60)
        self.spent_spin = _euro_spin(right)
        self.report_button = QPushButton(right)
        follow_form = QFormLayout(self.follow_box)
        follow_form.addRow(self.coaching)
        self.row(follow_form, lambda: self.tr("C&oaching on:"), self.coaching_day)
        self.row(follow_form, lambda: self.tr("Disc&ussed:"), self.discussed_edit)
        follow_form.addRow("", self.coaching_button)
        follow_form.addRow(self.report_label)
        self.row(follow_form, lambda: self.tr("&Report received on:"), self.report_day)
        self.row(follow_form, lambda: self.tr("Report summar&y:"), self.report_edit)
        self.row(follow_form, lambda: self.tr("Amount spen&t:"), self.spent_spin)
        follow_form.addRow("", self.report_button)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.applications_label)
        right_layout.addWidget(self.applications, 1)
        right_layout.addWidget(self.decision_box)
        right_layout.addWidget(self.follow_box)
        right_layout.addWidget(self.application_box)
        chain: list[QWidget] = [
            self.applications, self.decision_combo, self.granted_spin, self.decide_button,
            self.letter_button, self.coaching, self.coaching_day, self.discussed_edit,
            self.coaching_button, self.report_day, self.report_edit, self.spent_spin,
            self.report_button, self.kind_combo, self.applicant_edit, self.project_edit,
            self.asked_spin, self.apply_button]
        for before, after in pairwise(chain):  # as the page reads
            QWidget.setTabOrder(before, after)
        splitter = QSplitter(self)
        splitter.addWidget(scrolled(self, left))
        splitter.addWidget(scrolled(self, right))
        splitter.setSizes([520, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error)
        self._select_after: str | None = None
        self._form_for: str | None = None
        self.application_rows: list[pt.ApplicationRow] = []
        self.coaching_rows: list[pt.CoachingRow] = []
        self.table.selectionModel().currentChanged.connect(self._call_changed)
        self.publish_button.clicked.connect(lambda: self.save_call(new=True))
        self.change_button.clicked.connect(lambda: self.save_call(new=False))
        self.apply_button.clicked.connect(self.add_application)
        self.decide_button.clicked.connect(self.decide)
        self.letter_button.clicked.connect(self.export_letter)
        self.applications.currentRowChanged.connect(self._application_chosen)
        self.delete_button.clicked.connect(self.delete_call)
        self.coaching_button.clicked.connect(self.add_coaching)
        self.report_button.clicked.connect(self.record_report)
        self.council_button.clicked.connect(self.record_council)
        context.subscribe(PARTICIPATION, self._on_changes)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        super().retranslate()
        self.table.setAccessibleName(self.tr("Calls for projects"))
        self.call_box.setTitle(self.tr("Call for projects"))
        self.deadline_edit.setDisplayFormat(date_pattern())
        self.council_day.setDisplayFormat(date_pattern())
        self.publish_button.setText(self.tr("&Publish a call"))
        self.change_button.setText(self.tr("Save c&hanges"))
        self.delete_button.setText(self.tr("Delete…"))
        self.delete_button.setToolTip(self.tr("Delete this call, entered by mistake"))
        self.follow_box.setTitle(self.tr("Follow-up of the application"))
        self.coaching.setAccessibleName(self.tr("Coaching contacts"))
        self.coaching_day.setDisplayFormat(date_pattern())
        self.report_day.setDisplayFormat(date_pattern())
        self.coaching_button.setText(self.tr("Add the coaching contact"))
        self.report_button.setText(self.tr("Record the final report"))
        self.council_box.setTitle(self.tr("Tenants' council and committees"))
        self.council_list.setAccessibleName(self.tr("Council meetings"))
        relabel(self.body_combo, COUNCIL_BODIES)
        relabel(self.kind_combo, APPLICANT_KINDS)
        relabel(self.decision_combo, APPLICATION_STATUSES)
        self.council_button.setText(self.tr("Record the &meeting"))
        self.applications_label.setText(self.tr("App&lications:"))
        self.applications.setAccessibleName(self.tr("Applications"))
        self.application_box.setTitle(self.tr("New application"))
        self.apply_button.setText(self.tr("Add the applica&tion"))
        self.decision_box.setTitle(self.tr("Selection"))
        self.decide_button.setText(self.tr("Record the dec&ision"))
        self.letter_button.setText(self.tr("Decision l&etter (PDF)…"))
        self.letter_button.setToolTip(self.tr("To the group that applied, in Dutch or French"))
        self.model.retranslate()
        self._show_call()

    # -- reading ----------------------------------------------------------------------------

    def _on_changes(self, _changes: ChangeSet) -> None:
        self.refresh()

    def refresh(self) -> None:
        def work(s: Session) -> tuple[list[pt.CallRow], list[pt.CouncilRow]]:
            return pt.list_calls(s), pt.list_council_meetings(s)

        def loaded(result: tuple[list[pt.CallRow], list[pt.CouncilRow]]) -> None:
            calls, council = result
            _fill(self.council_list, [(c.id, self._council_text(c)) for c in council], None)
            set_rows_keeping_current(self.table, self.model, calls)
            if self._select_after is not None:
                for i, row in enumerate(self.model.rows()):
                    if row.id == self._select_after:
                        self.table.selectRow(i)
                self._select_after = None
            self._call_changed()

        self.ctx.call(work, on_success=loaded)

    def _council_text(self, c: pt.CouncilRow) -> str:
        return " — ".join(x for x in (format_date(c.held_on), label(COUNCIL_BODIES, c.body),
                                      c.subject, c.advice.splitlines()[0] if c.advice else "")
                          if x)

    def selected(self) -> pt.CallRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row())

    def _call_changed(self, *_args: object) -> None:
        chosen = self.selected()
        for widget in (self.change_button, self.delete_button, self.application_box,
                       self.decision_box):
            widget.setEnabled(chosen is not None)
        if chosen is None:
            self.application_rows, self._form_for = [], None
            self._show_call()
            return
        call_id = chosen.id
        if self._form_for != call_id:
            self._form_for = call_id
            self.year_spin.setValue(chosen.year)
            self.call_title.setText(chosen.title)
            if chosen.deadline is not None:
                self.deadline_edit.setDate(to_qdate(chosen.deadline))
            self.call_text.setPlainText(chosen.call_text)

        def loaded(rows: list[pt.ApplicationRow]) -> None:
            current = self.selected()
            if current is not None and current.id == call_id:
                self.application_rows = rows
                self._show_call()

        self.ctx.call(lambda s: pt.applications_of(s, call_id), on_success=loaded)

    def _show_call(self) -> None:
        chosen = self.selected()
        if chosen is None:
            self.heading.setText(self.tr("Choose a call for projects, or publish one."))
            self.applications.clear()
            self._show_follow_up()
            return
        self.heading.setText(self.tr(
            "<b>{title}</b> — {n} applications, {k} selected, {euros} € granted").format(
            title=chosen.title, n=chosen.applications, k=chosen.selected,
            euros=chosen.granted))
        row = self.applications.currentRow()
        before = self.applications.currentItem()
        before_id = before.data(ID) if before is not None else None
        self.applications.blockSignals(True)  # refilled, not chosen again
        _fill(self.applications, [(a.id, self._application_text(a))
                                  for a in self.application_rows], None)
        if 0 <= row < self.applications.count() and self.applications.currentRow() < 0:
            self.applications.setCurrentRow(row)
        self.applications.blockSignals(False)
        after = self.applications.currentItem()
        if (after.data(ID) if after is not None else None) != before_id:
            self._application_chosen(self.applications.currentRow())
        else:
            self._show_follow_up()
            self._load_coaching()  # a contact may have come in by sync

    def current_application(self) -> pt.ApplicationRow | None:
        row = self.applications.currentRow()
        return self.application_rows[row] if 0 <= row < len(self.application_rows) else None

    def _show_follow_up(self) -> None:
        a = self.current_application()
        self.follow_box.setEnabled(a is not None)
        granted = a is not None and a.status == "selected"
        for widget in (self.report_day, self.report_edit, self.spent_spin, self.report_button):
            widget.setEnabled(granted)
        _fill(self.coaching, [(c.id, f"{format_date(c.held_on)} — {c.discussed}")
                              for c in self.coaching_rows], None)
        if a is None or not granted:
            self.report_label.setText(self.tr("Final report: once the project is selected."))
        elif a.report_received_on is None:
            self.report_label.setText(self.tr("Final report: not received yet."))
        else:
            self.report_label.setText(self.tr(
                "Final report received on {day}: {spent} € spent of {granted} € granted."
            ).format(day=format_date(a.report_received_on), spent=a.amount_spent or 0,
                     granted=a.amount_granted))

    def _load_coaching(self) -> None:
        a = self.current_application()
        if a is None:
            self.coaching_rows = []
            self._show_follow_up()
            return
        application_id = a.id

        def loaded(rows: list[pt.CoachingRow]) -> None:
            current = self.current_application()
            if current is not None and current.id == application_id:
                self.coaching_rows = rows
                self._show_follow_up()

        self.ctx.call(lambda s: pt.coaching_of(s, application_id), on_success=loaded)

    def _application_text(self, a: pt.ApplicationRow) -> str:
        decision = label(APPLICATION_STATUSES, a.status)
        if a.status == "selected":
            decision += f" {a.amount_granted} €"
        return " — ".join((a.title, a.applicant, label(APPLICANT_KINDS, a.applicant_kind),
                           self.tr("asks {euros} €").format(euros=a.amount_requested),
                           decision))

    def _application_chosen(self, row: int) -> None:
        if 0 <= row < len(self.application_rows):
            a = self.application_rows[row]
            self.decision_combo.setCurrentIndex(self.decision_combo.findData(a.status))
            self.granted_spin.setValue(a.amount_granted or a.amount_requested)
            if a.report_received_on is not None:
                self.report_day.setDate(to_qdate(a.report_received_on))
                self.report_edit.setPlainText(a.report_summary)
                self.spent_spin.setValue(a.amount_spent or 0)
            else:
                self.report_edit.clear()
                self.spent_spin.setValue(0)
        self._load_coaching()

    # -- writing ----------------------------------------------------------------------------

    def save_call(self, *, new: bool) -> None:
        chosen = None if new else self.selected()
        if not new and chosen is None:
            return
        call_id = chosen.id if chosen is not None else None
        year, title = self.year_spin.value(), self.call_title.text()
        deadline = from_qdate(self.deadline_edit.date())
        text, actor = self.call_text.toPlainText(), self.ctx.actor_id

        def done(row: pt.CallRow) -> None:
            self._select_after = row.id

        self.save(lambda s: pt.save_call(s, year=year, title=title, deadline=deadline,
                                         call_text=text, actor_id=actor, call_id=call_id),
                  done)

    def add_application(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        call_id, actor = chosen.id, self.ctx.actor_id
        kind, applicant = self.kind_combo.currentData(), self.applicant_edit.text()
        title, asked = self.project_edit.text(), self.asked_spin.value()

        def done(_r: object) -> None:
            self.applicant_edit.clear()
            self.project_edit.clear()
            self.asked_spin.setValue(0)

        self.save(lambda s: pt.add_application(s, call_id=call_id, applicant_kind=kind,
                                               applicant=applicant, title=title,
                                               amount_requested=asked, actor_id=actor), done)

    def decide(self) -> None:
        item = self.applications.currentItem()
        if item is None:
            return
        application_id, actor = item.data(ID), self.ctx.actor_id
        status, granted = self.decision_combo.currentData(), self.granted_spin.value()
        self.save(lambda s: pt.decide_application(s, application_id=application_id,
                                                  status=status, amount_granted=granted,
                                                  actor_id=actor))

    def delete_call(self) -> None:
        chosen = self.selected()
        if chosen is None or not self.confirm(
                self.tr("Delete the call"),
                self.tr("Delete “{title}” with its {n} applications? This cannot be undone.")
                .format(title=chosen.title, n=chosen.applications)):
            return
        call_id, actor = chosen.id, self.ctx.actor_id
        self._form_for = None
        self.save(lambda s: pt.delete_call(s, call_id=call_id, actor_id=actor))

    def add_coaching(self) -> None:
        a = self.current_application()
        if a is None:
            return
        application_id, actor = a.id, self.ctx.actor_id
        day, discussed = from_qdate(self.coaching_day.date()), self.discussed_edit.text()

        def done(_r: object) -> None:
            self.discussed_edit.clear()
            self._load_coaching()

        self.save(lambda s: pt.add_coaching(s, application_id=application_id, held_on=day,
                                            discussed=discussed, actor_id=actor), done)

    def record_report(self) -> None:
        a = self.current_application()
        if a is None:
            return
        application_id, actor = a.id, self.ctx.actor_id
        day, summary = from_qdate(self.report_day.date()), self.report_edit.toPlainText()
        spent = self.spent_spin.value()
        self.save(lambda s: pt.record_final_report(s, application_id=application_id,
                                                   received_on=day, summary=summary,
                                                   amount_spent=spent, actor_id=actor))

    def record_council(self) -> None:
        body, day = self.body_combo.currentData(), from_qdate(self.council_day.date())
        subject, advice, actor = (self.subject_edit.text(), self.advice_edit.toPlainText(),
                                  self.ctx.actor_id)

        def done(_r: object) -> None:
            self.subject_edit.clear()
            self.advice_edit.clear()

        self.save(lambda s: pt.record_council_meeting(s, body=body, held_on=day,
                                                      subject=subject, advice=advice,
                                                      actor_id=actor), done)

    def export_letter(self) -> None:
        chosen, item = self.selected(), self.applications.currentItem()
        if chosen is None or item is None:
            return
        application_id, year, today = str(item.data(ID)), chosen.year, self.ctx.today()

        def write(choice: ExportChoice) -> None:
            path = choice.path if choice.path.lower().endswith(".pdf") else choice.path + ".pdf"
            language = choice.language

            def work(s: Session) -> str:
                write_atomically(path, decision_letter_pdf(
                    s, application_id=application_id, language=language, printed_on=today))
                return path

            self.save(work, lambda written: self.exported.emit(str(written)))

        self.choose_export(self, title=self.tr("Decision letter"), language=app_language(),
                           file_name=lambda lang: file_name(lang, year), on_chosen=write)
