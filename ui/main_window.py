"""The one top-level window, the same for every role: lock, settings and quit (File), sync
(the Sync menu and the status bar), help (Help), and a stack of pages.

Pages: create a vault, unlock, and the areas of an unlocked vault. The window knows no
area: at unlock the app builds the areas of the person's roles (ui.areas) and hands them
over (`show_areas`); each brings its menus, File entries and actions, shown while it is the
area in front. A person with several roles switches between areas with the list on the
left, the Areas menu or Alt+1, Alt+2, … Every area is built at unlock and destroyed at lock,
so no personal data outlives the keys. The window title names the person and their roles,
never a tenant.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QWidget,
)

from ui.areas import ROLE_NAMES, Area, AreaParts, BringsParts
from ui.sync.status_widget import SyncStatusWidget
from ui.vault_pages import CreateVaultPage, UnlockPage
from ui.workspace_hooks import OpensDrafts, WorkspaceHooks, WorkspaceState, state_dict, state_str


@dataclass
class ShownArea:
    """An area built for the person signed in: its description, its workspace, what it
    brings into the window, and the group that switches its actions on and off."""

    area: Area
    workspace: QWidget
    parts: AreaParts
    group: QActionGroup


class AreaHost(QWidget):
    """The page of an unlocked vault: the areas of the person's roles, one in front.

    With one area, just its workspace; with several, a list of them on the left. To the
    app it is one workspace (ui.workspace_hooks): drafts, state over a lock and recovered
    drafts go to every area, each under its own key."""

    area_changed = Signal(str)  # the key of the area now in front

    def __init__(self, shown: list[ShownArea], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shown = shown
        self.stack = QStackedWidget(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.switcher: QListWidget | None = None
        if len(shown) > 1:  # built only for a person with several areas
            self.switcher = QListWidget(self)
            self.switcher.setObjectName("AreaSwitcher")
            for _ in shown:
                self.switcher.addItem("")
            self.switcher.currentRowChanged.connect(self._row_changed)
            layout.addWidget(self.switcher)
        layout.addWidget(self.stack, 1)
        for item in shown:
            self.stack.addWidget(item.workspace)
        self.retranslate()

    def retranslate(self) -> None:
        if self.switcher is None:
            return
        for row, item in enumerate(self.shown):
            self.switcher.item(row).setText(QCoreApplication.translate("areas", item.area.title))
        width = max(self.switcher.sizeHintForColumn(0), 60) + 2 * self.switcher.frameWidth() + 16
        self.switcher.setFixedWidth(width)
        self.switcher.setAccessibleName(self.tr("Areas"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def current(self) -> ShownArea:
        return self.shown[self.stack.currentIndex()]

    def show_area(self, key: str) -> None:
        for row, item in enumerate(self.shown):
            if item.area.key == key:
                self.stack.setCurrentIndex(row)
                if self.switcher is not None and self.switcher.currentRow() != row:
                    self.switcher.setCurrentRow(row)
                self.area_changed.emit(key)
                return

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(self.shown):
            self.show_area(self.shown[row].area.key)

    def _hooks(self) -> list[tuple[str, WorkspaceHooks]]:
        return [(item.area.key, item.workspace) for item in self.shown
                if isinstance(item.workspace, WorkspaceHooks)]

    # -- the app's hooks, for every area ---------------------------------------------------

    def show_keyring_warning(self) -> None:
        for _key, workspace in self._hooks():
            workspace.show_keyring_warning()

    def collect_drafts(self) -> dict[str, str]:
        found: dict[str, str] = {}
        for _key, workspace in self._hooks():
            found.update(workspace.collect_drafts())
        return found

    def save_state(self) -> WorkspaceState:
        state: WorkspaceState = {key: ws.save_state() for key, ws in self._hooks()}
        return {"areas": state, "front": self.current.area.key}

    def restore_state(self, state: WorkspaceState) -> None:
        saved = state_dict(state, "areas")
        front = state_str(state, "front") or self.shown[0].area.key
        for key, workspace in self._hooks():
            if key != front:
                workspace.restore_state(state_dict(saved, key))
        self.show_area(front)
        for key, workspace in self._hooks():  # the one in front last: it takes the focus
            if key == front:
                workspace.restore_state(state_dict(saved, key))

    def can_open_draft(self, key: str) -> bool:
        return self._opener(key) is not None

    def open_draft(self, key: str) -> None:
        opener = self._opener(key)
        if opener is not None:
            self.show_area(opener[0])
            opener[1].open_draft(key)

    def _opener(self, key: str) -> tuple[str, OpensDrafts] | None:
        ordered = [self.current, *[s for s in self.shown if s is not self.current]]
        for item in ordered:
            if isinstance(item.workspace, OpensDrafts) and item.workspace.can_open_draft(key):
                return item.area.key, item.workspace
        return None


class MainWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person: tuple[str, tuple[str, ...]] | None = None
        self.roles: tuple[str, ...] = ()  # whose guides Help shows (the person signed in)
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
        self.host: AreaHost | None = None
        self.area_menu: QMenu | None = None  # only for a person with several areas
        self.area_switch_actions: list[QAction] = []

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
        self.sync_action = self._action("F5")
        self.keys_action = self._action()  # colleagues' keys: safety numbers (issue 14)
        self.guide_action = self._action("F1")
        self.shortcuts_action = self._action("Ctrl+F1")
        self.about_action = self._action()
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.guide_action.triggered.connect(self.show_guide)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.about_action.triggered.connect(self.show_about)
        self.sync_action.setEnabled(False)  # enabled while a vault is open (ui.sync.hookup)
        self.keys_action.setEnabled(False)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([self.lock_action, self.settings_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.sync_menu = bar.addMenu("")
        self.sync_menu.addAction(self.sync_action)
        self.sync_menu.addAction(self.keys_action)
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
        self.sync_menu.setTitle(self.tr("&Sync"))
        self.lock_action.setText(self.tr("&Lock now"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.sync_action.setText(self.tr("S&ynchronise now"))
        self.sync_action.setToolTip(self.tr("Send your changes and fetch the team's (F5)"))
        self.keys_action.setText(self.tr("Colleagues' &keys…"))
        self.keys_action.setToolTip(self.tr("Compare safety numbers with a colleague before "
                                            "sharing with them"))
        self.sync_label.setAccessibleName(self.tr("Synchronisation state"))
        if self.area_menu is not None and self.host is not None:
            self.area_menu.setTitle(self.tr("&Areas"))
            for action, item in zip(self.area_switch_actions, self.host.shown, strict=True):
                action.setText(QCoreApplication.translate("areas", item.area.title))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- who is signed in (the title never names a tenant) -------------------------------

    def set_person(self, name: str | None, roles: tuple[str, ...] | list[str] = ()) -> None:
        """The title bar: the app, and after unlock the person and their roles."""
        self.person = (name, tuple(roles)) if name else None
        self.roles = tuple(roles)
        self._show_title()

    def _show_title(self) -> None:
        person = getattr(self, "person", None)
        if person is None:
            self.setWindowTitle("FieldApp")
            return
        name, roles = person
        labels = [QCoreApplication.translate("roles", ROLE_NAMES[r])
                  for r in roles if r in ROLE_NAMES]
        self.setWindowTitle(f"FieldApp — {name}"
                            + (f" ({', '.join(labels)})" if labels else ""))

    # -- help -------------------------------------------------------------------------

    def show_guide(self) -> None:
        from ui.help_dialogs import GuideDialog

        self.help_dialog = GuideDialog(self.roles, self.language, self)
        self.help_dialog.open()

    def show_shortcuts(self) -> None:
        from ui.help_dialogs import ShortcutsDialog

        self.help_dialog = ShortcutsDialog(self, self)
        self.help_dialog.open()

    def show_about(self) -> None:
        from ui.help_dialogs import AboutDialog

        self.help_dialog = AboutDialog(self)
        self.help_dialog.open()

    # -- areas ------------------------------------------------------------------------

    @property
    def workspace(self) -> QWidget | None:
        """The workspace of the area in front (None while locked)."""
        return self.host.current.workspace if self.host is not None else None

    def workspaces(self) -> dict[str, QWidget]:
        """Every area built for the person signed in, by key."""
        return {s.area.key: s.workspace for s in self.host.shown} if self.host else {}

    def show_areas(self, built: list[tuple[Area, QWidget]]) -> AreaHost:
        """Show the areas built for the person signed in (the first in front)."""
        self._drop_areas()
        shown = []
        for area, workspace in built:
            parts = workspace.area_parts() if isinstance(workspace, BringsParts) else AreaParts()
            group = QActionGroup(workspace)
            group.setExclusionPolicy(QActionGroup.ExclusionPolicy.None_)
            for action in parts.actions:
                group.addAction(action)
                self.addAction(action)  # window-wide shortcuts, live while in front
            group.setEnabled(False)
            shown.append(ShownArea(area, workspace, parts, group))
        self.host = AreaHost(shown, self)
        self.host.area_changed.connect(self._area_in_front)
        if len(shown) > 1:
            self._build_area_menu()
        self.stack.addWidget(self.host)
        self.stack.setCurrentWidget(self.host)
        self.host.show_area(shown[0].area.key)
        self.set_unlocked(True)
        return self.host

    def show_area(self, key: str) -> None:
        """Bring the area `key` to the front (its menus and actions with it)."""
        if self.host is not None:
            self.host.show_area(key)

    def _build_area_menu(self) -> None:
        assert self.host is not None
        self.area_menu = QMenu(self)
        self.menuBar().insertMenu(self.sync_menu.menuAction(), self.area_menu)
        group = QActionGroup(self.area_menu)
        for number, item in enumerate(self.host.shown, start=1):
            action = QAction(self.area_menu)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Alt+{number}"))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _=False, k=item.area.key: self.show_area(k))
            group.addAction(action)
            self.area_menu.addAction(action)
            self.addAction(action)
            self.area_switch_actions.append(action)
        self.retranslate()

    def _area_in_front(self, _key: str = "") -> None:
        """Only the area in front has its menus in the bar and its actions live."""
        self._withdraw_parts()
        if self.host is None or self.stack.currentWidget() is not self.host:
            return
        current = self.host.current
        bar = self.menuBar()
        before = self.sync_menu.menuAction()
        if self.area_menu is not None:
            bar.insertMenu(before, self.area_menu)
            before = self.area_menu.menuAction()
        for menu in current.parts.menus:
            bar.insertMenu(before, menu)
        self.file_menu.insertActions(self.settings_action, current.parts.file_actions)
        current.group.setEnabled(True)
        for action, item in zip(self.area_switch_actions, self.host.shown, strict=False):
            action.setEnabled(True)  # none for a person with one area
            action.setChecked(item is current)

    def _withdraw_parts(self) -> None:
        """No area's menu in the bar, no area's action live (locked, or covered)."""
        if self.host is None:
            return
        bar = self.menuBar()
        for item in self.host.shown:
            for menu in item.parts.menus:
                bar.removeAction(menu.menuAction())
            for action in item.parts.file_actions:
                self.file_menu.removeAction(action)
            item.group.setEnabled(False)
        if self.area_menu is not None:
            bar.removeAction(self.area_menu.menuAction())
        for action in self.area_switch_actions:
            action.setEnabled(False)

    # -- pages ------------------------------------------------------------------------

    def set_unlocked(self, unlocked: bool) -> None:
        """Lock, and the menus and actions of the area in front, are there only while the
        areas are shown (not under the lock page, nor under the too-long-offline page)."""
        self.lock_action.setEnabled(unlocked)
        if unlocked:
            self._area_in_front()
        else:
            self._withdraw_parts()

    def show_create(self) -> None:
        self._drop_areas()
        self.set_person(None)
        self.sync_status.clear()
        self.stack.setCurrentWidget(self.create_page)
        self.create_page.name_edit.setFocus()

    def show_language(self, language: str) -> None:
        """The language in use, shown by the pickers of the first-run and lock pages."""
        self.language = language
        for page in (self.create_page, self.unlock_page):
            page.language_picker.show_language(language)

    def show_unlock(self) -> None:
        self._drop_areas()
        self.set_person(None)
        self.sync_status.show_locked()
        self.unlock_page.set_busy(False)
        self.stack.setCurrentWidget(self.unlock_page)
        self.unlock_page.passphrase_edit.setFocus()

    def show_workspace_again(self) -> None:
        """Back to the areas after a page that covered them (locked offline)."""
        if self.host is not None:
            self.stack.setCurrentWidget(self.host)
            self.set_unlocked(True)

    def _drop_areas(self) -> None:
        self.set_unlocked(False)
        if self.host is None:
            return
        for item in self.host.shown:
            for action in item.parts.actions:
                self.removeAction(action)
        for action in self.area_switch_actions:
            self.removeAction(action)
        if self.area_menu is not None:
            self.area_menu.deleteLater()
        self.area_menu, self.area_switch_actions = None, []
        self.stack.removeWidget(self.host)
        self.host.hide()
        self.host.deleteLater()
        self.host = None
