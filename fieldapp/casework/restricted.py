"""Restricted notes (issue 14): readable by their author, the supervisors and the colleagues
the author names — never one key per site.

A restricted note lives in its author's collection of the site,
`casework-restricted:<site>:<author>`. The author's laptop creates that collection and
grants it to the supervisors (sync/engine/owned.py); a share with a named colleague is a
record (RestrictedShare) in that collection, which the supervisors therefore see, and which
the author's laptop turns into a membership at the next sync (a tombstone ends it and the
key rotates).

Notes of the old per-site collection (`casework-restricted:<site>`) move on their author's
laptop into the author's collection (`migrate_legacy`); the engine then purges their old
revisions from the server and retires the old collection.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.casework.models import CaseFile, CaseNote, RestrictedShare
from fieldapp.errors import NotFound, ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.local import key_checks
from fieldapp.local.profile import get_profile
from fieldapp.local.sync_state import SyncMeta
from fieldapp.people import directory
from fieldapp.records import common as rec
from fieldapp.records.moves import remember_moved

LEGACY_PREFIX = "casework-restricted:"
SUPERVISORS_META = "supervisors"  # {user id: display name}, kept by the sync engine
COLLEAGUES_META = "social_assistants"  # {user id: display name}, kept by the sync engine
CASE_NOT_FOUND = QT_TRANSLATE_NOOP(
    "errors", "This case file was not found. It may have been removed; refresh the list."
)
SHARE_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This share was not found. It may have ended.")
SHARE_YOURSELF = QT_TRANSLATE_NOOP("errors", "Your restricted notes are already yours to read.")
SHARE_UNKNOWN = QT_TRANSLATE_NOOP(
    "errors", "This colleague is not known on this laptop yet; synchronise first.")


@dataclass(frozen=True)
class ShareView:
    id: str
    site_id: str
    author_id: str
    colleague_id: str
    colleague_name: str
    shared_on: date


@dataclass(frozen=True)
class Readers:
    """Who can read a restricted note of `author` on a site: names, for the note editor."""

    author: str
    supervisors: tuple[str, ...]
    colleagues: tuple[str, ...]
    # of those, the ones whose key the author has not verified on this laptop: they read
    # nothing until the author compares safety numbers with them (issue 14)
    waiting: tuple[str, ...] = ()


def restricted_collection(site_id: str, author_id: str) -> str:
    return rec.casework_collection(site_id, restricted=True, author_id=author_id)


def is_legacy(collection_id: str) -> bool:
    """The old per-site form `casework-restricted:<site>` (one key for the whole site)."""
    return collection_id.startswith(LEGACY_PREFIX) and collection_id.count(":") == 1


def supervisors(session: Session) -> dict[str, str]:
    """The organisation's supervisors as the last sync saw them: id -> display name."""
    row = session.get(SyncMeta, SUPERVISORS_META)
    value = row.value if row is not None else None
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def colleagues(session: Session, *, me: str) -> list[tuple[str, str]]:
    """(id, name) of the social assistants one may name, as the last sync saw them."""
    row = session.get(SyncMeta, COLLEAGUES_META)
    value = row.value if row is not None and isinstance(row.value, dict) else {}
    bosses = supervisors(session)
    return sorted(((str(i), str(n)) for i, n in value.items() if i != me and i not in bosses),
                  key=lambda p: (p[1].casefold(), p[0]))


def readers_of_case(session: Session, *, case_id: str, author_id: str) -> Readers:
    """`readers` for a note of this case file (the note editor's question)."""
    case = session.get(CaseFile, case_id)
    if case is None:
        raise NotFound(CASE_NOT_FOUND)
    return readers(session, site_id=case.site_id, author_id=author_id)


def _names(session: Session) -> dict[str, str]:
    return directory.names(session)


def _view(row: RestrictedShare) -> ShareView:
    return ShareView(row.id, row.site_id, row.author_id, row.colleague_id, row.colleague_name,
                     row.shared_on)


def list_shares(session: Session, *, site_id: str, author_id: str) -> list[ShareView]:
    rows = session.scalars(
        select(RestrictedShare).where(
            RestrictedShare.site_id == site_id, RestrictedShare.author_id == author_id,
            RestrictedShare.deleted.is_(False))
        .order_by(RestrictedShare.colleague_name, RestrictedShare.id))
    return [_view(r) for r in rows]


def share_with(session: Session, *, site_id: str, colleague_id: str, actor_id: str,
               today: date) -> ShareView:
    """Name a colleague who may read the actor's restricted notes of this site (recorded;
    the membership follows at the next sync)."""
    if colleague_id == actor_id:
        raise ValidationError(SHARE_YOURSELF)
    name = _names(session).get(colleague_id)
    if name is None:
        raise ValidationError(SHARE_UNKNOWN)
    for existing in list_shares(session, site_id=site_id, author_id=actor_id):
        if existing.colleague_id == colleague_id:
            return existing
    row = rec.create(
        session,
        RestrictedShare(site_id=site_id, author_id=actor_id, colleague_id=colleague_id,
                        colleague_name=name, shared_on=today),
        actor_id=actor_id, collection_id=restricted_collection(site_id, actor_id))
    return _view(row)


def end_share(session: Session, *, share_id: str, actor_id: str) -> None:
    """The colleague stops reading (the author's laptop removes them; the key rotates)."""
    row = session.get(RestrictedShare, share_id)
    if row is None or row.deleted or row.author_id != actor_id:
        raise NotFound(SHARE_NOT_FOUND)
    row.deleted = True
    rec.touch(session, row, actor_id=actor_id)


def readers(session: Session, *, site_id: str, author_id: str) -> Readers:
    """Exactly who will be able to read a restricted note of `author_id` on this site."""
    names = _names(session)
    bosses = supervisors(session)
    shares = [s for s in list_shares(session, site_id=site_id, author_id=author_id)
              if s.colleague_id not in bosses]
    waiting: tuple[str, ...] = ()
    if author_id == get_profile(session).id:  # only the author's laptop shares the key
        readers_by_id = {i: n for i, n in bosses.items() if i != author_id}
        readers_by_id.update({s.colleague_id: s.colleague_name for s in shares})
        waiting = tuple(sorted((readers_by_id[i] for i in key_checks.unverified(
            session, readers_by_id)), key=str.casefold))
    return Readers(
        author=names.get(author_id, ""),
        supervisors=tuple(sorted((n for i, n in bosses.items() if i != author_id),
                                 key=str.casefold)),
        colleagues=tuple(s.colleague_name for s in shares),
        waiting=waiting,
    )


def migrate_legacy(session: Session, *, actor_id: str) -> int:
    """Move the actor's notes of the old per-site restricted collections into the actor's
    own restricted collection of that site: a new revision under the new key; the engine
    tombstones them in the old collection, then purges their old revisions there. Returns
    how many notes moved."""
    moved: list[tuple[str, str]] = []
    count = 0
    # every round asks: a range over the indexed collection ids that leaves out the
    # author's own collections (`…:<site>:<author>`) before a row is read — not thousands
    # of restricted notes loaded to find none to move
    notes = session.scalars(
        select(CaseNote).where(CaseNote.collection_id >= LEGACY_PREFIX,
                               CaseNote.collection_id < LEGACY_PREFIX[:-1] + ";",
                               CaseNote.collection_id.not_like(LEGACY_PREFIX + "%:%"),
                               CaseNote.author_id == actor_id))
    for note in notes:
        if not is_legacy(note.collection_id):
            continue
        site_id = note.collection_id.split(":", 1)[1]
        if note.base_rev is not None:
            moved.append((note.collection_id, note.id))
        note.collection_id = restricted_collection(site_id, actor_id)
        rec.touch(session, note, actor_id=actor_id)
        count += 1
    remember_moved(session, moved)
    return count
