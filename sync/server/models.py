"""The server's tables. Every table holding organisation data carries organisation_id (§6).

Times are unix seconds (float) from the injectable clock. Binary columns hold ciphertext,
public keys or signatures only; nothing here is plaintext of a record, name or note.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    UniqueConstraint,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

ID = String(36)

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class ServerConfig(Base):
    """Server-wide secrets shared by every stateless worker (e.g. the pre-login salt key)."""

    __tablename__ = "server_config"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[bytes] = mapped_column(LargeBinary)


class Organisation(Base):
    __tablename__ = "organisations"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    max_offline_days: Mapped[int] = mapped_column(Integer, default=30)
    require_device_secret: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[float] = mapped_column(Float)


class User(Base):
    __tablename__ = "users"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"), index=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    # no name: the laptops share names in their sealed people directory (issue 14)
    role: Mapped[str] = mapped_column(String(32))  # the primary role: the first of roles
    # Every role of the account, primary first (sync.protocol.check_roles); authorisation
    # asks `has_role`, never `role` alone.
    roles: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    # the housing company itself or the DMBSH (seconded): sync.protocol.Employer
    employer: Mapped[str] = mapped_column(String(20), default="housing_company",
                                          server_default="housing_company")
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    auth_hash: Mapped[str | None] = mapped_column(String(200))
    account_salt: Mapped[bytes | None] = mapped_column(LargeBinary)
    kdf_params: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    wrap_public: Mapped[bytes | None] = mapped_column(LargeBinary)
    sign_public: Mapped[bytes | None] = mapped_column(LargeBinary)
    sealed_private_keys: Mapped[bytes | None] = mapped_column(LargeBinary)
    enrolled_at: Mapped[float | None] = mapped_column(Float)
    created_at: Mapped[float] = mapped_column(Float)

    def all_roles(self) -> list[str]:
        """Every role, primary first (an account from before 0004 has its one role)."""
        return list(self.roles or [self.role])

    def has_role(self, *roles: str) -> bool:
        """Whether the account holds one of `roles`."""
        return any(r in roles for r in self.all_roles())


class RetiredKeys(Base):
    """Public keys an account used before a re-enrolment, kept so revisions and wraps signed
    with them stay verifiable by devices that never saw those keys."""

    __tablename__ = "retired_keys"
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), primary_key=True)
    sign_public: Mapped[bytes] = mapped_column(LargeBinary, primary_key=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"), index=True)
    wrap_public: Mapped[bytes] = mapped_column(LargeBinary)
    valid_from: Mapped[float] = mapped_column(Float)
    valid_until: Mapped[float] = mapped_column(Float)


class EnrolmentCode(Base):
    __tablename__ = "enrolment_codes"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"), index=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    expires_at: Mapped[float] = mapped_column(Float)
    used_at: Mapped[float | None] = mapped_column(Float)
    created_at: Mapped[float] = mapped_column(Float)


class Device(Base):
    __tablename__ = "devices"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"), index=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[float] = mapped_column(Float)
    last_seen_at: Mapped[float | None] = mapped_column(Float)
    revoked_at: Mapped[float | None] = mapped_column(Float)
    wipe: Mapped[bool] = mapped_column(Boolean, default=False)


class TokenFamily(Base):
    """One login session: a chain of rotating refresh tokens and their access tokens."""

    __tablename__ = "token_families"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"), index=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"), index=True)
    created_at: Mapped[float] = mapped_column(Float)
    revoked_at: Mapped[float | None] = mapped_column(Float)
    revoked_reason: Mapped[str | None] = mapped_column(String(32))


class RefreshToken(Base):
    __tablename__ = "refresh_tokens"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"), index=True)
    family_id: Mapped[str] = mapped_column(ForeignKey("token_families.id"), index=True)
    created_at: Mapped[float] = mapped_column(Float)
    expires_at: Mapped[float] = mapped_column(Float)
    used_at: Mapped[float | None] = mapped_column(Float)


class AccessToken(Base):
    __tablename__ = "access_tokens"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"), index=True)
    family_id: Mapped[str] = mapped_column(ForeignKey("token_families.id"), index=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"))
    expires_at: Mapped[float] = mapped_column(Float)


class LoginThrottle(Base):
    """Failure counters per account and per address; the key is a SHA-256, not the email/IP."""

    __tablename__ = "login_throttle"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer)
    last_failure_at: Mapped[float] = mapped_column(Float)
    blocked_until: Mapped[float] = mapped_column(Float)


class Collection(Base):
    __tablename__ = "collections"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    sealed_meta: Mapped[bytes | None] = mapped_column(LargeBinary)
    key_version: Mapped[int] = mapped_column(Integer)
    needs_rotation: Mapped[bool] = mapped_column(Boolean, default=False)
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    created_by: Mapped[str] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[float] = mapped_column(Float)


class Membership(Base):
    __tablename__ = "memberships"
    collection_id: Mapped[str] = mapped_column(ForeignKey("collections.id"), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), primary_key=True, index=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"), index=True)
    access: Mapped[str] = mapped_column(String(8))
    granted_by: Mapped[str] = mapped_column(ID)
    created_at: Mapped[float] = mapped_column(Float)


class StoredWrappedKey(Base):
    __tablename__ = "wrapped_keys"
    collection_id: Mapped[str] = mapped_column(ForeignKey("collections.id"), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), primary_key=True, index=True)
    key_version: Mapped[int] = mapped_column(Integer, primary_key=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"), index=True)
    ephemeral_public: Mapped[bytes] = mapped_column(LargeBinary)
    sealed: Mapped[bytes] = mapped_column(LargeBinary)
    granter_id: Mapped[str] = mapped_column(ID)
    signature: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[float] = mapped_column(Float)


class Item(Base):
    """The current pointer of each item; every revision stays in `revisions`."""

    __tablename__ = "items"
    collection_id: Mapped[str] = mapped_column(ForeignKey("collections.id"), primary_key=True)
    item_id: Mapped[str] = mapped_column(ID, primary_key=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"), index=True)
    current_rev: Mapped[str] = mapped_column(ID)
    current_seq: Mapped[int] = mapped_column(BigInteger)


class Revision(Base):
    __tablename__ = "revisions"
    __table_args__ = (
        UniqueConstraint("collection_id", "item_id", "rev", name="uq_revisions_item_rev"),
    )
    collection_id: Mapped[str] = mapped_column(ForeignKey("collections.id"), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"), index=True)
    item_id: Mapped[str] = mapped_column(ID)
    rev: Mapped[str] = mapped_column(ID)
    base_rev: Mapped[str | None] = mapped_column(ID)
    key_version: Mapped[int] = mapped_column(Integer)
    author_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    device_id: Mapped[str] = mapped_column(ID)
    deleted: Mapped[bool] = mapped_column(Boolean)
    ciphertext: Mapped[bytes] = mapped_column(LargeBinary)
    signature: Mapped[bytes] = mapped_column(LargeBinary)  # empty under a manifest
    received_at: Mapped[float] = mapped_column(Float)
    # The push manifest that signs this revision (issue 13), None for one signed alone.
    manifest_id: Mapped[int | None] = mapped_column(BigInteger)
    manifest_index: Mapped[int | None] = mapped_column(Integer)


class Manifest(Base):
    """The author's one signature over the digests of a pushed batch (in batch order), kept
    for the revisions stored from it. ``id`` is the seq of the first of them."""

    __tablename__ = "manifests"
    collection_id: Mapped[str] = mapped_column(ForeignKey("collections.id"), primary_key=True)
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"), index=True)
    author_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    signature: Mapped[bytes] = mapped_column(LargeBinary)
    digests: Mapped[bytes] = mapped_column(LargeBinary)  # 32 bytes per record of the batch
    received_at: Mapped[float] = mapped_column(Float)


class Blob(Base):
    __tablename__ = "blobs"
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"), primary_key=True)
    blob_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    complete: Mapped[bool] = mapped_column(Boolean, default=False)
    created_by: Mapped[str] = mapped_column(ID)
    created_at: Mapped[float] = mapped_column(Float)
    completed_at: Mapped[float | None] = mapped_column(Float)


class BlobRef(Base):
    """A blob is readable by members of every collection it was (provably) uploaded under."""

    __tablename__ = "blob_refs"
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"), primary_key=True)
    blob_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    collection_id: Mapped[str] = mapped_column(
        ForeignKey("collections.id"), primary_key=True, index=True
    )
    # False until someone with write access to this collection uploaded the bytes (or could
    # already read the blob through another proven reference).
    proven: Mapped[bool] = mapped_column(Boolean, default=False, server_default=true())


class AuditEntry(Base):
    """Metadata only: who, from which device, did what to which id, when, with what outcome."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_org_id", "organisation_id", "id"),)
    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    organisation_id: Mapped[str | None] = mapped_column(ID)
    at: Mapped[float] = mapped_column(Float)
    user_id: Mapped[str | None] = mapped_column(ID)
    device_id: Mapped[str | None] = mapped_column(ID)
    action: Mapped[str] = mapped_column(String(40))
    collection_id: Mapped[str | None] = mapped_column(ID)
    item_id: Mapped[str | None] = mapped_column(ID)
    blob_id: Mapped[str | None] = mapped_column(String(64))
    target_id: Mapped[str | None] = mapped_column(ID)
    outcome: Mapped[str] = mapped_column(String(40))


# ---------------------------------------------------------------- GDPR (issue 14)


class ErasureOrder(Base):
    """An erasure (art. 17) or retention purge a supervisor ordered; carried out on the
    server when made. Ids only: the reason is sealed by the client."""

    __tablename__ = "erasure_orders"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"), index=True)
    scope: Mapped[str] = mapped_column(String(16))
    requested_by: Mapped[str] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[float] = mapped_column(Float)
    reason_collection_id: Mapped[str | None] = mapped_column(ID)
    reason_key_version: Mapped[int | None] = mapped_column(Integer)
    reason_sealed: Mapped[bytes | None] = mapped_column(LargeBinary)
    revisions_deleted: Mapped[int] = mapped_column(Integer, default=0)


class ErasureItem(Base):
    """An item an order erased; kept (ids only) so devices learn what to purge."""

    __tablename__ = "erasure_items"
    order_id: Mapped[str] = mapped_column(ForeignKey("erasure_orders.id"), primary_key=True)
    collection_id: Mapped[str] = mapped_column(ID, primary_key=True)
    item_id: Mapped[str] = mapped_column(ID, primary_key=True, index=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"), index=True)


class ErasureBlob(Base):
    __tablename__ = "erasure_blobs"
    order_id: Mapped[str] = mapped_column(ForeignKey("erasure_orders.id"), primary_key=True)
    blob_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"), index=True)


class ErasureDevice(Base):
    """A device that must purge an order's records, and when it confirmed it did."""

    __tablename__ = "erasure_devices"
    order_id: Mapped[str] = mapped_column(ForeignKey("erasure_orders.id"), primary_key=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"), primary_key=True,
                                           index=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"), index=True)
    user_id: Mapped[str] = mapped_column(ID)
    confirmed_at: Mapped[float | None] = mapped_column(Float)


class LegalHold(Base):
    """Records that no erasure or purge may touch while the hold lasts."""

    __tablename__ = "legal_holds"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"), index=True)
    created_by: Mapped[str] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[float] = mapped_column(Float)
    reason_collection_id: Mapped[str] = mapped_column(ID)
    reason_key_version: Mapped[int] = mapped_column(Integer)
    reason_sealed: Mapped[bytes] = mapped_column(LargeBinary)
    released_at: Mapped[float | None] = mapped_column(Float)
    released_by: Mapped[str | None] = mapped_column(ID)


class LegalHoldItem(Base):
    __tablename__ = "legal_hold_items"
    hold_id: Mapped[str] = mapped_column(ForeignKey("legal_holds.id"), primary_key=True)
    collection_id: Mapped[str] = mapped_column(ID, primary_key=True)
    item_id: Mapped[str] = mapped_column(ID, primary_key=True, index=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"), index=True)


class GdprSettingsRow(Base):
    """The organisation's retention periods and register of processing (art. 30), as the
    JSON of sync.protocol.GdprSettings: no personal data."""

    __tablename__ = "gdpr_settings"
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"),
                                                 primary_key=True)
    settings: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_by: Mapped[str] = mapped_column(ID)
    updated_at: Mapped[float] = mapped_column(Float)
