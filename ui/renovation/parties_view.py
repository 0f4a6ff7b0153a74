"""Who was present at the inventory, their signatures or refusals, and addenda after signing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.renovation import labels as rl
from fieldapp.renovation import signatures as sig
from fieldapp.renovation.views import AddendumView, InventoryView, PartyView
from ui.buddy import buddy_label
from ui.context import AppContext, SessionWork
from ui.errors import error_text
from ui.form_drafts import FormDrafts, saving_with_drafts
from ui.renovation import labels
from ui.renovation.dialogs import AddendumDialog, ReasonDialog, SignatureDialog
from ui.table_fit import keep_headers_readable
from ui.table_model import Column, RowsModel, format_date

PARTY_COLUMNS: list[Column[PartyView]] = [
    (QT_TRANSLATE_NOOP("renovation", "Present as"), lambda p: labels.party_role(p.role)),
    (QT_TRANSLATE_NOOP("renovation", "Name"), lambda p: p.name),
    (QT_TRANSLATE_NOOP("renovation", "Signature"), lambda p: labels.party_status(p.status)),
    (QT_TRANSLATE_NOOP("renovation", "Reason for refusing"), lambda p: p.refusal_reason),
]
ADDENDUM_COLUMNS: list[Column[AddendumView]] = [
    (QT_TRANSLATE_NOOP("renovation", "Date"), lambda a: format_date(a.written_on)),
    (QT_TRANSLATE_NOOP("renovation", "Condition now"),
     lambda a: labels.condition(a.condition) if a.condition else ""),
    (QT_TRANSLATE_NOOP("renovation", "Addendum"), lambda a: a.text),
]
BIG = 44


class PartiesView(QWidget):
    saved = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = context
        self.inventory: InventoryView | None = None
        self.model = RowsModel("renovation", PARTY_COLUMNS, self)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setDefaultSectionSize(40)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 200)
        self.table.setColumnWidth(1, 220)
        self.table.setColumnWidth(2, 150)
        keep_headers_readable(self.table)
        self.table.setAccessibleName(self.tr("People present"))
        self.role_combo = QComboBox(self)
        for code in rl.PARTY_ROLES:
            self.role_combo.addItem(labels.party_role(code), code)
        self.role_combo.setAccessibleName(self.tr("Present as"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("Name — Enter adds"))
        self.name_edit.setAccessibleName(self.tr("Name of the person present"))
        self.add_button = QPushButton(self.tr("&Add person"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.sign_button = QPushButton(self.tr("&Sign…"), self)
        self.refuse_button = QPushButton(self.tr("Refuses to sign…"), self)
        self.addendum_button = QPushButton(self.tr("Add an a&ddendum…"), self)
        for button in (self.sign_button, self.refuse_button, self.addendum_button):
            button.setMinimumHeight(BIG)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.addenda_model = RowsModel("renovation", ADDENDUM_COLUMNS, self)
        self.addenda_table = QTableView(self)
        self.addenda_table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.addenda_table.setModel(self.addenda_model)
        self.addenda_table.horizontalHeader().setStretchLastSection(True)
        self.addenda_table.setAccessibleName(self.tr("Addenda"))
        keep_headers_readable(self.addenda_table)
        add_row = QHBoxLayout()
        add_row.addWidget(buddy_label(self.role_combo))
        add_row.addWidget(self.role_combo)
        add_row.addWidget(buddy_label(self.name_edit))
        add_row.addWidget(self.name_edit, 1)
        add_buttons = QHBoxLayout()  # a row of its own: the page fits a 960-pixel window
        add_buttons.addWidget(self.add_button)
        add_buttons.addWidget(self.remove_button)
        add_buttons.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.sign_button)
        actions.addWidget(self.refuse_button)
        actions.addStretch(1)
        actions.addWidget(self.addendum_button)
        layout = QVBoxLayout(self)
        layout.addLayout(add_row)
        layout.addLayout(add_buttons)
        layout.addWidget(self.table, 2)
        layout.addLayout(actions)
        layout.addWidget(self.note)
        layout.addWidget(QLabel(self.tr("Addenda after signing:"), self))
        layout.addWidget(self.addenda_table, 1)
        self.table.selectionModel().currentRowChanged.connect(self._party_changed)
        self.add_button.clicked.connect(self.add_party)
        self.name_edit.returnPressed.connect(self.add_party)
        self.remove_button.clicked.connect(self.remove_party)
        self.sign_button.clicked.connect(self.sign)
        self.refuse_button.clicked.connect(self.refuse)
        self.addendum_button.clicked.connect(self.add_addendum)
        self.set_inventory(None)

    def set_inventory(self, view: InventoryView | None) -> None:
        selected = self.current_party()
        self.inventory = view
        self.model.set_rows(view.parties if view else [])
        self.addenda_model.set_rows(view.addenda if view else [])
        frozen = bool(view and view.frozen)
        for widget in (self.role_combo, self.name_edit, self.add_button, self.remove_button):
            widget.setEnabled(view is not None and not frozen)
        self.addendum_button.setEnabled(frozen)
        self.note.setText(self.tr(
            "The first signature or refusal freezes the inventory: its content fingerprint "
            "is fixed and printed on the PDF. Add everyone present before signing.")
            if not frozen else self.tr("Frozen · fingerprint {fp}").format(
                fp=view.fingerprint if view is not None else ""))
        ids = [p.id for p in (view.parties if view else ())]
        if ids:
            self.table.selectRow(ids.index(selected.id) if selected and selected.id in ids
                                 else 0)
        self._party_changed()

    def _party_changed(self, *_: object) -> None:
        party = self.current_party()
        pending = party is not None and party.status == "pending"
        self.sign_button.setEnabled(pending)
        self.refuse_button.setEnabled(pending)

    def current_party(self) -> PartyView | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _save(self, fn: SessionWork) -> None:
        self.ctx.call(fn, on_success=lambda _r: self.saved.emit(), on_failure=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.ctx.failed.emit(error_text(exc))

    def _open(self, dialog: QDialog, on_accept: Callable[[], None]) -> None:
        """Window-modal, not a nested event loop: the UI keeps running (and tests too)."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(on_accept)
        dialog.open()

    def add_party(self) -> None:
        if self.inventory is None or not self.name_edit.text().strip():
            return
        role, name, inventory_id = (self.role_combo.currentData(), self.name_edit.text(),
                                    self.inventory.id)
        self.name_edit.clear()
        self._save(lambda s: sig.add_party(s, inventory_id=inventory_id, role=role, name=name,
                                           actor_id=self.ctx.actor_id))

    def remove_party(self) -> None:
        party = self.current_party()
        if party is not None:
            self._save(lambda s: sig.remove_party(s, party_id=party.id,
                                                  actor_id=self.ctx.actor_id))

    def sign(self) -> None:
        party = self.current_party()
        if party is None or party.status != "pending":
            return
        dialog = SignatureDialog(party.name, labels.party_role(party.role), self)

        def accepted() -> None:
            if not dialog.pad.is_empty():
                png = dialog.pad.to_png()
                self._save(lambda s: sig.sign(s, party_id=party.id, signature_png=png,
                                              actor_id=self.ctx.actor_id))

        self._open(dialog, accepted)

    def refuse(self) -> None:
        party = self.current_party()
        if party is None or party.status != "pending":
            return
        dialog = ReasonDialog(self.tr("Refusal to sign"),
                              self.tr("Why does {name} refuse to sign?").format(name=party.name),
                              self)
        kept = FormDrafts(dialog, self.ctx, f"sign-refusal:{party.id}", {"reason": dialog.edit})

        def accepted() -> None:
            reason = dialog.value()
            self._save(saving_with_drafts(lambda s: sig.refuse(
                s, party_id=party.id, reason=reason, actor_id=self.ctx.actor_id), kept))

        self._open(dialog, accepted)

    def add_addendum(self) -> None:
        view = self.inventory
        if view is None or not view.frozen:
            return
        elements = [(e.id, f"{labels.room_name(r.room_type, r.name, view.template)} — "
                           f"{labels.element(e.element_type)}")
                    for r in view.rooms for e in r.elements]
        dialog = AddendumDialog(elements, self)
        kept = FormDrafts(dialog, self.ctx, f"addendum:{view.id}", {"text": dialog.text_edit})

        def accepted() -> None:
            values, today = dialog.values(), self.ctx.today()
            self._save(saving_with_drafts(lambda s: sig.add_addendum(
                s, inventory_id=view.id, written_on=today, actor_id=self.ctx.actor_id,
                **values), kept))

        self._open(dialog, accepted)
