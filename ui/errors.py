"""Turn an exception into a sentence for the user, in their language.

Service errors carry an untranslated English `.message` and `.params` (never personal
data); anything else becomes a generic sentence naming only the exception type, so no
personal data from an unexpected message reaches the screen or the log.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

log = logging.getLogger(__name__)


def error_text(exc: BaseException) -> str:
    message = getattr(exc, "message", None)
    if isinstance(message, str) and message:
        context = getattr(exc, "context", "errors")
        params = getattr(exc, "params", {}) or {}
        text = QCoreApplication.translate(context, message)
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):
            return text
    log.error("unexpected error: %s", type(exc).__name__)
    return QCoreApplication.translate(
        "errors", "Something went wrong ({kind}). Your saved work is safe; please try again."
    ).format(kind=type(exc).__name__)
