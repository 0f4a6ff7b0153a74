"""A crash loses seconds, not text: what is being typed is kept as encrypted drafts.

The idle watcher reports the first key press after each autosave (`IdleWatcher.on_typing`);
that starts one single-shot timer. When it runs out, the autosaver asks every open editor
for its unsaved text (the workspace's `collect_drafts()` and every registered dialog's
`unsaved_drafts()`), keeps only what changed since the last autosave, and writes that on
the database worker, encrypted in the vault like everything else. Nothing is written while
nobody types, and the event loop never waits on the disk.

    autosave = DraftAutosaver(runner, interval_ms=3_000)
    autosave.attach(vault, collect=workspace.collect_drafts)   # after unlock
    watcher.on_typing = autosave.schedule
    autosave.collected.connect(watcher.arm_typing)
    autosave.detach()                                          # at lock
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from fieldapp.vault import Vault

log = logging.getLogger(__name__)

AUTOSAVE_MS = 3_000


class DraftSource(Protocol):
    """An editor outside the workspace (a dialog) whose free text is kept as drafts."""

    def unsaved_drafts(self) -> dict[str, str]: ...


class DraftAutosaver(QObject):
    saved = Signal()  # an autosave round finished (written, or nothing had changed)
    # the editors' text was read for a round: a key pressed from now on is not in it, so
    # it schedules the next round (also while this round's write is still under way)
    collected = Signal()

    def __init__(self, runner: TaskRunner, *, interval_ms: int = AUTOSAVE_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.save_now)
        self._vault: Vault | None = None
        self._collect: Callable[[], dict[str, str]] | None = None
        self._sources: weakref.WeakSet[DraftSource] = weakref.WeakSet()
        self._kept: dict[str, str] = {}  # what the vault holds from this session's autosaves

    # -- life cycle ----------------------------------------------------------------------

    def attach(self, vault: Vault, *, collect: Callable[[], dict[str, str]]) -> None:
        """Start keeping drafts of this unlocked vault's editors."""
        self._vault, self._collect, self._kept = vault, collect, {}

    def detach(self) -> None:
        """The vault locks: it saves the drafts itself; stop (a queued write still runs)."""
        self._timer.stop()
        self._vault, self._collect, self._kept = None, None, {}
        self._sources = weakref.WeakSet()

    def register(self, source: DraftSource) -> None:
        """A dialog with free text: its text is kept like an editor's while it is alive."""
        self._sources.add(source)

    def unregister(self, source: DraftSource) -> None:
        self._sources.discard(source)

    def set_interval(self, interval_ms: int) -> None:
        self._timer.setInterval(interval_ms)

    def is_scheduled(self) -> bool:
        """Whether an autosave is due (someone typed since the last one)."""
        return self._timer.isActive()

    # -- saving --------------------------------------------------------------------------

    def schedule(self) -> None:
        """Someone typed: keep the text within one interval (once per interval)."""
        if self._vault is not None and not self._timer.isActive():
            self._timer.start()

    def collect(self) -> dict[str, str]:
        """Every unsaved text of the workspace and the registered dialogs, by draft key."""
        found: dict[str, str] = {}
        if self._collect is not None:
            found.update(self._collect())
        for source in list(self._sources):
            found.update(source.unsaved_drafts())
        return found

    def save_now(self) -> None:
        """Write what changed since the last autosave, on the database worker."""
        self._timer.stop()  # this is the round that was due
        vault = self._vault
        if vault is None:
            return
        current = self.collect()
        self.collected.emit()
        changed = {k: v for k, v in current.items() if self._kept.get(k) != v}
        if not changed:
            self._kept = current
            self.saved.emit()
            return
        self._kept = current

        def work() -> None:
            from fieldapp.local import drafts

            with vault.session() as session:
                drafts.save_drafts(session, texts=changed)

        def failed(exc: BaseException) -> None:
            # The vault may have locked under the write (the lock keeps the drafts itself);
            # otherwise try again at the next key press.
            log.warning("autosave of drafts failed: %s", type(exc).__name__)
            self._kept = {}
            self.saved.emit()

        def done(_: None) -> None:
            self.saved.emit()

        self._runner.db(work, on_success=done, on_failure=failed)
