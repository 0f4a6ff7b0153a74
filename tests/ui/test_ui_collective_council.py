"""The ARHUU election's notice and results printed in Dutch and French, the council its
elected candidates form (mandates, a member stepping down) and the council's meetings
linked to it — driven as a person would (issue 18, item 6)."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from tests.ui.test_ui_collective_field_work import _click, _collective, _tick, cma_world
from tests.ui.ui_helpers import shortcut
from ui.document_export import ExportChoice

__all__ = ["cma_world"]
SHOTS = Path("build/screenshots/collective")


def _pdf_text(path: str) -> str:
    return " ".join(" ".join(pg.extract_text() for pg in PdfReader(path).pages).split())


def _export(qtbot, view, button, paths: list[Path]) -> list[str]:
    exported: list[str] = []
    view.exported.connect(exported.append)
    answers = [ExportChoice(str(path), path.stem[-2:]) for path in paths]
    view.choose_export = lambda _p, **kw: kw["on_chosen"](answers.pop(0))
    for n in range(1, len(paths) + 1):
        _click(qtbot, button)
        qtbot.waitUntil(lambda n=n: len(exported) == n, timeout=10_000)
    view.exported.disconnect()
    return [_pdf_text(p) for p in exported]


def test_notice_results_and_the_council(qtbot, make_app, cma_world, tmp_path) -> None:
    app, work = _collective(qtbot, make_app)
    shortcut(qtbot, app, "Ctrl+7")
    view = work.elections
    view.seats_spin.setValue(1)
    _click(qtbot, view.prepare_button)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and view.roll.count() == 2,
                    timeout=5_000)
    assert not view.results_button.isEnabled()  # nothing counted yet
    for name in ("Amina B", "Jan D"):
        view.candidate_edit.setFocus()
        qtbot.keyClicks(view.candidate_edit, name)
        _click(qtbot, view.add_candidate_button)
        qtbot.waitUntil(lambda n=name: any(n in view.candidates.item(i).text()
                                           for i in range(view.candidates.count())),
                        timeout=5_000)
    nl, fr = _export(qtbot, view, view.notice_button,
                     [tmp_path / "notice-nl.pdf", tmp_path / "notice-fr.pdf"])
    assert "Verkiezing van de Adviesraad van Huurders" in nl and "Amina B" in nl
    assert "Hoe stemmen?" in nl
    assert "Élection du Conseil consultatif des locataires" in fr and "Jan D" in fr
    _tick(qtbot, view.roll, 0)
    _click(qtbot, view.voted_button)
    qtbot.waitUntil(lambda: "1 of 2 households voted" in view.heading.text(), timeout=5_000)
    view.candidates.setFocus()
    view.candidates.setCurrentRow(0)
    view.votes_spin.setValue(1)
    _click(qtbot, view.votes_button)
    qtbot.waitUntil(view.validate_button.isEnabled, timeout=5_000)
    _click(qtbot, view.validate_button)
    qtbot.waitUntil(lambda: "the roll is purged" in view.heading.text(), timeout=5_000)
    qtbot.waitUntil(lambda: view.members.count() == 1, timeout=5_000)
    assert view.council_box.isEnabled() and view.results_button.isEnabled()
    assert view.members.item(0).text().startswith("Amina B — mandate ")
    nl, fr = _export(qtbot, view, view.results_button,
                     [tmp_path / "results-nl.pdf", tmp_path / "results-fr.pdf"])
    assert "Uitslag" in nl and "Amina B 1 ja" in nl and "Opkomst 50 %" in nl
    assert "Résultats" in fr and "Participation 50 %" in fr
    for text in (nl, fr):
        assert "Lefèvre" not in text and "Yılmaz" not in text  # no voter named
    # an ARHUU meeting recorded in the participation tab joins the sitting council
    shortcut(qtbot, app, "Ctrl+5")
    part = work.participation
    part.body_combo.setCurrentIndex(part.body_combo.findData("arhuu"))
    part.subject_edit.setFocus()
    qtbot.keyClicks(part.subject_edit, "Huurprijzen 2027")
    _click(qtbot, part.council_button)
    qtbot.waitUntil(lambda: part.council_list.count() == 1, timeout=5_000)
    shortcut(qtbot, app, "Ctrl+7")
    qtbot.waitUntil(lambda: view.meetings.count() == 1, timeout=5_000)
    assert "Huurprijzen 2027" in view.meetings.item(0).text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    app.window.grab().save(str(SHOTS / "council-en.png"))
    # a member steps down: the mandate ends that day
    before = view.members.item(0).text()
    view.members.setFocus()
    view.members.setCurrentRow(0)
    _click(qtbot, view.end_button)
    qtbot.waitUntil(lambda: view.members.item(0).text() != before, timeout=5_000)
    assert view.error.isHidden()
