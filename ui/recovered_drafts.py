"""Unsaved text offered back at unlock: after a crash, a kill or a quit with editors open.

The dialog lists every draft the vault holds (what it is, when it was last kept) and shows
the selected one's text. "Open" takes the person to where the text belongs (the workspace
decides: `workspace.open_draft(key)`), where the editor brings the draft back itself;
"Discard…" deletes it after a confirmation; "Later" keeps every draft for next time.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from fieldapp.local.views import DraftView
from ui.context import AppContext
from ui.table_model import format_datetime
from ui.workspace_hooks import OpensDrafts

KEY_ROLE = Qt.ItemDataRole.UserRole + 1



def draft_kind(key: str) -> str:
    """What the person was writing, in words (by the draft key's first parts)."""
    parts = key.split(":")
    kind = parts[1] if parts[0] == "form" and len(parts) > 2 else parts[0]
    texts = {
        "note": QCoreApplication.translate("drafts", "A case note"),
        "remark": QCoreApplication.translate("drafts", "A remark in an inventory"),
        "review": QCoreApplication.translate("drafts", "A review note"),
        "followup": QCoreApplication.translate("drafts", "A follow-up"),
        "referral": QCoreApplication.translate("drafts", "A referral"),
        "referral-outcome": QCoreApplication.translate("drafts", "The outcome of a referral"),
        "visit": QCoreApplication.translate("drafts", "A planned home visit"),
        "visit-done": QCoreApplication.translate("drafts", "A home-visit note"),
        "intervention": QCoreApplication.translate("drafts", "An intervention"),
        "handoff": QCoreApplication.translate("drafts", "A hand-off to the social assistant"),
        "request": QCoreApplication.translate("drafts", "A request"),
        "sign-refusal": QCoreApplication.translate("drafts", "A refusal to sign"),
        "addendum": QCoreApplication.translate("drafts", "An addendum to an inventory"),
        "access-refused": QCoreApplication.translate("drafts", "A refused access"),
        "info-session": QCoreApplication.translate("drafts", "An information session"),
        "evaluation": QCoreApplication.translate("drafts", "A self-evaluation"),
    }
    return texts.get(kind, QCoreApplication.translate("drafts", "A form"))


def draft_text(key: str, text: str) -> str:
    """The draft as a person reads it: a form's fields one after the other."""
    if key.startswith("form:"):
        try:
            fields = json.loads(text)
        except ValueError:
            return text
        if isinstance(fields, dict):
            return "\n\n".join(str(v) for v in fields.values() if str(v).strip())
    return text


class RecoveredDraftsDialog(QDialog):
    def __init__(self, context: AppContext, waiting: list[DraftView], *, crashed: bool,
                 workspace: QWidget | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = context
        self.crashed = crashed
        self.workspace = workspace
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.model = QStandardItemModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.preview)
        splitter.setSizes([260, 420])
        self.buttons = QDialogButtonBox(self)
        self.open_button = QPushButton(self)
        self.discard_button = QPushButton(self)
        self.later_button = QPushButton(self)
        for button, role in ((self.open_button, QDialogButtonBox.ButtonRole.AcceptRole),
                             (self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole),
                             (self.later_button, QDialogButtonBox.ButtonRole.RejectRole)):
            self.buttons.addButton(button, role)
        self.open_button.clicked.connect(self.open_selected)
        self.discard_button.clicked.connect(self.discard_selected)
        self.later_button.clicked.connect(self.reject)
        self.open_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 420)
        self._drafts: dict[str, DraftView] = {}
        for draft in waiting:
            self._drafts[draft.key] = draft
            item = QStandardItem()
            item.setData(draft.key, KEY_ROLE)
            self.model.appendRow(item)
        self.list.selectionModel().currentChanged.connect(self._selected)
        self.retranslate()
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0, 0))
        self.list.setFocus()

    # -- texts ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Unsaved text kept for you"))
        if self.crashed:
            self.intro.setText(self.tr(
                "FieldApp did not close properly last time. What you were typing was kept "
                "encrypted on this laptop: open it to finish it, or discard it."))
        else:
            self.intro.setText(self.tr(
                "You left text unsaved last time. It was kept encrypted on this laptop: "
                "open it to finish it, or discard it."))
        self.open_button.setText(self.tr("&Open"))
        self.discard_button.setText(self.tr("&Discard…"))
        self.later_button.setText(self.tr("&Later"))
        self.list.setAccessibleName(self.tr("Unsaved texts"))
        self.preview.setAccessibleName(self.tr("Unsaved text"))
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            draft = self._drafts[item.data(KEY_ROLE)]
            when = format_datetime(draft.updated_at)
            item.setText(self.tr("{what}, kept {when}").format(
                what=draft_kind(draft.key), when=when))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- actions -------------------------------------------------------------------------

    def current_key(self) -> str | None:
        index = self.list.currentIndex()
        return index.data(KEY_ROLE) if index.isValid() else None

    def _selected(self, *_: object) -> None:
        key = self.current_key()
        draft = self._drafts.get(key) if key else None
        self.preview.setPlainText(draft_text(draft.key, draft.text) if draft else "")
        opener = self.workspace if isinstance(self.workspace, OpensDrafts) else None
        self.open_button.setEnabled(bool(key and opener is not None
                                         and opener.can_open_draft(key)))
        self.discard_button.setEnabled(key is not None)

    def open_selected(self) -> None:
        key = self.current_key()
        if key is None or not isinstance(self.workspace, OpensDrafts):
            return  # a workspace that opens no drafts has the Open button disabled
        self.workspace.open_draft(key)
        self.accept()

    def discard_selected(self) -> None:
        key = self.current_key()
        if key is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Discard unsaved text"),
                          self.tr("Delete this unsaved text for good? It cannot be brought "
                                  "back."),
                          QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                          self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda result: self._discard(key) if result == int(
            QMessageBox.StandardButton.Discard) else None)
        self.confirm = box
        box.open()

    def _discard(self, key: str) -> None:
        def discard(session: Session) -> None:
            from fieldapp.local import drafts

            drafts.discard_draft(session, key=key)

        self.ctx.call(discard)
        rows = [r for r in range(self.model.rowCount()) if self.model.item(r).data(KEY_ROLE) == key]
        if not rows:
            return
        row = rows[0]
        self.model.removeRow(row)
        self._drafts.pop(key, None)
        if not self.model.rowCount():
            self.accept()
        else:
            self.list.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), 0))
