"""The desktop app's controller: vault life cycle (create, unlock, lock), language, settings.

    app = FieldApp(vault_dir, kdf_params=TEST_KDF_PARAMS, secret_store=MemorySecretStore(),
                   idle_ms=200, settings=AppSettings(tmp / "settings.ini"))
    app.start()

Everything slow (key derivation, opening the database) runs on the task runner's database
worker; the event loop never waits. Locking saves unsaved editor text as encrypted drafts
first, then drops the keys, then destroys every screen that showed personal data. While
unlocked, what is being typed is kept as drafts every few seconds (`ui.draft_autosave`), and
the drafts a crash or a quit left behind are offered back at the next unlock.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from ui.areas import Area
from ui.context import AppContext
from ui.draft_autosave import AUTOSAVE_MS, DraftAutosaver
from ui.errors import error_text
from ui.i18n import Translations
from ui.idle import IdleWatcher
from ui.main_window import MainWindow
from ui.settings import AppSettings
from ui.tasks import TaskRunner
from ui.vault_access import (
    Opened,
    create_vault,
    open_session,
    organisations,
    unlock_vault,
    vault_exists,
    vault_folder,
)
from ui.workspace_hooks import WorkspaceHooks, WorkspaceState

if TYPE_CHECKING:
    from fieldapp.crypto.kdf import KdfParams
    from fieldapp.local.views import DraftView
    from fieldapp.vault import Vault
    from fieldapp.vault.secrets import SecretStore
    from sync.engine.account import ClientFactory
    from ui.recovered_drafts import RecoveredDraftsDialog
    from ui.settings_dialog import SettingsDialog

log = logging.getLogger(__name__)


def profile_roles(profile: object) -> tuple[str, ...]:
    """The roles of the person signed in (every one; a profile from before several roles
    were kept has its one role)."""
    roles = tuple(getattr(profile, "roles", ()) or ())
    role = getattr(profile, "role", "")
    return roles or ((role,) if role else ())


class FieldApp(QObject):
    """Owns the main window and the unlocked vault (if any)."""

    unlocked = Signal()
    locked = Signal()

    def __init__(
        self,
        vault_dir: Path,
        *,
        kdf_params: KdfParams | None = None,
        secret_store: SecretStore | None = None,
        idle_ms: int | None = None,
        autosave_ms: int = AUTOSAVE_MS,
        clock: Callable[[], float] = time.monotonic,
        settings: AppSettings | None = None,
        today: Callable[[], date] = date.today,
        language: str | None = None,
        sync_client_factory: ClientFactory | None = None,
        sync_timings: dict[str, int] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        # the profile folder: one vault, or one per organisation (fieldapp.local.organisations);
        # vault_dir is the folder of the vault open or last opened
        self.profile_dir = self.vault_dir = Path(vault_dir)
        self.kdf_params = kdf_params
        self.secret_store = secret_store
        self.settings = settings or AppSettings()
        self.today = today
        self.runner = TaskRunner(self)
        self.translations = Translations()
        self.translations.install(language or self.settings.language)
        self._idle_override = idle_ms
        self.idle = IdleWatcher(self._idle_interval(), self, clock=clock)
        self.idle.idle.connect(self.lock)
        self.autosave = DraftAutosaver(self.runner, interval_ms=autosave_ms, parent=self)
        self.idle.on_typing = self.autosave.schedule
        self.autosave.collected.connect(self.idle.arm_typing)
        self.recovered: RecoveredDraftsDialog | None = None  # when one is open
        self.vault: Vault | None = None
        self.context: AppContext | None = None
        self._restore: WorkspaceState = {}
        self._locking = False
        self.settings_dialog: SettingsDialog | None = None

        self.window = MainWindow()
        w = self.window
        w.create_page.submitted.connect(self._create)
        w.unlock_page.submitted.connect(self._unlock)
        w.lock_action.triggered.connect(self.lock)
        w.settings_action.triggered.connect(self.open_settings)
        w.quit_action.triggered.connect(w.close)
        for page in (w.create_page, w.unlock_page):
            page.language_picker.chosen.connect(self.set_language)
        w.show_language(self.translations.language)
        from ui.sync.hookup import SyncHookup

        self.sync = SyncHookup(self, client_factory=sync_client_factory, timings=sync_timings,
                               parent=self)

    # -- life cycle ---------------------------------------------------------------------

    def start(self) -> None:
        keys = organisations(self.profile_dir)
        self.window.unlock_page.set_organisations(keys)
        if keys or vault_exists(self.vault_dir):
            self.window.show_unlock()
        else:
            self.window.show_create()
        self.window.show()

    def shutdown(self) -> None:
        """Lock (saving drafts) and wait for the database worker; used at quit."""
        if self.vault is not None:
            self.lock()
        self.runner.wait_for_done()

    def dispose(self) -> None:
        """Tear down on the main thread: stop watching input, close the window.

        Qt objects must die on the thread they live on. Left to Python's cyclic garbage
        collector, this object could be collected on a worker thread while the main
        thread is calling its event filter.
        """
        self.shutdown()
        self.idle.stop()
        application = QCoreApplication.instance()
        if application is not None:
            application.removeEventFilter(self.idle)
        self.window.close()
        self.translations.uninstall()
        self.deleteLater()

    def _idle_interval(self) -> int:
        if self._idle_override is not None:
            return self._idle_override
        return self.settings.idle_minutes * 60_000

    def _create(self, display_name: str, roles: list[str], passphrase: str) -> None:
        page = self.window.create_page
        page.set_busy(True)
        folder, kdf, store = self.vault_dir, self.kdf_params, self.secret_store

        def work() -> Opened:
            vault = create_vault(folder, passphrase, display_name=display_name, roles=roles,
                                 kdf_params=kdf, secret_store=store)
            return open_session(vault)

        def failed(exc: BaseException) -> None:
            page.set_busy(False)
            page.show_error(error_text(exc))

        self.runner.db(work, on_success=self._opened, on_failure=failed)

    def _unlock(self, passphrase: str) -> None:
        page = self.window.unlock_page
        page.set_busy(True)
        self.vault_dir = vault_folder(self.profile_dir, page.organisation())
        folder, store = self.vault_dir, self.secret_store

        def work() -> Opened:
            vault = unlock_vault(folder, passphrase, secret_store=store)
            return open_session(vault)

        def failed(exc: BaseException) -> None:
            page.set_busy(False)
            page.show_error(error_text(exc))

        self.runner.db(work, on_success=self._opened, on_failure=failed)

    def _opened(self, result: Opened) -> None:
        from ui.installed_areas import areas_of  # the heavy screens load after the first paint

        self.vault, profile, (unclean, waiting) = result
        self.window.create_page.set_busy(False)
        self.window.create_page.clear_secrets()
        self.window.unlock_page.clear_secrets()
        context = self.context = AppContext(vault=self.vault, profile=profile,
                                            runner=self.runner, today=self.today, parent=self)
        context.failed.connect(self._show_failure)
        context.autosave = self.autosave
        roles = profile_roles(profile)
        areas = areas_of(roles) or areas_of(["social_assistant"])  # an unknown role: casework
        built: list[tuple[Area, QWidget]] = []
        for area in areas:  # only the areas of the person's roles are built
            workspace = area.build(context, self.window)
            if not isinstance(workspace, WorkspaceHooks):
                raise TypeError(f"{type(workspace).__name__} lacks the workspace hooks")
            built.append((area, workspace))
        host = self.window.show_areas(built)
        self.window.set_person(profile.display_name, roles)
        warning = getattr(self.vault, "keyring_warning", None)
        if warning:
            host.show_keyring_warning()
        after_lock = bool(self._restore)
        host.restore_state(self._restore)
        self._restore = {}
        self.autosave.attach(self.vault, collect=host.collect_drafts)
        self.sync.opened(context)
        self.idle.set_interval(self._idle_interval())
        self.idle.start()
        if waiting and not after_lock:  # after an idle lock the screens bring their own back
            self._offer_drafts(context, waiting, crashed=unclean)
        self.unlocked.emit()

    def _offer_drafts(self, context: AppContext, waiting: list[DraftView], *,
                      crashed: bool) -> None:
        from ui.recovered_drafts import RecoveredDraftsDialog

        self.recovered = RecoveredDraftsDialog(context, waiting, crashed=crashed,
                                               workspace=self.window.host,
                                               parent=self.window)
        self.recovered.open()

    def _show_failure(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 10_000)

    # -- lock ---------------------------------------------------------------------------

    def lock(self) -> None:
        """Save drafts, drop every key, tear down every screen with personal data."""
        if self.vault is None or self._locking:
            return
        self._locking = True
        self.idle.stop()
        vault, context = self.vault, self.context
        host = self.window.host
        drafts: dict[str, str] = {}
        if host is not None:  # every area's workspace keeps its state and drafts
            self._restore = host.save_state()
            drafts = self.autosave.collect()
        self.autosave.detach()
        self.sync.closing()
        if context is not None:
            context.close()
        if self.settings_dialog is not None and shiboken6.isValid(self.settings_dialog):
            self.settings_dialog.close()  # it holds the vault (passphrase change)
        if self.recovered is not None and shiboken6.isValid(self.recovered):
            self.recovered.close()  # it shows unsaved text
        self.recovered = None

        def work() -> None:
            from fieldapp.local import drafts as draft_service

            try:
                with vault.session() as session:
                    draft_service.save_drafts(session, texts=drafts)
                    draft_service.close_session(session)
            finally:
                vault.lock()

        def done(_: None = None) -> None:
            self._locking = False
            if context is not None:
                context.deleteLater()  # every task queued before the lock has been answered
            self.locked.emit()

        def failed(exc: BaseException) -> None:
            log.error("saving drafts before lock failed: %s", type(exc).__name__)
            done()

        self.vault = None
        self.context = None
        self.window.show_unlock()
        self.runner.db(work, on_success=done, on_failure=failed)

    def forget_vault(self) -> None:
        """The device was withdrawn: the engine already locked and erased the vault; drop
        every screen and go back to the first-run page (no drafts: there is no vault)."""
        self.idle.stop()
        self.autosave.detach()
        if self.context is not None:
            self.context.close()
            self.context.deleteLater()
        self.vault, self.context, self._restore = None, None, {}
        self.window.show_create()
        self.locked.emit()

    # -- settings and language ----------------------------------------------------------

    def open_settings(self) -> None:
        from ui.settings_dialog import SettingsDialog

        if self.settings_dialog is not None and shiboken6.isValid(self.settings_dialog):
            self.settings_dialog.raise_()
            return
        self.settings_dialog = SettingsDialog(self, self.window)
        self.settings_dialog.open()

    def set_language(self, language: str) -> None:
        self.settings.language = language
        self.translations.install(language)
        self.window.show_language(language)

    def set_idle_interval_ms(self, interval_ms: int | None) -> None:
        """Override the idle time in milliseconds (tests, kiosk setups); None: the setting."""
        self._idle_override = interval_ms
        self.idle.set_interval(self._idle_interval())

    def set_idle_minutes(self, minutes: int) -> None:
        self.settings.idle_minutes = minutes
        self.idle.set_interval(self._idle_interval())
