"""Translatable strings without Qt.

`fieldapp/` must not import Qt, so user-facing messages and labels are written as
``QT_TRANSLATE_NOOP("errors", "A note needs some text.")``. pyside6-lupdate recognises that
call name and extracts (context, text); the UI translates at display time with
``QCoreApplication.translate(context, text)`` and then ``.format(**params)``.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context`; returns it unchanged (English source)."""
    del context
    return text
