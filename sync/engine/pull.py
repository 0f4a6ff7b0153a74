"""Discover my collections and pull every one from its saved token.

A server collection is tied to its local key through its sealed metadata (``local_key``),
which only members can open. The rows of a page and the new token are committed in one
vault transaction, so a crash between pages repeats at most one page, harmlessly.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import select

from fieldapp.casework.search import forget_deleted_words
from fieldapp.local.sync_state import SyncCollection
from fieldapp.vault import Vault
from sync.client import Checkpoint, Page, SyncClient
from sync.engine import owned, restore, state
from sync.engine.apply import Applied, apply_page
from sync.protocol import MAX_CHANGES_LIMIT, CollectionInfo


def discover(vault: Vault, client: SyncClient) -> None:
    """Refresh my collection keys and map new server collections to local keys."""
    infos = sorted(client.collections(), key=lambda i: (i.created_at, i.id))
    with vault.session(read_only=True) as s:
        known = {c.server_id: c.local_key for c in s.scalars(select(SyncCollection))}
    found: dict[str, tuple[str, CollectionInfo]] = {}
    for info in infos:
        key = known.get(info.id)
        if key is None:
            meta = client.collection_meta(info.id) or {}
            key = meta.get("local_key") if isinstance(meta.get("local_key"), str) else None
            if key is not None and not owned.key_fits_creator(key, info):
                key = None  # an owned collection named after someone else: refused
        if key is not None and key not in found:
            found[key] = (info.id, info)
    with vault.session() as s:
        for key, (server_id, info) in found.items():
            state.upsert_collection(
                s, local_key=key, server_id=server_id,
                kind=key.split(":", 1)[0],  # the true kind: the server keeps less (issue 14)
                access=info.access, key_version=info.key_version,
            )


def pull_all(
    vault: Vault, client: SyncClient, *, me: str,
    progress: Callable[[int, int | None, str | None], None], cancelled: Callable[[], bool],
    result: Applied, page_size: int = MAX_CHANGES_LIMIT,
    checks: restore.RoundChecks | None = None,
) -> int:
    """Every collection from its token.

    A producer thread asks for the first page of every collection at once (most are empty
    in an incremental round), then verifies and decrypts pages, while this thread applies
    them to the vault (SQLite releases the GIL while it writes), one page and its token per
    transaction, in order per collection."""
    verified = checks.verified if checks is not None else set()
    with vault.session(read_only=True) as s:
        targets = [(c.local_key, c.server_id, c.last_seq,
                    _to_check(restore.checkpoint(s, c.local_key), c.last_seq,
                              c.local_key in verified))
                   for c in state.collections(s)]
    if not targets:
        return 0
    tokens = {key: since for key, _server_id, since, _cp in targets}
    acked = checks.acked if checks is not None else {}
    deferred: dict[str, Page] = {}
    pages: queue.Queue[tuple[str, Page] | BaseException | None] = queue.Queue(maxsize=3)
    stop = threading.Event()
    producer = threading.Thread(target=_produce, args=(client, targets, page_size, pages, stop),
                                name="fieldapp-pull-verify", daemon=True)
    producer.start()
    pulled = 0
    try:
        while True:
            item = pages.get()
            if item is None:
                break
            if isinstance(item, BaseException):
                raise item
            key, page = item
            if page.revisions and all(acked.get(r.rev) == r.seq for r in page.revisions):
                # Only our own revisions of this round coming back: the acknowledgement
                # already wrote everything they would; their token waits for one write.
                deferred[key] = page
                pulled += len(page.revisions)
                result.own += len(page.revisions)
            elif page.revisions or page.last_seq > tokens[key]:
                pulled += _apply(vault, key, page, me, result)
            # else: nothing new in that collection, no transaction to write the same token
            tokens[key] = max(tokens[key], page.last_seq)
            progress(pulled, None, key)
            if cancelled():
                break
    finally:
        if deferred:
            _save_tokens(vault, deferred)
        stop.set()
        while producer.is_alive():  # unblock a producer waiting on a full queue
            try:
                pages.get_nowait()
            except queue.Empty:
                producer.join(timeout=0.05)
    if "case_notes" in result.tombstoned:  # once for the round, not once per page
        result.tombstoned.discard("case_notes")
        with vault.session() as s:
            forget_deleted_words(s)
    return pulled


def _save_tokens(vault: Vault, pages: dict[str, Page]) -> None:
    """The tokens and checkpoints of pages that needed no row written, in one transaction
    (a crash before it only means pulling those pages again)."""
    with state.apply_session(vault) as s:
        for key, page in pages.items():
            row = s.get(SyncCollection, key)
            if row is not None:
                row.last_seq = max(row.last_seq, page.last_seq)
            if page.checkpoint is not None:
                restore.advance(s, key, page.checkpoint.seq, page.checkpoint.rev)


def _to_check(cp: Checkpoint | None, since: int, verified: bool) -> Checkpoint | None:
    """The checkpoint a first page must confirm: always when it is the token (free), else
    only when this round has not asked yet (a crash after a push acknowledgement)."""
    if cp is None or (verified and cp.seq != since):
        return None
    return cp


def _produce(client: SyncClient, targets: list[tuple[str, str, int, Checkpoint | None]],
             page_size: int,
             pages: queue.Queue[tuple[str, Page] | BaseException | None],
             stop: threading.Event) -> None:
    try:
        with ThreadPoolExecutor(max_workers=min(4, len(targets)),
                                thread_name_prefix="fieldapp-first-page") as pool:
            firsts = [pool.submit(client.records.fetch_after, server_id, since=since,
                                  limit=page_size, checkpoint=cp)
                      for _key, server_id, since, cp in targets]
            for (key, server_id, _since, _cp), future in zip(targets, firsts, strict=True):
                if stop.is_set():
                    return
                raw = future.result()
                pages.put((key, client.records.open_page(server_id, raw)))
                if raw.done:
                    continue
                for page in client.pull(server_id, since=raw.last_seq, limit=page_size):
                    if stop.is_set():
                        return
                    pages.put((key, page))
    except BaseException as exc:  # handed to the applying thread, which raises it
        pages.put(exc)
        return
    pages.put(None)


def _apply(vault: Vault, key: str, page: Page, me: str, result: Applied) -> int:
    """One page and its token, in one transaction."""
    with state.apply_session(vault) as s:
        applied = apply_page(s, key, page.revisions, me=me) if page.revisions else Applied()
        row = s.get(SyncCollection, key)
        if row is not None:
            row.last_seq = max(row.last_seq, page.last_seq)
        if page.checkpoint is not None:
            restore.advance(s, key, page.checkpoint.seq, page.checkpoint.rev)
    _add(result, applied)
    return len(page.revisions)


def _add(total: Applied, part: Applied) -> None:
    for name in ("new", "updated", "merged", "conflicts", "own", "skipped"):
        setattr(total, name, getattr(total, name) + getattr(part, name))
    total.tombstoned |= part.tombstoned
    if part.touched:  # what the page wrote: the round's change set (issue 12)
        if total.touched is None:
            total.touched = []
        total.touched.extend(part.touched)
        total.collections |= part.collections
