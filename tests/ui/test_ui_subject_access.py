"""Subject access from the case file: the site assistant picks the language and a folder,
the export runs in the background with progress, and the PDF and JSON are written."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from tests.ui.ui_helpers import modal_dialog, open_household
from ui.casework.subject_access import SubjectAccessDialog


def test_export_everything_held_about_the_household(qtbot, unlocked, tmp_path):
    view = open_household(qtbot, unlocked, "Famille Lefèvre")
    assert view.access_button.isVisible()
    qtbot.mouseClick(view.access_button, Qt.MouseButton.LeftButton)
    dialog = modal_dialog(qtbot, SubjectAccessDialog)
    assert dialog.language_combo.currentIndex() == 1  # the household's language: French
    dialog.folder_edit.clear()
    qtbot.keyClicks(dialog.folder_edit, str(tmp_path / "art15"))
    qtbot.mouseClick(dialog.restricted_check, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "reason" in dialog.status.text()  # asked why before anything is written
    assert not (tmp_path / "art15").exists()
    qtbot.keyClicks(dialog.reason_edit, "Demande ecrite de la personne")
    qtbot.keyClicks(dialog.redact_edit, "Zqbijnaamxq, ")  # a name marked by hand
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_paths is not None, timeout=15_000)
    result = dialog.result_paths
    assert result is not None and result.pdf.is_file() and result.json.is_file()
    document = json.loads(result.json.read_text(encoding="utf-8"))
    assert document["language"] == "fr"
    assert document["redaction"]["marked_by_hand"] == 1
    assert document["restricted_notes"]["decision"]["reason"] == "Demande ecrite de la personne"
    assert result.pdf.name in dialog.status.text()
    assert not dialog.progress.isVisible()


def test_every_field_of_the_dialog_has_its_own_alt_key(qtbot, unlocked):
    """In each language each field and button answers to a letter of its own: 'Also blank
    out' and 'Browse' were both Alt+B, 'Waarom' and 'Ook weglaten' both Alt+W, 'Pourquoi'
    and 'Parcourir' both Alt+P."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    view = open_household(qtbot, unlocked, "Famille Lefèvre")
    try:
        for language in ("en", "nl", "fr"):
            unlocked.translations.install(language)
            qtbot.mouseClick(view.access_button, Qt.MouseButton.LeftButton)
            dialog = modal_dialog(qtbot, SubjectAccessDialog)
            texts = [w.text() for w in dialog.findChildren(QLabel) if w.buddy() is not None]
            texts += [w.text() for w in dialog.findChildren(QAbstractButton)]
            keys = [t[t.index("&") + 1].lower() for t in texts if "&" in t]
            dialog.reject()
            qtbot.waitUntil(lambda d=dialog: not d.isVisible(), timeout=5_000)
            assert len(keys) >= 6, language
            assert len(keys) == len(set(keys)), (language, sorted(keys))
    finally:
        unlocked.translations.install("en")
