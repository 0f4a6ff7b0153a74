"""The name-correction dialog (issue 14, item 9) for a member this laptop holds no name for:
it starts empty with the e-mail address shown, refuses an empty name with a sentence the
person sees (nothing is written), and fits 960×540 — a 1920×1080 screen at 200 % — in Dutch
and French with that sentence shown."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from fieldapp.people import directory
from tests.ui.test_ui_pseudo_locale import clipped
from ui.i18n import Translations
from ui.supervision.name_dialog import NameDialog


def _cut_lines(dialog: NameDialog) -> list[str]:
    """Wrapped sentences given less height than their lines need."""
    return [label.text()[:40] for label in dialog.findChildren(QLabel)
            if label.isVisible() and label.wordWrap()
            and label.height() < label.heightForWidth(label.width())]


def test_no_name_yet_empty_refused_and_it_fits(qtbot) -> None:  # type: ignore[no-untyped-def]
    writes: list[Any] = []
    ctx = SimpleNamespace(actor_id="boss", call=lambda fn, **_: writes.append(fn))
    dialog = NameDialog(ctx, account_id="karim", email="karim-zq@example.org",  # type: ignore[arg-type]
                        current="")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.email_value.text() == "karim-zq@example.org"
    assert dialog.name_edit.text() == "" and dialog.name_edit.maxLength() == 120
    assert dialog.current_value.text() == "none on this laptop yet: shown by the e-mail address"
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.error.isVisible() and writes == []
    assert "cannot be empty" in dialog.error.text()

    translations = Translations()
    try:
        for language in ("nl", "fr"):
            translations.install(language)
            qtbot.waitUntil(lambda: dialog.windowTitle() != "Correct the name", timeout=2_000)
            dialog.show_error(QCoreApplication.translate("errors", directory.NO_NAME))
            need = dialog.minimumSizeHint()
            assert need.width() <= 960 and need.height() <= 540, (language, need)
            qtbot.waitUntil(lambda: not clipped(dialog) and not _cut_lines(dialog),
                            timeout=2_000)
            assert dialog.width() <= 960 and dialog.height() <= 540, language
    finally:
        translations.uninstall()
