"""Push and pull of sealed records (§5.3, §6).

The sequence of a collection is assigned under a row lock on the collection
(SELECT ... FOR UPDATE; BEGIN IMMEDIATE on SQLite) inside the transaction that inserts the
revisions, so a revision with a smaller seq can never become visible after a larger one:
a pull with since=N never skips anything.

Hot paths use Core rows, not ORM objects, and only lookups that go through an index
whatever plan PostgreSQL has cached (see :mod:`.queries`); a batch is written with one
multi-row INSERT for the revisions and one upsert for the items' current pointers.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from fieldapp.crypto.errors import SignatureError
from fieldapp.crypto.keys import verify
from fieldapp.crypto.manifests import record_digest, verify_manifest
from sync.protocol import (
    APPEND_ONLY_KINDS,
    MAX_RECORD_CIPHERTEXT,
    ChangesResponse,
    HistoryResponse,
    ManifestModel,
    ManifestRef,
    PushManifest,
    PushResponse,
    PushResult,
    SealedRecordModel,
    StoredRevision,
    b64encode,
)
from sync.server.errors import ApiError
from sync.server.models import Base, Revision
from sync.server.services import erasure, maintenance
from sync.server.services.access import collection_access, visible_collection
from sync.server.services.context import Audit, Caller
from sync.server.services.queries import (
    current_items,
    insert_rows,
    is_postgres,
    known_revisions,
    manifests_by_id,
    revisions_at,
)

MIN_CIPHERTEXT = 12 + 16
MAX_KEY_VERSION = 2**31 - 1  # the column's INTEGER
SIGNATURE_LEN = 64

REVISIONS = Base.metadata.tables["revisions"]
ITEMS = Base.metadata.tables["items"]
COLLECTIONS = Base.metadata.tables["collections"]
MANIFESTS = Base.metadata.tables["manifests"]
REVISION_COLUMNS = (
    Revision.seq,
    Revision.received_at,
    Revision.item_id,
    Revision.rev,
    Revision.base_rev,
    Revision.key_version,
    Revision.author_id,
    Revision.deleted,
    Revision.ciphertext,
    Revision.signature,
    Revision.manifest_id,
    Revision.manifest_index,
)


def stored_revision(row: Any) -> StoredRevision:
    """Rows were validated on their way in, so build without validating again (hot path)."""
    return StoredRevision.model_construct(
        seq=row.seq,
        received_at=row.received_at,
        record=SealedRecordModel.model_construct(
            item_id=row.item_id,
            rev=row.rev,
            base_rev=row.base_rev,
            key_version=row.key_version,
            author_id=row.author_id,
            deleted=row.deleted,
            ciphertext=bytes(row.ciphertext),
            signature=bytes(row.signature),
        ),
        manifest=None
        if row.manifest_id is None
        else ManifestRef.model_construct(id=row.manifest_id, index=row.manifest_index),
    )


def manifest_models(
    db: Session, collection_id: str, rows: Sequence[Any]
) -> list[ManifestModel]:
    """The manifests that sign these revision rows (one primary-key lookup each)."""
    ids = sorted({r.manifest_id for r in rows if r.manifest_id is not None})
    return [
        ManifestModel.model_construct(
            id=m.id, author_id=m.author_id, signature=bytes(m.signature),
            digests=bytes(m.digests),
        )
        for m in manifests_by_id(db, collection_id, ids)
    ]


def check_shape(item: SealedRecordModel, *, in_manifest: bool = False) -> None:
    if not 0 <= item.key_version <= MAX_KEY_VERSION:
        raise ApiError(400, "invalid_request", "key_version out of range")
    if item.deleted and item.ciphertext:
        raise ApiError(400, "invalid_request", "a tombstone carries no ciphertext")
    if not item.deleted and len(item.ciphertext) < MIN_CIPHERTEXT:
        raise ApiError(400, "invalid_request", "ciphertext too short")
    if len(item.ciphertext) > MAX_RECORD_CIPHERTEXT:
        raise ApiError(413, "too_large", "a record's ciphertext is limited to 1 MiB")
    if in_manifest:
        if item.signature:
            raise ApiError(400, "bad_signature", "records under a manifest carry no signature")
    elif len(item.signature) != SIGNATURE_LEN:
        raise ApiError(400, "bad_signature", "a signature is 64 bytes")
    if item.base_rev == item.rev:
        raise ApiError(400, "invalid_request", "a revision cannot be its own base")


def _verify_batch(
    caller: Caller,
    audit: Audit,
    collection_id: str,
    items: Sequence[SealedRecordModel],
    manifest: PushManifest | None,
) -> bytes | None:
    """Check who wrote the batch and that it is signed: by its manifest (returns the
    digests to store with it) or, without one, record by record (returns None)."""
    for item in items:
        if item.author_id != caller.user.id:
            audit.add("push", collection_id=collection_id, item_id=item.item_id, outcome="denied")
            raise ApiError(403, "author_mismatch", "records must be authored by the caller")
        check_shape(item, in_manifest=manifest is not None)
    sign_public = caller.user.sign_public
    if sign_public is None:
        raise ApiError(400, "bad_signature", "the caller has no signing key")
    if manifest is not None:
        return _verify_manifest(caller, audit, collection_id, items, manifest, sign_public)
    bad = _first_bad_signature(sign_public, collection_id, items)
    if bad is not None:
        audit.add("push", collection_id=collection_id, item_id=bad.item_id, outcome="bad_signature")
        raise ApiError(
            400,
            "bad_signature",
            "a record's signature does not verify; nothing was stored",
            details={"item_id": bad.item_id, "rev": bad.rev},
        )
    return None


def _verify_manifest(
    caller: Caller,
    audit: Audit,
    collection_id: str,
    items: Sequence[SealedRecordModel],
    manifest: PushManifest,
    sign_public: bytes,
) -> bytes:
    digests = b"".join(record_digest(item.to_crypto(collection_id)) for item in items)
    try:
        if len(manifest.signature) != SIGNATURE_LEN:
            raise SignatureError("a signature is 64 bytes")
        verify_manifest(sign_public, manifest.signature, collection_id, caller.user.id, digests)
    except SignatureError:
        audit.add("push", collection_id=collection_id,
                  item_id=items[0].item_id if items else None, outcome="bad_signature")
        raise ApiError(
            400, "bad_signature", "the batch's manifest does not verify; nothing was stored"
        ) from None
    return digests


VERIFY_CHUNK = 64
_pool: ThreadPoolExecutor | None = None
_pool_lock = threading.Lock()


def _verify_pool() -> ThreadPoolExecutor:
    global _pool
    with _pool_lock:
        if _pool is None:
            try:
                cores = len(os.sched_getaffinity(0))
            except AttributeError:  # not Linux
                cores = os.cpu_count() or 1
            _pool = ThreadPoolExecutor(max(1, cores), thread_name_prefix="fieldapp-verify")
        return _pool


def _first_bad(
    sign_public: bytes, collection_id: str, items: Sequence[SealedRecordModel]
) -> SealedRecordModel | None:
    for item in items:
        try:
            verify(sign_public, item.signature, item.to_crypto(collection_id).signed_message())
        except SignatureError:
            return item
    return None


def _first_bad_signature(
    sign_public: bytes, collection_id: str, items: Sequence[SealedRecordModel]
) -> SealedRecordModel | None:
    """The first record whose signature does not verify, or None. A batch is checked in
    chunks on a thread per core: `cryptography` releases the GIL while it verifies."""
    if len(items) < 2 * VERIFY_CHUNK:
        return _first_bad(sign_public, collection_id, items)
    chunks = [items[i : i + VERIFY_CHUNK] for i in range(0, len(items), VERIFY_CHUNK)]
    pool = _verify_pool()
    futures = [pool.submit(_first_bad, sign_public, collection_id, c) for c in chunks[1:]]
    results = [_first_bad(sign_public, collection_id, chunks[0])]
    results += [f.result() for f in futures]
    return next((bad for bad in results if bad is not None), None)


def push(
    db: Session,
    *,
    caller: Caller,
    audit: Audit,
    collection_id: str,
    items: Sequence[SealedRecordModel],
    manifest: PushManifest | None = None,
) -> PushResponse:
    """Store a batch: each item accepted (next seq), duplicate (that rev is stored) or
    conflict (the item's current rev is not its base_rev; the current revision returned).
    A record under an old key version makes the whole batch a 409 stale_key."""
    # Membership first (a non-member learns nothing, not even that a signature is bad),
    # then signature verification outside the lock, then the lock and a second look.
    collection_access(db, caller, audit, collection_id, "push", need="write")
    digests = _verify_batch(caller, audit, collection_id, items, manifest)
    coll = collection_access(db, caller, audit, collection_id, "push", need="write", lock=True)
    if coll.kind in APPEND_ONLY_KINDS:
        _refuse_rewrites(db, audit, collection_id, items)
    now = audit.now

    item_ids = list(dict.fromkeys(item.item_id for item in items))
    erasure.refuse_erased(db, audit, collection_id, item_ids)  # issue 14
    current = current_items(db, collection_id, item_ids)
    existing = dict(current)
    # A stored (item, rev) is either the item's current revision, or an older one looked
    # up by point lookups; an item not in `items` has no revision at all.
    known: dict[tuple[str, str], int] = {}
    probe: list[tuple[str, str]] = []
    for item in items:
        now_current = current.get(item.item_id)
        if now_current is None:
            continue
        if now_current[0] == item.rev:
            known[(item.item_id, item.rev)] = now_current[1]
        else:
            probe.append((item.item_id, item.rev))
    known.update(known_revisions(db, collection_id, list(dict.fromkeys(probe))))

    if any(
        (item.item_id, item.rev) not in known and item.key_version != coll.key_version
        for item in items
    ):
        raise ApiError(
            409,
            "stale_key",
            "the collection key was rotated; fetch the new key and re-encrypt",
            details={"current_key_version": coll.key_version},
        )

    seq = coll.last_seq
    new_rows: list[dict[str, object]] = []
    results: list[PushResult] = []
    conflicts: list[tuple[int, int]] = []  # (result index, current seq)
    manifest_id = coll.last_seq + 1 if digests is not None else None
    for index, item in enumerate(items):
        key = (item.item_id, item.rev)
        if key in known:
            results.append(PushResult.model_construct(
                item_id=item.item_id, rev=item.rev, status="duplicate", seq=known[key],
                current=None,
            ))
            continue
        now_current = current.get(item.item_id)
        if (now_current[0] if now_current else None) != item.base_rev:
            if now_current is not None:
                conflicts.append((len(results), now_current[1]))
            results.append(PushResult.model_construct(
                item_id=item.item_id, rev=item.rev, status="conflict", seq=None, current=None
            ))
            continue
        seq += 1
        known[key] = seq
        current[item.item_id] = (item.rev, seq)
        new_rows.append(
            {
                "collection_id": collection_id,
                "seq": seq,
                "organisation_id": coll.organisation_id,
                "item_id": item.item_id,
                "rev": item.rev,
                "base_rev": item.base_rev,
                "key_version": item.key_version,
                "author_id": item.author_id,
                "device_id": caller.device.id,
                "deleted": item.deleted,
                "ciphertext": item.ciphertext,
                "signature": item.signature,
                "received_at": now,
                "manifest_id": manifest_id,
                "manifest_index": None if manifest_id is None else index,
            }
        )
        results.append(
            PushResult.model_construct(item_id=item.item_id, rev=item.rev, status="accepted",
                                       seq=seq, current=None)
        )
    if new_rows:
        if manifest is not None and digests is not None:
            insert_rows(db, MANIFESTS, [{
                "collection_id": collection_id,
                "id": manifest_id,
                "organisation_id": coll.organisation_id,
                "author_id": caller.user.id,
                "signature": manifest.signature,
                "digests": digests,
                "received_at": now,
            }])  # fmt: skip
        _store(db, coll.organisation_id, collection_id, new_rows, current, existing)
        db.execute(
            update(COLLECTIONS)
            .where(COLLECTIONS.c.id == collection_id)
            .values(last_seq=seq)
        )
        maintenance.note_growth(db, before=coll.last_seq, after=seq)
    manifests: list[ManifestModel] = []
    if conflicts:
        rows = revisions_at(db, collection_id, [s for _, s in conflicts])
        for index, current_seq in conflicts:
            results[index] = results[index].model_copy(
                update={"current": stored_revision(rows[current_seq])}
            )
        manifests = manifest_models(db, collection_id, list(rows.values()))
    for result in results:
        audit.add(f"push.{result.status}", collection_id=collection_id, item_id=result.item_id)
    return PushResponse(results=results, last_seq=seq, manifests=manifests)


APPEND_ONLY_MESSAGE = (
    "entries of the access log are written once: they can't be changed or deleted, by anyone"
)


def _refuse_rewrites(
    db: Session, audit: Audit, collection_id: str, items: Sequence[SealedRecordModel]
) -> None:
    """An append-only collection (the access log) takes a first revision of a new item and
    nothing else: no revision on a base, no tombstone, no second revision of a stored item.
    Re-sending the stored first revision stays harmless (``duplicate``). The whole batch is
    refused with 409 ``append_only``; nothing is stored."""
    current = current_items(db, collection_id, list(dict.fromkeys(i.item_id for i in items)))
    for item in items:
        stored = current.get(item.item_id)
        if stored is not None and stored[0] == item.rev and item.base_rev is None:
            continue  # the same first revision again: a duplicate
        if item.deleted or item.base_rev is not None or stored is not None:
            audit.add("push", collection_id=collection_id, item_id=item.item_id,
                      outcome="append_only")
            raise ApiError(
                409,
                "append_only",
                APPEND_ONLY_MESSAGE,
                details={"item_id": item.item_id, "rev": item.rev},
            )


def _store(
    db: Session,
    organisation_id: str,
    collection_id: str,
    new_rows: list[dict[str, object]],
    current: dict[str, tuple[str, int]],
    existing: dict[str, tuple[str, int]],
) -> None:
    """One INSERT of the revisions, one upsert of the items that moved: a statement each,
    whatever the batch size."""
    insert_rows(db, REVISIONS, new_rows)
    moved = [
        {
            "collection_id": collection_id,
            "item_id": item_id,
            "organisation_id": organisation_id,
            "current_rev": rev,
            "current_seq": seq,
        }
        for item_id, (rev, seq) in current.items()
        if existing.get(item_id, (None, None))[1] != seq
    ]
    # Items new to the collection are plain inserts (COPY): the collection's row lock is
    # held, so no other push can add them meanwhile; the others move their pointer.
    insert_rows(db, ITEMS, [m for m in moved if m["item_id"] not in existing])
    insert_rows(
        db,
        ITEMS,
        [m for m in moved if m["item_id"] in existing],
        conflict=("collection_id", "item_id"),
        update=("current_rev", "current_seq"),
    )


def _changes_rows(
    db: Session, *, caller: Caller, audit: Audit, collection_id: str, since: int, limit: int
) -> tuple[Sequence[Any], int, bool, list[ManifestModel]]:
    collection_access(db, caller, audit, collection_id, "changes")
    rows = db.execute(
        select(*REVISION_COLUMNS)
        .where(Revision.collection_id == collection_id, Revision.seq > since)
        .order_by(Revision.seq)
        .limit(limit + 1)
    ).all()
    done = len(rows) <= limit
    rows = rows[:limit]
    manifests = manifest_models(db, collection_id, rows)
    audit.add("changes", collection_id=collection_id)
    return rows, rows[-1].seq if rows else since, done, manifests


def changes(
    db: Session, *, caller: Caller, audit: Audit, collection_id: str, since: int, limit: int
) -> ChangesResponse:
    """Revisions with seq > since in sequence order, at most `limit`, and whether that was
    all: one range scan of the (collection_id, seq) primary key."""
    rows, last_seq, done, manifests = _changes_rows(
        db, caller=caller, audit=audit, collection_id=collection_id, since=since, limit=limit
    )
    return ChangesResponse.model_construct(
        items=[stored_revision(r) for r in rows], last_seq=last_seq, done=done,
        manifests=manifests,
    )


def changes_json(
    db: Session, *, caller: Caller, audit: Audit, collection_id: str, since: int, limit: int
) -> bytes:
    """:func:`changes` serialised as ChangesResponse JSON straight from the rows: a page of
    1,000 revisions costs a few milliseconds, not one pydantic object per row. On
    PostgreSQL the database writes each revision's JSON (base64url included) in the same
    range scan, and the server only joins them."""
    if is_postgres(db):
        collection_access(db, caller, audit, collection_id, "changes")
        return _changes_json_pg(db, audit, collection_id, since, limit)
    rows, last_seq, done, manifests = _changes_rows(
        db, caller=caller, audit=audit, collection_id=collection_id, since=since, limit=limit
    )
    page = {
        "items": [_revision_json(r) for r in rows],
        "last_seq": last_seq,
        "done": done,
        "manifests": [
            {
                "id": m.id,
                "author_id": m.author_id,
                "signature": b64encode(m.signature),
                "digests": b64encode(m.digests),
            }
            for m in manifests
        ],
    }
    return json.dumps(page, separators=(",", ":")).encode()


CHANGES_PG = (
    "SELECT seq, received_at, item_id, rev, base_rev, key_version, author_id, deleted,"
    " ciphertext, signature, manifest_id, manifest_index"
    " FROM revisions WHERE collection_id = %s AND seq > %s ORDER BY seq LIMIT %s"
)
_ROW_JSON = (
    '{{"seq":{},"received_at":{!r},"record":{{"item_id":"{}","rev":"{}","base_rev":{},'
    '"key_version":{},"author_id":"{}","deleted":{},"ciphertext":"{}","signature":"{}"}},'
    '"manifest":{}}}'
).format


def _changes_json_pg(
    db: Session, audit: Audit, collection_id: str, since: int, limit: int
) -> bytes:
    """The page as JSON text built row by row from plain tuples: every value is a number,
    a boolean, base64url or an id validated as a UUID on its way in, so nothing needs
    escaping."""
    raw = db.connection().connection.driver_connection
    assert raw is not None
    with raw.cursor() as cursor:
        rows = cursor.execute(CHANGES_PG, (collection_id, since, limit + 1)).fetchall()
    done = len(rows) <= limit
    rows = rows[:limit]
    ids = sorted({r[10] for r in rows if r[10] is not None})
    manifests = [
        json.dumps({"id": m.id, "author_id": m.author_id, "signature": b64encode(m.signature),
                    "digests": b64encode(m.digests)}, separators=(",", ":"))
        for m in manifests_by_id(db, collection_id, ids)
    ]  # fmt: skip
    audit.add("changes", collection_id=collection_id)
    items = [
        _ROW_JSON(
            seq, received_at, item_id, rev, "null" if base_rev is None else f'"{base_rev}"',
            key_version, author_id, "true" if deleted else "false", b64encode(ciphertext),
            b64encode(signature),
            "null" if manifest_id is None else f'{{"id":{manifest_id},"index":{index}}}',
        )
        for (seq, received_at, item_id, rev, base_rev, key_version, author_id, deleted,
             ciphertext, signature, manifest_id, index) in rows
    ]  # fmt: skip
    last_seq = rows[-1][0] if rows else since
    return "".join((
        '{"items":[', ",".join(items), '],"last_seq":', str(last_seq),
        ',"done":', "true" if done else "false", ',"manifests":[', ",".join(manifests), "]}",
    )).encode()  # fmt: skip


def _revision_json(row: Any) -> dict[str, Any]:
    """One StoredRevision as JSON-ready values, fields in the model's order."""
    return {
        "seq": row.seq,
        "received_at": row.received_at,
        "record": {
            "item_id": row.item_id,
            "rev": row.rev,
            "base_rev": row.base_rev,
            "key_version": row.key_version,
            "author_id": row.author_id,
            "deleted": row.deleted,
            "ciphertext": b64encode(row.ciphertext),
            "signature": b64encode(row.signature),
        },
        "manifest": None
        if row.manifest_id is None
        else {"id": row.manifest_id, "index": row.manifest_index},
    }


def history(
    db: Session, *, caller: Caller, audit: Audit, collection_id: str, item_id: str
) -> HistoryResponse:
    visible_collection(db, caller, audit, collection_id, "history", item_id=item_id)
    rows = db.execute(
        select(*REVISION_COLUMNS)
        .where(Revision.collection_id == collection_id, Revision.item_id == item_id)
        .order_by(Revision.seq)
    ).all()
    if not rows:
        raise audit.denied("history", collection_id=collection_id, item_id=item_id)
    audit.add("history", collection_id=collection_id, item_id=item_id)
    return HistoryResponse.model_construct(
        item_id=item_id, revisions=[stored_revision(r) for r in rows],
        manifests=manifest_models(db, collection_id, rows),
    )
