"""The community worker's workspace (issue 19): the PSC record (Ctrl+1), the plan of the
year (Ctrl+2), the activity log (Ctrl+3), the follow-up committee (Ctrl+4), the yearly
report (Ctrl+5) and the partner directory (Ctrl+6). New action Ctrl+N, log an activity
Ctrl+J, committee meeting Ctrl+M, yearly report PDF Ctrl+P, save the project Ctrl+S, new
partner Ctrl+Shift+P.

Reads and writes only `community:<org>` and `partners:<org>`: nothing here reaches the
registry or a case file (a community worker of the non-profit holds neither key)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from fieldapp.community import plan, projects
from fieldapp.community.notice_pdf import file_name as notice_file_name
from fieldapp.community.notice_pdf import notice_pdf
from fieldapp.community.views import ActionView, ContactChange, ProjectView
from fieldapp.vault import ChangeSet
from ui.areas import AreaParts
from ui.community.dialogs import (
    ActionDialog,
    ActivityDialog,
    ContactDialog,
    MeetingDialog,
    PartnerDialog,
)
from ui.community.pages import CommitteePage, LogPage, PlanPage
from ui.community.partners_page import PartnersPage
from ui.community.project_page import ProjectPage
from ui.community.report_page import ReportPage
from ui.context import AppContext
from ui.document_export import ExportChoice, choose_export, document_translate
from ui.files import write_atomically
from ui.keyring_banner import KeyringBanner
from ui.record_types import COMMUNITY
from ui.workspace_hooks import WorkspaceState, state_int


class CommunityWorkspace(QWidget):
    def __init__(self, context: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("community-workspace")
        self.ctx = context
        self.window_ = window
        self.dialog: QDialog | None = None
        self.project: ProjectView | None = None
        self.choose_export: Callable[..., None] = choose_export  # tests answer it
        self.banner = KeyringBanner(self)
        self.project_label = QLabel(self)
        self.year_label = QLabel(self)
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(context.today().year)
        self.year_label.setBuddy(self.year_spin)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.psc = ProjectPage(context, self)
        self.plan = PlanPage(context, self)
        self.log = LogPage(context, self)
        self.committee = CommitteePage(context, self)
        self.report = ReportPage(context, self)
        self.partners = PartnersPage(context, self)
        self.pages = (self.psc, self.plan, self.log, self.committee, self.report,
                      self.partners)
        for page in self.pages:
            self.tabs.addTab(page, "")
        top = QHBoxLayout()
        top.addWidget(self.project_label, 1)
        top.addWidget(self.year_label)
        top.addWidget(self.year_spin)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.actions_: dict[str, QAction] = {}
        for name, keys, slot in (
            ("psc", "Ctrl+1", lambda: self.show_page(self.psc)),
            ("plan", "Ctrl+2", lambda: self.show_page(self.plan)),
            ("log", "Ctrl+3", lambda: self.show_page(self.log)),
            ("committee", "Ctrl+4", lambda: self.show_page(self.committee)),
            ("report", "Ctrl+5", lambda: self.show_page(self.report)),
            ("partners", "Ctrl+6", lambda: self.show_page(self.partners)),
            ("save", "Ctrl+S", self.psc.save),
            ("action", "Ctrl+N", self.new_action),
            ("activity", "Ctrl+J", self.log_activity),
            ("meeting", "Ctrl+M", self.new_meeting),
            ("pdf", "Ctrl+P", self.report.export),
            ("partner", "Ctrl+Shift+P", self.new_partner),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.actions_[name] = action
        self.menu = QMenu(self)
        self.menu.addActions([self.actions_[n] for n in ("psc", "plan", "log", "committee",
                                                         "report", "partners")])
        self.menu.addSeparator()
        self.menu.addActions([self.actions_[n] for n in ("save", "action", "activity",
                                                         "meeting", "pdf", "partner")])
        self.plan.new_button.clicked.connect(self.new_action)
        self.log.log_button.clicked.connect(self.log_activity)
        self.committee.meeting_button.clicked.connect(self.new_meeting)
        self.report.export_button.clicked.connect(self.report.export)
        self.partners.new_button.clicked.connect(self.new_partner)
        self.partners.edit_button.clicked.connect(self.edit_partner)
        self.partners.table.activated.connect(lambda _i: self.edit_partner())
        self.psc.contact_button.clicked.connect(self.change_contact)
        self.psc.notice_button.clicked.connect(self.print_last_notice)
        self.psc.saved.connect(self._project_loaded)
        self.year_spin.valueChanged.connect(lambda _v: self._show_year())
        context.subscribe(COMMUNITY, self._on_changes)
        self.retranslate()
        self.reload()

    def area_parts(self) -> AreaParts:
        return AreaParts(menus=[self.menu], actions=list(self.actions_.values()))

    def retranslate(self) -> None:
        titles = {self.psc: self.tr("Project (PSC)"), self.plan: self.tr("Action plan"),
                  self.log: self.tr("Activity log"), self.committee: self.tr("Committee"),
                  self.report: self.tr("Yearly report"), self.partners: self.tr("Partners")}
        for page, title in titles.items():
            self.tabs.setTabText(self.tabs.indexOf(page), title)
        self.tabs.setAccessibleName(self.tr("Community work"))
        self.menu.setTitle(self.tr("&Community"))
        self.year_label.setText(self.tr("&Year:"))
        tips = {"psc": self.tr("Project (PSC)"), "plan": self.tr("Action plan"),
                "log": self.tr("Activity log"), "committee": self.tr("Committee"),
                "report": self.tr("Yearly report"), "partners": self.tr("Partners"),
                "save": self.tr("Save the project"), "action": self.tr("New action"),
                "activity": self.tr("Log an activity"),
                "meeting": self.tr("New committee meeting"),
                "pdf": self.tr("Yearly report as PDF"), "partner": self.tr("New partner")}
        for name, text in tips.items():
            action = self.actions_[name]
            action.setText(text)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text} ({keys})")
        self.project_label.setText(
            f"<b>{self.project.name}</b>" if self.project is not None else
            self.tr("No social cohesion project yet: fill in the project and save it "
                    "(Ctrl+S)."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_keyring_warning(self) -> None:
        self.banner.show_warning()

    # -- data ----------------------------------------------------------------------------

    def reload(self) -> None:
        self.ctx.call(projects.list_projects, on_success=self._projects_loaded)

    def _projects_loaded(self, found: list[ProjectView]) -> None:
        mine = next((p for p in found if self.project and p.id == self.project.id),
                    found[0] if found else None)
        self._project_loaded(mine)

    def _project_loaded(self, project: ProjectView | None) -> None:
        self.project = project
        self.psc.show_project(project)
        self.retranslate()
        self._show_year()

    def year(self) -> int:
        return self.year_spin.value()

    def _show_year(self) -> None:
        for page in (self.plan, self.log, self.committee, self.report):
            page.show_for(self.project, self.year())

    def _on_changes(self, changes: ChangeSet) -> None:
        if changes.touches("psc_projects"):
            self.reload()
        else:
            self._show_year()

    # -- actions -------------------------------------------------------------------------

    def show_page(self, page: QWidget) -> None:
        self.tabs.setCurrentWidget(page)
        focus = getattr(page, "table", None) or getattr(page, "name_edit", None)
        if isinstance(focus, QWidget):
            focus.setFocus()

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.finished.connect(self._dialog_closed)
        dialog.open()
        return dialog

    def _dialog_closed(self, _result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def _needs_project(self) -> bool:
        if self.project is None:
            self.show_page(self.psc)
            self.psc.status.setText(self.tr("Record the project first, then save it "
                                            "(Ctrl+S)."))
            return True
        return False

    def new_action(self) -> QDialog | None:
        if self._needs_project():
            return None
        assert self.project is not None
        self.show_page(self.plan)
        return self._open(ActionDialog(self.ctx, self.project, self.year(), self))

    def log_activity(self) -> None:
        if self._needs_project():
            return
        project, year = self.project, self.year()
        assert project is not None
        self.show_page(self.log)

        def opened(actions: list[ActionView]) -> None:
            self._open(ActivityDialog(self.ctx, project, actions, self))

        self.ctx.call(lambda s: plan.list_actions(s, project_id=project.id, year=year),
                      on_success=opened)

    def new_meeting(self) -> QDialog | None:
        if self._needs_project():
            return None
        assert self.project is not None
        self.show_page(self.committee)
        return self._open(MeetingDialog(self.ctx, self.project, self))

    def new_partner(self) -> QDialog:
        self.show_page(self.partners)
        return self._open(PartnerDialog(self.ctx, None, self))

    def edit_partner(self) -> QDialog | None:
        partner = self.partners.current()
        return None if partner is None else self._open(PartnerDialog(self.ctx, partner, self))

    def change_contact(self) -> QDialog | None:
        if self._needs_project():
            return None
        assert self.project is not None
        dialog = ContactDialog(self.ctx, self.project, self)
        dialog.accepted.connect(lambda: self._contact_changed(dialog.result_value))
        return self._open(dialog)

    def _contact_changed(self, change: ContactChange | None) -> None:
        if change is not None:
            self.psc.status.setText(self.tr("Saved. Tell the co-signatories: print the "
                                            "notice."))
            self.print_notice(change)

    def print_last_notice(self) -> None:
        if self.project is not None and self.project.contact_changes:
            self.print_notice(self.project.contact_changes[-1])

    def print_notice(self, change: ContactChange) -> None:
        """The letter telling the co-signatories of the change, in the project's language."""
        if self.project is None:
            return
        pid, today = self.project.id, self.ctx.today()

        def chosen(choice: ExportChoice) -> None:
            language, translate = choice.language, document_translate(choice.language)
            target = choice.path if choice.path.lower().endswith(".pdf") \
                else choice.path + ".pdf"

            def work(s: Session) -> str:
                project = projects.get_project(s, pid)
                write_atomically(target, notice_pdf(project, change, language=language,
                                                    printed_on=today, translate=translate))
                return target

            self.ctx.call(work, on_success=lambda p: self.psc.status.setText(
                self.tr("The notice was saved as {name}.").format(name=p.rsplit("/", 1)[-1])),
                on_failure=self.psc._failed)

        self.choose_export(self, title=self.tr("Notice to the co-signatories"),
                           language=self.project.language,
                           file_name=lambda lang: notice_file_name(change,
                                                                   document_translate(lang)),
                           on_chosen=chosen)

    # -- lock support --------------------------------------------------------------------

    def collect_drafts(self) -> dict[str, str]:
        return {}

    def save_state(self) -> WorkspaceState:
        return {"tab": self.tabs.currentIndex(), "year": self.year()}

    def restore_state(self, state: WorkspaceState) -> None:
        if state:
            self.tabs.setCurrentIndex(state_int(state, "tab"))
            self.year_spin.setValue(state_int(state, "year", self.year()))
