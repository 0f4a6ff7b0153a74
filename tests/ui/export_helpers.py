"""Answering the export dialog (ui.document_export.choose_export) in a test: the hook each
export path keeps is replaced by one that records what the dialog would have offered and
chooses at once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ui.document_export import ExportChoice


class ExportAnswer:
    """Stands in for `choose_export`: remembers the offered language and file names, and
    answers with `target` in `language` (default: the language offered)."""

    def __init__(self, target: Path, language: str | None = None) -> None:
        self.target, self.language = target, language
        self.offered: dict[str, Any] = {}

    def __call__(self, _parent: object, *, title: str, language: str, file_name: Any,
                 on_chosen: Any, **_options: object) -> None:
        self.offered = {"title": title, "language": language,
                        "names": {lang: file_name(lang) for lang in ("nl", "fr", "en")}}
        on_chosen(ExportChoice(str(self.target), self.language or language))
