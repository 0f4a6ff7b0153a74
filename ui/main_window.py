"""The one top-level window: menus, the status bar, and a stack of pages.

Pages: create a vault, unlock, and the workspace of an unlocked vault. The workspace is
built at unlock and destroyed at lock, so no personal data outlives the keys. The window
title never carries personal data.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from fieldapp.i18n import QT_TRANSLATE_NOOP
from ui.sync.status_widget import SyncStatusWidget
from ui.vault_pages import CreateVaultPage, UnlockPage

ROLE_NAMES = {
    "social_assistant": QT_TRANSLATE_NOOP("roles", "Site social assistant"),
    "renovation_assistant": QT_TRANSLATE_NOOP("roles", "Renovation-site assistant"),
    "neighbourhood_agent": QT_TRANSLATE_NOOP("roles", "Neighbourhood agent"),
    "supervisor": QT_TRANSLATE_NOOP("roles", "Supervisor"),
}


@runtime_checkable
class AdaptsWindow(Protocol):
    """A workspace that hides the menus it has no use for, each time it is shown."""

    def adapt_window(self, window: MainWindow) -> None: ...


class MainWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person: tuple[str, str | None] | None = None
        self.role = "social_assistant"  # whose guide Help shows (the last one signed in)
        self.language = "en"
        self.help_dialog: QWidget | None = None
        self.setObjectName("FieldAppMainWindow")
        self.resize(1200, 780)
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.create_page = CreateVaultPage(self)
        self.unlock_page = UnlockPage(self)
        self.stack.addWidget(self.create_page)
        self.stack.addWidget(self.unlock_page)
        self.workspace: QWidget | None = None

        self.sync_status = SyncStatusWidget(self)  # online, waiting, last sync, conflicts
        self.sync_label = self.sync_status.state_label
        self.statusBar().addPermanentWidget(self.sync_status)
        self._build_actions()
        self._build_menus()
        self.retranslate()
        self.set_unlocked(False)

    def _action(self, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
                ) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.lock_action = self._action("Ctrl+L")
        self.settings_action = self._action(QKeySequence.StandardKey.Preferences)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        if self.settings_action.shortcut().isEmpty():
            self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.quit_action = self._action("Ctrl+Q")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.households_action = self._action("Ctrl+1")
        self.followups_action = self._action("Ctrl+2")
        self.search_action = self._action("Ctrl+F")
        self.welcome_action = self._action("Ctrl+4")
        self.new_note_action = self._action("Ctrl+N")
        self.followup_action = self._action("Ctrl+Shift+U")
        self.referral_action = self._action("Ctrl+Shift+R")
        self.visit_action = self._action("Ctrl+Shift+V")
        self.close_case_action = self._action("Ctrl+W")
        self.sync_action = self._action("F5")
        self.guide_action = self._action("F1")
        self.shortcuts_action = self._action("Ctrl+F1")
        self.about_action = self._action()
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.guide_action.triggered.connect(self.show_guide)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.about_action.triggered.connect(self.show_about)
        self.sync_action.setEnabled(False)  # enabled while a vault is open (ui.sync.hookup)
        self.workspace_actions = [
            self.lock_action, self.households_action, self.followups_action,
            self.search_action, self.welcome_action,
        ]
        self.case_actions = [
            self.new_note_action, self.followup_action, self.referral_action,
            self.visit_action, self.close_case_action,
        ]

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([self.lock_action, self.settings_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.go_menu = bar.addMenu("")
        self.go_menu.addActions([self.households_action, self.followups_action,
                                 self.search_action, self.welcome_action])
        self.case_menu = bar.addMenu("")
        self.case_menu.addActions(self.case_actions[:4])
        self.case_menu.addSeparator()
        self.case_menu.addAction(self.close_case_action)
        self.sync_menu = bar.addMenu("")
        self.sync_menu.addAction(self.sync_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addActions([self.guide_action, self.shortcuts_action])
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)

    def retranslate(self) -> None:
        self._show_title()
        self.help_menu.setTitle(self.tr("&Help"))
        self.guide_action.setText(self.tr("&Guide"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.about_action.setText(self.tr("&About FieldApp"))
        self.file_menu.setTitle(self.tr("&File"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.case_menu.setTitle(self.tr("&Case file"))
        self.sync_menu.setTitle(self.tr("&Sync"))
        self.lock_action.setText(self.tr("&Lock now"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.households_action.setText(self.tr("&Households"))
        self.followups_action.setText(self.tr("&Follow-ups"))
        self.search_action.setText(self.tr("&Search notes"))
        self.welcome_action.setText(self.tr("&Welcome sessions"))
        self.new_note_action.setText(self.tr("&New note"))
        self.followup_action.setText(self.tr("Plan a &follow-up…"))
        self.referral_action.setText(self.tr("Add a &referral…"))
        self.visit_action.setText(self.tr("Plan a home &visit…"))
        self.close_case_action.setText(self.tr("&Close case file"))
        self.sync_action.setText(self.tr("S&ynchronise now"))
        self.sync_action.setToolTip(self.tr("Send your changes and fetch the team's (F5)"))
        self.sync_label.setAccessibleName(self.tr("Synchronisation state"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- who is signed in (the title never names a tenant) -------------------------------

    def set_person(self, name: str | None, role: str | None) -> None:
        """The title bar: the app, and after unlock the person and their role."""
        self.person = (name, role) if name else None
        self.role = role or self.role
        self._show_title()

    def _show_title(self) -> None:
        person = getattr(self, "person", None)
        if person is None:
            self.setWindowTitle("FieldApp")
            return
        name, role = person
        label = QCoreApplication.translate("roles", ROLE_NAMES.get(role or "", "")) or ""
        self.setWindowTitle(f"FieldApp — {name}" + (f" ({label})" if label else ""))

    # -- help -------------------------------------------------------------------------

    def show_guide(self) -> None:
        from ui.help_dialogs import GuideDialog

        self.help_dialog = GuideDialog(self.role, self.language, self)
        self.help_dialog.open()

    def show_shortcuts(self) -> None:
        from ui.help_dialogs import ShortcutsDialog

        self.help_dialog = ShortcutsDialog(self, self)
        self.help_dialog.open()

    def show_about(self) -> None:
        from ui.help_dialogs import AboutDialog

        self.help_dialog = AboutDialog(self)
        self.help_dialog.open()

    # -- pages ------------------------------------------------------------------------

    def set_unlocked(self, unlocked: bool) -> None:
        for action in self.workspace_actions:
            action.setEnabled(unlocked)
        self.set_case_actions_enabled(False)
        self.go_menu.menuAction().setVisible(unlocked)
        self.case_menu.menuAction().setVisible(unlocked)

    def set_case_actions_enabled(self, enabled: bool) -> None:
        for action in self.case_actions:
            action.setEnabled(enabled)

    def show_create(self) -> None:
        self._drop_workspace()
        self.set_person(None, None)
        self.sync_status.clear()
        self.stack.setCurrentWidget(self.create_page)
        self.create_page.name_edit.setFocus()

    def show_language(self, language: str) -> None:
        """The language in use, shown by the pickers of the first-run and lock pages."""
        self.language = language
        for page in (self.create_page, self.unlock_page):
            page.language_picker.show_language(language)

    def show_unlock(self) -> None:
        self._drop_workspace()
        self.set_person(None, None)
        self.sync_status.show_locked()
        self.unlock_page.set_busy(False)
        self.stack.setCurrentWidget(self.unlock_page)
        self.unlock_page.passphrase_edit.setFocus()

    def show_workspace(self, workspace: QWidget) -> None:
        self._drop_workspace()
        self.workspace = workspace
        self.stack.addWidget(workspace)
        self.stack.setCurrentWidget(workspace)
        self.set_unlocked(True)
        if isinstance(workspace, AdaptsWindow):  # it hides the menus it has no use for
            workspace.adapt_window(self)

    def show_workspace_again(self) -> None:
        """Back to the workspace after a page that covered it (locked offline)."""
        if self.workspace is not None:
            self.stack.setCurrentWidget(self.workspace)
            self.set_unlocked(True)
            if isinstance(self.workspace, AdaptsWindow):
                self.workspace.adapt_window(self)

    def _drop_workspace(self) -> None:
        self.set_unlocked(False)
        if self.workspace is not None:
            self.stack.removeWidget(self.workspace)
            self.workspace.hide()
            self.workspace.deleteLater()
            self.workspace = None
