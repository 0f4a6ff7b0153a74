"""Unsaved form text kept as drafts in the encrypted vault.

The app keeps what is being typed every few seconds (the autosave) and at every lock, so a
crash loses seconds, not text; the drafts are offered back at the next unlock.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.errors import ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.local import profile as local
from fieldapp.local.models import Draft
from fieldapp.local.views import DraftView
from fieldapp.records import common as rec


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


def save_drafts(session: Session, *, texts: Mapping[str, str]) -> None:
    """Keep several drafts at once (the autosave and the lock); empty texts discard."""
    for key, text in texts.items():
        save_draft(session, key=key, text=text)


# A device-local flag: set while the vault is unlocked, cleared by a clean lock. Found set
# at the next unlock, it says the app ended without locking (a crash, a kill, a power cut).
SESSION_OPEN = "session_open"


def open_session(session: Session) -> tuple[bool, list[DraftView]]:
    """Mark the vault in use. Returns whether the previous session ended without a clean
    lock, and every draft waiting to be offered back (newest first)."""
    unclean = bool(local.get_setting(session, key=SESSION_OPEN, default=False))
    local.set_setting(session, key=SESSION_OPEN, value=True)
    return unclean, list_drafts(session)


def close_session(session: Session) -> None:
    """The vault is locking cleanly: every unsaved text is a draft by now."""
    local.set_setting(session, key=SESSION_OPEN, value=False)
