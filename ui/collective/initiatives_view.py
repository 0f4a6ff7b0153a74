"""Initiatives tab: what tenants started themselves in a neighbourhood (carried by a group,
never a tenant's name) and, for the one selected, the support the collective assistant gave
— logistics, a room, coaching, help with funding."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fieldapp.collective import participation as pt
from fieldapp.collective.labels import INITIATIVE_STATUSES, SUPPORT_KINDS
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.registry.neighbourhoods import NeighbourhoodRow, list_neighbourhoods
from fieldapp.vault import ChangeSet
from ui.collective.form_kit import FormView, code_combo, relabel, row_table, scrolled
from ui.collective.meeting_panel import _fill
from ui.combo_fill import refill
from ui.context import AppContext
from ui.labels import label
from ui.qdates import from_qdate, to_qdate
from ui.record_types import PARTICIPATION
from ui.table_model import Column, RowsModel, date_pattern, format_date, set_rows_keeping_current

COLUMNS: list[Column[pt.InitiativeRow]] = [
    (QT_TRANSLATE_NOOP("InitiativesView", "Since"), lambda r: r.started_on),
    (QT_TRANSLATE_NOOP("InitiativesView", "Initiative"), lambda r: r.title),
    (QT_TRANSLATE_NOOP("InitiativesView", "Carried by"), lambda r: r.carried_by),
    (QT_TRANSLATE_NOOP("InitiativesView", "State"),
     lambda r: label(INITIATIVE_STATUSES, r.status)),
    (QT_TRANSLATE_NOOP("InitiativesView", "Support given"), lambda r: len(r.support)),
]


class InitiativesView(FormView):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.hood_combo = QComboBox(self)
        self.hood_combo.setMinimumContentsLength(18)
        self.hood_label = QLabel(self)
        self.hood_label.setBuddy(self.hood_combo)
        self.model = RowsModel("InitiativesView", COLUMNS, self)
        self.table = row_table(self, self.model)
        self.new_box = QGroupBox(self)
        self.title_edit = QLineEdit(self)
        self.group_edit = QLineEdit(self)
        self.start_edit = QDateEdit(self)
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDate(to_qdate(context.today()))
        self.start_button = QPushButton(self)
        form = QFormLayout(self.new_box)
        self.row(form, lambda: self.tr("&Initiative:"), self.title_edit)
        self.row(form, lambda: self.tr("Carried &by (a group):"), self.group_edit)
        self.row(form, lambda: self.tr("&Since:"), self.start_edit)
        form.addRow("", self.start_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.new_box)
        right = QWidget(self)
        self.heading = QLabel(right)
        self.heading.setWordWrap(True)
        self.support_list = QListWidget(right)
        self.support_list.setMinimumHeight(100)
        self.support_box = QGroupBox(right)
        self.kind_combo = code_combo(right, SUPPORT_KINDS)
        self.note_edit = QLineEdit(right)
        self.day_edit = QDateEdit(right)
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDate(to_qdate(context.today()))
        self.support_button = QPushButton(right)
        self.status_button = QPushButton(right)
        support_form = QFormLayout(self.support_box)
        support_form.addRow(self.support_list)
        self.row(support_form, lambda: self.tr("Kind of su&pport:"), self.kind_combo)
        self.row(support_form, lambda: self.tr("&What (no names):"), self.note_edit)
        self.row(support_form, lambda: self.tr("&Day:"), self.day_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.support_button)
        buttons.addWidget(self.status_button)
        support_form.addRow(buttons)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.support_box, 1)
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
        self._select_after: str | None = None
        self.hood_combo.currentIndexChanged.connect(self.refresh)
        self.table.selectionModel().currentChanged.connect(self._show_selected)
        self.start_button.clicked.connect(self.start)
        self.support_button.clicked.connect(self.give_support)
        self.status_button.clicked.connect(self.toggle_status)
        context.subscribe(PARTICIPATION | {"neighbourhoods"}, self._on_changes)
        self.retranslate()
        self.load_neighbourhoods()

    def retranslate(self) -> None:
        super().retranslate()
        self.hood_label.setText(self.tr("&Neighbourhood:"))
        self.hood_combo.setAccessibleName(self.tr("Neighbourhood"))
        self.table.setAccessibleName(self.tr("Tenants' initiatives"))
        self.new_box.setTitle(self.tr("A new initiative"))
        self.start_edit.setDisplayFormat(date_pattern())
        self.day_edit.setDisplayFormat(date_pattern())
        self.start_button.setText(self.tr("&Add the initiative"))
        self.support_box.setTitle(self.tr("Support given"))
        self.support_list.setAccessibleName(self.tr("Support given"))
        relabel(self.kind_combo, SUPPORT_KINDS)
        self.support_button.setText(self.tr("&Record the support"))
        self.model.retranslate()
        self._show_selected()

    # -- reading ----------------------------------------------------------------------------

    def _on_changes(self, changes: ChangeSet) -> None:
        if changes.touches("neighbourhoods"):
            self.load_neighbourhoods()
        else:
            self.refresh()

    def load_neighbourhoods(self) -> None:
        me = self.ctx.actor_id
        self.ctx.call(lambda s: list_neighbourhoods(s, assistant_id=me),
                      on_success=self._hoods_loaded)

    def _hoods_loaded(self, hoods: list[NeighbourhoodRow]) -> None:
        refill(self.hood_combo, ((hood.name, hood.id) for hood in hoods))
        self.refresh()

    def refresh(self) -> None:
        hood_id = self.hood_combo.currentData()
        self.start_button.setEnabled(hood_id is not None)
        if hood_id is None:
            self.model.set_rows([])
            self._show_selected()
            return

        def loaded(rows: list[pt.InitiativeRow]) -> None:
            set_rows_keeping_current(self.table, self.model, rows)
            if self._select_after is not None:
                for i, row in enumerate(self.model.rows()):
                    if row.id == self._select_after:
                        self.table.selectRow(i)
                self._select_after = None
            self._show_selected()

        self.ctx.call(lambda s: pt.list_initiatives(s, neighbourhood_ids=[hood_id]),
                      on_success=loaded)

    def selected(self) -> pt.InitiativeRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row())

    def _show_selected(self, *_args: object) -> None:
        chosen = self.selected()
        self.support_box.setEnabled(chosen is not None)
        self.status_button.setText(
            self.tr("Running a&gain") if chosen is not None and chosen.status == "ended"
            else self.tr("It has &ended"))
        if chosen is None:
            self.heading.setText(self.tr("Choose an initiative, or add one."))
            self.support_list.clear()
            return
        self.heading.setText(f"<b>{chosen.title}</b> — {chosen.carried_by} — "
                             f"{label(INITIATIVE_STATUSES, chosen.status)}")
        _fill(self.support_list, [
            (str(i), " — ".join(x for x in (format_date(day), label(SUPPORT_KINDS, kind), note)
                                if x))
            for i, (day, kind, note) in enumerate(chosen.support)], None)

    # -- writing ----------------------------------------------------------------------------

    def start(self) -> None:
        hood_id, actor = self.hood_combo.currentData(), self.ctx.actor_id
        if hood_id is None:
            return
        title, group = self.title_edit.text(), self.group_edit.text()
        since = from_qdate(self.start_edit.date())

        def done(row: pt.InitiativeRow) -> None:
            self._select_after = row.id
            self.title_edit.clear()
            self.group_edit.clear()

        self.save(lambda s: pt.start_initiative(s, neighbourhood_id=hood_id, title=title,
                                                carried_by=group, started_on=since,
                                                actor_id=actor), done)

    def give_support(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        initiative_id, actor = chosen.id, self.ctx.actor_id
        kind, note = self.kind_combo.currentData(), self.note_edit.text()
        day = from_qdate(self.day_edit.date())
        self.save(lambda s: pt.give_support(s, initiative_id=initiative_id, kind=kind,
                                            note=note, given_on=day, actor_id=actor),
                  lambda _r: self.note_edit.clear())

    def toggle_status(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        initiative_id, actor = chosen.id, self.ctx.actor_id
        status = "running" if chosen.status == "ended" else "ended"
        self.save(lambda s: pt.set_initiative_status(s, initiative_id=initiative_id,
                                                     status=status, actor_id=actor))
