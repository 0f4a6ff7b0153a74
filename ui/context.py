"""What every screen of an unlocked vault needs: run a use case in a session, off the UI thread.

    ctx.call(lambda s: registry.search_households(s, text="..."), on_success=model.set_rows)

The function gets a fresh session (one per user action, committed when it returns) on the
single database worker. When the vault locks, the context is closed: results that arrive
afterwards are dropped, so no personal data reaches a screen that has been torn down.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Signal

from ui.errors import error_text
from ui.tasks import TaskRunner


class AppContext(QObject):
    """Per-unlock context: the vault, the local user, the clock and the task runner."""

    failed = Signal(str)  # a translated sentence for errors nobody handled
    data_changed = Signal(str)  # what changed: "note", "followup", "case", "referral", ...

    def __init__(
        self,
        *,
        vault: Any,
        profile: Any,
        runner: TaskRunner,
        today: Callable[[], date] = date.today,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.profile = profile
        self.runner = runner
        self.today = today
        self.open = True
        self.autosave: Any = None  # the app's DraftAutosaver (dialogs register with it)

    @property
    def actor_id(self) -> str:
        return str(self.profile.id)

    def call(
        self,
        fn: Callable[[Any], Any],
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run `fn(session)` on the database worker; callbacks run on the UI thread."""
        vault = self.vault

        def work() -> Any:
            with vault.session() as session:
                return fn(session)

        def ok(result: Any) -> None:
            if self.open and on_success is not None:
                on_success(result)

        def fail(exc: BaseException) -> None:
            if not self.open:
                return
            if on_failure is not None:
                on_failure(exc)
            else:
                self.failed.emit(error_text(exc))

        self.runner.db(work, on_success=ok, on_failure=fail)

    def keep_drafts(self, source: Any) -> None:
        """Keep `source.unsaved_drafts()` by the autosave and at lock while it is alive."""
        if self.autosave is not None:
            self.autosave.register(source)

    def forget_drafts(self, source: Any) -> None:
        if self.autosave is not None:
            self.autosave.unregister(source)

    def changed(self, what: str) -> None:
        if self.open:
            self.data_changed.emit(what)

    def close(self) -> None:
        self.open = False
