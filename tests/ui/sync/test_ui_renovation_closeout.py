"""A renovation project's close-out, end to end on the real server (issue 17 item 7): the
renovation assistant logs what is still open and closes the project out in the app; the
supervisor's next round removes her from the project's collection (key rotated); her laptop
then loses the project and its key; the site assistant, in his app, finds the open items
among his follow-ups. The renovation assistant never holds a casework key."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from fieldapp.local.profile import get_profile
from fieldapp.local.sync_state import SyncCollection
from fieldapp.renovation import projects
from fieldapp.renovation.models import ContactEntry, RenovationProject
from sync.engine.team import grant_all
from sync.team import Team
from tests.factories import make_world
from tests.ui.sync.ui_sync_helpers import open_in_app, press_f5_and_wait
from tests.ui.ui_helpers import modal_dialog, shortcut
from ui.renovation.closeout_dialog import CloseOutDialog

RA_KINDS = ("registry", "renovation", "handoff")  # no casework: the project's people only
SA_KINDS = ("registry", "casework", "handoff")


def _grant(boss, member, kinds) -> None:  # type: ignore[no-untyped-def]
    client = member.engine.client()
    grant_all(boss.engine, client.user.id, fingerprint=client.my_fingerprint(), kinds=kinds)


def test_close_out_hands_on_removes_and_the_key_is_gone(qtbot, team, make_sync_app) -> None:  # type: ignore[no-untyped-def]
    boss = team.enrol("supervisor", "boss")
    world = make_world(boss.vault)
    with boss.vault.session() as s:
        actor = get_profile(s).id
        project = projects.create_project(s, name="Renovatie Blok A", actor_id=actor,
                                          site_id=world.site_id)
        projects.add_dwellings(s, project_id=project.id, dwelling_ids=[world.dwelling_id],
                               actor_id=actor)
    boss.sync()
    ria = team.enrol("renovation_assistant", "ria")
    sam = team.enrol("social_assistant", "sam")
    _grant(boss, ria, RA_KINDS)
    _grant(boss, sam, SA_KINDS)
    ria.sync()
    sam.sync()
    key = projects.collection_of(project.id)

    app = open_in_app(qtbot, make_sync_app, ria)
    ws = app.window.workspace
    qtbot.waitUntil(lambda: ws.model.rowCount() == 1 and ws.current_dwelling() is not None,
                    timeout=10_000)
    # what is still open when the works end: a question and furniture to move
    contacts = ws.contacts
    shortcut(qtbot, app, "Ctrl+5")
    assert ws.tabs.currentWidget() is contacts
    contacts.category_combo.setCurrentIndex(contacts.category_combo.findData("question"))
    qtbot.keyClicks(contacts.text_edit, "Asks when the heating comes back")
    qtbot.keyClick(contacts.text_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 1, timeout=5_000)
    help_view = ws.checklist
    shortcut(qtbot, app, "Ctrl+4")
    qtbot.waitUntil(lambda: help_view.model.rowCount() == 7, timeout=5_000)
    help_view.table.selectRow(0)
    help_view.status_combo.setCurrentIndex(help_view.status_combo.findData("needed"))
    qtbot.keyClicks(help_view.note_edit, "Heavy wardrobe")
    qtbot.keyClick(help_view.note_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ws.model.rows()[0].help_needed == 1, timeout=5_000)

    qtbot.mouseClick(ws.closeout_button, Qt.MouseButton.LeftButton)
    dialog = modal_dialog(qtbot, CloseOutDialog)
    assert dialog.items.count() == 2
    assert dialog.count.text() == "Open items to hand on: 2"
    texts = [dialog.items.item(i).text() for i in range(2)]
    assert any("Asks when the heating comes back" in t for t in texts)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ws.archived_label.isVisible(), timeout=5_000)
    assert ws.project_combo.currentText() == "Renovatie Blok A (archived)"
    assert "read-only" in ws.archived_label.text()
    assert not ws.closeout_button.isEnabled() and not ws.add_dwellings_button.isEnabled()
    qtbot.waitUntil(lambda: ws.model.rowCount() == 1, timeout=5_000)  # read again
    assert not ws.contacts.isEnabled() and ws.overview_button.isEnabled()
    assert not ws.checklist.isEnabled() and not ws.schedule_button.isEnabled()
    assert "open items handed to the site assistant: 2" in app.window.statusBar().currentMessage()
    press_f5_and_wait(qtbot, app)  # the archive and the hand-offs go up
    # the laptop holds the project's and the hand-off's keys, never a case file's; the
    # server knows the project only as a team collection and the hand-off as casework
    # (and the registry, which every role reads)
    with app.vault.session(read_only=True) as s:
        kinds = set(s.scalars(select(SyncCollection.kind)))
    assert "casework" not in kinds and {"renovation", "handoff"} <= kinds
    client = app.sync.engine.client()
    assert {c.kind for c in client.collections()} == {"team", "casework", "registry", "people"}

    # the supervisor's next round: the project's members leave, its key rotates
    with boss.vault.session(read_only=True) as s:
        server_id = s.get(SyncCollection, key).server_id
    boss.sync()
    boss_team = Team(boss.engine.client())
    assert [m.user_id for m in boss_team.collection_members(server_id)] == [boss.user_id]
    assert boss.engine.client().list_members(server_id).key_version == 2

    press_f5_and_wait(qtbot, app)  # her laptop: the project, its rows and its key are gone
    qtbot.waitUntil(lambda: ws.project_combo.count() == 0, timeout=5_000)
    assert ws.model.rowCount() == 0
    assert server_id not in client.keyring.collections
    with app.vault.session(read_only=True) as s:
        assert s.get(SyncCollection, key) is None
        assert s.scalar(select(func.count()).select_from(RenovationProject)) == 0
        assert s.scalar(select(func.count()).select_from(ContactEntry)) == 0

    # the site assistant finds the open items among his follow-ups
    sam_app = open_in_app(qtbot, make_sync_app, sam)
    press_f5_and_wait(qtbot, sam_app)
    sam_ws = sam_app.window.workspace
    shortcut(qtbot, sam_app, "Ctrl+2")
    followups = sam_ws.followups
    model = followups.models["this_week"]
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=10_000)
    shown = sorted(model.index(r, 2).data() for r in range(2))
    assert shown == [
        "Handed on at the end of a renovation: «Renovatie Blok A» — Moving furniture: "
        "Heavy wardrobe",
        "Handed on at the end of a renovation: «Renovatie Blok A» — Question: Asks when "
        "the heating comes back"]
    assert {model.index(r, 1).data() for r in range(2)} == {"Famille Lefèvre"}
