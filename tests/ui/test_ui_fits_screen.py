"""Every workspace, its tabs, the case file with the note editor open and the main dialogs
fit a 1920×1080 screen at 200 % scaling — 960×540 logical pixels — in Dutch and French,
with nothing cut off (1280×720 with 40 % longer texts: test_ui_pseudo_locale.py)."""

from __future__ import annotations

import pytest

from tests.ui.screen_walk import unlock_as, walk_tabs
from tests.ui.test_ui_pseudo_locale import DIALOGS, clipped

ROLES = ("social_assistant", "renovation_assistant", "neighbourhood_agent", "supervisor",
         "community_worker", "collective_assistant")
SIZE = (960, 540)


@pytest.mark.parametrize("language", ["nl", "fr"])
@pytest.mark.parametrize("role", ROLES)
def test_every_screen_fits_960x540_in_dutch_and_french(qtbot, make_app, vault_dir, store,
                                                       role, language):
    app = unlock_as(qtbot, make_app, vault_dir, store, role, size=SIZE, language=language)
    window = app.window
    problems = walk_tabs(qtbot, window, lambda: clipped(window))
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
