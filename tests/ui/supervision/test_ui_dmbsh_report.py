"""The anonymised DMBSH report across housing companies (issue 19), driven from the
keyboard on the supervisor's indicators page: save this housing company's figures file,
add another housing company's file (and see a junk file refused), save the report in Dutch
and in French — PDFs read back, no small count and no name in them."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt

from fieldapp.audit import access_log
from fieldapp.supervision import dmbsh_report as dmbsh
from fieldapp.supervision.views import IndicatorFact, IndicatorReport
from tests.ui.export_helpers import ExportAnswer
from tests.ui.supervision.test_ui_supervision import app, supervisor_world  # noqa: F401
from tests.ui.ui_helpers import modal_dialog, shortcut
from ui.supervision.dmbsh_dialog import DmbshDialog

KEY = Qt.Key


def _type(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def _status(qtbot, dialog, starts: str) -> str:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: dialog.status.text().startswith(starts), timeout=10_000)
    return str(dialog.status.text())


def _pdf(path: Path) -> str:
    return " ".join((p.extract_text() or "") for p in PdfReader(str(path)).pages)


def test_the_dmbsh_report_across_housing_companies(qtbot, app, tmp_path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    shortcut(qtbot, app, "Ctrl+2")
    ind = app.window.workspace.indicators
    qtbot.waitUntil(lambda: ind.report is not None, timeout=5_000)
    assert ind.report.total("notes") == 3  # fewer than five: hidden in the figures
    shortcut(qtbot, app, "Ctrl+Shift+D")
    dialog = modal_dialog(qtbot, DmbshDialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.name_edit.hasFocus, timeout=2_000)

    # -- this housing company's figures
    mine = tmp_path / "lakenhuis.json"
    _type(qtbot, dialog.figures_path_edit, str(mine))
    _type(qtbot, dialog.name_edit, "Lakenhuis")
    qtbot.keyClick(dialog.name_edit, KEY.Key_Return)
    assert _status(qtbot, dialog, "Figures saved") == f"Figures saved: {mine}"
    notes = {(d, c): v for i, d, c, v in dmbsh.json.loads(mine.read_text("utf-8"))["cells"]
             if i == "notes"}
    assert notes[("total", "")] == "<5"

    # -- another housing company's file (made on its own supervisor's laptop)
    other = IndicatorReport(start=ind.report.start, end=ind.report.end, site_id=None,
                            site_name="", facts=(IndicatorFact("notes", "office_hours", "2.3",
                                                               20),))
    theirs = tmp_path / "zonien.json"
    theirs.write_text(dmbsh.figures_json(other, organisation="Zonien"), encoding="utf-8")
    junk = tmp_path / "notes.json"
    junk.write_text('{"names": ["Amélie Lefèvre"]}', encoding="utf-8")
    for path in (junk, mine, theirs):
        _type(qtbot, dialog.add_edit, str(path))
        qtbot.keyClick(dialog.add_edit, KEY.Key_Return)
        if path == junk:
            assert _status(qtbot, dialog, "This file") == \
                "This file is not a figures file for the DMBSH report."
    qtbot.waitUntil(lambda: dialog.files_list.count() == 2, timeout=5_000)
    assert dialog.files_list.item(0).text().startswith("Lakenhuis — ")

    # -- the report, in Dutch and in French
    for language, words in (("nl", ["Geanonimiseerd verslag over de OVM's", "Alle OVM's",
                                    "≥ 20"]),
                            ("fr", ["Rapport anonymisé pour l'ensemble des SISP",
                                    "Toutes les SISP", "≥ 20"])):
        target = tmp_path / f"dmbsh-{language}.pdf"
        answer = ExportAnswer(target, language)
        dialog.choose_file = answer
        dialog.report_button.setFocus()
        qtbot.keyClick(dialog.report_button, KEY.Key_Space)
        _status(qtbot, dialog, "Report saved")
        assert answer.offered["names"]["nl"].startswith("dmbsh-verslag-")
        text = _pdf(target)
        for word in [*words, "Lakenhuis", "Zonien"]:
            assert word in text, (language, word)
        for never in ("Lefèvre", "Yılmaz", "Karim", "Sophie"):
            assert never not in text
        dialog.status.clear()
    with app.vault.session(read_only=True) as s:
        assert sorted(e.action for e in access_log.list_access(s, object_type="indicators")) == [
            "export", "print", "print"]
