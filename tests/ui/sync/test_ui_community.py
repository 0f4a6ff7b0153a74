"""A community worker of the PSC's non-profit (issue 19), enrolled on the real server
(uvicorn + PostgreSQL): their laptop holds the PSC's and the social map's keys and nothing
else; from the keyboard they record the project, plan an action, log a workshop series,
run a committee meeting and write the self-evaluation — offline, no round runs — then
print the yearly report in Dutch and in French, and one F5 brings it all to the
supervisor."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from shiboken6 import isValid
from sqlalchemy import func, select

from fieldapp.community import partners
from fieldapp.community.models import PscActivity, PscMeeting, PscProject
from fieldapp.local.profile import get_profile
from fieldapp.local.sync_state import SyncCollection
from fieldapp.registry.models import Household, Site
from sync.client.errors import ApiError
from sync.engine import state
from tests.ui.sync.ui_sync_helpers import open_in_app, press_f5_and_wait
from tests.ui.ui_helpers import modal_dialog, shortcut
from ui.community.dialogs import ActionDialog, ActivityDialog, MeetingDialog
from ui.community.workspace import CommunityWorkspace
from ui.document_export import ExportChoice

pytestmark = pytest.mark.postgres

KEY = Qt.Key


def _text(path: str) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(Path(path).read_bytes()))
                     .pages)


def _type(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def _save(qtbot, dialog, widget) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Enter from inside the form, as a person saves it."""
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2_000)
    qtbot.keyClick(widget, KEY.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible()
                    or dialog.error.isVisible(), timeout=5_000)
    assert not isValid(dialog) or not dialog.error.isVisible(), dialog.error.text()


def test_a_community_worker_keeps_the_psc_offline_and_prints_the_yearly_report(
        qtbot, team, make_sync_app, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.factories import make_world

    boss = team.enrol("supervisor", "boss")
    make_world(boss.vault)  # the organisation's register and case files
    with boss.vault.session() as s:  # the supervisor keeps the social map
        partners.add_partner(s, actor_id=get_profile(s).id, name="CAW Brussel",
                             category="caw", languages=["nl", "fr"])
    boss.sync()
    worker = team.enrol("community_worker", "youssef")
    team.grant(boss, worker)  # the supervisor's "grant everything": only what fits the role
    worker.sync()

    # -- the worker's laptop holds no registry or casework key, and the server refuses one
    with worker.vault.session(read_only=True) as s:
        kinds = {c.kind for c in state.collections(s)}
        assert kinds == {"community", "partners", "people"}  # and the names (issue 14)
        assert s.scalar(select(func.count()).select_from(Site)) == 0
        assert s.scalar(select(func.count()).select_from(Household)) == 0
        assert [c.local_key for c in s.scalars(select(SyncCollection))
                if c.local_key.startswith(("registry", "casework", "handoff"))] == []
    boss_client = boss.engine.client()
    with boss.vault.session(read_only=True) as s:
        registry = next(c for c in state.collections(s) if c.kind == "registry")
    with pytest.raises(ApiError) as refused:
        boss_client.add_member(registry.server_id, worker.user_id, access="read",
                               verified_fingerprint=worker.engine.client().my_fingerprint())
    assert refused.value.status == 403

    app = open_in_app(qtbot, make_sync_app, worker)
    ws = app.window.workspace
    assert isinstance(ws, CommunityWorkspace)
    assert [a.text() for a in app.window.menuBar().actions()] == [
        "&File", "&Community", "&Sync", "&Help"]
    qtbot.waitUntil(lambda: ws.partners.model.rowCount() == 1, timeout=5_000)

    # -- the project, from the keyboard
    shortcut(qtbot, app, "Ctrl+1")
    page = ws.psc
    _type(qtbot, page.name_edit, "PSC Anneessens")
    _type(qtbot, page.housing_edit, "Lakenhuis")
    _type(qtbot, page.non_profit_edit, "De Buurtwinkel vzw")
    _type(qtbot, page.perimeter_edit, "Anneessens; ANN")
    _type(qtbot, page.referent_edit, "Marie Declercq")
    _type(qtbot, page.coordinator_edit, "Youssef Haddad")
    _type(qtbot, page.premises_edit, "Buurtlokaal Muggenstraat")
    _type(qtbot, page.objectives_edit, "Een sociale kaart maken met de bewoners")
    _type(qtbot, page.diagnosis_edit, "Veel vragen over facturen.")
    shortcut(qtbot, app, "Ctrl+S")
    qtbot.waitUntil(lambda: ws.project is not None, timeout=5_000)
    assert "PSC Anneessens" in ws.project_label.text()

    # -- an action of the plan, tied to the fourth common objective
    shortcut(qtbot, app, "Ctrl+N")
    dialog = modal_dialog(qtbot, ActionDialog)
    qtbot.keyClicks(dialog.title_edit, "Ateliers portemonnee")
    for _ in range(3):
        qtbot.keyClick(dialog.objective_combo, KEY.Key_Down)
    assert dialog.objective_combo.currentData() == "common:4"
    _save(qtbot, dialog, dialog.title_edit)
    qtbot.waitUntil(lambda: ws.plan.model.rowCount() == 1, timeout=5_000)

    # -- a workshop series with four sessions and a closing individual session
    shortcut(qtbot, app, "Ctrl+J")
    dialog = modal_dialog(qtbot, ActivityDialog)
    for _ in range(3):
        qtbot.keyClick(dialog.kind_combo, KEY.Key_Down)
    assert dialog.kind_combo.currentData() == "workshop" and dialog.series.isVisible()
    _type(qtbot, dialog.title_edit, "Ateliers portemonnee")
    qtbot.keyClick(dialog.action_combo, KEY.Key_Down)
    _type(qtbot, dialog.trainer_edit, "Wietske (CAW Brussel)")
    for topic, count in (("Papieren", 8), ("Budget", 11), ("Krediet", 9),
                         ("Schuldeisers", 10)):
        _type(qtbot, dialog.session_topic, topic)
        dialog.session_count.setFocus()
        dialog.session_count.selectAll()
        qtbot.keyClicks(dialog.session_count, str(count))
        qtbot.mouseClick(dialog.add_session_button, Qt.MouseButton.LeftButton)
    assert dialog.sessions_list.count() == 4
    qtbot.mouseClick(dialog.closing_check, Qt.MouseButton.LeftButton)
    _type(qtbot, dialog.feedback_edit, "Nuttig en leerrijk.")
    _type(qtbot, dialog.follow_up_edit, "Opvolging bij het CAW")
    _save(qtbot, dialog, dialog.title_edit)
    qtbot.waitUntil(lambda: ws.log.model.rowCount() == 1, timeout=5_000)
    assert "38 participants" in ws.log.summary.text()

    # -- a meeting of the follow-up committee
    shortcut(qtbot, app, "Ctrl+M")
    dialog = modal_dialog(qtbot, MeetingDialog)
    _type(qtbot, dialog.attendees_edit, "Marie Declercq; Lakenhuis")
    qtbot.keyClick(dialog.attendees_edit, KEY.Key_Return)
    qtbot.keyClicks(dialog.attendees_edit, "Youssef Haddad; De Buurtwinkel vzw")
    _type(qtbot, dialog.minutes_edit, "Stand van het actieplan.")
    _type(qtbot, dialog.decisions_edit, "Ateliers in het najaar voortzetten.")
    _save(qtbot, dialog, dialog.minutes_edit)
    qtbot.waitUntil(lambda: ws.committee.model.rowCount() == 1, timeout=5_000)
    assert "Lakenhuis" in ws.committee.details.toPlainText()

    # -- the self-evaluation of objective 4, then the yearly report in NL and FR
    shortcut(qtbot, app, "Ctrl+5")
    report = ws.report
    qtbot.waitUntil(lambda: report.model.rowCount() == 6, timeout=5_000)  # 4 + 1 local + all
    report.table.setFocus()
    for _ in range(3):
        qtbot.keyClick(report.table, KEY.Key_Down)
    assert report.current_objective() == "common:4"
    assert report.model.row_at(3).participants == 38
    _type(qtbot, report.text_edit, "De ateliers bereikten hun doel.")
    qtbot.mouseClick(report.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "saved" in report.status.text(), timeout=5_000)
    pdfs = {}
    for language in ("nl", "fr"):
        def answer(_parent, *, language_=language, on_chosen, **_kw):  # type: ignore[no-untyped-def]
            on_chosen(ExportChoice(str(tmp_path / f"jaarverslag-{language_}.pdf"), language_))

        report.choose_export = answer
        with qtbot.waitSignal(report.exported, timeout=10_000) as done:
            shortcut(qtbot, app, "Ctrl+P")
        pdfs[language] = _text(done.args[0])
    assert "Jaarverslag met zelfevaluatie" in pdfs["nl"]
    assert "Rapport annuel avec auto-évaluation" in pdfs["fr"]
    for text in pdfs.values():
        for expected in ("PSC Anneessens", "Ateliers portemonnee", "Wietske (CAW Brussel)",
                         "De ateliers bereikten hun doel.", "Lakenhuis",
                         "Een sociale kaart maken met de bewoners"):
            assert expected in text

    # -- nothing went to the server yet (offline); one round takes it to the supervisor
    with ws.ctx.vault.session(read_only=True) as s:
        assert s.scalar(select(func.count()).select_from(PscActivity)
                        .where(PscActivity.dirty.is_(True))) == 1
    press_f5_and_wait(qtbot, app)
    boss.sync()
    with boss.vault.session(read_only=True) as s:
        assert s.scalar(select(PscProject.name)) == "PSC Anneessens"
        assert s.scalar(select(PscActivity.trainer)) == "Wietske (CAW Brussel)"
        assert s.scalar(select(func.count()).select_from(PscMeeting)) == 1
