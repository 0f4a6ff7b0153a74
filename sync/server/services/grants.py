"""Collections, members and wrapped collection keys (§4, §5.2, §5.6).

The server cannot check that a wrapped key opens (it never holds a collection key); it checks
shape, ids and the granter's Ed25519 signature, and clients verify the rest.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from fieldapp.crypto.errors import SignatureError
from fieldapp.crypto.keys import verify
from sync.protocol import (
    CASEWORK_KINDS,
    NO_CASEWORK_ROLES,
    OWNED_KINDS,
    CollectionInfo,
    CollectionListResponse,
    CreateCollectionRequest,
    MemberInfo,
    MembersResponse,
    PutMemberRequest,
    RotateRequest,
    WrappedKeyModel,
    may_join,
    server_kind,
)
from sync.server.errors import ApiError
from sync.server.models import Collection, Membership, StoredWrappedKey, User
from sync.server.services.access import visible_collection
from sync.server.services.context import Audit, Caller, require_role

EPHEMERAL_LEN = 32
SEALED_KEY_LEN = 12 + 32 + 16
SIGNATURE_LEN = 64
MAX_KEY_VERSION = 2**31 - 1  # the column's INTEGER
LAST_MANAGER_MESSAGE = (
    "a collection needs at least one member with manage access: "
    "give manage access to another member first"
)


def wrapped_model(row: StoredWrappedKey) -> WrappedKeyModel:
    return WrappedKeyModel(
        collection_id=row.collection_id,
        key_version=row.key_version,
        member_id=row.user_id,
        ephemeral_public=row.ephemeral_public,
        sealed=row.sealed,
        granter_id=row.granter_id,
        signature=row.signature,
        granted_at=row.created_at,
    )


def collection_info(
    collection: Collection, access: str, keys: Sequence[StoredWrappedKey]
) -> CollectionInfo:
    return CollectionInfo(
        id=collection.id,
        kind=collection.kind,  # type: ignore[arg-type]
        sealed_meta=collection.sealed_meta,
        key_version=collection.key_version,
        access=access,  # type: ignore[arg-type]
        needs_rotation=collection.needs_rotation,
        created_by=collection.created_by,
        created_at=collection.created_at,
        wrapped_keys=[wrapped_model(k) for k in sorted(keys, key=lambda k: k.key_version)],
    )


def _my_keys(db: Session, user_id: str, collection_id: str) -> list[StoredWrappedKey]:
    return list(
        db.scalars(
            select(StoredWrappedKey).where(
                StoredWrappedKey.collection_id == collection_id,
                StoredWrappedKey.user_id == user_id,
            )
        ).all()
    )


def check_wrapped_key(
    wrapped: WrappedKeyModel, *, collection_id: str, caller: Caller, member_id: str | None = None
) -> None:
    if wrapped.collection_id != collection_id:
        raise ApiError(400, "invalid_request", "a wrapped key names another collection")
    if not 0 <= wrapped.key_version <= MAX_KEY_VERSION:
        raise ApiError(400, "invalid_request", "key_version out of range")
    if member_id is not None and wrapped.member_id != member_id:
        raise ApiError(400, "invalid_request", "a wrapped key names another member")
    if wrapped.granter_id != caller.user.id:
        raise ApiError(400, "invalid_request", "wrapped keys must be granted by the caller")
    if (
        len(wrapped.ephemeral_public) != EPHEMERAL_LEN
        or len(wrapped.sealed) != SEALED_KEY_LEN
        or len(wrapped.signature) != SIGNATURE_LEN
    ):
        raise ApiError(400, "invalid_request", "a wrapped key has the wrong shape")
    if caller.user.sign_public is None:
        raise ApiError(400, "invalid_request", "the caller has no signing key")
    try:
        verify(caller.user.sign_public, wrapped.signature, wrapped.to_crypto().signed_message())
    except SignatureError:
        raise ApiError(400, "bad_signature", "a wrapped key's signature does not verify") from None


def store_wrapped_key(
    db: Session, wrapped: WrappedKeyModel, *, organisation_id: str, now: float
) -> None:
    db.merge(
        StoredWrappedKey(
            collection_id=wrapped.collection_id,
            user_id=wrapped.member_id,
            key_version=wrapped.key_version,
            organisation_id=organisation_id,
            ephemeral_public=wrapped.ephemeral_public,
            sealed=wrapped.sealed,
            granter_id=wrapped.granter_id,
            signature=wrapped.signature,
            created_at=now,
        )
    )


def create_collection(
    db: Session, *, caller: Caller, audit: Audit, body: CreateCollectionRequest
) -> CollectionInfo:
    """Supervisors create collections and add field workers as members afterwards. A field
    worker creates only their own collections of an owned kind (issue 14): their restricted
    notes of a site and their access log, whose members they choose (the supervisors and
    the colleagues they name); they are its first manager."""
    if body.kind in OWNED_KINDS and not caller.user.has_role("admin"):
        if not may_join(body.kind, caller.user.all_roles(), "manage"):
            # a community worker of the non-profit keeps no notes of a site (issue 19)
            audit.add("collection.create", collection_id=body.id, outcome="forbidden")
            raise ApiError(403, "forbidden", "this role may not hold this kind of collection")
    else:
        require_role(caller, "supervisor")
    check_wrapped_key(
        body.wrapped_key, collection_id=body.id, caller=caller, member_id=caller.user.id
    )
    if body.wrapped_key.key_version != 1:
        raise ApiError(400, "invalid_request", "a new collection starts at key version 1")
    if db.get(Collection, body.id) is not None:
        raise ApiError(409, "already_exists", "a collection with this id exists")
    now = audit.now
    collection = Collection(
        id=body.id,
        organisation_id=caller.user.organisation_id,
        kind=server_kind(body.kind),  # issue 14: only what a rule here needs
        sealed_meta=body.sealed_meta,
        key_version=1,
        needs_rotation=False,
        last_seq=0,
        created_by=caller.user.id,
        created_at=now,
    )
    db.add(collection)
    try:
        db.flush()
    except IntegrityError:
        # Another request created the same id at the same moment (its insert won the
        # unique index); the caller's transaction is rolled back by the request scope.
        raise ApiError(409, "already_exists", "a collection with this id exists") from None
    db.add(
        Membership(
            collection_id=body.id,
            user_id=caller.user.id,
            organisation_id=caller.user.organisation_id,
            access="manage",
            granted_by=caller.user.id,
            created_at=now,
        )
    )
    store_wrapped_key(db, body.wrapped_key, organisation_id=caller.user.organisation_id, now=now)
    db.flush()
    audit.add("collection.create", collection_id=body.id)
    return collection_info(collection, "manage", _my_keys(db, caller.user.id, body.id))


def list_collections(db: Session, *, caller: Caller) -> CollectionListResponse:
    rows = db.execute(
        select(Collection, Membership.access)
        .join(Membership, Membership.collection_id == Collection.id)
        .where(Membership.user_id == caller.user.id)
        .order_by(Collection.created_at, Collection.id)
    ).all()
    keys: dict[str, list[StoredWrappedKey]] = defaultdict(list)
    for key in db.scalars(
        select(StoredWrappedKey).where(StoredWrappedKey.user_id == caller.user.id)
    ):
        keys[key.collection_id].append(key)
    return CollectionListResponse(
        collections=[collection_info(c, access, keys[c.id]) for c, access in rows]
    )


def get_collection(
    db: Session, *, caller: Caller, audit: Audit, collection_id: str
) -> CollectionInfo:
    collection, membership = visible_collection(db, caller, audit, collection_id, "collection.get")
    return collection_info(
        collection, membership.access, _my_keys(db, caller.user.id, collection_id)
    )


def _refuse_last_manager(
    db: Session, audit: Audit, membership: Membership, action: str, *, new_access: str | None
) -> None:
    """409 last_manager when `membership` is the collection's only manage member and
    would lose it (removed, or `new_access` below manage). Callers hold the collection
    row lock, so two managers cannot demote each other at the same moment."""
    if membership.access != "manage" or new_access == "manage":
        return
    others = db.scalar(
        select(func.count())
        .select_from(Membership)
        .where(
            Membership.collection_id == membership.collection_id,
            Membership.access == "manage",
            Membership.user_id != membership.user_id,
        )
    )
    if not others:
        audit.add(
            action,
            collection_id=membership.collection_id,
            target_id=membership.user_id,
            outcome="last_manager",
        )
        raise ApiError(409, "last_manager", LAST_MANAGER_MESSAGE)


def _members(db: Session, collection: Collection) -> MembersResponse:
    rows = db.execute(
        select(Membership, User)
        .join(User, User.id == Membership.user_id)
        .where(Membership.collection_id == collection.id)
        .order_by(User.email, User.id)
    ).all()
    versions: dict[str, list[int]] = defaultdict(list)
    for user_id, version in db.execute(
        select(StoredWrappedKey.user_id, StoredWrappedKey.key_version)
        .where(StoredWrappedKey.collection_id == collection.id)
        .order_by(StoredWrappedKey.key_version)
    ):
        versions[user_id].append(version)
    return MembersResponse(
        collection_id=collection.id,
        key_version=collection.key_version,
        members=[
            MemberInfo(
                user_id=user.id,
                role=user.role,  # type: ignore[arg-type]
                access=m.access,  # type: ignore[arg-type]
                key_versions=versions[user.id],
            )
            for m, user in rows
        ],
    )


def list_members(
    db: Session, *, caller: Caller, audit: Audit, collection_id: str
) -> MembersResponse:
    collection, _ = visible_collection(db, caller, audit, collection_id, "members.list")
    audit.add("members.list", collection_id=collection_id)
    return _members(db, collection)


def _refuse_casework_to_collective(audit: Audit, collection: Collection, target: User,
                                  user_id: str, access: str) -> None:
    """A collective assistant (issue 18) never holds a casework key, and reads the registry
    only: whoever grants it, the server refuses (403 forbidden, audited)."""
    if not all(role in NO_CASEWORK_ROLES for role in target.all_roles()):
        return
    if collection.kind in CASEWORK_KINDS or (collection.kind == "registry" and access != "read"):
        audit.add("members.put", collection_id=collection.id, target_id=user_id,
                  outcome="forbidden")
        raise ApiError(403, "forbidden",
                       "a collective assistant holds no casework key and reads the registry")


def put_member(
    db: Session,
    *,
    caller: Caller,
    audit: Audit,
    collection_id: str,
    user_id: str,
    body: PutMemberRequest,
) -> MemberInfo:
    collection, _ = visible_collection(
        db, caller, audit, collection_id, "members.put", need="manage", lock=True
    )
    target = db.get(User, user_id)
    if target is None or target.organisation_id != caller.user.organisation_id:
        raise audit.denied("members.put", collection_id=collection_id, target_id=user_id)
    if target.has_role("admin"):
        audit.add("members.put", collection_id=collection_id, target_id=user_id, outcome="refused")
        raise ApiError(400, "admin_not_member", "an admin cannot be a member of a collection")
    if (collection.kind in OWNED_KINDS and caller.user.id != collection.created_by
            and user_id != collection.created_by and not target.has_role("supervisor")):
        # Someone's restricted notes or access log: only its author names who else reads
        # it; a supervisor (a manager too) may only re-grant the author or a supervisor.
        audit.add("members.put", collection_id=collection_id, target_id=user_id,
                  outcome="forbidden")
        raise ApiError(403, "forbidden", "only its author chooses who reads this collection")
    if not may_join(collection.kind, target.all_roles(), body.access):
        # Issue 19: the community workers (another legal entity) hold the PSC's and the
        # social map's keys only; the social map is read-only to the other field roles.
        audit.add("members.put", collection_id=collection_id, target_id=user_id,
                  outcome="forbidden")
        raise ApiError(403, "forbidden", "this person's role may not hold this collection "
                                         "with this access")
    _refuse_casework_to_collective(audit, collection, target, user_id, body.access)
    membership = db.get(Membership, (collection_id, user_id))
    versions = set()
    for wrapped in body.wrapped_keys:
        check_wrapped_key(wrapped, collection_id=collection_id, caller=caller, member_id=user_id)
        if wrapped.key_version > collection.key_version:
            raise ApiError(409, "key_version_mismatch", "a wrapped key is for a future version")
        versions.add(wrapped.key_version)
    if membership is None and collection.key_version not in versions:
        raise ApiError(
            400, "invalid_request", "a new member needs the current key wrapped for them"
        )
    now = audit.now
    if membership is None:
        membership = Membership(
            collection_id=collection_id,
            user_id=user_id,
            organisation_id=caller.user.organisation_id,
            access=body.access,
            granted_by=caller.user.id,
            created_at=now,
        )
        db.add(membership)
    else:
        _refuse_last_manager(db, audit, membership, "members.put", new_access=body.access)
        membership.access = body.access
        membership.granted_by = caller.user.id
    for wrapped in body.wrapped_keys:
        store_wrapped_key(db, wrapped, organisation_id=caller.user.organisation_id, now=now)
    db.flush()
    audit.add("members.put", collection_id=collection_id, target_id=user_id)
    return next(m for m in _members(db, collection).members if m.user_id == user_id)


def remove_member(
    db: Session, *, caller: Caller, audit: Audit, collection_id: str, user_id: str
) -> CollectionInfo:
    need = "read" if user_id == caller.user.id else "manage"
    collection, my_membership = visible_collection(
        db, caller, audit, collection_id, "members.remove", need=need, lock=True
    )
    membership = db.get(Membership, (collection_id, user_id))
    if membership is None:
        raise audit.denied("members.remove", collection_id=collection_id, target_id=user_id)
    _refuse_last_manager(db, audit, membership, "members.remove", new_access=None)
    db.execute(
        delete(StoredWrappedKey).where(
            StoredWrappedKey.collection_id == collection_id, StoredWrappedKey.user_id == user_id
        )
    )
    db.delete(membership)
    collection.needs_rotation = True
    db.flush()
    audit.add("members.remove", collection_id=collection_id, target_id=user_id)
    keys = _my_keys(db, caller.user.id, collection_id)
    return collection_info(collection, my_membership.access, keys)


def rotate(
    db: Session, *, caller: Caller, audit: Audit, collection_id: str, body: RotateRequest
) -> CollectionInfo:
    collection, membership = visible_collection(
        db, caller, audit, collection_id, "collection.rotate", need="manage", lock=True
    )
    if body.new_key_version != collection.key_version + 1:
        raise ApiError(
            409,
            "key_version_mismatch",
            "the new key version must be the current one plus one",
            details={"current_key_version": collection.key_version},
        )
    enrolled_members = set(
        db.scalars(
            select(Membership.user_id)
            .join(User, User.id == Membership.user_id)
            .where(Membership.collection_id == collection_id, User.wrap_public.is_not(None))
        ).all()
    )
    given = [w.member_id for w in body.wrapped_keys]
    if len(given) != len(set(given)) or set(given) != enrolled_members:
        raise ApiError(
            409,
            "key_version_mismatch",
            "rotation needs one wrapped key per remaining member",
            details={"members": sorted(enrolled_members)},
        )
    for wrapped in body.wrapped_keys:
        check_wrapped_key(wrapped, collection_id=collection_id, caller=caller)
        if wrapped.key_version != body.new_key_version:
            raise ApiError(400, "invalid_request", "every wrapped key must be for the new version")
    for wrapped in body.wrapped_keys:
        store_wrapped_key(db, wrapped, organisation_id=caller.user.organisation_id, now=audit.now)
    collection.key_version = body.new_key_version
    collection.needs_rotation = False
    db.flush()
    audit.add("collection.rotate", collection_id=collection_id)
    return collection_info(
        collection, membership.access, _my_keys(db, caller.user.id, collection_id)
    )
