"""AppContext hands what a unit of work committed to the UI thread, after the caller's
callback; screens subscribe to record types for as long as they live (issue 12)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from fieldapp.casework import cases as casework
from fieldapp.vault import ChangeSet
from tests.factories import TODAY


class Screen(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.heard: list[ChangeSet] = []

    def on_changes(self, changes: ChangeSet) -> None:
        self.heard.append(changes)


def _note(world):  # type: ignore[no-untyped-def]
    return lambda s: casework.add_note(s, case_id=world.case_id, kind="phone_call",
                                       text="Belde", occurred_on=TODAY, actor_id=world.actor_id)


def test_a_commit_reaches_the_subscribers_of_its_types_after_the_callback(qtbot, unlocked,
                                                                          world) -> None:  # type: ignore[no-untyped-def]
    ctx = unlocked.context
    notes, referrals = Screen(), Screen()
    ctx.subscribe({"case_notes"}, notes.on_changes)
    ctx.subscribe({"referrals"}, referrals.on_changes)
    order: list[str] = []
    ctx.changes.connect(lambda _c: order.append("announced"))
    ctx.call(_note(world), on_success=lambda _n: order.append("callback"))
    qtbot.waitUntil(lambda: bool(notes.heard), timeout=5_000)
    assert order == ["callback", "announced"]
    [changes] = notes.heard
    assert changes.origin == "local" and changes.synced and changes.touches("case_notes")
    assert referrals.heard == []
    notes.deleteLater()  # a closed screen hears nothing more
    qtbot.wait(1)
    ctx.call(_note(world))
    qtbot.waitUntil(lambda: len(order) == 3, timeout=5_000)
    assert len(notes.heard) == 1


def test_a_failed_unit_of_work_and_a_read_announce_nothing(qtbot, unlocked, world) -> None:  # type: ignore[no-untyped-def]
    ctx = unlocked.context
    heard: list[ChangeSet] = []
    ctx.changes.connect(heard.append)
    failures: list[BaseException] = []

    def fails(s):  # type: ignore[no-untyped-def]
        _note(world)(s)
        raise RuntimeError("after writing")

    ctx.call(fails, on_failure=failures.append)
    ctx.call(lambda s: casework.timeline(s, case_id=world.case_id))
    done: list[bool] = []
    ctx.call(lambda s: None, on_success=lambda _r: done.append(True))
    qtbot.waitUntil(lambda: bool(done) and bool(failures), timeout=5_000)
    assert heard == []


def test_a_subscription_names_real_record_types_and_needs_an_owner(unlocked) -> None:  # type: ignore[no-untyped-def]
    ctx = unlocked.context
    screen = Screen()
    with pytest.raises(ValueError, match="case_note"):
        ctx.subscribe({"case_note"}, screen.on_changes)  # the table is case_notes
    with pytest.raises(TypeError):
        ctx.subscribe({"case_notes"}, lambda _c: None)
    ctx.subscribe({"case_notes"}, lambda _c: None, owner=screen)
    screen.deleteLater()
