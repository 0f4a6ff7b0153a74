"""Every committed change to a synced record asks for a sync round, whatever the area
(issue 12): saving through the UI in casework, welcome, renovation, neighbourhood,
supervision, collective work, community work and the mental-health team's starts a round
within the sync controller's debounce. The controller's timings are the test's (a short
debounce, no timer round), so nothing waits for long; the vaults have no server account, so
a round ends at once ("not_enrolled") — what matters is that it starts. A local-only change
(a draft) and a change that came from a sync round ask for none."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from fieldapp.crypto.kdf import TEST_KDF_PARAMS
from fieldapp.local import drafts
from fieldapp.neighbourhood.requests import log_request
from fieldapp.registry.neighbourhoods import define_neighbourhood
from fieldapp.vault import ChangeSet, Vault
from tests.factories import (
    NOW,
    PASSPHRASE,
    PROFILE,
    TODAY,
    fixed_clock,
    make_world,
    role_vault,
)
from tests.ui.ui_helpers import open_household, shortcut, timeline_texts

DEBOUNCE_MS = 200
TIMINGS = {"interval_ms": 3_600_000, "debounce_ms": DEBOUNCE_MS,
           "first_round_ms": 3_600_000}
SLACK_S = 1.0  # the event loop's and the offscreen platform's own delays


class Rounds:
    """When a synced change was announced locally, and when rounds started."""

    def __init__(self, app) -> None:  # type: ignore[no-untyped-def]
        self.app = app
        self.changes: list[tuple[float, ChangeSet]] = []
        self.started: list[float] = []
        app.context.changes.connect(lambda c: self.changes.append((time.monotonic(), c)))
        app.sync.controller.round_started.connect(lambda: self.started.append(time.monotonic()))

    def settle(self, qtbot) -> None:  # type: ignore[no-untyped-def]
        """Let what opening the screens asked for (an access-log entry is synced too) end."""
        c = self.app.sync.controller
        qtbot.waitUntil(lambda: not c.running and not c._debounce.isActive()
                        and not self.app.runner.busy, timeout=5_000)
        self.changes.clear()
        self.started.clear()

    def expect_round_after_save(self, qtbot, record_type: str) -> None:  # type: ignore[no-untyped-def]
        qtbot.waitUntil(lambda: any(c.touches(record_type) for _t, c in self.changes),
                        timeout=5_000)
        saved_at, changes = next((t, c) for t, c in self.changes if c.touches(record_type))
        assert changes.origin == "local" and changes.synced
        qtbot.waitUntil(lambda: bool(self.started), timeout=DEBOUNCE_MS + 3_000)
        assert self.started[0] >= saved_at  # nothing asked for a round before the save
        assert self.started[0] - saved_at <= DEBOUNCE_MS / 1000 + SLACK_S


def _unlock(qtbot, make_app):  # type: ignore[no-untyped-def]
    app = make_app(sync_timings=TIMINGS)
    page = app.window.unlock_page
    qtbot.keyClicks(page.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(app.unlocked, timeout=10_000):
        qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.sync.controller is not None, timeout=5_000)
    return app


def test_casework_a_saved_note_starts_a_round(qtbot, make_app, vault_dir, store) -> None:  # type: ignore[no-untyped-def]
    role_vault(vault_dir, store, "social_assistant")
    app = _unlock(qtbot, make_app)
    rounds = Rounds(app)
    view = open_household(qtbot, app, "Famille Lefèvre")
    rounds.settle(qtbot)
    shortcut(qtbot, app, "Ctrl+N")
    qtbot.keyClicks(view.editor.text_edit, "Gesprek over de huur.")
    qtbot.keyClick(view.editor.text_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Gesprek over de huur." in timeline_texts(view), timeout=5_000)
    rounds.expect_round_after_save(qtbot, "case_notes")


def test_welcome_a_recorded_session_starts_a_round(qtbot, make_app, vault_dir, store) -> None:  # type: ignore[no-untyped-def]
    role_vault(vault_dir, store, "social_assistant")
    app = _unlock(qtbot, make_app)
    rounds = Rounds(app)
    shortcut(qtbot, app, "Ctrl+4")
    view = app.window.workspace.welcome
    qtbot.waitUntil(lambda: view.attendees.count() > 0, timeout=5_000)
    rounds.settle(qtbot)
    view.attendees.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(view.notes_edit, "Eerste bijeenkomst")
    qtbot.mouseClick(view.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5_000)
    rounds.expect_round_after_save(qtbot, "welcome_sessions")


def test_renovation_a_started_inventory_starts_a_round(qtbot, make_app, vault_dir, store) -> None:  # type: ignore[no-untyped-def]
    role_vault(vault_dir, store, "renovation_assistant")
    app = _unlock(qtbot, make_app)
    rounds = Rounds(app)
    ws = app.window.workspace
    qtbot.waitUntil(lambda: ws.model.rowCount() == 1 and ws.current_dwelling() is not None,
                    timeout=5_000)
    rounds.settle(qtbot)
    qtbot.mouseClick(ws.inventory.start_pre_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ws.inventory.editor.inventory is not None, timeout=5_000)
    rounds.expect_round_after_save(qtbot, "renovation_inventories")
    rounds.settle(qtbot)
    shortcut(qtbot, app, "Ctrl+5")  # the contact log
    contacts = ws.contacts
    contacts.text_edit.setFocus()
    qtbot.keyClicks(contacts.text_edit, "Vraagt wanneer de werken starten")
    qtbot.keyClick(contacts.text_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 1, timeout=5_000)
    rounds.expect_round_after_save(qtbot, "renovation_contacts")


def test_neighbourhood_a_request_put_in_the_round_starts_a_round(qtbot, make_app, vault_dir,
                                                                  store) -> None:  # type: ignore[no-untyped-def]
    world = role_vault(vault_dir, store, "neighbourhood_agent")
    vault = Vault.unlock(vault_dir, PASSPHRASE, secret_store=store)
    with vault.session() as s:
        log_request(s, source="staff", category="noise", site_id=world.site_id,
                    urgency="today", description="Lawaai in de trappenhal",
                    actor_id=world.actor_id, now=NOW - timedelta(hours=1))
    vault.lock()
    app = _unlock(qtbot, make_app)
    rounds = Rounds(app)
    ws = app.window.workspace
    qtbot.waitUntil(lambda: ws.triage.current() is not None, timeout=5_000)
    rounds.settle(qtbot)
    ws.triage.table.setFocus()
    shortcut(qtbot, app, "Ctrl+T")  # into today's round
    qtbot.waitUntil(lambda: ws.triage.model.rows()[0].round_day == TODAY, timeout=5_000)
    rounds.expect_round_after_save(qtbot, "nb_requests")


def test_supervision_a_review_note_starts_a_round(qtbot, make_app, vault_dir, store) -> None:  # type: ignore[no-untyped-def]
    world = role_vault(vault_dir, store, "supervisor")
    app = _unlock(qtbot, make_app)
    rounds = Rounds(app)
    ws = app.window.workspace
    page = ws.open_case(world.case_id, world.household_id)
    qtbot.waitUntil(lambda: page.case is not None, timeout=5_000)
    rounds.settle(qtbot)
    page.review.edit.setFocus()
    qtbot.keyClicks(page.review.edit, "Schuldhulp opvolgen")
    qtbot.keyClick(page.review.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.review.notes.count() == 1, timeout=5_000)
    rounds.expect_round_after_save(qtbot, "review_notes")


def test_collective_a_registered_room_starts_a_round(qtbot, make_app, vault_dir, store) -> None:  # type: ignore[no-untyped-def]
    vault = Vault.create(vault_dir, PASSPHRASE,
                         profile={**PROFILE, "role": "collective_assistant", "sites": []},
                         kdf_params=TEST_KDF_PARAMS, secret_store=store, clock=fixed_clock)
    world = make_world(vault)
    with vault.session() as s:
        define_neighbourhood(s, name="Anneessens-Centrum", site_ids=[world.site_id],
                             assistant_ids=[world.actor_id], actor_id=world.actor_id)
    vault.lock()
    app = _unlock(qtbot, make_app)
    rounds = Rounds(app)
    shortcut(qtbot, app, "Ctrl+4")  # the common rooms
    view = app.window.workspace.rooms
    qtbot.waitUntil(lambda: view.site_combo.count() == 1, timeout=5_000)
    rounds.settle(qtbot)
    view.name_edit.setFocus()
    qtbot.keyClicks(view.name_edit, "Fietsenberging Blok A")
    view.add_button.setFocus()
    qtbot.keyClick(view.add_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5_000)
    rounds.expect_round_after_save(qtbot, "cm_rooms")


def test_community_an_action_of_the_plan_starts_a_round(qtbot, make_app, vault_dir, store) -> None:  # type: ignore[no-untyped-def]
    role_vault(vault_dir, store, "community_worker")
    app = _unlock(qtbot, make_app)
    rounds = Rounds(app)
    ws = app.window.workspace
    qtbot.waitUntil(lambda: ws.project is not None, timeout=5_000)
    rounds.settle(qtbot)
    before = ws.plan.model.rowCount()
    dialog = ws.new_action()
    qtbot.waitUntil(dialog.isVisible, timeout=3_000)
    dialog.title_edit.setFocus()
    qtbot.keyClicks(dialog.title_edit, "Ateliers portemonnee")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2_000)
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: ws.plan.model.rowCount() == before + 1, timeout=5_000)
    rounds.expect_round_after_save(qtbot, "psc_actions")


def test_mental_health_an_advice_starts_a_round(qtbot, make_app, vault_dir, store) -> None:  # type: ignore[no-untyped-def]
    role_vault(vault_dir, store, "mental_health_team")
    app = _unlock(qtbot, make_app)
    rounds = Rounds(app)
    ws = app.window.workspace
    qtbot.waitUntil(lambda: ws.model.rowCount() == 1, timeout=5_000)
    rounds.settle(qtbot)
    ws.table.setFocus()
    ws.table.selectRow(0)
    qtbot.keyClick(ws.table, Qt.Key.Key_Return)  # Enter moves to the advice
    qtbot.keyClicks(ws.advice_edit, "Begin bij wat zij zelf als probleem ziet.")
    shortcut(qtbot, app, "Ctrl+Return")
    qtbot.waitUntil(lambda: ws.model.rows()[0].status == "answered", timeout=5_000)
    rounds.expect_round_after_save(qtbot, "mh_consultations")


@pytest.mark.parametrize("what", ["draft", "pulled"])
def test_a_local_only_or_pulled_change_asks_for_no_round(qtbot, make_app, vault_dir, store,
                                                         what) -> None:  # type: ignore[no-untyped-def]
    world = role_vault(vault_dir, store, "social_assistant")
    app = _unlock(qtbot, make_app)
    rounds = Rounds(app)
    rounds.settle(qtbot)
    if what == "draft":
        app.context.call(lambda s: drafts.save_draft(s, key="note:x", text="half a sentence"))
        qtbot.waitUntil(lambda: bool(rounds.changes), timeout=5_000)
        assert rounds.changes[0][1].types == {"drafts"} and not rounds.changes[0][1].synced
    else:
        app.context.announce(ChangeSet.of([("case_notes", "n1")],
                                          collections=[f"casework:{world.site_id}"],
                                          origin="sync"))
    qtbot.wait(DEBOUNCE_MS * 3)
    assert rounds.started == [] and not app.sync.controller._debounce.isActive()
