"""The workspace of the site social assistant: tabs for households, follow-ups, search and
welcome sessions, and one closable tab per open case file.

Built when the vault unlocks, destroyed when it locks (ui.app). `save_state()` /
`restore_state()` carry only ids across a lock; unsaved text goes through drafts.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QTabWidget, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from fieldapp.i18n import QT_TRANSLATE_NOOP
from ui.agenda.agenda_view import AgendaView
from ui.areas import AreaParts
from ui.casework.case_drafts import find_note_draft, is_note_draft
from ui.casework.case_view import CaseFileView
from ui.casework.followups_view import FollowUpsView
from ui.casework.households_view import HouseholdsView
from ui.casework.office_hours_view import OfficeHoursView
from ui.casework.search_view import SearchView
from ui.context import AppContext
from ui.keyring_banner import KeyringBanner
from ui.registry.register_import_dialog import add_register_import_action
from ui.welcome.welcome_view import WelcomeView
from ui.workspace_hooks import WorkspaceState, state_items

# The Go and Case file entries (in the "MainWindow" context, where the shell had them).
ACTION_TEXTS = (
    QT_TRANSLATE_NOOP("MainWindow", "&Households"),
    QT_TRANSLATE_NOOP("MainWindow", "&Follow-ups"),
    QT_TRANSLATE_NOOP("MainWindow", "&Search notes"),
    QT_TRANSLATE_NOOP("MainWindow", "&Welcome sessions"),
    QT_TRANSLATE_NOOP("MainWindow", "&Agenda"),
    QT_TRANSLATE_NOOP("MainWindow", "&Office hours"),
    QT_TRANSLATE_NOOP("MainWindow", "&New note"),
    QT_TRANSLATE_NOOP("MainWindow", "Plan a &follow-up…"),
    QT_TRANSLATE_NOOP("MainWindow", "Add a &referral…"),
    QT_TRANSLATE_NOOP("MainWindow", "Plan a home &visit…"),
    QT_TRANSLATE_NOOP("MainWindow", "&Close case file"),
)
GO_MENU = QT_TRANSLATE_NOOP("MainWindow", "&Go")
CASE_MENU = QT_TRANSLATE_NOOP("MainWindow", "&Case file")


class Workspace(QWidget):
    def __init__(self, context: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self.ctx = context
        self.window_ = window
        self.banner = KeyringBanner(self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.households = HouseholdsView(context, self)
        self.followups = FollowUpsView(context, self)
        self.search = SearchView(context, self)
        self.welcome = WelcomeView(context, self)
        self.agenda = AgendaView(context, self)  # issue 16 item 4
        self.office_hours = OfficeHoursView(context, self)  # issue 17 item 1
        for page in (self.households, self.followups, self.search, self.welcome, self.agenda,
                     self.office_hours):
            self.tabs.addTab(page, "")
            bar = self.tabs.tabBar()
            bar.setTabButton(self.tabs.indexOf(page), bar.ButtonPosition.RightSide, None)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs)

        for view in (self.households, self.followups, self.agenda):
            view.open_household.connect(self.open_case)
        self.search.open_note.connect(self.open_note)
        self.tabs.tabCloseRequested.connect(self._close_tab)
        self.tabs.currentChanged.connect(self._current_changed)
        self._build_actions()
        self.import_action = add_register_import_action(self, context)
        self.set_case_actions_enabled(False)
        self.retranslate()

    def _action(self, keys: str, slot: Callable[[], object]) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        """The Go and Case file menus, which the shell shows while this area is in front."""
        self.households_action = self._action("Ctrl+1", self.show_households)
        self.followups_action = self._action("Ctrl+2", self.show_followups)
        self.search_action = self._action("Ctrl+F", self.show_search)
        self.welcome_action = self._action("Ctrl+4", self.show_welcome)
        self.agenda_action = self._action("Ctrl+Shift+A", self.show_agenda)
        self.office_hours_action = self._action("Ctrl+5", self.show_office_hours)
        self.new_note_action = self._action("Ctrl+N", self._new_note)
        self.followup_action = self._action("Ctrl+Shift+U", self._plan_followup)
        self.referral_action = self._action("Ctrl+Shift+R", self._add_referral)
        self.visit_action = self._action("Ctrl+Shift+V", self._plan_visit)
        self.close_case_action = self._action("Ctrl+W", self._close_current_case)
        self.go_actions = [self.households_action, self.followups_action, self.search_action,
                           self.welcome_action, self.agenda_action, self.office_hours_action]
        self.case_actions = [self.new_note_action, self.followup_action, self.referral_action,
                             self.visit_action, self.close_case_action]
        self.go_menu = QMenu(self)
        self.go_menu.addActions(self.go_actions)
        self.case_menu = QMenu(self)
        self.case_menu.addActions(self.case_actions[:4])
        self.case_menu.addSeparator()
        self.case_menu.addAction(self.close_case_action)
        # issue 18: a theme and a building to the collective assistants (never a case)
        self.signal_action = self._action("Ctrl+Shift+K", self._send_signal)
        self.case_menu.addSeparator()
        self.case_menu.addAction(self.signal_action)
        # issue 19: the DMBSH's mobile mental-health team, under a pseudonym
        self.consult_action = self._action("Ctrl+Shift+M", self._consult_team)
        self.case_menu.addAction(self.consult_action)

    def area_parts(self) -> AreaParts:
        return AreaParts(menus=[self.go_menu, self.case_menu],
                         file_actions=[self.import_action],
                         actions=[*self.go_actions, *self.case_actions, self.import_action,
                                  self.signal_action, self.consult_action])

    def set_case_actions_enabled(self, enabled: bool) -> None:
        """The Case file entries act on the case file in front: usable only with one."""
        for action in self.case_actions:
            action.setEnabled(enabled)
        self.consult_action.setEnabled(enabled)

    def retranslate(self) -> None:
        titles = (self.tr("Households"), self.tr("Follow-ups"), self.tr("Search"),
                  self.tr("Welcome sessions"), self.tr("Agenda"), self.tr("Office hours"))
        for page, title in zip((self.households, self.followups, self.search, self.welcome,
                                self.agenda, self.office_hours), titles, strict=True):
            self.tabs.setTabText(self.tabs.indexOf(page), title)
        self.tabs.setAccessibleName(self.tr("Work areas"))
        self.go_menu.setTitle(QCoreApplication.translate("MainWindow", GO_MENU))
        self.case_menu.setTitle(QCoreApplication.translate("MainWindow", CASE_MENU))
        for action, text in zip((*self.go_actions, *self.case_actions), ACTION_TEXTS,
                                strict=True):
            action.setText(QCoreApplication.translate("MainWindow", text))
        self.signal_action.setText(self.tr("Send a collective &signal…"))
        self.consult_action.setText(self.tr("Consult the &mental-health team…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_keyring_warning(self) -> None:
        self.banner.show_warning()

    # -- navigation ---------------------------------------------------------------------

    def show_households(self) -> None:
        self.tabs.setCurrentWidget(self.households)
        self.households.search_edit.setFocus()

    def show_followups(self) -> None:
        self.tabs.setCurrentWidget(self.followups)
        self.followups.refresh()
        self.followups.tables["today"].setFocus()

    def show_search(self) -> None:
        self.tabs.setCurrentWidget(self.search)
        self.search.focus_query()

    def show_welcome(self) -> None:
        self.tabs.setCurrentWidget(self.welcome)
        self.welcome.site_combo.setFocus()

    def show_agenda(self) -> None:
        self.tabs.setCurrentWidget(self.agenda)
        self.agenda.table().setFocus()

    def show_office_hours(self) -> None:
        self.tabs.setCurrentWidget(self.office_hours)
        self.office_hours.sessions_table.setFocus()

    def case_views(self) -> list[CaseFileView]:
        return [w for i in range(self.tabs.count())
                if isinstance(w := self.tabs.widget(i), CaseFileView)]

    def current_case(self) -> CaseFileView | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, CaseFileView) else None

    def open_case(self, household_id: str, editing_note_id: str | None = None) -> CaseFileView:
        for view in self.case_views():
            if view.household_id == household_id:
                self.tabs.setCurrentWidget(view)
                return view
        view = CaseFileView(self.ctx, household_id, self, editing_note_id=editing_note_id)
        index = self.tabs.addTab(view, self.tr("Case file"))
        view.title_changed.connect(self._retitle)
        self.tabs.setCurrentIndex(index)
        view.loaded.connect(self._case_loaded)
        return view

    def open_note(self, household_id: str, note_id: str) -> None:
        self.open_case(household_id).show_entry(note_id)

    def _retitle(self, title: str) -> None:
        view = self.sender()  # the case file whose title changed
        index = self.tabs.indexOf(view) if isinstance(view, QWidget) else -1
        if index >= 0:
            self.tabs.setTabText(index, title)

    def _case_loaded(self) -> None:
        view = self.sender()  # the case file that loaded
        if (isinstance(view, CaseFileView) and view is self.tabs.currentWidget()
                and view.editor.isHidden()
                and not view.timeline_table.currentIndex().isValid()):
            view.timeline_table.setFocus()

    def _current_changed(self, _index: int) -> None:
        self.set_case_actions_enabled(self.current_case() is not None)

    def _close_tab(self, index: int) -> None:
        view = self.tabs.widget(index)
        if not isinstance(view, CaseFileView):
            return
        pending = view.unsaved_drafts()
        if pending:  # closing a tab never loses text: it becomes a draft
            from fieldapp.local import drafts

            def save(s: Session) -> None:
                for key, text in pending.items():
                    drafts.save_draft(s, key=key, text=text)

            self.ctx.call(save)
        self.tabs.removeTab(index)
        view.deleteLater()

    def _close_current_case(self) -> None:
        view = self.current_case()
        if view is not None:
            self._close_tab(self.tabs.indexOf(view))

    def _new_note(self) -> None:
        if (view := self.current_case()) is not None:
            view.new_note()

    def _plan_followup(self) -> None:
        if (view := self.current_case()) is not None:
            view.plan_followup()

    def _add_referral(self) -> None:
        if (view := self.current_case()) is not None:
            view.add_referral()

    def _send_signal(self) -> QDialog:
        from ui.collective.signal_dialog import SignalDialog

        dialog = SignalDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _consult_team(self) -> None:
        if (view := self.current_case()) is not None:
            view.consult_team()

    def _plan_visit(self) -> None:
        if (view := self.current_case()) is not None:
            view.plan_visit()

    # -- drafts offered back at unlock (ui.recovered_drafts) -----------------------------

    def can_open_draft(self, key: str) -> bool:
        return is_note_draft(key)

    def open_draft(self, key: str) -> None:
        """Open the case file a note draft belongs to; its editor brings the draft back."""
        find_note_draft(self.ctx, key, lambda place: self.open_case(place[1], place[2]))

    # -- lock support -------------------------------------------------------------------

    def collect_drafts(self) -> dict[str, str]:
        found: dict[str, str] = {}
        for view in self.case_views():
            found.update(view.unsaved_drafts())
        return found

    def save_state(self) -> WorkspaceState:
        current = self.tabs.currentWidget()
        return {
            "cases": [view.state() for view in self.case_views()],
            "current": current.household_id if isinstance(current, CaseFileView)
            else self.tabs.currentIndex(),
        }

    def restore_state(self, state: WorkspaceState) -> None:
        if not state:
            self.households.search_edit.setFocus()
            return
        for case in state_items(state, "cases"):
            if isinstance(case, dict) and isinstance(case.get("household_id"), str):
                editing = case.get("editing_note_id")
                self.open_case(case["household_id"],
                               editing if isinstance(editing, str) else None)
        current = state.get("current")
        if isinstance(current, int):
            self.tabs.setCurrentIndex(current)
        else:
            for view in self.case_views():
                if view.household_id == current:
                    self.tabs.setCurrentWidget(view)
