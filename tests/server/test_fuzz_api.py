"""A schema-based fuzz run of the whole API with valid tokens (issue 13, item 8): every
operation of the server's OpenAPI schema gets generated requests, valid (positive) and
invalid (negative), with a supervisor's token (an admin's on /v1/admin); none may answer
5xx.

Bounded to finish in well under a minute: FIELDAPP_FUZZ_EXAMPLES per operation (default 12).
"""

from __future__ import annotations

import os
from collections import Counter
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.generation import GenerationMode

from tests.harness.server import LiveServer
from tests.server.server_factories import World

pytestmark = pytest.mark.postgres

EXAMPLES = int(os.environ.get("FIELDAPP_FUZZ_EXAMPLES", "12"))


def test_no_request_makes_the_server_fail(live_server: LiveServer, world: World) -> None:
    people = {"supervisor": world.person("supervisor"), "admin": world.person("admin")}
    world.collection(people["supervisor"])
    schema = schemathesis.openapi.from_url(live_server.url + "/openapi.json")
    session = requests.Session()
    failures: list[str] = []
    operations = 0
    statuses: Counter[int] = Counter()

    def check(case: Any) -> None:
        role = "admin" if case.path.startswith("/v1/admin") else "supervisor"
        response = case.call(
            base_url=live_server.url,
            session=session,
            headers={"Authorization": f"Bearer {people[role].access}"},
            timeout=30,
        )
        statuses[response.status_code] += 1
        if response.status_code >= 500:
            failures.append(
                f"{case.method} {case.formatted_path} -> {response.status_code}:"
                f" {response.text[:200]}"
            )

    try:
        for result in schema.get_all_operations():
            operation = result.ok()
            operations += 1
            for person in people.values():  # a fuzzed logout ends a session: log in again
                if person.get("/v1/me").status_code == 401:
                    assert person.login().status_code == 200
            run = settings(
                max_examples=EXAMPLES,
                deadline=None,
                database=None,
                derandomize=True,
                phases=[Phase.explicit, Phase.generate],
                suppress_health_check=list(HealthCheck),
            )
            for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
                try:
                    run(given(case=operation.as_strategy(mode))(check))()
                except Unsatisfiable:
                    assert mode is GenerationMode.NEGATIVE  # nothing to get wrong

    finally:
        session.close()
    print(f"\nfuzz: {operations} operations, {sum(statuses.values())} requests, {statuses}")
    assert operations >= 25
    assert not failures, "\n".join(failures[:20])
