"""User settings kept by Qt (language, idle-lock minutes, the organisation's CA bundle):
nothing personal is stored here."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from ui.i18n import LANGUAGES, system_language

DEFAULT_IDLE_MINUTES = 5


class AppSettings:
    """A thin typed wrapper over `QSettings`; pass `path` for an isolated INI file (tests)."""

    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            self._qs = QSettings("FieldApp", "fieldapp")
        else:
            self._qs = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def language(self) -> str:
        value = str(self._qs.value("ui/language", "") or "")
        return value if value in LANGUAGES else system_language()

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(f"unsupported language: {value}")
        self._qs.setValue("ui/language", value)

    @property
    def idle_minutes(self) -> int:
        value = self._qs.value("security/idle_minutes", DEFAULT_IDLE_MINUTES)
        try:
            minutes = int(value) if isinstance(value, int | str | float) else DEFAULT_IDLE_MINUTES
        except ValueError:
            minutes = DEFAULT_IDLE_MINUTES
        return max(1, min(minutes, 60))

    @idle_minutes.setter
    def idle_minutes(self, value: int) -> None:
        self._qs.setValue("security/idle_minutes", max(1, min(int(value), 60)))

    @property
    def ca_bundle(self) -> str | None:
        """The organisation's CA bundle (path of a PEM file) for the sync server's
        certificate, set by the IT administrator; None: the system's certificate store."""
        value = self._qs.value("sync/ca_bundle", "")
        return value if isinstance(value, str) and value else None

    @ca_bundle.setter
    def ca_bundle(self, value: str | None) -> None:
        if value:
            self._qs.setValue("sync/ca_bundle", value)
        else:
            self._qs.remove("sync/ca_bundle")

    def sync(self) -> None:
        self._qs.sync()
