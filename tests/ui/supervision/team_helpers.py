"""A supervisor's laptop as the team page sees it, without a vault."""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

from fieldapp.people import directory


def laptop_with_names(runner: Any, names: dict[str, str]) -> SimpleNamespace:
    """A context whose directory knows `names` (the server keeps none, issue 14): the team
    page asks it for them; every other read answers nothing."""

    def call(fn: Callable[..., Any], on_success: Callable[[Any], None] | None = None,
             **_: Any) -> None:
        if fn is directory.names and on_success is not None:
            on_success(dict(names))

    return SimpleNamespace(runner=runner, call=call)
