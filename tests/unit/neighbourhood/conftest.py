"""A real vault with the factories' registry plus three more sites at known coordinates."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from fieldapp.neighbourhood.requests import log_request
from fieldapp.registry import households as registry
from fieldapp.vault import Vault
from tests.factories import World, make_vault, make_world

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


@dataclass(frozen=True)
class Agent:
    world: World
    # site code -> id; coordinates on a small grid (about 1.1 km per 0.01 degree latitude)
    sites: dict[str, str]


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    v = make_vault(tmp_path)
    yield v
    v.lock()


@pytest.fixture
def agent(vault: Vault) -> Agent:
    world = make_world(vault)
    with vault.session() as s:
        sites = {"anneessens": world.site_id, "peterbos": world.other_site_id}
        for code, lat, lon in (("north", 50.87, 4.35), ("east", 50.845, 4.40),
                               ("nowhere", None, None)):
            sites[code] = registry.add_site(s, code=code, name=code.title(), latitude=lat,
                                            longitude=lon, actor_id=world.actor_id)
    return Agent(world, sites)


@pytest.fixture
def s(vault: Vault, agent: Agent) -> Iterator[Session]:
    with vault.session() as session:
        yield session


def add(s: Session, agent: Agent, *, site: str = "anneessens", urgency: str = "today",
        hours_ago: float = 1, category: str = "noise", text: str = "Loud music",
        **place) -> str:
    return log_request(
        s, source="tenant_call", category=category, site_id=agent.sites[site],
        urgency=urgency, description=text, actor_id=agent.world.actor_id,
        now=NOW - timedelta(hours=hours_ago), **place).id
