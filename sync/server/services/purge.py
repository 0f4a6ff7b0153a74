"""Deleting what must be gone (issue 14): revisions of records that moved to a collection
fewer people read, a collection whose records all left (retired: its keys and members
go), and the bytes of a blob whose record was tombstoned.

Authorisation: a purge needs membership of the collection and either manage access as a
supervisor, or authorship of each item's first revision (the record's author); only items
whose current revision is a tombstone are purged, and their tombstones stay. Retiring
needs a supervisor managing the collection, or its creator, and no content left in it.
Deleting a blob needs write access to a collection where the item's current revision is
a tombstone and where the blob was referenced.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from sync.protocol import BlobDeleteResponse, PurgeResponse
from sync.server.blobstore import BlobStore
from sync.server.errors import ApiError
from sync.server.models import Blob, BlobRef, Item, Membership, Revision, StoredWrappedKey
from sync.server.services.access import visible_collection
from sync.server.services.context import Audit, Caller

BLOB_ID = re.compile(r"^[0-9a-f]{64}$")

def _first_authors(db: Session, collection_id: str, item_ids: Sequence[str]) -> dict[str, str]:
    """item id -> author of its first revision (lowest seq) in this collection."""
    first = (
        select(Revision.item_id, func.min(Revision.seq).label("seq"))
        .where(Revision.collection_id == collection_id, Revision.item_id.in_(list(item_ids)))
        .group_by(Revision.item_id)
        .subquery()
    )
    rows = db.execute(
        select(Revision.item_id, Revision.author_id).join(
            first,
            (Revision.collection_id == collection_id)
            & (Revision.item_id == first.c.item_id)
            & (Revision.seq == first.c.seq),
        )
    )
    return {item_id: author for item_id, author in rows}


def _tombstoned(db: Session, collection_id: str, item_ids: Sequence[str]) -> set[str]:
    """The items among these whose current revision in the collection is a tombstone."""
    rows = db.execute(
        select(Item.item_id)
        .join(Revision, (Revision.collection_id == Item.collection_id)
              & (Revision.seq == Item.current_seq))
        .where(Item.collection_id == collection_id, Item.item_id.in_(list(item_ids)),
               Revision.deleted.is_(True))
    )
    return {r[0] for r in rows}


def purge_items(
    db: Session, *, caller: Caller, audit: Audit, collection_id: str, item_ids: Sequence[str]
) -> PurgeResponse:
    """Delete every revision with content of these items in the collection. Only items
    that left it (their current revision there is a tombstone) are purged; the tombstone
    stays — it carries no content, and the laptops' sync positions may point at it (a
    missing revision would read as a server restored from a backup)."""
    _collection, membership = visible_collection(
        db, caller, audit, collection_id, "collection.purge", lock=True
    )
    wanted = list(dict.fromkeys(item_ids))
    supervisor = membership.access == "manage" and caller.user.has_role("supervisor")
    authors = _first_authors(db, collection_id, wanted)
    if not supervisor:
        others = [i for i, author in authors.items() if author != caller.user.id]
        if others:
            audit.add("collection.purge", collection_id=collection_id, item_id=others[0],
                      outcome="forbidden")
            raise ApiError(
                403,
                "forbidden",
                "only a supervisor or the record's author may purge its revisions",
                details={"item_id": others[0]},
            )
    found = sorted(_tombstoned(db, collection_id, list(authors)))
    removed = 0
    if found:
        result = db.execute(
            delete(Revision).where(
                Revision.collection_id == collection_id, Revision.item_id.in_(found),
                Revision.deleted.is_(False),
            )
        )
        removed = int(getattr(result, "rowcount", 0) or 0)
    remaining = _live_items(db, collection_id)
    for item_id in found:
        audit.add("collection.purge", collection_id=collection_id, item_id=item_id)
    db.flush()
    return PurgeResponse(purged=found, revisions=removed, remaining_items=remaining)


def _live_items(db: Session, collection_id: str) -> int:
    """Items whose current revision in the collection is not a tombstone."""
    return db.scalar(
        select(func.count()).select_from(Item)
        .join(Revision, (Revision.collection_id == Item.collection_id)
              & (Revision.seq == Item.current_seq))
        .where(Item.collection_id == collection_id, Revision.deleted.is_(False))
    ) or 0


def retire_collection(
    db: Session, *, caller: Caller, audit: Audit, collection_id: str
) -> None:
    """A collection left with tombstones only loses its members and every wrapped key: its
    keys are gone for good, and it no longer appears in anyone's list."""
    collection, _membership = visible_collection(
        db, caller, audit, collection_id, "collection.retire", need="manage", lock=True
    )
    if not (caller.user.has_role("supervisor") or collection.created_by == caller.user.id):
        audit.add("collection.retire", collection_id=collection_id, outcome="forbidden")
        raise ApiError(403, "forbidden", "only a supervisor or its creator may retire it")
    left = db.scalar(
        select(func.count()).select_from(Revision).where(
            Revision.collection_id == collection_id, Revision.deleted.is_(False))
    )
    if left:
        raise ApiError(
            409,
            "not_empty",
            "the collection still holds records: move and purge them before retiring it",
            details={"revisions": left},
        )
    db.execute(delete(StoredWrappedKey).where(StoredWrappedKey.collection_id == collection_id))
    db.execute(delete(Membership).where(Membership.collection_id == collection_id))
    db.execute(delete(BlobRef).where(BlobRef.collection_id == collection_id))
    collection.needs_rotation = False
    db.flush()
    audit.add("collection.retire", collection_id=collection_id)


def delete_blob(
    db: Session,
    *,
    caller: Caller,
    audit: Audit,
    store: BlobStore,
    blob_id: str,
    collection_id: str,
    item_id: str,
) -> BlobDeleteResponse:
    """The blob's reference in the collection goes when the item is a tombstone there; the
    bytes go when no collection refers to the blob any more."""
    visible_collection(db, caller, audit, collection_id, "blob.delete", need="write",
                       item_id=item_id)
    org = caller.user.organisation_id
    current = db.execute(
        select(Revision.deleted)
        .join(Item, (Item.collection_id == Revision.collection_id)
              & (Item.current_seq == Revision.seq))
        .where(Item.collection_id == collection_id, Item.item_id == item_id)
    ).scalar_one_or_none()
    if current is None:
        raise audit.denied("blob.delete", collection_id=collection_id, item_id=item_id)
    if not current:
        audit.add("blob.delete", collection_id=collection_id, item_id=item_id,
                  blob_id=blob_id, outcome="refused")
        raise ApiError(409, "not_deleted",
                       "the record is not deleted: delete it before its files")
    blob = db.get(Blob, (org, blob_id), with_for_update=True)
    ref = db.get(BlobRef, (org, blob_id, collection_id))
    if blob is None or ref is None:
        raise audit.denied("blob.delete", collection_id=collection_id, blob_id=blob_id)
    db.delete(ref)
    db.flush()
    others = db.scalar(
        select(func.count()).select_from(BlobRef).where(
            BlobRef.organisation_id == org, BlobRef.blob_id == blob_id
        )
    )
    removed = not others
    if removed:
        db.delete(blob)
        db.flush()
        store.delete(org, blob_id)
    audit.add("blob.delete", collection_id=collection_id, item_id=item_id, blob_id=blob_id)
    return BlobDeleteResponse(blob_id=blob_id, removed=removed)
