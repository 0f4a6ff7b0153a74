"""Searching as a Dutch-speaking worker does: part of a compound finds the note, and when
there are more matches than the list shows, the screen says so."""

from __future__ import annotations

from datetime import timedelta

from fieldapp.casework import cases as casework
from tests.factories import TODAY
from tests.ui.ui_helpers import shortcut


def test_part_of_a_compound_finds_the_note_and_the_count_is_told(qtbot, unlocked, world):
    with unlocked.vault.session() as s:
        for day in range(55):
            casework.add_note(s, case_id=world.case_id, kind="phone_call",
                              occurred_on=TODAY - timedelta(days=day),
                              text=f"Gesprek over de huurachterstand, afspraak {day}",
                              actor_id=world.actor_id)
    ws = unlocked.window.workspace
    shortcut(qtbot, unlocked, "Ctrl+F")
    qtbot.keyClicks(ws.search.query_edit, "achterstand")
    qtbot.waitUntil(lambda: ws.search.model.rowCount() == 50, timeout=5_000)
    assert "[achterstand]" in ws.search.model.row_at(0).snippet
    qtbot.waitUntil(lambda: "Notes found: 55; the best 50 are listed"
                    in ws.search.status_label.text(), timeout=2_000)
