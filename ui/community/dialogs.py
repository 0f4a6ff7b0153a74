"""The community worker's forms: an action of the plan, an activity (a workshop series
with its sessions), a committee meeting, a new referent or coordinator, a partner."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from fieldapp.community import activities, committee, partners, plan, projects
from fieldapp.community.labels import (
    ACTIVITY_KINDS,
    COMMON_OBJECTIVES,
    CONTACT_ROLES,
    LANGUAGES,
    PARTNER_CATEGORIES,
    SECTOR_OBJECTIVES,
    sector_objective_label,
)
from fieldapp.community.views import (
    ActionView,
    ActivityView,
    Attendee,
    ContactChange,
    MeetingView,
    PartnerView,
    ProjectView,
    WorkshopSession,
)
from ui.community.base import FormDialog, clabel, fill, lines, split_pair, text_box
from ui.context import AppContext
from ui.qdates import from_qdate, to_qdate
from ui.table_model import date_pattern, format_date


def date_edit(parent: QWidget, value: date) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setDisplayFormat(date_pattern())
    edit.setCalendarPopup(True)
    edit.setDate(to_qdate(value))
    return edit


def count_spin(parent: QWidget) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(0, 10_000)
    return spin


def objective_items(project: ProjectView) -> list[tuple[str, str]]:
    """(code, label) of every objective of the project, in the app's language."""
    items = [(code, clabel(COMMON_OBJECTIVES, code)) for code in COMMON_OBJECTIVES]
    items += [(f"local:{i}", text) for i, text in enumerate(project.local_objectives, 1)]
    return items


class ActionDialog(FormDialog[ActionView]):
    def __init__(self, context: AppContext, project: ProjectView, year: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.project, self.year = project, year
        self.title_edit = QLineEdit(self)
        self.objective_combo = QComboBox(self)
        self.sector_combo = QComboBox(self)
        self.target_edit = QLineEdit(self)
        self.description_edit = text_box(self)
        self.add_rows([(lambda: self.tr("&Title:"), self.title_edit),
                       (lambda: self.tr("&PSC objective:"), self.objective_combo),
                       (lambda: self.tr("&Sector objective:"), self.sector_combo),
                       (lambda: self.tr("T&arget:"), self.target_edit),
                       (lambda: self.tr("&Description:"), self.description_edit)])
        self.retranslate()
        self.title_edit.setFocus()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("New action of the plan {year}").format(year=self.year))
        current = self.objective_combo.currentData()
        self.objective_combo.clear()
        for code, text in objective_items(self.project):
            self.objective_combo.addItem(text, code)
        self.objective_combo.setCurrentIndex(max(0, self.objective_combo.findData(current)))
        current = self.sector_combo.currentData()
        self.sector_combo.clear()  # the sector vision's objectives, as casework names them
        self.sector_combo.addItem(self.tr("(none)"), "")
        for code in SECTOR_OBJECTIVES:
            self.sector_combo.addItem(sector_objective_label(code, QCoreApplication.translate),
                                      code)
        self.sector_combo.setCurrentIndex(max(self.sector_combo.findData(current), 0))

    def work(self) -> Callable[[Session], ActionView]:
        values = dict(project_id=self.project.id, year=self.year,
                      title=self.title_edit.text(),
                      psc_objective=str(self.objective_combo.currentData()),
                      sector_objective=str(self.sector_combo.currentData() or ""),
                      target=self.target_edit.text(),
                      description=self.description_edit.toPlainText(),
                      actor_id=self.ctx.actor_id)
        return lambda s: plan.add_action(s, **values)  # type: ignore[arg-type]


class ActivityDialog(FormDialog[ActivityView]):
    """An activity of the log; a workshop series adds its sessions, trainer, facilitators,
    closing individual session, feedback, new questions and follow-up offered."""

    def __init__(self, context: AppContext, project: ProjectView,
                 actions: list[ActionView], parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.project = project
        today = context.today()
        self.kind_combo = QComboBox(self)
        self.title_edit = QLineEdit(self)
        self.date_edit = date_edit(self, today)
        self.place_edit = QLineEdit(self)
        self.action_combo = QComboBox(self)
        self._actions = actions
        self.count_spin = count_spin(self)
        self.names_edit = text_box(self, 50)
        self.consent_check = QCheckBox(self)
        self.notes_edit = text_box(self, 50)
        self.add_rows([(lambda: self.tr("&Kind:"), self.kind_combo),
                       (lambda: self.tr("&Title:"), self.title_edit),
                       (lambda: self.tr("&Date:"), self.date_edit),
                       (lambda: self.tr("P&lace:"), self.place_edit),
                       (lambda: self.tr("Action of the &plan:"), self.action_combo),
                       (lambda: self.tr("&Participants (number):"), self.count_spin),
                       (lambda: self.tr("&Names (one a line, with consent only):"),
                        self.names_edit),
                       (lambda: "", self.consent_check),
                       (lambda: self.tr("N&otes:"), self.notes_edit)])
        self.series = QGroupBox(self)
        self.trainer_edit = QLineEdit(self.series)
        self.facilitators_edit = QLineEdit(self.series)
        self.session_date = date_edit(self.series, today)
        self.session_topic = QLineEdit(self.series)
        self.session_count = count_spin(self.series)
        self.add_session_button = QPushButton(self.series)
        self.sessions_list = QListWidget(self.series)
        self.sessions_list.setMaximumHeight(90)
        self.closing_check = QCheckBox(self.series)
        self.closing_date = date_edit(self.series, today)
        self.closing_count = count_spin(self.series)
        self.feedback_edit = text_box(self.series, 40)
        self.questions_edit = text_box(self.series, 40)
        self.follow_up_edit = text_box(self.series, 40)
        self._series_labels: list[tuple[QLabel, Callable[[], str]]] = []
        form = QFormLayout(self.series)
        session_row = QHBoxLayout()
        session_widgets: tuple[QWidget, ...] = (self.session_date, self.session_topic,
                                                self.session_count)
        for w in session_widgets:
            session_row.addWidget(w)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_session_button)
        add_row.addStretch(1)
        closing_row = QHBoxLayout()
        closing_widgets: tuple[QWidget, ...] = (self.closing_check, self.closing_date,
                                                self.closing_count)
        for w in closing_widgets:
            closing_row.addWidget(w)
        closing_row.addStretch(1)
        for text, field in (
            (lambda: self.tr("&Trainer:"), self.trainer_edit),
            (lambda: self.tr("&Facilitators (comma between):"), self.facilitators_edit),
            (lambda: self.tr("&Session (date, topic, participants):"), session_row),
            (lambda: "", add_row),
            (lambda: self.tr("Sessions:"), self.sessions_list),
            (lambda: self.tr("Closing individual session:"), closing_row),
            (lambda: self.tr("Feed&back:"), self.feedback_edit),
            (lambda: self.tr("New &questions:"), self.questions_edit),
            (lambda: self.tr("Follow-&up offered:"), self.follow_up_edit),
        ):
            row_label = QLabel(self.series)
            if isinstance(field, QWidget):
                row_label.setBuddy(field)
            elif field is session_row:
                row_label.setBuddy(self.session_date)
            elif field is closing_row:
                row_label.setBuddy(self.closing_check)
            form.addRow(row_label, field)
            self._series_labels.append((row_label, text))
        # The form and the series scroll when the screen is short (a series is long).
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.removeItem(self.form)
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(self.form)
        body_layout.addWidget(self.series)
        self.body_scroll = QScrollArea(self)
        self.body_scroll.setWidgetResizable(True)
        self.body_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body_scroll.setWidget(body)
        layout.insertWidget(0, self.body_scroll, 1)
        self._sessions: list[WorkshopSession] = []
        self.add_session_button.clicked.connect(self.add_session)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.retranslate()
        self._kind_changed()
        self.kind_combo.setFocus()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Log an activity"))
        fill(self.kind_combo, ACTIVITY_KINDS)
        current = self.action_combo.currentData()
        self.action_combo.clear()
        self.action_combo.addItem(self.tr("(not tied to an action)"), "")
        for a in self._actions:
            self.action_combo.addItem(a.title, a.id)
        self.action_combo.setCurrentIndex(max(0, self.action_combo.findData(current)))
        self.consent_check.setText(self.tr("Named with their consent"))
        self.series.setTitle(self.tr("Workshop series"))
        self.add_session_button.setText(self.tr("&Add session"))
        self.closing_check.setText(self.tr("held on"))
        self.session_topic.setPlaceholderText(self.tr("Topic"))
        for row_label, text in self._series_labels:
            row_label.setText(text())
            buddy = row_label.buddy()
            if buddy is not None and buddy not in (self.session_date, self.closing_check):
                buddy.setAccessibleName(text().replace("&", "").rstrip(":").strip())
        self.session_date.setAccessibleName(self.tr("Session date"))
        self.session_topic.setAccessibleName(self.tr("Session topic"))
        self.session_count.setAccessibleName(self.tr("Session participants"))
        self.closing_date.setAccessibleName(self.tr("Closing session date"))
        self.closing_count.setAccessibleName(self.tr("Closing session participants"))

    def _kind_changed(self) -> None:
        self.series.setVisible(self.kind_combo.currentData() == "workshop")
        body = self.body_scroll.widget()
        assert body is not None
        screen = self.screen().availableGeometry().height() if self.screen() else 700
        height = body.sizeHint().height() + self.buttons.sizeHint().height() + 60
        self.resize(max(self.width(), body.sizeHint().width() + 40),
                    min(height, int(screen * 0.9)))

    def add_session(self) -> None:
        session = WorkshopSession(from_qdate(self.session_date.date()),
                                  self.session_topic.text().strip(),
                                  self.session_count.value())
        self._sessions.append(session)
        item = QListWidgetItem(f"{format_date(session.on)} — {session.topic} "
                               f"({session.participants})", self.sessions_list)
        item.setData(Qt.ItemDataRole.UserRole, len(self._sessions) - 1)
        self.session_date.setDate(self.session_date.date().addDays(14))
        self.session_topic.clear()
        self.session_topic.setFocus()

    def sessions(self) -> list[WorkshopSession]:
        return list(self._sessions)

    def work(self) -> Callable[[Session], ActivityView]:
        workshop = self.kind_combo.currentData() == "workshop"
        values = dict(
            project_id=self.project.id, kind=str(self.kind_combo.currentData()),
            title=self.title_edit.text(), held_on=from_qdate(self.date_edit.date()),
            place=self.place_edit.text(), action_id=self.action_combo.currentData() or None,
            participants=self.count_spin.value(), named_participants=lines(self.names_edit),
            consent_given=self.consent_check.isChecked(),
            notes=self.notes_edit.toPlainText(), actor_id=self.ctx.actor_id)
        if workshop:
            values.update(
                trainer=self.trainer_edit.text(),
                facilitators=[f.strip() for f in self.facilitators_edit.text().split(",")],
                sessions=self.sessions(),
                closing_session_on=from_qdate(self.closing_date.date())
                if self.closing_check.isChecked() else None,
                closing_participants=self.closing_count.value()
                if self.closing_check.isChecked() else 0,
                feedback=self.feedback_edit.toPlainText(),
                new_questions=self.questions_edit.toPlainText(),
                follow_up=self.follow_up_edit.toPlainText())
        return lambda s: activities.log_activity(s, **values)  # type: ignore[arg-type]


class MeetingDialog(FormDialog[MeetingView]):
    """A meeting of the local follow-up committee: who attended, the minutes."""

    def __init__(self, context: AppContext, project: ProjectView,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.project = project
        self.date_edit = date_edit(self, context.today())
        self.place_edit = QLineEdit(self)
        self.attendees_edit = text_box(self, 70)
        self.apologies_edit = text_box(self, 40)
        self.minutes_edit = text_box(self, 110)
        self.decisions_edit = text_box(self, 60)
        self.add_rows([
            (lambda: self.tr("&Date:"), self.date_edit),
            (lambda: self.tr("P&lace:"), self.place_edit),
            (lambda: self.tr("&Present (one a line: name; organisation):"),
             self.attendees_edit),
            (lambda: self.tr("&Apologies (one a line):"), self.apologies_edit),
            (lambda: self.tr("&Minutes:"), self.minutes_edit),
            (lambda: self.tr("D&ecisions:"), self.decisions_edit)])
        self.retranslate()
        self.date_edit.setFocus()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Meeting of the follow-up committee"))

    def work(self) -> Callable[[Session], MeetingView]:
        attendees = [Attendee(*split_pair(line)) for line in lines(self.attendees_edit)]
        values = dict(project_id=self.project.id, held_on=from_qdate(self.date_edit.date()),
                      place=self.place_edit.text(), attendees=attendees,
                      apologies=lines(self.apologies_edit),
                      minutes=self.minutes_edit.toPlainText(),
                      decisions=self.decisions_edit.toPlainText(), actor_id=self.ctx.actor_id)
        return lambda s: committee.record_meeting(s, **values)  # type: ignore[arg-type]


class ContactDialog(FormDialog[ContactChange]):
    """A new referent (housing company) or coordinator (non-profit), from a date."""

    def __init__(self, context: AppContext, project: ProjectView,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.project = project
        self.role_combo = QComboBox(self)
        self.name_edit = QLineEdit(self)
        self.date_edit = date_edit(self, context.today())
        self.add_rows([(lambda: self.tr("&Role:"), self.role_combo),
                       (lambda: self.tr("&New person:"), self.name_edit),
                       (lambda: self.tr("&From:"), self.date_edit)])
        self.retranslate()
        self.role_combo.setFocus()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("New referent or coordinator"))
        fill(self.role_combo, CONTACT_ROLES)

    def work(self) -> Callable[[Session], ContactChange]:
        values = dict(project_id=self.project.id, role=str(self.role_combo.currentData()),
                      new_name=self.name_edit.text(), on=from_qdate(self.date_edit.date()),
                      actor_id=self.ctx.actor_id)
        return lambda s: projects.change_contact(s, **values)  # type: ignore[arg-type]


class PartnerDialog(FormDialog[PartnerView]):
    """A partner of the social map, new or changed."""

    def __init__(self, context: AppContext, partner: PartnerView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.partner = partner
        self.name_edit = QLineEdit(self)
        self.category_combo = QComboBox(self)
        self.services_edit = text_box(self, 60)
        self.contact_edit = QLineEdit(self)
        self.phone_edit = QLineEdit(self)
        self.email_edit = QLineEdit(self)
        self.address_edit = QLineEdit(self)
        self.languages_list = QListWidget(self)
        self.languages_list.setMaximumHeight(110)
        self.notes_edit = text_box(self, 40)
        self.add_rows([(lambda: self.tr("&Name:"), self.name_edit),
                       (lambda: self.tr("&Kind of service:"), self.category_combo),
                       (lambda: self.tr("&Services:"), self.services_edit),
                       (lambda: self.tr("&Contact person:"), self.contact_edit),
                       (lambda: self.tr("&Phone:"), self.phone_edit),
                       (lambda: self.tr("&E-mail:"), self.email_edit),
                       (lambda: self.tr("&Address:"), self.address_edit),
                       (lambda: self.tr("&Languages spoken:"), self.languages_list),
                       (lambda: self.tr("N&otes:"), self.notes_edit)])
        for code in LANGUAGES:
            item = QListWidgetItem("", self.languages_list)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        if partner is not None:
            self.name_edit.setText(partner.name)
            self.services_edit.setPlainText(partner.services)
            self.contact_edit.setText(partner.contact_name)
            self.phone_edit.setText(partner.phone)
            self.email_edit.setText(partner.email)
            self.address_edit.setText(partner.address)
            self.notes_edit.setPlainText(partner.notes)
            self.set_languages(partner.languages)
        self.retranslate()
        if partner is not None:
            self.category_combo.setCurrentIndex(
                max(0, self.category_combo.findData(partner.category)))
        self.name_edit.setFocus()

    def set_languages(self, codes: tuple[str, ...] | list[str]) -> None:
        for i in range(self.languages_list.count()):
            item = self.languages_list.item(i)
            item.setCheckState(Qt.CheckState.Checked
                               if item.data(Qt.ItemDataRole.UserRole) in codes
                               else Qt.CheckState.Unchecked)

    def languages(self) -> list[str]:
        return [self.languages_list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.languages_list.count())
                if self.languages_list.item(i).checkState() == Qt.CheckState.Checked]

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Partner of the social map"))
        fill(self.category_combo, PARTNER_CATEGORIES)
        for i, code in enumerate(LANGUAGES):
            self.languages_list.item(i).setText(clabel(LANGUAGES, code))

    def work(self) -> Callable[[Session], PartnerView]:
        values = dict(name=self.name_edit.text(), category=self.category_combo.currentData(),
                      services=self.services_edit.toPlainText(),
                      contact_name=self.contact_edit.text(), phone=self.phone_edit.text(),
                      email=self.email_edit.text(), address=self.address_edit.text(),
                      languages=self.languages(), notes=self.notes_edit.toPlainText())
        actor, partner = self.ctx.actor_id, self.partner
        if partner is None:
            return lambda s: partners.add_partner(s, actor_id=actor, **values)
        return lambda s: partners.update_partner(s, partner_id=partner.id, actor_id=actor,
                                                 **values)
