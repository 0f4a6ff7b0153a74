"""A screen closed before its data came back (a dialog shut while its lists load) gets
nothing: the answer is dropped instead of reaching a deleted widget."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QLabel


class Receiver(QLabel):
    def show_result(self, result) -> None:
        self.setText(str(result))


def test_an_answer_for_a_deleted_widget_is_dropped(qtbot, unlocked):
    ctx = unlocked.context
    receiver = Receiver()
    ctx.call(lambda s: 42, on_success=receiver.show_result)
    shiboken6.delete(receiver)  # closed while the database worker answers
    alive = Receiver()
    ctx.call(lambda s: 7, on_success=alive.show_result)  # answered after the first one
    qtbot.waitUntil(lambda: alive.text() == "7", timeout=5_000)  # no exception on the way
