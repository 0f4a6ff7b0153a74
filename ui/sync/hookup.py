"""Ties synchronisation to the app: the first-run server page, an engine and a controller per
unlock, the status bar, F5, conflicts, and what each outcome of a round does to the window.

    hookup = SyncHookup(app)     # in FieldApp.__init__
    hookup.opened(workspace)     # after unlock, once the workspace is shown
    hookup.closing()             # at lock, before the keys go
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from ui.sync.account_page import ServerAccountPage
from ui.sync.controller import SyncController
from ui.sync.outcomes import (
    LockedOfflinePage,
    ReloginDialog,
    account_error_text,
    engine_message,
)

if TYPE_CHECKING:
    from fieldapp.crypto.kdf import KdfParams
    from fieldapp.vault import ChangeSet
    from fieldapp.vault.secrets import SecretStore
    from sync.engine import SyncEngine, SyncReport, SyncStatus
    from sync.engine.account import ClientFactory
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.settings import AppSettings
    from ui.tasks import TaskRunner
    from ui.vault_access import Opened


class SyncApp(Protocol):
    """What the hookup asks of the app (ui.app.FieldApp, which imports this module)."""

    @property
    def window(self) -> MainWindow: ...
    @property
    def runner(self) -> TaskRunner: ...
    @property
    def settings(self) -> AppSettings: ...
    @property
    def kdf_params(self) -> KdfParams | None: ...
    @property
    def secret_store(self) -> SecretStore | None: ...
    vault_dir: Path  # the vault open or being made
    profile_dir: Path  # the folder of the person's vaults (one per organisation)

    def _opened(self, result: Opened) -> None: ...

    def forget_vault(self) -> None: ...


class SyncHookup(QObject):
    def __init__(self, app: SyncApp, *, client_factory: ClientFactory | None = None,
                 timings: dict[str, int] | None = None, parent: QObject | None = None) -> None:
        from sync.engine.account import client_factory_with_ca_bundle

        super().__init__(parent)
        self.app = app
        # Tests may hand in their own; the app's clients trust the organisation's CA bundle
        # of the settings when one is set, read each time a client is made.
        self.client_factory = client_factory or client_factory_with_ca_bundle(
            lambda: app.settings.ca_bundle)
        self.timings = timings or {}
        self.engine: SyncEngine | None = None
        self.controller: SyncController | None = None
        self.dialog: QDialog | None = None
        self._manual = False
        self._back_to_unlock = False  # adding an organisation from the unlock page
        self._warned_integrity = False
        self._warned_keys: set[str] = set()  # changed keys already announced this session
        self.context: AppContext | None = None
        w = app.window
        self.account_page = ServerAccountPage(w)
        w.stack.addWidget(self.account_page)
        self.locked_page = LockedOfflinePage(w)
        w.stack.addWidget(self.locked_page)
        w.create_page.server_requested.connect(self.show_account_page)
        self.account_page.back.connect(self._back)
        self.account_page.submitted.connect(self._account)
        self.locked_page.sync_requested.connect(self.sync_now)
        w.sync_action.triggered.connect(self.sync_now)
        w.sync_status.conflicts_requested.connect(self.open_conflicts)
        w.sync_status.keys_requested.connect(self.open_keys)
        w.keys_action.triggered.connect(self.open_keys)

    # -- first run ----------------------------------------------------------------------

    def show_account_page(self, mode: str, *, back_to_unlock: bool = False) -> None:
        """`back_to_unlock`: adding an organisation from the unlock page (issue 19)."""
        self._back_to_unlock = back_to_unlock
        self.account_page.set_mode(mode)
        self.app.window.stack.setCurrentWidget(self.account_page)
        self.account_page.server_edit.setFocus()

    def _back(self) -> None:
        app = self.app
        if self._back_to_unlock:
            app.vault_dir = app.profile_dir  # nothing was added
            app.window.show_unlock()
        else:
            app.window.show_create()

    def _account(self, data: dict[str, str | None]) -> None:
        from sync.engine import enrol_new_vault, login_new_device
        from ui.vault_access import open_session

        page, app = self.account_page, self.app
        page.set_busy(True)
        server_url, email = str(data["server_url"]), str(data["email"])
        display_name = str(data.get("display_name") or "")
        passphrase, device_name = str(data["passphrase"]), str(data["device_name"])
        kdf_params, secret_store = app.kdf_params, app.secret_store
        client_factory = self.client_factory
        folder, code = app.vault_dir, data["code"]

        def work() -> Opened:
            if code:
                vault = enrol_new_vault(folder, enrolment_code=code, server_url=server_url,
                                        email=email, display_name=display_name,
                                        passphrase=passphrase,
                                        device_name=device_name, kdf_params=kdf_params,
                                        secret_store=secret_store,
                                        client_factory=client_factory)
            else:
                vault = login_new_device(folder, server_url=server_url, email=email,
                                         passphrase=passphrase, device_name=device_name,
                                         kdf_params=kdf_params, secret_store=secret_store,
                                         client_factory=client_factory)
            return open_session(vault)

        def done(result: Opened) -> None:
            page.set_busy(False)
            page.clear_secrets()
            app._opened(result)

        def failed(exc: BaseException) -> None:
            page.set_busy(False)
            page.show_error(account_error_text(exc))

        app.runner.db(work, on_success=done, on_failure=failed)

    # -- per unlock ---------------------------------------------------------------------

    def opened(self, context: AppContext) -> None:
        from sync.engine import SyncEngine

        app, w = self.app, self.app.window
        self.engine = SyncEngine(context.vault, secret_store=app.secret_store,
                                 client_factory=self.client_factory)
        context.sync_engine = self.engine
        c = SyncController(self.engine, app.runner, self, **self.timings)
        self.controller = c
        c.status_changed.connect(self._status)
        c.round_started.connect(w.sync_status.round_started)
        c.progressed.connect(w.sync_status.set_progress)
        c.round_finished.connect(w.sync_status.round_finished)
        c.round_finished.connect(self._finished)
        context.changes.connect(self._changed)
        self.context = context
        w.sync_action.setEnabled(True)
        w.keys_action.setEnabled(True)
        self._warned_integrity = False
        self._warned_keys = set()
        c.start()

    def closing(self) -> None:
        """At lock (or withdrawal): stop rounds, forget the engine and every sync screen."""
        if self.controller is not None:
            self.controller.stop()
            self.controller.deleteLater()
            self.controller = None
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.close()
        self.dialog = None
        if self.engine is not None:
            self.engine.close()
            self.engine = None
        self.context = None
        w = self.app.window
        w.sync_status.clear()
        w.sync_action.setEnabled(False)
        w.keys_action.setEnabled(False)

    def _changed(self, changes: ChangeSet) -> None:
        """Every committed change to a synced record here asks for a round (debounced);
        what a round brought in (origin "sync") asks for nothing."""
        if changes.origin == "local" and changes.synced and self.controller is not None:
            self.controller.local_change(changes)

    def _announce(self, changes: ChangeSet) -> None:
        """Tell every open screen what arrived, was merged or was decided."""
        if self.context is not None and changes:
            self.context.announce(changes)

    def sync_now(self) -> None:
        if self.controller is None:
            return
        self._manual = True
        if self.app.window.stack.currentWidget() is self.locked_page:
            self.locked_page.set_busy(True)
        if not self.controller.sync_now():
            self.app.window.statusBar().showMessage(engine_message(
                "A synchronisation is already running."), 4000)

    # -- results ------------------------------------------------------------------------

    def _status(self, status: SyncStatus) -> None:
        self.app.window.sync_status.set_status(status)
        self._key_changed(tuple(getattr(status, "key_changed", ()) or ()))
        if status.locked_offline:
            self._show_locked(status.max_offline_days)
        elif self.app.window.stack.currentWidget() is self.locked_page:
            self._hide_locked()

    def _finished(self, report: SyncReport) -> None:
        manual, self._manual = self._manual, False
        self.locked_page.set_busy(False)
        outcome = report.outcome
        w = self.app.window
        if outcome == "wiped":
            self._withdrawn()
            return
        self._announce(report.changes)  # every screen re-reads what it shows
        if outcome == "locked_offline":
            self.locked_page.show_error(engine_message(report.message))
        elif outcome == "session_ended":
            self._relogin()
        elif outcome == "integrity":
            self._integrity(report)
        elif outcome == "revoked":
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Synchronisation"),
                              engine_message(report.message), parent=w)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
        elif manual and outcome not in ("ok", "clock_skew"):
            w.statusBar().showMessage(engine_message(report.message), 8000)
        elif report.error_kind == "append_only":  # a refusal is said, asked for or not
            w.statusBar().showMessage(engine_message(report.message), 15000)
        elif manual:
            w.statusBar().showMessage(engine_message(report.message), 4000)
        if report.conflicts and manual:
            self.open_conflicts()  # asked for now: the decision is shown at once
        elif report.conflicts:  # never a dialog in the middle of typing
            w.statusBar().showMessage(self.tr("A record was changed on two computers: "
                                              "decide which version to keep."), 8000)

    def _show_locked(self, days: int | None) -> None:
        w = self.app.window
        self.locked_page.set_days(days)
        if w.stack.currentWidget() is not self.locked_page:
            w.stack.setCurrentWidget(self.locked_page)
            w.set_unlocked(False)  # no shortcut reaches the hidden workspace…
            w.lock_action.setEnabled(True)  # …but locking still works
            self.locked_page.sync_button.setFocus()

    def _hide_locked(self) -> None:
        w = self.app.window
        if w.workspace is not None:
            w.show_workspace_again()

    def _integrity(self, report: SyncReport) -> None:
        if self._warned_integrity:
            return
        self._warned_integrity = True
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Security warning"),
                          engine_message(report.message), parent=self.app.window)
        box.setInformativeText(self.tr(
            "Nothing was changed on this computer. Tell your administrator today; "
            "synchronisation will keep refusing the data until it is repaired."))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.dialog = box

    def _key_changed(self, names: tuple[str, ...]) -> None:
        """A colleague's key changed: said once in a box, and in red in the status bar for
        as long as it is not compared again (never silent)."""
        new = set(names) - self._warned_keys
        self._warned_keys &= set(names)  # compared again: a later change is said again
        if not new:
            return
        self._warned_keys |= new
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("A colleague's key changed"),
                          self.tr("The server now gives another key for: %1. Nothing is "
                                  "shared with them until you compare safety numbers "
                                  "again.").replace("%1", ", ".join(sorted(new))),
                          parent=self.app.window)
        box.setInformativeText(self.tr(
            "This happens when someone re-enrols after a forgotten passphrase — or when "
            "someone tries to read what is meant for them. Ask them, in person or on a "
            "number you know, whether they re-enrolled."))
        box.setObjectName("keyChangedMessage")
        compare = box.addButton(self.tr("Compare safety numbers…"),
                                QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        compare.clicked.connect(self.open_keys)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _relogin(self) -> None:
        engine, runner = self.engine, self.app.runner
        if engine is None:  # a round's report arrives only while the engine is there
            return
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            return
        dialog = ReloginDialog(self.app.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def submit(passphrase: str) -> None:
            def ok(_: None) -> None:
                dialog.accept()
                self.sync_now()

            runner.run(lambda: engine.relogin(passphrase), on_success=ok,
                       on_failure=lambda exc: dialog.show_error(account_error_text(exc)))

        dialog.submitted.connect(submit)
        dialog.open()
        self.dialog = dialog

    def _withdrawn(self) -> None:
        """The server revoked this device: the engine has erased the vault; say so plainly."""
        w = self.app.window
        self.closing()
        self.app.forget_vault()
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("This device was withdrawn"),
                          self.tr("This device was withdrawn from your organisation's server "
                                  "and the data on it has been removed. If this is a mistake, "
                                  "contact your administrator; you can then connect again."),
                          parent=w)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setObjectName("withdrawnMessage")
        box.open()

    def open_keys(self) -> QDialog | None:
        """Colleagues' keys: compare safety numbers, mark verified (issue 14, item 7)."""
        from ui.sync.keys_dialog import ColleagueKeysDialog

        if self.engine is None or self.app.window.stack.currentWidget() is self.locked_page:
            return None
        if self.dialog is not None and shiboken6.isValid(self.dialog) and self.dialog.isVisible():
            self.dialog.raise_()
            return self.dialog

        def verified() -> None:
            if self.controller is not None:
                self.controller.refresh_status()
            self.sync_now()  # what waited for them goes now

        dialog = ColleagueKeysDialog(self.engine, self.app.runner, self.app.window,
                                     on_verified=verified)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.load()
        self.dialog = dialog
        return dialog

    def _conflicts_closed(self) -> None:
        if self.controller is not None:
            self.controller.refresh_status()

    def open_conflicts(self) -> None:
        from ui.sync.conflicts_dialog import ConflictsDialog

        if self.engine is None or self.app.window.stack.currentWidget() is self.locked_page:
            return  # no record is shown while the laptop is locked offline
        if self.dialog is not None and shiboken6.isValid(self.dialog) and self.dialog.isVisible():
            self.dialog.raise_()
            return
        dialog = ConflictsDialog(self.engine, self.app.runner, self.app.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.record_resolved.connect(self._announce)  # a local save: screens, a round
        dialog.resolved_all.connect(self.sync_now)  # the choice reaches the other side
        dialog.finished.connect(lambda _r: self._conflicts_closed())
        dialog.open()
        dialog.load()
        self.dialog = dialog
