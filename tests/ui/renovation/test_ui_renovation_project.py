"""The renovation project driven through the workspace (issue 17 item 7): the works
schedule (phases for a building and a dwelling, the household's "Works" tab, its notice
printed in its language) and the information session (invitations per household in its
language, who came, questions and answers, minutes) — every PDF read back."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from fieldapp.crypto.kdf import TEST_KDF_PARAMS
from fieldapp.renovation import projects
from fieldapp.vault import Vault
from tests.factories import PASSPHRASE, make_world
from tests.ui.export_helpers import ExportAnswer
from tests.ui.ui_helpers import modal_dialog, shortcut
from ui.renovation.info_session_dialog import InfoSessionsDialog
from ui.renovation.schedule_views import ScheduleDialog

PROFILE = {"display_name": "Rita Werf", "role": "renovation_assistant",
           "organisation": "test-org", "sites": ["anneessens"]}


@pytest.fixture
def workspace(qtbot, make_app, vault_dir, store):
    vault = Vault.create(vault_dir, PASSPHRASE, profile=PROFILE, kdf_params=TEST_KDF_PARAMS,
                         secret_store=store)
    world = make_world(vault)
    with vault.session() as s:
        project = projects.create_project(s, name="Renovatie Blok A", actor_id=world.actor_id,
                                          contractor="Bouw NV Renova")
        other = registry_dwelling(s, "12A")  # Gezin Yılmaz, who reads Dutch
        projects.add_dwellings(s, project_id=project.id,
                               dwelling_ids=[world.dwelling_id, other], actor_id=world.actor_id)
    vault.lock()
    app = make_app(language="en")
    qtbot.keyClicks(app.window.unlock_page.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(app.unlocked, timeout=10_000):
        qtbot.keyClick(app.window.unlock_page.passphrase_edit, Qt.Key.Key_Return)
    ws = app.window.workspace
    qtbot.waitUntil(lambda: ws.model.rowCount() == 2 and ws.current_dwelling() is not None,
                    timeout=5_000)
    return app, ws


def registry_dwelling(s, label: str) -> str:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from fieldapp.registry.models import Dwelling

    return str(s.scalar(select(Dwelling.id).where(Dwelling.label == label)))


def _pdf_words(path) -> str:  # type: ignore[no-untyped-def]
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages)
    return " ".join(text.split())


def test_schedule_phases_and_the_notice_in_the_households_language(qtbot, workspace, tmp_path):
    app, ws = workspace
    qtbot.mouseClick(ws.schedule_button, Qt.MouseButton.LeftButton)
    dialog = modal_dialog(qtbot, ScheduleDialog)
    # the whole project, Blok A, Tour 9, 3B, 12A
    qtbot.waitUntil(lambda: dialog.where_combo.count() == 5, timeout=5_000)
    for kind, where, inside in (("windows", 1, True), ("bathroom", 3, True),
                                ("site_setup", 0, False)):
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(kind))
        dialog.where_combo.setCurrentIndex(where)
        dialog.access_check.setChecked(inside)
        if kind == "windows":
            qtbot.keyClicks(dialog.description_edit, "Voorgevel")
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda k=kind: k in [r.kind for r in dialog.model.rows()],
                        timeout=5_000)
    assert dialog.model.index(0, 0).data().startswith(("Windows and doors", "Bathroom",
                                                       "Site set-up"))
    wheres = {dialog.model.index(r, 1).data() for r in range(3)}
    assert wheres == {"Whole project", "Building: Blok A",
                      "Dwelling: Blok A · 3B"}
    # a phase that ends before it starts says so in the dialog
    dialog.end_edit.setDate(dialog.start_edit.date().addDays(-1))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=5_000)
    assert dialog.error.text() == "A phase cannot end before it starts."
    assert dialog.model.rowCount() == 3
    dialog.reject()

    shortcut(qtbot, app, "Ctrl+7")
    works = ws.works
    assert ws.tabs.currentWidget() is works
    qtbot.waitUntil(lambda: works.model.rowCount() == 3, timeout=5_000)
    assert works.letters_label.text() == "No letter printed yet."
    target = tmp_path / "notice.pdf"
    works.choose_export = answer = ExportAnswer(target)
    qtbot.mouseClick(works.notice_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=10_000)
    assert answer.offered["language"] == "fr"  # the household's language, not the app's
    assert answer.offered["names"]["nl"].startswith("aankondiging-werken-")
    words = _pdf_words(target)
    for expected in ("Avis de travaux", "Châssis et portes", "Voorgevel", "votre immeuble",
                     "Salle de bains", "votre logement", "doivent pouvoir entrer",
                     "Famille Lefèvre", "Rita Werf", "Bouw NV Renova"):
        assert expected in words, expected
    qtbot.waitUntil(lambda: "printed on" in works.letters_label.text(), timeout=5_000)
    assert works.letters_label.text().startswith("Notice of the works printed on")
    assert works.letters_label.text().endswith("(FR)")


def test_information_session_invitations_attendance_questions_minutes(qtbot, workspace,
                                                                       tmp_path):
    app, ws = workspace
    qtbot.mouseClick(ws.info_button, Qt.MouseButton.LeftButton)
    dialog = modal_dialog(qtbot, InfoSessionsDialog)
    qtbot.keyClicks(dialog.place_edit, "Buurtzaal / Salle communautaire")
    qtbot.mouseClick(dialog.plan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.sessions.rowCount() == 1, timeout=5_000)
    assert dialog.status.text() == "Session planned; 2 households invited."
    assert dialog.sessions.index(0, 1).data() == "18:00"
    assert dialog.sessions.index(0, 3).data() == "Planned"

    folder = tmp_path / "invitations"
    folder.mkdir()
    dialog.choose_folder = lambda: str(folder)
    qtbot.mouseClick(dialog.invite_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Invitations printed: 2" in dialog.status.text(), timeout=10_000)
    names = sorted(p.name for p in folder.iterdir())
    assert len(names) == 2
    assert names[0].startswith("invitation-seance-d-information-")  # Famille Lefèvre: fr
    assert names[1].startswith("uitnodiging-infovergadering-")  # Gezin Yılmaz: nl
    fr, nl = (_pdf_words(folder / n) for n in names)
    assert "Invitation : séance d'information" in fr and "Famille Lefèvre" in fr
    assert "Uitnodiging: infovergadering" in nl and "Gezin Yılmaz" in nl
    assert "Buurtzaal / Salle communautaire" in nl and "18:00" in fr

    dialog.steps.setCurrentIndex(1)  # who came
    qtbot.waitUntil(lambda: dialog.present.count() == 2, timeout=5_000)
    dialog.present.item(0).setCheckState(Qt.CheckState.Checked)
    for role, name in (("project_manager", "Marc Dubois"), ("contractor", "Bouw NV Renova")):
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(role))
        qtbot.keyClicks(dialog.name_edit, name)
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.staff.count() == 2
    qtbot.mouseClick(dialog.attendance_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.sessions.index(0, 5).data() == "1", timeout=5_000)
    assert dialog.sessions.index(0, 3).data() == "Held"

    dialog.steps.setCurrentIndex(2)  # questions and answers
    qtbot.keyClicks(dialog.question_edit, "Faut-il vider la cave ?")
    dialog.asker_combo.setCurrentIndex(dialog.asker_combo.findText(
        "Famille Lefèvre", Qt.MatchFlag.MatchContains))
    qtbot.keyClicks(dialog.answer_edit, "Oui, avant le 15 janvier.")
    dialog.answerer_combo.setCurrentIndex(dialog.answerer_combo.findData("project_manager"))
    qtbot.mouseClick(dialog.question_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.questions.rowCount() == 1, timeout=5_000)
    assert dialog.questions.index(0, 3).data() == "Project manager"
    qtbot.mouseClick(dialog.question_button, Qt.MouseButton.LeftButton)  # nothing typed
    qtbot.waitUntil(lambda: dialog.status.text() == "Write the question that was asked.",
                    timeout=5_000)

    dialog.steps.setCurrentIndex(3)  # minutes
    qtbot.keyClicks(dialog.minutes_edit, "Planning toegelicht.")
    qtbot.mouseClick(dialog.minutes_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text() == "Minutes saved.", timeout=5_000)
    for lang, expected in (("nl", ["Verslag van de infovergadering", "Projectbeheerder",
                                   "Marc Dubois", "Faut-il vider la cave ?",
                                   "Oui, avant le 15 janvier.", "Planning toegelicht."]),
                           ("fr", ["Procès-verbal de la séance d'information",
                                   "Gestionnaire de projet", "Entrepreneur",
                                   "Famille Lefèvre", "1 / 2"])):
        target = tmp_path / f"minutes-{lang}.pdf"
        dialog.choose_export = ExportAnswer(target, language=lang)
        qtbot.mouseClick(dialog.minutes_pdf_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(target.exists, timeout=10_000)
        words = _pdf_words(target)
        for e in expected:
            assert e in words, (lang, e)
    dialog.reject()
    shortcut(qtbot, app, "Ctrl+7")  # the invitation is kept on the household's Works tab
    qtbot.waitUntil(lambda: "Invitation to the information session printed on"
                    in ws.works.letters_label.text(), timeout=5_000)


def test_social_clause_jobs_and_accompaniment_time(qtbot, workspace):
    app, ws = workspace
    shortcut(qtbot, app, "Ctrl+8")
    view = ws.jobs
    assert ws.tabs.currentWidget() is view
    qtbot.waitUntil(lambda: view.person_combo.count() == 3, timeout=5_000)  # household + 2
    qtbot.mouseClick(view.offer_button, Qt.MouseButton.LeftButton)  # nothing typed
    qtbot.waitUntil(view.error.isVisible, timeout=5_000)
    assert view.error.text() == "Say which job was offered."
    qtbot.keyClicks(view.job_edit, "Manoeuvre")
    qtbot.keyClicks(view.employer_edit, "Bouw NV Renova")
    view.person_combo.setCurrentIndex(view.person_combo.findText("Amélie Lefèvre"))
    qtbot.mouseClick(view.offer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.placements.rowCount() == 1, timeout=5_000)
    assert view.placements.index(0, 2).data() == "Amélie Lefèvre"
    assert view.placements.index(0, 5).data() == "Offered"
    view.placement_table.selectRow(0)
    view.outcome_combo.setCurrentIndex(view.outcome_combo.findData("hired"))
    qtbot.mouseClick(view.outcome_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.placements.index(0, 5).data() == "Hired afterwards",
                    timeout=5_000)

    for minutes, activity in ((45, "home_visit"), (90, "moving_help")):
        view.minutes_spin.setValue(minutes)
        view.activity_combo.setCurrentIndex(view.activity_combo.findData(activity))
        qtbot.keyClicks(view.note_edit, "Kast verplaatst" if activity == "moving_help"
                        else "Uitleg planning")
        qtbot.keyClick(view.note_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda n=minutes: n in [t.minutes for t in view.times.rows()],
                        timeout=5_000)
    assert view.total_label.text() == "Time spent with this household: 2 h 15"


def test_the_notices_for_every_household_one_each(qtbot, workspace, tmp_path):
    """Issue 17: every household of the project gets one notice, in its language — the
    Lefèvre family (two people) one, not two."""
    app, ws = workspace
    qtbot.mouseClick(ws.schedule_button, Qt.MouseButton.LeftButton)
    dialog = modal_dialog(qtbot, ScheduleDialog)
    qtbot.waitUntil(lambda: dialog.where_combo.count() == 5, timeout=5_000)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)  # a phase for everyone
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5_000)
    folder = tmp_path / "notices"
    folder.mkdir()
    dialog.choose_folder = lambda: str(folder)
    dialog.notices_button.setFocus()
    qtbot.keyClick(dialog.notices_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.said.text() == "Notices printed: 2, one per household, "
                    "each in its language.", timeout=10_000)
    names = sorted(p.name for p in folder.iterdir())
    assert len(names) == 2
    assert names[0].startswith("aankondiging-werken-")  # Gezin Yılmaz: nl
    assert names[1].startswith("avis-de-travaux-")  # Famille Lefèvre: fr
    nl, fr = (_pdf_words(folder / n) for n in names)
    assert "Gezin Yılmaz" in nl and "Famille Lefèvre" not in nl
    assert "Avis de travaux" in fr and "Famille Lefèvre" in fr
    dialog.reject()
    shortcut(qtbot, app, "Ctrl+7")  # kept on the household's Works tab
    qtbot.waitUntil(lambda: ws.works.letters_label.text().startswith(
        "Notice of the works printed on"), timeout=5_000)


def test_a_question_of_the_session_is_corrected(qtbot, workspace):
    _app, ws = workspace
    qtbot.mouseClick(ws.info_button, Qt.MouseButton.LeftButton)
    dialog = modal_dialog(qtbot, InfoSessionsDialog)
    qtbot.mouseClick(dialog.plan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.sessions.rowCount() == 1, timeout=5_000)
    dialog.steps.setCurrentIndex(2)  # questions and answers
    qtbot.keyClicks(dialog.question_edit, "Faut-il vider la kave ?")
    qtbot.mouseClick(dialog.question_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.questions.rowCount() == 1, timeout=5_000)
    # Enter on the question brings it into the form; the button saves the change
    dialog.question_table.setFocus()
    dialog.question_table.selectRow(0)
    qtbot.keyClick(dialog.question_table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.question_edit.text() == "Faut-il vider la kave ?",
                    timeout=5_000)
    assert dialog.question_button.text() == "&Save the change"
    dialog.question_edit.selectAll()
    qtbot.keyClicks(dialog.question_edit, "Faut-il vider la cave ?")
    dialog.asker_combo.setCurrentIndex(dialog.asker_combo.findText(
        "Famille Lefèvre", Qt.MatchFlag.MatchContains))
    qtbot.keyClicks(dialog.answer_edit, "Oui, avant le 15 janvier.")
    dialog.answerer_combo.setCurrentIndex(dialog.answerer_combo.findData("contractor"))
    qtbot.mouseClick(dialog.question_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text() == "Question changed.", timeout=5_000)
    qtbot.waitUntil(lambda: dialog.questions.rowCount() == 1
                    and dialog.questions.rows()[0].question == "Faut-il vider la cave ?",
                    timeout=5_000)
    q = dialog.questions.rows()[0]
    assert (q.household_name, q.answer, q.answered_by) == (
        "Famille Lefèvre", "Oui, avant le 15 janvier.", "contractor")
    assert dialog.question_button.text() == "&Add the question"
    assert not dialog.question_edit.text()
    # editing can be left without saving
    dialog.question_table.selectRow(0)
    qtbot.mouseClick(dialog.edit_question_button, Qt.MouseButton.LeftButton)
    assert dialog.edit_question_button.text() == "Stop &editing"
    qtbot.mouseClick(dialog.edit_question_button, Qt.MouseButton.LeftButton)
    assert dialog.question_button.text() == "&Add the question"
