"""The case file of one household: who lives there, the case's status, themes and worker,
the timeline of everything that happened, and the actions (note, follow-up, referral, visit).
Opening it writes an access-log entry (the service does that).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from fieldapp.casework import cases as casework
from fieldapp.casework import household_list, internal_requests, support_plan
from fieldapp.casework.views import CaseView, HouseholdDetail, NoteView, TimelineEntry
from fieldapp.local import drafts
from fieldapp.vault import ChangeSet
from ui.agenda.planned_actions import Current, PlannedActions, on_delete_key
from ui.casework.agent_along_dialog import AskAgentDialog
from ui.casework.candidate_dialogs import MoveInDialog
from ui.casework.case_details import CaseDetailsPanel, make_table
from ui.casework.case_dialogs import (
    FollowUpDialog,
    PlanVisitDialog,
    RecordVisitDialog,
    ReferralDialog,
    UpdateReferralDialog,
)
from ui.casework.case_models import TIMELINE_COLUMNS, TIMELINE_TOOLTIPS
from ui.casework.case_summary_dialog import CaseSummaryDialog
from ui.casework.erasure_dialog import ErasureDialog, may_erase
from ui.casework.housing_dialog import HousingDialog
from ui.casework.internal_request_dialogs import InternalAnswerDialog, InternalRequestDialog
from ui.casework.note_editor import NoteEditor
from ui.casework.rectify_dialog import RectifyDialog
from ui.casework.subject_access import SubjectAccessDialog, may_export
from ui.casework.support_plan_dialog import SupportPlanDialog
from ui.context import AppContext
from ui.errors import error_text
from ui.record_types import REGISTRY, TIMELINE
from ui.sync.history_dialog import has_history, open_history
from ui.table_model import RowsModel, set_rows_keeping_current

# What opening a case file reads: the household, its case file (None: not opened yet), the
# timeline, the new note's draft, and the note being edited with its draft (after a lock).
Loaded = tuple[HouseholdDetail, CaseView | None, list[TimelineEntry], str | None,
               tuple[NoteView, str] | None]

# What the timeline shows that was planned, and when it still is (issue 16 item 4): it can
# be rescheduled, cancelled with a reason, or deleted when entered by mistake.
PLANNED_KINDS = {"visit": "planned", "office": "planned", "followup": "open",
                 "referral": "proposed"}


def planned_of(entry: TimelineEntry | None) -> Current | None:
    if entry is None or entry.kind not in PLANNED_KINDS:
        return None
    return entry.kind, entry.id, entry.status == PLANNED_KINDS[entry.kind]


class CaseFileView(QWidget):
    title_changed = Signal(str)
    loaded = Signal()

    def __init__(self, context: AppContext, household_id: str,
                 parent: QWidget | None = None, *, editing_note_id: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = context
        self.household_id = household_id
        self._editing_note_id = editing_note_id  # restore an edit interrupted by a lock
        self._show_on_load: str | None = None
        self.case: CaseView | None = None
        self.details = CaseDetailsPanel(context, self)
        self.name_label = self.details.name_label  # what a person reads first
        self.people_model = self.details.people_model
        self.details.case_saved.connect(self._case_saved)
        left = self.details

        self.note_button = QPushButton(self)
        self.followup_button = QPushButton(self)
        self.referral_button = QPushButton(self)
        self.visit_button = QPushButton(self)
        self.record_visit_button = QPushButton(self)
        self.record_visit_button.setEnabled(False)
        self.history_button = QPushButton(self)  # every revision on the server (issue 4)
        self.history_button.setEnabled(False)
        self.access_button = QPushButton(self)  # subject access, art. 15 (issue 14)
        self.access_button.setVisible(may_export(context))
        self.erase_button = QPushButton(self)  # erasure or legal hold, art. 17 (issue 14)
        self.erase_button.setVisible(may_erase(context))
        self.summary_button = QPushButton(self)  # the social report PDF (issue 16 item 6)
        self.plan_button = QPushButton(self)  # intake analysis and support plan (issue 17)
        self.housing_button = QPushButton(self)  # arrears, eviction, outcome (issue 17)
        # issue 17, less often: a request to a department, an agent asked along on a visit,
        # a candidate tenant moving in — behind one button, so the case file still fits
        # 960×540 with the note editor open
        self.more_button = QPushButton(self)
        self.more_menu = QMenu(self)
        self.internal_action = self.more_menu.addAction("", self.ask_department)
        self.agent_action = self.more_menu.addAction("", self.ask_agent_along)
        self.move_in_action = self.more_menu.addAction("", self.move_in)
        self.move_in_action.setVisible(False)
        self.more_button.setMenu(self.more_menu)
        self._language = "nl"
        actions = QGridLayout()  # three rows: the case file fits 960×540 (1080p at 200 %)
        for index, button in enumerate((self.note_button, self.followup_button,
                                        self.referral_button, self.visit_button,
                                        self.record_visit_button, self.history_button,
                                        self.access_button, self.summary_button)):
            actions.addWidget(button, index // 3, index % 3)
        actions.addWidget(self.erase_button, 2, 2)
        # issue 17: the support plan, the right to housing and the rest in a fourth column
        for row, button in enumerate((self.plan_button, self.housing_button, self.more_button)):
            actions.addWidget(button, row, 3)
        actions.setColumnStretch(4, 1)
        # what was planned: reschedule, cancel with a reason, delete (issue 16 item 4), on
        # the timeline's own line (the case file fits 960×540)
        self.planned = PlannedActions(context, self, lambda: planned_of(self._current_entry()))
        actions.setVerticalSpacing(3)  # with the timeline's buttons, it fits 540 pixels
        self.timeline_label = QLabel(self)
        self.timeline_model = RowsModel("CaseFileView", TIMELINE_COLUMNS, self,
                                        tooltips=TIMELINE_TOOLTIPS)
        self.timeline_table = make_table(self, self.timeline_model)
        # A long title ("Analysis of the request and support plan") must not push the
        # note's text out of sight: "What" is as wide as its entries up to a cap, elided
        # beyond it (its tooltip holds the whole title); the text keeps the rest.
        self.timeline_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Interactive)
        self.timeline_model.modelReset.connect(self._fit_what_column)
        self.timeline_label.setBuddy(self.timeline_table)
        self.editor = NoteEditor(context, "", self)
        self.editor.hide()
        # A household without a case file: looking creates nothing; the person decides.
        self.no_case = QWidget(self)
        self.no_case_label = QLabel(self.no_case)
        self.no_case_label.setWordWrap(True)
        self.open_case_button = QPushButton(self.no_case)
        no_case_layout = QHBoxLayout(self.no_case)
        no_case_layout.setContentsMargins(0, 0, 0, 0)
        no_case_layout.addWidget(self.no_case_label, 1)
        no_case_layout.addWidget(self.open_case_button)
        self.no_case.hide()
        self.open_case_button.clicked.connect(self.open_case_file)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.no_case)
        right_layout.addLayout(actions)
        timeline_bar = QHBoxLayout()
        timeline_bar.addWidget(self.timeline_label)
        timeline_bar.addStretch(1)
        for button in self.planned.buttons:
            timeline_bar.addWidget(button)
        right_layout.addLayout(timeline_bar)
        right_layout.addWidget(self.timeline_table, 2)
        right_layout.addWidget(self.editor, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.note_button.clicked.connect(self.new_note)
        self.followup_button.clicked.connect(self.plan_followup)
        self.referral_button.clicked.connect(self.add_referral)
        self.visit_button.clicked.connect(self.plan_visit)
        self.record_visit_button.clicked.connect(self.record_visit)
        self.history_button.clicked.connect(self.show_history)
        self.access_button.clicked.connect(self.subject_access)
        self.erase_button.clicked.connect(self.erase_or_hold)
        self.details.people_table.activated.connect(self.rectify)  # art. 16
        self.summary_button.clicked.connect(self.case_summary)
        self.plan_button.clicked.connect(self.open_support_plan)
        self.housing_button.clicked.connect(self.open_housing)
        self.timeline_table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.timeline_table.customContextMenuRequested.connect(self._timeline_menu)
        self.timeline_table.activated.connect(self._timeline_activated)
        self.timeline_table.selectionModel().currentChanged.connect(self._timeline_current)
        on_delete_key(self.timeline_table, self.planned.delete)
        # Saved here (this editor, a dialog, another tab) or arrived by sync: read it again.
        context.subscribe(TIMELINE | REGISTRY | {"case_files"}, self._on_changes)
        for first, second in ((self.note_button, self.followup_button),
                              (self.followup_button, self.referral_button),
                              (self.referral_button, self.visit_button),
                              (self.visit_button, self.record_visit_button),
                              (self.record_visit_button, self.timeline_table),
                              (self.timeline_table, self.editor.kind_combo)):
            self.setTabOrder(first, second)
        self.setEnabled(False)  # until loaded
        self.retranslate()
        self._load()

    def retranslate(self) -> None:
        self.note_button.setText(self.tr("&New note"))
        self.note_button.setToolTip(self.tr("New note (Ctrl+N)"))
        self.followup_button.setText(self.tr("Plan a &follow-up"))
        self.referral_button.setText(self.tr("Add a &referral"))
        self.visit_button.setText(self.tr("Plan a home &visit"))
        self.record_visit_button.setText(self.tr("R&ecord the visit"))
        self.history_button.setText(self.tr("&History"))
        self.history_button.setToolTip(self.tr("Every version of the selected line, with "
                                               "who wrote it and when"))
        self.access_button.setText(self.tr("Subject access e&xport…"))
        self.erase_button.setText(self.tr("Era&se or hold…"))
        self.erase_button.setToolTip(self.tr("Erase the household or its case file "
                                             "everywhere (GDPR art. 17), or place a "
                                             "legal hold"))
        self.summary_button.setText(self.tr("Case summar&y (PDF)…"))
        self.summary_button.setToolTip(self.tr("A social report in Dutch or French, with the "
                                               "notes you choose"))
        self.plan_button.setText(self.tr("Support &plan…"))
        self.plan_button.setToolTip(self.tr("Intake analysis, social rights checked, goals "
                                            "with their review dates"))
        self.more_button.setText(self.tr("&More"))
        self.more_button.setToolTip(self.tr("A request to a department, a neighbourhood "
                                            "agent asked along, a candidate moving in"))
        self.internal_action.setText(self.tr("Re&quest to a department…"))
        self.internal_action.setToolTip(self.tr("Transfers, accounting, maintenance…: the "
                                                "facts, an answer and a due date"))
        self.move_in_action.setText(self.tr("They &move in…"))
        self.move_in_action.setToolTip(self.tr("The candidate tenant gets a dwelling; the "
                                               "case file goes on"))
        self.agent_action.setText(self.tr("Ask an agent &along…"))
        self.agent_action.setToolTip(self.tr("Ask the neighbourhood agents to come along on "
                                             "a home visit: day, time and address only"))
        self.more_menu.setToolTipsVisible(True)
        self.housing_button.setText(self.tr("Right to hous&ing…"))
        self.housing_button.setToolTip(self.tr("Arrears plans, eviction procedure steps "
                                               "and the outcome"))
        self.access_button.setToolTip(self.tr("Everything held about this household, "
                                              "as PDF and JSON (GDPR art. 15)"))
        self.timeline_label.setText(self.tr("&Timeline"))
        if hasattr(self, "planned"):
            self.planned.retranslate()
        self.no_case_label.setText(self.tr("This household has no case file. Open one when "
                                           "the social service starts working with them."))
        self.open_case_button.setText(self.tr("&Open a case file"))
        self.timeline_table.setAccessibleName(self.tr("Timeline"))
        self.timeline_model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- loading ------------------------------------------------------------------------

    def _load(self) -> None:
        household_id, actor = self.household_id, self.ctx.actor_id
        editing = self._editing_note_id

        def load(s: Session) -> Loaded:
            detail = household_list.household_detail(s, household_id=household_id)
            case = casework.find_case_file(s, household_id=household_id, actor_id=actor)
            if case is None:
                return detail, None, [], None, None
            entries = casework.timeline(s, case_id=case.id)
            draft = drafts.load_draft(s, key=f"note:{case.id}")
            edit = None
            if editing:
                edit_text = drafts.load_draft(s, key=f"note:{editing}")
                if edit_text:
                    edit = (casework.get_note(s, note_id=editing), edit_text)
            return detail, case, entries, draft, edit

        self.ctx.call(load, on_success=self._loaded)

    def _loaded(self, result: Loaded) -> None:
        detail, case, entries, draft, edit = result
        self.case = case
        self.details.show_household(detail)
        self.move_in_action.setVisible(detail.candidate)
        self.setEnabled(True)
        self.title_changed.emit(detail.name)
        self._language = detail.language or "nl"
        has_case = case is not None
        self.no_case.setVisible(not has_case)
        for widget in (self.note_button, self.followup_button, self.referral_button,
                       self.visit_button, self.summary_button, self.plan_button,
                       self.housing_button, self.more_button,
                       self.timeline_table,
                       self.details.case_box):
            widget.setEnabled(has_case)
        if case is None:
            self.loaded.emit()
            return
        self.editor.case_id = case.id
        self.details.show_case(case)
        self.timeline_model.set_rows(entries)
        if edit is not None:
            self.editor.start_edit(edit[0], draft_text=edit[1])
        elif draft:
            self.editor.start_new(draft)
        self.loaded.emit()
        if self._show_on_load:
            self.show_entry(self._show_on_load)

    def _fit_what_column(self) -> None:
        table = self.timeline_table
        cap = table.fontMetrics().horizontalAdvance("M") * 16
        header_need = table.horizontalHeader().sectionSizeFromContents(1).width()
        table.horizontalHeader().resizeSection(
            1, max(header_need, min(table.sizeHintForColumn(1), cap)))

    def refresh_timeline(self) -> None:
        if self.case is None:
            return
        case_id = self.case.id
        self.ctx.call(lambda s: casework.timeline(s, case_id=case_id),
                      on_success=self._timeline_loaded)

    def _timeline_loaded(self, entries: list[TimelineEntry]) -> None:
        set_rows_keeping_current(self.timeline_table, self.timeline_model, entries)
        self._timeline_current()

    def _on_changes(self, changes: ChangeSet) -> None:
        """Re-read what changed, read-only (opening the file again would log an access)."""
        if self.case is None:
            return  # still loading: the load reads everything
        if changes.touches(*TIMELINE):
            self.refresh_timeline()
        if changes.touches(*REGISTRY):
            household_id = self.household_id
            self.ctx.call(lambda s: household_list.household_detail(s, household_id=household_id),
                          on_success=self._household_loaded)
        if changes.touches_record("case_files", self.case.id):
            case_id = self.case.id
            self.ctx.call(lambda s: casework.get_case(s, case_id=case_id),
                          on_success=self._case_loaded)

    def _case_loaded(self, case: CaseView) -> None:
        self.case = case
        self.details.show_case_unless_edited(case)

    def _household_loaded(self, detail: HouseholdDetail) -> None:
        self.details.show_household(detail)
        self.move_in_action.setVisible(detail.candidate)
        self.title_changed.emit(detail.name)
        self._language = detail.language or "nl"

    # -- actions ------------------------------------------------------------------------

    def _case_saved(self, case: CaseView) -> None:
        self.case = case

    def open_case_file(self) -> None:
        """The person chose to open a case file for this household."""
        household_id, actor, today = self.household_id, self.ctx.actor_id, self.ctx.today()
        self.open_case_button.setEnabled(False)

        def opened(_case: CaseView) -> None:
            self.open_case_button.setEnabled(True)
            self._load()

        def failed(exc: BaseException) -> None:
            self.open_case_button.setEnabled(True)
            self.ctx.failed.emit(error_text(exc))

        self.ctx.call(lambda s: casework.open_case_file(s, household_id=household_id,
                                                        actor_id=actor, today=today),
                      on_success=opened, on_failure=failed)

    def new_note(self) -> None:
        if self.case is not None:
            self.editor.start_new()

    def _open_dialog(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def rectify(self, index: QModelIndex) -> None:
        if index.isValid() and may_export(self.ctx):
            person = self.people_model.row_at(index.row())
            self._open_dialog(RectifyDialog(self.ctx, person, self))

    def erase_or_hold(self) -> None:
        self._open_dialog(ErasureDialog(self.ctx, household_id=self.household_id,
                                        case_id=self.case.id if self.case else None,
                                        people=self.people_model.rows(), parent=self))

    def subject_access(self) -> None:
        self._open_dialog(SubjectAccessDialog(self.ctx, self.household_id,
                                              language=self._language, parent=self))

    def plan_followup(self) -> None:
        if self.case is not None:
            self._open_dialog(FollowUpDialog(self.ctx, self.case.id, self))

    def add_referral(self) -> None:
        if self.case is not None:
            self._open_dialog(ReferralDialog(self.ctx, self.case.id, self))

    def plan_visit(self) -> None:
        if self.case is not None:
            self._open_dialog(PlanVisitDialog(self.ctx, self.case.id, self))

    def open_support_plan(self) -> None:
        if self.case is None:
            return
        case_id, actor = self.case.id, self.ctx.actor_id
        self.ctx.call(lambda s: support_plan.get_plan(s, case_id=case_id, actor_id=actor),
                      on_success=lambda plan: self._open_dialog(
                          SupportPlanDialog(self.ctx, case_id, plan, self)))

    def open_housing(self) -> None:
        if self.case is not None:
            self._open_dialog(HousingDialog(self.ctx, self.case.id, self))

    def ask_department(self) -> None:
        if self.case is not None:
            self._open_dialog(InternalRequestDialog(self.ctx, self.case.id, self))

    def move_in(self) -> None:
        detail = self.details.detail
        if detail is not None and detail.candidate:
            self._open_dialog(MoveInDialog(self.ctx, self.household_id, detail.site.id, self))

    def ask_agent_along(self) -> None:
        if self.case is not None:
            self._open_dialog(AskAgentDialog(self.ctx, self.case.id, self))

    def open_internal_request(self, request_id: str) -> None:
        self.ctx.call(lambda s: internal_requests.get_request(s, request_id=request_id),
                      on_success=lambda r: self._open_dialog(InternalAnswerDialog(
                          self.ctx, r, self)))

    def case_summary(self) -> None:
        if self.case is not None:
            self._open_dialog(CaseSummaryDialog(self.ctx, self.case.id, self._language, self))

    def _current_entry(self) -> TimelineEntry | None:
        index = self.timeline_table.currentIndex()
        if not index.isValid() or index.row() >= self.timeline_model.rowCount():
            return None
        return self.timeline_model.row_at(index.row())

    def record_visit(self) -> None:
        entry = self._current_entry()
        if self.case is not None and entry is not None and entry.kind == "visit":
            self._open_dialog(RecordVisitDialog(self.ctx, self.case.id, entry.id, self))

    def _timeline_current(self, *_args: object) -> None:
        entry = self._current_entry()
        self.record_visit_button.setEnabled(
            entry is not None and entry.kind == "visit" and entry.status == "planned")
        self.history_button.setEnabled(entry is not None and has_history(entry.kind))
        self.planned.update()

    def show_history(self) -> None:
        entry = self._current_entry()
        if entry is not None and has_history(entry.kind):
            open_history(self, self.ctx, entry.kind, entry.id)

    def _timeline_menu(self, pos: QPoint) -> None:
        entry = self._current_entry()
        if entry is None:
            return
        menu = QMenu(self)
        if has_history(entry.kind):
            menu.addAction(self.history_button.text(), self.show_history)
        if planned_of(entry) is not None:
            for button in self.planned.buttons:
                action = menu.addAction(button.text(), button.click)
                action.setEnabled(button.isEnabled())
        if not menu.isEmpty():
            menu.exec(self.timeline_table.viewport().mapToGlobal(pos))

    def _timeline_activated(self, index: QModelIndex) -> None:
        entry = self._current_entry()
        if entry is None:
            return
        if entry.kind == "note":
            note_id = entry.id
            self.ctx.call(lambda s: casework.get_note(s, note_id=note_id),
                          on_success=self.editor.start_edit)
        elif entry.kind == "visit" and entry.status == "planned":
            self.record_visit()
        elif entry.kind == "plan":
            self.open_support_plan()
        elif entry.kind in ("arrears", "eviction", "outcome"):
            self.open_housing()
        elif entry.kind == "internal":
            self.open_internal_request(entry.id)
        elif entry.kind == "referral" and self.case is not None:
            self._open_dialog(UpdateReferralDialog(self.ctx, self.case.id, entry, self))

    # -- lock support -------------------------------------------------------------------

    def show_entry(self, entry_id: str) -> None:
        """Select one line of the timeline (a search hit), once the timeline is there."""
        if self.case is None:
            self._show_on_load = entry_id
            return
        for row, entry in enumerate(self.timeline_model.rows()):
            if entry.id == entry_id:
                self.timeline_table.selectRow(row)
                self.timeline_table.scrollTo(self.timeline_model.index(row, 0))
                self.timeline_table.setFocus()
                return

    def state(self) -> dict[str, str | None]:
        editing = self.editor.note_id if not self.editor.isHidden() else None
        return {"household_id": self.household_id, "editing_note_id": editing}

    def unsaved_drafts(self) -> dict[str, str]:
        text = self.editor.unsaved_text()
        return {self.editor.draft_key: text} if text.strip() else {}
