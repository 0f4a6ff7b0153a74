"""The few calls the UI makes on `fieldapp.vault` itself, in one place.

Called on the database worker only (ui.tasks), never on the UI thread: creating and
unlocking run the Argon2id key derivation.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def vault_exists(folder: Path) -> bool:
    from fieldapp.vault import Vault

    return bool(Vault.exists(folder))


def _options(kdf_params: Any, secret_store: Any) -> dict[str, Any]:
    options: dict[str, Any] = {}
    if kdf_params is not None:
        options["kdf_params"] = kdf_params
    if secret_store is not None:
        options["secret_store"] = secret_store
    return options


def create_vault(folder: Path, passphrase: str, *, display_name: str, role: str,
                 kdf_params: Any = None, secret_store: Any = None) -> Any:
    from fieldapp.vault import Vault

    profile = {"display_name": display_name, "role": role}
    return Vault.create(folder, passphrase, profile=profile,
                        **_options(kdf_params, secret_store))


def unlock_vault(folder: Path, passphrase: str, *, secret_store: Any = None) -> Any:
    from fieldapp.vault import Vault

    return Vault.unlock(folder, passphrase, **_options(None, secret_store))


def load_profile(vault: Any) -> Any:
    from fieldapp.services import local

    with vault.session() as session:
        return local.get_profile(session)


def open_session(vault: Any) -> tuple[Any, Any, Any]:
    """What the app needs of a vault just opened (on the database worker): the vault, the
    local profile, and (ended without a clean lock?, drafts waiting to be offered back).
    Marks the vault in use until the next clean lock."""
    from fieldapp.services import drafts

    profile = load_profile(vault)
    with vault.session() as session:
        return vault, profile, drafts.open_session(session)


def change_passphrase(vault: Any, old: str, new: str, *, kdf_params: Any = None) -> None:
    options = {"kdf_params": kdf_params} if kdf_params is not None else {}
    vault.change_passphrase(old, new, **options)
