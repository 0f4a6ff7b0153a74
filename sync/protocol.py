"""The wire protocol between the sync client and the sync server (issue 3, DESIGN.md §5, §6).

Conventions
-----------
- Every body is JSON; every path is under ``/v1``.
- Binary fields (keys, ciphertexts, signatures, salts) travel as **base64url without
  padding** (RFC 4648 §5); decoders also accept padding. In Python they are ``bytes``
  (type :data:`B64`).
- Ids of organisations, users, devices, collections, items and revisions are lowercase
  canonical UUID strings (:data:`UuidStr`), kept byte for byte because they are signed.
- Times are unix seconds (float). Every response, error or not, carries the header
  ``X-Server-Time`` (unix seconds, float) so a client can detect clock skew (§6: warn when
  more than 5 minutes off).
- Authenticated endpoints take ``Authorization: Bearer <access_token>``.
- **Strict in, tolerant out: what each side accepts from the other.** Every model is
  declared with ``extra="forbid"`` (:class:`WireModel`), and that is how the *server*
  reads every request: a field it does not know is a 422, never silently dropped. That
  is a security property — a request means exactly what the server checked (no field
  that a later version would honour slipping past an older server's checks, no typo
  turning a restriction into a default). The *client* reads every answer of the server,
  nested models included, through :func:`read_answer`, which ignores fields it does not
  know: a newer server may add a field to any response, and an older client goes on
  working with the fields it knows. Hence the rules for changing the protocol: a server
  may add response fields freely; it may not remove or retype one an older client still
  reads; a client may send a new request field only to a server that says it knows it
  (an older server refuses it, by design). Data the client stored from an answer (e.g.
  the account's :class:`UserInfo`) is read back the same tolerant way.
- Errors always have the body :class:`ErrorBody` ``{"code", "message", "details"}`` with a
  proper HTTP status. ``429`` also carries ``Retry-After`` (whole seconds).
- An object (collection, item, blob, member list) the caller may not see answers
  **exactly** like a missing one: ``404 {"code": "not_found", "message": "not found"}``.

Error codes (status → code)
---------------------------
- 400 ``invalid_request`` (shape/consistency of a body, e.g. a wrapped key for another
  collection), ``bad_signature`` (a pushed record or a wrapped key whose Ed25519 signature
  does not verify against the signer's registered key; the whole push is rejected),
  ``admin_not_member`` (an admin cannot be added to a collection), ``blob_hash_mismatch``
  (complete: SHA-256 of the received bytes ≠ blob_id; the partial upload is discarded,
  start again at offset 0), ``blob_incomplete`` (complete before all bytes arrived;
  ``details.offset``), ``invalid_enrolment`` (unknown/used/expired code or email).
- 401 ``unauthenticated`` (no/unknown token), ``token_expired`` (access token past its
  15 minutes: refresh), ``invalid_credentials`` (login), ``invalid_refresh_token``,
  ``refresh_reused`` (an old refresh token came back: the whole family is revoked, log in
  again), ``session_revoked`` (logged out / family revoked), ``account_disabled``,
  ``device_revoked``, ``device_wiped`` (the device was revoked with wipe: the client must
  erase its local vault now; also answered to a login that names that device_id).
- 403 ``forbidden`` (role or access level too low on a collection you *can* see, e.g.
  read-only member pushing), ``author_mismatch`` (pushed ``author_id`` ≠ caller).
- 404 ``not_found``.
- 409 ``stale_key`` (a pushed record's key_version ≠ the collection's current version:
  re-fetch collections/keys, re-encrypt, push again; nothing in the batch was applied;
  ``details.current_key_version``), ``key_version_mismatch`` (rotate with a version other
  than current+1, or wrapped keys not covering exactly the remaining members),
  ``offset_mismatch`` (blob data at the wrong offset; ``details.offset`` is where to
  resume), ``already_exists`` (collection id taken, email taken — also when another
  request created the same collection id at the same instant), ``already_enrolled``,
  ``upload_race`` (``POST /v1/blobs``: another request started the same new blob at the
  same instant; nothing was stored for this one, start again to resume that upload),
  ``concurrent_update`` (any other write that lost a race on a unique row; try again),
  ``last_manager`` (removing or downgrading the only member with ``manage`` access of a
  collection: give another member ``manage`` first).
- 413 ``too_large`` (record ciphertext > 1 MiB,
  blob data chunk > 16 MiB).
- 422 ``invalid_request`` (body or query does not parse, e.g. a push of more than 500
  items or changes with limit > 1000, a blob over 1 GiB; ``details.errors``).
- 429 ``rate_limited`` (login throttled; ``Retry-After``; ``details.retry_after``).
- 500 ``internal`` (an unexpected failure): always exactly
  ``{"code": "internal", "message": "internal server error", "details": null}`` with
  ``X-Server-Time``; nothing from the request or the failure is echoed (the server logs
  the exception's type and code location only). Clients retry it like any 5xx.

Endpoints
---------
Auth (no bearer token unless said):

- ``POST /v1/auth/prelogin`` :class:`PreloginRequest` → :class:`PreloginResponse`.
  Unknown or not-yet-enrolled email → a deterministic fake salt (HMAC of a server
  secret) and the default parameters, so accounts cannot be enumerated.
- ``POST /v1/auth/enrol`` :class:`EnrolRequest` → :class:`Session`. 400
  invalid_enrolment, 409 already_enrolled. The enrolment code is one-time, expires
  (7 days), is stored hashed.
- ``POST /v1/auth/login`` :class:`LoginRequest` → :class:`LoginResponse` (a Session plus
  the sealed private keys). 401 invalid_credentials / account_disabled / device_wiped,
  429 rate_limited. ``device_id`` of a device of this user that is still active is
  reused; otherwise a new device is registered.
- ``POST /v1/auth/refresh`` :class:`RefreshRequest` → :class:`Session` (new access *and*
  refresh token). 401 invalid_refresh_token / refresh_reused / session_revoked /
  account_disabled / device_revoked / device_wiped.
- ``POST /v1/auth/logout`` (bearer) → :class:`OkResponse`; ends this session's family.
- ``GET /v1/me`` (bearer) → :class:`MeResponse`.

People and keys (bearer):

- ``GET /v1/users`` → :class:`UserListResponse`: active members of my organisation with
  public keys and fingerprints (``None`` until enrolled).
- ``GET /v1/users/{user_id}/keys`` → :class:`UserPublic`. 404 for a user of another
  organisation. ``previous_keys`` (added after the first draft; also in ``GET /v1/users``)
  lists the keys the account used before each re-enrolment with their validity window in
  server time, so revisions and wrapped keys signed before a re-enrolment stay
  verifiable. They come from the server like any public key: a client should prefer keys
  it pinned itself and accept a retired key only for a revision whose ``received_at`` (or
  a wrapped key whose ``granted_at``) lies inside its window (bounds included).
  ``valid_from`` is when those keys were enrolled, ``valid_until`` when the re-enrolment
  code was issued (from then on the server accepts nothing signed with them).
- ``GET /v1/devices`` → :class:`DeviceListResponse` (my devices).
- ``POST /v1/devices/{device_id}/revoke`` :class:`RevokeDeviceRequest` →
  :class:`DeviceInfo` (my own device; 404 otherwise).

Admin (bearer, role ``admin``; 403 forbidden otherwise):

- ``GET /v1/admin/users`` → :class:`AdminUserListResponse`.
- ``POST /v1/admin/users`` :class:`CreateUserRequest` → :class:`EnrolmentCodeResponse`
  (409 already_exists). An account holds one role or several (``roles``: e.g. a supervisor
  who also carries cases); ``role`` is the primary one, the first of ``roles`` in the order
  of :data:`ROLES`. 422 for an unknown role, no role, or ``admin`` with another role.
  Checks of a role ("only supervisors …") ask whether the account holds it.
- ``POST /v1/admin/users/{user_id}/disable`` → :class:`AdminUser` (every session ends at once).
- ``POST /v1/admin/users/{user_id}/enable`` → :class:`AdminUser`.
- ``POST /v1/admin/users/{user_id}/enrolment-code`` → :class:`EnrolmentCodeResponse`
  (re-enrolment after a forgotten passphrase: the account's keys, sessions and wrapped
  collection keys are invalidated; memberships stay, so a manager re-grants keys with
  ``PUT .../members/{user_id}`` after the user enrolled again).
- ``GET /v1/admin/devices`` → :class:`DeviceListResponse` (every device of the organisation).
- ``POST /v1/admin/devices/{device_id}/revoke`` :class:`RevokeDeviceRequest` → :class:`DeviceInfo`.

Team devices (bearer, role ``supervisor``; 403 forbidden otherwise; added for issue 7,
DESIGN §5.6 "revoke a lost device and order it wiped"):

- ``GET /v1/team/devices`` → :class:`DeviceListResponse`: the devices of the field workers
  (roles in :data:`FIELD_ROLES`) of my organisation, and my own, oldest first.
- ``POST /v1/team/devices/{device_id}/revoke`` :class:`RevokeDeviceRequest` →
  :class:`DeviceInfo`. The device's sessions end at once; with ``wipe`` it is answered
  ``device_wiped`` at its next contact and erases its vault. A device of another
  organisation, of an admin or of another supervisor answers **exactly** like a missing
  one (404 not_found): those stay with the admin (``/v1/admin/devices``). Revoking twice
  is harmless (``revoked_at`` keeps the first time; ``wipe`` once set stays set). Every
  call is audited, metadata only: ``team.device.revoke`` / ``team.device.wipe`` with the
  device id as ``target_id`` (``denied`` / ``forbidden`` outcomes included).

Collections (bearer):

- ``POST /v1/collections`` :class:`CreateCollectionRequest` → :class:`CollectionInfo`
  (201). **Supervisors create collections** (403 forbidden for any other role) and
  then add field workers as members; a field worker creates only collections of the
  kinds in :data:`OWNED_KINDS` — their own restricted notes of a site and their access
  log (issue 14) — and grants them to the supervisors and the colleagues they name. In a
  collection of a kind in :data:`APPEND_ONLY_KINDS` (the access log) a push of anything
  but a new item's first revision answers 409 append_only, whoever sends it. The creator
  becomes a ``manage`` member; a grant (``PUT .../members``) or a creation the person's roles
  may not hold answers 403 forbidden (:func:`may_join`, issue 19: a community worker holds
  ``community``, ``partners`` and their own ``audit`` only; a collective assistant may hold
  ``community`` (read or write, for the premises lent to the PSC); ``partners`` is read-only to the
  other field roles);
  ``wrapped_key`` must be for the creator, version 1, granted by the creator, and its
  signature must verify (400 bad_signature). 409 already_exists. The server stores and
  answers the kind as :func:`server_kind` tells it (issue 14: ``team`` for the kinds no
  rule of its own tells apart, ``casework`` for ``handoff``); clients send that already
  and keep the true kind in ``sealed_meta``.
  ``sealed_meta`` (optional; the server stores it as given and never reads it) is the
  collection's name and kind-specific facts, sealed by the creating client
  (``sync.client.members.seal_meta``): compact JSON with sorted keys, encrypted with
  ``fieldapp.crypto.aead`` (AES-256-GCM, random 96-bit nonce, ``nonce ‖ ciphertext‖tag``)
  under the collection key of version 1 — the one every member is granted, rotations
  included — with AAD ``pack_fields("fieldapp/collection-meta/v1", [collection_id, 1])``
  (``fieldapp.crypto.encoding``), so it opens only as the metadata of that collection: a
  copy moved to another collection (or claimed for another key version) fails to decrypt.
- ``GET /v1/collections`` → :class:`CollectionListResponse`: mine, with my access level,
  the current key_version and every wrapped key I hold (all versions).
- ``GET /v1/collections/{collection_id}`` → :class:`CollectionInfo`.
- ``GET /v1/collections/{collection_id}/members`` → :class:`MembersResponse` (any member).
- ``PUT /v1/collections/{collection_id}/members/{user_id}`` :class:`PutMemberRequest` →
  :class:`MemberInfo` (caller needs manage). Adds or changes a member; the wrapped keys
  (any subset of versions 1..current; the current one is required for a new member) are
  stored as given after checking shape, ids and the granter's signature. 400
  admin_not_member for an admin; 404 for a user of another organisation.
- ``DELETE /v1/collections/{collection_id}/members/{user_id}`` → :class:`CollectionInfo`
  (manage; revokes at once, deletes the member's wrapped keys and sets
  ``needs_rotation``). A member may also remove themself. 409 last_manager when the
  member is the collection's only ``manage`` member (``PUT`` lowering that member's access
  answers the same).
- ``POST /v1/collections/{collection_id}/rotate`` :class:`RotateRequest` →
  :class:`CollectionInfo` (manage). ``new_key_version`` = current + 1; exactly one
  wrapped key per remaining member. Clears ``needs_rotation``.

Records (bearer):

- ``POST /v1/collections/{collection_id}/push`` :class:`PushRequest` →
  :class:`PushResponse`. Caller needs write; every ``author_id`` = caller (403
  author_mismatch); signatures verified against the author's key (400 bad_signature);
  each non-duplicate item must use the current key_version (409 stale_key). Per item:
  ``accepted`` (new ``seq``), ``duplicate`` (that item_id+rev is stored; its ``seq``),
  ``conflict`` (the item's current rev ≠ base_rev; ``current`` is the current revision,
  or ``None`` when base_rev names a revision of an item the server does not have).
  ``base_rev: null`` means "new item". Items in one batch apply in order, so a chain
  rev1 → rev2 in one batch works. At most 500 items per batch.
- ``GET /v1/collections/{collection_id}/changes?since=N&limit=K`` (K ≤ 1000, default
  500) → :class:`ChangesResponse`: every revision with seq > N in seq order; ``done``
  when nothing more is there now; save ``last_seq`` after each page.
- ``GET /v1/collections/{collection_id}/items/{item_id}/history`` →
  :class:`HistoryResponse` (every revision, seq order).

Blobs (bearer):

- ``POST /v1/blobs`` :class:`BlobStartRequest` → :class:`BlobStatus`: creates or resumes
  an upload (write on the collection). If the blob is already complete and the caller can
  already read it (through any collection) it answers ``offset = size, done = true`` and
  the collection now references it. **Change from the first draft:** a blob id alone is
  not a capability — when the blob exists but the caller cannot read it yet, the answer is
  ``done = false`` with the offset to upload from, and the caller must send the bytes and
  ``complete`` (proof of possession) before the new reference lets anyone read it.
- ``PUT /v1/blobs/{blob_id}/data?offset=N`` raw bytes (``application/octet-stream``) →
  :class:`BlobStatus`; 409 offset_mismatch with ``details.offset`` unless N is exactly
  the received length.
- ``POST /v1/blobs/{blob_id}/complete`` → :class:`BlobStatus` (idempotent; 400
  blob_hash_mismatch / blob_incomplete). ``done`` in every BlobStatus means "complete and
  readable by the caller".
- ``GET /v1/blobs/{blob_id}`` → raw bytes; ``Range: bytes=a-b`` answers 206. Only for
  members of a collection that references it; anyone else gets 404 like a missing one.
- ``POST /v1/blobs/{blob_id}/delete`` :class:`BlobDeleteRequest` →
  :class:`BlobDeleteResponse`: the blob of a record whose current revision is a tombstone
  (write access; 409 not_deleted while the record lives); the bytes go when no collection
  refers to them any more (issue 14).

Purge (bearer, issue 14):

- ``POST /v1/collections/{id}/purge`` :class:`PurgeRequest` → :class:`PurgeResponse`:
  the revisions with content of items that left the collection (current revision a
  tombstone) are deleted; the tombstones stay. A supervisor managing it, or the author of
  each item's first revision (403 forbidden otherwise).
- ``POST /v1/collections/{id}/retire`` → :class:`OkResponse`: a collection without
  content loses every member and wrapped key (a supervisor managing it, or its creator;
  409 not_empty while content is left).

Audit (bearer, role ``supervisor``):

- ``GET /v1/audit?since=ID&limit=K`` (K ≤ 1000) → :class:`AuditResponse`, metadata only.

Meta: ``GET /v1/health`` → :class:`OkResponse`; ``GET /openapi.json``.
"""

from __future__ import annotations

import binascii
from collections.abc import Sequence
from typing import Annotated, Any, Literal, TypeVar, get_args

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    StringConstraints,
    WithJsonSchema,
    model_validator,
)

from fieldapp.crypto.records import SealedRecord
from fieldapp.crypto.wrap import WrappedKey

API_PREFIX = "/v1"
SERVER_TIME_HEADER = "X-Server-Time"

MAX_PUSH_ITEMS = 500
MAX_CHANGES_LIMIT = 1000
DEFAULT_CHANGES_LIMIT = 500
MAX_RECORD_CIPHERTEXT = 1024 * 1024
MAX_BLOB_SIZE = 1024 * 1024 * 1024
MAX_BLOB_PUT = 16 * 1024 * 1024
ACCESS_TOKEN_SECONDS = 15 * 60


_TO_URLSAFE = bytes.maketrans(b"+/", b"-_")
_FROM_URLSAFE = bytes.maketrans(b"-_", b"+/")


def b64encode(data: bytes) -> str:
    """base64url without padding."""
    return binascii.b2a_base64(data, newline=False).translate(_TO_URLSAFE).rstrip(b"=").decode(
        "ascii"
    )


def b64decode(text: str) -> bytes:
    """base64url, padding optional (at most two ``=``); raises ValueError on anything else.

    Every ciphertext and signature of a push or a pull comes through here, so the alphabet
    is checked by ``binascii`` in strict mode (after mapping ``-_`` to ``+/``, and refusing
    ``+/`` themselves) rather than by a regular expression over the whole text."""
    if "+" in text or "/" in text:
        raise ValueError("not base64url")
    stripped = text.rstrip("=")
    if len(text) - len(stripped) > 2 or len(stripped) % 4 == 1:
        raise ValueError("not base64url")
    data = stripped.encode("ascii").translate(_FROM_URLSAFE)  # UnicodeError is a ValueError
    return binascii.a2b_base64(data + b"=" * (-len(data) % 4), strict_mode=True)


def _to_bytes(value: Any) -> Any:
    if type(value) is str:  # the wire: every record's ciphertext and signature
        return b64decode(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value)
    if isinstance(value, str):
        return b64decode(value)
    return value


B64 = Annotated[
    bytes,
    BeforeValidator(_to_bytes),
    PlainSerializer(b64encode, return_type=str, when_used="json"),
    WithJsonSchema({"type": "string", "contentEncoding": "base64url"}),
]
"""Binary field: ``bytes`` in Python, base64url (no padding) on the wire."""

UuidStr = Annotated[
    str,
    StringConstraints(pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"),
]
"""A lowercase canonical UUID string (kept as sent: ids are covered by signatures)."""

BlobIdStr = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
EmailStr = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True, min_length=3, max_length=254, pattern=r"^[^@\s]+@[^@\s]+$"
    ),
]
NameStr = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]

Role = Literal[
    "admin",
    "supervisor",
    "social_assistant",
    "renovation_assistant",
    "neighbourhood_agent",
    "collective_assistant",
    "community_worker",
    "mental_health_team",
]
# Who employs the account's holder (issue 19): the housing company itself, or the DMBSH,
# which seconds its social workers to the housing companies.
Employer = Literal["housing_company", "dmbsh"]

ROLES: tuple[str, ...] = (
    "admin",
    "supervisor",
    "social_assistant",
    "renovation_assistant",
    "neighbourhood_agent",
    "collective_assistant",
    "community_worker",
    "mental_health_team",
)
# The field roles: a supervisor may revoke (and order wiped) the devices of these users of
# their own organisation (``/v1/team/devices``), besides their own.
FIELD_ROLES: tuple[str, ...] = (
    "social_assistant",
    "renovation_assistant",
    "neighbourhood_agent",
    "collective_assistant",
    "community_worker",
    "mental_health_team",
)


def check_roles(roles: list[str]) -> list[str]:
    """The roles of one account, validated and in the order of :data:`ROLES` (the first is
    the primary role, sent as ``role`` for older readers). A person may hold several field
    roles and supervise; ``admin`` stands alone (the organisation's admin never reads
    collection data). Raises ValueError with a sentence meant for the person sending it."""
    if not roles:
        raise ValueError("an account needs at least one role")
    unknown = [r for r in roles if r not in ROLES]
    if unknown:
        raise ValueError(
            f"unknown role {unknown[0]!r}; the roles are: {', '.join(ROLES)}"
        )
    if "admin" in roles and len(set(roles)) > 1:
        raise ValueError("the admin role cannot be combined with other roles")
    return sorted(set(roles), key=ROLES.index)
CollectionKind = Literal[
    "registry", "casework", "casework-restricted", "handoff", "renovation", "neighbourhood",
    "supervision", "audit", "community", "partners", "collective", "signal", "team",
    "consultation", "people",
]
# `people:<org>`: the organisation's directory of names (fieldapp.people.names). The server
# keeps no name (issue 14); every account of the organisation holds this collection, so
# it is told as itself: the one rule it needs is that any role may join it.
# Collections a field worker creates for themself (issue 14): their restricted notes of one
# site (`casework-restricted:<site>:<me>`) and their access-log entries (`audit:<org>:<me>`);
# every other kind is created by a supervisor.
OWNED_KINDS: tuple[str, ...] = ("casework-restricted", "audit")
# Less metadata on the server (issue 14, item 9): the server is told a collection's kind only
# as far as one of its own rules needs it (owned kinds, append-only, case-file kinds, the
# registry's read-only rule, community work, the mental-health team's consultations);
# every other kind reaches it as the opaque "team", and a hand-off collection as
# "casework" (the same rule holds for both). The true
# kind is in the collection's sealed metadata (its local key), which only members read.
OPAQUE_KIND = "team"
TOLD_AS: dict[str, str] = {"handoff": "casework", "renovation": OPAQUE_KIND,
                           "neighbourhood": OPAQUE_KIND, "supervision": OPAQUE_KIND,
                           "collective": OPAQUE_KIND, "signal": OPAQUE_KIND}


def server_kind(kind: str) -> CollectionKind:
    """What the server is told and keeps of a collection of `kind` (see TOLD_AS)."""
    told = TOLD_AS.get(kind, kind)
    if told not in get_args(CollectionKind):
        raise ValueError("unknown collection kind")
    return told  # type: ignore[return-value]


# Kinds whose records are written once and never changed or deleted, by anyone: a second
# revision or a tombstone of an item is refused with 409 ``append_only``.
APPEND_ONLY_KINDS: tuple[str, ...] = ("audit",)
# The kinds that open case files (issue 18): an account whose every role is in
# NO_CASEWORK_ROLES is never made a member of one (403 forbidden), and holds the registry
# read-only (a grant above read answers 403 too).
CASEWORK_KINDS: tuple[str, ...] = ("casework", "casework-restricted", "handoff")
NO_CASEWORK_ROLES: tuple[str, ...] = ("collective_assistant",)
Access = Literal["read", "write", "manage"]
ACCESS_RANK: dict[str, int] = {"read": 1, "write": 2, "manage": 3}
# Community work (issue 19). `community:<org>` holds the social cohesion project (PSC): its
# record, plan, activity log, committee and yearly report — written by the community
# workers, managed by the supervisors. `partners:<org>` is the social map, read by every
# field role, written by the supervisors and the community workers. A community worker of
# the non-profit (another legal entity) holds no other key: not the registry, no case
# file — only, besides those two, their own access log.
COMMUNITY_ROLE = "community_worker"
COMMUNITY_ONLY_KINDS: tuple[str, ...] = ("community", "partners", "audit", "people")
# A collective assistant (who holds `collective:<org>` and its common-room register) also
# writes `community:<org>`: the rooms lent to the PSC, so the community worker sees them
# without the collective key. No other field role holds the PSC's key.
PREMISES_ROLE = "collective_assistant"
# The DMBSH's mobile mental-health team (issue 19) is consulted about cases under a
# pseudonym in `consultation:<org>`: the team, the social assistants and the supervisors
# are its members. An account whose only role is the team's holds that, the social map
# (read) and its own access log — no registry, no case file, no PSC.
MENTAL_HEALTH_ROLE = "mental_health_team"
MENTAL_HEALTH_ONLY_KINDS: tuple[str, ...] = ("consultation", "partners", "audit",
                                              "people")
CONSULTING_ROLES: tuple[str, ...] = ("social_assistant", MENTAL_HEALTH_ROLE)


def granted_access(kind: str, asked: Access) -> Access:
    """The access a grant of a collection of `kind` gives when `asked` is chosen: the
    organisation's names (`people`) are written by everyone — each person writes their own
    name — so never less than write."""
    return "write" if kind == "people" and asked == "read" else asked


def may_join(kind: str, roles: Sequence[str], access: str) -> bool:
    """Whether an account holding `roles` may be a member of a collection of `kind` with
    `access` (the server checks it at every grant; clients use it to offer only what fits)."""
    held = set(roles)
    if "supervisor" in held:
        return True
    if kind == "community":
        # the collective assistants write the premises lent to the PSC (issue 19, item 1):
        # rooms of their register, named, with dates; they do not manage the PSC's key
        return COMMUNITY_ROLE in held or (PREMISES_ROLE in held and access != "manage")
    if kind == "partners":
        return access == "read" or COMMUNITY_ROLE in held
    if kind == "consultation":
        return bool(held & set(CONSULTING_ROLES))
    if held <= {COMMUNITY_ROLE}:
        return kind in COMMUNITY_ONLY_KINDS
    if held <= {MENTAL_HEALTH_ROLE}:
        return kind in MENTAL_HEALTH_ONLY_KINDS
    return True
PushStatus = Literal["accepted", "duplicate", "conflict"]


class WireModel(BaseModel):
    """Strict by declaration: requests the server receives forbid unknown fields; the
    client reads answers with :func:`read_answer` (see "Strict in, tolerant out")."""

    model_config = ConfigDict(extra="forbid", frozen=True)


W = TypeVar("W", bound=WireModel)


def read_answer(model: type[W], raw: str | bytes | bytearray) -> W:
    """An answer of the other side, as `model`: unknown fields (a newer peer's additions)
    are ignored at every level; known fields are validated as strictly as ever."""
    return model.model_validate_json(raw, extra="ignore")


def read_stored(model: type[W], data: object) -> W:
    """Like :func:`read_answer`, for an answer kept as JSON-compatible data."""
    return model.model_validate(data, extra="ignore")


# ---------------------------------------------------------------- errors and misc


class ErrorBody(WireModel):
    code: str
    message: str
    details: dict[str, Any] | None = None


class OkResponse(WireModel):
    ok: bool = True


# ---------------------------------------------------------------- auth


class KdfParamsModel(WireModel):
    """Mirrors fieldapp.crypto.kdf.KdfParams.to_dict()."""

    memory_kib: int = Field(ge=8, le=4 * 1024 * 1024)
    iterations: int = Field(ge=1, le=64)
    lanes: int = Field(ge=1, le=64)
    algorithm: Literal["argon2id"] = "argon2id"


class PreloginRequest(WireModel):
    email: EmailStr


class PreloginResponse(WireModel):
    account_salt: B64
    kdf_params: KdfParamsModel


class EnrolRequest(WireModel):
    email: EmailStr
    enrolment_code: Annotated[str, StringConstraints(min_length=1, max_length=100)]
    auth_key: B64
    account_salt: B64
    kdf_params: KdfParamsModel
    wrap_public: B64
    sign_public: B64
    sealed_private_keys: B64
    device_name: NameStr


class LoginRequest(WireModel):
    email: EmailStr
    auth_key: B64
    device_name: NameStr
    device_id: UuidStr | None = None


class RefreshRequest(WireModel):
    refresh_token: Annotated[str, StringConstraints(min_length=1, max_length=200)]


class UserInfo(WireModel):
    id: UuidStr
    email: str
    role: Role  # the primary role (the first of roles)
    roles: list[Role] = Field(default_factory=list)  # every role, primary first
    organisation_id: UuidStr
    employer: Employer = "housing_company"


class Session(WireModel):
    access_token: str
    refresh_token: str
    access_expires_in: int
    user: UserInfo
    device_id: UuidStr


class LoginResponse(Session):
    sealed_private_keys: B64
    account_salt: B64
    kdf_params: KdfParamsModel


class OrganisationInfo(WireModel):
    id: UuidStr
    name: str
    max_offline_days: int
    require_device_secret: bool


class DeviceInfo(WireModel):
    id: UuidStr
    user_id: UuidStr
    name: str
    created_at: float
    last_seen_at: float | None
    revoked_at: float | None
    wipe: bool


class MeResponse(WireModel):
    user: UserInfo
    device: DeviceInfo
    organisation: OrganisationInfo


class DeviceListResponse(WireModel):
    devices: list[DeviceInfo]


class RevokeDeviceRequest(WireModel):
    wipe: bool = False


# ---------------------------------------------------------------- people


class RetiredKeysModel(WireModel):
    """Public keys an account used before a re-enrolment, and when (server time)."""

    wrap_public: B64
    sign_public: B64
    fingerprint: str
    valid_from: float
    valid_until: float


class UserPublic(WireModel):
    """An account as its colleagues' laptops see it. No name: the server keeps none (issue
    14); laptops read names from the sealed people directory and show the e-mail address
    until they hold it."""

    id: UuidStr
    email: str
    role: Role  # the primary role (the first of roles)
    roles: list[Role] = Field(default_factory=list)  # every role, primary first
    wrap_public: B64 | None
    sign_public: B64 | None
    fingerprint: str | None
    previous_keys: list[RetiredKeysModel] = Field(default_factory=list)
    # who employs them (issue 19): the housing company, or the DMBSH that seconds them
    employer: Employer = "housing_company"


class UserListResponse(WireModel):
    users: list[UserPublic]


class AdminUser(WireModel):
    id: UuidStr
    email: str
    role: Role  # the primary role (the first of roles)
    roles: list[Role] = Field(default_factory=list)  # every role, primary first
    organisation_id: UuidStr
    disabled: bool
    enrolled: bool
    employer: Employer = "housing_company"


class AdminUserListResponse(WireModel):
    users: list[AdminUser]


class CreateUserRequest(WireModel):
    """One role (``role``) or several (``roles``); with both, ``role`` is one of ``roles``.
    Unknown roles, none, or ``admin`` with another role answer 422."""

    email: EmailStr
    role: Role | None = None
    roles: list[Role] | None = Field(default=None, min_length=1, max_length=len(ROLES))
    employer: Employer = "housing_company"

    @model_validator(mode="before")
    @classmethod
    def _known_roles(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        given = data.get("roles")
        if given is not None and not isinstance(given, list):
            return data  # the field types answer
        roles = list(given or [])
        if data.get("role") is not None:
            roles = [data["role"], *roles]
        if any(not isinstance(r, str) for r in roles):
            return data  # the field types answer
        checked = check_roles(roles)  # ValueError: 422 with its sentence
        return {**data, "role": checked[0], "roles": checked}

    def all_roles(self) -> list[str]:
        return list(self.roles or ([self.role] if self.role else []))


class EnrolmentCodeResponse(WireModel):
    user: AdminUser
    enrolment_code: str
    expires_at: float


# ---------------------------------------------------------------- collections and keys


class WrappedKeyModel(WireModel):
    """fieldapp.crypto.wrap.WrappedKey on the wire.

    ``granted_at`` (added after the first draft) is set by the server in answers: when it
    stored the wrap (server time), so a wrap signed before the granter's re-enrolment can
    be checked against the granter's retired key for that window. Ignored in requests.
    """

    collection_id: UuidStr
    key_version: int = Field(ge=1)
    member_id: UuidStr
    ephemeral_public: B64
    sealed: B64
    granter_id: UuidStr
    signature: B64
    granted_at: float | None = None

    @classmethod
    def from_crypto(cls, wrapped: WrappedKey) -> WrappedKeyModel:
        return cls(
            collection_id=wrapped.collection_id,
            key_version=wrapped.key_version,
            member_id=wrapped.member_id,
            ephemeral_public=wrapped.ephemeral_public,
            sealed=wrapped.sealed,
            granter_id=wrapped.granter_id,
            signature=wrapped.signature,
        )

    def to_crypto(self) -> WrappedKey:
        return WrappedKey(
            collection_id=self.collection_id,
            key_version=self.key_version,
            member_id=self.member_id,
            ephemeral_public=self.ephemeral_public,
            sealed=self.sealed,
            granter_id=self.granter_id,
            signature=self.signature,
        )


class CreateCollectionRequest(WireModel):
    id: UuidStr
    kind: CollectionKind
    sealed_meta: B64 | None = None
    key_version: Literal[1] = 1
    wrapped_key: WrappedKeyModel


class CollectionInfo(WireModel):
    id: UuidStr
    kind: CollectionKind
    sealed_meta: B64 | None
    key_version: int
    access: Access
    needs_rotation: bool
    created_by: UuidStr
    created_at: float
    wrapped_keys: list[WrappedKeyModel]


class CollectionListResponse(WireModel):
    collections: list[CollectionInfo]


class MemberInfo(WireModel):
    user_id: UuidStr
    role: Role
    access: Access
    key_versions: list[int]


class MembersResponse(WireModel):
    collection_id: UuidStr
    key_version: int
    members: list[MemberInfo]


class PutMemberRequest(WireModel):
    access: Access
    wrapped_keys: list[WrappedKeyModel] = Field(default_factory=list, max_length=1000)


class RotateRequest(WireModel):
    new_key_version: int = Field(ge=2)
    wrapped_keys: list[WrappedKeyModel] = Field(max_length=10000)


# ---------------------------------------------------------------- records


class SealedRecordModel(WireModel):
    """fieldapp.crypto.records.SealedRecord on the wire (collection_id comes from the path)."""

    item_id: UuidStr
    rev: UuidStr
    base_rev: UuidStr | None
    key_version: int = Field(ge=1)
    author_id: UuidStr
    deleted: bool
    ciphertext: B64
    signature: B64

    @classmethod
    def from_crypto(cls, record: SealedRecord) -> SealedRecordModel:
        return cls(
            item_id=record.item_id,
            rev=record.rev,
            base_rev=record.base_rev,
            key_version=record.key_version,
            author_id=record.author_id,
            deleted=record.deleted,
            ciphertext=record.ciphertext,
            signature=record.signature,
        )

    def to_crypto(self, collection_id: str) -> SealedRecord:
        return SealedRecord(
            collection_id=collection_id,
            item_id=self.item_id,
            rev=self.rev,
            base_rev=self.base_rev,
            key_version=self.key_version,
            author_id=self.author_id,
            deleted=self.deleted,
            ciphertext=self.ciphertext,
            signature=self.signature,
        )


class ManifestRef(WireModel):
    """Where a stored record's signature is: the manifest ``id`` of its collection (the
    sequence number of the first record stored from that push) and the record's place in
    it."""

    id: int = Field(ge=0)
    index: int = Field(ge=0, lt=MAX_PUSH_ITEMS)


class ManifestModel(WireModel):
    """A push manifest as stored (fieldapp.crypto.manifests): the author's one signature
    over the SHA-256 digests of every record of a pushed batch, in batch order."""

    id: int = Field(ge=0)
    author_id: UuidStr
    signature: B64
    digests: B64  # 32 bytes per record of the batch


class PushManifest(WireModel):
    """The signature of a pushed batch; the server computes the digests from the items."""

    signature: B64


class StoredRevision(WireModel):
    """One stored revision: its place in the collection's sequence and the sealed record.
    A record pushed under a manifest has an empty ``signature`` and its ``manifest``; the
    answer that carries it lists that manifest."""

    seq: int
    received_at: float
    record: SealedRecordModel
    manifest: ManifestRef | None = None


class PushRequest(WireModel):
    """A batch of sealed records. With ``manifest`` every item's signature is empty and
    the manifest signs them all (one Ed25519 signature per batch); without it each item
    carries its own signature (older clients)."""

    items: list[SealedRecordModel] = Field(max_length=MAX_PUSH_ITEMS)
    manifest: PushManifest | None = None


class PushResult(WireModel):
    item_id: UuidStr
    rev: UuidStr
    status: PushStatus
    seq: int | None = None
    current: StoredRevision | None = None


class PushResponse(WireModel):
    results: list[PushResult]
    last_seq: int
    manifests: list[ManifestModel] = Field(default_factory=list)  # of the `current`s


class ChangesResponse(WireModel):
    items: list[StoredRevision]
    last_seq: int
    done: bool
    manifests: list[ManifestModel] = Field(default_factory=list)  # of the items


class HistoryResponse(WireModel):
    item_id: UuidStr
    revisions: list[StoredRevision]
    manifests: list[ManifestModel] = Field(default_factory=list)  # of the revisions


# A page of changes read fast (the client's pull; issue 13). Most of reading a page went
# into the Python base64url decoder, called twice per record from pydantic. The models
# below are the same models with their binary fields decoded by pydantic-core itself
# (``val_json_bytes="base64"``), which accepts base64url *and* standard base64 but is
# otherwise stricter than :func:`b64decode` (it also refuses non-canonical trailing bits;
# on base64url texts it never accepts one that b64decode refuses, and decodes the others
# alike). So they are used only for a page whose raw bytes hold no ``+``, ``/`` or ``\``:
# nothing of the standard alphabet, and no JSON escape that could spell it. Any other page
# is read by the strict models, which refuse it with the usual error when it is malformed.
_NativeB64 = Annotated[
    bytes, PlainSerializer(b64encode, return_type=str, when_used="json"),
    WithJsonSchema({"type": "string", "contentEncoding": "base64url"}),
]
_NATIVE_B64_CONFIG = ConfigDict(extra="forbid", frozen=True, val_json_bytes="base64")
_NOT_BASE64URL = (b"+", b"/", b"\\")


class _NativeSealedRecord(SealedRecordModel):
    model_config = _NATIVE_B64_CONFIG
    ciphertext: _NativeB64
    signature: _NativeB64


class _NativeStoredRevision(StoredRevision):
    model_config = _NATIVE_B64_CONFIG
    record: _NativeSealedRecord


class _NativeManifest(ManifestModel):
    model_config = _NATIVE_B64_CONFIG
    signature: _NativeB64
    digests: _NativeB64


class _NativeChangesResponse(ChangesResponse):
    model_config = _NATIVE_B64_CONFIG
    items: list[_NativeStoredRevision]  # type: ignore[assignment]
    manifests: list[_NativeManifest] = Field(default_factory=list)  # type: ignore[assignment]


def read_changes(raw: bytes) -> ChangesResponse:
    """``read_answer(ChangesResponse, raw)``, about twice as fast on what a server sends
    (see above); a malformed page is refused the same way (pydantic's ValidationError)."""
    if not any(mark in raw for mark in _NOT_BASE64URL):
        return _NativeChangesResponse.model_validate_json(raw, extra="ignore")
    return read_answer(ChangesResponse, raw)


# ---------------------------------------------------------------- blobs


class BlobStartRequest(WireModel):
    blob_id: BlobIdStr
    size: int = Field(ge=0, le=MAX_BLOB_SIZE)
    collection_id: UuidStr


class BlobStatus(WireModel):
    blob_id: BlobIdStr
    size: int
    offset: int
    done: bool


class BlobDeleteRequest(WireModel):
    """Delete a blob whose record was tombstoned (issue 14, "deleted means gone"): the
    caller has write access to `collection_id`, where `item_id`'s current revision is a
    tombstone; the blob's reference there goes, and the bytes when no reference is left."""

    collection_id: UuidStr
    item_id: UuidStr


class BlobDeleteResponse(WireModel):
    blob_id: BlobIdStr
    removed: bool  # the bytes are gone from the store (no other collection refers to them)


# ---------------------------------------------------------------- purge


class PurgeRequest(WireModel):
    """Delete every revision of these items in a collection (a record moved to a collection
    fewer people read). Allowed for a supervisor managing the collection, or for the
    author of each item's first revision."""

    item_ids: list[UuidStr] = Field(min_length=1, max_length=MAX_PUSH_ITEMS)


class PurgeResponse(WireModel):
    purged: list[UuidStr]  # items whose revisions are gone
    revisions: int  # how many revisions were deleted
    remaining_items: int  # items the collection still holds


# ---------------------------------------------------------------- audit


class AuditEntry(WireModel):
    id: int
    at: float
    user_id: str | None
    device_id: str | None
    action: str
    collection_id: str | None
    item_id: str | None
    blob_id: str | None
    target_id: str | None
    outcome: str


class AuditResponse(WireModel):
    entries: list[AuditEntry]
    last_id: int
    done: bool


# ---------------------------------------------------------------- GDPR (issue 14)
# Erasure orders (art. 17), legal holds and the organisation's retention and processing
# settings. The server learns ids only: which items and blobs go, never what they are; the
# reason of an order or hold travels sealed under the supervisors' collection key.

MAX_ERASURE_ITEMS = 20_000
ErasureScope = Literal["person", "household", "case_file", "retention"]


class ErasureTarget(WireModel):
    collection_id: UuidStr
    item_id: UuidStr


class SealedReason(WireModel):
    """A reason sealed by the client (AES-256-GCM under the supervision collection's key)."""

    collection_id: UuidStr
    key_version: int = Field(ge=1)
    sealed: B64 = Field(max_length=16_384)


class ErasureRequest(WireModel):
    id: UuidStr  # made by the client, so a retried order is the same order
    scope: ErasureScope
    items: list[ErasureTarget] = Field(min_length=1, max_length=MAX_ERASURE_ITEMS)
    blob_ids: list[BlobIdStr] = Field(default_factory=list, max_length=MAX_ERASURE_ITEMS)
    reason: SealedReason


class ErasureDevice(WireModel):
    device_id: UuidStr
    device_name: str
    user_id: UuidStr
    confirmed_at: float | None


class ErasureInfo(WireModel):
    id: UuidStr
    scope: ErasureScope
    requested_by: UuidStr
    created_at: float
    items: int
    blobs: int
    revisions_deleted: int
    reason: SealedReason | None
    devices: list[ErasureDevice]


class ErasureListResponse(WireModel):
    orders: list[ErasureInfo]


class PendingErasure(WireModel):
    """What one device must purge and then confirm."""

    id: UuidStr
    items: list[ErasureTarget]
    blob_ids: list[BlobIdStr]


class PendingErasuresResponse(WireModel):
    orders: list[PendingErasure]


class LegalHoldRequest(WireModel):
    id: UuidStr
    items: list[ErasureTarget] = Field(min_length=1, max_length=MAX_ERASURE_ITEMS)
    reason: SealedReason


class LegalHoldInfo(WireModel):
    id: UuidStr
    created_by: UuidStr
    created_at: float
    released_at: float | None
    items: list[ErasureTarget]
    reason: SealedReason | None


class LegalHoldListResponse(WireModel):
    holds: list[LegalHoldInfo]


class RetentionSettings(WireModel):
    """Days each kind of record is kept (after closing, for case files); 0 = not purged."""

    closed_case_days: int = Field(default=0, ge=0, le=36_500)
    inventory_days: int = Field(default=0, ge=0, le=36_500)
    intervention_days: int = Field(default=0, ge=0, le=36_500)
    access_log_days: int = Field(default=0, ge=0, le=36_500)
    renovation_project_days: int = Field(default=0, ge=0, le=36_500)  # after the archive


class ProcessingActivity(WireModel):
    """One line of the register of processing activities (art. 30): no personal data."""

    name: str = Field(max_length=200)
    purposes: str = Field(default="", max_length=2_000)
    categories: str = Field(default="", max_length=2_000)
    recipients: str = Field(default="", max_length=2_000)
    retention: str = Field(default="", max_length=500)


class GdprSettings(WireModel):
    retention: RetentionSettings = Field(default_factory=RetentionSettings)
    controller: str = Field(default="", max_length=500)
    dpo_contact: str = Field(default="", max_length=500)
    activities: list[ProcessingActivity] = Field(default_factory=list, max_length=100)


class ConfirmErasureRequest(WireModel):
    """A device purged an order: and these records of its own referred to erased ones (a
    note written offline on an erased case file, a restricted note the supervisor can't
    read); the server erases those too where the device may write."""

    items: list[ErasureTarget] = Field(default_factory=list, max_length=MAX_ERASURE_ITEMS)


class ConfirmErasureResponse(WireModel):
    erased: int  # dependent items whose revisions the server deleted
