"""First run and second laptop: the server account and the vault are set up together.

The account's private keys and session tokens go into the encrypted vault (``sync_account``),
never into plain files. The vault profile takes the server's user id, name, roles and
organisation, so what the user writes carries the ids the server knows.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from fieldapp.crypto.kdf import KdfParams
from fieldapp.local.models import LocalProfile
from fieldapp.records.payload import synced_models
from fieldapp.vault import SecretStore, Vault
from fieldapp.vault.wipe import wipe_vault
from sync.client import RetryPolicy, SyncClient
from sync.client.pins import PinnedKeys
from sync.client.pins_store import VaultPinnedKeys
from sync.engine import state

ClientFactory = Callable[[str, PinnedKeys | None], SyncClient]
ENGINE_RETRY = RetryPolicy(attempts=3, base_delay=0.5, max_delay=4.0, max_retry_after=30.0)


class WrittenBeforeAccount(ValueError):
    """The vault holds records written before it had an account: they carry a local id the
    server does not know (authors, workers, collections named after their owner), so other
    laptops of the account would never receive some of them. An account is attached to a
    vault before anything is written in it (`enrol_new_vault`, `login_new_device`)."""


def default_client_factory(
    server_url: str, pins: PinnedKeys | None, *, ca_bundle: str | None = None
) -> SyncClient:
    """The engine's client; `ca_bundle`: the organisation's CA bundle (a PEM file), which
    then decides alone which server certificates are trusted."""
    return SyncClient(server_url, pins=pins, retry=ENGINE_RETRY, timeout=(5.0, 60.0),
                      ca_bundle=ca_bundle)


def client_factory_with_ca_bundle(ca_bundle: Callable[[], str | None]) -> ClientFactory:
    """A client factory that asks `ca_bundle()` for the bundle each time it makes a client
    (the desktop's setting, which the IT administrator may change at any time)."""

    def make(server_url: str, pins: PinnedKeys | None) -> SyncClient:
        return default_client_factory(server_url, pins, ca_bundle=ca_bundle())

    return make


def attach_account(
    vault: Vault,
    *,
    server_url: str,
    email: str,
    passphrase: str,
    device_name: str,
    enrolment_code: str | None = None,
    organisation_key: str | None = None,
    kdf_params: KdfParams | None = None,
    client_factory: ClientFactory | None = None,
) -> str:
    """Enrol (with a code) or log in, and keep the account in `vault`; returns the user id.
    A vault that has no account yet must be empty of records (`WrittenBeforeAccount`,
    raised before the server is asked, so an enrolment code is not spent)."""
    with vault.session(read_only=True) as s:
        if state.load_account(s) is None and _holds_records(s):
            raise WrittenBeforeAccount(
                "this vault holds records written before it had an account; attach the "
                "account to a new vault before writing in it")
    factory = client_factory or default_client_factory
    client = factory(server_url, VaultPinnedKeys(vault))
    try:
        if enrolment_code is not None:
            user = client.enrol(email=email, enrolment_code=enrolment_code,
                                passphrase=passphrase, device_name=device_name,
                                kdf_params=kdf_params)
        else:
            user = client.login(email=email, passphrase=passphrase, device_name=device_name)
        tokens, keys = client.auth.tokens, client.auth.account_keys
        assert tokens is not None and keys is not None
        with vault.session() as s:
            state.save_account(s, server_url=server_url, email=email, tokens=tokens,
                               keys=keys, device_name=device_name)
            profile = state.profile(s)
            if profile is not None:
                s.execute(update(LocalProfile).where(LocalProfile.id == profile.id).values(
                    id=user.id, display_name=profile.display_name,
                    role=user.role, roles=list(user.roles or [user.role]),
                    organisation=organisation_key or profile.organisation
                    or user.organisation_id,
                ))
            state.remember_users(s, {user.id: user.email})
        return user.id
    finally:
        client.close()


def _holds_records(session: Session) -> bool:
    return any(session.scalar(select(model.id).limit(1)) is not None
               for model in synced_models())


def _new_vault(
    folder: Path | str, passphrase: str, *, display_name: str, organisation_key: str | None,
    kdf_params: KdfParams | None, secret_store: SecretStore | None, clock: Any,
    **account: Any,
) -> Vault:
    folder = Path(folder)
    existed = folder.exists()
    kwargs = {"clock": clock} if clock is not None else {}
    vault = Vault.create(folder, passphrase, kdf_params=kdf_params, secret_store=secret_store,
                         profile={"display_name": display_name,
                                  "organisation": organisation_key or ""}, **kwargs)
    try:
        attach_account(vault, passphrase=passphrase, organisation_key=organisation_key,
                       kdf_params=kdf_params, **account)
    except BaseException:
        vault.lock()
        wipe_vault(folder, secret_store)
        if not existed:
            shutil.rmtree(folder, ignore_errors=True)
        raise
    return vault


def enrol_new_vault(
    folder: Path | str, *, server_url: str, email: str, enrolment_code: str,
    passphrase: str, device_name: str, display_name: str = "",
    organisation_key: str | None = None, kdf_params: KdfParams | None = None,
    secret_store: SecretStore | None = None, clock: Any = None,
    client_factory: ClientFactory | None = None,
) -> Vault:
    """Enrol the account with the administrator's code and create the vault together."""
    return _new_vault(folder, passphrase, display_name=display_name,
                      organisation_key=organisation_key, kdf_params=kdf_params,
                      secret_store=secret_store, clock=clock, server_url=server_url,
                      email=email, enrolment_code=enrolment_code, device_name=device_name,
                      client_factory=client_factory)


def login_new_device(
    folder: Path | str, *, server_url: str, email: str, passphrase: str, device_name: str,
    display_name: str = "", organisation_key: str | None = None,
    kdf_params: KdfParams | None = None, secret_store: SecretStore | None = None,
    clock: Any = None, client_factory: ClientFactory | None = None,
) -> Vault:
    """The same user on another laptop; the first round pulls their collections."""
    return _new_vault(folder, passphrase, display_name=display_name,
                      organisation_key=organisation_key, kdf_params=kdf_params,
                      secret_store=secret_store, clock=clock, server_url=server_url,
                      email=email, device_name=device_name, client_factory=client_factory)
