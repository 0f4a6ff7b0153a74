"""Erasure orders reach this device (issue 14, art. 17): purge, then confirm.

At the start of every round, before anything is pushed (an unsynced edit of an erased
record must not bring it back), the engine asks the server for the orders this device has
not confirmed. For each: one vault transaction purges the records, their sync state, drafts
and exports made here (fieldapp.gdpr.purge) and moves each touched collection's checkpoint
to a revision the server still has (its erased revisions are gone, which must not read as
a restored server); then the files go (attachments, thumbnails, exports), the WAL is
folded into the database, every pre-migration backup is purged the same way, and the
server is told. An order applied but not confirmed (a cut connection) is confirmed at the
next round (purging again changes nothing). A device that finds records of its own
referring to erased ones (a note written offline on an erased case file, a record the
supervisor could not read) purges them too and names them when it confirms; the server
erases them and asks the devices that had confirmed to apply the order once more.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldapp.gdpr import purge as gdpr_purge
from fieldapp.local.profile import get_setting, set_setting
from fieldapp.local.sync_state import SyncBase, SyncCollection
from fieldapp.vault import Vault
from fieldapp.vault.wipe import ATTACHMENTS_DIR
from sync.client import SyncClient
from sync.client import gdpr as gdpr_client
from sync.client.errors import NotFound
from sync.engine import restore, state
from sync.protocol import PendingErasure

log = logging.getLogger(__name__)
APPLIED_KEY = "gdpr:erasure:"


def apply_pending(vault: Vault, client: SyncClient) -> int:
    """Purge and confirm every pending order; returns how many were confirmed."""
    try:
        pending = gdpr_client.pending_erasures(client).orders
    except NotFound:  # a server from before erasure orders: nothing to apply
        return 0
    for order in pending:
        apply_order(vault, order)  # again too: an order can grow (dependents reported)
        with vault.session(read_only=True) as s:
            record = get_setting(s, key=APPLIED_KEY + order.id)
        dependents = [(c, i) for c, i in (record or {}).get("dependents", [])]
        gdpr_client.confirm_erasure(client, order.id, dependents)
        with vault.session() as s:
            record = dict(get_setting(s, key=APPLIED_KEY + order.id) or {})
            record["confirmed"] = True
            set_setting(s, key=APPLIED_KEY + order.id, value=record)
    return len(pending)


def apply_order(vault: Vault, order: PendingErasure) -> gdpr_purge.PurgeResult:
    item_ids = [t.item_id for t in order.items]
    touched = {t.collection_id for t in order.items}
    with state.apply_session(vault) as s:
        server_ids = {c.local_key: c.server_id for c in s.scalars(select(SyncCollection))}
        result = gdpr_purge.purge(s, item_ids=item_ids, blob_ids=order.blob_ids)
        keys = sorted({k for k, sid in server_ids.items() if sid in touched}
                      | {k for k, _i in result.dependents if k in server_ids})
        for key in keys:
            _move_checkpoint(s, key)
        # what of ours referred to erased records goes on the server too (ids only)
        dependents = [[server_ids[k], i] for k, i in result.dependents if k in server_ids]
        set_setting(s, key=APPLIED_KEY + order.id, value={
            "applied_at": datetime.now(UTC).isoformat(), "records": result.records,
            "dependents": dependents, "confirmed": False})
    gdpr_purge.shred_files(result.files, vault.folder / ATTACHMENTS_DIR)
    gdpr_purge.checkpoint(vault.engine)
    for backup in sorted(vault.folder.glob(f"{vault.db_path.name}.before-*.bak")):
        engine = vault.copy_engine(backup)
        try:
            gdpr_purge.purge_copy(engine, item_ids=item_ids, blob_ids=order.blob_ids)
        except Exception as exc:  # an unreadable copy can't hold anything readable either
            log.warning("erasure: a backup copy could not be purged (%s)", type(exc).__name__)
        finally:
            engine.dispose()
    log.info("erasure order applied: %d records", result.records)
    return result


def _move_checkpoint(session: Session, local_key: str) -> None:
    """The checkpoint of `local_key` at the newest revision this vault agrees on that the
    server still has (the erased items' revisions are gone), or none."""
    newest = session.execute(
        select(SyncBase.seq, SyncBase.rev)
        .where(SyncBase.collection_key == local_key, SyncBase.seq > 0)
        .order_by(SyncBase.seq.desc()).limit(1)).first()
    count = session.scalar(select(func.count()).select_from(SyncBase)
                           .where(SyncBase.collection_key == local_key))
    state.meta_set(session, restore.PREFIX + local_key,
                   [int(newest[0]), str(newest[1])] if newest is not None and count else None)
