"""The tests are one package imported from the repository root: every folder of tests/
is a package, and no test reaches into sys.path or loads a file by path (tests/harness is
where shared fixtures live, `from tests.… import` is how helpers are reached)."""

from __future__ import annotations

import re
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
THIS = Path(__file__).resolve()


def test_every_test_folder_is_a_package() -> None:
    folders = {p.parent for p in TESTS.rglob("*.py") if "__pycache__" not in p.parts}
    assert sorted(str(f.relative_to(TESTS.parent)) for f in folders
                  if not (f / "__init__.py").exists()) == []


def test_no_path_tricks_in_the_tests() -> None:
    tricks = re.compile(r"sys\.path\.(insert|append)|spec_from_file_location|PYTHONPATH=|"
                        r"os\._exit\(")
    found = [f"{p.relative_to(TESTS.parent)}:{n}"
             for p in TESTS.rglob("*.py") if p != THIS
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if tricks.search(line)]
    assert found == []
