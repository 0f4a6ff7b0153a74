"""Colleagues' keys (issue 14, item 7): compare safety numbers, mark a colleague verified.

Both people open this window on their own laptop and choose each other: both screens show
the same safety number (derived from both people's keys, in either order). They compare it
group by group — side by side, or on a phone line they trust — and each presses "The
numbers match". Nothing is shared with a colleague (a restricted note, a supervisor's
access to one's restricted notes, a new key after someone left) until their key is
verified here; a key the server changes is a loud warning until compared again.

Every server call runs on the network worker (ui/tasks.py); the engine's own client is used.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.errors import error_text
from ui.sync.safety_qr import qr_image
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from sync.engine import SyncEngine
    from sync.engine.keycheck import ColleagueKey

RED = "color: #b00020; font-weight: bold;"
GREEN = "color: #1b6e20; font-weight: bold;"


def grouped(number: str) -> str:
    """60 digits as three lines of four groups of five, easy to compare line by line."""
    digits = "".join(ch for ch in number if ch.isdigit())
    groups = [digits[i:i + 5] for i in range(0, len(digits), 5)]
    return "\n".join(" ".join(groups[i:i + 4]) for i in range(0, len(groups), 4))


class ColleagueKeysDialog(QDialog):
    def __init__(self, engine: SyncEngine, runner: TaskRunner, parent: QWidget | None = None, *,
                 on_verified: Callable[[], None] | None = None,
                 select: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("colleagueKeysDialog")
        self.engine, self.runner, self.on_verified = engine, runner, on_verified
        self.rows: list[ColleagueKey] = []
        self.number = ""  # the safety number shown, for the colleague chosen
        self.chosen: str | None = select
        self.warning = QLabel(self)
        self.warning.setObjectName("keyChangedWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(RED + " background: #fde7e9; padding: 6px;")
        self.warning.hide()
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.people = QListWidget(self)
        self.people.setMinimumWidth(240)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        mono = QFont("DejaVu Sans Mono")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSize(mono.pointSize() + 4)
        self.number_label = QLabel(self)
        self.number_label.setObjectName("safetyNumber")
        self.number_label.setFont(mono)
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.qr_label = QLabel(self)  # the same number as a QR code, for a phone to read
        self.qr_label.setObjectName("safetyNumberQr")
        self.qr_caption = QLabel(self)
        self.qr_caption.setWordWrap(True)
        self.qr_caption.setMaximumWidth(190)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.match_button, self.differ_button = QPushButton(self), QPushButton(self)
        self.match_button.setObjectName("numbersMatch")
        self.differ_button.setObjectName("numbersDiffer")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        right = QVBoxLayout()
        right.addWidget(self.heading)
        shown = QHBoxLayout()
        shown.addWidget(self.number_label, 0, Qt.AlignmentFlag.AlignTop)
        qr = QVBoxLayout()
        qr.addWidget(self.qr_label)
        qr.addWidget(self.qr_caption)
        shown.addLayout(qr)
        shown.addStretch(1)
        right.addLayout(shown)
        right.addWidget(self.state)
        row = QHBoxLayout()
        row.addWidget(self.match_button)
        row.addWidget(self.differ_button)
        row.addStretch(1)
        right.addLayout(row)
        right.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.people)
        middle.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addWidget(self.intro)
        layout.addLayout(middle, 1)
        layout.addWidget(self.buttons)
        self.people.currentRowChanged.connect(self._chose)
        self.match_button.clicked.connect(self.numbers_match)
        self.differ_button.clicked.connect(self.numbers_differ)
        self.setMinimumSize(760, 420)
        self.retranslate()
        self._show_number(None)

    # -- texts --------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Colleagues' keys"))
        self.intro.setText(self.tr(
            "Before anything is shared with a colleague, check their key once: sit together "
            "(or call them on a number you know). On their laptop they open Sync → "
            "Colleagues' keys… and choose your name. Both screens show the same safety "
            "number; compare it group by group, then each of you presses “The numbers "
            "match”."))
        self.match_button.setText(self.tr("The numbers &match — verified"))
        self.differ_button.setText(self.tr("They &differ"))
        self.people.setAccessibleName(self.tr("Colleagues"))
        self.number_label.setAccessibleName(self.tr("Safety number"))
        self.qr_label.setAccessibleName(self.tr("Safety number as a QR code"))
        self.qr_caption.setText(self.tr("The same number as a QR code: a colleague's phone "
                                        "camera shows its digits."))
        self._fill()
        person = self.current()
        if self.number and person is not None:  # the heading and state in the new language
            self._number_for(person.user_id, self.number)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _state_text(self, state: str) -> str:
        return {"verified": self.tr("✓ verified"),
                "changed": self.tr("⚠ KEY CHANGED"),
                "earlier": self.tr("not verified yet (accepted before key checks)"),
                }.get(state, self.tr("not verified yet"))

    # -- loading ------------------------------------------------------------------------

    def load(self) -> None:
        from sync.engine import keycheck

        engine = self.engine

        def work() -> list[ColleagueKey]:
            client = engine.client()
            if client is None:
                return []
            return keycheck.colleagues(engine.vault, client)

        self.runner.run(work, on_success=self._loaded, on_failure=self._failed)

    def _loaded(self, rows: list[ColleagueKey]) -> None:
        self.rows = rows
        self._fill()
        ids = [r.user_id for r in rows]
        if self.chosen in ids:
            self.people.setCurrentRow(ids.index(self.chosen))
        elif rows:
            first_changed = next((i for i, r in enumerate(rows) if r.state == "changed"), 0)
            self.people.setCurrentRow(first_changed)
        self.people.setFocus()

    def _fill(self) -> None:
        current = self.people.currentRow()
        self.people.blockSignals(True)
        self.people.clear()
        for r in self.rows:
            item = QListWidgetItem(f"{r.name} — {self._state_text(r.state)}", self.people)
            item.setData(Qt.ItemDataRole.UserRole, r.user_id)
            if r.state == "changed":
                item.setForeground(Qt.GlobalColor.red)
        self.people.setCurrentRow(current)
        self.people.blockSignals(False)
        changed = [r.name for r in self.rows if r.state == "changed"]
        self.warning.setVisible(bool(changed))
        if changed:
            self.warning.setText(self.tr(
                "⚠ The server now gives another key for: %1. This happens when someone "
                "re-enrols after a forgotten passphrase — or when someone tries to read "
                "what is meant for them. Nothing is shared with them until you compare "
                "safety numbers again.").replace("%1", ", ".join(changed)))

    def current(self) -> ColleagueKey | None:
        row = self.people.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _chose(self, _row: int) -> None:
        person = self.current()
        self._show_number(None)
        if person is None:
            return
        self.chosen = person.user_id
        engine, uid = self.engine, person.user_id
        self.state.setText(self.tr("Asking the server…"))
        self.state.setStyleSheet("")

        def work() -> str:
            client = engine.client()
            return str(client.safety_number(uid)[0]) if client is not None else ""

        self.runner.run(work, on_success=lambda n: self._number_for(uid, n),
                        on_failure=self._failed)

    def _number_for(self, uid: str, number: str) -> None:
        person = self.current()
        if person is None or person.user_id != uid:
            return  # another colleague was chosen meanwhile
        self._show_number(number)
        self.heading.setText(self.tr("Safety number of you and %1:").replace(
            "%1", person.name))
        if person.state == "verified":
            self.state.setText(self.tr("✓ Verified on this laptop."))
            self.state.setStyleSheet(GREEN)
        elif person.state == "changed":
            self.state.setText(self.tr(
                "⚠ Their key changed since you last checked it. Compare this new number "
                "together before anything is shared with them again."))
            self.state.setStyleSheet(RED)
        elif person.state == "earlier":
            self.state.setText(self.tr(
                "Not verified yet. An earlier version of FieldApp accepted their key without "
                "a check; nothing points to a problem. Compare this number together once: "
                "until then nothing new is shared with them, and what your restricted notes "
                "and access log gave them comes back right after."))
            self.state.setStyleSheet("")
        else:
            self.state.setText(self.tr("Not verified yet: nothing is shared with them "
                                       "until you compare this number together."))
            self.state.setStyleSheet("")

    def _show_number(self, number: str | None) -> None:
        self.number = number or ""
        self.number_label.setText(grouped(number) if number else "")
        if number:
            self.qr_label.setPixmap(QPixmap.fromImage(qr_image(number)))
        else:
            self.qr_label.clear()
        self.qr_label.setVisible(bool(number))
        self.qr_caption.setVisible(bool(number))
        self.match_button.setEnabled(bool(number))
        self.differ_button.setEnabled(bool(number))
        if number is None:
            self.heading.setText(self.tr("Choose a colleague."))

    # -- actions ------------------------------------------------------------------------

    def numbers_match(self) -> None:
        from sync.engine import keycheck

        person, shown, engine = self.current(), self.number, self.engine
        if person is None or not shown:
            return
        uid = person.user_id

        def work() -> None:
            client = engine.client()
            if client is None:
                raise RuntimeError("not connected")
            client.confirm_safety_number(uid, shown)  # fetched again: what was shown
            keycheck.verified_now(engine.vault, uid)

        self.match_button.setEnabled(False)
        self.runner.run(work, on_success=lambda _r: self._verified(uid),
                        on_failure=self._failed)

    def _verified(self, uid: str) -> None:
        self.chosen = uid
        self.load()
        self.state.setText(self.tr("✓ Verified. What waited for them is shared at the next "
                                   "synchronisation."))
        self.state.setStyleSheet(GREEN)
        if self.on_verified is not None:
            self.on_verified()

    def numbers_differ(self) -> None:
        self.state.setText(self.tr(
            "Do not share anything with this person for now: nothing is sent to them. "
            "Check that you both chose each other's name. If the numbers still differ, tell "
            "your supervisor or the server administrator today — someone may be slipping "
            "in a key of their own."))
        self.state.setStyleSheet(RED)

    def _failed(self, exc: BaseException) -> None:
        from sync.client.errors import FingerprintMismatch

        if isinstance(exc, FingerprintMismatch):
            self.state.setText(self.tr(
                "The server changed this person's key while you were comparing: nothing "
                "was marked verified. Compare the new number."))
            self.state.setStyleSheet(RED)
            self._chose(self.people.currentRow())
            return
        self.state.setText(error_text(exc))
        self.state.setStyleSheet(RED)
        self.match_button.setEnabled(bool(self.number))
