"""Pull the plug mid-sentence: the real app, in its own process, types a case note and is
killed with SIGKILL (no lock, no clean-up, nothing flushed by the app). At the next unlock
the text is offered back, minus at most the last few seconds of typing."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from fieldapp.crypto.kdf import TEST_KDF_PARAMS
from fieldapp.local import drafts
from fieldapp.vault import Vault
from tests.factories import PASSPHRASE, NoSecretStore, make_world
from tests.ui.ui_helpers import modal_dialog
from ui.app import FieldApp
from ui.draft_autosave import AUTOSAVE_MS
from ui.recovered_drafts import RecoveredDraftsDialog
from ui.settings import AppSettings

ROOT = Path(__file__).resolve().parents[2]
WORDS = ("de huurder vraagt hulp bij de aanvraag van het sociaal tarief en de premie voor "
         "de renovatie van de badkamer ").split()
TYPING_SECONDS = 8.0
# The promise: a crash loses seconds, not text. The issue allows 10 s; the autosave keeps
# every 3 s, so hold it to the interval plus two seconds of slack for a loaded machine.
MAX_LOSS_SECONDS = AUTOSAVE_MS / 1000 + 2.0


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is a POSIX signal")
def test_sigkill_mid_typing_loses_seconds_not_text(qtbot, tmp_path):
    vault_dir = tmp_path / "vault"
    vault = Vault.create(vault_dir, PASSPHRASE, profile={
        "display_name": "Test Assistent", "role": "social_assistant",
        "organisation": "test-org", "sites": ["anneessens"]},
        kdf_params=TEST_KDF_PARAMS, secret_store=NoSecretStore())
    world = make_world(vault)
    vault.lock()
    text = " ".join(WORDS * 40)
    (tmp_path / "text.txt").write_text(text, encoding="utf-8")

    # `-m` from the repository root: the child imports the tests package like pytest.
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.kill_typist", str(vault_dir),
         str(tmp_path / "settings.ini"), world.household_id, str(tmp_path / "text.txt")],
        stdout=subprocess.PIPE, stderr=(tmp_path / "stderr.txt").open("w"), text=True, cwd=ROOT)
    progress: list[tuple[int, float]] = []
    deadline = time.monotonic() + 60
    kill_after = TYPING_SECONDS + random.uniform(0, 1.5)  # when to pull the plug
    try:
        for line in child.stdout:
            assert time.monotonic() < deadline, "the child never got to typing"
            if line.startswith("typed "):
                _, count, when = line.split()
                progress.append((int(count), float(when)))
                if progress[-1][1] - progress[0][1] >= kill_after:
                    break
        killed_at = time.monotonic()
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL, (tmp_path / "stderr.txt").read_text()[-2000:]
    assert progress, "nothing was typed"

    vault = Vault.unlock(vault_dir, PASSPHRASE, secret_store=NoSecretStore())
    try:
        with vault.session(read_only=True) as s:
            kept = drafts.load_draft(s, key=f"note:{world.case_id}")
    finally:
        vault.lock()
    assert kept is not None, "the typed note was lost"
    assert text.startswith(kept.rstrip(" ")), "the kept text is not what was typed"
    must_have = max((count for count, when in progress
                     if when <= killed_at - MAX_LOSS_SECONDS), default=0)
    assert must_have > 0  # the test typed long enough for the bound to mean something
    assert len(kept) >= must_have, (
        f"kept {len(kept)} characters; {must_have} had been typed {MAX_LOSS_SECONDS} s "
        "before the kill")

    # The person starts the app again: the text is offered back, with the crash named.
    app = FieldApp(vault_dir, kdf_params=TEST_KDF_PARAMS, secret_store=NoSecretStore(),
                   settings=AppSettings(tmp_path / "settings.ini"), language="en")
    qtbot.addWidget(app.window)
    app.start()
    try:
        page = app.window.unlock_page
        qtbot.keyClicks(page.passphrase_edit, PASSPHRASE)
        with qtbot.waitSignal(app.unlocked, timeout=10_000):
            qtbot.keyClick(page.passphrase_edit, "\r")
        dialog = modal_dialog(qtbot, RecoveredDraftsDialog)
        assert dialog.crashed
        assert dialog.preview.toPlainText() == kept
    finally:
        app.dispose()
