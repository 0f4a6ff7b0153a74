"""One tenants' meeting: the agenda (topics and their source, invitations), the day itself
(who came, what was said and decided, actions, speakers who agree to be named) and the
minutes (issue, print in NL or FR, log who received them how). Everything is saved in the
vault at once and works offline; sync takes it along later."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from fieldapp.collective import documents
from fieldapp.collective import meetings as mt
from fieldapp.collective.labels import CHANNELS, MEETING_STATUSES, TOPIC_SOURCES
from fieldapp.collective.pdf_texts import file_name
from fieldapp.collective.views import ActionRow, MeetingDetail
from ui.context import AppContext
from ui.document_export import ExportChoice, app_language, choose_export
from ui.errors import error_text
from ui.files import write_atomically
from ui.labels import label
from ui.qdates import from_qdate, to_qdate
from ui.table_model import date_pattern, format_date

ID = Qt.ItemDataRole.UserRole


def _ticked(widget: QListWidget) -> list[str]:
    return [widget.item(i).data(ID) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


def _fill(widget: QListWidget, rows: list[tuple[str, str]], checked: set[str] | None) -> None:
    """Lines (id, text), checkable when `checked` is given; the current line kept."""
    current = widget.currentItem()
    current_id = current.data(ID) if current is not None else None
    widget.clear()
    for row_id, text in rows:
        item = QListWidgetItem(text, widget)
        item.setData(ID, row_id)
        if checked is not None:
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if row_id in checked
                               else Qt.CheckState.Unchecked)
        if row_id == current_id:
            widget.setCurrentItem(item)


class MeetingPanel(QWidget):
    exported = Signal(str)  # an invitation or minutes PDF was saved there

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = context
        self.choose_export = choose_export  # where and in which language (tests answer)
        self.meeting_id: str | None = None
        self.detail: MeetingDetail | None = None
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.cancel_or_reopen)
        self.tabs = QTabWidget(self)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        self._labels: list[tuple[QLabel, Callable[[], str]]] = []
        for page in (self._agenda_tab(), self._day_tab(), self._minutes_tab()):
            self.tabs.addTab(self._scrolled(page), "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.cancel_button)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        self.retranslate()
        self.show_meeting(None)

    # -- building -------------------------------------------------------------------------

    def _scrolled(self, page: QWidget) -> QScrollArea:
        """A tab scrolls rather than cut its fields off on a small screen (200 %)."""
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setWidget(page)
        return area

    def _row(self, form: QFormLayout, text: Callable[[], str], field: QWidget) -> None:
        lab = QLabel(self)
        lab.setBuddy(field)
        form.addRow(lab, field)
        self._labels.append((lab, text))

    def _agenda_tab(self) -> QWidget:
        page = QWidget(self)
        self.topics = QListWidget(page)
        self.topic_box = QGroupBox(page)
        self.topic_title = QLineEdit(page)
        self.source_kind = QComboBox(page)
        for code in TOPIC_SOURCES:
            self.source_kind.addItem("", code)
        self.source_edit = QLineEdit(page)
        self.add_topic_button = QPushButton(page)
        self.edit_topic_button = QPushButton(page)
        self.remove_topic_button = QPushButton(page)
        form = QFormLayout(self.topic_box)
        self._row(form, lambda: self.tr("&Topic:"), self.topic_title)
        self._row(form, lambda: self.tr("Comes &from:"), self.source_kind)
        self._row(form, lambda: self.tr("Department or &colleague:"), self.source_edit)
        topic_buttons = QHBoxLayout()
        for button in (self.add_topic_button, self.edit_topic_button, self.remove_topic_button):
            topic_buttons.addWidget(button)
        form.addRow(topic_buttons)
        self.bilingual = QCheckBox(page)
        self.invite_button = QPushButton(page)
        invite = QHBoxLayout()
        invite.addWidget(self.invite_button)
        invite.addWidget(self.bilingual)
        invite.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.topics, 1)
        layout.addWidget(self.topic_box)
        layout.addLayout(invite)
        self.add_topic_button.clicked.connect(self.add_topic)
        self.edit_topic_button.clicked.connect(self.edit_topic)
        self.remove_topic_button.clicked.connect(self.remove_topic)
        self.topics.currentRowChanged.connect(self._agenda_topic_chosen)
        self.invite_button.clicked.connect(self.export_invitations)
        return page

    def _day_tab(self) -> QWidget:
        page = QWidget(self)
        self.present = QListWidget(page)
        self.attendance_button = QPushButton(page)
        self.staff_box = QGroupBox(page)
        self.staff_function = QLineEdit(page)
        self.staff_name = QLineEdit(page)
        self.staff_agreed = QCheckBox(page)
        self.add_staff_button = QPushButton(page)
        self.edit_staff_button = QPushButton(page)
        self.remove_staff_button = QPushButton(page)
        self.staff_list = QListWidget(page)
        self.staff_list.setMinimumHeight(50)
        staff_form = QFormLayout(self.staff_box)
        staff_form.addRow(self.staff_list)
        self._row(staff_form, lambda: self.tr("Fu&nction:"), self.staff_function)
        self._row(staff_form, lambda: self.tr("Na&me (if they agree):"), self.staff_name)
        staff_form.addRow("", self.staff_agreed)
        staff_buttons = QHBoxLayout()
        for button in (self.add_staff_button, self.edit_staff_button, self.remove_staff_button):
            staff_buttons.addWidget(button)
        staff_form.addRow(staff_buttons)
        self.topic_combo = QComboBox(page)
        self.said_edit = QPlainTextEdit(page)
        self.decided_edit = QPlainTextEdit(page)
        for edit in (self.said_edit, self.decided_edit):
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(70)
        self.save_topic_button = QPushButton(page)
        self.record_box = QGroupBox(page)
        record_form = QFormLayout(self.record_box)
        self._row(record_form, lambda: self.tr("T&opic:"), self.topic_combo)
        self._row(record_form, lambda: self.tr("What was &said:"), self.said_edit)
        self._row(record_form, lambda: self.tr("&Decided:"), self.decided_edit)
        record_form.addRow("", self.save_topic_button)
        self.action_text = QLineEdit(page)
        self.action_owner = QLineEdit(page)
        self.action_due = QDateEdit(page)
        self.action_due.setCalendarPopup(True)
        self.action_due.setDate(to_qdate(self.ctx.today()))
        self.add_action_button = QPushButton(page)
        self.action_list = QListWidget(page)
        self.done_button = QPushButton(page)
        self.action_box = QGroupBox(page)
        action_form = QFormLayout(self.action_box)
        self._row(action_form, lambda: self.tr("&Action:"), self.action_text)
        self._row(action_form, lambda: self.tr("&Who:"), self.action_owner)
        self._row(action_form, lambda: self.tr("&By:"), self.action_due)
        action_form.addRow("", self.add_action_button)
        action_form.addRow(self.action_list)
        action_form.addRow("", self.done_button)
        self.speaker_combo = QComboBox(page)
        self.speaker_name = QLineEdit(page)
        self.speaker_button = QPushButton(page)
        self.speaker_box = QGroupBox(page)
        speaker_form = QFormLayout(self.speaker_box)
        self._row(speaker_form, lambda: self.tr("Hou&sehold:"), self.speaker_combo)
        self._row(speaker_form, lambda: self.tr("Named &as:"), self.speaker_name)
        speaker_form.addRow("", self.speaker_button)
        self.present_label = QLabel(page)
        self.present_label.setBuddy(self.present)
        self.present.setMinimumHeight(140)
        self.action_list.setMinimumHeight(100)
        # one column: on a small screen the tab scrolls down, never sideways
        layout = QVBoxLayout(page)
        layout.addWidget(self.present_label)
        layout.addWidget(self.present, 1)
        layout.addWidget(self.attendance_button)
        layout.addWidget(self.record_box)
        layout.addWidget(self.action_box)
        layout.addWidget(self.staff_box)
        layout.addWidget(self.speaker_box)
        self.attendance_button.clicked.connect(self.record_attendance)
        self.add_staff_button.clicked.connect(self.add_staff)
        self.edit_staff_button.clicked.connect(self.edit_staff)
        self.remove_staff_button.clicked.connect(self.remove_staff)
        self.staff_list.currentRowChanged.connect(self._staff_chosen)
        self.topic_combo.currentIndexChanged.connect(self._topic_chosen)
        self.save_topic_button.clicked.connect(self.save_topic)
        self.add_action_button.clicked.connect(self.add_action)
        self.done_button.clicked.connect(self.mark_done)
        self.speaker_button.clicked.connect(self.name_speaker)
        return page

    def _minutes_tab(self) -> QWidget:
        page = QWidget(self)
        self.minutes_state = QLabel(page)
        self.minutes_state.setWordWrap(True)
        self.issue_button = QPushButton(page)
        self.minutes_button = QPushButton(page)
        self.channel_combo = QComboBox(page)
        for code in CHANNELS:
            self.channel_combo.addItem("", code)
        self.sent_edit = QDateEdit(page)
        self.sent_edit.setCalendarPopup(True)
        self.sent_edit.setDate(to_qdate(self.ctx.today()))
        self.recipients = QListWidget(page)
        self.distribute_button = QPushButton(page)
        self.undo_button = QPushButton(page)
        self.distribution_box = QGroupBox(page)
        form = QFormLayout(self.distribution_box)
        self._row(form, lambda: self.tr("&How:"), self.channel_combo)
        self._row(form, lambda: self.tr("&Sent on:"), self.sent_edit)
        self._row(form, lambda: self.tr("&Households:"), self.recipients)
        distribution_buttons = QHBoxLayout()
        distribution_buttons.addWidget(self.distribute_button)
        distribution_buttons.addWidget(self.undo_button)
        form.addRow(distribution_buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.issue_button)
        buttons.addWidget(self.minutes_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.minutes_state)
        layout.addLayout(buttons)
        layout.addWidget(self.distribution_box, 1)
        self.issue_button.clicked.connect(self.issue_minutes)
        self.minutes_button.clicked.connect(self.export_minutes)
        self.distribute_button.clicked.connect(self.log_distribution)
        self.undo_button.clicked.connect(self.undo_distribution)
        return page

    def retranslate(self) -> None:
        for lab, text in self._labels:
            lab.setText(text())
            buddy = lab.buddy()
            if buddy is not None:
                buddy.setAccessibleName(text().replace("&", "").rstrip(":").strip())
        for i, title in enumerate((self.tr("A&genda"), self.tr("On the &day"),
                                   self.tr("Minu&tes"))):
            self.tabs.setTabText(i, title)
        self.topics.setAccessibleName(self.tr("Topics of the agenda"))
        self.topic_box.setTitle(self.tr("Add a topic"))
        for i in range(self.source_kind.count()):
            self.source_kind.setItemText(i, label(TOPIC_SOURCES, self.source_kind.itemData(i)))
        self.add_topic_button.setText(self.tr("Add the to&pic"))
        self.edit_topic_button.setText(self.tr("Save the topic c&hanges"))
        self.remove_topic_button.setText(self.tr("&Remove the topic"))
        self.invite_button.setText(self.tr("&Invitations (PDF)…"))
        self.invite_button.setToolTip(self.tr("One page per household of the neighbourhood, "
                                              "in its language"))
        self.bilingual.setText(self.tr("Dutch and French on every page"))
        self.present_label.setText(self.tr("Households &present:"))
        self.present.setAccessibleName(self.tr("Households present"))
        self.attendance_button.setText(self.tr("&Record who came"))
        self.staff_box.setTitle(self.tr("Staff present"))
        self.staff_agreed.setText(self.tr("Agrees to be named in the minutes"))
        self.add_staff_button.setText(self.tr("Add sta&ff"))
        self.edit_staff_button.setText(self.tr("Save staff c&hanges"))
        self.remove_staff_button.setText(self.tr("Remove from the &list"))
        self.staff_list.setAccessibleName(self.tr("Staff present"))
        self.record_box.setTitle(self.tr("What was said and decided"))
        self.save_topic_button.setText(self.tr("Sa&ve the topic"))
        self.action_box.setTitle(self.tr("Actions (open ones of earlier meetings too)"))
        self.action_list.setAccessibleName(self.tr("Actions"))
        self.add_action_button.setText(self.tr("Add the a&ction"))
        self.done_button.setText(self.tr("Done / open a&gain"))
        self.speaker_box.setTitle(self.tr("A tenant who spoke and agrees to be named"))
        self.speaker_button.setText(self.tr("Name in the minutes"))
        self.issue_button.setText(self.tr("&Issue the minutes"))
        self.minutes_button.setText(self.tr("Minutes (&PDF)…"))
        self.distribution_box.setTitle(self.tr("Distribution of the minutes"))
        for i in range(self.channel_combo.count()):
            self.channel_combo.setItemText(i, label(CHANNELS, self.channel_combo.itemData(i)))
        self.distribute_button.setText(self.tr("&Log the distribution"))
        self.undo_button.setText(self.tr("&Undo for the ticked households"))
        self.undo_button.setToolTip(self.tr("The minutes did not go to the ticked households "
                                            "this way: take the lines back"))
        self.action_due.setDisplayFormat(date_pattern())
        self.sent_edit.setDisplayFormat(date_pattern())
        self._show(self.detail)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- reading --------------------------------------------------------------------------

    def show_meeting(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        if meeting_id is None:
            self._show(None)
            return
        self.ctx.call(lambda s: mt.meeting_detail(s, meeting_id), on_success=self._loaded,
                      on_failure=lambda _e: self._show(None))

    def reload(self) -> None:
        self.show_meeting(self.meeting_id)

    def _loaded(self, detail: MeetingDetail) -> None:
        if self.meeting_id == detail.meeting.id:
            self._show(detail)

    def _show(self, detail: MeetingDetail | None) -> None:
        self.detail = detail
        self.tabs.setEnabled(detail is not None)
        self.cancel_button.setEnabled(detail is not None)
        self.cancel_button.setText(
            self.tr("Plan it again") if detail is not None
            and detail.meeting.status == "cancelled" else self.tr("Cancel the meeting"))
        if detail is None:
            self.heading.setText(self.tr("Choose a meeting, or plan one."))
            for widget in (self.topics, self.present, self.action_list, self.recipients,
                           self.staff_list):
                widget.clear()
            self.topic_combo.clear()
            self.speaker_combo.clear()
            self.minutes_state.clear()
            return
        m = detail.meeting
        cancelled = (f" — <b>{label(MEETING_STATUSES, m.status)}</b>"
                     if m.status == "cancelled" else "")
        self.heading.setText(f"<b>{m.neighbourhood_name}</b> — {format_date(m.held_on)} — "
                             f"{m.place}{cancelled}")
        self.tabs.setEnabled(m.status != "cancelled")
        _fill(self.topics, [(t.id, f"{t.position}. {t.title} — "
                             f"{label(TOPIC_SOURCES, t.source_kind)} {t.source}".strip())
                            for t in detail.topics], None)
        _fill(self.present, [(h.id, f"{h.name} — {h.address}") for h in detail.households],
              {h.id for h in detail.households if h.present})
        current_topic = self.topic_combo.currentData()
        self.topic_combo.blockSignals(True)
        self.topic_combo.clear()
        for t in detail.topics:
            self.topic_combo.addItem(f"{t.position}. {t.title}", t.id)
        self.topic_combo.setCurrentIndex(max(0, self.topic_combo.findData(current_topic)))
        self.topic_combo.blockSignals(False)
        self._topic_chosen()
        _fill(self.staff_list, [(a.id, " — ".join(x for x in (a.label, a.named_as) if x))
                                for a in detail.staff], None)
        self.speaker_combo.clear()
        for h in detail.households:
            if h.present:
                self.speaker_combo.addItem(h.name, h.id)
        _fill(self.action_list, [(a.id, self._action_text(a)) for a in
                             (*detail.carried, *detail.actions)], None)
        if m.minutes_issued_on is None:
            self.minutes_state.setText(self.tr("The minutes are not issued yet."))
        else:
            self.minutes_state.setText(self.tr(
                "Minutes issued on {day}; received by {n} of {m} households.").format(
                day=format_date(m.minutes_issued_on), n=m.delivered,
                m=m.households_concerned))
        ticked = set(_ticked(self.recipients))
        _fill(self.recipients, [(h.id, self._recipient_text(h.name, h.address, h.delivered))
                                for h in detail.households], ticked)
        held = m.status == "held"
        self.issue_button.setEnabled(held and m.minutes_issued_on is None)
        self.minutes_button.setEnabled(m.minutes_issued_on is not None)
        self.distribution_box.setEnabled(m.minutes_issued_on is not None)

    def _action_text(self, a: ActionRow) -> str:
        state = (self.tr("done {day}").format(day=format_date(a.done_on)) if a.done_on
                 else self.tr("open"))
        due = self.tr("by {day}").format(day=format_date(a.due_on)) if a.due_on else ""
        earlier = (self.tr("(meeting of {day})").format(day=format_date(a.meeting_on))
                   if self.detail is not None and a.meeting_id != self.detail.meeting.id
                   else "")
        return " — ".join(x for x in (a.text, a.owner, due, state, earlier) if x)

    def _recipient_text(self, name: str, address: str,
                        delivered: tuple[tuple[str, date], ...]) -> str:
        sent = ", ".join(f"{label(CHANNELS, c)} {format_date(d)}" for c, d in delivered)
        return " — ".join(x for x in (name, address, sent) if x)

    def _topic_chosen(self, *_args: object) -> None:
        topic = None
        if self.detail is not None:
            topic = next((t for t in self.detail.topics
                          if t.id == self.topic_combo.currentData()), None)
        self.said_edit.setPlainText(topic.said if topic else "")
        self.decided_edit.setPlainText(topic.decided if topic else "")

    # -- writing --------------------------------------------------------------------------

    def _save(self, work: Callable[[Session], object],
              done: Callable[[object], None] | None = None) -> None:
        """Run a use case; the change announces itself and the lists re-read it."""
        def ok(result: object) -> None:
            self.error.hide()
            if done is not None:
                done(result)
            self.reload()

        def failed(exc: BaseException) -> None:
            self.error.setText(error_text(exc))
            self.error.show()

        self.ctx.call(work, on_success=ok, on_failure=failed)

    def add_topic(self) -> None:
        meeting_id, actor = self.meeting_id, self.ctx.actor_id
        if meeting_id is None:
            return
        title, kind, source = (self.topic_title.text(), self.source_kind.currentData(),
                               self.source_edit.text())

        def done(_r: object) -> None:
            self.topic_title.clear()
            self.source_edit.clear()

        self._save(lambda s: mt.add_topic(s, meeting_id=meeting_id, title=title,
                                          source_kind=kind, source=source, actor_id=actor),
                   done)

    def _agenda_topic_chosen(self, row: int) -> None:
        """The topic selected on the agenda into the form, to correct it."""
        if self.detail is None or not 0 <= row < len(self.detail.topics):
            return
        topic = self.detail.topics[row]
        self.topic_title.setText(topic.title)
        self.source_kind.setCurrentIndex(self.source_kind.findData(topic.source_kind))
        self.source_edit.setText(topic.source)

    def _chosen(self, widget: QListWidget) -> str | None:
        item = widget.currentItem()
        return str(item.data(ID)) if item is not None else None

    def edit_topic(self) -> None:
        topic_id, actor = self._chosen(self.topics), self.ctx.actor_id
        if topic_id is None:
            return
        title, kind, source = (self.topic_title.text(), self.source_kind.currentData(),
                               self.source_edit.text())
        self._save(lambda s: mt.edit_topic(s, topic_id=topic_id, title=title,
                                           source_kind=kind, source=source, actor_id=actor))

    def remove_topic(self) -> None:
        topic_id, actor = self._chosen(self.topics), self.ctx.actor_id
        if topic_id is None:
            return

        def done(_r: object) -> None:
            self.topic_title.clear()
            self.source_edit.clear()

        self._save(lambda s: mt.remove_topic(s, topic_id=topic_id, actor_id=actor), done)

    def _staff_chosen(self, row: int) -> None:
        if self.detail is None or not 0 <= row < len(self.detail.staff):
            return
        staff = self.detail.staff[row]
        self.staff_function.setText(staff.label)
        self.staff_name.setText(staff.named_as)
        self.staff_agreed.setChecked(staff.agreed_to_be_named)

    def edit_staff(self) -> None:
        attendee_id, actor = self._chosen(self.staff_list), self.ctx.actor_id
        if attendee_id is None:
            return
        function, name, agreed = (self.staff_function.text(), self.staff_name.text(),
                                  self.staff_agreed.isChecked())
        self._save(lambda s: mt.edit_staff(s, attendee_id=attendee_id, function=function,
                                           named_as=name, agreed_to_be_named=agreed,
                                           actor_id=actor))

    def remove_staff(self) -> None:
        attendee_id, actor = self._chosen(self.staff_list), self.ctx.actor_id
        if attendee_id is None:
            return
        self._save(lambda s: mt.remove_staff(s, attendee_id=attendee_id, actor_id=actor))

    def undo_distribution(self) -> None:
        meeting_id, actor = self.meeting_id, self.ctx.actor_id
        if meeting_id is None:
            return
        ids, channel = _ticked(self.recipients), self.channel_combo.currentData()

        def done(_r: object) -> None:
            for i in range(self.recipients.count()):
                self.recipients.item(i).setCheckState(Qt.CheckState.Unchecked)

        self._save(lambda s: mt.undo_distribution(s, meeting_id=meeting_id, household_ids=ids,
                                                  channel=channel, actor_id=actor), done)

    def cancel_or_reopen(self) -> None:
        detail, actor = self.detail, self.ctx.actor_id
        if detail is None:
            return
        meeting_id = detail.meeting.id
        if detail.meeting.status == "cancelled":
            self._save(lambda s: mt.reopen_meeting(s, meeting_id=meeting_id, actor_id=actor))
        else:
            self._save(lambda s: mt.cancel_meeting(s, meeting_id=meeting_id, actor_id=actor))

    def record_attendance(self) -> None:
        meeting_id, actor, ids = self.meeting_id, self.ctx.actor_id, _ticked(self.present)
        if meeting_id is None:
            return
        self._save(lambda s: mt.set_households_present(s, meeting_id=meeting_id,
                                                       household_ids=ids, actor_id=actor))

    def add_staff(self) -> None:
        meeting_id, actor = self.meeting_id, self.ctx.actor_id
        if meeting_id is None:
            return
        function, name, agreed = (self.staff_function.text(), self.staff_name.text(),
                                  self.staff_agreed.isChecked())

        def done(_r: object) -> None:
            self.staff_function.clear()
            self.staff_name.clear()
            self.staff_agreed.setChecked(False)

        self._save(lambda s: mt.add_staff(s, meeting_id=meeting_id, function=function,
                                          person_id=None, named_as=name,
                                          agreed_to_be_named=agreed, actor_id=actor), done)

    def save_topic(self) -> None:
        topic_id, actor = self.topic_combo.currentData(), self.ctx.actor_id
        if topic_id is None:
            return
        said, decided = self.said_edit.toPlainText(), self.decided_edit.toPlainText()
        self._save(lambda s: mt.record_topic(s, topic_id=topic_id, said=said, decided=decided,
                                             actor_id=actor))

    def add_action(self) -> None:
        meeting_id, actor = self.meeting_id, self.ctx.actor_id
        if meeting_id is None:
            return
        text, owner = self.action_text.text(), self.action_owner.text()
        due, topic_id = from_qdate(self.action_due.date()), self.topic_combo.currentData()

        def done(_r: object) -> None:
            self.action_text.clear()
            self.action_owner.clear()

        self._save(lambda s: mt.add_action(s, meeting_id=meeting_id, topic_id=topic_id,
                                           text=text, owner=owner, due_on=due, actor_id=actor),
                   done)

    def mark_done(self) -> None:
        item = self.action_list.currentItem()
        if item is None or self.detail is None:
            return
        action_id = item.data(ID)
        action = next((a for a in (*self.detail.carried, *self.detail.actions)
                       if a.id == action_id), None)
        if action is None:
            return
        done_on = None if action.done_on else self.ctx.today()
        actor = self.ctx.actor_id
        self._save(lambda s: mt.close_action(s, action_id=action_id, done_on=done_on,
                                             actor_id=actor))

    def name_speaker(self) -> None:
        meeting_id, actor = self.meeting_id, self.ctx.actor_id
        household_id, name = self.speaker_combo.currentData(), self.speaker_name.text()
        if meeting_id is None or household_id is None:
            return
        self._save(lambda s: mt.name_speaker(s, meeting_id=meeting_id,
                                             household_id=household_id, named_as=name,
                                             agreed=True, actor_id=actor),
                   lambda _r: self.speaker_name.clear())

    def issue_minutes(self) -> None:
        meeting_id, actor, today = self.meeting_id, self.ctx.actor_id, self.ctx.today()
        if meeting_id is None:
            return
        self._save(lambda s: documents.issue_minutes(s, meeting_id=meeting_id, today=today,
                                                     actor_id=actor))

    def log_distribution(self) -> None:
        meeting_id, actor = self.meeting_id, self.ctx.actor_id
        if meeting_id is None:
            return
        ids, channel = _ticked(self.recipients), self.channel_combo.currentData()
        sent_on = from_qdate(self.sent_edit.date())

        def done(_r: object) -> None:
            for i in range(self.recipients.count()):
                self.recipients.item(i).setCheckState(Qt.CheckState.Unchecked)

        self._save(lambda s: mt.log_distribution(s, meeting_id=meeting_id, household_ids=ids,
                                                 channel=channel, sent_on=sent_on,
                                                 actor_id=actor), done)

    # -- documents ------------------------------------------------------------------------

    def export_invitations(self) -> None:
        detail = self.detail
        if detail is None:
            return
        held_on, bilingual = detail.meeting.held_on, self.bilingual.isChecked()
        ids = [h.id for h in detail.households]
        actor, today = self.ctx.actor_id, self.ctx.today()

        def write(choice: ExportChoice) -> None:
            path = choice.path if choice.path.lower().endswith(".pdf") else choice.path + ".pdf"

            def work(s: Session) -> str:
                write_atomically(path, documents.invitations_pdf(
                    s, meeting_id=detail.meeting.id, household_ids=ids, actor_id=actor,
                    printed_on=today, bilingual=bilingual))
                return path

            self._save(work, lambda p: self.exported.emit(str(p)))

        self.choose_export(self, title=self.tr("Invitations"), language=app_language(),
                           file_name=lambda lang: file_name(lang, "file_invitation", held_on),
                           on_chosen=write)

    def export_minutes(self) -> None:
        detail = self.detail
        if detail is None:
            return
        held_on, actor = detail.meeting.held_on, self.ctx.actor_id

        def write(choice: ExportChoice) -> None:
            path = choice.path if choice.path.lower().endswith(".pdf") else choice.path + ".pdf"
            language = choice.language

            def work(s: Session) -> str:
                write_atomically(path, documents.minutes_pdf(
                    s, meeting_id=detail.meeting.id, language=language, actor_id=actor))
                return path

            self._save(work, lambda p: self.exported.emit(str(p)))

        self.choose_export(self, title=self.tr("Minutes"), language=app_language(),
                           file_name=lambda lang: file_name(lang, "file_minutes", held_on),
                           on_chosen=write)
