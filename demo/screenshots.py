"""Grab every main screen to PNG, to look at layouts in each language.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m demo.screenshots --lang fr --out /tmp/shots

Builds a small demo vault (fictitious data, fast test KDF, in-memory keyring) in a
temporary folder, drives the app to each screen and saves `<screen>_<lang>.png`.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="demo.screenshots")
    parser.add_argument("--lang", choices=("nl", "fr", "en"), default="en")
    parser.add_argument("--size", default="1280x800",
                        help="window size in logical pixels, e.g. 960x540 (200 %% of 1080p)")
    parser.add_argument("--out", type=Path,
                        default=Path(tempfile.gettempdir()) / "fieldapp-shots")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QWidget

    from demo.seed import DEMO_PASSPHRASE, seed_demo
    from fieldapp.crypto.kdf import TEST_KDF_PARAMS
    from fieldapp.vault import MemorySecretStore
    from ui.app import FieldApp
    from ui.casework.case_dialogs import ReferralDialog
    from ui.casework.workspace import Workspace
    from ui.settings import AppSettings

    if QApplication.instance() is None:
        QApplication([])
    out, lang = args.out, args.lang
    width, height = (int(v) for v in args.size.lower().split("x"))
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="fieldapp-shots-"))
    store = MemorySecretStore()

    def wait(ms: int = 500) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def shot(widget: QWidget, name: str) -> None:
        widget.grab().save(str(out / f"{name}_{lang}.png"))

    first = FieldApp(tmp / "new", kdf_params=TEST_KDF_PARAMS, secret_store=store,
                     settings=AppSettings(tmp / "first.ini"), language=lang)
    first.start()
    first.window.resize(1100, 720)
    first.window.create_page.name_edit.setText("Sam Peeters")
    first.window.create_page.passphrase_edit.setText("tram canal brique 2026")
    wait(200)
    shot(first.window, "create")
    first.window.close()

    seed_demo(tmp / "vault", DEMO_PASSPHRASE, households=30, notes_per_household=8,
              kdf_params=TEST_KDF_PARAMS, secret_store=store)
    app = FieldApp(tmp / "vault", kdf_params=TEST_KDF_PARAMS, secret_store=store,
                   settings=AppSettings(tmp / "app.ini"), language=lang)
    app.start()
    app.window.resize(width, height)
    page = app.window.unlock_page
    page.passphrase_edit.setText("not the passphrase")
    page.unlock_button.click()
    wait(800)
    shot(app.window, "unlock_error")
    page.passphrase_edit.setText(DEMO_PASSPHRASE)
    page.unlock_button.click()
    wait(1500)
    ws = app.window.workspace
    assert isinstance(ws, Workspace)  # the demo person is a site social assistant
    shot(app.window, "households")
    ws.show_followups()
    wait()
    shot(app.window, "followups")
    ws.show_search()
    ws.search.query_edit.setText("huur")
    wait(900)
    shot(app.window, "search")
    ws.show_welcome()
    wait()
    shot(app.window, "welcome")
    ws.show_office_hours()
    wait(900)
    shot(app.window, "office_hours")
    households = ws.households
    households.whose_combo.setCurrentIndex(households.whose_combo.findData("everyone"))
    wait(900)  # the seeded case files carry former names: none is the demo person's own
    rows = [r for r in households.model.rows() if r.case_status == "open"]
    ws.open_case(rows[0].id)
    wait(900)
    view = ws.current_case()
    assert view is not None
    shot(app.window, "case")
    view.new_note()
    view.editor.text_edit.setPlainText("…")
    wait(200)
    shot(app.window, "case_note")
    view.editor.objective_combo.showPopup()
    wait(200)
    shot(view.editor.objective_combo.view().window(), "objectives")
    view.editor.objective_combo.hidePopup()
    for name, opener in (("dialog_followup", view.plan_followup),
                         ("dialog_referral", view.add_referral),
                         ("dialog_visit", view.plan_visit),
                         ("dialog_support_plan", view.open_support_plan),
                         ("dialog_housing", view.open_housing),
                         ("dialog_internal_request", view.ask_department),
                         ("dialog_agent_along", view.ask_agent_along)):
        opener()
        wait(300)
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                shot(widget, name)
                widget.close()
    app.open_settings()
    wait(300)
    settings = app.settings_dialog
    assert settings is not None
    shot(settings, "settings")
    settings.close()

    # Unsaved text: a referral typed, the vault locked and unlocked, the dialog opened again.
    view = ws.current_case()
    assert view is not None
    view.add_referral()
    wait(300)
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, ReferralDialog) and w.isVisible())
    dialog.reason_edit.setPlainText("Aanvraag leefloon; de huurder heeft geen inkomen meer.")
    app.lock()
    wait(800)
    page.passphrase_edit.setText(DEMO_PASSPHRASE)
    page.unlock_button.click()
    wait(1500)
    ws = app.window.workspace
    assert isinstance(ws, Workspace)
    view = ws.current_case()
    assert view is not None
    view.add_referral()
    wait(600)
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            shot(widget, "dialog_referral_restored")
            widget.close()
    app.shutdown()

    # What a crash leaves: the drafts, and the session never closed; the next unlock.
    from fieldapp.local import drafts
    from fieldapp.vault import Vault

    vault = Vault.unlock(tmp / "vault", DEMO_PASSPHRASE, secret_store=store)
    with vault.session() as session:
        drafts.open_session(session)
    vault.lock()
    again = FieldApp(tmp / "vault", kdf_params=TEST_KDF_PARAMS, secret_store=store,
                     settings=AppSettings(tmp / "app.ini"), language=lang)
    again.start()
    again.window.resize(1280, 800)
    again.window.unlock_page.passphrase_edit.setText(DEMO_PASSPHRASE)
    again.window.unlock_page.unlock_button.click()
    wait(1500)
    if again.recovered is not None:
        shot(again.recovered, "recovered_drafts")
        shot(again.window, "recovered_drafts_window")
    again.shutdown()
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
