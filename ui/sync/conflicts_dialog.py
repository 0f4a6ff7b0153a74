"""The same field changed on two computers: both versions side by side, the user decides.

One conflict at a time ("Conflict 1 of 3"). Per field: the version before both changes,
mine (author, time) and theirs (author, time); the choice "keep mine" / "keep theirs" and,
for free text, "merge" with an editable text that starts with both versions, so nothing
typed is lost by default. "Apply" sends the choice to ``engine.resolve_conflict`` (on the
database worker); when the last one is decided the dialog closes and asks for a round, so
the result reaches the other side.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fieldapp.vault.changes import ChangeSet
from ui.errors import error_text
from ui.sync.names import field_name, is_free_text, show_time, show_value, table_name

if TYPE_CHECKING:
    from sync.engine import ConflictView, FieldConflictView, SyncEngine
    from ui.tasks import TaskRunner

MINE, THEIRS, MERGE = 0, 1, 2


def refresh_author_names(engine: SyncEngine) -> None:
    """Ask the server for the organisation's names (the engine fetches them once an hour).
    Offline, the names known so far are shown; nothing fails."""
    from sync.engine import state

    client = engine.client()
    if client is None:
        return
    try:
        users = client.users().users
    except Exception:  # offline or refused: keep the names we have
        return
    with engine.vault.session() as s:
        state.remember_users(s, {u.id: u.email for u in users})


def _text_box(parent: QWidget, text: str, *, editable: bool = False) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setPlainText(text)
    box.setReadOnly(not editable)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(70)
    box.setMaximumHeight(140)
    return box


class FieldChoice(QGroupBox):
    """One conflicting field: base, mine, theirs and the user's choice."""

    def __init__(self, field: FieldConflictView, conflict: ConflictView,
                 parent: QWidget) -> None:
        super().__init__(field_name(field.field), parent)
        self.field = field
        self.free_text = is_free_text(field.field, field.mine, field.theirs)
        grid = QGridLayout(self)
        headers = (self.tr("Before both changes"),
                   self.tr("Yours — {who}, {when}").format(who=conflict.mine_by,
                                                          when=show_time(conflict.mine_at)),
                   self.tr("{who} — {when}").format(who=conflict.theirs_by,
                                                   when=show_time(conflict.theirs_at)))
        for col, (title, value) in enumerate(zip(headers, (field.base, field.mine, field.theirs),
                                                 strict=True)):
            head = QLabel(title, self)
            head.setWordWrap(True)
            head.setStyleSheet("font-weight: bold;")
            grid.addWidget(head, 0, col)
            if self.free_text:
                shown: QWidget = _text_box(self, show_value(value))
            else:
                shown = QLabel(show_value(value), self)
                shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setAccessibleName(title)
            grid.addWidget(shown, 1, col)
        self.mine_radio = QRadioButton(self.tr("Keep &mine"), self)
        self.theirs_radio = QRadioButton(
            self.tr("Keep the version of &{who}").format(who=conflict.theirs_by), self)
        self.group = QButtonGroup(self)
        self.group.addButton(self.mine_radio, MINE)
        self.group.addButton(self.theirs_radio, THEIRS)
        grid.addWidget(self.mine_radio, 2, 1)
        grid.addWidget(self.theirs_radio, 2, 2)
        self.merged: QPlainTextEdit | None = None
        if self.free_text:
            self.merge_radio = QRadioButton(self.tr("&Merge both texts (edit below)"), self)
            self.group.addButton(self.merge_radio, MERGE)
            grid.addWidget(self.merge_radio, 3, 0, 1, 3)
            joined = "\n\n".join(str(v) for v in (field.mine, field.theirs) if v)
            self.merged = _text_box(self, joined, editable=True)
            self.merged.setAccessibleName(self.tr("Merged text"))
            grid.addWidget(self.merged, 4, 0, 1, 3)
            self.merge_radio.setChecked(True)  # the default keeps every word of both
            self.group.idToggled.connect(self._toggled)
        else:
            self.mine_radio.setChecked(True)
        for col in range(3):
            grid.setColumnStretch(col, 1)

    def _toggled(self, button_id: int, checked: bool) -> None:
        if self.merged is not None and checked:
            self.merged.setEnabled(button_id == MERGE)

    def choose(self, which: str) -> None:
        {"mine": self.mine_radio, "theirs": self.theirs_radio}[which].setChecked(True)

    def choice(self) -> str:
        chosen = self.group.checkedId()
        if chosen == MERGE and self.merged is not None:
            return self.merged.toPlainText()
        return "theirs" if chosen == THEIRS else "mine"


class ConflictsDialog(QDialog):
    resolved_all = Signal()
    record_resolved = Signal(object)  # ChangeSet of the record a choice was written to

    def __init__(self, engine: SyncEngine, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsDialog")
        self.engine, self.runner = engine, runner
        self.conflicts: list[ConflictView] = []
        self.fields: list[FieldChoice] = []
        self.resolved = 0
        self.resize(900, 560)
        self.setWindowTitle(self.tr("Conflicts to decide"))
        self.header = QLabel(self)
        self.header.setWordWrap(True)
        self.header.setObjectName("conflictHeader")
        self.header.setStyleSheet("font-weight: bold; font-size: 12pt;")
        self.explain = QLabel(self.tr(
            "This record was changed on this computer and on another one before they could "
            "synchronise. Changes to different fields were combined already; for the fields "
            "below, choose which version to keep. Free text can be merged."), self)
        self.explain.setWordWrap(True)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.buttons = QDialogButtonBox(self)
        self.apply_button = self.buttons.addButton(self.tr("&Apply this choice"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.later_button = self.buttons.addButton(self.tr("Decide &later"),
                                                   QDialogButtonBox.ButtonRole.RejectRole)
        self.apply_button.setDefault(True)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (self.header, self.explain, self.scroll_area, self.error, self.buttons):
            layout.addWidget(w)
        self.header.setText(self.tr("Loading…"))
        self.apply_button.setEnabled(False)

    def load(self) -> None:
        """Names of the authors first (a colleague enrolled since the last fetch of names is
        otherwise shown as an id), then the open conflicts."""
        def read(_: BaseException | None = None) -> None:
            self.runner.db(self.engine.list_conflicts, on_success=self._loaded,
                           on_failure=self._failed)

        engine = self.engine
        self.runner.run(lambda: refresh_author_names(engine), on_success=read,
                        on_failure=read)

    def _loaded(self, conflicts: list[ConflictView]) -> None:
        self.conflicts = list(conflicts)
        if not self.conflicts:
            self.resolved_all.emit()
            self.accept()
            return
        self._show(self.conflicts[0])

    def _show(self, conflict: ConflictView) -> None:
        total = len(self.conflicts) + self.resolved
        self.header.setText(self.tr("Conflict {i} of {n}: {what}").format(
            i=self.resolved + 1, n=total, what=table_name(conflict.table)))
        page = QWidget(self.scroll_area)
        layout = QVBoxLayout(page)
        self.fields = [FieldChoice(f, conflict, page) for f in conflict.fields]
        for box in self.fields:
            layout.addWidget(box)
        layout.addStretch(1)
        self.scroll_area.setWidget(page)
        self.apply_button.setEnabled(True)
        if self.fields:
            checked = self.fields[0].group.checkedButton()
            if checked is not None:
                checked.setFocus()

    def apply(self) -> None:
        if not self.conflicts:
            return
        conflict = self.conflicts[0]
        choices = {box.field.field: box.choice() for box in self.fields}
        self.apply_button.setEnabled(False)
        engine = self.engine

        def work() -> None:
            engine.resolve_conflict(conflict.id, choices)

        self.runner.db(work, on_success=lambda _r: self._applied(), on_failure=self._failed)

    def _applied(self) -> None:
        conflict = self.conflicts.pop(0)
        self.resolved += 1
        self.record_resolved.emit(ChangeSet.of([(conflict.table, conflict.item_id)],
                                               collections=[conflict.collection]))
        if self.conflicts:
            self._show(self.conflicts[0])
        else:
            self.resolved_all.emit()
            self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(error_text(exc))
        self.error.show()
        self.apply_button.setEnabled(bool(self.conflicts))
