"""What a workspace other than the site assistant's does to the shared main window."""

from __future__ import annotations

from ui.main_window import MainWindow


def keep_only_lock(window: MainWindow) -> None:
    """For a workspace that is not the site social assistant's: hide her Go and Case menus
    and leave only Lock of her workspace actions (their shortcuts would clash)."""
    for menu in (window.go_menu, window.case_menu):
        menu.menuAction().setVisible(False)
    for action in window.workspace_actions:
        action.setEnabled(action is window.lock_action)
