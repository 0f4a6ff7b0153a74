"""One shell for every role (issue 12): the window builds the areas of the person's roles
only, each with its menus and actions while it is in front; a person with two roles finds
both areas' workspaces and menus, by keyboard and by mouse; a person with one role sees no
other area's menu, action or switcher."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QListWidget
from sqlalchemy import update

from fieldapp.local.models import LocalProfile
from fieldapp.vault import Vault
from tests.factories import PASSPHRASE, role_vault
from tests.ui.screen_walk import unlock_as, walk_tabs
from tests.ui.test_ui_accessibility import problems_in
from tests.ui.test_ui_pseudo_locale import clipped
from tests.ui.ui_helpers import modal_dialog, shortcut
from ui.casework.workspace import Workspace
from ui.help_dialogs import GuideDialog
from ui.supervision.workspace import SupervisorWorkspace
from ui.tools.pseudo_locale import PseudoTranslator


def _menus(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions() if a.isVisible()]


def _unlock_with_roles(qtbot, make_app, vault_dir, store, roles: list[str], *, size=None,
                       translator=None, **options):
    """A vault of a person holding `roles` (primary first), unlocked through its page."""
    role_vault(vault_dir, store, roles[0])
    vault = Vault.unlock(vault_dir, PASSPHRASE, secret_store=store)
    with vault.session() as s:
        s.execute(update(LocalProfile).values(role=roles[0], roles=roles,
                                              sites=["anneessens"]))
    vault.lock()
    app = make_app(**options)
    if translator is not None:
        QCoreApplication.installTranslator(translator)
    if size is not None:
        app.window.resize(*size)
    page = app.window.unlock_page
    qtbot.keyClicks(page.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(app.unlocked, timeout=10_000):
        qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    qtbot.wait(300)  # the workspaces' first loads
    return app


def _clashes(window) -> list[str]:
    keys = Counter(a.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
                   for a in window.findChildren(QAction)
                   if a.isEnabled() and not a.shortcut().isEmpty())
    return [k for k, n in keys.items() if n > 1]


@pytest.fixture
def both(qtbot, make_app, vault_dir, store):
    """A supervisor who also carries cases."""
    return _unlock_with_roles(qtbot, make_app, vault_dir, store,
                              ["supervisor", "social_assistant"])


def test_a_supervisor_who_carries_cases_finds_both_areas_by_keyboard(qtbot, both) -> None:
    w = both.window
    areas = w.workspaces()
    assert set(areas) == {"casework", "supervision"}
    assert isinstance(areas["casework"], Workspace)
    assert isinstance(areas["supervision"], SupervisorWorkspace)
    assert "Test Person" in w.windowTitle()
    assert "Supervisor" in w.windowTitle() and "Site social assistant" in w.windowTitle()
    # casework first: its Go and Case file menus, and the switch between areas
    assert w.workspace is areas["casework"]
    assert _menus(w) == ["&File", "&Go", "&Case file", "&Areas", "&Sync", "&Help"]
    assert _clashes(w) == []
    shortcut(qtbot, both, "Ctrl+F")
    qtbot.waitUntil(lambda: areas["casework"].tabs.currentWidget()
                    is areas["casework"].search, timeout=2_000)

    shortcut(qtbot, both, "Alt+2")  # to supervision
    qtbot.waitUntil(lambda: w.workspace is areas["supervision"], timeout=2_000)
    assert areas["supervision"].isVisible() and not areas["casework"].isVisible()
    assert _menus(w) == ["&File", "Super&vision", "&Areas", "&Sync", "&Help"]
    assert _clashes(w) == []
    assert not areas["casework"].households_action.isEnabled()
    shortcut(qtbot, both, "Ctrl+3")  # supervision's Team, not a casework tab
    qtbot.waitUntil(lambda: areas["supervision"].tabs.currentWidget()
                    is areas["supervision"].team, timeout=2_000)
    shortcut(qtbot, both, "Ctrl+1")
    qtbot.waitUntil(lambda: areas["supervision"].tabs.currentWidget()
                    is areas["supervision"].caseload, timeout=2_000)
    assert areas["casework"].tabs.currentWidget() is areas["casework"].search  # untouched

    shortcut(qtbot, both, "Alt+1")  # back to casework: Ctrl+1 is Households again
    qtbot.waitUntil(lambda: w.workspace is areas["casework"], timeout=2_000)
    shortcut(qtbot, both, "Ctrl+1")
    qtbot.waitUntil(lambda: areas["casework"].tabs.currentWidget()
                    is areas["casework"].households, timeout=2_000)
    # File has the register import of the area in front, once
    files = [a.text() for a in w.file_menu.actions()]
    assert files.count("Import the tenant &register…") == 1


def test_a_supervisor_who_carries_cases_finds_both_areas_by_mouse(qtbot, both) -> None:
    w = both.window
    areas = w.workspaces()
    switcher = w.findChild(QListWidget, "AreaSwitcher")
    assert switcher is not None and switcher.isVisible()
    assert [switcher.item(i).text() for i in range(switcher.count())] == [
        "Casework", "Supervision"]
    row = switcher.visualItemRect(switcher.item(1))
    qtbot.mouseClick(switcher.viewport(), Qt.MouseButton.LeftButton, pos=row.center())
    qtbot.waitUntil(lambda: w.workspace is areas["supervision"], timeout=2_000)
    assert "Super&vision" in _menus(w) and "&Go" not in _menus(w)
    # the Areas menu says where one is, and switches back
    area_menu = w.area_menu
    assert [a.isChecked() for a in area_menu.actions()] == [False, True]
    area_menu.actions()[0].trigger()
    qtbot.waitUntil(lambda: w.workspace is areas["casework"], timeout=2_000)
    assert switcher.currentRow() == 0
    assert "&Go" in _menus(w) and "Super&vision" not in _menus(w)
    # a tab of the area in front, by mouse
    tabs = areas["casework"].tabs
    qtbot.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton,
                     pos=tabs.tabBar().tabRect(1).center())
    qtbot.waitUntil(lambda: tabs.currentWidget() is areas["casework"].followups, timeout=2_000)


def test_the_guide_has_the_guides_of_both_roles(qtbot, both) -> None:
    shortcut(qtbot, both, "F1")
    dialog = modal_dialog(qtbot, GuideDialog)
    assert dialog.tabs is not None
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "Supervisor", "Site social assistant"]
    assert all(b.toPlainText() for b in dialog.browsers)
    dialog.reject()


def test_the_area_in_front_comes_back_after_a_lock(qtbot, both) -> None:
    w = both.window
    shortcut(qtbot, both, "Alt+2")
    qtbot.waitUntil(lambda: isinstance(w.workspace, SupervisorWorkspace), timeout=2_000)
    with qtbot.waitSignal(both.locked, timeout=5_000):
        shortcut(qtbot, both, "Ctrl+L")
    assert w.workspace is None and w.workspaces() == {}
    assert _menus(w) == ["&File", "&Sync", "&Help"]
    page = w.unlock_page
    qtbot.keyClicks(page.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(both.unlocked, timeout=10_000):
        qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    assert isinstance(w.workspace, SupervisorWorkspace)
    assert _menus(w) == ["&File", "Super&vision", "&Areas", "&Sync", "&Help"]


ONE_ROLE = {
    "social_assistant": ["&File", "&Go", "&Case file", "&Sync", "&Help"],
    "renovation_assistant": ["&File", "&Project", "&Sync", "&Help"],
    "neighbourhood_agent": ["&File", "&Neighbourhood", "&Sync", "&Help"],
    "supervisor": ["&File", "Super&vision", "&Sync", "&Help"],
    "collective_assistant": ["&File", "&Collective work", "&Sync", "&Help"],
}
# An action of each area that no other area has (its text, as the action carries it).
MARKS = {
    "social_assistant": "&Households",
    "renovation_assistant": "&New project…",
    "neighbourhood_agent": "Log an intervention",
    "supervisor": "&Caseload",
    "collective_assistant": "Tenants' meetings",
}


@pytest.mark.parametrize("role", sorted(ONE_ROLE))
def test_one_role_sees_no_other_areas_menu_or_action(qtbot, make_app, vault_dir, store,
                                                     role) -> None:
    w = unlock_as(qtbot, make_app, vault_dir, store, role).window
    assert _menus(w) == ONE_ROLE[role]
    assert len(w.workspaces()) == 1
    assert w.findChild(QListWidget, "AreaSwitcher") is None and w.area_menu is None
    texts = {a.text() for a in w.findChildren(QAction)}
    assert MARKS[role] in texts
    assert not {mark for other, mark in MARKS.items() if other != role} & texts
    assert f"({QKeySequence('Alt+1').toString()})" not in texts


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_two_areas_fit_960x540_in_dutch_and_french(qtbot, make_app, vault_dir, store,
                                                   language) -> None:
    """The switcher beside the workspaces leaves every tab of both areas readable on a
    1920×1080 screen at 200 % (as test_ui_fits_screen.py for one role)."""
    size = (960, 540)
    app = _unlock_with_roles(qtbot, make_app, vault_dir, store,
                             ["supervisor", "social_assistant"], size=size, language=language)
    window = app.window
    problems: list[str] = []
    for key in ("casework", "supervision"):
        window.show_area(key)
        qtbot.wait(100)
        problems += [f"[{key}] {p}" for p in walk_tabs(qtbot, window, lambda: clipped(window))]
    hint = window.minimumSizeHint()
    if hint.width() > size[0] or hint.height() > size[1]:
        problems.append(f"the window needs {hint.width()}×{hint.height()}")
    assert not problems, "\n".join(sorted(set(problems)))


def _every_area(qtbot, window, check) -> list[str]:
    found: list[str] = []
    for key in ("casework", "supervision"):
        window.show_area(key)
        qtbot.wait(100)
        found += [f"[{key}] {p}" for p in walk_tabs(qtbot, window, check)]
    return found


@pytest.fixture
def pseudo_translator(qapp):
    translator = PseudoTranslator(qapp)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_two_areas_fit_longer_translations_at_1280x720(qtbot, make_app, vault_dir, store,
                                                       pseudo_translator) -> None:
    size = (1280, 720)
    app = _unlock_with_roles(qtbot, make_app, vault_dir, store,
                             ["supervisor", "social_assistant"], size=size,
                             translator=pseudo_translator)
    window = app.window
    problems = _every_area(qtbot, window, lambda: clipped(window))
    hint = window.minimumSizeHint()
    if hint.width() > size[0] or hint.height() > size[1]:
        problems.append(f"the window needs {hint.width()}×{hint.height()}")
    assert not problems, "\n".join(sorted(set(problems)))


def test_the_switcher_is_named_and_reached_by_tab(qtbot, both) -> None:
    """The shell's own control (each area's screens: test_ui_accessibility.py)."""
    window = both.window
    switcher = window.findChild(QListWidget, "AreaSwitcher")
    assert switcher.accessibleName() == "Areas"
    assert switcher.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert not [p for p in problems_in(window) if "AreaHost" in p or "QListWidget" in p]
    switcher.setFocus()
    qtbot.keyClick(switcher, Qt.Key.Key_Down)  # arrows move between areas
    qtbot.waitUntil(lambda: isinstance(window.workspace, SupervisorWorkspace), timeout=2_000)
    qtbot.keyClick(switcher, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: isinstance(window.workspace, Workspace), timeout=2_000)


def test_the_team_list_names_every_role_of_a_member(qapp) -> None:
    from sync.team import TeamMember
    from ui.supervision.team_view import MEMBER_COLUMNS

    role_column = dict(MEMBER_COLUMNS)["Role"]
    both = TeamMember("id-1", "An Peeters", "supervisor", None, ("supervisor", "social_assistant"))
    one = TeamMember("id-2", "Karim", "social_assistant", None)
    assert role_column(both) == "Supervisor, Site social assistant"
    assert role_column(one) == "Site social assistant"


def test_a_vault_of_this_computer_for_a_supervisor_who_carries_cases(qtbot, make_app,
                                                                     vault_dir) -> None:
    """The first run without a server offers the two roles together; the vault keeps both
    and the window has both areas."""
    app = make_app()
    page = app.window.create_page
    qtbot.keyClicks(page.name_edit, "An Peeters")
    page.role_combo.setFocus()
    for _ in range(4):  # the last choice, by keyboard
        qtbot.keyClick(page.role_combo, Qt.Key.Key_Down)
    assert page.role_combo.currentText() == "Supervisor who also carries cases"
    qtbot.keyClicks(page.passphrase_edit, "tram canal brique 2026")
    qtbot.keyClicks(page.confirm_edit, "tram canal brique 2026")
    with qtbot.waitSignal(app.unlocked, timeout=10_000):
        qtbot.keyClick(page.confirm_edit, Qt.Key.Key_Return)
    assert set(app.window.workspaces()) == {"casework", "supervision"}
    assert app.window.windowTitle() == (
        "FieldApp — An Peeters (Supervisor, Site social assistant)")
    assert app.context.profile.roles == ("supervisor", "social_assistant")
