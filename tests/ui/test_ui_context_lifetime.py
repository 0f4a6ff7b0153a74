"""A screen closed before its data came back (a dialog shut while its lists load) gets
nothing: the answer is dropped instead of reaching a deleted widget."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QLabel


class Receiver(QLabel):
    def show_result(self, result) -> None:
        self.setText(str(result))


class Page(QLabel):
    def load(self, ctx) -> None:
        def loaded(result) -> None:
            self.setText(str(result))  # would raise once the C++ label is deleted

        ctx.call(lambda s: 42, on_success=loaded)


def test_an_answer_for_a_deleted_widget_is_dropped(qtbot, unlocked):
    ctx = unlocked.context
    receiver = Receiver()
    ctx.call(lambda s: 42, on_success=receiver.show_result)
    shiboken6.delete(receiver)  # closed while the database worker answers
    alive = Receiver()
    ctx.call(lambda s: 7, on_success=alive.show_result)  # answered after the first one
    qtbot.waitUntil(lambda: alive.text() == "7", timeout=5_000)  # no exception on the way


def test_an_answer_for_a_closure_over_a_deleted_widget_is_dropped(qtbot, unlocked):
    """A page's `loaded` callback is often a closure over the page (its combo boxes): the
    page closed while the people of a site load gets nothing either."""
    ctx = unlocked.context
    gone = Page()
    gone.load(ctx)
    shiboken6.delete(gone)
    alive = Receiver()
    ctx.call(lambda s: 7, on_success=alive.show_result)
    qtbot.waitUntil(lambda: alive.text() == "7", timeout=5_000)
