"""Every workspace, its tabs, the case file with the note editor open and the main dialogs
fit a 1920×1080 screen at 200 % scaling — 960×540 logical pixels — in Dutch and French,
with nothing cut off (1280×720 with 40 % longer texts: test_ui_pseudo_locale.py)."""

from __future__ import annotations

import pytest
from factories import PASSPHRASE, role_vault
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget
from test_ui_pseudo_locale import DIALOGS, clipped

ROLES = ("social_assistant", "renovation_assistant", "neighbourhood_agent", "supervisor")
SIZE = (960, 540)


@pytest.mark.parametrize("language", ["nl", "fr"])
@pytest.mark.parametrize("role", ROLES)
def test_every_screen_fits_960x540_in_dutch_and_french(qtbot, make_app, vault_dir, store,
                                                       role, language):
    role_vault(vault_dir, store, role)
    app = make_app(language=language)
    window = app.window
    window.resize(*SIZE)
    page = window.unlock_page
    qtbot.keyClicks(page.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(app.unlocked, timeout=10_000):
        qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    qtbot.wait(300)
    problems: list[str] = []
    seen: set[int] = set()

    def visit() -> None:
        for tabs in [t for t in window.findChildren(QTabWidget) if t.isVisible()]:
            if id(tabs) in seen:
                continue
            seen.add(id(tabs))
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                qtbot.wait(100)
                problems.extend(f"[{tabs.tabText(index)}] {p}" for p in clipped(window))
                visit()

    visit()
    if role == "social_assistant":  # the case file with the note editor open
        ws = window.workspace
        qtbot.waitUntil(lambda: ws.households.model.rowCount() > 0, timeout=5_000)
        view = ws.open_case(ws.households.model.rows()[0].id)
        qtbot.waitUntil(lambda: view.case is not None, timeout=5_000)
        view.new_note()
        qtbot.wait(150)
        problems.extend(f"[case file + note] {p}" for p in clipped(window))
    hint = window.minimumSizeHint()
    if hint.width() > SIZE[0] or hint.height() > SIZE[1]:
        problems.append(f"the window needs {hint.width()}×{hint.height()}")
    for name, open_dialog in DIALOGS[role]:
        dialog = open_dialog(app, qtbot)
        qtbot.waitUntil(dialog.isVisible, timeout=3_000)
        qtbot.wait(100)
        problems.extend(f"[{name}] {p}" for p in clipped(dialog))
        need = dialog.minimumSizeHint()
        if need.width() > SIZE[0] or need.height() > SIZE[1]:
            problems.append(f"[{name}] the dialog needs {need.width()}×{need.height()}")
        dialog.close()
    assert not problems, "\n".join(sorted(set(problems)))
