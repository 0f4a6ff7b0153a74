"""A fresh real vault (SQLCipher file in tmp_path) and a small registry for every test;
the conftests of the use-case suites take these fixtures."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from fieldapp.vault import Vault
from tests.factories import World, make_vault, make_world


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    v = make_vault(tmp_path)
    yield v
    v.lock()


@pytest.fixture
def world(vault: Vault) -> World:
    return make_world(vault)


@pytest.fixture
def s(vault: Vault, world: World) -> Iterator[Session]:
    """One session per test, committed at the end like a user action."""
    with vault.session() as session:
        yield session
