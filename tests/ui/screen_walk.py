"""Going through the app as a person looking at every screen: unlock as a role, then each
tab of each tab widget (tabs inside tabs too), checking the window at every stop."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTabWidget, QWidget

from tests.factories import PASSPHRASE, role_vault


def unlock_as(qtbot, make_app, vault_dir, store, role: str, *, size=None, translator=None,
              **options):
    """The app of a person in `role`, unlocked through its unlock page (with `translator`
    installed over the app's own, when given)."""
    role_vault(vault_dir, store, role)
    app = make_app(**options)
    if translator is not None:
        QCoreApplication.installTranslator(translator)
    if size is not None:
        app.window.resize(*size)
    page = app.window.unlock_page
    qtbot.keyClicks(page.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(app.unlocked, timeout=10_000):
        qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    qtbot.wait(300)  # the workspace's first loads
    return app


def walk_tabs(qtbot, window: QWidget, check: Callable[[], list[str]]) -> list[str]:
    """`check()` on every tab of every visible tab widget, each finding named by its tab."""
    found: list[str] = []
    seen: set[int] = set()

    def visit() -> None:
        for tabs in [t for t in window.findChildren(QTabWidget) if t.isVisible()]:
            if id(tabs) in seen:
                continue
            seen.add(id(tabs))
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                qtbot.wait(100)
                name = tabs.tabText(index).replace("&", "")
                found.extend(f"[{name}] {problem}" for problem in check())
                visit()

    found.extend(check())
    visit()
    return found
