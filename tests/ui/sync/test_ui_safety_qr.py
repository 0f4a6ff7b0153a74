"""The safety number as a QR code (issue 14, item 7): the keys dialog shows, beside the
digits, a QR code holding exactly the number the colleague's screen shows (read back
module by module from the picture on screen and compared with segno's matrix of that
number), and the dialog with both fits 960×540 in Dutch and French."""

from __future__ import annotations

import pytest
import segno
from PySide6.QtWidgets import QLabel, QWidget

from fieldapp.crypto.safety import digits
from tests.integration.desktop_sync.desktop_helpers import Team
from tests.ui.test_ui_pseudo_locale import clipped
from ui.i18n import Translations
from ui.sync.keys_dialog import ColleagueKeysDialog
from ui.sync.safety_qr import BORDER

pytestmark = pytest.mark.postgres


def _modules(label: QLabel, count: int) -> list[list[bool]]:
    """The dark and light modules of the QR code as drawn on screen."""
    image = label.pixmap().toImage()
    size = count + 2 * BORDER
    step = image.width() / size
    assert image.width() == image.height()
    return [[image.pixelColor(int((x + BORDER + 0.5) * step),
                              int((y + BORDER + 0.5) * step)).lightness() < 128
             for x in range(count)] for y in range(count)]


def _cut_text(dialog: QWidget) -> list[str]:
    """Word-wrapped labels too short for their text (clipped() measures widths only)."""
    return [label.text()[:40] for label in dialog.findChildren(QLabel)
            if label.isVisible() and label.wordWrap() and label.text()
            and label.height() + 2 < label.heightForWidth(label.width())]


def test_the_dialog_shows_the_colleagues_number_as_a_qr_code(
        qtbot, runner, team: Team) -> None:  # type: ignore[no-untyped-def]
    boss = team.enrol("supervisor", "boss")
    ann = team.enrol("social_assistant", "ann")
    for m in (boss, ann):
        m.sync()
    dialog = ColleagueKeysDialog(ann.engine, runner, select=boss.user_id)
    qtbot.addWidget(dialog)
    dialog.resize(960, 540)
    dialog.show()
    dialog.load()
    qtbot.waitUntil(lambda: bool(dialog.number) and dialog.current().name.startswith("boss"),
                    timeout=10_000)
    on_boss_screen = boss.engine.client().safety_number(ann.user_id)[0]  # type: ignore[union-attr]

    assert digits(dialog.number) == digits(on_boss_screen)
    assert dialog.qr_label.isVisible() and not dialog.qr_label.pixmap().isNull()
    expected = segno.make(digits(on_boss_screen), error="m", mode="numeric", micro=False)
    matrix = [[bool(v) for v in row] for row in expected.matrix]
    assert _modules(dialog.qr_label, len(matrix)) == matrix
    assert dialog.qr_label.accessibleName() == "Safety number as a QR code"

    translations = Translations()
    try:
        for language in ("nl", "fr"):
            translations.install(language)
            qtbot.wait(50)
            assert dialog.qr_caption.text() != ("The same number as a QR code: a colleague's "
                                                "phone camera shows its digits.")
            assert dialog.width() <= 960 and dialog.height() <= 540
            need = dialog.minimumSizeHint()
            assert need.width() <= 960 and need.height() <= 540, (language, need)
            assert "Safety number of" not in dialog.heading.text(), language
            if language == "fr":  # the colon stays with its word, never starts a line
                assert "code QR\u00a0: " in dialog.qr_caption.text()
            qtbot.waitUntil(lambda: not clipped(dialog) and not _cut_text(dialog),
                            timeout=2_000)  # once laid out again in the new language
            qr = dialog.qr_label
            for corner in (qr.rect().topLeft(), qr.rect().bottomRight()):  # wholly on screen
                assert dialog.rect().contains(qr.mapTo(dialog, corner)), language
    finally:
        translations.uninstall()
