"""Keys an older version trusted on first sight (issue 14): after the upgrade they count as
not verified. The author's next round withdraws what their restricted notes gave such a
colleague before key checks existed, the key rotates, new notes do not reach them, the status
bar and the keys dialog say so without alarm — and comparing the numbers brings it all back.
Real server, real vaults, the real vault migration."""

from __future__ import annotations

from datetime import date
from typing import Any

import psycopg
import pytest
from PySide6.QtCore import Qt
from sqlalchemy import delete

from fieldapp.casework import cases as casework
from fieldapp.casework import restricted
from fieldapp.casework.models import CaseNote
from fieldapp.local.sync_state import SyncKeyCheck
from fieldapp.records import common as rec
from fieldapp.vault import migrate
from sync.engine import state
from tests.integration.desktop_sync.desktop_helpers import Member, Team, team_of_three, verify
from ui.sync.keys_dialog import ColleagueKeysDialog
from ui.sync.status_widget import SyncStatusWidget

pytestmark = pytest.mark.postgres


def _members(server: Any, collection_id: str) -> tuple[set[str], int]:
    with psycopg.connect(server.dsn()) as conn:
        users = conn.execute("SELECT user_id FROM memberships WHERE collection_id = %s",
                             (collection_id,)).fetchall()
        version = conn.execute("SELECT key_version FROM collections WHERE id = %s",
                               (collection_id,)).fetchone()
    assert version is not None
    return {str(u[0]) for u in users}, int(version[0])


def _restricted_note(member: Member, case_id: str, text: str) -> str:
    with member.vault.session() as s:
        return casework.add_note(s, case_id=case_id, kind="phone_call", text=text,
                                 occurred_on=date(2026, 11, 19), actor_id=member.user_id,
                                 confidentiality="restricted").id


def _reads(member: Member, note_id: str) -> bool:
    with member.vault.session(read_only=True) as s:
        note = s.get(CaseNote, note_id)
        return note is not None and not note.deleted and bool(note.text)


def test_a_key_trusted_by_an_older_version_waits_for_a_comparison(
        qtbot, runner, team: Team, sync_server: Any) -> None:  # type: ignore[no-untyped-def]
    boss, a, b, world = team_of_three(team)
    verify(a, b)
    first = _restricted_note(a, world.case_id, "Eerste vertrouwelijke nota")
    with a.vault.session() as s:
        restricted.share_with(s, site_id=world.site_id, colleague_id=b.user_id,
                              actor_id=a.user_id, today=date(2026, 11, 20))
    for m in (a, b, a, b):
        m.sync()
    assert _reads(b, first)
    key = rec.casework_collection(world.site_id, restricted=True, author_id=a.user_id)
    with a.vault.session(read_only=True) as s:
        server_id = state.collection_by_key(s, key).server_id  # type: ignore[union-attr]
    _, version_before = _members(sync_server, server_id)

    # Ann's laptop as an older version left it: Bob's key accepted, never compared
    a.engine.close()
    with a.vault.session() as s:
        s.execute(delete(SyncKeyCheck).where(SyncKeyCheck.user_id == b.user_id))
    migrate.downgrade(a.vault.engine, "1400_renovation_project")
    migrate.upgrade(a.vault.engine, a.vault.db_path)
    assert not a.engine.client().key_verified(b.user_id)  # type: ignore[union-attr]

    second = _restricted_note(a, world.case_id, "Tweede vertrouwelijke nota")
    a.sync()
    members, version = _members(sync_server, server_id)
    assert members == {a.user_id, boss.user_id}  # Bob's grant withdrawn, the boss verified
    assert version == version_before + 1  # rotated for the verified members only
    b.sync()
    assert not _reads(b, second)
    status = a.engine.status()
    assert status.key_waiting == ("bob",) and status.key_changed == ()
    widget = SyncStatusWidget()
    qtbot.addWidget(widget)
    widget.set_status(status)
    assert widget.keys_button.text() == "Sharing waits for a key check: bob"
    with a.vault.session(read_only=True) as s:
        assert restricted.readers(s, site_id=world.site_id,
                                  author_id=a.user_id).waiting == ("bob",)

    dialog = ColleagueKeysDialog(a.engine, runner)
    qtbot.addWidget(dialog)
    dialog.resize(960, 540)
    dialog.show()
    dialog.load()
    qtbot.waitUntil(lambda: len(dialog.rows) > 0, timeout=10_000)
    row = [r.name for r in dialog.rows].index("bob")
    assert dialog.people.item(row).text() == "bob — not verified yet (accepted before key checks)"
    assert not dialog.warning.isVisibleTo(dialog)  # nothing loud: no key changed
    rect = dialog.people.visualItemRect(dialog.people.item(row))
    qtbot.mouseClick(dialog.people.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: dialog.state.text().startswith("Not verified yet. An earlier"),
                    timeout=10_000)
    assert "nothing points to a problem" in dialog.state.text()
    assert dialog.state.styleSheet() == ""
    qtbot.waitUntil(lambda: dialog.state.height() + 2 >= dialog.state.heightForWidth(
        dialog.state.width()), timeout=2_000)  # laid out whole at 960×540, nothing cut

    # they compare the numbers: Bob is granted again, every key version, and reads both
    qtbot.mouseClick(dialog.match_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "✓ verified" in dialog.people.item(row).text(), timeout=10_000)
    a.sync()
    assert _members(sync_server, server_id)[0] == {a.user_id, boss.user_id, b.user_id}
    b.sync()
    assert _reads(b, first) and _reads(b, second)
    a.sync()  # done once: nothing is withdrawn again
    assert b.user_id in _members(sync_server, server_id)[0]
    assert a.engine.status().key_waiting == ()
