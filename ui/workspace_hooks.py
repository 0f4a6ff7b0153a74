"""What the app and the main window ask of a role's workspace, whatever its area.

A workspace is the QWidget an area builds for the person signed in (ui.areas). Every one
keeps its editors' drafts and its screen state over a lock (`WorkspaceHooks`); some also
open a recovered draft (`OpensDrafts`); what each brings into the window (menus, actions)
is `ui.areas.BringsParts`. Checked with isinstance, where the app used getattr.
"""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

# The open screens a workspace keeps over a lock; only the workspace that saved it reads it
# back (each its own keys), the app holds it unread: JSON-like values, hence Any.
WorkspaceState = dict[str, Any]


@runtime_checkable
class WorkspaceHooks(Protocol):
    def show_keyring_warning(self) -> None: ...

    def collect_drafts(self) -> dict[str, str]: ...

    def save_state(self) -> WorkspaceState: ...

    def restore_state(self, state: WorkspaceState) -> None: ...


@runtime_checkable
class OpensDrafts(Protocol):
    def can_open_draft(self, key: str) -> bool: ...

    def open_draft(self, key: str) -> None: ...
