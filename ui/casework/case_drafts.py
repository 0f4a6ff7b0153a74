"""Case-note drafts ("note:<case id>" for a new note, "note:<note id>" for an edit): where
they belong, for the workspaces that open case files when a draft is offered back."""

from __future__ import annotations

from collections.abc import Callable

from ui.context import AppContext

Place = tuple[str, str, str | None]  # case id, household id, note being edited (or None)


def is_note_draft(key: str) -> bool:
    return key.startswith("note:")


def find_note_draft(ctx: AppContext, key: str, then: Callable[[Place], object]) -> None:
    """Look up where the draft belongs (off the UI thread); call `then` if it still exists."""
    from fieldapp.casework import cases as casework

    draft_id = key.partition(":")[2]

    def found(place: Place | None) -> None:
        if place is not None:
            then(place)

    ctx.call(lambda s: casework.draft_place(s, draft_id=draft_id), on_success=found)
