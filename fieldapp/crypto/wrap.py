"""Collection keys wrapped to a member's X25519 public key and signed by the granter (§5.2)."""

from __future__ import annotations

from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from fieldapp.crypto import aead
from fieldapp.crypto.encoding import pack_fields
from fieldapp.crypto.errors import CryptoError
from fieldapp.crypto.kdf import INFO_WRAP, hkdf
from fieldapp.crypto.keys import AccountKeys, verify


@dataclass(frozen=True)
class WrappedKey:
    """A collection key for one member. All fields travel to the server as they are."""

    collection_id: str
    key_version: int
    member_id: str
    ephemeral_public: bytes
    sealed: bytes  # nonce ‖ AES-256-GCM ciphertext of the 32-byte collection key
    granter_id: str
    signature: bytes  # Ed25519 by the granter over signed_message()

    def signed_message(self) -> bytes:
        return pack_fields(
            "fieldapp/wrap-signature/v1",
            [
                self.collection_id,
                self.key_version,
                self.member_id,
                self.ephemeral_public,
                self.sealed,
                self.granter_id,
            ],
        )


def _aad(collection_id: str, key_version: int, member_id: str) -> bytes:
    return pack_fields("fieldapp/wrap/v1", [collection_id, key_version, member_id])


def wrap_collection_key(
    collection_key: bytes,
    *,
    collection_id: str,
    key_version: int,
    member_id: str,
    recipient_wrap_public: bytes,
    granter_id: str,
    granter_keys: AccountKeys,
) -> WrappedKey:
    """Ephemeral X25519 → HKDF-SHA256 (salt = eph pub ‖ recipient pub) → AES-256-GCM; signed."""
    if len(collection_key) != 32:
        raise CryptoError("a collection key is 32 bytes")
    ephemeral = X25519PrivateKey.generate()
    eph_pub = ephemeral.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_wrap_public))
    kek = hkdf(shared, info=INFO_WRAP, salt=eph_pub + recipient_wrap_public)
    sealed = aead.encrypt(kek, collection_key, _aad(collection_id, key_version, member_id))
    unsigned = WrappedKey(collection_id, key_version, member_id, eph_pub, sealed, granter_id, b"")
    signature = granter_keys.sign(unsigned.signed_message())
    return WrappedKey(collection_id, key_version, member_id, eph_pub, sealed, granter_id, signature)


def unwrap_collection_key(
    wrapped: WrappedKey, *, member_keys: AccountKeys, granter_sign_public: bytes
) -> bytes:
    """Verify the granter's signature, then decrypt. Raises SignatureError / DecryptionError."""
    verify(granter_sign_public, wrapped.signature, wrapped.signed_message())
    own_public = member_keys.public.wrap_public
    shared = X25519PrivateKey.from_private_bytes(member_keys.wrap_private).exchange(
        X25519PublicKey.from_public_bytes(wrapped.ephemeral_public)
    )
    kek = hkdf(shared, info=INFO_WRAP, salt=wrapped.ephemeral_public + own_public)
    return aead.decrypt(
        kek, wrapped.sealed, _aad(wrapped.collection_id, wrapped.key_version, wrapped.member_id)
    )
