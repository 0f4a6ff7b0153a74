"""The workspace of the site social assistant: tabs for households, follow-ups, search and
welcome sessions, and one closable tab per open case file.

Built when the vault unlocks, destroyed when it locks (ui.app). `save_state()` /
`restore_state()` carry only ids across a lock; unsaved text goes through drafts.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from ui.casework.case_drafts import find_note_draft, is_note_draft
from ui.casework.case_view import CaseFileView
from ui.casework.followups_view import FollowUpsView
from ui.casework.households_view import HouseholdsView
from ui.casework.search_view import SearchView
from ui.context import AppContext
from ui.keyring_banner import KeyringBanner
from ui.main_window import MainWindow
from ui.registry.register_import_dialog import add_register_import_action
from ui.welcome.welcome_view import WelcomeView
from ui.workspace_hooks import WorkspaceState


class Workspace(QWidget):
    def __init__(self, context: AppContext, window: MainWindow) -> None:
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
        for page in (self.households, self.followups, self.search, self.welcome):
            self.tabs.addTab(page, "")
            bar = self.tabs.tabBar()
            bar.setTabButton(self.tabs.indexOf(page), bar.ButtonPosition.RightSide, None)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs)

        for view in (self.households, self.followups):
            view.open_household.connect(self.open_case)
        self.search.open_note.connect(self.open_note)
        self.tabs.tabCloseRequested.connect(self._close_tab)
        self.tabs.currentChanged.connect(self._current_changed)
        w = window
        w.households_action.triggered.connect(self.show_households)
        w.followups_action.triggered.connect(self.show_followups)
        w.search_action.triggered.connect(self.show_search)
        w.welcome_action.triggered.connect(self.show_welcome)
        w.new_note_action.triggered.connect(self._new_note)
        w.followup_action.triggered.connect(self._plan_followup)
        w.referral_action.triggered.connect(self._add_referral)
        w.visit_action.triggered.connect(self._plan_visit)
        w.close_case_action.triggered.connect(self._close_current_case)
        self.import_action = add_register_import_action(self, context, window)
        self.retranslate()

    def retranslate(self) -> None:
        titles = (self.tr("Households"), self.tr("Follow-ups"), self.tr("Search"),
                  self.tr("Welcome sessions"))
        for page, title in zip((self.households, self.followups, self.search, self.welcome),
                               titles, strict=True):
            self.tabs.setTabText(self.tabs.indexOf(page), title)
        self.tabs.setAccessibleName(self.tr("Work areas"))

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
        self.window_.set_case_actions_enabled(self.current_case() is not None)

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
        for case in state.get("cases", []):
            self.open_case(case["household_id"], case.get("editing_note_id"))
        current = state.get("current")
        if isinstance(current, int):
            self.tabs.setCurrentIndex(current)
        else:
            for view in self.case_views():
                if view.household_id == current:
                    self.tabs.setCurrentWidget(view)
