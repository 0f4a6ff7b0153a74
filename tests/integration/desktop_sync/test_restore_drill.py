"""Restore drill (issue 13, item 7), client side: the server is put back to an older backup
while three laptops hold newer work. Each laptop notices at its next round (its checkpoint
is gone from the server), resyncs from the start and pushes again what the server lost:
nothing is lost, nothing is duplicated, and work done after the restore is kept too.

The restore is simulated in SQL on the real PostgreSQL (revisions above the backup's
sequence numbers deleted, items and sequences put back), while the real server runs."""

from __future__ import annotations

import psycopg
import pytest

from fieldapp.casework import cases as casework
from fieldapp.casework.models import CaseNote
from fieldapp.local.profile import get_profile
from tests.integration.desktop_sync.desktop_helpers import add_note, snapshot, team_of_three
from tests.integration.sync.sync_factories import restore_to, server_heads

pytestmark = pytest.mark.postgres


def _texts(member) -> dict[str, str]:  # type: ignore[no-untyped-def]
    with member.vault.session(read_only=True) as s:
        return {n.id: n.text for n in s.query(CaseNote).filter(CaseNote.deleted.is_(False))}


def _server_items(dsn: str, item_ids: list[str]) -> dict[str, int]:
    with psycopg.connect(dsn) as conn:
        rows = conn.execute("SELECT item_id, count(*) FROM items WHERE item_id = ANY(%s) "
                            "GROUP BY item_id", (item_ids,)).fetchall()
    return dict(rows)


def test_laptops_push_again_what_a_restored_server_lost(team) -> None:  # type: ignore[no-untyped-def]
    boss, a, b, world = team_of_three(team)
    before = add_note(a, world.case_id, "Ann before the backup")
    a.sync()
    b.sync()

    backup = server_heads(team.server.dsn())  # the nightly backup is taken here

    a_notes = [add_note(a, world.case_id, f"Ann after the backup {i}") for i in range(4)]
    with a.vault.session() as s:
        casework.edit_note(s, note_id=before, actor_id=get_profile(s).id,
                           text="Ann before the backup, corrected after it")
    a.sync()
    b_notes = [add_note(b, world.case_id, f"Bob after the backup {i}") for i in range(2)]
    b.sync()
    boss.sync()  # the supervisor saw everything before the disaster
    expected = _texts(boss)
    assert len(expected) >= 7

    lost = restore_to(team.server.dsn(), backup)
    assert lost >= 7  # 4 + 1 edit + 2 notes, and whatever the rounds wrote besides

    # After the restore, Bob writes again before anyone has synced.
    late = add_note(b, world.case_id, "Bob after the restore")
    expected[late] = "Bob after the restore"
    rb = b.sync()
    assert rb.restored >= 7  # Bob holds every lost record and sends them again
    ra = a.sync()
    rboss = boss.sync()
    assert ra.restored > 0 and rboss.restored > 0
    for m in (a, b, boss):
        m.sync()

    for m in (a, b, boss):
        assert _texts(m) == expected, m.email
        assert m.engine.status().waiting == 0
        assert m.engine.status().conflicts == 0
    assert snapshot(a.vault) == snapshot(b.vault) == snapshot(boss.vault)
    ids = [before, late, *a_notes, *b_notes]
    assert _server_items(team.server.dsn(), ids) == dict.fromkeys(ids, 1)  # once each

    # The next rounds are ordinary again: nothing resent, a new note travels as usual.
    assert a.sync().restored == 0
    new = add_note(a, world.case_id, "Ann, a normal day")
    a.sync()
    assert b.sync().restored == 0
    assert _texts(b)[new] == "Ann, a normal day"
