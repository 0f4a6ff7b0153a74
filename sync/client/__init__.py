"""Headless sync client: the library the desktop app uses to talk to the sync server.

Everything the server receives is ciphertext or a signature (DESIGN.md §5); everything the
client accepts from the server is verified before use. Typical use::

    client = SyncClient("https://sync.example.org", ca_bundle="/etc/org-ca.pem")
    client.login(email=..., passphrase=..., device_name="laptop-12")
    if client.clock_skew:                      # > 5 minutes off the server's clock
        show(client.clock_skew.message)
    for info in client.collections():          # fetches and unwraps my collection keys
        since = saved_token(info.id)
        for page in client.pull(info.id, since=since, checkpoint=saved_checkpoint(info.id)):
            apply(page.revisions)              # verified + decrypted Revision objects
            save_token(info.id, page.last_seq, page.checkpoint)  # after every page
    # ServerRestored: the server went back to an older backup; resync from 0 and push again
    # what it lost (client.server_still_has(cid, checkpoint) asks without pulling)
    outcomes = client.push(cid, [Change(item_id, payload, base_rev=..., rev=...)])
    # outcome.status: "accepted" | "duplicate" (harmless re-send) | "conflict" (.current)

Supervisors: ``create_collection``, ``add_member(..., verified_fingerprint=...)`` (the code
compared in person; a mismatch grants nothing), ``remove_member`` (revokes and rotates),
``team_devices`` / ``revoke_team_device`` (a field worker's lost device, optionally wiped
at its next contact).
Blobs: ``put_file`` → :class:`BlobRef` (keep it inside the encrypted record), ``get_file``.

Trust: a collection key is wrapped only for a colleague's key verified on this device
(``safety_number`` / ``confirm_safety_number``, or the enrolment code typed in
``add_member``); otherwise :class:`NotVerified` and nothing is sent. Public keys are
pinned on first sight in ``pins`` (:class:`PinnedKeys`; the desktop
persists them in its vault). A changed key raises :class:`KeyChanged` until the new
fingerprint is checked in person and passed to :meth:`SyncClient.accept_new_keys`.
Keys a user had before a re-enrolment (the server's ``previous_keys``) are pinned with
their validity window at the same moments and verify only revisions the server recorded
inside that window; a later change to that list raises :class:`RetiredKeysChanged`.

Errors are typed (``sync.client.errors``): ``ApiError`` subclasses carry the server's
``code``/``message``; ``IntegrityError`` subclasses (``RecordRejected``, ``KeyChanged``,
``WrappedKeyRejected``, ``BlobRejected``) mean something did not verify and must never be
ignored; ``SessionEnded``/``DeviceWiped`` mean log in again / wipe. No message contains a
payload, key or passphrase. The client is not meant to be shared between threads while a
login or logout runs; token refresh itself is thread-safe.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import requests

from fieldapp.crypto.kdf import KdfParams
from fieldapp.crypto.keys import AccountKeys, PublicKeys
from sync.client.auth import Auth, Tokens
from sync.client.blobs import BlobRef, Blobs
from sync.client.errors import (
    ApiError,
    BlobRejected,
    ClockSkewError,
    FingerprintMismatch,
    IntegrityError,
    KeyChanged,
    MissingKey,
    NotVerified,
    RecordRejected,
    RetiredKeysChanged,
    ServerRestored,
    SessionEnded,
    SyncError,
)
from sync.client.http import ClockSkew, Http, RetryPolicy
from sync.client.keys import KeyDirectory, KeyRing
from sync.client.members import Members
from sync.client.pins import InMemoryPinnedKeys, PinnedKeys, RetiredKey
from sync.client.records import Change, Checkpoint, Page, PushOutcome, Records, Revision
from sync.protocol import (
    Access,
    BlobDeleteRequest,
    BlobDeleteResponse,
    CollectionInfo,
    CollectionKind,
    DeviceInfo,
    DeviceListResponse,
    MemberInfo,
    MembersResponse,
    MeResponse,
    OkResponse,
    PurgeRequest,
    PurgeResponse,
    RevokeDeviceRequest,
    UserInfo,
    UserListResponse,
)

__all__ = [
    "ApiError",
    "BlobRef",
    "BlobRejected",
    "Change",
    "Checkpoint",
    "ClockSkew",
    "ClockSkewError",
    "FingerprintMismatch",
    "InMemoryPinnedKeys",
    "IntegrityError",
    "KeyChanged",
    "MissingKey",
    "NotVerified",
    "Page",
    "PinnedKeys",
    "PushOutcome",
    "RecordRejected",
    "RetiredKey",
    "RetiredKeysChanged",
    "RetryPolicy",
    "Revision",
    "ServerRestored",
    "SessionEnded",
    "SyncClient",
    "SyncError",
    "Tokens",
]


class SyncClient:
    """One account on one device talking to one sync server."""

    def __init__(
        self,
        base_url: str,
        *,
        pins: PinnedKeys | None = None,
        ca_bundle: str | None = None,
        timeout: float | tuple[float, float] = (5.0, 60.0),
        retry: RetryPolicy | None = None,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
        on_clock_skew: Callable[[ClockSkew], None] | None = None,
        on_tokens: Callable[[Tokens | None], None] | None = None,
        session: requests.Session | None = None,
        blob_piece_size: int | None = None,
        verify_workers: int | None = None,
    ) -> None:
        self.http = Http(
            base_url,
            timeout=timeout,
            ca_bundle=ca_bundle,
            retry=retry,
            clock=clock,
            sleep=sleep,
            on_clock_skew=on_clock_skew,
            session=session,
        )
        self.auth = Auth(self.http, on_tokens=on_tokens)
        self.pins: PinnedKeys = pins if pins is not None else InMemoryPinnedKeys()
        self.directory = KeyDirectory(self.http, self.pins)
        self.keyring = KeyRing(self.http, self.directory)
        self.members = Members(self.http, self.auth, self.directory, self.keyring)
        self.records = Records(
            self.http, self.auth, self.directory, self.keyring, workers=verify_workers
        )
        self.blobs = Blobs(
            self.http, **({"piece_size": blob_piece_size} if blob_piece_size else {})
        )

    def close(self) -> None:
        self.records.close()
        self.http.close()

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ session

    def enrol(
        self,
        *,
        email: str,
        enrolment_code: str,
        passphrase: str,
        device_name: str,
        kdf_params: KdfParams | None = None,
    ) -> UserInfo:
        self.auth.enrol(
            email=email,
            enrolment_code=enrolment_code,
            passphrase=passphrase,
            device_name=device_name,
            kdf_params=kdf_params,
        )
        return self._after_login()

    def login(
        self, *, email: str, passphrase: str, device_name: str, device_id: str | None = None
    ) -> UserInfo:
        self.auth.login(
            email=email, passphrase=passphrase, device_name=device_name, device_id=device_id
        )
        return self._after_login()

    def resume(self, tokens: Tokens, account_keys: AccountKeys) -> UserInfo:
        """Continue a session kept in the desktop vault (no passphrase round trip)."""
        self.auth.resume(tokens, account_keys)
        return self._after_login()

    def _after_login(self) -> UserInfo:
        user = self.auth.user
        keys = self.auth.require_keys()
        self.directory.forget_cache()
        self.directory.pin_own(user.id, keys.public)
        self.keyring.clear()
        self.keyring.bind(user.id, keys)
        return user

    def logout(self) -> None:
        try:
            self.auth.logout()
        finally:
            self.keyring.clear()
            self.directory.forget_cache()

    def refresh_session(self) -> None:
        self.auth.refresh()

    @property
    def user(self) -> UserInfo:
        return self.auth.user

    @property
    def device_id(self) -> str | None:
        return self.auth.tokens.device_id if self.auth.tokens else None

    def me(self) -> MeResponse:
        return self.http.call("GET", "/v1/me", MeResponse)

    @property
    def clock_skew(self) -> ClockSkew | None:
        """Set when the last response showed the local clock > 5 minutes off."""
        return self.http.clock_skew

    def check_clock(self) -> None:
        self.http.check_clock()

    # ------------------------------------------------------------------ people and trust

    def users(self) -> UserListResponse:
        return self.http.call("GET", "/v1/users", UserListResponse)

    # ------------------------------------------------------------------ devices

    def my_devices(self) -> list[DeviceInfo]:
        return list(self.http.call("GET", "/v1/devices", DeviceListResponse).devices)

    def team_devices(self) -> list[DeviceInfo]:
        """Supervisor: the devices of my organisation's field workers, and mine."""
        return list(self.http.call("GET", "/v1/team/devices", DeviceListResponse).devices)

    def revoke_team_device(self, device_id: str, *, wipe: bool) -> DeviceInfo:
        """Supervisor: revoke a field worker's (or my own) device; with `wipe` it erases its
        vault at its next contact. Anyone else's device: ApiError not_found."""
        return self.http.call("POST", f"/v1/team/devices/{device_id}/revoke", DeviceInfo,
                              RevokeDeviceRequest(wipe=wipe))

    def my_fingerprint(self) -> str:
        return self.auth.require_keys().public.fingerprint()

    def served_fingerprint(self, user_id: str) -> str:
        """The fingerprint of the keys the server serves now, computed here (for display
        during the in-person check; trust it only once both screens show the same)."""
        return self.directory.fetch(user_id).fingerprint()

    def public_keys(self, user_id: str) -> PublicKeys:
        return self.directory.public_keys(user_id)

    def accept_new_keys(self, user_id: str, verified_fingerprint: str) -> PublicKeys:
        return self.directory.accept_new_keys(user_id, verified_fingerprint)

    def safety_number(self, user_id: str) -> tuple[str, PublicKeys]:
        """The safety number of my keys and `user_id`'s as the server serves them now: both
        people's screens show the same number (issue 14)."""
        return self.directory.safety_number(user_id, self.auth.require_keys().public)

    def confirm_safety_number(self, user_id: str, shown: str) -> PublicKeys:
        """Both people saw `shown` on their screens: their keys count as verified here."""
        return self.directory.confirm_safety_number(
            user_id, self.auth.require_keys().public, shown)

    def key_verified(self, user_id: str) -> bool:
        """Whether the keys pinned for `user_id` are verified here (no server call)."""
        accepted = self.pins.accepted(user_id)
        return bool(accepted) and self.directory.is_verified(user_id, accepted[-1])

    # ------------------------------------------------------------------ collections

    def collections(self) -> list[CollectionInfo]:
        """My collections; every key I hold is fetched, its granter verified, unwrapped."""
        return self.keyring.refresh()

    def create_collection(
        self, kind: CollectionKind, *, meta: dict[str, Any] | None = None
    ) -> CollectionInfo:
        return self.members.create_collection(kind, meta=meta)

    def collection_meta(self, collection_id: str) -> dict[str, Any] | None:
        return self.members.meta(collection_id)

    def list_members(self, collection_id: str) -> MembersResponse:
        return self.members.list_members(collection_id)

    def add_member(
        self, collection_id: str, user_id: str, *, access: Access,
        verified_fingerprint: str | None = None,
    ) -> MemberInfo:
        return self.members.add_member(
            collection_id, user_id, access=access, verified_fingerprint=verified_fingerprint
        )

    def remove_member(
        self, collection_id: str, user_id: str, *, rotate: bool = True
    ) -> CollectionInfo:
        return self.members.remove_member(collection_id, user_id, rotate=rotate)

    def rotate_key(self, collection_id: str) -> CollectionInfo:
        return self.members.rotate(collection_id)

    def purge_items(self, collection_id: str, item_ids: list[str]) -> PurgeResponse:
        """Delete every revision of these items in the collection (issue 14)."""
        return self.http.call("POST", f"/v1/collections/{collection_id}/purge", PurgeResponse,
                              PurgeRequest(item_ids=item_ids))

    def retire_collection(self, collection_id: str) -> None:
        """An emptied collection loses its members and keys for good (issue 14)."""
        self.http.call("POST", f"/v1/collections/{collection_id}/retire", OkResponse)

    # ------------------------------------------------------------------ records

    def push(self, collection_id: str, changes: Iterable[Change]) -> list[PushOutcome]:
        return self.records.push(collection_id, changes)

    def pull(
        self, collection_id: str, *, since: int = 0, limit: int = 500,
        checkpoint: Checkpoint | None = None,
    ) -> Iterator[Page]:
        return self.records.pull(collection_id, since=since, limit=limit, checkpoint=checkpoint)

    def pull_all(
        self, collection_id: str, *, since: int = 0, limit: int = 500
    ) -> tuple[list[Revision], int]:
        """Every revision after `since` (verified, decrypted) and the new sync token."""
        revisions: list[Revision] = []
        last = since
        for page in self.pull(collection_id, since=since, limit=limit):
            revisions.extend(page.revisions)
            last = page.last_seq
        return revisions, last

    def server_still_has(self, collection_id: str, checkpoint: Checkpoint) -> bool:
        """False when the server was restored from an older backup and lost revisions this
        device saw (save ``page.checkpoint`` with the token; see Records.server_still_has)."""
        return self.records.server_still_has(collection_id, checkpoint)

    def history(self, collection_id: str, item_id: str) -> list[Revision]:
        return self.records.history(collection_id, item_id)

    # ------------------------------------------------------------------ blobs

    def put_file(self, collection_id: str, path: Path) -> BlobRef:
        return self.blobs.put_file(collection_id, Path(path))

    def get_file(self, ref: BlobRef, dst: Path) -> None:
        self.blobs.get_file(ref, Path(dst))

    def delete_blob(self, blob_id: str, *, collection_id: str, item_id: str
                    ) -> BlobDeleteResponse:
        """Delete a blob of a tombstoned record (issue 14, "deleted means gone")."""
        return self.http.call("POST", f"/v1/blobs/{blob_id}/delete", BlobDeleteResponse,
                              BlobDeleteRequest(collection_id=collection_id, item_id=item_id))
