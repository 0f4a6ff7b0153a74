"""The collective social assistant's workspace: Tenants' meetings (Ctrl+1) and Signals from
casework (Ctrl+2).

Built at unlock, destroyed at lock (ui.app); same interface as the other workspaces:
save_state / restore_state / collect_drafts / show_keyring_warning. Uses only the collective
and registry services: nothing here can reach a case file (and this role holds no casework
key).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QTabWidget, QVBoxLayout, QWidget

from ui.areas import AreaParts
from ui.collective.meetings_view import MeetingsView
from ui.collective.signals_view import SignalsView
from ui.context import AppContext
from ui.keyring_banner import KeyringBanner
from ui.workspace_hooks import WorkspaceState


class CollectiveWorkspace(QWidget):
    def __init__(self, context: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self.ctx = context
        self.window_ = window
        self.banner = KeyringBanner(self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.meetings = MeetingsView(context, self)
        self.signals = SignalsView(context, self)
        self.tabs.addTab(self.meetings, "")
        self.tabs.addTab(self.signals, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs)
        self.actions_: dict[str, QAction] = {}
        for name, keys, slot in (("meetings", "Ctrl+1", self.show_meetings),
                                 ("signals", "Ctrl+2", self.show_signals)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.actions_[name] = action
        self.menu = QMenu(self)
        self.menu.addActions(list(self.actions_.values()))
        self.retranslate()

    def area_parts(self) -> AreaParts:
        return AreaParts(menus=[self.menu], actions=list(self.actions_.values()))

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Tenants' meetings"))
        self.tabs.setTabText(1, self.tr("Signals from casework"))
        self.tabs.setAccessibleName(self.tr("Work areas"))
        self.menu.setTitle(self.tr("&Collective work"))
        self.actions_["meetings"].setText(self.tr("Tenants' meetings"))
        self.actions_["signals"].setText(self.tr("Signals from casework"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_keyring_warning(self) -> None:
        self.banner.show_warning()

    def show_meetings(self) -> None:
        self.tabs.setCurrentWidget(self.meetings)
        self.meetings.table.setFocus()

    def show_signals(self) -> None:
        self.tabs.setCurrentWidget(self.signals)
        self.signals.table.setFocus()

    def collect_drafts(self) -> dict[str, str]:
        return {}

    def save_state(self) -> WorkspaceState:
        return {"tab": self.tabs.currentIndex()}

    def restore_state(self, state: WorkspaceState) -> None:
        self.tabs.setCurrentIndex(int(state.get("tab", 0)) if state else 0)
