"""Issue 14: every search of the notes and every look at a record's history goes to the
access log — who, what, when, never the words searched."""

from __future__ import annotations

from typing import Any

from fieldapp.audit import access_log
from fieldapp.casework import cases as casework
from fieldapp.local.profile import get_profile
from tests.factories import TODAY
from tests.ui.ui_helpers import open_household, shortcut
from ui.sync import history_dialog


def _entries(app: Any, action: str) -> list[Any]:
    with app.vault.session(read_only=True) as s:
        return access_log.list_access(s, action=action)


def test_a_search_is_logged_once_without_its_words(qtbot, unlocked) -> None:  # type: ignore[no-untyped-def]
    ws = unlocked.window.workspace
    shortcut(qtbot, unlocked, "Ctrl+F")
    qtbot.keyClicks(ws.search.query_edit, "Lefe")
    qtbot.waitUntil(lambda: len(_entries(unlocked, "search")) == 1, timeout=5_000)
    qtbot.keyClicks(ws.search.query_edit, "vre")  # typing on: the same search
    qtbot.wait(400)
    [entry] = _entries(unlocked, "search")
    assert (entry.object_type, entry.object_id) == ("notes", "")
    with unlocked.vault.session(read_only=True) as s:
        assert entry.actor_id == get_profile(s).id


class _Engine:
    def history(self, _table: str, _item_id: str) -> list[Any]:
        return []


def test_a_look_at_a_notes_history_is_logged(qtbot, unlocked, world) -> None:  # type: ignore[no-untyped-def]
    view = open_household(qtbot, unlocked, "Famille Lefèvre")
    with unlocked.vault.session() as s:
        note = casework.add_note(s, case_id=world.case_id, kind="phone_call", text="Gesprek",
                                 occurred_on=TODAY, actor_id=get_profile(s).id)
    unlocked.context.sync_engine = _Engine()
    history_dialog.open_history(view, unlocked.context, "note", note.id)
    qtbot.waitUntil(lambda: len(_entries(unlocked, "history")) == 1, timeout=5_000)
    [entry] = _entries(unlocked, "history")
    assert (entry.object_type, entry.object_id) == ("case_notes", note.id)
