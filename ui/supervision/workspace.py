"""The supervisor's workspace: Caseload (Ctrl+1), Indicators (Ctrl+2), Team (Ctrl+3), and one
closable tab per case file opened (Ctrl+W closes it).

Built at unlock, destroyed at lock (ui.app). Same interface as ui.casework.workspace.Workspace:
save_state / restore_state / collect_drafts / show_keyring_warning. Everything here is
computed on this laptop from the team's synced records; nothing new goes to the server
except the supervisor's own edits (encrypted, like every record).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QTabWidget, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from fieldapp.supervision.views import CaseloadCase
from ui.areas import AreaParts
from ui.casework.case_drafts import find_note_draft, is_note_draft
from ui.context import AppContext
from ui.keyring_banner import KeyringBanner
from ui.registry.register_import_dialog import add_register_import_action
from ui.supervision.access_log_view import AccessLogPage
from ui.supervision.case_page import SupervisedCasePage
from ui.supervision.caseload_view import CaseloadView
from ui.supervision.evaluation_view import EvaluationView
from ui.supervision.gdpr_view import GdprView
from ui.supervision.indicators_view import IndicatorsView
from ui.supervision.reassign_dialog import ReassignDialog
from ui.supervision.team_view import TeamView
from ui.workspace_hooks import WorkspaceState, state_int, state_items


class SupervisorWorkspace(QWidget):
    def __init__(self, context: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self.ctx = context
        self.window_ = window
        self.dialog: ReassignDialog | None = None
        self.banner = KeyringBanner(self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.caseload = CaseloadView(context, self)
        self.indicators = IndicatorsView(context, self)
        self.team = TeamView(context, self)
        self.gdpr = GdprView(context, self)  # data protection (issue 14)
        bar = self.tabs.tabBar()
        for page in (self.caseload, self.indicators, self.team, self.gdpr):
            index = self.tabs.addTab(page, "")
            bar.setTabButton(index, bar.ButtonPosition.RightSide, None)
        self.access_log = AccessLogPage(context, self)  # who read what, when (issue 14)
        bar.setTabButton(self.tabs.addTab(self.access_log, ""), bar.ButtonPosition.RightSide,
                         None)
        self.evaluation = EvaluationView(context, self)  # the yearly table (issue 19)
        bar.setTabButton(self.tabs.addTab(self.evaluation, ""), bar.ButtonPosition.RightSide,
                         None)
        from ui.collective.supervisor_view import CollectiveOverview  # issue 18

        self.collective = CollectiveOverview(context, self)  # neighbourhoods and meetings
        bar.setTabButton(self.tabs.addTab(self.collective, ""), bar.ButtonPosition.RightSide,
                         None)
        from ui.supervision.community_view import SupervisorCommunityView  # issue 19

        self.community = SupervisorCommunityView(context, self)  # the PSCs and the social map
        bar.setTabButton(self.tabs.addTab(self.community, ""), bar.ButtonPosition.RightSide,
                         None)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs)
        self.actions_: dict[str, QAction] = {}
        for name, keys, slot in (("caseload", "Ctrl+1", self.show_caseload),
                                 ("indicators", "Ctrl+2", self.show_indicators),
                                 ("team", "Ctrl+3", self.show_team),
                                 ("gdpr", "Ctrl+4", self.show_gdpr),
                                 ("close", "Ctrl+W", self.close_current_case)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.actions_[name] = action
        log_action = QAction(self)
        log_action.setShortcut(QKeySequence("Ctrl+5"))
        log_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        log_action.triggered.connect(self.show_access_log)
        self.actions_["access_log"] = log_action
        evaluation_action = QAction(self)
        evaluation_action.setShortcut(QKeySequence("Ctrl+6"))
        evaluation_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        evaluation_action.triggered.connect(self.show_evaluation)
        self.actions_["evaluation"] = evaluation_action
        collective_action = QAction(self)
        collective_action.setShortcut(QKeySequence("Ctrl+7"))
        collective_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        collective_action.triggered.connect(
            lambda: self.tabs.setCurrentWidget(self.collective))
        self.actions_["collective"] = collective_action
        community_action = QAction(self)
        community_action.setShortcut(QKeySequence("Ctrl+8"))
        community_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        community_action.triggered.connect(self.show_community)
        self.actions_["community"] = community_action
        self.menu = QMenu(self)  # the shell shows it while supervision is in front
        self.menu.addActions([self.actions_[n]
                              for n in ("caseload", "indicators", "team", "gdpr")])
        self.menu.addAction(self.actions_["access_log"])
        self.menu.addAction(self.actions_["evaluation"])
        self.menu.addAction(self.actions_["collective"])
        self.menu.addAction(self.actions_["community"])
        self.menu.addSeparator()
        self.menu.addAction(self.actions_["close"])
        self.caseload.open_case.connect(self.open_case)
        self.caseload.reassign_requested.connect(self.reassign)
        self.tabs.tabCloseRequested.connect(self._close_tab)
        self.tabs.currentChanged.connect(self._current_changed)
        self.import_action = add_register_import_action(self, context)
        self.retranslate()
        self.caseload.refresh()

    def area_parts(self) -> AreaParts:
        return AreaParts(menus=[self.menu], file_actions=[self.import_action],
                         actions=[*self.actions_.values(), self.import_action])

    def retranslate(self) -> None:
        for page, title in ((self.caseload, self.tr("Caseload")),
                            (self.indicators, self.tr("Indicators")),
                            (self.team, self.tr("Team and keys")),
                            (self.gdpr, self.tr("Data protection"))):
            self.tabs.setTabText(self.tabs.indexOf(page), title)
        self.tabs.setAccessibleName(self.tr("Work areas"))
        self.tabs.setToolTip(self.tr("Ctrl+1 caseload · Ctrl+2 indicators · Ctrl+3 team · "
                                     "Ctrl+W close the case file"))
        self.menu.setTitle(self.tr("Super&vision"))
        for name, text in (("caseload", self.tr("&Caseload")),
                           ("indicators", self.tr("&Indicators")),
                           ("team", self.tr("&Team and keys")),
                           ("gdpr", self.tr("&Data protection")),
                           ("close", self.tr("C&lose the case file"))):
            self.actions_[name].setText(text)
        self.tabs.setTabText(self.tabs.indexOf(self.access_log), self.tr("Access log"))
        self.actions_["access_log"].setText(self.tr("&Access log"))
        self.tabs.setTabText(self.tabs.indexOf(self.evaluation), self.tr("Evaluation table"))
        self.actions_["evaluation"].setText(self.tr("&Evaluation table"))
        self.tabs.setTabText(self.tabs.indexOf(self.collective), self.tr("Collective work"))
        self.actions_["collective"].setText(self.tr("C&ollective work"))
        self.tabs.setTabText(self.tabs.indexOf(self.community),
                             self.tr("Community work and social map"))
        self.actions_["community"].setText(self.tr("Co&mmunity work and social map"))
        for case_page in self.case_pages():
            if case_page.case is None:
                self.tabs.setTabText(self.tabs.indexOf(case_page), self.tr("Case file"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_keyring_warning(self) -> None:
        self.banner.show_warning()

    # -- navigation ---------------------------------------------------------------------

    def show_caseload(self) -> None:
        self.tabs.setCurrentWidget(self.caseload)
        self.caseload.table.setFocus()

    def show_indicators(self) -> None:
        self.tabs.setCurrentWidget(self.indicators)
        self.indicators.from_edit.setFocus()
        if self.indicators.report is None:
            self.indicators.refresh()

    def show_team(self) -> None:
        self.tabs.setCurrentWidget(self.team)
        self.team.member_table.setFocus()
        if self.team.team is None:
            self.team.refresh()

    def show_gdpr(self) -> None:
        self.tabs.setCurrentWidget(self.gdpr)
        self.gdpr.due_table.setFocus()

    def show_access_log(self) -> None:
        self.tabs.setCurrentWidget(self.access_log)
        self.access_log.person_combo.setFocus()

    def show_community(self) -> None:
        self.tabs.setCurrentWidget(self.community)
        self.community.table.setFocus()

    def show_evaluation(self) -> None:
        self.tabs.setCurrentWidget(self.evaluation)
        self.evaluation.goals.setFocus()

    def _current_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.team and self.team.team is None:
            self.team.refresh()
        elif self.tabs.currentWidget() is self.indicators and self.indicators.report is None:
            self.indicators.refresh()
        elif self.tabs.currentWidget() is self.gdpr and self.gdpr.settings is None:
            self.gdpr.refresh()

    def case_pages(self) -> list[SupervisedCasePage]:
        return [w for i in range(self.tabs.count())
                if isinstance(w := self.tabs.widget(i), SupervisedCasePage)]

    def current_case(self) -> SupervisedCasePage | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, SupervisedCasePage) else None

    def open_case(self, case_id: str, household_id: str) -> SupervisedCasePage:
        """Open a case file read-write (the case service logs the opening)."""
        for page in self.case_pages():
            if page.case_id == case_id:
                self.tabs.setCurrentWidget(page)
                return page
        page = SupervisedCasePage(self.ctx, case_id, household_id, self)
        index = self.tabs.addTab(page, self.tr("Case file"))
        page.title_changed.connect(lambda title, p=page: self.tabs.setTabText(
            self.tabs.indexOf(p), title))
        self.tabs.setCurrentIndex(index)
        return page

    def _close_tab(self, index: int) -> None:
        page = self.tabs.widget(index)
        if not isinstance(page, SupervisedCasePage):
            return
        pending = page.unsaved_drafts()
        if pending:  # closing a tab never loses text: it becomes a draft
            from fieldapp.local import drafts

            def save(s: Session) -> None:
                for key, text in pending.items():
                    drafts.save_draft(s, key=key, text=text)

            self.ctx.call(save)
        self.tabs.removeTab(index)
        page.deleteLater()

    def close_current_case(self) -> None:
        page = self.current_case()
        if page is not None:
            self._close_tab(self.tabs.indexOf(page))
            self.show_caseload()

    def reassign(self, cases: list[CaseloadCase]) -> ReassignDialog:
        self.dialog = ReassignDialog(self.ctx, cases, self)
        self.dialog.finished.connect(self._dialog_closed)
        self.dialog.open()
        return self.dialog

    def _dialog_closed(self, _result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()  # a reassignment announced itself: the caseload re-reads
        self.caseload.cases.setFocus()

    # -- drafts offered back at unlock (ui.recovered_drafts) -----------------------------

    def can_open_draft(self, key: str) -> bool:
        return is_note_draft(key) or key.startswith(("review:", "evaluation:"))

    def open_draft(self, key: str) -> None:
        """Open the case file a note draft belongs to; its editor brings the draft back."""
        if key.startswith("evaluation:"):  # the evaluation table brings it back itself
            self.show_evaluation()
            self.evaluation.open_draft(key)
            return
        if key.startswith("review:"):  # "review:<case id>": the case's review panel
            key = "note:" + key.partition(":")[2]
        find_note_draft(self.ctx, key, lambda place: self.open_case(place[0], place[1]))

    # -- lock support -------------------------------------------------------------------

    def collect_drafts(self) -> dict[str, str]:
        found: dict[str, str] = {}
        for page in self.case_pages():
            found.update(page.unsaved_drafts())
        found.update(self.evaluation.unsaved_drafts())
        return found

    def save_state(self) -> WorkspaceState:
        return {"tab": min(self.tabs.currentIndex(), 2),
                "cases": [(p.case_id, p.household_id) for p in self.case_pages()]}

    def restore_state(self, state: WorkspaceState) -> None:
        for case in state_items(state, "cases"):
            if isinstance(case, tuple | list) and len(case) == 2:
                self.open_case(str(case[0]), str(case[1]))
        self.tabs.setCurrentIndex(state_int(state, "tab"))
        self.caseload.table.setFocus()
