"""What a unit of work changed: a typed, immutable change set (issue 12; Anki's `OpChanges`).

Every session the vault hands out records what it writes, from SQLAlchemy's session events:
``after_flush`` (the ORM objects in ``session.new``, ``dirty`` and ``deleted``) and
``do_orm_execute`` (bulk INSERT, UPDATE and DELETE statements; their ids are known for
inserts only). What a transaction recorded counts once it commits: a rolled-back session,
or a rolled-back savepoint, announces nothing.

    with vault.session() as s:
        casework.add_note(s, ...)
    changes = committed_changes(s)          # ChangeSet: case_notes (synced), drafts (local)
    note, changes = vault.run(lambda s: casework.add_note(s, ...))

A record type is its table name (``"case_notes"``, ``"nb_requests"``, ``"drafts"``): the name
the sync wire carries (``_table``), so the sync engine's pull report speaks the same language.
A type is synced when its model is in ``fieldapp.catalogue.SYNCED_MODELS`` (what the engine
pushes); drafts, settings and the engine's own bookkeeping are local. Pure Python: no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from types import MappingProxyType
from typing import Any, Literal

from sqlalchemy import event, inspect
from sqlalchemy.orm import ORMExecuteState, Session, SessionTransaction, UOWTransaction

Origin = Literal["local", "sync"]

_PENDING = "fieldapp.changes.pending"
_SAVEPOINTS = "fieldapp.changes.savepoints"
_COMMITTED = "fieldapp.changes.committed"


@cache
def synced_types() -> frozenset[str]:
    """The record types the sync engine pushes and pulls."""
    from fieldapp.catalogue import SYNCED_MODELS

    return frozenset(str(model.__tablename__) for model in SYNCED_MODELS)


@cache
def record_types() -> frozenset[str]:
    """Every record type of the vault (every table of the models), synced or local."""
    from fieldapp.records.base import Base

    return frozenset(Base.metadata.tables)


@dataclass(frozen=True)
class ChangeSet:
    """What one unit of work (a local save, or a sync round's pull) changed.

    ``ids_by_type``: record type → ids of the records written (empty for a type changed by a
    bulk UPDATE or DELETE, listed in ``unknown_ids``: any record of it may have changed).
    ``collections``: the collections known to be touched. ``origin``: ``"local"`` (a
    commit on this computer) or ``"sync"`` (applied from the server).
    """

    ids_by_type: Mapping[str, frozenset[str]] = field(default_factory=dict, hash=False)
    collections: frozenset[str] = frozenset()
    synced_types: frozenset[str] = frozenset()
    unknown_ids: frozenset[str] = frozenset()
    origin: Origin = "local"

    def __post_init__(self) -> None:
        ids = {str(t): frozenset(v) for t, v in self.ids_by_type.items()}
        for t in self.unknown_ids | self.synced_types:
            ids.setdefault(t, frozenset())
        object.__setattr__(self, "ids_by_type", MappingProxyType(ids))
        object.__setattr__(self, "collections", frozenset(self.collections))
        object.__setattr__(self, "synced_types", frozenset(self.synced_types))
        object.__setattr__(self, "unknown_ids", frozenset(self.unknown_ids))

    @classmethod
    def of(
        cls,
        records: Iterable[tuple[str, str]] = (),
        *,
        collections: Iterable[str] = (),
        unknown_ids: Iterable[str] = (),
        origin: Origin = "local",
    ) -> ChangeSet:
        """From (record type, id) pairs; which types are synced is looked up."""
        ids: dict[str, set[str]] = {}
        for record_type, record_id in records:
            ids.setdefault(record_type, set()).add(record_id)
        unknown = frozenset(unknown_ids)
        types = set(ids) | unknown
        return cls(ids_by_type={t: frozenset(v) for t, v in ids.items()},
                   collections=frozenset(collections),
                   synced_types=frozenset(types) & synced_types(), unknown_ids=unknown,
                   origin=origin)

    @property
    def types(self) -> frozenset[str]:
        return frozenset(self.ids_by_type)

    @property
    def synced(self) -> bool:
        """Whether a synced record changed (then a sync round has something to send)."""
        return bool(self.synced_types)

    def touches(self, *types: str) -> bool:
        """Whether any of `types` changed: ``changes.touches("case_notes", "follow_ups")``."""
        return any(t in self.ids_by_type for t in types)

    def ids(self, record_type: str) -> frozenset[str]:
        """The ids known to have changed (see ``unknown_ids`` for bulk statements)."""
        return self.ids_by_type.get(record_type, frozenset())

    def touches_record(self, record_type: str, record_id: str) -> bool:
        """Whether this record may have changed."""
        return record_type in self.unknown_ids or record_id in self.ids(record_type)

    def with_origin(self, origin: Origin) -> ChangeSet:
        return replace(self, origin=origin)

    def __bool__(self) -> bool:
        return bool(self.ids_by_type)

    def __or__(self, other: ChangeSet) -> ChangeSet:
        types = set(self.ids_by_type) | set(other.ids_by_type)
        return ChangeSet(
            ids_by_type={t: self.ids(t) | other.ids(t) for t in types},
            collections=self.collections | other.collections,
            synced_types=self.synced_types | other.synced_types,
            unknown_ids=self.unknown_ids | other.unknown_ids,
            origin=self.origin if self.origin == other.origin else "local",
        )


EMPTY = ChangeSet()


class _Recorder:
    """What the open transaction wrote so far (mutable; frozen into a ChangeSet at commit)."""

    __slots__ = ("collections", "ids", "unknown")

    def __init__(self) -> None:
        self.ids: dict[str, set[str]] = {}
        self.unknown: set[str] = set()
        self.collections: set[str] = set()

    def add(self, record_type: str, record_id: str | None, collections: Iterable[Any]) -> None:
        ids = self.ids.setdefault(record_type, set())
        if record_id is None:
            self.unknown.add(record_type)
        else:
            ids.add(record_id)
        self.collections.update(c for c in collections if isinstance(c, str) and c)

    def copy(self) -> _Recorder:
        other = _Recorder()
        other.ids = {t: set(v) for t, v in self.ids.items()}
        other.unknown = set(self.unknown)
        other.collections = set(self.collections)
        return other

    def freeze(self) -> ChangeSet:
        return ChangeSet(ids_by_type={t: frozenset(v) for t, v in self.ids.items()},
                         collections=frozenset(self.collections),
                         synced_types=frozenset(self.ids) & synced_types(),
                         unknown_ids=frozenset(self.unknown))


def record_changes(target: Any) -> None:
    """Record the changes of every session of `target` (a sessionmaker, a Session subclass
    or one Session); read them with `committed_changes` once the session has committed."""
    event.listen(target, "after_flush", _after_flush)
    event.listen(target, "do_orm_execute", _orm_execute)
    event.listen(target, "after_transaction_create", _transaction_created)
    event.listen(target, "after_commit", _committed)
    event.listen(target, "after_soft_rollback", _rolled_back)


def committed_changes(session: Session) -> ChangeSet:
    """Everything `session` has committed (EMPTY if nothing, or if it rolled back)."""
    found = session.info.get(_COMMITTED)
    return found if isinstance(found, ChangeSet) else EMPTY


def _pending(session: Session) -> _Recorder:
    recorder = session.info.get(_PENDING)
    if not isinstance(recorder, _Recorder):
        recorder = _Recorder()
        session.info[_PENDING] = recorder
    return recorder


def _record_id(state: Any) -> str | None:
    identity = state.identity
    if identity is None:  # inserted by this flush: the identity key comes after the event
        mapper = state.mapper
        identity = tuple(state.dict.get(mapper.get_property_by_column(column).key)
                         for column in mapper.primary_key)
    if any(part is None for part in identity):
        return None
    return "/".join(str(part) for part in identity)


def _collections(state: Any) -> list[Any]:
    """The record's collection, and the one it left if it moved (read without loading)."""
    if "collection_id" not in state.mapper.attrs:
        return []
    found = [state.dict.get("collection_id")]
    history = state.attrs["collection_id"].history
    found += list(history.added or ()) + list(history.deleted or ())
    return found


def _add_object(recorder: _Recorder, obj: Any) -> None:
    state = inspect(obj)
    name = getattr(state.mapper.local_table, "name", None)
    if isinstance(name, str):
        recorder.add(name, _record_id(state), _collections(state))


def _after_flush(session: Session, _flush_context: UOWTransaction) -> None:
    # The session still shows its pre-flush state here: new, dirty and deleted as flushed.
    recorder = _pending(session)
    for obj in session.new:
        _add_object(recorder, obj)
    for obj in session.dirty:
        if session.is_modified(obj, include_collections=False):
            _add_object(recorder, obj)
    for obj in session.deleted:
        _add_object(recorder, obj)


def _orm_execute(execute_state: ORMExecuteState) -> None:
    if not (execute_state.is_insert or execute_state.is_update or execute_state.is_delete):
        return
    table = getattr(execute_state.statement, "table", None)
    name = getattr(table, "name", None)
    if not isinstance(name, str):
        return
    recorder = _pending(execute_state.session)
    params = execute_state.parameters
    rows: list[Any] = (list(params) if isinstance(params, list | tuple)
                       else [params] if isinstance(params, Mapping) else [])
    if not execute_state.is_insert or not rows:  # which rows an UPDATE or DELETE hit is unknown
        recorder.add(name, None, ())
        return
    keys = [column.name for column in getattr(table, "primary_key", ())]
    for row in rows:
        values = [row.get(key) for key in keys] if isinstance(row, Mapping) and keys else [None]
        record_id = None if None in values else "/".join(str(v) for v in values)
        collection = row.get("collection_id") if isinstance(row, Mapping) else None
        recorder.add(name, record_id, [collection])


def _transaction_created(session: Session, transaction: SessionTransaction) -> None:
    if transaction.nested:  # a savepoint: what was recorded before it survives its rollback
        session.info.setdefault(_SAVEPOINTS, {})[transaction] = _pending(session).copy()


def _committed(session: Session) -> None:
    if session.in_nested_transaction():
        return  # a savepoint was released: its changes wait for the outer commit
    session.info.pop(_SAVEPOINTS, None)
    recorder = session.info.pop(_PENDING, None)
    if isinstance(recorder, _Recorder) and recorder.ids:
        session.info[_COMMITTED] = committed_changes(session) | recorder.freeze()


def _rolled_back(session: Session, previous_transaction: SessionTransaction) -> None:
    if previous_transaction.nested:
        snapshot = session.info.get(_SAVEPOINTS, {}).pop(previous_transaction, None)
        if isinstance(snapshot, _Recorder):
            session.info[_PENDING] = snapshot
        return
    if previous_transaction.parent is None:  # the whole transaction: nothing of it counts
        session.info.pop(_PENDING, None)
        session.info.pop(_SAVEPOINTS, None)
