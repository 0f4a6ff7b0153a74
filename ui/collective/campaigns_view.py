"""Campaigns tab: the awareness campaigns of a neighbourhood (theme, buildings, period,
posters) and, for the one selected, its door-to-door round — each door of its buildings
(building and door, never a name) with what happened there — and the findings. Everything
is saved in the vault at once: the round works offline in the stairwell."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from fieldapp.collective import campaigns as cp
from fieldapp.collective.campaign_pdf import campaign_pdf, file_name
from fieldapp.collective.labels import DOOR_OUTCOMES, SIGNAL_THEMES
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.registry.neighbourhoods import NeighbourhoodRow, list_neighbourhoods
from fieldapp.vault import ChangeSet
from ui.collective.form_kit import FormView, code_combo, relabel, row_table, scrolled
from ui.collective.meeting_panel import ID, _fill, _ticked
from ui.combo_fill import refill
from ui.context import AppContext
from ui.document_export import ExportChoice, app_language, choose_export
from ui.files import write_atomically
from ui.labels import label
from ui.qdates import from_qdate, to_qdate
from ui.record_types import CAMPAIGNS, REGISTRY
from ui.table_model import Column, RowsModel, date_pattern, format_date, set_rows_keeping_current


def _coverage(row: cp.CampaignRow) -> str:
    return f"{row.visited}/{row.doors}"


COLUMNS: list[Column[cp.CampaignRow]] = [
    (QT_TRANSLATE_NOOP("CampaignsView", "From"), lambda r: r.starts_on),
    (QT_TRANSLATE_NOOP("CampaignsView", "Until"), lambda r: format_date(r.ends_on)),
    (QT_TRANSLATE_NOOP("CampaignsView", "Theme"), lambda r: label(SIGNAL_THEMES, r.theme)),
    (QT_TRANSLATE_NOOP("CampaignsView", "Title"), lambda r: r.title),
    (QT_TRANSLATE_NOOP("CampaignsView", "Doors visited"), _coverage),
]


class CampaignsView(FormView):
    exported = Signal(str)  # a campaign summary was saved there

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.choose_export = choose_export  # where and in which language (tests answer)
        self.hood_combo = QComboBox(self)
        self.hood_combo.setMinimumContentsLength(18)
        self.hood_label = QLabel(self)
        self.hood_label.setBuddy(self.hood_combo)
        self.model = RowsModel("CampaignsView", COLUMNS, self)
        self.table = row_table(self, self.model)
        # the campaign form: a new one, or the selected one changed
        self.form_box = QGroupBox(self)
        self.theme_combo = code_combo(self, SIGNAL_THEMES)
        self.title_edit = QLineEdit(self)
        self.start_edit = QDateEdit(self)
        self.end_edit = QDateEdit(self)
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
        self.start_edit.setDate(to_qdate(context.today()))
        self.end_edit.setDate(to_qdate(context.today() + timedelta(days=14)))
        self.posters_spin = QSpinBox(self)
        self.posters_spin.setRange(0, 10_000)
        self.buildings = QListWidget(self)
        self.buildings.setMinimumHeight(70)
        self.new_button = QPushButton(self)
        self.change_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        form = QFormLayout(self.form_box)
        self.row(form, lambda: self.tr("T&heme:"), self.theme_combo)
        self.row(form, lambda: self.tr("T&itle:"), self.title_edit)
        self.row(form, lambda: self.tr("&From:"), self.start_edit)
        self.row(form, lambda: self.tr("&Until:"), self.end_edit)
        self.row(form, lambda: self.tr("P&osters hung:"), self.posters_spin)
        self.row(form, lambda: self.tr("&Buildings:"), self.buildings)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.delete_button)
        form.addRow(buttons)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.form_box)
        # the round of the selected campaign
        right = QWidget(self)
        self.heading = QLabel(right)
        self.heading.setWordWrap(True)
        self.doors = QListWidget(right)
        self.doors.setMinimumHeight(120)
        self.doors_label = QLabel(right)
        self.doors_label.setBuddy(self.doors)
        self.door_box = QGroupBox(right)
        self.outcome_combo = code_combo(right, DOOR_OUTCOMES)
        self.remarks_edit = QLineEdit(right)
        self.visited_edit = QDateEdit(right)
        self.visited_edit.setCalendarPopup(True)
        self.visited_edit.setDate(to_qdate(context.today()))
        self.door_button = QPushButton(right)
        door_form = QFormLayout(self.door_box)
        self.row(door_form, lambda: self.tr("&What happened:"), self.outcome_combo)
        self.row(door_form, lambda: self.tr("&Remarks (no names):"), self.remarks_edit)
        self.row(door_form, lambda: self.tr("&Day:"), self.visited_edit)
        door_form.addRow("", self.door_button)
        self.findings_box = QGroupBox(right)
        self.findings_edit = QPlainTextEdit(right)
        self.findings_edit.setTabChangesFocus(True)
        self.findings_edit.setMaximumHeight(80)
        self.findings_button = QPushButton(right)
        findings = QVBoxLayout(self.findings_box)
        self.summary_button = QPushButton(right)
        findings.addWidget(self.findings_edit)
        findings_buttons = QHBoxLayout()
        findings_buttons.addWidget(self.findings_button)
        findings_buttons.addWidget(self.summary_button)
        findings.addLayout(findings_buttons)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.doors_label)
        right_layout.addWidget(self.doors, 1)
        right_layout.addWidget(self.door_box)
        right_layout.addWidget(self.findings_box)
        splitter = QSplitter(self)
        splitter.addWidget(scrolled(self, left))
        splitter.addWidget(scrolled(self, right))
        splitter.setSizes([520, 520])
        top = QHBoxLayout()
        top.addWidget(self.hood_label)
        top.addWidget(self.hood_combo)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error)
        self._hoods: list[NeighbourhoodRow] = []
        self._select_after: str | None = None
        self.round: list[cp.DoorLine] = []
        self._form_for: str | None = None  # the campaign the form shows
        self.hood_combo.currentIndexChanged.connect(self.refresh)
        self.table.selectionModel().currentChanged.connect(self._campaign_changed)
        self.new_button.clicked.connect(lambda: self.save_campaign(new=True))
        self.change_button.clicked.connect(lambda: self.save_campaign(new=False))
        self.delete_button.clicked.connect(self.delete_campaign)
        self.door_button.clicked.connect(self.record_door)
        self.doors.currentRowChanged.connect(self._door_chosen)
        self.findings_button.clicked.connect(self.save_findings)
        self.summary_button.clicked.connect(self.export_summary)
        context.subscribe(CAMPAIGNS | REGISTRY | {"neighbourhoods"}, self._on_changes)
        self.retranslate()
        self.load_neighbourhoods()

    def retranslate(self) -> None:
        super().retranslate()
        self.hood_label.setText(self.tr("&Neighbourhood:"))
        self.hood_combo.setAccessibleName(self.tr("Neighbourhood"))
        self.table.setAccessibleName(self.tr("Campaigns"))
        self.form_box.setTitle(self.tr("Campaign"))
        relabel(self.theme_combo, SIGNAL_THEMES)
        relabel(self.outcome_combo, DOOR_OUTCOMES)
        for edit in (self.start_edit, self.end_edit, self.visited_edit):
            edit.setDisplayFormat(date_pattern())
        self.new_button.setText(self.tr("&Start a campaign"))
        self.change_button.setText(self.tr("Save &changes"))
        self.delete_button.setText(self.tr("Delete…"))
        self.delete_button.setToolTip(self.tr("Delete this campaign, entered by mistake"))
        self.doors_label.setText(self.tr("Doors of the &round:"))
        self.doors.setAccessibleName(self.tr("Doors of the round"))
        self.door_box.setTitle(self.tr("At this door"))
        self.door_button.setText(self.tr("Record the &door"))
        self.findings_box.setTitle(self.tr("Findings"))
        self.findings_edit.setAccessibleName(self.tr("Findings"))
        self.findings_button.setText(self.tr("Save the findin&gs"))
        self.summary_button.setText(self.tr("Summar&y (PDF)…"))
        self.model.retranslate()
        self._show_round()

    # -- reading ----------------------------------------------------------------------------

    def load_neighbourhoods(self) -> None:
        me = self.ctx.actor_id
        self.ctx.call(lambda s: list_neighbourhoods(s, assistant_id=me),
                      on_success=self._hoods_loaded)

    def _hoods_loaded(self, hoods: list[NeighbourhoodRow]) -> None:
        self._hoods = hoods
        refill(self.hood_combo, ((hood.name, hood.id) for hood in hoods))
        self.refresh()

    def refresh(self) -> None:
        hood_id = self.hood_combo.currentData()
        self.new_button.setEnabled(hood_id is not None)
        if hood_id is None:
            self.model.set_rows([])
            self._campaign_changed()
            return
        ticked = set(_ticked(self.buildings))

        def work(s: Session) -> tuple[list[cp.CampaignRow], list[tuple[str, str]]]:
            return (cp.list_campaigns(s, neighbourhood_ids=[hood_id]),
                    cp.buildings_of(s, hood_id))

        def loaded(result: tuple[list[cp.CampaignRow], list[tuple[str, str]]]) -> None:
            rows, buildings = result
            _fill(self.buildings, buildings, ticked)
            set_rows_keeping_current(self.table, self.model, rows)
            if self._select_after is not None:
                for i, row in enumerate(self.model.rows()):
                    if row.id == self._select_after:
                        self.table.selectRow(i)
                self._select_after = None
            self._campaign_changed()

        self.ctx.call(work, on_success=loaded)

    def _on_changes(self, changes: ChangeSet) -> None:
        if changes.touches("neighbourhoods"):
            self.load_neighbourhoods()
        else:
            self.refresh()

    def selected(self) -> cp.CampaignRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row())

    def _campaign_changed(self, *_args: object) -> None:
        chosen = self.selected()
        self.change_button.setEnabled(chosen is not None)
        self.delete_button.setEnabled(chosen is not None)
        self.door_box.setEnabled(chosen is not None)
        self.findings_box.setEnabled(chosen is not None)
        if chosen is None:
            self.round = []
            self._form_for = None
            self._show_round()
            return
        campaign_id = chosen.id
        if self._form_for != campaign_id:
            self._form_for = campaign_id
            self.fill_form()

        def loaded(doors: list[cp.DoorLine]) -> None:
            current = self.selected()
            if current is not None and current.id == campaign_id:
                self.round = doors
                self._show_round()

        self.ctx.call(lambda s: cp.round_of(s, campaign_id), on_success=loaded)

    def _show_round(self) -> None:
        chosen = self.selected()
        if chosen is None:
            self.heading.setText(self.tr("Choose a campaign, or start one."))
            self.doors.clear()
            return
        self.heading.setText(self.tr("<b>{title}</b> — {n} of {m} doors visited").format(
            title=chosen.title, n=chosen.visited, m=chosen.doors))
        row = self.doors.currentRow()
        _fill(self.doors, [(d.dwelling_id, self._door_text(d)) for d in self.round], None)
        if 0 <= row < self.doors.count():
            self.doors.setCurrentRow(row)
        if self.findings_edit.toPlainText() != chosen.findings \
                and not self.findings_edit.hasFocus():
            self.findings_edit.setPlainText(chosen.findings)

    def _door_text(self, d: cp.DoorLine) -> str:
        state = (f"{label(DOOR_OUTCOMES, d.outcome)} {format_date(d.visited_on)}"
                 if d.outcome else self.tr("not visited yet"))
        return " — ".join(x for x in (f"{d.building_name} · {d.door}", state, d.remarks) if x)

    def _door_chosen(self, row: int) -> None:
        if 0 <= row < len(self.round) and self.round[row].outcome:
            self.outcome_combo.setCurrentIndex(
                self.outcome_combo.findData(self.round[row].outcome))

    def fill_form(self) -> None:
        """The selected campaign into the form, to change it."""
        chosen = self.selected()
        if chosen is None:
            return
        self.theme_combo.setCurrentIndex(self.theme_combo.findData(chosen.theme))
        self.title_edit.setText(chosen.title)
        self.start_edit.setDate(to_qdate(chosen.starts_on))
        if chosen.ends_on is not None:
            self.end_edit.setDate(to_qdate(chosen.ends_on))
        self.posters_spin.setValue(chosen.posters)
        for i in range(self.buildings.count()):
            item = self.buildings.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(ID) in chosen.building_ids
                               else Qt.CheckState.Unchecked)

    # -- writing ----------------------------------------------------------------------------

    def delete_campaign(self) -> None:
        chosen = self.selected()
        if chosen is None or not self.confirm(
                self.tr("Delete the campaign"),
                self.tr("Delete “{title}” and its door-to-door round ({n} doors recorded)? "
                        "This cannot be undone.").format(title=chosen.title, n=chosen.visited)):
            return
        campaign_id, actor = chosen.id, self.ctx.actor_id
        self._form_for = None
        self.save(lambda s: cp.delete_campaign(s, campaign_id=campaign_id, actor_id=actor))

    def save_campaign(self, *, new: bool) -> None:
        hood_id, actor = self.hood_combo.currentData(), self.ctx.actor_id
        chosen = None if new else self.selected()
        if hood_id is None or (not new and chosen is None):
            return
        campaign_id = chosen.id if chosen is not None else None
        theme, title = self.theme_combo.currentData(), self.title_edit.text()
        start, end = from_qdate(self.start_edit.date()), from_qdate(self.end_edit.date())
        posters, buildings = self.posters_spin.value(), _ticked(self.buildings)

        def done(row: cp.CampaignRow) -> None:
            self._select_after = row.id
            if new:
                self.title_edit.clear()
                self.posters_spin.setValue(0)

        self.save(lambda s: cp.save_campaign(
            s, neighbourhood_id=hood_id, theme=theme, title=title, starts_on=start,
            ends_on=end, building_ids=buildings, posters=posters, actor_id=actor,
            campaign_id=campaign_id), done)

    def record_door(self) -> None:
        chosen, item = self.selected(), self.doors.currentItem()
        if chosen is None or item is None:
            return
        campaign_id, dwelling_id, actor = chosen.id, item.data(ID), self.ctx.actor_id
        outcome, remarks = self.outcome_combo.currentData(), self.remarks_edit.text()
        day = from_qdate(self.visited_edit.date())

        def done(_r: object) -> None:
            self.remarks_edit.clear()
            nxt = self.doors.currentRow() + 1  # on to the next door of the stairwell
            if nxt < self.doors.count():
                self.doors.setCurrentRow(nxt)

        self.save(lambda s: cp.record_door(s, campaign_id=campaign_id, dwelling_id=dwelling_id,
                                           outcome=outcome, remarks=remarks, visited_on=day,
                                           actor_id=actor), done)

    def save_findings(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        campaign_id, text, actor = chosen.id, self.findings_edit.toPlainText(), \
            self.ctx.actor_id
        self.save(lambda s: cp.record_findings(s, campaign_id=campaign_id, findings=text,
                                               actor_id=actor))

    def export_summary(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        campaign_id, starts_on = chosen.id, chosen.starts_on

        def write(choice: ExportChoice) -> None:
            path = choice.path if choice.path.lower().endswith(".pdf") else choice.path + ".pdf"
            language = choice.language

            def work(s: Session) -> str:
                write_atomically(path, campaign_pdf(s, campaign_id=campaign_id,
                                                    language=language))
                return path

            self.save(work, lambda written: self.exported.emit(str(written)))

        self.choose_export(self, title=self.tr("Campaign summary"), language=app_language(),
                           file_name=lambda lang: file_name(lang, starts_on), on_chosen=write)
