"""What the app and the main window ask of a role's workspace, whatever its area.

A workspace is the QWidget an area builds for the person signed in (ui.areas). Every one
keeps its editors' drafts and its screen state over a lock (`WorkspaceHooks`); some also
open a recovered draft (`OpensDrafts`); what each brings into the window (menus, actions)
is `ui.areas.BringsParts`. Checked with isinstance, where the app used getattr.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

# The open screens a workspace keeps over a lock; only the workspace that saved it reads it
# back (each its own keys, read through the helpers below), the app holds it unread.
WorkspaceState = dict[str, object]


def state_int(state: WorkspaceState | None, key: str, default: int = 0) -> int:
    value = (state or {}).get(key)
    return value if isinstance(value, int) else default


def state_str(state: WorkspaceState | None, key: str) -> str | None:
    value = (state or {}).get(key)
    return value if isinstance(value, str) else None


def state_items(state: WorkspaceState | None, key: str) -> list[object]:
    value = (state or {}).get(key)
    return list(value) if isinstance(value, list | tuple) else []


def state_dict(state: WorkspaceState | None, key: str) -> WorkspaceState:
    value = (state or {}).get(key)
    return {str(k): v for k, v in value.items()} if isinstance(value, dict) else {}


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
