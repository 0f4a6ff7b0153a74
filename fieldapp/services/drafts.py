"""Unsaved form text kept as drafts in the encrypted vault (survives an idle lock)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.models.local import Draft
from fieldapp.services import _records as rec
from fieldapp.services.errors import ValidationError
from fieldapp.services.views import DraftView


def _check_key(key: str) -> None:
    if not isinstance(key, str) or not key or len(key) > 120:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A draft needs a short key."))


def save_draft(session: Session, *, key: str, text: str) -> None:
    """Keep `text` under `key` (e.g. "note:<case_id>"); empty text discards the draft."""
    _check_key(key)
    row = session.get(Draft, key)
    if not text.strip():
        if row is not None:
            session.delete(row)
            session.flush()
        return
    if row is None:
        session.add(Draft(key=key, text=text, updated_at=rec.now(session)))
    else:
        row.text = text
        row.updated_at = rec.now(session)
    session.flush()


def load_draft(session: Session, *, key: str) -> str | None:
    _check_key(key)
    row = session.get(Draft, key)
    return None if row is None else row.text


def discard_draft(session: Session, *, key: str) -> None:
    _check_key(key)
    row = session.get(Draft, key)
    if row is not None:
        session.delete(row)
        session.flush()


def list_drafts(session: Session) -> list[DraftView]:
    rows = session.scalars(select(Draft).order_by(Draft.updated_at.desc()))
    return [DraftView(key=r.key, text=r.text, updated_at=r.updated_at) for r in rows]
