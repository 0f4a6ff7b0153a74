"""`fieldapp register-import`: exit status, the summary line, refused lines on stderr
without their content, the sync step, and no Qt widgets (issue 16 item 5)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from fieldapp import cli
from fieldapp.crypto.kdf import TEST_KDF_PARAMS
from fieldapp.registry.models import Household
from fieldapp.registry.register_mapping import save_mapping
from fieldapp.vault import MemorySecretStore, Vault
from tests.factories import PASSPHRASE, PROFILE, fixed_clock
from tests.unit.services.register_files import line, people, write_csv

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = Path("/work/shared/domain/tenant-register-sample.csv")


class NoKeyring(MemorySecretStore):
    """A computer without a keyring: the vault is kept by its passphrase alone, so any
    process (the headless command) can open it."""

    def available(self) -> bool:
        return False


@pytest.fixture
def office(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "vault"
    Vault.create(folder, PASSPHRASE, profile=PROFILE, kdf_params=TEST_KDF_PARAMS,
                 secret_store=NoKeyring(), clock=fixed_clock).lock()
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return folder, secret


def _run(office: tuple[Path, Path], *extra: str, sync: object = None) -> int:
    folder, secret = office
    argv = ["register-import", "--vault", str(folder), "--passphrase-file", str(secret),
            *extra]
    return cli.main(argv, sync=sync)  # type: ignore[arg-type]


def _households(folder: Path) -> int:
    vault = Vault.unlock(folder, PASSPHRASE, secret_store=NoKeyring())
    try:
        with vault.session(read_only=True) as s:
            return int(s.scalar(select(func.count(Household.id))) or 0)
    finally:
        vault.lock()


def test_all_lines_taken_exit_0_and_the_summary_line_last(
        office: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(office, str(SAMPLE), sync=lambda vault: "sync: stand-in") == 0
    out = capsys.readouterr().out.splitlines()
    assert out == ["sync: stand-in",
                   "households: 28 added, 0 updated, 0 unchanged, 2 moved out; people: 62 "
                   "added, 0 updated, 0 unchanged, 0 removed; refused lines: 0"]
    assert _run(office, str(SAMPLE)) == 0
    assert capsys.readouterr().out.startswith("households: 0 added, 0 updated, 30 unchanged")


def test_some_lines_refused_exit_3_without_their_content(
        office: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [*people(), line("M4", "Claes", "Inès", dwelling=""),
            line("M5", "Benali", "Emre", birth="31/02/1972")]
    assert _run(office, str(write_csv(tmp_path / "r.csv", rows))) == 3
    captured = capsys.readouterr()
    assert captured.out.splitlines()[-1].endswith("refused lines: 2")
    assert captured.err.splitlines() == [
        "line 7, Dwelling: No dwelling: the line can't be placed. Fill in the dwelling.",
        "line 8, Date of birth: This is not a date: write it as dd/mm/yyyy."]
    assert "Claes" not in captured.err + captured.out
    assert _households(office[0]) == 3


def test_an_unusable_file_exit_2_and_nothing_imported(
        office: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "r.csv"
    bad.write_text("Nom;Prénom\r\nClaes;Jan\r\n", encoding="utf-8")
    assert _run(office, str(bad)) == 2
    assert "Nothing was imported" in capsys.readouterr().err
    assert _run(office, "--mapping", "Nope", str(SAMPLE)) == 2
    assert _households(office[0]) == 0


def test_a_saved_mapping_and_no_new_sites(office: tuple[Path, Path], tmp_path: Path) -> None:
    vault = Vault.unlock(office[0], PASSPHRASE, secret_store=NoKeyring())
    with vault.session() as s:
        save_mapping(s, name="Nightly", mapping={
            "site_code": ["Code site"], "building": ["Bâtiment"], "dwelling": ["Logement"],
            "household_ref": ["Réf. ménage"], "last_name": ["Nom"], "first_name": ["Prénom"],
            "birth_date": ["Date de naissance"]})  # without it, namesakes are one person
    vault.lock()
    assert _run(office, "--mapping", "Nightly", "--no-new-sites", str(SAMPLE)) == 3
    assert _run(office, "--mapping", "Nightly", str(SAMPLE)) == 0
    assert _households(office[0]) == 30


def test_headless_through_the_app_entry_point(office: tuple[Path, Path]) -> None:
    folder, secret = office
    code = (
        "import sys; from ui.main import main\n"
        f"rc = main(['register-import', '--vault', {str(folder)!r}, '--passphrase-file', "
        f"{str(secret)!r}, {str(SAMPLE)!r}])\n"
        "assert 'PySide6.QtWidgets' not in sys.modules, 'Qt widgets imported'\n"
        "sys.exit(rc)\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "sync: this vault is not enrolled with a server; nothing was sent.",
        "households: 28 added, 0 updated, 0 unchanged, 2 moved out; people: 62 added, "
        "0 updated, 0 unchanged, 0 removed; refused lines: 0"]
