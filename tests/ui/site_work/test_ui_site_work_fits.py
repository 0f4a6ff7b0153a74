"""The dialogs of the site assistant's corrections (issue 17) fit 960×540 in Dutch and French
with nothing cut off: the right to housing and the support plan with their new buttons, and
each correction dialog."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from fieldapp.casework.housing_outcome import ArrearsView, HousingStepView
from fieldapp.casework.office_hours import OfficeHoursContactView, OfficeHoursSessionView
from tests.factories import TODAY
from tests.ui.test_ui_pseudo_locale import clipped
from tests.ui.ui_helpers import modal_dialog, open_household
from ui.casework.housing_dialog import HousingDialog
from ui.casework.site_work_edit import (
    ArrearsEditDialog,
    ConfirmDialog,
    ContactEditDialog,
    GoalEditDialog,
    SessionEditDialog,
    StepEditDialog,
)
from ui.casework.support_plan_dialog import SupportPlanDialog

SIZE = (960, 540)


def _check(qtbot, dialog, name: str) -> list[str]:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(dialog.isVisible, timeout=3_000)
    qtbot.wait(100)
    problems = [f"[{name}] {p}" for p in clipped(dialog)]
    folder = os.environ.get("FIELDAPP_SHOTS")  # to look at by eye
    if folder:
        dialog.grab().save(str(Path(folder) / f"site-work-{name}.png"))
    need = dialog.minimumSizeHint()
    if need.width() > SIZE[0] or need.height() > SIZE[1]:
        problems.append(f"[{name}] needs {need.width()}×{need.height()}")
    dialog.close()
    return problems


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_the_correction_dialogs_fit(qtbot, make_app, world, language):  # type: ignore[no-untyped-def]
    from tests.factories import PASSPHRASE

    app = make_app(language=language)
    app.window.resize(*SIZE)
    qtbot.keyClicks(app.window.unlock_page.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(app.unlocked, timeout=10_000):
        qtbot.keyClick(app.window.unlock_page.passphrase_edit, Qt.Key.Key_Return)
    ws = app.window.workspace
    qtbot.waitUntil(lambda: ws.households.model.rowCount() > 0, timeout=5_000)
    view = open_household(qtbot, app, "Famille Lefèvre")
    problems: list[str] = []
    view.housing_button.click()
    problems += _check(qtbot, modal_dialog(qtbot, HousingDialog), "housing")
    view.plan_button.click()
    problems += _check(qtbot, modal_dialog(qtbot, SupportPlanDialog), "plan")
    ctx = ws.ctx
    sitting = OfficeHoursSessionView("s", world.site_id, "Anneessens", "branch", TODAY, 540,
                                     720, 2)
    contact = OfficeHoursContactView("c", "s", None, None, "Buurman", True, "rent_arrears",
                                     "none", "Vraag")
    for name, dialog in (
            ("session", SessionEditDialog(ctx, sitting, view)),
            ("contact", ContactEditDialog(ctx, contact, [("—", None)], view)),
            ("arrears", ArrearsEditDialog(ctx, world.case_id,
                                          ArrearsView("a", TODAY, 100_000, 5_000, "running"),
                                          view)),
            ("step", StepEditDialog(ctx, world.case_id,
                                    HousingStepView("h", "eviction", "summons", TODAY, ""),
                                    view)),
            ("goal", GoalEditDialog(ctx, "Leefloon aanvragen", date(2027, 1, 1),
                                    lambda _t, _d: None, view)),
            ("confirm", ConfirmDialog(ctx, title=lambda: "?", text=lambda: "Delete " * 30,
                                      work=None, parent=view))):
        dialog.open()
        problems += _check(qtbot, dialog, name)
    assert not problems, "\n".join(problems)
