"""Typed errors of the vault. Messages are for people and never contain key material."""

from __future__ import annotations

from fieldapp.i18n import QT_TRANSLATE_NOOP


class VaultError(Exception):
    """Base class of every error raised by fieldapp.vault; `.message` is the English source."""

    context = "vault"

    def __init__(self, message: str) -> None:
        self.message = message
        super().__init__(message)


class WrongPassphrase(VaultError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "vault",
                "The passphrase is not correct. Check Caps Lock and the keyboard layout, "
                "then try again.",
            )
        )


class DeviceSecretMissing(VaultError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "vault",
                "This vault is tied to the keyring of the computer it was created on, and "
                "that secret is not available here. A copied vault can't be opened on "
                "another device.",
            )
        )


class KeyringUnavailable(VaultError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "vault",
                "No system keyring is available on this computer, and your organisation "
                "requires one to protect the vault. Ask IT to enable the keyring.",
            )
        )


class VaultCorrupt(VaultError):
    def __init__(self, message: str | None = None) -> None:
        super().__init__(
            message
            or QT_TRANSLATE_NOOP(
                "vault",
                "The vault's header file is damaged or was altered, so the vault can't be "
                "opened. Restore it from a backup or ask IT for help.",
            )
        )


class VaultNotFound(VaultError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("vault", "There is no vault in this folder."))


class VaultExists(VaultError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("vault", "A vault already exists in this folder; unlock it instead.")
        )


class VaultLocked(VaultError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("vault", "The vault is locked. Unlock it with your passphrase first.")
        )


class WeakPassphrase(VaultError):
    def __init__(self, min_length: int) -> None:
        self.min_length = min_length
        super().__init__(
            QT_TRANSLATE_NOOP("vault", "Choose a passphrase of at least {min_length} characters.")
            .format(min_length=min_length)
        )
