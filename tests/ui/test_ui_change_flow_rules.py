"""The change flow's rules, read from the source (issue 12): no screen announces a change by
hand, and the UI writes records only through ``ctx.call`` (whose unit of work announces what
it committed). The few places that open a vault session themselves write no synced record."""

from __future__ import annotations

import re
from pathlib import Path

import ui

UI = Path(ui.__file__).parent
# Each opens its own session for device-local rows only: drafts and the session flag at
# lock and by the autosave, the profile at unlock, the organisation's names for conflicts
# (and the screenshot tool, which fakes a crash's session flag before the app starts).
OWN_SESSIONS = {"app.py", "draft_autosave.py", "vault_access.py", "sync/conflicts_dialog.py",
                "tools/screenshots.py"}


def _sources() -> dict[str, str]:
    return {str(p.relative_to(UI)): p.read_text(encoding="utf-8") for p in UI.rglob("*.py")}


def test_no_change_is_announced_by_hand() -> None:
    by_hand = re.compile(r"\b(ctx|context)\.changed\(|data_changed|changed_what")
    assert {name for name, text in _sources().items() if by_hand.search(text)} == set()


def test_the_ui_opens_vault_sessions_only_where_it_writes_nothing_synced() -> None:
    opens = re.compile(r"\.session\(")
    found = {name for name, text in _sources().items() if opens.search(text)}
    assert found <= OWN_SESSIONS, found - OWN_SESSIONS
