"""The child of the SIGKILL test: the real app, unlocked through its unlock page, typing a
new case note word by word until it is killed. It prints "typed <characters> <monotonic
time>" after every word, so the test knows what had been typed when it pulled the plug.

    python -m tests.ui.kill_typist VAULT_DIR SETTINGS_FILE HOUSEHOLD_ID TEXT_FILE
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(vault_dir: str, settings_file: str, household_id: str, text_file: str) -> int:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from fieldapp.crypto.kdf import TEST_KDF_PARAMS
    from tests.factories import PASSPHRASE, TODAY, NoSecretStore
    from ui.app import FieldApp
    from ui.settings import AppSettings

    words = Path(text_file).read_text(encoding="utf-8").split(" ")
    qt_app = QApplication([sys.argv[0]])
    app = FieldApp(Path(vault_dir), kdf_params=TEST_KDF_PARAMS, secret_store=NoSecretStore(),
                   settings=AppSettings(Path(settings_file)), today=lambda: TODAY,
                   language="en")
    app.start()
    typed = [0]

    def type_a_word() -> None:
        editor = app.window.workspace.current_case().editor
        word = words[len(typed) - 1] + " "
        QTest.keyClicks(editor.text_edit, word)
        typed.append(typed[-1] + len(word))
        print(f"typed {typed[-1]} {time.monotonic():.3f}", flush=True)
        if len(typed) <= len(words):
            QTimer.singleShot(30, type_a_word)

    def case_loaded() -> None:
        view = app.window.workspace.current_case()
        view.new_note()
        print("ready", flush=True)
        QTimer.singleShot(30, type_a_word)

    def unlocked() -> None:
        view = app.window.workspace.open_case(household_id)
        view.loaded.connect(case_loaded)

    app.unlocked.connect(unlocked)
    page = app.window.unlock_page
    QTest.keyClicks(page.passphrase_edit, PASSPHRASE)
    QTest.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    return qt_app.exec()


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))
