"""The inventory tab of a dwelling: choose or start the pre-works inventory or the
post-works check, edit it, print it, print the comparison."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from fieldapp.renovation import comparison_pdf as comparison_doc
from fieldapp.renovation import inventory as inv
from fieldapp.renovation import inventory_pdf as inventory_doc
from fieldapp.renovation.views import DwellingStatusRow, InventoryView
from ui.context import AppContext
from ui.document_export import ExportChoice, choose_export, household_language
from ui.errors import error_text
from ui.renovation import labels
from ui.renovation.inventory_view import InventoryEditor
from ui.renovation.pdf_export import export_pdf


class InventoryPage(QWidget):
    inventory_shown = Signal(object)  # InventoryView | None
    saved = Signal()
    message = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = context
        self.dwelling: DwellingStatusRow | None = None
        self.choose_export = choose_export  # where and in which language (tests answer)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName(self.tr("Inventory shown"))
        self.start_pre_button = QPushButton(self.tr("Start the pre-works &inventory"), self)
        self.start_post_button = QPushButton(self.tr("Start the post-works &check"), self)
        self.pdf_button = QPushButton(self.tr("P&DF…"), self)
        self.compare_button = QPushButton(self.tr("Compare before/after (PDF)…"), self)
        self.state_label = QLabel(self)
        self.state_label.setWordWrap(True)  # the fingerprint must not widen the window
        self.state_label.setMinimumWidth(120)
        self.editor = InventoryEditor(context, self)
        bar = QHBoxLayout()
        for widget in (self.kind_combo, self.start_pre_button, self.start_post_button):
            bar.addWidget(widget)
        bar.addWidget(self.state_label, 1)
        bar.addWidget(self.pdf_button)
        bar.addWidget(self.compare_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.editor, 1)
        self.kind_combo.activated.connect(lambda _i: self._load(self.kind_combo.currentData()))
        self.start_pre_button.clicked.connect(lambda: self.start("pre"))
        self.start_post_button.clicked.connect(lambda: self.start("post"))
        self.pdf_button.clicked.connect(self.print_inventory)
        self.compare_button.clicked.connect(self.print_comparison)
        self.editor.changed.connect(self.saved)
        self.set_dwelling(None)

    def set_dwelling(self, row: DwellingStatusRow | None, prefer: str | None = None) -> None:
        """Show the dwelling's inventories: the post-works check once there is one."""
        self.dwelling = row
        self.kind_combo.clear()
        pre, post = (row.pre_inventory_id, row.post_inventory_id) if row else (None, None)
        if row is not None:
            for kind, inventory_id in (("pre", pre), ("post", post)):
                if inventory_id:
                    self.kind_combo.addItem(labels.inventory_kind(kind), inventory_id)
        has_pre = bool(pre)
        self.start_pre_button.setVisible(row is not None and not has_pre)
        self.start_post_button.setVisible(has_pre and not post)
        self.compare_button.setVisible(bool(post))
        self.kind_combo.setVisible(self.kind_combo.count() > 0)
        self.pdf_button.setEnabled(self.kind_combo.count() > 0)
        if self.kind_combo.count():
            wanted = prefer if prefer in (pre, post) else None
            index = self.kind_combo.findData(wanted) if wanted else self.kind_combo.count() - 1
            self.kind_combo.setCurrentIndex(max(index, 0))
            self._load(self.kind_combo.currentData())
        else:
            self._show(None)

    def _load(self, inventory_id: str) -> None:
        self.ctx.call(lambda s: inv.get_inventory(s, inventory_id=inventory_id),
                      on_success=self._show)

    def _show(self, view: InventoryView | None) -> None:
        self.editor.set_inventory(view)
        if view is None:
            self.state_label.setText(self.tr("No inventory yet for this dwelling."))
        elif view.frozen and view.fingerprint is not None:  # frozen: it has a fingerprint
            self.state_label.setText(self.tr("Signed · fingerprint {short}…").format(
                short=view.fingerprint[:12]))
        else:
            self.state_label.setText(self.tr("Draft — not signed yet"))
        self.inventory_shown.emit(view)

    def current_inventory(self) -> InventoryView | None:
        return self.editor.inventory

    def start(self, kind: str) -> None:
        if self.dwelling is None:
            return
        pd_id, today = self.dwelling.id, self.ctx.today()

        def work(s: Session) -> InventoryView:
            return inv.start_inventory(s, project_dwelling_id=pd_id, held_on=today, kind=kind,
                                       actor_id=self.ctx.actor_id)

        # the workspace reloads the dwelling's row, which shows the new inventory
        self.ctx.call(work, on_success=lambda _view: self.saved.emit(), on_failure=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.ctx.failed.emit(error_text(exc))

    def _report(self, path: str) -> None:
        self.message.emit(self.tr("PDF saved: {name}").format(name=path.rsplit("/", 1)[-1]))

    def _reader_language(self, view: InventoryView) -> str:
        """The household's language today, else the one the inventory was started in."""
        household = self.dwelling.language if self.dwelling is not None else None
        return household_language(household if household in ("nl", "fr") else view.language)

    def print_inventory(self) -> None:
        view = self.current_inventory()
        if view is None or self.dwelling is None:
            return
        today = self.ctx.today()

        def chosen(choice: ExportChoice) -> None:
            export_pdf(self.ctx, path=choice.path, object_type="renovation_inventory",
                       object_id=view.id, on_done=self._report, on_failure=self._failed,
                       build=lambda s: inventory_doc.inventory_pdf(
                           s, inventory_id=view.id, printed_on=today,
                           language=choice.language))

        self.choose_export(
            self, title=self.tr("Print the inventory"), language=self._reader_language(view),
            file_name=lambda lang: inventory_doc.file_name(
                lang, kind=view.kind, held_on=view.held_on, inventory_id=view.id),
            on_chosen=chosen)

    def print_comparison(self) -> None:
        row, view = self.dwelling, self.current_inventory()
        if row is None or view is None:
            return
        pre_id, post_id = row.pre_inventory_id, row.post_inventory_id
        if not (pre_id and post_id):
            return
        today = self.ctx.today()

        def chosen(choice: ExportChoice) -> None:
            export_pdf(self.ctx, path=choice.path, object_type="renovation_inventory",
                       object_id=post_id, on_done=self._report, on_failure=self._failed,
                       build=lambda s: comparison_doc.comparison_pdf(
                           s, pre_id=pre_id, post_id=post_id, printed_on=today,
                           language=choice.language))

        self.choose_export(
            self, title=self.tr("Print the comparison"), language=self._reader_language(view),
            file_name=lambda lang: comparison_doc.file_name(lang, held_on=today,
                                                            post_id=post_id),
            on_chosen=chosen)
