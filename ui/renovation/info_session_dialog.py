"""The project's information sessions (issue 17 item 7): plan one and print its
invitations (one PDF per household, in its language); then who came — households, staff
and contractors —, the questions and answers, the minutes and their PDF (NL or FR).
Each step is saved at once; the dialog only closes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from fieldapp.audit import access_log
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.renovation import info_session_pdf, info_sessions, schedule
from fieldapp.renovation import labels as rl
from fieldapp.renovation.views import DwellingStatusRow, InfoQuestionView, InfoSessionDetail
from ui.context import AppContext
from ui.document_export import ExportChoice, app_language, choose_export
from ui.errors import error_text
from ui.files import write_atomically
from ui.labels import label
from ui.qdates import from_qdate
from ui.renovation.dialogs import date_edit
from ui.renovation.pdf_export import export_pdf
from ui.table_model import Column, RowsModel, format_date

C = "InfoSessionsDialog"
STATUSES = {"planned": QT_TRANSLATE_NOOP("InfoSessionsDialog", "Planned"),
            "held": QT_TRANSLATE_NOOP("InfoSessionsDialog", "Held")}


def _tr(text: str) -> str:
    return QCoreApplication.translate(C, text)


def _time(minute: int | None) -> str:
    return "" if minute is None else f"{minute // 60:02d}:{minute % 60:02d}"


SESSION_COLUMNS: list[Column[InfoSessionDetail]] = [
    (QT_TRANSLATE_NOOP("InfoSessionsDialog", "Date"), lambda i: format_date(i.held_on)),
    (QT_TRANSLATE_NOOP("InfoSessionsDialog", "Time"), lambda i: _time(i.start_minute)),
    (QT_TRANSLATE_NOOP("InfoSessionsDialog", "Place"), lambda i: i.place),
    (QT_TRANSLATE_NOOP("InfoSessionsDialog", "Status"),
     lambda i: _tr(STATUSES.get(i.status, i.status))),
    (QT_TRANSLATE_NOOP("InfoSessionsDialog", "Invited"), lambda i: len(i.invited_household_ids)),
    (QT_TRANSLATE_NOOP("InfoSessionsDialog", "Present"), lambda i: len(i.attendee_household_ids)),
]
QUESTION_COLUMNS: list[Column[InfoQuestionView]] = [
    (QT_TRANSLATE_NOOP("InfoSessionsDialog", "Question"), lambda q: q.question),
    (QT_TRANSLATE_NOOP("InfoSessionsDialog", "Asked by"), lambda q: q.household_name),
    (QT_TRANSLATE_NOOP("InfoSessionsDialog", "Answer"), lambda q: q.answer),
    (QT_TRANSLATE_NOOP("InfoSessionsDialog", "Answered by"),
     lambda q: label(rl.PARTY_ROLES, q.answered_by) if q.answered_by else ""),
]
STAFF_ROLES = ("project_manager", "contractor", "surveyor", "assistant", "other")


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


class InfoSessionsDialog(QDialog):
    def __init__(self, ctx: AppContext, project_id: str, rows: list[DwellingStatusRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.project_id = ctx, project_id
        self.households = {r.household_id: r for r in rows if r.household_id}
        self.choose_export: Callable[..., None] = choose_export  # tests answer these two
        self.choose_folder: Callable[[], str] = lambda: QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the invitations"))
        self.setWindowTitle(self.tr("Information sessions"))
        self.sessions: RowsModel[InfoSessionDetail] = RowsModel(C, SESSION_COLUMNS, self)
        self.table = _table(self, self.sessions, self.tr("Information sessions"))  # type: ignore[arg-type]
        self.table.setMaximumHeight(150)
        today = ctx.today()
        # plan
        self.date_edit = date_edit(self, today + timedelta(days=14))
        self.time_edit = QTimeEdit(QTime(18, 0), self)
        self.time_edit.setDisplayFormat("HH:mm")
        self.place_edit = QLineEdit(self)
        self.plan_button = QPushButton(self.tr("&Plan the session"), self)
        self.invite_button = QPushButton(self.tr("Print the &invitations…"), self)
        plan = QWidget(self)
        plan_form = QFormLayout(plan)
        for text, widget in ((self.tr("&Date:"), self.date_edit),
                             (self.tr("&Time:"), self.time_edit),
                             (self.tr("P&lace:"), self.place_edit)):
            plan_form.addRow(text, widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
        plan_row = QHBoxLayout()
        plan_row.addWidget(self.plan_button)
        plan_row.addWidget(self.invite_button)
        plan_row.addStretch(1)
        plan_form.addRow(plan_row)
        # attendance
        self.present = QListWidget(self)
        self.present.setAccessibleName(self.tr("Households present"))
        self.staff = QListWidget(self)
        self.staff.setAccessibleName(self.tr("Staff and contractors present"))
        self.role_combo = QComboBox(self)
        for code in STAFF_ROLES:
            self.role_combo.addItem(label(rl.PARTY_ROLES, code), code)
        self.role_combo.setAccessibleName(self.tr("Role"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.name_edit.setPlaceholderText(self.tr("Name — Enter adds"))
        self.name_edit.returnPressed.connect(self._add_staff)
        self.attendance_button = QPushButton(self.tr("&Save who came"), self)
        attendance = QWidget(self)
        att = QFormLayout(attendance)
        att.addRow(self.tr("Households &present:"), self.present)
        staff_row = QHBoxLayout()
        staff_row.addWidget(self.role_combo)
        staff_row.addWidget(self.name_edit, 1)
        att.addRow(self.tr("Staff and &contractors:"), self.staff)
        att.addRow("", staff_row)
        att.addRow("", self.attendance_button)
        # questions
        self.questions: RowsModel[InfoQuestionView] = RowsModel(C, QUESTION_COLUMNS, self)
        self.question_table = _table(self, self.questions,  # type: ignore[arg-type]
                                     self.tr("Questions and answers"))
        self.question_edit = QLineEdit(self)
        self.asker_combo = QComboBox(self)
        self.asker_combo.addItem(self.tr("(not said)"), None)
        for hid, r in sorted(self.households.items(), key=lambda x: x[1].dwelling_label):
            self.asker_combo.addItem(f"{r.dwelling_label} — {r.household_name}", hid)
        self.answer_edit = QLineEdit(self)
        self.answerer_combo = QComboBox(self)
        self.answerer_combo.addItem(self.tr("(nobody yet)"), "")
        for code in STAFF_ROLES:
            self.answerer_combo.addItem(label(rl.PARTY_ROLES, code), code)
        self.question_button = QPushButton(self.tr("&Add the question"), self)
        # issue 17: a question noted wrongly is corrected in the same form
        self.edit_question_button = QPushButton(self.tr("&Edit the chosen question"), self)
        self._editing: str | None = None  # the question being corrected
        qa = QWidget(self)
        qa_layout = QVBoxLayout(qa)
        qa_layout.addWidget(self.question_table, 1)
        qa_form = QFormLayout()
        qa_fields: tuple[tuple[str, QWidget], ...] = (
            (self.tr("&Question:"), self.question_edit),
            (self.tr("Asked &by:"), self.asker_combo),
            (self.tr("A&nswer:"), self.answer_edit),
            (self.tr("Answered b&y:"), self.answerer_combo))
        for text, field in qa_fields:
            qa_form.addRow(text, field)
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
        qa_buttons = QHBoxLayout()
        qa_buttons.addWidget(self.question_button)
        qa_buttons.addWidget(self.edit_question_button)
        qa_buttons.addStretch(1)
        qa_form.addRow("", qa_buttons)
        qa_layout.addLayout(qa_form)
        # minutes
        self.minutes_edit = QPlainTextEdit(self)
        self.minutes_edit.setTabChangesFocus(True)
        self.minutes_edit.setAccessibleName(self.tr("Minutes"))
        self.minutes_button = QPushButton(self.tr("Save the &minutes"), self)
        self.minutes_pdf_button = QPushButton(self.tr("Minutes (P&DF)…"), self)
        minutes = QWidget(self)
        minutes_layout = QVBoxLayout(minutes)
        minutes_layout.addWidget(self.minutes_edit, 1)
        minutes_row = QHBoxLayout()
        minutes_row.addWidget(self.minutes_button)
        minutes_row.addWidget(self.minutes_pdf_button)
        minutes_row.addStretch(1)
        minutes_layout.addLayout(minutes_row)

        self.steps = QTabWidget(self)
        self.steps.addTab(plan, self.tr("Plan and invite"))
        self.steps.addTab(attendance, self.tr("Who came"))
        self.steps.addTab(qa, self.tr("Questions and answers"))
        self.steps.addTab(minutes, self.tr("Minutes"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.plan_button.clicked.connect(self.plan)
        self.invite_button.clicked.connect(self.print_invitations)
        self.attendance_button.clicked.connect(self.save_attendance)
        self.question_button.clicked.connect(self.add_question)
        self.edit_question_button.clicked.connect(self.edit_question)
        self.question_table.activated.connect(lambda _i: self.edit_question())
        self.minutes_button.clicked.connect(self.save_minutes)
        self.minutes_pdf_button.clicked.connect(self.print_minutes)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.resize(860, 620)
        self.reload()

    # -- reading -----------------------------------------------------------------------

    def current(self) -> InfoSessionDetail | None:
        index = self.table.currentIndex()
        return self.sessions.row_at(index.row()) if index.isValid() else None

    def reload(self, select: str | None = None) -> None:
        project_id = self.project_id
        current = self.current()
        wanted = select or (current.id if current is not None else None)

        def show(rows: list[InfoSessionDetail]) -> None:
            self.sessions.set_rows(rows)
            ids = [r.id for r in rows]
            if ids:
                self.table.selectRow(ids.index(wanted) if wanted in ids else len(ids) - 1)
            self._show_current()

        self.ctx.call(lambda s: info_sessions.sessions_of(s, project_id=project_id),
                      on_success=show, on_failure=self._failed)

    def _show_current(self) -> None:
        info = self.current()
        for w in (self.invite_button, self.attendance_button, self.question_button,
                  self.edit_question_button, self.minutes_button, self.minutes_pdf_button):
            w.setEnabled(info is not None)
        self.present.clear()
        self.staff.clear()
        if info is None:
            self.questions.clear()
            return
        for hid in info.invited_household_ids:
            r = self.households.get(hid)
            item = QListWidgetItem(f"{r.dwelling_label} — {r.household_name}" if r else hid,
                                   self.present)
            item.setData(Qt.ItemDataRole.UserRole, hid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if hid in info.attendee_household_ids
                               else Qt.CheckState.Unchecked)
        for role, name in info.staff_present:
            self._staff_item(role, name)
        self.questions.set_rows(list(info.questions))
        if self.minutes_edit.toPlainText() != info.minutes:
            self.minutes_edit.setPlainText(info.minutes)

    def _staff_item(self, role: str, name: str) -> None:
        item = QListWidgetItem(f"{label(rl.PARTY_ROLES, role)}: {name}", self.staff)
        item.setData(Qt.ItemDataRole.UserRole, (role, name))

    def _add_staff(self) -> None:
        name = self.name_edit.text().strip()
        if name:
            self._staff_item(self.role_combo.currentData(), name)
            self.name_edit.clear()

    # -- saving ------------------------------------------------------------------------

    def _failed(self, exc: BaseException) -> None:
        self.status.setStyleSheet("color: #b00020;")
        self.status.setText(error_text(exc))

    def _said(self, text: str) -> None:
        self.status.setStyleSheet("")
        self.status.setText(text)

    def _saved(self, text: str) -> Callable[[InfoSessionDetail], None]:
        def done(info: InfoSessionDetail) -> None:
            self._said(text)
            self.reload(select=info.id)
        return done

    def plan(self) -> None:
        held_on = from_qdate(self.date_edit.date())
        t = self.time_edit.time()
        minute, place = t.hour() * 60 + t.minute(), self.place_edit.text()
        project_id, actor, today = self.project_id, self.ctx.actor_id, self.ctx.today()
        self.ctx.call(lambda s: info_sessions.plan_session(
            s, project_id=project_id, held_on=held_on, start_minute=minute, place=place,
            actor_id=actor, today=today),
            on_success=lambda i: self._saved(self.tr(
                "Session planned; %1 households invited.").replace(
                "%1", str(len(i.invited_household_ids))))(i),
            on_failure=self._failed)

    def save_attendance(self) -> None:
        info = self.current()
        if info is None:
            return
        present = [self.present.item(i).data(Qt.ItemDataRole.UserRole)
                   for i in range(self.present.count())
                   if self.present.item(i).checkState() == Qt.CheckState.Checked]
        staff: list[tuple[str, str]] = [
            (str(role), str(name)) for role, name in (
                self.staff.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.staff.count()))]
        actor = self.ctx.actor_id
        self.ctx.call(lambda s: info_sessions.record_attendance(
            s, info_session_id=info.id, attendee_household_ids=present,
            staff_present=staff, actor_id=actor),
            on_success=self._saved(self.tr("Saved who came.")),
            on_failure=self._failed)

    def add_question(self) -> None:
        """Add the question in the form, or save the correction of the one being edited."""
        info = self.current()
        if info is None:
            return
        values = {"question": self.question_edit.text(), "answer": self.answer_edit.text(),
                  "answered_by": self.answerer_combo.currentData(),
                  "household_id": self.asker_combo.currentData()}
        actor, editing = self.ctx.actor_id, self._editing

        def done(_q: object) -> None:
            self._stop_editing()
            self._said(self.tr("Question changed.") if editing else self.tr("Question added."))
            self.reload(info.id)

        if editing is not None:
            self.ctx.call(lambda s: info_sessions.update_question(
                s, question_id=editing, actor_id=actor, **values),
                on_success=done, on_failure=self._failed)
            return
        self.ctx.call(lambda s: info_sessions.add_question(
            s, info_session_id=info.id, actor_id=actor, **values),
            on_success=done, on_failure=self._failed)

    def edit_question(self) -> None:
        """The chosen question into the form (Save the change, or Stop editing)."""
        if self._editing is not None:
            self._stop_editing()
            return
        index = self.question_table.currentIndex()
        if not index.isValid() or index.row() >= self.questions.rowCount():
            self._said(self.tr("Choose a question in the list first."))
            return
        q = self.questions.row_at(index.row())
        self._editing = q.id
        self.question_edit.setText(q.question)
        self.asker_combo.setCurrentIndex(max(0, self.asker_combo.findData(q.household_id)))
        self.answer_edit.setText(q.answer)
        self.answerer_combo.setCurrentIndex(max(0, self.answerer_combo.findData(
            q.answered_by)))
        self.question_button.setText(self.tr("&Save the change"))
        self.edit_question_button.setText(self.tr("Stop &editing"))
        self.question_edit.setFocus()

    def _stop_editing(self) -> None:
        self._editing = None
        self.question_edit.clear()
        self.answer_edit.clear()
        self.asker_combo.setCurrentIndex(0)
        self.answerer_combo.setCurrentIndex(0)
        self.question_button.setText(self.tr("&Add the question"))
        self.edit_question_button.setText(self.tr("&Edit the chosen question"))

    def save_minutes(self) -> None:
        info = self.current()
        if info is None:
            return
        text, actor = self.minutes_edit.toPlainText(), self.ctx.actor_id
        self.ctx.call(lambda s: info_sessions.set_minutes(
            s, info_session_id=info.id, minutes=text, actor_id=actor),
            on_success=self._saved(self.tr("Minutes saved.")),
            on_failure=self._failed)

    # -- printing ----------------------------------------------------------------------

    def print_invitations(self) -> None:
        """One PDF per invited household, in its language, into the chosen folder."""
        info = self.current()
        if info is None:
            return
        folder = self.choose_folder()
        if not folder:
            return
        today, actor = self.ctx.today(), self.ctx.actor_id
        sender = self.ctx.profile.display_name

        def work(s: Session) -> int:
            count = 0
            for pd_id in info_sessions.invited_dwellings(s, info_session_id=info.id):
                row = next((r for r in self.households.values() if r.id == pd_id), None)
                lang = row.language if row else "nl"
                data = info_session_pdf.invitation_pdf(
                    s, info_session_id=info.id, project_dwelling_id=pd_id, language=lang,
                    printed_on=today, sender=sender)
                name = info_session_pdf.invitation_file_name(lang, held_on=info.held_on,
                                                             reference=pd_id)
                write_atomically(str(Path(folder) / name), data)
                schedule.record_letter(s, project_dwelling_id=pd_id, kind="invitation",
                                       language=lang, issued_on=today, actor_id=actor,
                                       info_session_id=info.id)
                access_log.record_access(s, actor_id=actor, action="print",
                                         object_type="renovation_letter", object_id=pd_id)
                count += 1
            return count

        self.ctx.call(work, on_success=lambda n: self._said(self.tr(
            "Invitations printed: %1, each in the household's language.").replace(
            "%1", str(n))), on_failure=self._failed)

    def print_minutes(self) -> None:
        info = self.current()
        if info is None:
            return
        today = self.ctx.today()

        def chosen(choice: ExportChoice) -> None:
            lang = choice.language
            export_pdf(self.ctx, path=choice.path, object_type="renovation_project",
                       object_id=info.project_id, on_failure=self._failed,
                       on_done=lambda p: self._said(self.tr("PDF saved: %1").replace(
                           "%1", p.rsplit("/", 1)[-1])),
                       build=lambda s: info_session_pdf.minutes_pdf(
                           s, info_session_id=info.id, language=lang, printed_on=today))

        self.choose_export(self, title=self.tr("Minutes of the information session"),
                           language=app_language(),
                           file_name=lambda lang: info_session_pdf.minutes_file_name(
                               lang, held_on=info.held_on),
                           on_chosen=chosen)

