"""A supervisor erases a household or its case file (art. 17), or puts it under a legal
hold, from the case file screen (issue 14). The order goes to the server at once; every
device purges at its next sync, and the supervisor follows the confirmations in
Supervision, Data protection. The dialog says which legal holds cover the household (since
when, by whom, why) and releases them: an erasure under a hold is refused until then.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp.registry.views import PersonView
from ui.context import AppContext
from ui.errors import error_text
from ui.table_model import format_date

if TYPE_CHECKING:
    from sync.engine.gdpr import HoldStatus
    from sync.protocol import ErasureInfo, LegalHoldInfo

    Outcome = ErasureInfo | LegalHoldInfo | None  # what the server answered, if anything


def may_erase(ctx: AppContext) -> bool:
    return "supervisor" in {ctx.profile.role, *getattr(ctx.profile, "roles", ())}


class ErasureDialog(QDialog):
    def __init__(self, ctx: AppContext, *, household_id: str, case_id: str | None,
                 people: Sequence[PersonView] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.household_id, self.case_id = household_id, case_id
        self.outcome: Outcome = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.household_radio = QRadioButton(self)
        self.case_radio = QRadioButton(self)
        self.household_radio.setChecked(True)
        self.case_radio.setEnabled(case_id is not None)
        self.person_radio = QRadioButton(self)
        self.person_combo = QComboBox(self)
        for person in people:
            self.person_combo.addItem(f"{person.first_name} {person.last_name}", person.id)
        self.person_radio.setEnabled(bool(people))
        self.person_combo.setEnabled(False)
        self.person_radio.toggled.connect(self.person_combo.setEnabled)
        self.reason_edit = QLineEdit(self)
        self.reason_label = QLabel(self)
        self.reason_label.setBuddy(self.reason_edit)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.holds: list[HoldStatus] = []  # the active holds on the household, once read
        self.holds_label = QLabel(self)
        self.holds_label.setWordWrap(True)
        self.holds_label.hide()
        self.buttons = QDialogButtonBox(self)
        self.erase_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.hold_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.release_button = self.buttons.addButton("",
                                                     QDialogButtonBox.ButtonRole.ActionRole)
        self.release_button.hide()
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        form = QFormLayout()
        form.addRow(self.household_radio)
        form.addRow(self.case_radio)
        form.addRow(self.person_radio, self.person_combo)
        form.addRow(self.reason_label, self.reason_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.holds_label)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.erase_button.clicked.connect(lambda: self._send("erase"))
        self.hold_button.clicked.connect(lambda: self._send("hold"))
        self.release_button.clicked.connect(self.release_holds)
        self.close_button.clicked.connect(self.reject)
        self.retranslate()
        self.read_holds()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Erase or hold"))
        self.intro.setText(self.tr(
            "Erasing deletes every version on the server at once, and every copy on every "
            "device at its next sync; it can't be undone. A legal hold stops any erasure or "
            "retention purge until it is released."))
        self.household_radio.setText(self.tr("The &household: register data, case files "
                                             "and everything about them"))
        self.case_radio.setText(self.tr("Only the &case file and what it holds"))
        self.person_radio.setText(self.tr("Only one &person's register data:"))
        self.person_radio.setToolTip(self.tr(
            "Their name also leaves the PSC's activities and committee meetings (the counts "
            "stay)"))
        self.person_combo.setAccessibleName(self.tr("Person"))
        self.reason_label.setText(self.tr("&Reason (recorded):"))
        self.erase_button.setText(self.tr("&Erase"))
        self.hold_button.setText(self.tr("Place a legal h&old"))
        self.release_button.setText(self.tr("Re&lease the hold"))
        self._show_holds()

    def scope(self) -> tuple[str, str]:
        if self.person_radio.isChecked() and self.person_combo.currentData():
            return "person", str(self.person_combo.currentData())
        if self.case_radio.isChecked() and self.case_id is not None:
            return "case_file", self.case_id
        return "household", self.household_id

    def _send(self, what: str) -> None:
        reason = self.reason_edit.text().strip()
        if not reason:
            self.status.setText(self.tr("Say why; the reason is recorded."))
            self.reason_edit.setFocus()
            return
        engine = self.ctx.sync_engine
        if engine is None:
            self.status.setText(self.tr("Not connected to a sync server."))
            return
        from sync.engine import gdpr

        scope, subject_id = self.scope()

        def work() -> Outcome:
            if what == "hold":
                return gdpr.place_hold(engine, scope=scope, subject_id=subject_id,
                                       reason=reason)
            return gdpr.order_erasure(engine, scope=scope, subject_id=subject_id,
                                      reason=reason)

        self.erase_button.setEnabled(False)
        self.hold_button.setEnabled(False)
        self.status.setText(self.tr("Sending…"))
        self.ctx.runner.run(work, on_success=lambda r: self._done(what, r),
                            on_failure=self._failed)

    # -- legal holds --------------------------------------------------------------------

    def read_holds(self) -> None:
        engine = self.ctx.sync_engine
        if engine is None or engine.client() is None:
            return
        from sync.engine import gdpr

        household_id = self.household_id
        self.ctx.runner.run(
            lambda: gdpr.holds_on(engine, scope="household", subject_id=household_id),
            on_success=self._holds_read, on_failure=self._failed)

    def _holds_read(self, holds: list[HoldStatus]) -> None:
        self.holds = holds
        self._show_holds()

    def _show_holds(self) -> None:
        lines = []
        for h in self.holds:
            day = format_date(datetime.fromtimestamp(h.placed_at, UTC).date())
            line = self.tr("Under a legal hold since %1").replace("%1", day)
            if h.placed_by:
                line += " " + self.tr("(placed by %1)").replace("%1", h.placed_by)
            # "…: why", with the language's colon (French puts a space before it)
            lines.append(self.tr("%1: %2").replace("%1", line).replace("%2", h.reason)
                         if h.reason else line)
        self.holds_label.setText("\n".join(lines))
        self.holds_label.setVisible(bool(lines))
        self.release_button.setVisible(bool(lines))
        if self.isVisible():  # taller or shorter by the holds' lines, never squeezed
            self.adjustSize()

    def release_holds(self) -> None:
        engine = self.ctx.sync_engine
        if engine is None or not self.holds:
            return
        from sync.engine import gdpr

        ids, household_id = [h.id for h in self.holds], self.household_id

        def work() -> list[HoldStatus]:
            for hold_id in ids:
                gdpr.release_hold(engine, hold_id)
            return gdpr.holds_on(engine, scope="household", subject_id=household_id)

        self.release_button.setEnabled(False)
        self.status.setText(self.tr("Sending…"))
        self.ctx.runner.run(work, on_success=self._released, on_failure=self._failed)

    def _released(self, holds: list[HoldStatus]) -> None:
        self.release_button.setEnabled(True)
        self._holds_read(holds)
        self.status.setText(self.tr("The legal hold is released."))

    def _done(self, what: str, result: Outcome) -> None:
        self.outcome = result
        self.hold_button.setEnabled(True)
        if what == "hold":
            self.erase_button.setEnabled(True)
            self.status.setText(self.tr("The legal hold is in place."))
            self.read_holds()
        else:
            self.status.setText(self.tr("Erased. Every device purges its copies at its next "
                                        "sync; Supervision, Data protection shows who has."))

    def _failed(self, exc: BaseException) -> None:
        self.erase_button.setEnabled(True)
        self.hold_button.setEnabled(True)
        self.release_button.setEnabled(True)
        code = getattr(exc, "code", "")
        self.status.setText(self.tr("A legal hold stops this erasure; release it first.")
                            if code == "legal_hold" else error_text(exc))
