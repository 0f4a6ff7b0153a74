"""The few calls the UI makes on `fieldapp.vault` itself, in one place.

Called on the database worker only (ui.tasks), never on the UI thread: creating and
unlocking run the Argon2id key derivation.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported where used: fieldapp.vault loads after the first paint
    from fieldapp.crypto.kdf import KdfParams
    from fieldapp.local.views import DraftView, ProfileView
    from fieldapp.vault import Vault
    from fieldapp.vault.secrets import SecretStore

# The vault, the local profile, (ended without a clean lock?, drafts waiting to be offered).
Opened = tuple["Vault", "ProfileView", tuple[bool, list["DraftView"]]]


def vault_exists(folder: Path) -> bool:
    from fieldapp.vault import Vault

    return bool(Vault.exists(folder))


def organisations(profile: Path) -> list[str]:
    """The organisations with a vault under the profile folder (see
    fieldapp.local.organisations): [] new laptop, [""] one vault, else their keys."""
    from fieldapp.local.organisations import organisations as listed

    return listed(profile)


def vault_folder(profile: Path, organisation: str) -> Path:
    from fieldapp.local.organisations import vault_folder as folder

    return folder(profile, organisation)


def create_vault(folder: Path, passphrase: str, *, display_name: str, roles: list[str],
                 kdf_params: KdfParams | None = None,
                 secret_store: SecretStore | None = None) -> Vault:
    from fieldapp.vault import Vault

    profile = {"display_name": display_name, "role": roles[0], "roles": roles}
    return Vault.create(folder, passphrase, profile=profile, kdf_params=kdf_params,
                        secret_store=secret_store)


def unlock_vault(folder: Path, passphrase: str, *,
                 secret_store: SecretStore | None = None) -> Vault:
    from fieldapp.vault import Vault

    return Vault.unlock(folder, passphrase, secret_store=secret_store)


def load_profile(vault: Vault) -> ProfileView:
    from fieldapp.local import profile as local

    with vault.session() as session:
        return local.get_profile(session)


def open_session(vault: Vault) -> Opened:
    """What the app needs of a vault just opened (on the database worker): the vault, the
    local profile, and (ended without a clean lock?, drafts waiting to be offered back).
    Marks the vault in use until the next clean lock."""
    from fieldapp.local import drafts

    profile = load_profile(vault)
    with vault.session() as session:
        return vault, profile, drafts.open_session(session)


def change_passphrase(vault: Vault, old: str, new: str, *,
                      kdf_params: KdfParams | None = None) -> None:
    vault.change_passphrase(old, new, kdf_params=kdf_params)
