"""The renovation-site assistant's workspace: a project and its dwellings on the left (where
each stands), the chosen dwelling's inventory, signatures, access, help and contacts on the
right. Built when the vault unlocks, destroyed when it locks (ui.app, ui.renovation.area)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.renovation import projects
from fieldapp.renovation.views import DwellingStatusRow, ProjectView
from fieldapp.vault import ChangeSet
from ui.areas import AreaParts
from ui.buddy import buddy_label
from ui.context import AppContext
from ui.errors import error_text
from ui.keyring_banner import KeyringBanner
from ui.record_types import REGISTRY, RENOVATION
from ui.renovation import labels, project_actions
from ui.renovation.dwelling_views import AccessView, ChecklistView, ContactsView, QuestionsView
from ui.renovation.inventory_page import InventoryPage
from ui.renovation.parties_view import PartiesView
from ui.renovation.schedule_views import WorksTab
from ui.renovation.social_clause_view import SocialClauseView
from ui.table_fit import keep_headers_readable
from ui.table_model import Column, RowsModel, format_date
from ui.workspace_hooks import WorkspaceState, state_int, state_str

DWELLING_COLUMNS: list[Column[DwellingStatusRow]] = [
    (QT_TRANSLATE_NOOP("renovation", "Dwelling"), lambda r: r.dwelling_label),
    (QT_TRANSLATE_NOOP("renovation", "Household"), lambda r: r.household_name),
    (QT_TRANSLATE_NOOP("renovation", "Access"), lambda r: labels.access_status(r.access_status)),
    (QT_TRANSLATE_NOOP("renovation", "Inventory"),
     lambda r: labels.inventory_state(r.pre_inventory_state)),
    (QT_TRANSLATE_NOOP("renovation", "Help"), lambda r: r.help_needed or ""),
    (QT_TRANSLATE_NOOP("renovation", "Open contacts"), lambda r: r.open_contacts or ""),
    (QT_TRANSLATE_NOOP("renovation", "Open questions"), lambda r: r.open_question_count or ""),
]


class RenovationWorkspace(QWidget):
    def __init__(self, context: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self.ctx = context
        self.window_ = window
        self.banner = KeyringBanner(self)
        self.project_combo = QComboBox(self)
        self.project_combo.setMinimumHeight(36)
        self.new_project_button = QPushButton(self)
        self.add_dwellings_button = QPushButton(self)
        self.info_button = QPushButton(self)
        self.overview_button = QPushButton(self)
        self.schedule_button = QPushButton(self)
        self.closeout_button = QPushButton(self)
        self.archived_label = QLabel(self)
        self.archived_label.setWordWrap(True)
        self.archived_label.setStyleSheet("background: #fbf0d3; padding: 6px;")
        self.archived_label.hide()
        self.model = RowsModel("renovation", DWELLING_COLUMNS, self)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(40)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.model.modelReset.connect(self.table.resizeColumnsToContents)
        keep_headers_readable(self.table)
        self.dwelling_title = QLabel(self)
        self.dwelling_title.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.tabs = QTabWidget(self)
        self.tabs.setUsesScrollButtons(True)  # six tabs in French need not widen the window
        self._build_pages()

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(buddy_label(self.project_combo))
        top.addWidget(self.project_combo, 1)
        top.addWidget(self.new_project_button)
        left_layout.addLayout(top)
        left_layout.addWidget(self.archived_label)
        left_layout.addWidget(self.table, 1)
        for button in (self.add_dwellings_button, self.schedule_button, self.info_button,
                       self.overview_button, self.closeout_button):
            button.setMinimumHeight(36)
            left_layout.addWidget(button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.dwelling_title)
        right_layout.addWidget(self.tabs, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([460, 1040])  # the dwelling's six tabs side by side at 1280 px
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)

        self.project_combo.activated.connect(lambda _i: self.reload_dwellings())
        # The project's four actions: buttons on the left, and the Project menu, which the
        # shell shows while this area is in front.
        self.menu = QMenu(self)
        self.project_actions: list[QAction] = []
        for button, action in ((self.new_project_button, project_actions.new_project),
                               (self.add_dwellings_button, project_actions.add_dwellings),
                               (self.schedule_button, project_actions.works_schedule),
                               (self.info_button, project_actions.record_info_session),
                               (self.overview_button, project_actions.print_overview),
                               (self.closeout_button, project_actions.close_out)):
            button.clicked.connect(lambda _=False, a=action: a(self))
            entry = QAction(self)
            entry.triggered.connect(lambda _=False, a=action: a(self))
            self.menu.addAction(entry)
            self.project_actions.append(entry)
        self.table.selectionModel().currentRowChanged.connect(self._dwelling_changed)
        for index, key in enumerate(("Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+5", "Ctrl+6",
                                     "Ctrl+7", "Ctrl+8")):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(lambda i=index: self.tabs.setCurrentIndex(i))
        dwellings = QShortcut(QKeySequence("Ctrl+D"), self)
        dwellings.activated.connect(self.table.setFocus)
        # Every save on the tabs, and what another laptop saved, announces itself: the
        # dwelling rows (their status) are read again, and with them the open tabs.
        context.subscribe(RENOVATION | REGISTRY, self._on_changes)
        self.retranslate()
        self.reload_projects()

    def _build_pages(self) -> None:
        """The dwelling's six tabs; built again after a language switch (their texts are
        set when they are made), from the vault, so nothing saved is lost."""
        index = max(self.tabs.currentIndex(), 0)
        pages = [self.tabs.widget(i) for i in range(self.tabs.count())]
        for page in [p for p in pages if p is not None]:
            self.tabs.removeTab(self.tabs.indexOf(page))
            page.hide()  # kept (not deleted): answers still on their way may reach it
        self.inventory = InventoryPage(self.ctx, self)
        self.parties = PartiesView(self.ctx, self)
        self.access = AccessView(self.ctx, self)
        self.checklist = ChecklistView(self.ctx, self)
        self.contacts = ContactsView(self.ctx, self)
        self.questions = QuestionsView(self.ctx, self)
        self.works = WorksTab(self.ctx, self)
        self.works.on_message = self._message
        self.jobs = SocialClauseView(self.ctx, self)
        for page in (self.inventory, self.parties, self.access, self.checklist, self.contacts,
                     self.questions, self.works, self.jobs):
            self.tabs.addTab(page, "")
        self.inventory.inventory_shown.connect(self.parties.set_inventory)
        self.inventory.message.connect(self._message)
        self.tabs.setCurrentIndex(index)
        self._rebuild_pending = False

    def _rebuild(self) -> None:
        self._build_pages()
        self.retranslate()
        self._show_project_state()
        self._dwelling_changed()

    def retranslate(self) -> None:
        self.new_project_button.setText(self.tr("&New project…"))
        self.add_dwellings_button.setText(self.tr("Add d&wellings…"))
        self.info_button.setText(self.tr("Information &session…"))
        self.overview_button.setText(self.tr("Project &overview (PDF)…"))
        self.closeout_button.setText(self.tr("&Close out (works ended)…"))
        self.schedule_button.setText(self.tr("Works sc&hedule…"))
        self.menu.setTitle(self.tr("&Project"))
        buttons = (self.new_project_button, self.add_dwellings_button, self.schedule_button,
                   self.info_button, self.overview_button, self.closeout_button)
        for entry, button in zip(self.project_actions, buttons, strict=True):
            entry.setText(button.text())
        pages: tuple[QWidget, ...] = (self.inventory, self.parties, self.access,
                                      self.checklist, self.contacts, self.questions,
                                      self.works, self.jobs)
        for page, title in zip(
                pages,
                (self.tr("Inventory"), self.tr("Attendees and signatures"), self.tr("Access"),
                 self.tr("Help needed"), self.tr("Contact log"), self.tr("Open questions"),
                 self.tr("Works"), self.tr("Jobs and time")),
                strict=True):
            self.tabs.setTabText(self.tabs.indexOf(page), title)
        self.project_combo.setAccessibleName(self.tr("Renovation project"))
        self.table.setAccessibleName(self.tr("Dwellings of the project"))
        self.tabs.setAccessibleName(self.tr("Work on the dwelling"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if not self._rebuild_pending:  # once, after every widget had the event
                self._rebuild_pending = True
                QTimer.singleShot(0, self._rebuild)
        super().changeEvent(event)

    def area_parts(self) -> AreaParts:
        return AreaParts(menus=[self.menu], actions=list(self.project_actions))

    # -- app hooks (same as ui.casework.workspace.Workspace) ---------------------------------------

    def show_keyring_warning(self) -> None:
        self.banner.show_warning()

    def collect_drafts(self) -> dict[str, str]:
        return self.inventory.editor.unsaved_drafts()

    def save_state(self) -> WorkspaceState:
        row, editor = self.current_dwelling(), self.inventory.editor
        return {"project": self.project_combo.currentData(), "dwelling": row.id if row else None,
                "tab": self.tabs.currentIndex(), "room": editor.current_room_id(),
                "element": editor.current_element_id()}

    def restore_state(self, state: WorkspaceState) -> None:
        self._restore = dict(state or {})
        self.tabs.setCurrentIndex(state_int(state, "tab"))
        room, element = state_str(state, "room"), state_str(state, "element")
        if element or room:
            self.inventory.editor.restore_position(room, element)
        self.table.setFocus()

    # -- loading -------------------------------------------------------------------------

    def _failed(self, exc: BaseException) -> None:
        self.ctx.failed.emit(error_text(exc))

    def _message(self, text: str) -> None:
        self.window_.statusBar().showMessage(text, 10_000)

    def reload_projects(self, select: str | None = None) -> None:
        def show(rows: list[ProjectView]) -> None:
            wanted = select or getattr(self, "_restore", {}).pop("project", None) \
                or self.project_combo.currentData()
            self.project_combo.clear()
            self._projects = {p.id: p for p in rows}
            for p in rows:
                self.project_combo.addItem(
                    self.tr("%1 (archived)").replace("%1", p.name) if p.archived else p.name,
                    p.id)
            index = self.project_combo.findData(wanted)
            self.project_combo.setCurrentIndex(max(index, 0))
            self.reload_dwellings()

        self.ctx.call(projects.list_projects, on_success=show, on_failure=self._failed)

    def current_project(self) -> ProjectView | None:
        return getattr(self, "_projects", {}).get(self.project_combo.currentData())

    def _show_project_state(self) -> None:
        """An archived project is read-only: its actions off, its tabs shown but not
        editable, and a line saying so."""
        project = self.current_project()
        has, archived = project is not None, bool(project and project.archived)
        for button, entry in ((self.add_dwellings_button, self.project_actions[1]),
                              (self.schedule_button, self.project_actions[2]),
                              (self.info_button, self.project_actions[3]),
                              (self.closeout_button, self.project_actions[5])):
            button.setEnabled(has and not archived)
            entry.setEnabled(has and not archived)
        self.overview_button.setEnabled(has)
        self.project_actions[4].setEnabled(has)
        for i in range(self.tabs.count()):
            page = self.tabs.widget(i)
            if page is not None:
                page.setEnabled(not archived)
        self.archived_label.setVisible(archived)
        if project is not None and project.archived and project.archived_on:
            self.archived_label.setText(self.tr(
                "Archived on %1 when the works ended: read-only. Its open items went to the "
                "site assistant.").replace("%1", format_date(project.archived_on)))

    def reload_dwellings(self) -> None:
        self._show_project_state()
        project_id = self.project_combo.currentData()
        if not project_id:
            self.model.clear()
            self._dwelling_changed()
            return
        current = self.current_dwelling()
        wanted = current.id if current else getattr(self, "_restore", {}).get("dwelling")

        def show(rows: list[DwellingStatusRow]) -> None:
            self.model.set_rows(rows)
            ids = [r.id for r in rows]
            if ids:
                self.table.selectRow(ids.index(wanted) if wanted in ids else 0)
            self._dwelling_changed()

        self.ctx.call(lambda s: projects.dwelling_statuses(s, project_id=project_id),
                      on_success=show, on_failure=self._failed)

    def current_dwelling(self) -> DwellingStatusRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _dwelling_changed(self, *_: object) -> None:
        row = self.current_dwelling()
        self.dwelling_title.setText(
            f"{row.building_name} · {row.dwelling_label} — {row.household_name}" if row
            else self.tr("Choose a dwelling of the project."))
        prefer = self.inventory.editor.inventory.id if self.inventory.editor.inventory else None
        self.inventory.set_dwelling(row, prefer=prefer)
        for view in (self.access, self.checklist, self.contacts, self.questions, self.works,
                     self.jobs):
            view.set_dwelling(row)
        self._show_project_state()  # an archived project's tabs stay read-only

    def _on_changes(self, changes: ChangeSet) -> None:
        """Saved here or arrived by sync: the projects, or the dwelling rows (their status)
        and with them the open tabs, are read again."""
        if changes.touches("renovation_projects"):
            self.reload_projects()
        else:
            self.reload_dwellings()
