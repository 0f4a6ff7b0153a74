"""The in-person code check: a mismatch blocks the grant before anything is sent."""

from __future__ import annotations

from PySide6.QtCore import Qt

from sync.team import ManagedCollection, TeamMember
from ui.supervision.code_check_dialog import CodeCheckDialog, grouped

THEIRS = "12345 67890 11111 22222 33333 44444 55555 66666 77777 88888 99999 00000"
MINE = "54321 09876 11111 22222 33333 44444 55555 66666 77777 88888 99999 12345"


class FakeTeam:
    def __init__(self) -> None:
        self.grants: list[tuple[str, str, list[str], str]] = []

    def grant(self, user_id, *, typed_code, collections, access):
        self.grants.append((user_id, typed_code, list(collections), access))
        return []


class InlineRunner:
    """Runs the work at once (the real runner is tested in tests/ui/test_ui_tasks.py)."""

    def run(self, fn, *, on_success=None, on_failure=None, on_progress=None):
        try:
            result = fn()
        except Exception as exc:  # delivered like the runner does
            if on_failure:
                on_failure(exc)
        else:
            if on_success:
                on_success(result)


def test_a_wrong_code_grants_nothing_the_right_one_grants(qtbot):
    team, runner = FakeTeam(), InlineRunner()
    member = TeamMember("u-1", "Karim Benali", "social_assistant", THEIRS)
    dialog = CodeCheckDialog(team, runner, member, MINE,
                             [ManagedCollection("c-1", "casework", "casework:s-1", 1),
                              ManagedCollection("c-2", "supervision", "supervision:org", 1),
                              ManagedCollection("c-3", "registry", "registry:org", 1)],
                             site_names={"s-1": "Anneessens"})
    qtbot.addWidget(dialog)
    dialog.show()
    items = {dialog.collections.item(i).text(): dialog.collections.item(i)
             for i in range(dialog.collections.count())}
    assert set(items) == {"Case files of Anneessens", "Supervision (supervisors only)",
                          "Registry: sites, dwellings, households"}
    assert dialog.chosen() == ["c-3"]  # only the registry until the supervisor picks sites
    items["Case files of Anneessens"].setCheckState(Qt.CheckState.Checked)
    assert dialog.their_code.text() == grouped(THEIRS)
    assert dialog.their_code.text().count("\n") == 2  # three lines of four groups
    qtbot.keyClicks(dialog.typed, THEIRS[:-1] + "1")
    assert "differ" in dialog.match.text()
    qtbot.keyClick(dialog.typed, Qt.Key.Key_Return)
    assert dialog.isVisible() and team.grants == []
    assert "Nothing was granted" in dialog.error.text()
    dialog.typed.clear()
    qtbot.keyClicks(dialog.typed, THEIRS.replace(" ", "-"))  # read aloud any way
    assert "match" in dialog.match.text()
    with qtbot.waitSignal(dialog.finished, timeout=5_000):
        qtbot.keyClick(dialog.typed, Qt.Key.Key_Return)
    assert team.grants == [("u-1", THEIRS.replace(" ", "-"), ["c-1", "c-3"], "write")]
