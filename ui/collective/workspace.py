"""The collective social assistant's workspace: Tenants' meetings (Ctrl+1), Signals from
casework (Ctrl+2), Campaigns and door-to-door rounds (Ctrl+3), Common rooms (Ctrl+4) and
Participation — the call for projects, the tenants' council (Ctrl+5) and the tenants' own
Initiatives with the support given (Ctrl+6), and the ARHUU Elections (Ctrl+7).

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
from ui.collective.campaigns_view import CampaignsView
from ui.collective.elections_view import ElectionsView
from ui.collective.initiatives_view import InitiativesView
from ui.collective.meetings_view import MeetingsView
from ui.collective.participation_view import ParticipationView
from ui.collective.rooms_view import RoomsView
from ui.collective.signals_view import SignalsView
from ui.context import AppContext
from ui.keyring_banner import KeyringBanner
from ui.workspace_hooks import WorkspaceState, state_int


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
        self.campaigns = CampaignsView(context, self)
        self.rooms = RoomsView(context, self)
        self.participation = ParticipationView(context, self)
        self.initiatives = InitiativesView(context, self)
        self.elections = ElectionsView(context, self)
        for view in (self.meetings, self.signals, self.campaigns, self.rooms,
                     self.participation, self.initiatives, self.elections):
            self.tabs.addTab(view, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs)
        self.actions_: dict[str, QAction] = {}
        for name, keys, slot in (("meetings", "Ctrl+1", self.show_meetings),
                                 ("signals", "Ctrl+2", self.show_signals),
                                 ("campaigns", "Ctrl+3", self.show_campaigns),
                                 ("rooms", "Ctrl+4", self.show_rooms),
                                 ("participation", "Ctrl+5", self.show_participation),
                                 ("initiatives", "Ctrl+6", self.show_initiatives),
                                 ("elections", "Ctrl+7", self.show_elections)):
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
        self.tabs.setTabText(2, self.tr("Campaigns"))
        self.tabs.setTabText(3, self.tr("Common rooms"))
        self.tabs.setTabText(4, self.tr("Participation"))
        self.tabs.setTabText(5, self.tr("Initiatives"))
        self.tabs.setTabText(6, self.tr("Elections"))
        self.tabs.setAccessibleName(self.tr("Work areas"))
        self.menu.setTitle(self.tr("&Collective work"))
        self.actions_["meetings"].setText(self.tr("Tenants' meetings"))
        self.actions_["signals"].setText(self.tr("Signals from casework"))
        self.actions_["campaigns"].setText(self.tr("Campaigns and door-to-door rounds"))
        self.actions_["rooms"].setText(self.tr("Common rooms"))
        self.actions_["participation"].setText(self.tr("Participation"))
        self.actions_["initiatives"].setText(self.tr("Tenants' initiatives"))
        self.actions_["elections"].setText(self.tr("ARHUU elections"))

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

    def show_campaigns(self) -> None:
        self.tabs.setCurrentWidget(self.campaigns)
        self.campaigns.table.setFocus()

    def show_rooms(self) -> None:
        self.tabs.setCurrentWidget(self.rooms)
        self.rooms.table.setFocus()

    def show_participation(self) -> None:
        self.tabs.setCurrentWidget(self.participation)
        self.participation.table.setFocus()

    def show_initiatives(self) -> None:
        self.tabs.setCurrentWidget(self.initiatives)
        self.initiatives.table.setFocus()

    def show_elections(self) -> None:
        self.tabs.setCurrentWidget(self.elections)
        self.elections.table.setFocus()

    def collect_drafts(self) -> dict[str, str]:
        return {}

    def save_state(self) -> WorkspaceState:
        return {"tab": self.tabs.currentIndex()}

    def restore_state(self, state: WorkspaceState) -> None:
        self.tabs.setCurrentIndex(state_int(state, "tab"))
