"""Keys verified, not trusted (issue 14, item 7), on the real server with two vaults and a
server that substitutes keys (an attacker in the middle): nothing is wrapped for a key the
person did not verify, the safety numbers on the two screens differ while the key is
substituted, and the user sees a loud, lasting warning when a verified key changes."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path
from typing import Any

import psycopg
import pytest
from PySide6.QtCore import Qt

from fieldapp.casework import cases as casework
from fieldapp.casework import restricted
from fieldapp.crypto.keys import AccountKeys
from fieldapp.crypto.safety import digits
from fieldapp.local.profile import get_profile
from fieldapp.records import common as rec
from sync.engine import state
from tests.integration.desktop_sync.desktop_helpers import Member, Team, team_of_three
from ui.sync.keys_dialog import ColleagueKeysDialog
from ui.sync.status_widget import SyncStatusWidget

pytestmark = pytest.mark.postgres


def _serve_keys(server: Any, user_id: str, wrap_public: bytes, sign_public: bytes) -> None:
    """What a compromised server does: serve other public keys for a user."""
    with psycopg.connect(server.dsn()) as conn:
        conn.execute("UPDATE users SET wrap_public = %s, sign_public = %s WHERE id = %s",
                     (wrap_public, sign_public, user_id))


def _real_keys(server: Any, user_id: str) -> tuple[bytes, bytes]:
    with psycopg.connect(server.dsn()) as conn:
        row = conn.execute("SELECT wrap_public, sign_public FROM users WHERE id = %s",
                           (user_id,)).fetchone()
    assert row is not None
    return bytes(row[0]), bytes(row[1])


def _wrapped(server: Any, collection_id: str) -> set[tuple[str, int]]:
    """(member, key version) of every key wrapped in a collection, as the server holds."""
    with psycopg.connect(server.dsn()) as conn:
        rows = conn.execute("SELECT user_id, key_version FROM wrapped_keys "
                            "WHERE collection_id = %s", (collection_id,)).fetchall()
    return {(str(r[0]), int(r[1])) for r in rows}


def _dialog(qtbot: Any, runner: Any, member: Member) -> ColleagueKeysDialog:
    dialog = ColleagueKeysDialog(member.engine, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load()
    qtbot.waitUntil(lambda: len(dialog.rows) > 0, timeout=10_000)
    return dialog


def _choose(qtbot: Any, dialog: ColleagueKeysDialog, name: str) -> None:
    row = next(i for i, r in enumerate(dialog.rows) if r.name == name)
    rect = dialog.people.visualItemRect(dialog.people.item(row))
    qtbot.mouseClick(dialog.people.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: bool(dialog.number) and dialog.current().name == name,
                    timeout=10_000)


def test_a_substituted_key_gets_nothing_and_a_changed_key_is_a_loud_warning(
        qtbot, runner, sync_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    team = Team(sync_server, tmp_path, org=f"org-{uuid.uuid4().hex[:8]}")
    try:
        boss, a, b, world = team_of_three(team)  # each verified the supervisor at enrolment
        attacker = AccountKeys.generate().public
        b_real = _real_keys(sync_server, b.user_id)

        # A writes a restricted note and names B; the server slips in its own key for B
        with a.vault.session() as s:
            me = get_profile(s).id
            casework.add_note(s, case_id=world.case_id, kind="phone_call",
                              text="Gesprek over de huur", occurred_on=date(2026, 11, 19),
                              actor_id=me, confidentiality="restricted")
            restricted.share_with(s, site_id=world.site_id, colleague_id=b.user_id,
                                  actor_id=me, today=date(2026, 11, 20))
        _serve_keys(sync_server, b.user_id, attacker.wrap_public, attacker.sign_public)
        a.sync()
        key = rec.casework_collection(world.site_id, restricted=True, author_id=a.user_id)
        with a.vault.session(read_only=True) as s:
            server_id = state.collection_by_key(s, key).server_id  # type: ignore[union-attr]
        assert {uid for uid, _v in _wrapped(sync_server, server_id)} == {a.user_id,
                                                                        boss.user_id}
        # A already met B's real key on B's name in the organisation's directory (issue 14),
        # so the substitution reads as a changed key; without it, as one never verified
        status = a.engine.status()
        assert "bob" in status.key_waiting + status.key_changed

        # the user sees why and compares: the numbers on the two screens differ
        widget = SyncStatusWidget()
        qtbot.addWidget(widget)
        widget.set_status(a.engine.status())
        assert widget.keys_button.isVisibleTo(widget)
        assert "bob" in widget.keys_button.text()
        dialog = _dialog(qtbot, runner, a)
        _choose(qtbot, dialog, "bob")
        on_bobs_screen = b.engine.client().safety_number(a.user_id)[0]  # type: ignore[union-attr]
        assert digits(dialog.number) != digits(on_bobs_screen)
        qtbot.mouseClick(dialog.differ_button, Qt.MouseButton.LeftButton)
        assert "Do not share" in dialog.state.text()
        assert not a.engine.client().key_verified(b.user_id)  # type: ignore[union-attr]
        a.sync()
        assert {uid for uid, _v in _wrapped(sync_server, server_id)} == {a.user_id,
                                                                        boss.user_id}

        # the server serves B's real key again: the numbers match, A marks B verified
        _serve_keys(sync_server, b.user_id, *b_real)
        _choose(qtbot, dialog, "boss")
        _choose(qtbot, dialog, "bob")
        assert digits(dialog.number) == digits(on_bobs_screen)
        qtbot.mouseClick(dialog.match_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "✓ verified" in dialog.people.item(
            [r.name for r in dialog.rows].index("bob")).text(), timeout=10_000)
        a.sync()
        b.sync()
        assert b.user_id in {uid for uid, _v in _wrapped(sync_server, server_id)}
        assert a.engine.status().key_waiting == ()

        # now the server substitutes the supervisor's key, which A verified at enrolment;
        # A ends the share: B's access ends, but the new key waits — nothing is wrapped for
        # the substituted key, and A sees a loud warning naming the supervisor
        before = _wrapped(sync_server, server_id)
        _serve_keys(sync_server, boss.user_id, attacker.wrap_public, attacker.sign_public)
        with a.vault.session() as s:
            share = restricted.list_shares(s, site_id=world.site_id, author_id=a.user_id)[0]
            restricted.end_share(s, share_id=share.id, actor_id=a.user_id)
        a.sync()
        after = _wrapped(sync_server, server_id)
        assert {uid for uid, _v in after} == {a.user_id, boss.user_id}  # B left at once
        assert after <= before  # no new key version: nothing wrapped for anyone
        status = a.engine.status()
        assert status.key_changed == ("boss",)
        widget.set_status(status)
        assert widget.keys_button.isVisibleTo(widget)
        assert "Key changed: boss" in widget.keys_button.text()
        dialog.load()
        qtbot.waitUntil(lambda: dialog.warning.isVisibleTo(dialog), timeout=10_000)
        assert "boss" in dialog.warning.text()
        a.sync()  # a warning lasts: another round says it again
        assert a.engine.status().key_changed == ("boss",)
        assert a.engine.client().safety_number(boss.user_id)[0] != \
            boss.engine.client().safety_number(a.user_id)[0]  # type: ignore[union-attr]
    finally:
        team.close()


def test_a_changed_key_is_said_in_a_box_once_and_stays_red(qtbot, unlocked) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime
    from types import SimpleNamespace

    from PySide6.QtWidgets import QApplication, QMessageBox

    def boxes() -> list[QMessageBox]:
        return [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()
                and w.objectName() == "keyChangedMessage"]

    status = SimpleNamespace(
        enrolled=True, online=True, waiting=0, conflicts=0, locked_offline=False,
        last_success_at=datetime.now(UTC), clock_skew_seconds=None, max_offline_days=None,
        key_changed=("Sophie Dubois",), key_waiting=())
    unlocked.sync._status(status)
    qtbot.waitUntil(lambda: len(boxes()) == 1, timeout=5_000)
    [box] = boxes()
    assert "Sophie Dubois" in box.text() and "Nothing is shared" in box.text()
    assert "Key changed: Sophie Dubois" in unlocked.window.sync_status.keys_button.text()
    box.close()
    unlocked.sync._status(status)  # the next rounds: red in the status bar, no new box
    assert boxes() == []
    assert unlocked.window.sync_status.keys_button.isVisibleTo(unlocked.window.sync_status)
