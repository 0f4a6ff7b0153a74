"""Public keys of other users (pinned) and the collection key ring (DESIGN.md §5.2, §5.5)."""

from __future__ import annotations

import threading

from fieldapp.crypto.errors import CryptoError, DecryptionError, SignatureError
from fieldapp.crypto.keys import AccountKeys, PublicKeys
from fieldapp.crypto.safety import digits, safety_number
from fieldapp.crypto.wrap import WrappedKey, unwrap_collection_key
from sync.client.errors import (
    FingerprintMismatch,
    IntegrityError,
    KeyChanged,
    MissingKey,
    NotEnrolled,
    NotFound,
    NotLoggedIn,
    NotVerified,
    RetiredKeysChanged,
    WrappedKeyRejected,
)
from sync.client.http import Http
from sync.client.pins import PinnedKeys, RetiredKey
from sync.protocol import CollectionInfo, CollectionListResponse, UserPublic


def normalise_fingerprint(text: str) -> str:
    """Digits only, so "12345 67890 …", "12345-67890…" and a QR payload compare equal."""
    return "".join(ch for ch in text if ch.isdigit())


class KeyDirectory:
    """Public keys of users as served by the server, checked against the pins.

    The first time a user's keys are seen they are pinned, together with the keys the user
    had before a re-enrolment (``previous_keys``) and their validity windows; if the server
    later serves other current keys, :class:`KeyChanged` is raised until someone verifies
    the new fingerprint in person and calls :meth:`accept_new_keys`. A changed list of
    retired keys under an unchanged current key raises :class:`RetiredKeysChanged`.
    """

    def __init__(self, http: Http, pins: PinnedKeys) -> None:
        self.http = http
        self.pins = pins
        self._served: dict[str, PublicKeys] = {}
        self._lock = threading.Lock()

    def _fetch_user(self, user_id: str) -> tuple[PublicKeys, list[RetiredKey]]:
        user = self.http.call("GET", f"/v1/users/{user_id}/keys", UserPublic)
        if user.wrap_public is None or user.sign_public is None:
            raise NotEnrolled(user_id=user_id)
        try:
            keys = PublicKeys(wrap_public=user.wrap_public, sign_public=user.sign_public)
            keys.fingerprint()  # checks the lengths
            retired = [
                RetiredKey(
                    keys=PublicKeys(wrap_public=p.wrap_public, sign_public=p.sign_public),
                    valid_from=p.valid_from,
                    valid_until=p.valid_until,
                )
                for p in user.previous_keys
            ]
            for entry in retired:
                entry.keys.fingerprint()
        except CryptoError:
            raise IntegrityError(
                f"the server served malformed public keys for user {user_id}"
            ) from None
        if any(not (e.valid_from <= e.valid_until) for e in retired):
            raise IntegrityError(f"the server served an empty key window for user {user_id}")
        return keys, retired

    def fetch(self, user_id: str) -> PublicKeys:
        """The keys the server serves for `user_id` now, unchecked (for in-person checks)."""
        return self._fetch_user(user_id)[0]

    def _retired_to_pin(
        self, user_id: str, served: list[RetiredKey], *, taking: bool
    ) -> list[RetiredKey]:
        """The served retired keys not pinned yet; RetiredKeysChanged if the server's list
        contradicts the pins (a moved window always; a new key unless `taking`, i.e. first
        sight or an in-person acceptance of a changed key)."""
        pinned = self.pins.retired(user_id)
        if pinned is None:
            taking, pinned = True, []
        by_keys = {p.keys: p for p in pinned}
        new: list[RetiredKey] = []
        for entry in served:
            known = by_keys.get(entry.keys)
            if known is None:
                if not taking:
                    raise RetiredKeysChanged(user_id=user_id)
                new.append(entry)
            elif (known.valid_from, known.valid_until) != (entry.valid_from, entry.valid_until):
                raise RetiredKeysChanged(user_id=user_id)
        return new

    def public_keys(self, user_id: str) -> PublicKeys:
        """The user's current keys, pinned on first sight; KeyChanged if they differ."""
        with self._lock:
            cached = self._served.get(user_id)
        if cached is not None:
            return cached
        served, retired = self._fetch_user(user_id)
        accepted = self.pins.accepted(user_id)
        if accepted and served != accepted[-1]:
            raise KeyChanged(
                user_id=user_id,
                pinned_fingerprint=accepted[-1].fingerprint(),
                served_fingerprint=served.fingerprint(),
            )
        new_retired = self._retired_to_pin(user_id, retired, taking=not accepted)
        if not accepted:
            self.pins.pin(user_id, served)
        self.pins.pin_retired(user_id, new_retired)
        with self._lock:
            self._served[user_id] = served
        return served

    def checked(self, user_id: str) -> bool:
        """True once the served keys were checked against the pins in this session."""
        with self._lock:
            return user_id in self._served

    def sign_keys(self, user_id: str, received_at: float | None) -> list[bytes]:
        """The Ed25519 keys something this user signed, recorded by the server at
        `received_at`, may be signed with: the accepted current key, then every pinned
        retired key whose window covers `received_at` (never one outside its window; none
        when the time is unknown)."""
        accepted = self.pins.accepted(user_id)
        retired = self.pins.retired(user_id)
        if not accepted or retired is None:
            self.public_keys(user_id)
            accepted = self.pins.accepted(user_id)
            retired = self.pins.retired(user_id)
        keys = [accepted[-1].sign_public]
        for entry in retired or ():
            if (
                received_at is not None
                and entry.covers(received_at)
                and entry.keys.sign_public not in keys
            ):
                keys.append(entry.keys.sign_public)
        return keys

    def verified(self, user_id: str, verified_fingerprint: str) -> PublicKeys:
        """The user's keys, provided they match the fingerprint checked in person (the code
        the colleague read aloud at enrolment, typed): recorded as verified.

        Also the way to accept a changed key: a matching in-person check pins the new keys
        and the retired keys the server lists with them.
        """
        served, retired = self._fetch_user(user_id)
        if normalise_fingerprint(served.fingerprint()) != normalise_fingerprint(
            verified_fingerprint
        ):
            raise FingerprintMismatch(user_id=user_id)
        return self._take_verified(user_id, served, retired, how="enrolment_code")

    # -- verification (issue 14: keys verified, not trusted) ---------------------------

    def safety_number(self, user_id: str, mine: PublicKeys) -> tuple[str, PublicKeys]:
        """The safety number of my keys and the keys the server serves for `user_id` now
        (unchecked: it is what the two people compare), and those keys."""
        served = self.fetch(user_id)
        return safety_number(mine, served), served

    def confirm_safety_number(self, user_id: str, mine: PublicKeys, shown: str) -> PublicKeys:
        """The two people compared `shown` on both screens and it matched: record the
        served keys as verified (and accept them if they replace a pinned key). The keys
        are fetched again; if the number they give is not the one shown (the server changed
        them meanwhile), FingerprintMismatch and nothing is recorded."""
        served, retired = self._fetch_user(user_id)
        if not digits(shown) or digits(safety_number(mine, served)) != digits(shown):
            raise FingerprintMismatch(user_id=user_id)
        return self._take_verified(user_id, served, retired, how="safety_number")

    def _take_verified(self, user_id: str, served: PublicKeys, retired: list[RetiredKey],
                       *, how: str) -> PublicKeys:
        # Retired keys are taken along only with a new current key (or on first sight): an
        # in-person check of an unchanged key confirms nothing about a newly listed old one.
        accepted = self.pins.accepted(user_id)
        changed = not accepted or accepted[-1] != served
        new_retired = self._retired_to_pin(user_id, retired, taking=changed)
        self.pins.pin(user_id, served)
        self.pins.pin_retired(user_id, new_retired)
        self.pins.mark_verified(user_id, served, how)
        with self._lock:
            self._served[user_id] = served
        return served

    accept_new_keys = verified

    def is_verified(self, user_id: str, keys: PublicKeys) -> bool:
        return keys in self.pins.verified_keys(user_id)

    def ever_verified(self, user_id: str) -> bool:
        return bool(self.pins.verified_keys(user_id))

    def for_wrapping(self, user_id: str) -> PublicKeys:
        """The keys to wrap a collection key for: the user's current keys, checked against
        the pins (KeyChanged if the server serves others) and verified by this person
        (NotVerified otherwise). Every wrap for another person goes through here."""
        with self._lock:  # asked afresh: a key the server changed mid-session is seen
            self._served.pop(user_id, None)
        keys = self.public_keys(user_id)
        if not self.is_verified(user_id, keys):
            raise NotVerified(user_id=user_id, changed=self.ever_verified(user_id))
        return keys

    def pin_own(self, user_id: str, keys: PublicKeys) -> None:
        """Pin my own public keys from my private keys: the server cannot substitute them."""
        accepted = self.pins.accepted(user_id)
        if not accepted or accepted[-1] != keys:
            self.pins.pin(user_id, keys)

    def forget_cache(self) -> None:
        with self._lock:
            self._served.clear()


class KeyRing:
    """Collection keys I hold, per (collection id, key version), each verified and unwrapped."""

    def __init__(self, http: Http, directory: KeyDirectory) -> None:
        self.http = http
        self.directory = directory
        self.collections: dict[str, CollectionInfo] = {}
        self._keys: dict[tuple[str, int], bytes] = {}
        self._lock = threading.Lock()
        self.user_id: str | None = None
        self.account_keys: AccountKeys | None = None

    def bind(self, user_id: str, account_keys: AccountKeys) -> None:
        self.user_id, self.account_keys = user_id, account_keys

    def clear(self) -> None:
        with self._lock:
            self._keys.clear()
            self.collections.clear()
        self.user_id = self.account_keys = None

    def refresh(self) -> list[CollectionInfo]:
        """Fetch my collections and unwrap every key not held yet (failing loudly)."""
        listing = self.http.call("GET", "/v1/collections", CollectionListResponse)
        for info in listing.collections:
            self.absorb(info)
        with self._lock:
            self.collections = {c.id: c for c in listing.collections}
        return listing.collections

    def absorb(self, info: CollectionInfo) -> None:
        """Verify and unwrap the wrapped keys of one collection listing."""
        if self.user_id is None or self.account_keys is None:
            raise NotLoggedIn("log in first")
        for model in info.wrapped_keys:
            slot = (info.id, model.key_version)
            with self._lock:
                if slot in self._keys:
                    continue
            wrapped = model.to_crypto()
            if wrapped.collection_id != info.id or wrapped.member_id != self.user_id:
                raise WrappedKeyRejected(
                    collection_id=info.id,
                    key_version=model.key_version,
                    reason="wrapped for another collection or member",
                )
            # The granter's current key (checked against the pins), then any retired key of
            # the granter whose window covers the time the server stored this wrap.
            self.directory.public_keys(wrapped.granter_id)
            candidates = self.directory.sign_keys(wrapped.granter_id, model.granted_at)
            key = self._unwrap(wrapped, candidates, info.id, model.key_version)
            with self._lock:
                self._keys[slot] = key
        with self._lock:
            self.collections[info.id] = info

    def _unwrap(
        self, wrapped: WrappedKey, granter_keys: list[bytes], collection_id: str, version: int
    ) -> bytes:
        assert self.account_keys is not None
        for sign_public in granter_keys:
            try:
                return unwrap_collection_key(
                    wrapped, member_keys=self.account_keys, granter_sign_public=sign_public
                )
            except SignatureError:
                continue
            except DecryptionError:
                raise WrappedKeyRejected(
                    collection_id=collection_id, key_version=version, reason="did not decrypt"
                ) from None
        raise WrappedKeyRejected(
            collection_id=collection_id,
            key_version=version,
            reason="granter signature did not verify",
        )

    def add(self, collection_id: str, key_version: int, key: bytes) -> None:
        with self._lock:
            self._keys[(collection_id, key_version)] = key

    def key(self, collection_id: str, key_version: int) -> bytes:
        with self._lock:
            key = self._keys.get((collection_id, key_version))
        if key is None:
            self.refresh()
            with self._lock:
                key = self._keys.get((collection_id, key_version))
        if key is None:
            raise MissingKey(collection_id=collection_id, key_version=key_version)
        return key

    def versions(self, collection_id: str) -> dict[int, bytes]:
        with self._lock:
            return {v: k for (c, v), k in self._keys.items() if c == collection_id}

    def current_version(self, collection_id: str) -> int:
        with self._lock:
            info = self.collections.get(collection_id)
        if info is None:
            self.refresh()
            with self._lock:
                info = self.collections.get(collection_id)
        if info is None:
            raise NotFound(404, "not_found", "not found")
        return info.key_version
