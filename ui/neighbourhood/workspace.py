"""The neighbourhood agent's workspace: Triage (Ctrl+1), Today's round (Ctrl+2), My week
(Ctrl+3), Asked along (Ctrl+4: the site assistants' requests to come on a visit); New
request (Ctrl+N), Log intervention (Ctrl+I), Pass a defect on (Ctrl+D),
Hand off to the social assistant (Ctrl+H).

Built at unlock, destroyed at lock (ui.app). Same interface as ui.casework.workspace.Workspace:
save_state / restore_state / collect_drafts / show_keyring_warning. Uses only the
neighbourhood services: nothing here can reach a case file.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMainWindow,
    QMenu,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp.neighbourhood.views import RequestRow
from ui.areas import AreaParts
from ui.context import AppContext
from ui.keyring_banner import KeyringBanner
from ui.neighbourhood.asked_along_view import AskedAlongView
from ui.neighbourhood.intervention_dialog import InterventionDialog
from ui.neighbourhood.pass_on import DefectDialog, HandoffDialog, clear_clipboard_if_ours
from ui.neighbourhood.request_dialog import RequestDialog
from ui.neighbourhood.round_view import RoundView
from ui.neighbourhood.triage_view import TriageView
from ui.neighbourhood.week_view import WeekView
from ui.workspace_hooks import WorkspaceState, state_int


class NeighbourhoodWorkspace(QWidget):
    def __init__(self, context: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self.ctx = context
        self.window_ = window
        self.dialog: QDialog | None = None
        self.banner = KeyringBanner(self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.triage = TriageView(context, self)
        self.round = RoundView(context, self)
        self.week = WeekView(context, self)
        self.asked = AskedAlongView(context, self)  # issue 17 item 6
        for page in (self.triage, self.round, self.week, self.asked):
            self.tabs.addTab(page, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs)
        self.actions_: dict[str, QAction] = {}
        for name, keys, slot in (
            ("triage", "Ctrl+1", self.show_triage), ("round", "Ctrl+2", self.show_round),
            ("week", "Ctrl+3", self.show_week), ("asked", "Ctrl+4", self.show_asked),
            ("new", "Ctrl+N", self.new_request),
            ("intervention", "Ctrl+I", self.log_intervention),
            ("defect", "Ctrl+D", self.pass_defect), ("handoff", "Ctrl+H", self.hand_off),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.actions_[name] = action
        self.menu = QMenu(self)  # the shell shows it while this area is in front
        self.menu.addActions([self.actions_[n] for n in ("triage", "round", "week", "asked")])
        self.menu.addSeparator()
        self.menu.addActions([self.actions_[n]
                              for n in ("new", "intervention", "defect", "handoff")])
        # Every main action as a button as well as a shortcut.
        self.action_buttons: list[QToolButton] = []
        bar = QHBoxLayout()
        for name in ("new", "intervention", "defect", "handoff"):
            button = QToolButton(self)
            button.setDefaultAction(self.actions_[name])
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            bar.addWidget(button)
            self.action_buttons.append(button)
        bar.addStretch(1)
        layout.insertLayout(1, bar)
        self.triage.table.activated.connect(lambda _i: self.log_intervention())
        self.round.tree.activated.connect(lambda _i: self.log_intervention())
        self._copied = ""
        self.retranslate()

    def area_parts(self) -> AreaParts:
        return AreaParts(menus=[self.menu], actions=list(self.actions_.values()))

    def retranslate(self) -> None:
        for page, title in ((self.triage, self.tr("Triage")),
                            (self.round, self.tr("Today's round")),
                            (self.week, self.tr("My week")),
                            (self.asked, self.tr("Asked along"))):
            self.tabs.setTabText(self.tabs.indexOf(page), title)
        self.tabs.setAccessibleName(self.tr("Work areas"))
        self.menu.setTitle(self.tr("&Neighbourhood"))
        tips = {"new": self.tr("New request"), "intervention": self.tr("Log an intervention"),
                "defect": self.tr("Pass a defect on"),
                "handoff": self.tr("Hand off to the social assistant"),
                "triage": self.tr("Triage"), "round": self.tr("Today's round"),
                "week": self.tr("My week"), "asked": self.tr("Asked along")}
        for name, text in tips.items():
            action = self.actions_[name]
            action.setText(text)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text} ({keys})")
        self.tabs.setToolTip(self.tr("Ctrl+N new request · Ctrl+T in/out of today's round · "
                                     "Ctrl+I intervention · Ctrl+D defect · Ctrl+H hand-off"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_keyring_warning(self) -> None:
        self.banner.show_warning()

    # -- navigation and actions ---------------------------------------------------------

    def show_triage(self) -> None:
        self.tabs.setCurrentWidget(self.triage)
        self.triage.table.setFocus()

    def show_round(self) -> None:
        self.tabs.setCurrentWidget(self.round)
        self.round.tree.setFocus()

    def show_week(self) -> None:
        self.tabs.setCurrentWidget(self.week)
        self.week.tables[0].setFocus()

    def show_asked(self) -> None:
        self.tabs.setCurrentWidget(self.asked)
        self.asked.table.setFocus()

    def current_request(self) -> RequestRow | None:
        if self.tabs.currentWidget() is self.round:
            return self.round.current()
        return self.triage.current() if self.tabs.currentWidget() is self.triage else None

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.finished.connect(self._dialog_closed)
        dialog.open()
        return dialog

    def _dialog_closed(self, _result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            if isinstance(dialog, RequestDialog) and dialog.result_value is not None:
                self.triage._select_id = dialog.result_value.id  # the new request
            dialog.deleteLater()
        (self.round.tree if self.tabs.currentWidget() is self.round
         else self.triage.table).setFocus()

    def new_request(self) -> QDialog:
        self.show_triage()
        return self._open(RequestDialog(self.ctx, self))

    def log_intervention(self) -> QDialog | None:
        request = self.current_request()
        return None if request is None else self._open(InterventionDialog(self.ctx, request,
                                                                          self))

    def pass_defect(self) -> QDialog | None:
        request = self.current_request()
        return None if request is None else self._open(DefectDialog(self.ctx, request, self))

    def hand_off(self) -> QDialog | None:
        request = self.current_request()
        return None if request is None else self._open(HandoffDialog(self.ctx, request, self))

    # -- lock support -------------------------------------------------------------------

    def collect_drafts(self) -> dict[str, str]:
        """Called at lock: nothing is kept as a draft; a copied report leaves the clipboard."""
        clear_clipboard_if_ours()
        return {}

    def save_state(self) -> WorkspaceState:
        return {"tab": self.tabs.currentIndex()}

    def restore_state(self, state: WorkspaceState) -> None:
        self.tabs.setCurrentIndex(state_int(state, "tab"))
        (self.round.tree if self.tabs.currentWidget() is self.round
         else self.triage.table).setFocus()
