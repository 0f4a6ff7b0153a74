"""The renovation-site assistant's workspace: a project and its dwellings on the left (where
each stands), the chosen dwelling's inventory, signatures, access, help and contacts on the
right. Built when the vault unlocks, destroyed when it locks (ui.app, ui.workspaces)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldapp.reports.overview_pdf import overview_pdf
from fieldapp.services import registry
from fieldapp.services import renovation_access as access
from fieldapp.services import renovation_projects as projects
from ui.errors import error_text
from ui.renovation import labels
from ui.renovation.dialogs import DwellingsDialog, InfoSessionDialog, ProjectDialog
from ui.renovation.dwelling_views import AccessView, ChecklistView, ContactsView
from ui.renovation.inventory_page import InventoryPage
from ui.renovation.parties_view import PartiesView
from ui.renovation.pdf_export import choose_pdf_path, export_pdf
from ui.table_model import RowsModel

DWELLING_COLUMNS = [
    (QT_TRANSLATE_NOOP("renovation", "Dwelling"), lambda r: r.dwelling_label),
    (QT_TRANSLATE_NOOP("renovation", "Household"), lambda r: r.household_name),
    (QT_TRANSLATE_NOOP("renovation", "Access"), lambda r: labels.access_status(r.access_status)),
    (QT_TRANSLATE_NOOP("renovation", "Inventory"),
     lambda r: labels.inventory_state(r.pre_inventory_state)),
    (QT_TRANSLATE_NOOP("renovation", "Help"), lambda r: r.help_needed or ""),
    (QT_TRANSLATE_NOOP("renovation", "Open contacts"), lambda r: r.open_contacts or ""),
]


class RenovationWorkspace(QWidget):
    def __init__(self, context: Any, window: Any) -> None:
        super().__init__(window)
        self.ctx = context
        self.window_ = window
        self.choose_pdf = choose_pdf_path
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff4ce; color: #4a3b00; padding: 6px;")
        self.banner.hide()
        self.project_combo = QComboBox(self)
        self.project_combo.setMinimumHeight(36)
        self.new_project_button = QPushButton(self.tr("&New project…"), self)
        self.add_dwellings_button = QPushButton(self.tr("Add d&wellings…"), self)
        self.info_button = QPushButton(self.tr("Information &session…"), self)
        self.overview_button = QPushButton(self.tr("Project &overview (PDF)…"), self)
        self.model = RowsModel("renovation", DWELLING_COLUMNS, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(40)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.model.modelReset.connect(self.table.resizeColumnsToContents)
        self.dwelling_title = QLabel(self)
        self.dwelling_title.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.inventory = InventoryPage(context, self)
        self.parties = PartiesView(context, self)
        self.access = AccessView(context, self)
        self.checklist = ChecklistView(context, self)
        self.contacts = ContactsView(context, self)
        self.tabs = QTabWidget(self)
        for page in (self.inventory, self.parties, self.access, self.checklist, self.contacts):
            self.tabs.addTab(page, "")

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.project_combo, 1)
        top.addWidget(self.new_project_button)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        for button in (self.add_dwellings_button, self.info_button, self.overview_button):
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
        splitter.setSizes([470, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)

        self.project_combo.activated.connect(lambda _i: self.reload_dwellings())
        self.new_project_button.clicked.connect(self.new_project)
        self.add_dwellings_button.clicked.connect(self.add_dwellings)
        self.info_button.clicked.connect(self.record_info_session)
        self.overview_button.clicked.connect(self.print_overview)
        self.table.selectionModel().currentRowChanged.connect(self._dwelling_changed)
        self.inventory.inventory_shown.connect(self.parties.set_inventory)
        self.inventory.message.connect(self._message)
        for view in (self.inventory, self.parties, self.access, self.checklist, self.contacts):
            view.saved.connect(self.refresh_current)
        for index, key in enumerate(("Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+5")):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(lambda i=index: self.tabs.setCurrentIndex(i))
        dwellings = QShortcut(QKeySequence("Ctrl+D"), self)
        dwellings.activated.connect(self.table.setFocus)
        self.retranslate()
        self.reload_projects()

    def retranslate(self) -> None:
        for page, title in zip(
                (self.inventory, self.parties, self.access, self.checklist, self.contacts),
                (self.tr("Inventory"), self.tr("Attendees and signatures"), self.tr("Access"),
                 self.tr("Help needed"), self.tr("Contact log")), strict=True):
            self.tabs.setTabText(self.tabs.indexOf(page), title)
        self.project_combo.setAccessibleName(self.tr("Renovation project"))
        self.table.setAccessibleName(self.tr("Dwellings of the project"))
        self.tabs.setAccessibleName(self.tr("Work on the dwelling"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def adapt_window(self, window: Any) -> None:
        """The site social assistant's menus and shortcuts have no meaning here."""
        for menu in (window.go_menu, window.case_menu):
            menu.menuAction().setVisible(False)
            for action in menu.actions():
                action.setEnabled(False)

    # -- app hooks (same as ui.workspace.Workspace) ---------------------------------------

    def show_keyring_warning(self) -> None:
        from fieldapp.vault import KEYRING_WARNING

        self.banner.setText(QCoreApplication.translate("vault", KEYRING_WARNING))
        self.banner.show()

    def collect_drafts(self) -> dict[str, str]:
        return {}

    def save_state(self) -> dict[str, Any]:
        row = self.current_dwelling()
        return {"project": self.project_combo.currentData(), "dwelling": row.id if row else None,
                "tab": self.tabs.currentIndex()}

    def restore_state(self, state: dict[str, Any]) -> None:
        self._restore = state or {}
        self.tabs.setCurrentIndex(self._restore.get("tab", 0))
        self.table.setFocus()

    # -- loading -------------------------------------------------------------------------

    def _failed(self, exc: BaseException) -> None:
        self.ctx.failed.emit(error_text(exc))

    def _message(self, text: str) -> None:
        self.window_.statusBar().showMessage(text, 10_000)

    def reload_projects(self, select: str | None = None) -> None:
        def show(rows: list[Any]) -> None:
            wanted = select or getattr(self, "_restore", {}).get("project") \
                or self.project_combo.currentData()
            self.project_combo.clear()
            for p in rows:
                self.project_combo.addItem(p.name, p.id)
            index = self.project_combo.findData(wanted)
            self.project_combo.setCurrentIndex(max(index, 0))
            has = bool(rows)
            for button in (self.add_dwellings_button, self.info_button, self.overview_button):
                button.setEnabled(has)
            self.reload_dwellings()

        self.ctx.call(projects.list_projects, on_success=show, on_failure=self._failed)

    def reload_dwellings(self) -> None:
        project_id = self.project_combo.currentData()
        if not project_id:
            self.model.clear()
            self._dwelling_changed()
            return
        current = self.current_dwelling()
        wanted = current.id if current else getattr(self, "_restore", {}).get("dwelling")

        def show(rows: list[Any]) -> None:
            self.model.set_rows(rows)
            ids = [r.id for r in rows]
            if ids:
                self.table.selectRow(ids.index(wanted) if wanted in ids else 0)
            self._dwelling_changed()

        self.ctx.call(lambda s: projects.dwelling_statuses(s, project_id=project_id),
                      on_success=show, on_failure=self._failed)

    def current_dwelling(self) -> Any:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _dwelling_changed(self, *_: Any) -> None:
        row = self.current_dwelling()
        self.dwelling_title.setText(
            f"{row.building_name} · {row.dwelling_label} — {row.household_name}" if row
            else self.tr("Choose a dwelling of the project."))
        prefer = self.inventory.editor.inventory.id if self.inventory.editor.inventory else None
        self.inventory.set_dwelling(row, prefer=prefer)
        for view in (self.access, self.checklist, self.contacts):
            view.set_dwelling(row)

    def refresh_current(self) -> None:
        """After a save: reload the dwelling rows (status) and with them the open tabs."""
        self.reload_dwellings()

    # -- project actions -----------------------------------------------------------------

    def _open(self, dialog: Any, on_accept: Any) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(on_accept)
        dialog.open()

    def new_project(self) -> None:
        def open_dialog(sites: list[Any]) -> None:
            dialog = ProjectDialog(sites, self.ctx.today(), self)

            def accepted() -> None:
                values = dialog.values()
                self.ctx.call(lambda s: projects.create_project(
                    s, actor_id=self.ctx.actor_id, **values),
                    on_success=lambda p: self.reload_projects(select=p.id),
                    on_failure=self._failed)

            self._open(dialog, accepted)

        self.ctx.call(registry.list_sites, on_success=open_dialog, on_failure=self._failed)

    def add_dwellings(self) -> None:
        project_id = self.project_combo.currentData()
        if not project_id:
            return

        def open_dialog(choices: list[Any]) -> None:
            dialog = DwellingsDialog(choices, self)

            def accepted() -> None:
                ids = dialog.values()
                self.ctx.call(lambda s: projects.add_dwellings(
                    s, project_id=project_id, dwelling_ids=ids, actor_id=self.ctx.actor_id),
                    on_success=lambda _r: self.reload_dwellings(), on_failure=self._failed)

            self._open(dialog, accepted)

        self.ctx.call(lambda s: projects.available_dwellings(s), on_success=open_dialog,
                      on_failure=self._failed)

    def record_info_session(self) -> None:
        project_id = self.project_combo.currentData()
        if not project_id:
            return
        dialog = InfoSessionDialog(self.model.rows(), self.ctx.today(), self)

        def accepted() -> None:
            values = dialog.values()
            self.ctx.call(lambda s: access.record_info_session(
                s, project_id=project_id, actor_id=self.ctx.actor_id, **values),
                on_success=lambda _r: self._message(self.tr("Information session recorded.")),
                on_failure=self._failed)

        self._open(dialog, accepted)

    def print_overview(self) -> None:
        project_id = self.project_combo.currentData()
        if not project_id:
            return
        path = self.choose_pdf(self, "project-overview.pdf")
        if path:
            today, language = self.ctx.today(), labels.ui_language()
            export_pdf(self.ctx, path=path, object_type="renovation_project",
                       object_id=project_id, on_failure=self._failed,
                       on_done=lambda p: self._message(self.tr("PDF saved: {name}").format(
                           name=p.rsplit("/", 1)[-1])),
                       build=lambda s: overview_pdf(s, project_id=project_id, printed_on=today,
                                                    language=language))
