"""Device-local sync state, never synced itself (DESIGN.md §6, issue 4).

Everything lives in the encrypted vault like the records: the account's private keys and
tokens, the map of local collection keys to server collections, the merge base of every
record, revisions sent but not yet acknowledged, open conflicts, pinned public keys and
blob transfers.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Float, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from fieldapp.records.base import Base


class SyncAccount(Base):
    """The server account of this vault (one row): session tokens and private keys."""

    __tablename__ = "sync_account"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    server_url: Mapped[str] = mapped_column(String(300))
    email: Mapped[str] = mapped_column(String(254))
    user_id: Mapped[str] = mapped_column(String(36))
    user: Mapped[dict[str, Any]] = mapped_column(JSON)
    organisation_id: Mapped[str] = mapped_column(String(36))
    device_id: Mapped[str | None] = mapped_column(String(36))
    device_name: Mapped[str] = mapped_column(String(200), default="")
    access_token: Mapped[str | None] = mapped_column(Text)
    refresh_token: Mapped[str | None] = mapped_column(Text)
    wrap_private: Mapped[bytes | None] = mapped_column(LargeBinary)
    sign_private: Mapped[bytes | None] = mapped_column(LargeBinary)


class SyncCollection(Base):
    """A local collection key (``casework:<site>``) and the server collection behind it."""

    __tablename__ = "sync_collections"

    local_key: Mapped[str] = mapped_column(String(120), primary_key=True)
    server_id: Mapped[str] = mapped_column(String(36))  # unique (constraint in 0300)
    kind: Mapped[str] = mapped_column(String(30))
    access: Mapped[str] = mapped_column(String(10), default="read")
    key_version: Mapped[int] = mapped_column(Integer, default=1)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)


class SyncBase(Base):
    """The last revision of an item both sides agree on, and its payload (merge base)."""

    __tablename__ = "sync_base"

    item_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(60))
    collection_key: Mapped[str] = mapped_column(String(120))
    rev: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(Integer, default=0)
    author_id: Mapped[str] = mapped_column(String(36), default="")
    received_at: Mapped[float] = mapped_column(Float, default=0.0)
    payload: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class SyncInflight(Base):
    """A revision sent to the server and not acknowledged yet (kept until it is)."""

    __tablename__ = "sync_inflight"

    rev: Mapped[str] = mapped_column(String(36), primary_key=True)
    item_id: Mapped[str] = mapped_column(String(36), index=True)
    table_name: Mapped[str] = mapped_column(String(60))
    collection_key: Mapped[str] = mapped_column(String(120))
    payload: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class SyncConflict(Base):
    """The same fields changed on both sides: both versions kept until the user decides."""

    __tablename__ = "sync_conflicts"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    item_id: Mapped[str] = mapped_column(String(36), index=True)
    table_name: Mapped[str] = mapped_column(String(60))
    collection_key: Mapped[str] = mapped_column(String(120))
    fields: Mapped[dict[str, Any]] = mapped_column(JSON)  # field -> {base, mine, theirs}
    theirs_rev: Mapped[str] = mapped_column(String(36))
    theirs_by: Mapped[str] = mapped_column(String(36))
    theirs_at: Mapped[float] = mapped_column(Float)
    mine_by: Mapped[str] = mapped_column(String(36))
    mine_at: Mapped[datetime]
    created_at: Mapped[datetime]
    resolved: Mapped[bool] = mapped_column(Boolean, default=False, index=True)


class SyncPin(Base):
    """A pinned public key: ``accepted`` (current keys, in order) or ``retired`` (window)."""

    __tablename__ = "sync_pins"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # accepted | retired | taken
    wrap_public: Mapped[bytes] = mapped_column(LargeBinary, default=b"")
    sign_public: Mapped[bytes] = mapped_column(LargeBinary, default=b"")
    valid_from: Mapped[float] = mapped_column(Float, default=0.0)
    valid_until: Mapped[float] = mapped_column(Float, default=0.0)


class SyncKeyCheck(Base):
    """A colleague's public keys this person verified on this device (issue 14): by
    comparing safety numbers (``safety_number``) or by typing the code the colleague read
    aloud at enrolment (``enrolment_code``). Keys are wrapped only for verified keys."""

    __tablename__ = "sync_key_checks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[str] = mapped_column(String(36), index=True)
    wrap_public: Mapped[bytes] = mapped_column(LargeBinary)
    sign_public: Mapped[bytes] = mapped_column(LargeBinary)
    checked_at: Mapped[float] = mapped_column(Float)
    how: Mapped[str] = mapped_column(String(20))


class SyncMeta(Base):
    """Small key → JSON values: last contact, last success, backoff, organisation limits."""

    __tablename__ = "sync_meta"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class SyncUser(Base):
    """The organisation's people as the server lists them (fieldapp/people reads them):
    e-mail address, name and roles of every account, the sites whose case files this device saw them
    hold a key to, and whether the account is still active."""

    __tablename__ = "sync_users"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    # the name from the sealed people directory (fieldapp.people.names), else the one known
    # before the server dropped names, else the e-mail address
    display_name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(254), default="", server_default="")
    roles: Mapped[list[str]] = mapped_column(JSON, default=list)
    site_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class SyncBlob(Base):
    """A blob a record refers to: to upload (local file, not on the server yet) or to
    download (referenced by a pulled record, file missing here)."""

    __tablename__ = "sync_blobs"

    blob_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    collection_key: Mapped[str] = mapped_column(String(120))
    direction: Mapped[str] = mapped_column(String(4))  # up | down
    ref: Mapped[dict[str, Any]] = mapped_column(JSON)  # sync.client BlobRef fields
    path: Mapped[str] = mapped_column(String(500))  # relative to the vault folder
    done: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)

