"""`fieldapp seed-demo --role collective_assistant` builds, headless, a vault that opens on
the collective assistant's workspace: neighbourhoods, past meetings with minutes issued and
distributed, the next one planned, signals from casework; the workspace fits 960×540 in
Dutch and French with every tab of the meeting open."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from demo.seed import seed_demo
from fieldapp.crypto.kdf import TEST_KDF_PARAMS
from fieldapp.vault import MemorySecretStore
from tests.factories import PASSPHRASE, TODAY
from tests.ui.screen_walk import walk_tabs
from tests.ui.test_ui_pseudo_locale import clipped
from ui.collective.workspace import CollectiveWorkspace
from ui.tools.pseudo_locale import PseudoTranslator

SIZE = (960, 540)


@pytest.fixture(scope="module")
def store() -> MemorySecretStore:  # one demo vault for the module: seeding takes a while
    return MemorySecretStore()


@pytest.fixture(scope="module")
def vault_dir(tmp_path_factory, store) -> Path:
    folder = tmp_path_factory.mktemp("collective-demo") / "vault"
    seed_demo(folder, PASSPHRASE, households=24, notes_per_household=1, today=TODAY,
              kdf_params=TEST_KDF_PARAMS, secret_store=store, role="collective_assistant")
    return folder


@pytest.fixture
def demo_vault(vault_dir) -> Path:
    return vault_dir


# The pseudo translator leaves Qt's key names empty (QShortcut context) so shortcuts still
# parse; Qt then warns once when it names the F-keys of the shell's menus.
@pytest.mark.qt_log_ignore("QString::arg: Argument missing")
@pytest.mark.parametrize("language", ["nl", "fr", "pseudo"])
def test_the_demo_opens_on_the_collective_workspace(qtbot, qapp, make_app, demo_vault,
                                                    language) -> None:
    """960×540 (a 1920×1080 screen at 200 %) in Dutch and French; 1280×720 with every
    text 40 % longer (pseudo)."""
    size = (1280, 720) if language == "pseudo" else SIZE
    app = make_app(language="en" if language == "pseudo" else language)
    pseudo = None
    if language == "pseudo":
        pseudo = PseudoTranslator(qapp)
        QCoreApplication.installTranslator(pseudo)
    app.window.resize(*size)
    page = app.window.unlock_page
    qtbot.keyClicks(page.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(app.unlocked, timeout=10_000):
        qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    work = app.window.workspace
    assert isinstance(work, CollectiveWorkspace)
    view, panel = work.meetings, work.meetings.panel
    qtbot.waitUntil(lambda: view.hood_combo.count() == 2 and view.model.rowCount() == 4,
                    timeout=10_000)
    statuses = [r.status for r in view.model.rows()]
    assert statuses == ["planned", "held", "held", "held"]  # newest first
    view.table.setFocus()
    view.table.selectRow(1)  # last month's meeting
    qtbot.waitUntil(lambda: panel.detail is not None
                    and panel.detail.meeting.minutes_issued_on is not None, timeout=5_000)
    assert panel.topics.count() == 3 and panel.minutes_button.isEnabled()
    assert panel.detail.carried or panel.detail.actions
    work.show_signals()
    qtbot.waitUntil(lambda: work.signals.model.rowCount() == 4, timeout=5_000)
    # the last ARHUU election is validated: its three elected candidates sit on the council
    elections = work.elections
    work.tabs.setCurrentWidget(elections)
    qtbot.waitUntil(lambda: elections.model.rowCount() == 1, timeout=5_000)
    elections.table.selectRow(0)
    qtbot.waitUntil(lambda: elections.members.count() == 3, timeout=5_000)
    assert elections.meetings.count() == 1  # the council's meeting, linked to it
    work.show_meetings()
    problems = walk_tabs(qtbot, app.window, lambda: clipped(app.window))
    hint = app.window.minimumSizeHint()
    if hint.width() > size[0] or hint.height() > size[1]:
        problems.append(f"the window needs {hint.width()}×{hint.height()}")
    work.show_meetings()
    for i in range(panel.tabs.count()):
        panel.tabs.setCurrentIndex(i)
        qtbot.wait(50)
        app.window.grab().save(f"build/screenshots/collective/demo-{language}-{i}.png")
    if pseudo is not None:
        QCoreApplication.removeTranslator(pseudo)
    assert not problems, "\n".join(sorted(set(problems)))
