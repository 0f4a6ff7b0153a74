"""Typed errors of the use cases.

Every error carries `.message`, the untranslated English source text (marked with
QT_TRANSLATE_NOOP so the UI can translate it with context `.context`), and `.params`, the
format parameters. Params never hold names, note text, addresses or anything else personal:
only field names, codes, counts and dates. `str(exc)` is the formatted English text.
"""

from __future__ import annotations

from typing import Any


class ServiceError(Exception):
    """Base class of every error a use case raises on purpose."""

    context = "errors"

    def __init__(self, message: str, **params: Any) -> None:
        self.message = message
        self.params: dict[str, Any] = params
        super().__init__(message.format(**params) if params else message)


class ValidationError(ServiceError):
    """The input can't be saved as it is; the message says what to change."""


class NotFound(ServiceError):
    """The record asked for does not exist (or was deleted)."""
