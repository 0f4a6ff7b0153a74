"""Collections and their members: create, add (after an in-person check), remove + rotate.

DESIGN.md §4, §5.2, §5.5, §5.6. Every wrapped key is signed by the granter (me).
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from fieldapp.crypto import aead
from fieldapp.crypto.encoding import pack_fields
from fieldapp.crypto.errors import DecryptionError
from fieldapp.crypto.wrap import wrap_collection_key
from sync.client.auth import Auth
from sync.client.errors import IntegrityError, MissingKey
from sync.client.http import Http
from sync.client.keys import KeyDirectory, KeyRing
from sync.protocol import (
    Access,
    CollectionInfo,
    CollectionKind,
    CreateCollectionRequest,
    MemberInfo,
    MembersResponse,
    PutMemberRequest,
    RotateRequest,
    WrappedKeyModel,
    server_kind,
)

META_DOMAIN = "fieldapp/collection-meta/v1"
META_KEY_VERSION = 1


def meta_aad(collection_id: str, key_version: int = META_KEY_VERSION) -> bytes:
    """AAD of a collection's sealed metadata: it opens only as the metadata of this
    collection under this key version (see sync/protocol.py, ``sealed_meta``)."""
    return pack_fields(META_DOMAIN, [collection_id, key_version])


def seal_meta(
    key: bytes, collection_id: str, meta: dict[str, Any], *, key_version: int = META_KEY_VERSION
) -> bytes:
    """A collection's name and kind-specific facts: compact sorted JSON, AES-256-GCM under
    the collection key of `key_version` (always 1: every member holds it), random nonce."""
    plaintext = json.dumps(meta, separators=(",", ":"), sort_keys=True).encode()
    return aead.encrypt(key, plaintext, meta_aad(collection_id, key_version))


def open_meta(
    key: bytes, collection_id: str, sealed: bytes, *, key_version: int = META_KEY_VERSION
) -> dict[str, Any]:
    """IntegrityError if it does not decrypt as this collection's metadata (tampered, or
    moved from another collection) or is not a JSON object."""
    try:
        data = json.loads(aead.decrypt(key, sealed, meta_aad(collection_id, key_version)))
    except DecryptionError:
        raise IntegrityError(
            f"the metadata of collection {collection_id} did not decrypt"
        ) from None
    except ValueError:
        raise IntegrityError(f"the metadata of collection {collection_id} is malformed") from None
    if not isinstance(data, dict):
        raise IntegrityError(f"the metadata of collection {collection_id} is malformed")
    return data


class Members:
    def __init__(self, http: Http, auth: Auth, directory: KeyDirectory, ring: KeyRing) -> None:
        self.http, self.auth, self.directory, self.ring = http, auth, directory, ring

    def _wrap(
        self, key: bytes, *, collection_id: str, version: int, member_id: str
    ) -> WrappedKeyModel:
        me = self.auth.user.id
        # only ever for keys verified on this device (issue 14); my own keys are mine
        recipient = (self.auth.require_keys().public if member_id == me
                     else self.directory.for_wrapping(member_id))
        wrapped = wrap_collection_key(
            key,
            collection_id=collection_id,
            key_version=version,
            member_id=member_id,
            recipient_wrap_public=recipient.wrap_public,
            granter_id=me,
            granter_keys=self.auth.require_keys(),
        )
        return WrappedKeyModel.from_crypto(wrapped)

    def create_collection(
        self,
        kind: CollectionKind,
        *,
        meta: dict[str, Any] | None = None,
        collection_id: str | None = None,
    ) -> CollectionInfo:
        """A new collection with a fresh random key (version 1) wrapped for me; supervisors only."""
        collection_id = collection_id or str(uuid.uuid4())
        key = aead.new_key()
        me = self.auth.user.id
        request = CreateCollectionRequest(
            id=collection_id,
            kind=server_kind(kind),  # the true kind travels sealed in `meta` only
            sealed_meta=seal_meta(key, collection_id, meta) if meta is not None else None,
            wrapped_key=self._wrap(key, collection_id=collection_id, version=1, member_id=me),
        )
        info = self.http.call("POST", "/v1/collections", CollectionInfo, request)
        self.ring.add(collection_id, 1, key)
        self.ring.absorb(info)
        return info

    def meta(self, collection_id: str) -> dict[str, Any] | None:
        self.ring.current_version(collection_id)
        info = self.ring.collections[collection_id]
        if info.sealed_meta is None:
            return None
        key = self.ring.key(collection_id, META_KEY_VERSION)
        return open_meta(key, collection_id, info.sealed_meta)

    def list_members(self, collection_id: str) -> MembersResponse:
        return self.http.call("GET", f"/v1/collections/{collection_id}/members", MembersResponse)

    def add_member(
        self, collection_id: str, user_id: str, *, access: Access,
        verified_fingerprint: str | None = None,
    ) -> MemberInfo:
        """Grant `user_id` every key version I hold, after checking the fingerprint the two
        people compared in person (a mismatch raises FingerprintMismatch and grants
        nothing). Without a fingerprint, the user's current key must have been verified on
        this device before (NotVerified / KeyChanged otherwise, nothing granted)."""
        if verified_fingerprint is not None:
            self.directory.verified(user_id, verified_fingerprint)
        self.ring.refresh()
        versions = self.ring.versions(collection_id)
        current = self.ring.current_version(collection_id)
        if current not in versions:
            raise MissingKey(collection_id=collection_id, key_version=current)
        wrapped = [
            self._wrap(key, collection_id=collection_id, version=v, member_id=user_id)
            for v, key in sorted(versions.items())
        ]
        return self.http.call(
            "PUT",
            f"/v1/collections/{collection_id}/members/{user_id}",
            MemberInfo,
            PutMemberRequest(access=access, wrapped_keys=wrapped),
        )

    def set_access(self, collection_id: str, user_id: str, *, access: Access) -> MemberInfo:
        return self.http.call(
            "PUT",
            f"/v1/collections/{collection_id}/members/{user_id}",
            MemberInfo,
            PutMemberRequest(access=access, wrapped_keys=[]),
        )

    def remove_member(
        self, collection_id: str, user_id: str, *, rotate: bool = True
    ) -> CollectionInfo:
        """Remove a member (the server revokes at once), then rotate the key (§5.6)."""
        info = self.http.call(
            "DELETE", f"/v1/collections/{collection_id}/members/{user_id}", CollectionInfo
        )
        if rotate and user_id != self.auth.user.id:
            return self.rotate(collection_id)
        return info

    def rotate(self, collection_id: str) -> CollectionInfo:
        """A new random key, version current+1, wrapped for every remaining member (each
        one's key verified here: NotVerified / KeyChanged before anything is sent)."""
        members = self.list_members(collection_id)
        new_version = members.key_version + 1
        key = aead.new_key()
        wrapped = [
            self._wrap(key, collection_id=collection_id, version=new_version, member_id=m.user_id)
            for m in members.members
        ]
        info = self.http.call(
            "POST",
            f"/v1/collections/{collection_id}/rotate",
            CollectionInfo,
            RotateRequest(new_key_version=new_version, wrapped_keys=wrapped),
            idempotent=False,
        )
        self.ring.add(collection_id, new_version, key)
        self.ring.absorb(info)
        return info
