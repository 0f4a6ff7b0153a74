"""Seal and push revisions; pull, verify and decrypt them (DESIGN.md §5.3, §6).

Every pulled revision is checked against its author's pinned Ed25519 key and decrypted
under the collection key of its version. Anything that does not verify raises
:class:`RecordRejected` naming the collection, item and revision — never the payload.

A batch is pushed with one signature: the manifest over the digests of its records
(:mod:`fieldapp.crypto.manifests`). A puller verifies each manifest once (with the keys
trusted for the time the server recorded each record) and each record by its digest at
its place in the manifest; records signed one by one (stored before manifests existed,
or pushed by an older client) are verified by their own signature, as before.
"""

from __future__ import annotations

import itertools
import os
import threading
import uuid
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from fieldapp.crypto.errors import CryptoError, DecryptionError, SignatureError
from fieldapp.crypto.manifests import digest_at, record_digest, sign_manifest, verify_manifest
from fieldapp.crypto.records import RecordOpener, SealedRecord, open_record, seal_record
from sync.client.auth import Auth
from sync.client.errors import Conflict, RecordRejected, ServerRestored
from sync.client.http import Http, JsonBody
from sync.client.keys import KeyDirectory, KeyRing
from sync.protocol import (
    DEFAULT_CHANGES_LIMIT,
    MAX_PUSH_ITEMS,
    ChangesResponse,
    HistoryResponse,
    ManifestModel,
    PushManifest,
    PushRequest,
    PushResponse,
    PushStatus,
    SealedRecordModel,
    StoredRevision,
    read_changes,
)


@dataclass(frozen=True)
class Change:
    """One new revision to push. `payload=None` deletes the item (a signed tombstone)."""

    item_id: str
    payload: dict[str, Any] | None
    base_rev: str | None = None  # the last revision the server acknowledged; None = new item
    rev: str = ""  # filled with a fresh UUID when empty; keep it in the outbox to re-send

    def with_rev(self) -> Change:
        if self.rev:
            return self
        return Change(self.item_id, self.payload, self.base_rev, str(uuid.uuid4()))


@dataclass(frozen=True)
class Revision:
    """A verified, decrypted revision."""

    collection_id: str
    seq: int
    received_at: float
    item_id: str
    rev: str
    base_rev: str | None
    author_id: str
    key_version: int
    deleted: bool
    payload: dict[str, Any] | None


@dataclass(frozen=True)
class PushOutcome:
    item_id: str
    rev: str
    status: PushStatus
    seq: int | None
    current: Revision | None  # for a conflict: the server's current revision, verified


@dataclass(frozen=True)
class Checkpoint:
    """The revision at the highest sequence number this device saw the server store in a
    collection. A server restored from an older backup no longer has it at that number:
    see :meth:`Records.server_still_has`."""

    seq: int
    rev: str


@dataclass(frozen=True)
class Page:
    revisions: list[Revision]
    last_seq: int
    done: bool

    @property
    def checkpoint(self) -> Checkpoint | None:
        """The last revision of the page (save it with the token), None for an empty page."""
        if not self.revisions:
            return None
        last = self.revisions[-1]
        return Checkpoint(last.seq, last.rev)


MIN_VERIFY_BATCH = 64  # smaller batches cost more in hand-offs than they save
VERIFIED_MANIFESTS = 256  # manifests remembered as verified (a batch spans pages)

Manifests = dict[int, ManifestModel]


def verify_workers() -> int:
    """Threads that verify a page: one per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def check_order(collection_id: str, items: Sequence[StoredRevision]) -> None:
    """RecordRejected unless the records of each manifest come in the order their author
    pushed them: the server stores a batch's accepted records at consecutive sequence
    numbers from the manifest's id, so a record's seq lies between its manifest's id and
    that id plus its index, and, in sequence order, indexes in one manifest only grow."""
    last: dict[int, int] = {}
    for stored in items:
        ref = stored.manifest
        if ref is None:
            continue
        before = last.get(ref.id, -1)
        if not ref.id <= stored.seq <= ref.id + ref.index or ref.index <= before:
            raise RecordRejected(
                collection_id=collection_id, item_id=stored.record.item_id,
                rev=stored.record.rev,
                reason="it is not where its author pushed it in the sequence: its "
                "signature did not verify",
            )
        last[ref.id] = ref.index


class Records:
    """Push and pull of one account's records.

    Pulled pages are verified and decrypted on ``workers`` threads (default: one per core),
    in batches: ``cryptography`` releases the GIL while it checks an Ed25519 signature or
    decrypts, so the cores verify in parallel without pickling anything to a process.
    """

    def __init__(
        self, http: Http, auth: Auth, directory: KeyDirectory, ring: KeyRing,
        *, workers: int | None = None,
    ) -> None:
        self.http, self.auth, self.directory, self.ring = http, auth, directory, ring
        self.workers = workers if workers is not None else verify_workers()
        self._pool: ThreadPoolExecutor | None = None
        self._pool_lock = threading.Lock()
        # (collection, manifest as served, key) that verified: a manifest whose records
        # come over two pages is checked once. Only ever read for the exact same bytes.
        self._verified: dict[tuple[str, int, str, bytes, bytes, bytes], None] = {}
        self._verified_lock = threading.Lock()

    def close(self) -> None:
        with self._pool_lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True)

    def _verify_pool(self) -> ThreadPoolExecutor:
        with self._pool_lock:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(
                    max_workers=max(1, self.workers - 1), thread_name_prefix="fieldapp-verify"
                )
            return self._pool

    # ------------------------------------------------------------------ push

    def seal(
        self, collection_id: str, change: Change, *, key_version: int, sign: bool = True
    ) -> SealedRecordModel:
        """One record, signed by itself (or, with ``sign=False``, left for a manifest)."""
        return SealedRecordModel.from_crypto(
            self._seal(collection_id, change, key_version=key_version, sign=sign)
        )

    def _seal(
        self, collection_id: str, change: Change, *, key_version: int, sign: bool
    ) -> SealedRecord:
        return seal_record(
            change.payload,
            collection_key=self.ring.key(collection_id, key_version),
            key_version=key_version,
            collection_id=collection_id,
            item_id=change.item_id,
            rev=change.rev,
            base_rev=change.base_rev,
            author_id=self.auth.user.id,
            author_keys=self.auth.require_keys(),
            sign=sign,
        )

    def sealed_batch(
        self, collection_id: str, changes: Sequence[Change], *, key_version: int
    ) -> PushRequest:
        """A push request: every change sealed, the batch signed once by its manifest."""
        sealed = [
            self._seal(collection_id, c, key_version=key_version, sign=False) for c in changes
        ]
        digests = b"".join(record_digest(r) for r in sealed)
        signature = sign_manifest(
            collection_id, self.auth.user.id, digests, self.auth.require_keys()
        )
        return PushRequest.model_construct(
            items=[SealedRecordModel.model_construct(
                item_id=r.item_id, rev=r.rev, base_rev=r.base_rev, key_version=r.key_version,
                author_id=r.author_id, deleted=r.deleted, ciphertext=r.ciphertext,
                signature=b"",
            ) for r in sealed],
            manifest=PushManifest.model_construct(signature=signature),
        )

    def push(
        self, collection_id: str, changes: Iterable[Change], *, batch_size: int = MAX_PUSH_ITEMS
    ) -> list[PushOutcome]:
        """Seal under the current key and push in batches. Safe to call again with the same
        changes (same `rev`): the server answers `duplicate` and stores nothing twice.

        With several batches, the next one is sealed and serialised on a helper thread
        while the server takes the current one, so the client's work and the server's
        overlap instead of adding up; batches are still sent one after the other, in
        order, each only after the server answered the one before."""
        pending = [c.with_rev() for c in changes]
        batches = [pending[i : i + batch_size] for i in range(0, len(pending), batch_size)]
        if len(batches) <= 1:
            return [o for batch in batches for o in self._push_batch(collection_id, batch)]
        outcomes: list[PushOutcome] = []
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="fieldapp-seal") as pool:
            ahead = self._seal_ahead(pool, collection_id, batches[0])
            for n, batch in enumerate(batches):
                version, body = ahead.result()
                if n + 1 < len(batches):
                    ahead = self._seal_ahead(pool, collection_id, batches[n + 1])
                outcomes.extend(self._push_batch(collection_id, batch, sealed=(version, body)))
        return outcomes

    def _seal_ahead(
        self, pool: ThreadPoolExecutor, collection_id: str, batch: Sequence[Change]
    ) -> Future[tuple[int, JsonBody]]:
        """Seal `batch` on the pool under the current key version. The key and the account
        keys are fetched here, on the calling thread: the helper only computes."""
        version = self.ring.current_version(collection_id)
        self.ring.key(collection_id, version)
        self.auth.require_keys()
        return pool.submit(lambda: (version, self._sealed_body(collection_id, batch, version)))

    def _sealed_body(self, collection_id: str, batch: Sequence[Change], version: int) -> JsonBody:
        request = self.sealed_batch(collection_id, batch, key_version=version)
        return JsonBody(request.model_dump_json().encode())

    def _push_batch(
        self, collection_id: str, batch: Sequence[Change],
        *, sealed: tuple[int, JsonBody] | None = None,
    ) -> list[PushOutcome]:
        for attempt in range(2):
            version = self.ring.current_version(collection_id)
            if sealed is not None and sealed[0] == version:
                body = sealed[1]  # sealed ahead under the key that is still current
            else:
                body = self._sealed_body(collection_id, batch, version)
            try:
                response = self.http.call(
                    "POST", f"/v1/collections/{collection_id}/push", PushResponse, body
                )
            except Conflict as exc:
                if exc.code != "stale_key" or attempt:
                    raise
                self.ring.refresh()  # the key was rotated: re-seal under the new version
                sealed = None
                continue
            manifests = {m.id: m for m in response.manifests}
            return [
                PushOutcome(
                    item_id=r.item_id,
                    rev=r.rev,
                    status=r.status,
                    seq=r.seq,
                    current=self.open(collection_id, r.current, manifests)
                    if r.current
                    else None,
                )
                for r in response.results
            ]
        raise AssertionError("unreachable")

    # ------------------------------------------------------------------ pull

    def fetch_page(self, collection_id: str, *, since: int, limit: int) -> ChangesResponse:
        """One raw page (not verified yet), read by :func:`sync.protocol.read_changes`."""
        response = self.http.request(
            "GET", f"/v1/collections/{collection_id}/changes",
            params={"since": since, "limit": limit},
        )
        return read_changes(response.content)

    def open_page(self, collection_id: str, page: ChangesResponse) -> Page:
        return Page(
            revisions=self.open_many(collection_id, page.items, page.manifests),
            last_seq=page.last_seq,
            done=page.done,
        )

    def open_many(
        self, collection_id: str, items: Sequence[StoredRevision],
        manifests: Sequence[ManifestModel] = (),
    ) -> list[Revision]:
        """Verify and decrypt `items` in order, in batches that the verify threads and the
        calling thread take one after the other as each is free (so no thread waits while
        another still has a queue). Raises the RecordRejected of the earliest item.
        `manifests` are those the answer listed with the items (see the module doc)."""
        if not items:
            return []
        check_order(collection_id, items)
        opener, signers = self._prepare(collection_id, items)
        by_id = {m.id: m for m in manifests}
        trusted = self._trusted_manifests(collection_id, items, by_id, signers)
        workers = self.workers
        if workers <= 1 or len(items) < 2 * MIN_VERIFY_BATCH:
            return self._open_batch(collection_id, items, opener, signers, by_id, trusted)
        size = max(MIN_VERIFY_BATCH, -(-len(items) // (4 * workers)))
        batches = [items[i : i + size] for i in range(0, len(items), size)]
        results: list[list[Revision] | BaseException | None] = [None] * len(batches)
        claim = itertools.count()  # next() on a count is atomic: each batch taken once

        def work() -> None:
            while (n := next(claim)) < len(batches):
                try:
                    results[n] = self._open_batch(
                        collection_id, batches[n], opener, signers, by_id, trusted
                    )
                except BaseException as exc:  # handed to the caller below, in item order
                    results[n] = exc

        pool = self._verify_pool()
        helpers = [pool.submit(work) for _ in range(min(workers - 1, len(batches) - 1))]
        work()
        for helper in helpers:
            helper.result()
        opened: list[Revision] = []
        for result in results:
            if isinstance(result, BaseException):
                raise result
            assert result is not None
            opened.extend(result)
        return opened

    def _prepare(
        self, collection_id: str, items: Sequence[StoredRevision]
    ) -> tuple[RecordOpener, dict[str, bytes]]:
        """On this thread: the collection keys and the authors' current keys a page needs,
        so the verify threads only read (and never pin the same key twice at once)."""
        versions = {s.record.key_version for s in items if not s.record.deleted}
        for version in sorted(versions):
            self.ring.key(collection_id, version)
        signers = {
            author: self.directory.sign_keys(author, None)[0]
            for author in sorted({s.record.author_id for s in items})
        }
        return RecordOpener(self.ring.versions(collection_id)), signers

    def _trusted_manifests(
        self, collection_id: str, items: Sequence[StoredRevision], manifests: Manifests,
        signers: dict[str, bytes],
    ) -> dict[int, ManifestModel]:
        """The manifests of `items` that verify with their author's current key (one
        signature each, on this thread); the others are left to :meth:`open`."""
        wanted = {s.manifest.id for s in items if s.manifest is not None}
        trusted: dict[int, ManifestModel] = {}
        for manifest_id in sorted(wanted):
            manifest = manifests.get(manifest_id)
            signer = signers.get(manifest.author_id) if manifest is not None else None
            if manifest is not None and signer is not None and self._manifest_verifies(
                collection_id, manifest, signer
            ):
                trusted[manifest_id] = manifest
        return trusted

    def _manifest_verifies(
        self, collection_id: str, manifest: ManifestModel, sign_public: bytes
    ) -> bool:
        key = (collection_id, manifest.id, manifest.author_id, bytes(sign_public),
               manifest.signature, manifest.digests)  # fmt: skip
        with self._verified_lock:
            if key in self._verified:
                return True
        try:
            verify_manifest(
                sign_public, manifest.signature, collection_id, manifest.author_id,
                manifest.digests,
            )
        except (SignatureError, ValueError):
            return False
        with self._verified_lock:
            self._verified[key] = None
            while len(self._verified) > VERIFIED_MANIFESTS:
                del self._verified[next(iter(self._verified))]
        return True

    def _open_batch(
        self, collection_id: str, batch: Sequence[StoredRevision], opener: RecordOpener,
        signers: dict[str, bytes], manifests: Manifests, trusted: dict[int, ManifestModel],
    ) -> list[Revision]:
        """The fast path: each author's current key (a manifest verified once), key
        schedules built once. Anything that does not open that way goes through
        :meth:`open` (retired keys, exact reasons)."""
        opened: list[Revision] = []
        for stored in batch:
            model = stored.record
            ref = stored.manifest
            try:
                if ref is None:
                    payload = opener.open(
                        model.to_crypto(collection_id),
                        author_sign_public=signers[model.author_id],
                    )
                else:
                    manifest = trusted.get(ref.id)
                    digest = digest_at(manifest.digests, ref.index) if manifest else None
                    if manifest is None or digest is None or manifest.author_id != model.author_id:
                        raise SignatureError("not under a trusted manifest")
                    payload = opener.open_digested(model.to_crypto(collection_id), digest)
            except (CryptoError, ValueError):
                opened.append(self.open(collection_id, stored, manifests))
                continue
            opened.append(self._revision(collection_id, stored, payload))
        return opened

    def pull_page(
        self, collection_id: str, *, since: int, limit: int = DEFAULT_CHANGES_LIMIT
    ) -> Page:
        """One page of revisions with seq > since, every one verified and decrypted."""
        return self.open_page(
            collection_id, self.fetch_page(collection_id, since=since, limit=limit)
        )

    def pull(
        self, collection_id: str, *, since: int = 0, limit: int = DEFAULT_CHANGES_LIMIT,
        checkpoint: Checkpoint | None = None,
    ) -> Iterator[Page]:
        """Pages until `done`; save `page.last_seq` (and `page.checkpoint`) after each one.
        With the saved `checkpoint`, raises ServerRestored before the first page when the
        server was restored from an older backup (see :meth:`fetch_after`).

        The next page is fetched in the background while this one is verified and
        decrypted, so the server's time and the client's checks overlap.
        """
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="fieldapp-pull") as pool:
            pending = pool.submit(
                self.fetch_after, collection_id, since=since, limit=limit, checkpoint=checkpoint
            )
            while True:
                raw = pending.result()
                if not raw.done:
                    pending = pool.submit(
                        self.fetch_page, collection_id, since=raw.last_seq, limit=limit
                    )
                yield self.open_page(collection_id, raw)
                if raw.done:
                    return

    def fetch_after(
        self, collection_id: str, *, since: int, limit: int, checkpoint: Checkpoint | None
    ) -> ChangesResponse:
        """:meth:`fetch_page`, checking on the way that the server still has `checkpoint`
        (ServerRestored otherwise). When the checkpoint is the token itself (the usual case
        after a round) the check costs nothing: the page is asked from one revision earlier
        and that revision is compared and dropped; otherwise one extra small request."""
        if checkpoint is None or checkpoint.seq <= 0:
            return self.fetch_page(collection_id, since=since, limit=limit)
        if checkpoint.seq != since:
            if not self.server_still_has(collection_id, checkpoint):
                raise ServerRestored(collection_id)
            return self.fetch_page(collection_id, since=since, limit=limit)
        page = self.fetch_page(collection_id, since=since - 1, limit=limit)
        first = page.items[0] if page.items else None
        if first is None or first.seq != checkpoint.seq or first.record.rev != checkpoint.rev:
            raise ServerRestored(collection_id)
        items = page.items[1:]
        return ChangesResponse(items=items, last_seq=page.last_seq if items else since,
                               done=page.done, manifests=page.manifests)

    def server_still_has(self, collection_id: str, checkpoint: Checkpoint) -> bool:
        """False when the server's sequence went backwards — it was restored from an older
        backup and lost what came after: the revision at ``checkpoint.seq`` is missing or
        another one. One small request; the sequence numbers alone cannot tell, since a
        restored server hands the lost numbers out again to new revisions.

        After False, resync from 0 and push again what the server lost (the desktop engine
        does both, ``sync.engine.restore``); a saved token is no longer valid."""
        page = self.fetch_page(collection_id, since=max(0, checkpoint.seq - 1), limit=1)
        return bool(page.items) and (
            page.items[0].seq == checkpoint.seq and page.items[0].record.rev == checkpoint.rev
        )

    def history(self, collection_id: str, item_id: str) -> list[Revision]:
        response = self.http.call(
            "GET", f"/v1/collections/{collection_id}/items/{item_id}/history", HistoryResponse
        )
        manifests = {m.id: m for m in response.manifests}
        check_order(collection_id, response.revisions)
        return [self.open(collection_id, stored, manifests) for stored in response.revisions]

    # ------------------------------------------------------------------ verify

    def open(
        self, collection_id: str, stored: StoredRevision, manifests: Manifests | None = None
    ) -> Revision:
        """Verify the author's signature (or the record's place in its manifest, one of
        `manifests`) and decrypt; RecordRejected on any failure."""
        model = stored.record
        record = model.to_crypto(collection_id)
        check_order(collection_id, [stored])

        def reject(reason: str) -> RecordRejected:
            return RecordRejected(
                collection_id=collection_id, item_id=model.item_id, rev=model.rev, reason=reason
            )

        key = None if model.deleted else self.ring.key(collection_id, model.key_version)
        manifest: ManifestModel | None = None
        digest: bytes | None = None
        if stored.manifest is not None:
            manifest = (manifests or {}).get(stored.manifest.id)
            if manifest is None:
                raise reject("the manifest that signs it was not sent: its signature did not "
                             "verify")
            digest = digest_at(manifest.digests, stored.manifest.index)
            if manifest.author_id != model.author_id or digest is None:
                raise reject("it is not in the manifest it names: its signature did not verify")
        payload: dict[str, Any] | None = None
        tried: list[bytes] = []
        for attempt in range(2):
            if attempt:
                # None of the pinned keys fits: check what the server serves now (once per
                # session), which raises KeyChanged if the author's current key changed and
                # pins retired keys seen for the first time.
                if self.directory.checked(model.author_id):
                    break
                self.directory.public_keys(model.author_id)
            candidates = [
                k
                for k in self.directory.sign_keys(model.author_id, stored.received_at)
                if k not in tried
            ]
            for sign_public in candidates:
                tried.append(sign_public)
                try:
                    if manifest is None or digest is None:
                        payload = open_record(
                            record, collection_key=key or b"\x00" * 32,
                            author_sign_public=sign_public,
                        )
                    elif not self._manifest_verifies(collection_id, manifest, sign_public):
                        continue
                    else:
                        opener = RecordOpener({model.key_version: key or b"\x00" * 32})
                        payload = opener.open_digested(record, digest)
                except SignatureError:
                    if manifest is not None:  # the manifest verified: the record was altered
                        raise reject(
                            "it does not match the author's signed manifest: its signature "
                            "did not verify"
                        ) from None
                    continue
                except DecryptionError:
                    raise reject("the ciphertext did not decrypt") from None
                except (CryptoError, ValueError):
                    raise reject("the payload is malformed") from None
                return self._revision(collection_id, stored, payload)
        raise reject(
            "the author's signature did not verify with any key trusted for the time "
            "the server recorded it"
        )

    @staticmethod
    def _revision(
        collection_id: str, stored: StoredRevision, payload: dict[str, Any] | None
    ) -> Revision:
        model = stored.record
        return Revision(
            collection_id=collection_id,
            seq=stored.seq,
            received_at=stored.received_at,
            item_id=model.item_id,
            rev=model.rev,
            base_rev=model.base_rev,
            author_id=model.author_id,
            key_version=model.key_version,
            deleted=model.deleted,
            payload=payload,
        )
