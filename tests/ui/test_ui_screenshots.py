"""Screenshots of every workspace, its tabs and the main dialogs, in Dutch and French, on a
1280×720 screen and on a 1920×1080 screen at 200 % (QT_SCALE_FACTOR=2, 960×540 logical
pixels): each stop is grabbed to build/screenshots/<scale>/<language>/ (not committed; look
at them) and fails on what a person would see cut off (the clipping checks of
test_ui_pseudo_locale.py).

Qt reads QT_SCALE_FACTOR once, when the application starts: the 200 % run is this module
again in a child pytest with the variable set.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import unicodedata
import warnings
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from tests.ui.screen_walk import unlock_as, walk_tabs
from tests.ui.test_ui_pseudo_locale import DIALOGS, clipped
from ui.document_export import ExportDialog

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "build" / "screenshots"
ROLES = ("social_assistant", "renovation_assistant", "neighbourhood_agent", "supervisor",
         "community_worker", "mental_health_team")
SCALE = os.environ.get("QT_SCALE_FACTOR", "1")
# the screen in logical pixels: 1280×720 at 100 %, 1920×1080 at 200 %
SIZE = (1280, 720) if SCALE == "1" else (960, 540)


def _visible(cls: type[QWidget]) -> QWidget:
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible())


def _export_dialog(start):
    def open_dialog(app, qtbot):
        start(app.window.workspace, qtbot)
        qtbot.waitUntil(lambda: any(isinstance(w, ExportDialog) and w.isVisible()
                                    for w in QApplication.topLevelWidgets()), timeout=5_000)
        return _visible(ExportDialog)
    return open_dialog


def _overview(ws, qtbot):
    qtbot.waitUntil(lambda: ws.overview_button.isEnabled(), timeout=5_000)
    ws.overview_button.click()


def _round(ws, qtbot):
    qtbot.waitUntil(lambda: ws.round.plan is not None, timeout=5_000)
    ws.round.export_button.click()


def _indicators(ws, qtbot):
    ws.tabs.setCurrentWidget(ws.indicators)
    qtbot.waitUntil(lambda: ws.indicators.report is not None, timeout=5_000)
    ws.indicators.choose_and_export("pdf")


def _community_activity(app, qtbot):
    """The activity log's form, as a workshop series (its longest form)."""
    from ui.community.dialogs import ActivityDialog

    ws = app.window.workspace
    qtbot.waitUntil(lambda: ws.project is not None, timeout=5_000)
    ws.log_activity()
    qtbot.waitUntil(lambda: any(isinstance(w, ActivityDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=5_000)
    dialog = _visible(ActivityDialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("workshop"))
    return dialog


def _button_dialog(button: str):
    def open_dialog(app, qtbot):
        ws = app.window.workspace
        qtbot.waitUntil(lambda: getattr(ws, button).isEnabled(), timeout=5_000)
        getattr(ws, button).click()
        qtbot.waitUntil(lambda: any(isinstance(w, QDialog) and w.isVisible()
                                    for w in QApplication.topLevelWidgets()), timeout=5_000)
        return _visible(QDialog)
    return open_dialog


def _requests(qtbot, ws) -> None:
    """Three requests of the agent's sites, two of them in today's round."""
    from datetime import UTC, datetime

    from fieldapp.neighbourhood.requests import log_request
    from fieldapp.neighbourhood.triage import set_in_round
    from fieldapp.registry import households as registry

    today = ws.ctx.today()

    def work(s) -> None:
        site = registry.list_sites(s)[0].id
        for index, (category, urgency, text) in enumerate((
                ("technical_defect", "immediate", "Lift stuck between floors 2 and 3"),
                ("noise", "today", "Loud music every night after midnight, third floor"),
                ("bulky_waste", "this_week", "Bulky waste left in the bicycle shed"))):
            row = log_request(s, source="tenant_call", category=category, site_id=site,
                              urgency=urgency, description=text, actor_id=ws.ctx.actor_id,
                              now=datetime(today.year, today.month, today.day, 8, index,
                                           tzinfo=UTC))
            if index < 2:
                set_in_round(s, request_id=row.id, day=today, actor_id=ws.ctx.actor_id)

    ws.ctx.call(work)
    qtbot.waitUntil(lambda: ws.triage.model.rowCount() == 3, timeout=5_000)
    ws.show_triage()
    ws.triage.table.selectRow(0)


def _agent_dialog(opener: str):
    def open_dialog(app, qtbot):
        ws = app.window.workspace
        ws.show_triage()
        ws.triage.table.selectRow(0)
        qtbot.waitUntil(lambda: ws.current_request() is not None, timeout=5_000)
        return getattr(ws, opener)()
    return open_dialog


# the main dialogs of each role: those of the pseudo-locale walk, the export dialog
EXTRA = {
    "social_assistant": [],
    "renovation_assistant": [("new project", _button_dialog("new_project_button")),
                             ("dwellings", _button_dialog("add_dwellings_button")),
                             ("information session", _button_dialog("info_button")),
                             ("works schedule", _button_dialog("schedule_button")),
                             ("close-out", _button_dialog("closeout_button")),
                             ("export", _export_dialog(_overview))],
    "neighbourhood_agent": [("intervention", _agent_dialog("log_intervention")),
                            ("defect", _agent_dialog("pass_defect")),
                            ("hand-off", _agent_dialog("hand_off")),
                            ("export", _export_dialog(_round))],
    "supervisor": [("export", _export_dialog(_indicators))],
    "community_worker": [("activity", _community_activity)],
    "mental_health_team": [],
}


# Seen in the screenshots, in screens under work elsewhere: reported as warnings until their
# owners fix them (then take the line out), so the rest still fails this test.
KNOWN_ELSEWHERE = {
    "in NoteEditor": "ui/casework/note_editor.py (restricted notes, issue 14, in progress): at "
                     "200 % the confidentiality line is cut to four lines and Cancel/Save are "
                     "drawn over the text field",
}
SQUASHABLE = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox)


def squashed(window: QWidget) -> list[str]:
    """Fields, buttons and wrapped texts given less height than they need (a dialog taller
    than the screen is squeezed: nothing is cut sideways, but nothing can be read either)."""
    problems: list[str] = []
    for w in window.findChildren(QWidget):
        if not w.isVisible() or w.width() <= 0 or isinstance(w.parentWidget(), SQUASHABLE):
            continue  # (the line edit inside a spin box or combo box is the box's)
        if isinstance(w, SQUASHABLE):
            need = w.minimumSizeHint().height()
        elif isinstance(w, QLabel) and w.wordWrap() and w.text():
            need = w.heightForWidth(w.width())
        else:
            continue
        if w.height() + 2 < need:
            text = w.text()[:40] if isinstance(w, (QAbstractButton, QLabel)) else ""
            problems.append(f"{type(w).__name__} {text!r} {w.height()} px high < {need} in "
                            f"{type(w.parentWidget()).__name__}")
    return problems


def _slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.casefold()).strip("-")[:40] or "page"


def _where(window: QWidget) -> str:
    tabs = [t for t in window.findChildren(QTabWidget) if t.isVisible()]
    return "-".join(_slug(t.tabText(t.currentIndex()).replace("&", "")) for t in tabs) or "main"


# Collected only in the child pytest that test_screenshots_at_100_and_200_percent starts.
if os.environ.get("FIELDAPP_SCREENSHOT_RUN") == SCALE:

    @pytest.mark.parametrize("language", ["nl", "fr"])
    @pytest.mark.parametrize("role", ROLES)
    def test_every_screen_as_a_screenshot(qtbot, make_app, vault_dir, store, role, language):
        folder = SHOTS / f"{SCALE}x" / language
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob(f"{role}-*.png"):
            old.unlink()
        app = unlock_as(qtbot, make_app, vault_dir, store, role, size=SIZE, language=language)
        window = app.window
        window.show()
        count = [0]

        def shoot(widget: QWidget, name: str) -> list[str]:
            count[0] += 1
            path = folder / f"{role}-{count[0]:02d}-{name}.png"
            assert widget.grab().save(str(path)), path
            return clipped(widget) + squashed(widget)

        if role == "renovation_assistant":  # an inventory under way: rooms, elements, states
            ws = window.workspace
            qtbot.waitUntil(lambda: ws.model.rowCount() == 1, timeout=5_000)
            ws.inventory.start_pre_button.click()
            qtbot.waitUntil(lambda: ws.inventory.editor.inventory is not None, timeout=5_000)
            ws.inventory.editor.rooms_table.selectRow(1)
            qtbot.wait(100)
        if role == "neighbourhood_agent":  # requests in triage and in today's round
            _requests(qtbot, window.workspace)
        problems = walk_tabs(qtbot, window, lambda: shoot(window, _where(window)))
        if role == "social_assistant":  # the case file with the note editor open
            ws = window.workspace
            qtbot.waitUntil(lambda: ws.households.model.rowCount() > 0, timeout=5_000)
            view = ws.open_case(ws.households.model.rows()[0].id)
            qtbot.waitUntil(lambda: view.case is not None, timeout=5_000)
            view.new_note()
            qtbot.wait(150)
            problems.extend(f"[case file + note] {p}" for p in shoot(window, "case-note"))
        for name, open_dialog in DIALOGS[role] + EXTRA[role]:
            dialog = open_dialog(app, qtbot)
            qtbot.waitUntil(dialog.isVisible, timeout=3_000)
            qtbot.wait(100)
            problems.extend(f"[{name}] {p}" for p in shoot(dialog, f"dialog-{_slug(name)}"))
            need = dialog.minimumSizeHint()
            if need.width() > SIZE[0] or need.height() > SIZE[1]:
                problems.append(f"[{name}] the dialog needs {need.width()}×{need.height()}")
            dialog.close()
            qtbot.wait(50)
        known = sorted({p for p in problems for k in KNOWN_ELSEWHERE if k in p})
        for problem in known:
            warnings.warn(f"known, not ours: {problem}", stacklevel=1)
        problems = [p for p in problems if p not in known]
        assert not problems, "\n".join(sorted(set(problems)))


@pytest.mark.parametrize("scale", ["1", "2"])
def test_screenshots_at_100_and_200_percent(scale):
    """Each scale in a pytest of its own (Qt takes the scale factor at start)."""
    if os.environ.get("FIELDAPP_SCREENSHOT_RUN"):
        pytest.skip("inside a screenshot run")
    # the offscreen platform's screen as the person's: 1280×720, or 1920×1080 pixels at 200 %
    # (its default, 800×800, would squeeze every dialog at 200 % into 400×400)
    width, height = (1280, 720) if scale == "1" else (1920, 1080)
    SHOTS.mkdir(parents=True, exist_ok=True)
    screen = SHOTS / f"screen-{scale}x.json"
    screen.write_text(json.dumps({"screens": [{
        "name": "screen", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    env = dict(os.environ, QT_SCALE_FACTOR=scale, FIELDAPP_SCREENSHOT_RUN=scale,
               QT_QPA_PLATFORM=f"offscreen:configfile={screen}")
    out = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         f"{Path(__file__).relative_to(ROOT)}::test_every_screen_as_a_screenshot"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=1_200)
    assert out.returncode == 0, out.stdout[-6000:] + out.stderr[-2000:]
    shots = list((SHOTS / f"{scale}x").rglob("*.png"))
    assert len(shots) >= 40, f"{len(shots)} screenshots at {scale}x"
