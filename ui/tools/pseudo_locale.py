"""Pseudo-localisation: every string ~40 % longer and accented, to catch layouts that a
longer French or Dutch text would break (clipped labels, buttons, column headers).

    translator = PseudoTranslator(app); app.installTranslator(translator)

Placeholders ({name}, %1), accelerators (&) and rich-text tags survive untouched, so the
app still works. Used by tests/ui/test_ui_pseudo_locale.py; Vorta's TRANS_SCALE is the model.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QObject, QTranslator

ACCENTS = str.maketrans("aeiouyAEIOUYcnCN", "áéîõüÿÅÉÎÕÜŸçñÇÑ")
KEEP = re.compile(r"(\{[^}]*\}|%\d+|%[sdn]|<[^>]+>|&[a-z]+;|&&)")
GROWTH = 0.4


def pseudo(text: str) -> str:
    """The pseudo-localised text: accents on letters, padded to 140 % of the length."""
    if not text.strip():
        return text
    parts = KEEP.split(text)
    shown = "".join(p if KEEP.fullmatch(p) else p.translate(ACCENTS) for p in parts)
    visible = len(KEEP.sub("", text))
    return f"{shown}{'·' * math.ceil(visible * GROWTH)}"


class PseudoTranslator(QTranslator):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        if context in ("QPlatformTheme", "QShortcut", "QKeySequence"):
            return ""  # keep Qt's own key names: shortcuts must still parse
        return pseudo(source)

    def isEmpty(self) -> bool:
        return False
