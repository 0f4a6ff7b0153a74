"""A server restored from an older backup (issue 13, item 7): notice it, resync, push again.

What a restore does to a laptop: the server's per-collection sequence goes back to the
backup's; the laptop's token is ahead of it. Before this module a pull with that token got
an empty page (``since`` beyond the head is not an error), so the laptop silently stayed
ahead: revisions other people pushed after the restore under the re-used numbers at or
below its token were never pulled, and its own revisions the server lost — acknowledged,
so clean here — were never sent again.

How it is noticed: per collection the vault keeps a *checkpoint* (``sync_meta``
``checkpoint:<local key>`` = ``[seq, rev]``), the revision at the highest sequence number
this laptop saw the server store, from pulls and from push acknowledgements, saved in the
same transaction as the rows and the token. A restored server no longer has that revision
at that number. Before a round pushes to a collection it asks (one small request per
collection pushed to, in parallel); a pull asks its first page from one revision before
the token and compares that revision (free). Sequence numbers alone cannot tell, because a
restored server hands the lost numbers out again. No server change is needed, and a
restore done by hand (``pg_restore``) is noticed as well.

What then happens to such a collection, before anything is pushed or pulled:

1. every revision id the server still has is listed (one unverified pass over the pages;
   it only decides what to send again — what is applied is verified by the normal pull);
2. in one vault transaction: an item whose agreed revision (``sync_base``) the server
   still has gets that revision's new sequence number; an item whose agreed revision the
   server lost is made dirty again (a new revision id when it was clean), based on the
   server's latest revision of that item or as a new item, so the push that follows sends
   it again (where this account may write; every laptop that holds the record does so,
   so a record survives if any of them has it); the token goes back to 0 and the
   checkpoint is dropped;
3. the round goes on as usual: push (the lost records go back to the server), then a pull
   from 0 that brings everything else and sees the re-sent records as our own.

Nothing typed here is lost and nothing is duplicated (item ids stay, revision ids are
new), and the files those records refer to are uploaded again (the server answers at
once for those its restored blob store still has). A record the server lost whose latest
server revision was written by someone else after the restore is sent on top of it: our
state wins, theirs stays in the item's history.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.local.sync_state import SyncBase, SyncBlob, SyncCollection
from fieldapp.records.base import new_id
from fieldapp.records.payload import model_for_table
from fieldapp.vault import Vault
from fieldapp.vault.wipe import ATTACHMENTS_DIR
from sync.client import Checkpoint, SyncClient
from sync.client.errors import NotFound
from sync.engine import blobs, state
from sync.protocol import MAX_CHANGES_LIMIT

log = logging.getLogger(__name__)
PREFIX = "checkpoint:"


def checkpoint(session: Session, local_key: str) -> Checkpoint | None:
    value = state.meta_get(session, PREFIX + local_key)
    if not value:
        return None
    return Checkpoint(int(value[0]), str(value[1]))


def advance(session: Session, local_key: str, seq: int | None, rev: str) -> None:
    """Move the checkpoint to (seq, rev) when that is further than the saved one."""
    if not seq:
        return
    saved = checkpoint(session, local_key)
    if saved is None or seq > saved.seq:
        state.meta_set(session, PREFIX + local_key, [seq, rev])


@dataclass
class RoundChecks:
    """What one round already knows: the collections whose checkpoint the server was
    asked about (or that were resynced), how many records it sends again, and the
    revisions the server acknowledged (the pull need not apply them again)."""

    verified: set[str] = field(default_factory=set)
    restored: int = 0
    acked: dict[str, int] = field(default_factory=dict)  # rev -> seq the server gave it

    def ensure(self, vault: Vault, client: SyncClient, keys: Iterable[str]) -> bool:
        """Before pushing to `keys`: ask the server about each checkpoint not checked yet
        this round (in parallel) and recover every restored collection. True when one was
        recovered (rows were made dirty: gather again)."""
        todo = [k for k in keys if k not in self.verified]
        lost = restored_collections(vault, client, todo) if todo else []
        self.verified.update(todo)
        for key, server_id in lost:
            self.restored += recover(vault, client, key, server_id)
        return bool(lost)

    def recover_server_id(self, vault: Vault, client: SyncClient, server_id: str) -> bool:
        """After ServerRestored from a pull of that server collection; False when this
        vault does not know the collection."""
        with vault.session(read_only=True) as s:
            row = s.scalar(select(SyncCollection).where(SyncCollection.server_id == server_id))
            key = row.local_key if row is not None else None
        if key is None:
            return False
        self.restored += recover(vault, client, key, server_id)
        self.verified.add(key)
        return True


def restored_collections(vault: Vault, client: SyncClient,
                         keys: Iterable[str] | None = None) -> list[tuple[str, str]]:
    """(local key, server id) of the collections (all, or those of `keys`) whose server
    lost revisions we saw: one small request per collection with a checkpoint."""
    wanted = set(keys) if keys is not None else None
    with vault.session(read_only=True) as s:
        targets = [(c.local_key, c.server_id, cp) for c in state.collections(s)
                   if (wanted is None or c.local_key in wanted)
                   and (cp := checkpoint(s, c.local_key)) is not None]
    if not targets:
        return []

    def lost(target: tuple[str, str, Checkpoint]) -> bool:
        try:
            return not client.server_still_has(target[1], target[2])
        except NotFound:
            return False  # gone or no longer mine: the pull says so as before
    with ThreadPoolExecutor(max_workers=min(4, len(targets)),
                            thread_name_prefix="fieldapp-restore-check") as pool:
        flags = list(pool.map(lost, targets))
    return [(key, server_id) for (key, server_id, _), flag in zip(targets, flags, strict=True)
            if flag]


def server_revisions(client: SyncClient, server_id: str, deleted: set[str] | None = None
                     ) -> tuple[dict[str, dict[str, int]], dict[str, tuple[int, str]]]:
    """Every revision id the server has per item (with its seq) and each item's latest;
    `deleted` collects the items whose latest revision is a tombstone."""
    revs: dict[str, dict[str, int]] = {}
    latest: dict[str, tuple[int, str]] = {}
    gone = deleted if deleted is not None else set()
    since = 0
    while True:
        page = client.records.fetch_page(server_id, since=since, limit=MAX_CHANGES_LIMIT)
        for stored in page.items:
            item, rev = stored.record.item_id, stored.record.rev
            revs.setdefault(item, {})[rev] = stored.seq
            latest[item] = (stored.seq, rev)
            if stored.record.deleted:
                gone.add(item)
            else:
                gone.discard(item)
        since = page.last_seq
        if page.done:
            return revs, latest


def recover(vault: Vault, client: SyncClient, local_key: str, server_id: str) -> int:
    """Prepare one restored collection for the round's push and pull (see the module
    docstring); returns how many records will be sent again."""
    deleted: set[str] = set()
    revs, latest = server_revisions(client, server_id, deleted)
    resend = 0
    with state.apply_session(vault) as s:
        row = s.get(SyncCollection, local_key)
        writable = row is not None and row.access in ("write", "manage")
        files: set[str] = set()
        for base in list(s.scalars(select(SyncBase).where(SyncBase.collection_key == local_key))):
            kept = revs.get(base.item_id, {})
            if base.rev in kept:
                base.seq = kept[base.rev]
                continue
            if base.item_id in deleted:
                # Deleted or moved away there, its content purged (issue 14): not lost
                # to a restore. The pull from 0 applies the tombstone; nothing goes back.
                continue
            resend += _send_again(s, local_key, base, latest.get(base.item_id),
                                  writable=writable, blob_ids=files)
        if row is not None:
            row.last_seq = 0
        state.meta_set(s, PREFIX + local_key, None)
        _upload_again(s, local_key, files)
    log.warning("sync server restored from an older backup: collection resynced, "
                "%d records to send again", resend)
    return resend


def _send_again(session: Session, local_key: str, base: SyncBase,
                latest: tuple[int, str] | None, *, writable: bool, blob_ids: set[str]) -> int:
    model = model_for_table(base.table_name)
    row: Any = session.get(model, base.item_id) if model is not None else None
    if latest is None:
        session.delete(base)  # the server has no revision of it left: a new item again
    else:
        base.seq, base.rev = latest  # the merge base keeps our last agreed payload
    if row is None or row.collection_id != local_key or not writable:
        return 0  # nothing to send from here: read-only, unknown table, or the item moved
    if not row.dirty:
        row.rev, row.dirty = new_id(), True
    row.base_rev = latest[1] if latest is not None else None
    blob_ids.update(v for c in blobs.blob_columns(model)
                    if isinstance(v := getattr(row, c), str) and len(v) == 64)
    return 1


def _upload_again(session: Session, local_key: str, blob_ids: set[str]) -> None:
    """The files of re-sent records go up again too (the restored blob store may lack
    them; for those it still has, the server answers "done" at once)."""
    if not blob_ids:
        return
    known = {b.blob_id: b for b in session.scalars(
        select(SyncBlob).where(SyncBlob.blob_id.in_(sorted(blob_ids))))}
    for blob_id in sorted(blob_ids):
        entry = known.get(blob_id)
        if entry is None:
            session.add(SyncBlob(blob_id=blob_id, collection_key=local_key, direction="up",
                                 ref={}, path=f"{ATTACHMENTS_DIR}/{blob_id}", done=False,
                                 attempts=0))
        else:
            entry.direction, entry.done, entry.collection_key = "up", False, local_key
