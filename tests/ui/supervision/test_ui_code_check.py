"""The in-person code check: a mismatch blocks the grant before anything is sent; the right
code, read aloud any way, grants the chosen collections — a supervisor against the real
server, the grant run by the task runner. The safety number the member checks on their
laptop is shown as digits and as a QR code holding the same number (read back module by
module, as for the colleague-keys dialog), and the dialog fits 960×540 in Dutch and French."""

from __future__ import annotations

import segno
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea

from fieldapp.crypto.safety import digits
from sync.team import Team, TeamMember
from tests.ui.sync.test_ui_safety_qr import _cut_text, _modules
from tests.ui.test_ui_pseudo_locale import clipped
from ui.i18n import Translations
from ui.supervision.code_check_dialog import CodeCheckDialog, grouped


def _shows_the_number_as_qr_and_fits(qtbot, dialog: CodeCheckDialog, safety: str) -> None:  # type: ignore[no-untyped-def]
    """The QR code beside the digits holds exactly the safety number; at 960×540, in Dutch
    and French, nothing is cut off and the QR code can be scrolled wholly into view."""
    qr = dialog.safety_qr
    assert qr.isVisible() and not qr.pixmap().isNull()
    assert digits(dialog.safety.text()) == digits(safety)
    expected = segno.make(digits(safety), error="m", mode="numeric", micro=False)
    matrix = [[bool(v) for v in row] for row in expected.matrix]
    assert _modules(qr, len(matrix)) == matrix
    assert qr.accessibleName() == "Safety number as a QR code"
    assert dialog.height() <= dialog.screen().availableGeometry().height()  # opens on screen
    dialog.resize(960, 540)
    scroll = dialog.findChild(QScrollArea)
    translations = Translations()
    try:
        for language in ("nl", "fr"):
            translations.install(language)
            qtbot.wait(50)
            assert dialog.qr_caption.text() != ("The same number as a QR code: their phone's "
                                                "camera shows its digits."), language
            assert dialog.width() <= 960 and dialog.height() <= 540
            need = dialog.minimumSizeHint()
            assert need.width() <= 960 and need.height() <= 540, (language, need)
            qtbot.waitUntil(lambda: not clipped(dialog) and not _cut_text(dialog),
                            timeout=2_000)  # once laid out again in the new language
            scroll.ensureWidgetVisible(qr)
            seen = scroll.viewport()
            for corner in (qr.rect().topLeft(), qr.rect().bottomRight()):  # wholly in view
                assert seen.rect().contains(qr.mapTo(seen, corner)), language
                assert dialog.rect().contains(qr.mapTo(dialog, corner)), language
    finally:
        translations.uninstall()
    qtbot.waitUntil(lambda: dialog.safety_row.text() == "Safety number:", timeout=2_000)


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
    _shows_the_number_as_qr_and_fits(qtbot, dialog, safety)
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
