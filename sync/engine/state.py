"""Vault-side state of the engine: sessions, the small key/value table, account, collections.

No network here. Every helper takes a vault session; the engine never keeps a session open
across a network call.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TypeGuard

from sqlalchemy import Table, delete, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from fieldapp.crypto.keys import AccountKeys
from fieldapp.local.models import LocalProfile
from fieldapp.local.sync_state import SyncAccount, SyncCollection, SyncMeta, SyncUser
from fieldapp.people import directory
from fieldapp.records.base import Base
from fieldapp.vault import Vault
from sync.client.auth import Tokens
from sync.protocol import CollectionKind, UserInfo, read_stored

KIND_ORDER: tuple[CollectionKind, ...] = (
    "people", "registry", "casework", "casework-restricted", "handoff", "renovation",
    "neighbourhood", "supervision", "audit", "community", "partners", "collective", "signal",
    "consultation",
)



def is_kind(kind: str) -> TypeGuard[CollectionKind]:
    """Whether a local key's prefix names a collection kind the server knows."""
    return kind in KIND_ORDER


def table_of(model: type[Base]) -> Table:
    """The table a mapped model is declared on (SQLAlchemy types ``__table__`` as any
    FromClause; every model of the vault is declared on a plain Table)."""
    table = model.__table__
    assert isinstance(table, Table), model
    return table


@contextmanager
def apply_session(vault: Vault) -> Iterator[Session]:
    """A write session for applying server data. Foreign keys are not enforced while it
    runs: a replica receives rows of several collections in server order, and a record may
    arrive before the record it points to (or point into a collection this user cannot
    read). Committed at the end of the block, like ``vault.session()``."""
    with vault.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            session = Session(bind=conn, expire_on_commit=False)
            session.info["clock"] = vault.clock
            try:
                with session.begin():
                    yield session
            finally:
                session.close()
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


def retry_locked(fn: Any, *, seconds: float = 30.0) -> Any:
    """Run a small write, waiting beyond busy_timeout while another writer holds the lock."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            return fn()
        except OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


# ---------------------------------------------------------------------------- meta


def meta_get(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(SyncMeta, key)
    return default if row is None else row.value


def meta_set(session: Session, key: str, value: Any) -> None:
    row = session.get(SyncMeta, key)
    if row is None:
        session.add(SyncMeta(key=key, value=value))
    else:
        row.value = value


# ---------------------------------------------------------------------------- account


def load_account(session: Session) -> SyncAccount | None:
    return session.get(SyncAccount, 1)


def account_keys(account: SyncAccount) -> AccountKeys | None:
    if not account.wrap_private or not account.sign_private:
        return None
    return AccountKeys(wrap_private=account.wrap_private, sign_private=account.sign_private)


def account_tokens(account: SyncAccount) -> Tokens | None:
    if not account.access_token or not account.refresh_token or not account.device_id:
        return None
    return Tokens(
        access_token=account.access_token,
        refresh_token=account.refresh_token,
        device_id=account.device_id,
        user=read_stored(UserInfo, account.user),
    )


def save_account(
    session: Session,
    *,
    server_url: str,
    email: str,
    tokens: Tokens,
    keys: AccountKeys,
    device_name: str,
) -> None:
    account = load_account(session) or SyncAccount(id=1)
    account.server_url = server_url
    account.email = email
    account.user_id = tokens.user.id
    account.user = tokens.user.model_dump(mode="json")
    account.organisation_id = tokens.user.organisation_id
    account.device_name = device_name
    account.wrap_private, account.sign_private = keys.wrap_private, keys.sign_private
    _set_tokens(account, tokens)
    session.add(account)


def _set_tokens(account: SyncAccount, tokens: Tokens | None) -> None:
    account.access_token = tokens.access_token if tokens else None
    account.refresh_token = tokens.refresh_token if tokens else None
    if tokens is not None:
        account.device_id = tokens.device_id
        account.user = tokens.user.model_dump(mode="json")


def store_tokens(vault: Vault, tokens: Tokens | None) -> None:
    """Persist rotated tokens at once (a crash must never lose the newest refresh token)."""

    def write() -> None:
        with vault.session() as s:
            account = load_account(s)
            if account is not None:
                _set_tokens(account, tokens)

    retry_locked(write)


def drop_account_keys(session: Session) -> None:
    """Forget the account's private keys and tokens (revoked device / disabled account)."""
    account = load_account(session)
    if account is not None:
        account.wrap_private = account.sign_private = None
        _set_tokens(account, None)


# ---------------------------------------------------------------------------- collections


def collections(session: Session) -> list[SyncCollection]:
    rows = list(session.scalars(select(SyncCollection)))
    rank: dict[str, int] = {kind: i for i, kind in enumerate(KIND_ORDER)}
    return sorted(rows, key=lambda c: (rank.get(c.kind, 99), c.local_key))


def collection_by_key(session: Session, local_key: str) -> SyncCollection | None:
    return session.get(SyncCollection, local_key)


def upsert_collection(
    session: Session, *, local_key: str, server_id: str, kind: str, access: str, key_version: int
) -> None:
    row = session.get(SyncCollection, local_key)
    if row is None:
        session.execute(delete(SyncCollection).where(SyncCollection.server_id == server_id))
        session.add(
            SyncCollection(
                local_key=local_key, server_id=server_id, kind=kind, access=access,
                key_version=key_version, last_seq=0,
            )
        )
    elif row.server_id == server_id:
        row.access, row.key_version = access, key_version


def profile(session: Session) -> LocalProfile | None:
    return session.scalar(select(LocalProfile).limit(1))


def remember_users(session: Session, emails: dict[str, str]) -> dict[str, str]:
    """Accounts the server lists (id -> e-mail address), then every name this laptop can
    show: the server keeps no names (issue 14); a person shows by their e-mail address
    until their name arrives in the sealed directory (fieldapp.people.names)."""
    for user_id, email in emails.items():
        directory.remember_email(session, user_id, email)
    session.flush()
    directory.take_names(session)
    return user_names(session)


def user_names(session: Session) -> dict[str, str]:
    return {u.id: u.display_name for u in session.scalars(select(SyncUser))}
