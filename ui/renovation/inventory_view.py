"""Room-by-room inventory entry: rooms on the left, the room's elements on the right.

Touch: big condition buttons, big "Add photo". Keyboard: arrows move through elements,
1–6 set the condition and move on to the next element, Enter in the remarks saves them,
Ctrl+Shift+P adds photos, Ctrl+Shift+N adds a room of the chosen kind.

A remark typed but not saved when the vault locks is kept as an encrypted draft
("remark:<element id>", fieldapp.local.drafts) and comes back on that element after unlock,
like the social assistant's note editor (ui.casework.note_editor); saving the remark discards it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from fieldapp.attachments import files as attachments
from fieldapp.attachments.files import PreparedImage
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.local import drafts
from fieldapp.renovation import inventory as inv
from fieldapp.renovation import labels as rl
from fieldapp.renovation import templates
from fieldapp.renovation.views import ElementView, InventoryView, RoomView
from ui.buddy import buddy_label
from ui.context import AppContext
from ui.errors import error_text
from ui.renovation import camera, labels
from ui.renovation.photo_strip import PhotoStrip, choose_photo_files, prepare_files
from ui.table_fit import keep_headers_readable
from ui.table_model import Column, RowsModel

TOUCH = 48  # px: a finger-sized control
ROOM_COLUMNS: list[Column[RoomView]] = [
    (QT_TRANSLATE_NOOP("renovation", "Room"), lambda r: labels.room_name(r.room_type, r.name)),
]
ELEMENT_COLUMNS: list[Column[ElementView]] = [
    (QT_TRANSLATE_NOOP("renovation", "Element"), lambda e: labels.element(e.element_type)),
    (QT_TRANSLATE_NOOP("renovation", "Condition"), lambda e: labels.condition(e.condition)),
    (QT_TRANSLATE_NOOP("renovation", "Photos"), lambda e: len(e.photos) or ""),
    (QT_TRANSLATE_NOOP("renovation", "Remarks"), lambda e: e.remarks),
]


def _table(parent: QWidget, model: QAbstractItemModel, name: str) -> QTableView:
    table = QTableView(parent)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
    table.setModel(model)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(36)
    table.horizontalHeader().setStretchLastSection(True)
    table.setAccessibleName(name)
    keep_headers_readable(table)
    return table


class InventoryEditor(QWidget):
    changed = Signal()  # the inventory was saved (rooms, elements, photos)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = context
        self.inventory: InventoryView | None = None
        self._pending: tuple[str | None, str | None] = (None, None)  # room, element after unlock
        self._draft: tuple[str, str] | None = None  # (element id, text) restored from a draft
        # The element whose remark the remarks field holds: what is typed there belongs to
        # the element that was on screen when it was typed, wherever the selection goes next.
        self._remark_for: str | None = None
        self._reloading = False
        self.choose_files: Callable[[QWidget], list[str]] = choose_photo_files
        self.rooms_model = RowsModel("renovation", ROOM_COLUMNS, self)
        self.elements_model = RowsModel("renovation", ELEMENT_COLUMNS, self)
        self.rooms_table = _table(self, self.rooms_model, self.tr("Rooms"))
        self.elements_table = _table(self, self.elements_model, self.tr("Elements"))
        self.elements_table.setColumnWidth(0, 220)
        self.elements_table.setColumnWidth(1, 120)
        self.elements_table.setColumnWidth(2, 56)
        self.room_type_combo = QComboBox(self)
        for code in templates.room_types():
            self.room_type_combo.addItem(labels.room_type(code), code)
        self.room_type_combo.setAccessibleName(self.tr("Kind of room"))
        self.add_room_button = QPushButton(self.tr("Add &room"), self)
        self.rename_edit = QLineEdit(self)
        self.rename_edit.setPlaceholderText(self.tr("Room name — Enter renames"))
        self.rename_edit.setAccessibleName(self.tr("Room name"))
        self.remove_room_button = QPushButton(self.tr("Remove room"), self)
        self.condition_group = QButtonGroup(self)
        self.condition_buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for index, code in enumerate(rl.CONDITIONS):
            button = QPushButton(f"{index + 1}  {labels.condition(code)}", self)
            button.setCheckable(True)
            button.setMinimumHeight(TOUCH)
            button.setAccessibleName(labels.condition(code))
            button.setToolTip(self.tr("Key {key}").format(key=index + 1))
            self.condition_group.addButton(button, index)
            self.condition_buttons[code] = button
            grid.addWidget(button, index // 3, index % 3)
            button.clicked.connect(lambda _=False, c=code: self.set_condition(c))
            shortcut = QShortcut(QKeySequence(str(index + 1)), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda c=code: self.set_condition(c, advance=True))
        self.remarks_edit = QLineEdit(self)
        self.remarks_edit.setPlaceholderText(self.tr("Remarks on this element — Enter saves"))
        self.remarks_edit.setAccessibleName(self.tr("Remarks"))
        self.remarks_edit.setMinimumHeight(36)
        self.draft_label = QLabel(self)
        self.draft_label.hide()
        self.photo_button = QPushButton(self.tr("Add &photos…"), self)
        self.photo_button.setMinimumHeight(TOUCH)
        self.camera_button = QPushButton(self.tr("&Take photo…"), self)
        self.camera_button.setMinimumHeight(TOUCH)
        self.camera_button.setVisible(camera.camera_available())  # hidden: no camera here
        self.photos = PhotoStrip(context, self)
        self.photos.setAccessibleName(self.tr("Photos of the element and the room"))
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.frozen_label = QLabel(self)
        self.frozen_label.setWordWrap(True)
        self.frozen_label.setStyleSheet("color: #7a4b00;")
        left = QVBoxLayout()
        left.addWidget(self.rooms_table, 1)
        row = QHBoxLayout()  # the button under the kind: the rooms' list stays narrow
        row.addWidget(buddy_label(self.room_type_combo))
        row.addWidget(self.room_type_combo, 1)
        left.addLayout(row)
        left.addWidget(self.add_room_button)
        left.addWidget(buddy_label(self.rename_edit))
        left.addWidget(self.rename_edit)
        left.addWidget(self.remove_room_button)
        right = QVBoxLayout()
        right.addWidget(self.frozen_label)
        right.addWidget(self.elements_table, 1)
        right.addLayout(grid)
        right.addWidget(buddy_label(self.remarks_edit))
        right.addWidget(self.remarks_edit)
        right.addWidget(self.draft_label)
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photos, 1)
        photo_row.addWidget(self.photo_button)
        photo_row.addWidget(self.camera_button)
        right.addLayout(photo_row)
        right.addWidget(self.progress)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 1)
        layout.addLayout(right, 3)

        self.rooms_table.selectionModel().currentRowChanged.connect(self._room_changed)
        self.elements_table.selectionModel().currentRowChanged.connect(self._element_changed)
        self.add_room_button.clicked.connect(self.add_room)
        self.rename_edit.returnPressed.connect(self.rename_room)
        self.remove_room_button.clicked.connect(self.remove_room)
        self.remarks_edit.editingFinished.connect(self.save_remarks)  # Enter or leaving it
        self.photo_button.clicked.connect(self.add_photos)
        self.camera_button.clicked.connect(self.take_photo)
        for keys, slot in (("Ctrl+Shift+P", self.add_photos), ("Ctrl+Shift+N", self.add_room)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.set_inventory(None)

    # -- state ---------------------------------------------------------------------------

    def set_inventory(self, view: InventoryView | None) -> None:
        """Show an inventory (or nothing), keeping the current room and element if present.

        The selection passes through other rows while the tables reload; only where it ends
        counts (the remark being typed is neither saved elsewhere nor overwritten).
        """
        self._reloading = True
        try:
            self._apply_inventory(view)
        finally:
            self._reloading = False
        self._element_changed()

    def _apply_inventory(self, view: InventoryView | None) -> None:
        room_id, element_id = self.current_room_id(), self.current_element_id()
        pending, self._pending = self._pending, (None, None)
        if view is not None and pending != (None, None):
            room_id, element_id = pending
            if element_id:
                self._load_draft(element_id)
        self.inventory = view
        self.rooms_model.set_rows(view.rooms if view else [])
        frozen = bool(view and view.frozen)
        for widget in (self.add_room_button, self.rename_edit, self.remove_room_button,
                       self.photo_button, self.camera_button, self.remarks_edit,
                       self.room_type_combo,
                       *self.condition_buttons.values()):
            widget.setEnabled(view is not None and not frozen)
        self.frozen_label.setVisible(frozen)
        self.draft_label.setText(self.tr("Restored from your unsaved draft."))
        self.frozen_label.setText(self.tr(
            "Signed: this inventory is frozen. Record later changes as an addendum "
            "(Attendees and signatures)."))
        if view is None:
            self.elements_model.clear()
            self.photos.forget()
            return
        rows = [r.id for r in view.rooms]
        self.rooms_table.selectRow(rows.index(room_id) if room_id in rows else 0)
        self._show_room(element_id)

    def current_room(self) -> RoomView | None:
        index = self.rooms_table.currentIndex()
        return self.rooms_model.row_at(index.row()) if index.isValid() else None

    def current_room_id(self) -> str | None:
        return getattr(self.current_room(), "id", None)

    def current_element(self) -> ElementView | None:
        index = self.elements_table.currentIndex()
        return self.elements_model.row_at(index.row()) if index.isValid() else None

    def current_element_id(self) -> str | None:
        return getattr(self.current_element(), "id", None)

    def _room_changed(self, *_: object) -> None:
        self._show_room(None)

    def _show_room(self, element_id: str | None) -> None:
        room = self.current_room()
        self.elements_model.set_rows(room.elements if room else [])
        self.rename_edit.setText(labels.room_name(room.room_type, room.name) if room else "")
        if room and room.elements:
            ids = [e.id for e in room.elements]
            self.elements_table.selectRow(ids.index(element_id) if element_id in ids else 0)
        self._element_changed()

    def _element_changed(self, *_: object) -> None:
        if self._reloading:
            return
        element, room = self.current_element(), self.current_room()
        for code, button in self.condition_buttons.items():
            button.setChecked(element is not None and element.condition == code)
        moved = getattr(element, "id", None) != self._remark_for
        if moved:
            self.save_remarks()  # what was typed stays with the element it was typed for
        if element is None:
            self._remark_for = None
            self.remarks_edit.clear()
        elif moved or not self.remarks_edit.hasFocus():  # not under the person's fingers
            draft = self._draft[1] if self._draft and self._draft[0] == element.id else None
            self.remarks_edit.setText(element.remarks if draft is None else draft)
            self.draft_label.setVisible(draft is not None)
            self._remark_for = element.id
        photos = list(element.photos if element else ()) + list(room.photos if room else ())
        self.photos.show_photos(photos)

    # -- actions -------------------------------------------------------------------------

    def _save(self, fn: Callable[[Session], object], then: Callable[[], None] | None = None
              ) -> None:
        if self.inventory is None:
            return  # no inventory shown any more (e.g. a photo prepared after it closed)
        inventory_id = self.inventory.id

        def work(s: Session) -> InventoryView:
            fn(s)
            return inv.get_inventory(s, inventory_id=inventory_id)

        def done(view: InventoryView) -> None:
            self.set_inventory(view)
            self.changed.emit()
            if then is not None:
                then()

        self.ctx.call(work, on_success=done, on_failure=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.ctx.failed.emit(error_text(exc))

    def set_condition(self, code: str, advance: bool = False) -> None:
        element = self.current_element()
        if element is None or self.inventory is None or self.inventory.frozen:
            return
        row = self.elements_table.currentIndex().row()
        if advance and row + 1 < self.elements_model.rowCount():
            # On to the next element at once, not when the save comes back: whatever the
            # person types next is for the element they now see.
            self.elements_table.selectRow(row + 1)
        self._save(lambda s: inv.set_element(s, element_id=element.id, condition=code,
                                             actor_id=self.ctx.actor_id))

    def _element(self, element_id: str | None) -> ElementView | None:
        rooms = self.inventory.rooms if self.inventory is not None else ()
        return next((e for r in rooms for e in r.elements if e.id == element_id), None)

    def save_remarks(self) -> None:
        """Save the remarks field on the element it was typed for (not the selection)."""
        element = self._element(self._remark_for)
        if (element is None or self.inventory is None or self.inventory.frozen
                or self.remarks_edit.text() == element.remarks):
            return
        if not getattr(self.ctx, "open", True):
            return  # the vault is locking: the remark goes into a draft (unsaved_drafts)
        text, key = self.remarks_edit.text(), self.draft_key(element.id)

        def work(s: Session) -> None:
            inv.set_element(s, element_id=element.id, remarks=text, actor_id=self.ctx.actor_id)
            drafts.discard_draft(s, key=key)

        self._draft = None
        self.draft_label.hide()
        self._save(work)

    # -- drafts (the app's lock) -----------------------------------------------------------

    @staticmethod
    def draft_key(element_id: str) -> str:
        return f"remark:{element_id}"

    def unsaved_drafts(self) -> dict[str, str]:
        """The remark typed on the shown element and not saved yet."""
        element = self._element(self._remark_for)
        if element is None or self.inventory is None or self.inventory.frozen:
            return {}
        text = self.remarks_edit.text()
        return {self.draft_key(element.id): text} if text != element.remarks else {}

    def restore_position(self, room_id: str | None, element_id: str | None) -> None:
        """After unlock: go back to this room and element and bring back its draft remark."""
        self._pending = (room_id, element_id)

    def _load_draft(self, element_id: str) -> None:
        key = self.draft_key(element_id)

        def show(text: str | None) -> None:
            if text is None:
                return
            saved = [e.remarks for r in (self.inventory.rooms if self.inventory else ())
                     for e in r.elements if e.id == element_id]
            if saved and saved[0] == text:  # it was saved after all: nothing to restore
                self.ctx.call(lambda s: drafts.discard_draft(s, key=key))
                return
            self._draft = (element_id, text)
            element = self.current_element()
            if element is not None and element.id == element_id:
                self.remarks_edit.setText(text)
                self.draft_label.show()

        self.ctx.call(lambda s: drafts.load_draft(s, key=key), on_success=show)

    def add_room(self) -> None:
        if self.inventory is None or self.inventory.frozen:
            return
        code, inventory_id = self.room_type_combo.currentData(), self.inventory.id
        count = len(self.inventory.rooms)

        def select_new() -> None:
            self.rooms_table.selectRow(count)
            self.elements_table.setFocus()

        self._save(lambda s: inv.add_room(s, inventory_id=inventory_id, room_type=code,
                                          actor_id=self.ctx.actor_id), select_new)

    def rename_room(self) -> None:
        room, name = self.current_room(), self.rename_edit.text()
        shown = labels.room_name(room.room_type, room.name) if room is not None else ""
        if room is not None and name.strip() and name != shown:
            self._save(lambda s: inv.rename_room(s, room_id=room.id, name=name,
                                                 actor_id=self.ctx.actor_id))

    def remove_room(self) -> None:
        room = self.current_room()
        if room is not None:
            self._save(lambda s: inv.remove_room(s, room_id=room.id, actor_id=self.ctx.actor_id))

    def add_photos(self) -> None:
        owner = self.current_element_id() or self.current_room_id()
        if owner is None or self.inventory is None or self.inventory.frozen:
            return
        paths = self.choose_files(self)
        if paths:
            self.import_photos(paths, owner)

    def import_photos(self, paths: list[str], owner_id: str) -> None:
        """Downscale and encrypt on the background pool, then record them in the vault."""
        self.progress.setRange(0, len(paths))
        self.progress.setValue(0)
        self.progress.show()
        self.ctx.runner.run(lambda progress: prepare_files(paths, progress=progress),
                            on_success=lambda prepared: self._record(prepared, owner_id),
                            on_failure=self._import_failed,
                            on_progress=lambda done, _total: self.progress.setValue(done))

    def take_photo(self) -> None:
        owner = self.current_element_id() or self.current_room_id()
        if owner is None or self.inventory is None or self.inventory.frozen:
            return
        dialog = camera.CameraDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.captured.connect(lambda image: self.import_captured(image, owner))
        dialog.open()

    def import_captured(self, image: QImage, owner_id: str) -> None:
        """A camera frame (QImage) through the same path as a photo file: JPEG bytes,
        downscaled, thumbnailed and encrypted off the UI thread, then recorded."""
        try:
            data = camera.image_to_jpeg(image)
        except ValueError as exc:
            self._import_failed(exc)
            return
        self.progress.setRange(0, 0)
        self.progress.show()
        self.ctx.runner.run(lambda: [attachments.prepare_image(data)],
                            on_success=lambda prepared: self._record(prepared, owner_id),
                            on_failure=self._import_failed)

    def _record(self, prepared: list[PreparedImage], owner_id: str) -> None:
        def record(s: Session) -> None:
            for image in prepared:
                inv.add_photo(s, owner_id=owner_id, image=image, actor_id=self.ctx.actor_id)

        self._save(record, self.progress.hide)

    def _import_failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self._failed(exc)
