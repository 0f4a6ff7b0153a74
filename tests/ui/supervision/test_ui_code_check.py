"""The in-person code check: a mismatch blocks the grant before anything is sent; the right
code, read aloud any way, grants the chosen collections — a supervisor against the real
server, the grant run by the task runner."""

from __future__ import annotations

from PySide6.QtCore import Qt

from sync.team import Team, TeamMember
from ui.supervision.code_check_dialog import CodeCheckDialog, grouped


def test_a_wrong_code_grants_nothing_the_right_one_grants(qtbot, sync_server, runner):  # type: ignore[no-untyped-def]
    sup = sync_server.new_user("supervisor")
    worker = sync_server.new_user("social_assistant", name="Karim Benali")
    ids = {local_key: sup.create_collection(kind, meta={"local_key": local_key}).id
           for kind, local_key in (("casework", "casework:s-1"),
                                   ("supervision", "supervision:org"),
                                   ("registry", "registry:org"))}
    team = Team(sup)
    theirs = team.their_code(worker.user.id)  # computed here from the keys the server serves
    assert theirs == worker.my_fingerprint() != team.my_code()
    member = TeamMember(worker.user.id, "Karim Benali", "social_assistant", theirs)
    safety = team.safety_number(worker.user.id)
    assert safety == worker.safety_number(sup.user.id)[0]  # the member's screen shows it too
    dialog = CodeCheckDialog(team, runner, member, team.my_code(), team.collections(),
                             site_names={"s-1": "Anneessens"}, safety=safety)
    qtbot.addWidget(dialog)
    dialog.show()
    items = {dialog.collections.item(i).text(): dialog.collections.item(i)
             for i in range(dialog.collections.count())}
    assert set(items) == {"Case files of Anneessens", "Supervision (supervisors only)",
                          "Registry: sites, dwellings, households"}
    assert dialog.chosen() == [ids["registry:org"]]  # only the registry until sites are picked
    items["Case files of Anneessens"].setCheckState(Qt.CheckState.Checked)
    assert dialog.their_code.text() == grouped(theirs)
    assert dialog.their_code.text().count("\n") == 2  # three lines of four groups
    wrong = theirs[:-1] + ("1" if theirs[-1] != "1" else "2")
    qtbot.keyClicks(dialog.typed, wrong)
    assert "differ" in dialog.match.text()
    qtbot.keyClick(dialog.typed, Qt.Key.Key_Return)
    assert dialog.isVisible() and not runner.busy  # blocked here: nothing was sent
    assert "Nothing was granted" in dialog.error.text()
    assert all(worker.user.id not in {m.user_id for m in team.collection_members(cid)}
               for cid in ids.values())
    dialog.typed.clear()
    qtbot.keyClicks(dialog.typed, theirs.replace(" ", "-"))  # read aloud any way
    assert "match" in dialog.match.text()
    with qtbot.waitSignal(dialog.finished, timeout=15_000):
        qtbot.keyClick(dialog.typed, Qt.Key.Key_Return)
    access = {key: {m.user_id: m.access for m in team.collection_members(cid)}
              for key, cid in ids.items()}
    assert access == {"casework:s-1": {sup.user.id: "manage", worker.user.id: "write"},
                      "supervision:org": {sup.user.id: "manage"},
                      "registry:org": {sup.user.id: "manage", worker.user.id: "write"}}
    assert {c.id for c in worker.collections()} == {ids["casework:s-1"], ids["registry:org"]}
    assert dialog.safety.text() == grouped(safety)
    assert sup.key_verified(worker.user.id)  # the typed code verified their key here
    assert not worker.key_verified(sup.user.id)  # until they compare on their side
    worker.confirm_safety_number(sup.user.id, safety)
    assert worker.key_verified(sup.user.id)
