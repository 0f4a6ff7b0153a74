"""The `fieldapp` entry point and the plain keyring warning."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import Qt

from fieldapp.crypto.kdf import TEST_KDF_PARAMS
from tests.factories import NoSecretStore
from ui.app import FieldApp
from ui.settings import AppSettings


def test_without_a_keyring_the_warning_is_shown_plainly(qtbot, tmp_path):
    app = FieldApp(tmp_path / "vault", kdf_params=TEST_KDF_PARAMS, secret_store=NoSecretStore(),
                   settings=AppSettings(tmp_path / "s.ini"), language="en")
    qtbot.addWidget(app.window)
    app.start()
    page = app.window.create_page
    qtbot.keyClicks(page.name_edit, "Sam")
    qtbot.keyClicks(page.passphrase_edit, "tram canal brique 2026")
    qtbot.keyClicks(page.confirm_edit, "tram canal brique 2026")
    with qtbot.waitSignal(app.unlocked, timeout=10_000):
        qtbot.keyClick(page.confirm_edit, Qt.Key.Key_Return)
    banner = app.window.workspace.banner
    assert banner.isVisible()
    assert "No system keyring was found" in banner.text()
    app.dispose()


def test_register_import_is_handed_to_the_headless_cli_without_qt_widgets():
    # `--help` stops after the hand-off; building a vault is the CLI's own test's business.
    code = (
        "import sys\n"
        "from ui.main import main\n"
        "try:\n"
        "    main(['register-import', '--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('widgets' if 'PySide6.QtWidgets' in sys.modules else 'headless')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert "--passphrase-file" in done.stdout
    assert done.stdout.strip().splitlines()[-1] == "headless"


def test_fieldapp_help_lists_the_options():
    done = subprocess.run([sys.executable, "-m", "ui.main", "--help"], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0
    assert "--vault" in done.stdout and "--lang" in done.stdout
