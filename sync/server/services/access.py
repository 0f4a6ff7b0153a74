"""Who may see which collection: one check for every route and service (§4, §6)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.protocol import ACCESS_RANK
from sync.server.errors import ApiError
from sync.server.models import Collection, Membership
from sync.server.services.context import Audit, Caller


def _authorise(
    audit: Audit,
    caller: Caller,
    *,
    action: str,
    collection_id: str,
    item_id: str | None,
    organisation_id: str | None,
    access: str | None,
    need: str,
) -> None:
    """The uniform 404 (not a member, other organisation, missing) or 403 (member, access
    too low); both recorded in the audit trail."""
    if organisation_id is None or access is None or organisation_id != caller.user.organisation_id:
        raise audit.denied(action, collection_id=collection_id, item_id=item_id)
    if ACCESS_RANK[access] < ACCESS_RANK[need]:
        audit.add(action, collection_id=collection_id, item_id=item_id, outcome="forbidden")
        raise ApiError(403, "forbidden", f"this needs {need} access to the collection")


def visible_collection(
    db: Session,
    caller: Caller,
    audit: Audit,
    collection_id: str,
    action: str,
    *,
    need: str = "read",
    lock: bool = False,
    item_id: str | None = None,
) -> tuple[Collection, Membership]:
    """The collection and the caller's membership as ORM rows, for the grant services."""
    # Lock first (when asked), then check membership: a removal that commits before we
    # hold the lock is seen; one that comes after waits for us.
    collection = db.get(Collection, collection_id, with_for_update=lock, populate_existing=lock)
    membership = None if collection is None else db.get(Membership, (collection_id, caller.user.id))
    _authorise(
        audit,
        caller,
        action=action,
        collection_id=collection_id,
        item_id=item_id,
        organisation_id=collection.organisation_id if collection else None,
        access=membership.access if membership else None,
        need=need,
    )
    assert collection is not None and membership is not None
    return collection, membership


@dataclass(frozen=True)
class CollectionState:
    """What push and pull need of a collection, read without building ORM objects."""

    id: str
    organisation_id: str
    key_version: int
    last_seq: int
    access: str
    kind: str = ""


_COLLECTION = select(
    Collection.organisation_id, Collection.key_version, Collection.last_seq, Collection.kind
)


def collection_access(
    db: Session,
    caller: Caller,
    audit: Audit,
    collection_id: str,
    action: str,
    *,
    need: str = "read",
    lock: bool = False,
) -> CollectionState:
    """visible_collection for the hot paths: two primary-key lookups, Core rows only.
    With ``lock`` the collection row stays locked (FOR UPDATE) until the transaction ends:
    that lock orders the collection's sequence."""
    query = _COLLECTION.where(Collection.id == collection_id)
    row = db.execute(query.with_for_update() if lock else query).one_or_none()
    access = None
    if row is not None:
        access = db.scalar(
            select(Membership.access).where(
                Membership.collection_id == collection_id, Membership.user_id == caller.user.id
            )
        )
    _authorise(
        audit,
        caller,
        action=action,
        collection_id=collection_id,
        item_id=None,
        organisation_id=row.organisation_id if row is not None else None,
        access=access,
        need=need,
    )
    assert row is not None and access is not None
    return CollectionState(
        id=collection_id,
        organisation_id=row.organisation_id,
        key_version=row.key_version,
        last_seq=row.last_seq,
        access=access,
        kind=row.kind,
    )
