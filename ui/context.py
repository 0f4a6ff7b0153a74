"""What every screen of an unlocked vault needs: run a use case in a session, off the UI thread,
and hear what changed.

    ctx.call(lambda s: household_list.search_households(s, text="..."), on_success=model.set_rows)
    ctx.subscribe({"case_notes", "follow_ups"}, self._on_changes)   # slot(changes: ChangeSet)

The function gets a fresh session (one per user action, committed when it returns) on the
single database worker. What the session committed (``fieldapp.vault.ChangeSet``: record
types, ids, collections, synced or local) comes back with the result and is broadcast on the
UI thread after the caller's own callback: nobody announces a change by hand. The sync hookup
broadcasts the change set of every round the same way (origin ``"sync"``), so a screen
re-reads when another laptop's change arrives. When the vault locks, the context is closed:
results that arrive afterwards are dropped, so no personal data reaches a screen that has
been torn down.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import TYPE_CHECKING, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal
from sqlalchemy.orm import Session

from fieldapp.local.views import ProfileView
from fieldapp.vault import Vault
from fieldapp.vault.changes import ChangeSet, record_types
from ui.errors import error_text
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from sync.engine import SyncEngine
    from ui.draft_autosave import DraftAutosaver, DraftSource

ChangeSlot = Callable[[ChangeSet], None]
SessionWork = Callable[[Session], object]  # a unit of work whose result nobody reads
T = TypeVar("T")


class _Subscription(QObject):
    """A child of the subscriber: when the screen is destroyed, so is its subscription."""

    def __init__(self, types: frozenset[str], slot: ChangeSlot, owner: QObject) -> None:
        super().__init__(owner)
        self.types = types
        self.slot = slot

    def deliver(self, changes: ChangeSet) -> None:
        if changes.touches(*self.types):
            self.slot(changes)


def _alive(callback: Callable[..., object]) -> bool:
    """False for a method of a Qt object that is gone, or a function defined in one of its
    methods (a closure over its `self`): a dialog or a page closed before its data came
    back. The answer is dropped instead of reaching a deleted widget."""
    fn = getattr(callback, "func", callback)  # or a partial's
    owner = getattr(fn, "__self__", None)
    code, cells = getattr(fn, "__code__", None), getattr(fn, "__closure__", None)
    if owner is None and code is not None and cells and "self" in code.co_freevars:
        owner = cells[code.co_freevars.index("self")].cell_contents
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


class AppContext(QObject):
    """Per-unlock context: the vault, the local user, the clock and the task runner."""

    failed = Signal(str)  # a translated sentence for errors nobody handled
    changes = Signal(object)  # ChangeSet: every committed change, local or pulled, on the UI thread

    def __init__(
        self,
        *,
        vault: Vault,
        profile: ProfileView,
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
        self.autosave: DraftAutosaver | None = None  # the app's (dialogs register with it)
        self.sync_engine: SyncEngine | None = None  # set by the sync hookup at unlock

    @property
    def actor_id(self) -> str:
        return str(self.profile.id)

    def call(
        self,
        fn: Callable[[Session], T],
        *,
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run `fn(session)` on the database worker; callbacks run on the UI thread, then
        what the session committed is broadcast (`changes`)."""
        vault = self.vault

        def work() -> tuple[T, ChangeSet]:
            return vault.run(fn)  # (result, what the session committed)

        def ok(outcome: tuple[T, ChangeSet]) -> None:
            result, changes = outcome
            try:
                if self.open and on_success is not None and _alive(on_success):
                    on_success(result)
            finally:
                self.announce(changes)

        def fail(exc: BaseException) -> None:
            if not self.open or (on_failure is not None and not _alive(on_failure)):
                return
            if on_failure is not None:
                on_failure(exc)
            else:
                self.failed.emit(error_text(exc))

        self.runner.db(work, on_success=ok, on_failure=fail)

    def announce(self, changes: ChangeSet) -> None:
        """Tell every subscriber what changed (nothing for an empty change set)."""
        if self.open and changes:
            self.changes.emit(changes)

    def subscribe(self, types: Iterable[str], slot: ChangeSlot, *,
                  owner: QObject | None = None) -> None:
        """Call `slot(changes)` on the UI thread whenever a committed change (local, or from
        a sync round) touches one of the record `types` (table names: "case_notes", ...).

        The subscription lives as long as `owner` (by default the object of a bound-method
        slot): a screen that is closed hears nothing more. An unknown type is a mistake."""
        wanted = frozenset(types)
        unknown = wanted - record_types()
        if unknown:
            raise ValueError(f"not record types of the vault: {sorted(unknown)}")
        owner = owner if owner is not None else getattr(slot, "__self__", None)
        if not isinstance(owner, QObject):
            raise TypeError("subscribe() needs an owner QObject for a slot that is not a "
                            "method of one")
        self.changes.connect(_Subscription(wanted, slot, owner).deliver)

    def keep_drafts(self, source: DraftSource) -> None:
        """Keep `source.unsaved_drafts()` by the autosave and at lock while it is alive."""
        if self.autosave is not None:
            self.autosave.register(source)

    def forget_drafts(self, source: DraftSource) -> None:
        if self.autosave is not None:
            self.autosave.unregister(source)

    def close(self) -> None:
        self.open = False
