"""Pseudo-localisation at 1280×720: every string 40 % longer and accented, every workspace
and its tabs opened; no label, button, tab or column header may be cut off.

French and Dutch run up to a third longer than English; this is the cheap way to know a
screen still fits before a translator ever sees it (ui/tools/pseudo_locale.py).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QHeaderView,
    QLabel,
    QTabBar,
    QWidget,
)

from tests.ui.screen_walk import unlock_as, walk_tabs
from ui.tools.pseudo_locale import PseudoTranslator

ROLES = ("social_assistant", "renovation_assistant", "neighbourhood_agent", "supervisor",
         "community_worker", "collective_assistant")
SIZE = (1280, 720)


def _settings(app, qtbot):
    app.open_settings()
    return app.settings_dialog


def _case_dialog(opener: str):
    def open_dialog(app, qtbot):
        ws = app.window.workspace
        if ws.current_case() is None:
            qtbot.waitUntil(lambda: ws.households.model.rowCount() > 0, timeout=5_000)
            ws.open_case(ws.households.model.rows()[0].id)
        qtbot.waitUntil(lambda: ws.current_case().case is not None, timeout=5_000)
        getattr(ws.current_case(), opener)()
        found: list[QDialog] = []
        qtbot.waitUntil(lambda: bool(found.extend(
            w for w in QApplication.topLevelWidgets()
            if isinstance(w, QDialog) and w.isVisible()) or found), timeout=3_000)
        return found[0]
    return open_dialog


def _community(opener: str):
    def open_dialog(app, qtbot):
        ws = app.window.workspace
        qtbot.waitUntil(lambda: ws.project is not None, timeout=5_000)  # the PSC is read
        return getattr(ws, opener)()
    return open_dialog


DIALOGS = {
    "social_assistant": [("settings", _settings), ("follow-up", _case_dialog("plan_followup")),
                         ("referral", _case_dialog("add_referral")),
                         ("visit", _case_dialog("plan_visit"))],
    "renovation_assistant": [("settings", _settings)],
    "neighbourhood_agent": [("settings", _settings),
                            ("request", lambda app, _: app.window.workspace.new_request())],
    "supervisor": [("settings", _settings)],
    "community_worker": [("settings", _settings), ("action", _community("new_action")),
                         ("meeting", _community("new_meeting")),
                         ("partner", _community("new_partner"))],
    "collective_assistant": [("settings", _settings)],
}
SLACK = 2  # pixels of rounding


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName() or widget.parent().__class__.__name__})"


def clipped(window: QWidget) -> list[str]:
    """What a person would see cut off in the window as it is laid out now."""
    problems: list[str] = []
    for w in window.findChildren(QWidget):
        if not w.isVisible() or w.width() <= 0:
            continue
        if isinstance(w, QLabel) and w.text() and not w.wordWrap() and w.pixmap().isNull():
            if w.width() + SLACK < w.minimumSizeHint().width():
                problems.append(f"label {w.text()[:40]!r} {w.width()} < "
                                f"{w.minimumSizeHint().width()} in {_name(w)}")
        elif isinstance(w, QAbstractButton) and w.text():
            if w.width() + SLACK < w.sizeHint().width():
                problems.append(f"button {w.text()[:40]!r} {w.width()} < "
                                f"{w.sizeHint().width()} in {_name(w)}")
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                if w.tabRect(i).width() + SLACK < w.tabSizeHint(i).width():
                    problems.append(f"tab {w.tabText(i)[:40]!r} cut in {_name(w)}")
        elif isinstance(w, QHeaderView) and w.orientation() == Qt.Orientation.Horizontal:
            model = w.model()
            if model is None:
                continue
            for i in range(w.count()):
                if w.isSectionHidden(i):
                    continue
                text = str(model.headerData(i, Qt.Orientation.Horizontal) or "")
                need = w.sectionSizeFromContents(i).width()  # the style's own measure
                if text and w.sectionSize(i) + SLACK < need:
                    problems.append(f"column {text[:40]!r} {w.sectionSize(i)} < {need} in "
                                    f"{_name(w.parentWidget())}")
    return problems


@pytest.fixture
def pseudo_language(qapp):
    translator = PseudoTranslator(qapp)
    yield translator
    QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize("role", ROLES)
def test_every_workspace_fits_longer_translations_at_1280x720(
        qtbot, make_app, vault_dir, store, role, pseudo_language):
    app = unlock_as(qtbot, make_app, vault_dir, store, role, size=SIZE,
                    translator=pseudo_language)
    window = app.window
    problems = walk_tabs(qtbot, window, lambda: clipped(window))
    for name, open_dialog in DIALOGS[role]:
        dialog = open_dialog(app, qtbot)
        qtbot.waitUntil(dialog.isVisible, timeout=3_000)
        qtbot.wait(100)
        problems.extend(f"[{name}] {p}" for p in clipped(dialog))
        dialog.close()
    hint = window.minimumSizeHint()
    if hint.width() > SIZE[0] or hint.height() > SIZE[1]:
        problems.append(f"window needs {hint.width()}×{hint.height()}")
    assert problems == [], "\n".join(sorted(set(problems)))
