"""A real vault with a small registry and a renovation project around the world's dwelling."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy.orm import Session

from fieldapp.renovation import projects
from fieldapp.vault import Vault
from tests.factories import TODAY, World, make_vault, make_world


@dataclass(frozen=True)
class Project:
    id: str
    pd_id: str  # the project-dwelling of the world's household (language fr)


def photo_bytes(seed: int = 1, size: tuple[int, int] = (640, 480)) -> bytes:
    """A small JPEG with recognisable content (noise, so its bytes are unique)."""
    image = Image.effect_noise(size, 60 + seed).convert("RGB")
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def signature_png(seed: int = 1) -> bytes:
    image = Image.new("RGBA", (400, 150), (0, 0, 0, 0))
    for x in range(20, 380):
        image.putpixel((x, 75 + (x * seed) % 30), (10, 10, 60, 255))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    v = make_vault(tmp_path / "vault")
    yield v
    v.lock()


@pytest.fixture
def world(vault: Vault) -> World:
    return make_world(vault)


@pytest.fixture
def project(vault: Vault, world: World) -> Project:
    with vault.session() as s:
        p = projects.create_project(
            s, name="Renovatie Blok A", actor_id=world.actor_id, site_id=world.site_id,
            starts_on=TODAY, project_manager="Marc Dubois", contractor="Bouw NV Renova",
            surveyor="Sarah Janssens")
        (pd,) = projects.add_dwellings(s, project_id=p.id, dwelling_ids=[world.dwelling_id],
                                       actor_id=world.actor_id)
    return Project(p.id, pd)


@pytest.fixture
def s(vault: Vault, world: World) -> Iterator[Session]:
    with vault.session() as session:
        yield session
