"""What must be gone, made gone (issue 14), around a round:

before the push
- `forget_lost`: a restricted collection this laptop may no longer read (the author ended
  a share, the old per-site collection was retired) is dropped with every row of it;
- `migrate`: my restricted notes of the old per-site collection move into my own, my
  access-log entries into my own append-only collection;

after the push
- `purge_moved`: the old revisions of records that moved to a collection fewer people
  read are deleted on the server (I authored them, or I am a supervisor);
- `retire_legacy` (a supervisor): an old per-site restricted collection that nothing is
  left in loses its members and keys for good;
- `delete_blobs`: the blobs of deleted photos are deleted on the server, and the files
  and keys of photos deleted elsewhere leave this laptop.

Every step is best effort: a refusal is kept for the next round and never fails this one.
"""

from __future__ import annotations

import logging
import time

from sqlalchemy import delete, select

from fieldapp.attachments import files as attachments
from fieldapp.audit.access_log import migrate_entries
from fieldapp.casework.restricted import is_legacy, migrate_legacy
from fieldapp.local.sync_state import SyncBase, SyncBlob, SyncCollection
from fieldapp.records import moves
from fieldapp.records.payload import synced_models
from fieldapp.vault import Vault
from sync.client import SyncClient
from sync.client.errors import ApiError, NotFound
from sync.engine import closeout, keycheck, owned, restore, state
from sync.engine.apply import Applied

log = logging.getLogger(__name__)


# Kinds whose collection leaves this laptop, rows, files and key, when the server no
# longer lists it for me: restricted notes whose share ended, and a renovation project
# closed out whose members were removed (issue 17 item 7).
FORGOTTEN_KINDS = ("casework-restricted", "renovation")


def forget_lost(vault: Vault, client: SyncClient, *, me: str,
                result: Applied | None = None) -> int:
    """Drop the restricted and renovation collections not listed for me any more, with
    their rows (and, for a project, its photos' and signatures' files). The rows dropped
    join `result`'s change set, so the screens showing them read again."""
    listed = set(client.keyring.collections)
    with vault.session(read_only=True) as s:
        lost = [c.local_key for c in state.collections(s)
                if c.kind in FORGOTTEN_KINDS and c.server_id not in listed
                and not owned.is_own_key(c.local_key, me)]
    if not lost:
        return 0
    with state.apply_session(vault) as s:
        for key in lost:
            attachments.forget_collection(s, key)
            for model in synced_models():
                table = model.__table__
                if result is not None:
                    ids = list(s.scalars(select(table.c.id).where(table.c.collection_id == key)))
                    if ids:
                        result.touched = (result.touched or []) + [(table.name, i) for i in ids]
                        result.collections.add(key)
                s.execute(delete(table).where(table.c.collection_id == key))
            s.execute(delete(SyncBase).where(SyncBase.collection_key == key))
            s.execute(delete(SyncBlob).where(SyncBlob.collection_key == key))
            s.execute(delete(SyncCollection).where(SyncCollection.local_key == key))
            state.meta_set(s, restore.PREFIX + key, None)
    return len(lost)


def migrate(vault: Vault, *, me: str) -> int:
    """Move my old restricted notes and access-log entries where they belong now."""
    with vault.session() as s:
        return migrate_legacy(s, actor_id=me) + migrate_entries(s, actor_id=me)


def purge_moved(vault: Vault, client: SyncClient) -> int:
    """Purge the old revisions of moved records whose move reached the server."""
    with vault.session(read_only=True) as s:
        todo: dict[str, list[str]] = {}
        for old_key, item_id in moves.pending(s):
            base = s.get(SyncBase, item_id)
            if base is not None and base.collection_key == old_key:
                continue  # the tombstone in the old collection is not acknowledged yet
            todo.setdefault(old_key, []).append(item_id)
        servers = {c.local_key: c.server_id for c in state.collections(s)}
    purged = 0
    for old_key, items in todo.items():
        server_id = servers.get(old_key)
        try:
            if server_id is not None:
                purged += len(client.purge_items(server_id, items).purged)
        except ApiError as exc:
            if exc.status not in (403, 404):
                raise
            log.warning("purge refused: %s", exc.code)  # not mine to purge, or gone
        with vault.session() as s:
            moves.done(s, [(old_key, i) for i in items])
    return purged


def retire_legacy(vault: Vault, client: SyncClient) -> int:
    """A supervisor retires each old per-site restricted collection left empty here."""
    with vault.session(read_only=True) as s:
        candidates = []
        for c in state.collections(s):
            if not is_legacy(c.local_key) or c.access != "manage":
                continue
            left = any(s.execute(select(m.__table__.c.id).where(
                m.__table__.c.collection_id == c.local_key).limit(1)).first()
                for m in synced_models())
            if not left:
                candidates.append(c.server_id)
    retired = 0
    for server_id in candidates:
        try:
            client.retire_collection(server_id)
            retired += 1
        except ApiError as exc:
            if exc.status not in (403, 404, 409):
                raise
    return retired


def delete_blobs(vault: Vault, client: SyncClient) -> int:
    """Deleted photos: their files and keys leave this laptop; their blobs the server."""
    with vault.session() as s:
        attachments.purge_deleted(s)
        pending = attachments.pending_server_deletions(s)
        servers = {c.local_key: c.server_id for c in state.collections(s)}
    deleted = 0
    for item in pending:
        server_id = servers.get(item.collection_id)
        if server_id is None:
            continue
        for blob_id in item.blob_ids:
            try:
                client.delete_blob(blob_id, collection_id=server_id, item_id=item.attachment_id)
                deleted += 1
            except NotFound:
                pass  # never uploaded, or deleted already (by another device)
            except ApiError as exc:
                if exc.status != 403:
                    raise
        with vault.session() as s:
            attachments.server_deleted(s, attachment_id=item.attachment_id)
    return deleted


def before_push(vault: Vault, client: SyncClient, *, me: str,
                result: Applied | None = None) -> None:
    forget_lost(vault, client, me=me, result=result)
    owned.withdraw_earlier_grants(vault, client, me=me)  # once, after vault migration 1460
    migrate(vault, me=me)


def after_push(vault: Vault, client: SyncClient, *, me: str, role: str) -> None:
    supervisor = role == "supervisor" or "supervisor" in (
        getattr(client.user, "roles", None) or [])
    if supervisor and owned.names_missing(vault):
        owned.refresh_supervisors(vault, client, now=time.time(), force=True)
    keycheck.check_served(vault, client)  # a changed key is said, never silent (item 7)
    owned.ensure_members(vault, client, me=me, now=time.time())
    owned.rotate_waiting(vault, client)
    purge_moved(vault, client)
    if supervisor:
        retire_legacy(vault, client)
        closeout.remove_members_of_archived(vault, client)  # issue 17: a project closed out
    delete_blobs(vault, client)
