"""The DMBSH's mobile mental-health team consulted under a pseudonym (issue 19), end to
end on the real server (uvicorn + PostgreSQL) with two laptops: the site assistant asks
from the case file by keyboard — a question naming the tenant is refused —, the team's
member, whose laptop holds the consultations and the social map only, reads the pseudonym,
an age band and the concerns and answers; the advice reaches the assistant's case file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select, text

from fieldapp.casework.models import CaseFile
from fieldapp.mentalhealth.models import CaseConsultation, MhConsultation
from fieldapp.registry.models import Household, Person, Site
from sync.client.errors import ApiError
from sync.engine import state
from tests.factories import make_world
from tests.ui.sync.ui_sync_helpers import open_in_app, press_f5_and_wait
from tests.ui.ui_helpers import modal_dialog, open_household, shortcut
from ui.mentalhealth.consult_dialog import ConsultDialog
from ui.mentalhealth.workspace import ConsultationsWorkspace

pytestmark = pytest.mark.postgres

KEY = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


def _send(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2_000)
    qtbot.keyClick(dialog.question_edit, KEY.Key_Return, CTRL)
    qtbot.waitUntil(dialog.error.isVisible, timeout=5_000)


def test_the_team_answers_a_pseudonymous_consultation(qtbot, team, make_sync_app) -> None:  # type: ignore[no-untyped-def]
    boss = team.enrol("supervisor", "boss")
    make_world(boss.vault)
    boss.sync()  # the supervisor's laptop creates consultation:<org> with the others
    ann = team.enrol("social_assistant", "ann")
    mh = team.enrol("mental_health_team", "sam")
    team.grant(boss, ann, mh)  # "grant everything": only what each role may hold
    ann.sync()
    mh.sync()

    # -- the team's laptop holds the consultations and the social map, nothing else
    with mh.vault.session(read_only=True) as s:
        assert {c.kind for c in state.collections(s)} == {"consultation", "partners", "people"}
        assert s.scalar(select(func.count()).select_from(Site)) == 0
    with boss.vault.session(read_only=True) as s:
        registry = next(c for c in state.collections(s) if c.kind == "registry")
    client = boss.engine.client()
    with pytest.raises(ApiError) as refused:
        client.add_member(registry.server_id, mh.user_id, access="read",
                          verified_fingerprint=mh.engine.client().my_fingerprint())
    assert refused.value.status == 403

    # -- the assistant asks from the case file, by keyboard
    assistant = open_in_app(qtbot, make_sync_app, ann)
    open_household(qtbot, assistant, "Famille Lefèvre")
    shortcut(qtbot, assistant, "Ctrl+Shift+M")
    dialog = modal_dialog(qtbot, ConsultDialog)
    qtbot.waitUntil(lambda: dialog.earlier.item(0) is not None
                    and dialog.earlier.item(0).text() == "(none yet)", timeout=5_000)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.age_combo.hasFocus, timeout=2_000)  # the dialog opens on the age
    for _ in range(3):
        qtbot.keyClick(dialog.age_combo, KEY.Key_Down)
    assert dialog.age_combo.currentText() == "30 to 44"
    qtbot.keyClick(dialog.age_combo, KEY.Key_Tab)
    assert dialog.household_combo.hasFocus()
    for _ in range(3):
        qtbot.keyClick(dialog.household_combo, KEY.Key_Down)
    assert dialog.household_combo.currentText() == "Single parent with children"
    qtbot.keyClick(dialog.household_combo, KEY.Key_Tab)
    assert dialog.concerns_list.hasFocus()
    dialog.concerns_list.setCurrentRow(1)
    qtbot.keyClick(dialog.concerns_list, KEY.Key_Space)
    assert dialog.concerns() == ["hoarding"]
    dialog.question_edit.setFocus()
    qtbot.keyClicks(dialog.question_edit, "Mevrouw Lefevre bewaart alles.")
    _send(qtbot, dialog)
    assert "without names" in dialog.error.text()  # what to leave out, not the name
    dialog.question_edit.selectAll()
    qtbot.keyClicks(dialog.question_edit, "Een moeder bewaart alles; de woning raakt vol. "
                    "Hoe spreken we haar aan?")
    _send(qtbot, dialog)
    assert dialog.sent is not None, dialog.error.text()
    pseudonym = dialog.sent.pseudonym
    assert dialog.error.text() == f"Sent to the team as {pseudonym}."
    qtbot.waitUntil(lambda: dialog.earlier.item(0).text().startswith(pseudonym),
                    timeout=5_000)
    qtbot.keyClick(dialog.question_edit, KEY.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2_000)
    press_f5_and_wait(qtbot, assistant)

    # -- the team's member reads it under the pseudonym and answers
    sam = open_in_app(qtbot, make_sync_app, mh)
    ws = sam.window.workspace
    assert isinstance(ws, ConsultationsWorkspace)
    press_f5_and_wait(qtbot, sam)
    qtbot.waitUntil(lambda: [r.pseudonym for r in ws.model.rows()] == [pseudonym],
                    timeout=5_000)
    assert ws.who.text() == "30 to 44 · Single parent with children · " \
                            "Hoarding, neglect of the dwelling"
    assert ws.question.text().startswith("Een moeder bewaart alles")
    assert ws.model.rows()[0].asked_by == "ann"
    with sam.vault.session(read_only=True) as s:  # nothing of the case on this laptop
        for model in (CaseFile, Household, Person, CaseConsultation):
            assert s.scalar(select(func.count()).select_from(model)) == 0
        dump = " ".join(str(v) for row in s.execute(text("SELECT * FROM mh_consultations"))
                        for v in row)
    for secret in ("Lef", "Amélie", "Noah", "Anneessens"):
        assert secret not in dump
    shortcut(qtbot, sam, "Ctrl+1")
    qtbot.keyClick(ws.table, KEY.Key_Return)  # Enter moves to the advice
    assert ws.advice_edit.hasFocus()
    qtbot.keyClicks(ws.advice_edit, "Begin bij wat zij zelf als probleem ziet.")
    shortcut(qtbot, sam, "Ctrl+Return")
    qtbot.waitUntil(lambda: ws.model.rows()[0].status == "answered", timeout=5_000)
    assert pseudonym in ws.error.text()
    press_f5_and_wait(qtbot, sam)

    # -- the advice in the assistant's case file
    press_f5_and_wait(qtbot, assistant)
    shortcut(qtbot, assistant, "Ctrl+Shift+M")
    dialog = modal_dialog(qtbot, ConsultDialog)
    qtbot.waitUntil(lambda: "Begin bij wat zij zelf" in dialog.advice.text(), timeout=5_000)
    assert dialog.advice.text().startswith("sam (")
    with assistant.vault.session(read_only=True) as s:
        assert s.scalars(select(MhConsultation.status)).all() == ["answered"]
