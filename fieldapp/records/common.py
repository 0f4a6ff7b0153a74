"""Shared helpers of the use cases: timestamps, sync metadata, collections, lookups."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.errors import NotFound, ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.local.models import LocalProfile
from fieldapp.records.base import Synced, new_id
from fieldapp.records.blanks import blank_private

T = TypeVar("T", bound=Synced)


def now(session: Session) -> datetime:
    """Record timestamps come from the session's clock (set by Vault.session())."""
    clock = session.info.get("clock")
    return clock() if clock is not None else datetime.now(UTC)


def create(session: Session, obj: T, *, actor_id: str, collection_id: str) -> T:
    """Give a new record its sync metadata, add it and flush."""
    at = now(session)
    obj.id = obj.id or new_id()
    obj.collection_id = collection_id
    obj.rev = new_id()
    obj.base_rev = None
    obj.dirty = True
    obj.deleted = False
    obj.created_by = obj.updated_by = actor_id
    obj.created_at = obj.updated_at = at
    session.add(obj)
    session.flush()
    return obj


def touch(session: Session, obj: Synced, *, actor_id: str) -> None:
    """Every change is a new revision waiting to be synced. A record deleted here keeps
    no words of its own (names, remarks, free text): its tombstone carries none, and the
    laptops it reaches blank theirs too (sync.engine.apply)."""
    if obj.deleted:
        blank_private(obj)
    obj.rev = new_id()
    obj.dirty = True
    obj.updated_by = actor_id
    obj.updated_at = now(session)
    session.flush()


def organisation(session: Session) -> str:
    org = session.scalar(select(LocalProfile.organisation).limit(1))
    return org or "local"


def registry_collection(session: Session) -> str:
    return f"registry:{organisation(session)}"


def supervision_collection(session: Session) -> str:
    return f"supervision:{organisation(session)}"


def casework_collection(site_id: str, *, restricted: bool = False,
                        author_id: str | None = None) -> str:
    """`casework:<site>`, or a restricted note's collection: one per author and site,
    `casework-restricted:<site>:<author>`, read by the author, the supervisors and the
    colleagues the author names (issue 14). Without `author_id`, the old per-site form
    `casework-restricted:<site>` (only to find notes still to migrate)."""
    if not restricted:
        return f"casework:{site_id}"
    if author_id is None:
        return f"casework-restricted:{site_id}"
    return f"casework-restricted:{site_id}:{author_id}"


def audit_collection(session: Session, author_id: str) -> str:
    """The access-log entries of one person: `audit:<org>:<author>`, read by the author
    and the supervisors only, append-only on the server (issue 14)."""
    return f"audit:{organisation(session)}:{author_id}"


def handoff_collection(site_id: str) -> str:
    """Hand-offs from neighbourhood agents to the site's social assistant (DESIGN §4 + here):
    agents write into it without holding the key of the site's case files."""
    return f"handoff:{site_id}"


def neighbourhood_collection(session: Session) -> str:
    return f"neighbourhood:{organisation(session)}"


def community_collection(session: Session) -> str:
    """The social cohesion project's work (issue 19): written by the community workers,
    who hold no other key of the organisation."""
    return f"community:{organisation(session)}"


def partners_collection(session: Session) -> str:
    """The partner directory (social map): read by every field role (issue 19)."""
    return f"partners:{organisation(session)}"


def collective_collection(session: Session) -> str:
    """The collective assistants' work (issue 18): tenants' meetings, minutes, actions."""
    return f"collective:{organisation(session)}"


def signal_collection(session: Session) -> str:
    """Collective signals: site assistants write a theme and a building, the collective
    assistants read them; no name and no case text (issue 18)."""
    return f"signal:{organisation(session)}"


def people_collection(session: Session) -> str:
    """The organisation's directory of names (fieldapp.people.names): every account holds
    it; the server keeps no name (issue 14)."""
    return f"people:{organisation(session)}"


def consultation_collection(session: Session) -> str:
    """The mobile mental-health team's consultations (issue 19): a pseudonym, minimal
    identifiers, the question and the advice; the team holds no other key."""
    return f"consultation:{organisation(session)}"


def organisation_collections(session: Session, site_ids: list[str]) -> list[str]:
    """Every collection an organisation has, whether or not it holds records yet."""
    keys = [people_collection(session), registry_collection(session),
            neighbourhood_collection(session),
            supervision_collection(session), community_collection(session),
            partners_collection(session), collective_collection(session),
            signal_collection(session), consultation_collection(session)]
    for site_id in site_ids:
        # Restricted notes have no per-site collection: each author creates theirs.
        keys += [casework_collection(site_id), handoff_collection(site_id)]
    return keys


def get_live(session: Session, model: type[T], record_id: str, message: str) -> T:
    """The record, unless it does not exist or is a tombstone (NotFound with `message`)."""
    obj = session.get(model, record_id) if isinstance(record_id, str) else None
    if obj is None or obj.deleted:
        raise NotFound(message)
    return obj


def require_code(value: Any, allowed: dict[str, str], message: str, **params: Any) -> str:
    if not isinstance(value, str) or value not in allowed:
        raise ValidationError(message, **params)
    return value


def clean_text(value: Any, *, empty_message: str, max_len: int = 100_000) -> str:
    text = value.strip() if isinstance(value, str) else ""
    if not text:
        raise ValidationError(empty_message)
    if len(text) > max_len:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This text is too long: at most {max_len} characters."),
            max_len=max_len,
        )
    return text


_LETTERS = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "æ": "ae", "œ": "oe"})


def fold(text: str) -> str:
    """Lower-case, accent-free form used for simple name filters (Yılmaz -> yilmaz)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))
