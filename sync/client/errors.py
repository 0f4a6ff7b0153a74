"""Typed errors of the sync client.

Messages name ids, codes and counts, never a payload, a key or a passphrase: they may end up
in a log file or on screen.
"""

from __future__ import annotations

from typing import Any


class SyncError(Exception):
    """Base class of every error raised by sync.client."""


class TransportError(SyncError):
    """The server could not be reached (after the retries the policy allows)."""


class UntrustedCertificate(TransportError):
    """TLS: the server's certificate did not verify against the trusted CAs (the
    organisation's CA bundle when one is configured). Not retried."""


class InsecureServerUrl(SyncError, ValueError):
    """The server address would send logins and tokens in clear: ``http://`` is accepted
    only for a server on this computer (127.0.0.0/8, ::1, localhost)."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason  # "plain_http" | "scheme" | "no_host"


class ServerRestored(SyncError):
    """The server no longer has, at its sequence number, the last revision this device saw
    it store in a collection: it was restored from an older backup. The saved token is
    void; resync the collection from 0 and push again what the server lost."""

    def __init__(self, collection_id: str) -> None:
        super().__init__(f"collection {collection_id}: the server was restored from an older "
                         "backup (its sequence went back); resync from the start")
        self.collection_id = collection_id


class ApiError(SyncError):
    """The server answered with an error body ``{code, message, details}``."""

    def __init__(
        self, status: int, code: str, message: str, details: dict[str, Any] | None = None
    ) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.details = details or {}


class NotFound(ApiError):
    """404: missing, or not visible to this account (the server answers both alike)."""


class Forbidden(ApiError):
    """403: visible, but the role or access level is too low."""


class Conflict(ApiError):
    """409 (stale_key, offset_mismatch, already_exists, key_version_mismatch, ...)."""


class RateLimited(ApiError):
    """429 that outlasted the client's patience; ``retry_after`` in seconds."""

    @property
    def retry_after(self) -> float:
        return float(self.details.get("retry_after", 0) or 0)


class AuthError(ApiError):
    """401 that a token refresh could not cure."""


class SessionEnded(AuthError):
    """The session is over (logged out, revoked, refresh token re-used, account disabled,
    device revoked): the user must log in again."""


class DeviceWiped(SessionEnded):
    """The device was revoked with wipe: the caller must erase the local vault now."""


class NotLoggedIn(SyncError):
    """An operation needs a session and there is none."""


class IntegrityError(SyncError):
    """Something the server served does not verify. Never ignore one: it means tampering,
    a bug, or a server that is not the one it claims to be."""


class RecordRejected(IntegrityError):
    """A pulled revision failed its signature, decryption or consistency check."""

    def __init__(self, *, collection_id: str, item_id: str, rev: str, reason: str) -> None:
        super().__init__(
            f"record {item_id} (rev {rev}) in collection {collection_id} rejected: {reason}"
        )
        self.collection_id = collection_id
        self.item_id = item_id
        self.rev = rev
        self.reason = reason


class WrappedKeyRejected(IntegrityError):
    """A wrapped collection key failed the granter's signature or did not decrypt."""

    def __init__(self, *, collection_id: str, key_version: int, reason: str) -> None:
        super().__init__(
            f"key version {key_version} of collection {collection_id} rejected: {reason}"
        )
        self.collection_id = collection_id
        self.key_version = key_version


class BlobRejected(IntegrityError):
    """A downloaded blob's bytes do not match its id, or did not decrypt."""


class KeyChanged(IntegrityError):
    """The server now serves different public keys for a user than the ones pinned.

    Either the user re-enrolled (forgotten passphrase), or someone is trying to slip in
    their own key. Verify the new fingerprint in person, then accept it explicitly.
    """

    def __init__(self, *, user_id: str, pinned_fingerprint: str, served_fingerprint: str) -> None:
        super().__init__(
            f"the public keys of user {user_id} changed: verify the new fingerprint "
            "in person before trusting them"
        )
        self.user_id = user_id
        self.pinned_fingerprint = pinned_fingerprint
        self.served_fingerprint = served_fingerprint


class NotVerified(IntegrityError):
    """Nothing is shared with a colleague whose current key this person has not verified
    (issue 14): compare safety numbers first. `changed` is True when an earlier key of theirs
    was verified and the server now serves another one (a loud warning, never silent)."""

    def __init__(self, *, user_id: str, changed: bool) -> None:
        super().__init__(
            f"the keys of user {user_id} are not verified on this device: compare safety "
            "numbers before sharing anything with them"
        )
        self.user_id = user_id
        self.changed = changed


class RetiredKeysChanged(IntegrityError):
    """The server now lists a user's keys from before a re-enrolment differently than
    pinned (a window moved, or a retired key appeared while the current key stayed): an
    in-person check cannot settle this, so nothing new is trusted."""

    def __init__(self, *, user_id: str) -> None:
        super().__init__(
            f"the server changed the list of retired keys of user {user_id}: "
            "the pinned list is kept and the new one is not trusted"
        )
        self.user_id = user_id


class FingerprintMismatch(IntegrityError):
    """The fingerprint verified in person is not the one of the keys the server serves."""

    def __init__(self, *, user_id: str) -> None:
        super().__init__(
            f"the fingerprint you verified does not match the keys of user {user_id}: "
            "access not granted"
        )
        self.user_id = user_id


class MissingKey(SyncError):
    """No collection key of that version is held (not granted, or not fetched yet)."""

    def __init__(self, *, collection_id: str, key_version: int) -> None:
        super().__init__(f"no key version {key_version} held for collection {collection_id}")
        self.collection_id = collection_id
        self.key_version = key_version


class NotEnrolled(SyncError):
    """A user has no public keys yet (not enrolled)."""

    def __init__(self, *, user_id: str) -> None:
        super().__init__(f"user {user_id} has not enrolled yet")
        self.user_id = user_id


class ClockSkewError(SyncError):
    """Raised by :meth:`sync.client.http.Http.check_clock` when the clock is too far off."""

    def __init__(self, skew_seconds: float) -> None:
        direction = "behind" if skew_seconds > 0 else "ahead of"
        super().__init__(
            f"this computer's clock is {abs(skew_seconds) / 60:.0f} minutes {direction} the "
            "server's: set the right date and time"
        )
        self.skew_seconds = skew_seconds


SESSION_ENDED_CODES = frozenset(
    {
        "invalid_refresh_token",
        "refresh_reused",
        "session_revoked",
        "account_disabled",
        "device_revoked",
        "device_wiped",
    }
)


def error_for(status: int, code: str, message: str, details: dict[str, Any] | None) -> ApiError:
    """Map an HTTP status and error code to the typed exception."""
    cls: type[ApiError]
    if code == "device_wiped":
        cls = DeviceWiped
    elif status == 401 and code in SESSION_ENDED_CODES:
        cls = SessionEnded
    elif status == 401:
        cls = AuthError
    elif status == 403:
        cls = Forbidden
    elif status == 404:
        cls = NotFound
    elif status == 409:
        cls = Conflict
    elif status == 429:
        cls = RateLimited
    else:
        cls = ApiError
    return cls(status, code, message, details)
