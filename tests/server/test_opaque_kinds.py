"""Less metadata on the server (issue 14, item 9): migration 0040 keeps of a collection's
kind only what a rule of the server needs; the kinds no rule tells apart become `team`, a
hand-off collection `casework`. The rules themselves hold as before."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import command

from sync.protocol import CASEWORK_KINDS, OWNED_KINDS, may_join, server_kind
from sync.server.db import alembic_config

KINDS = ("registry", "casework", "casework-restricted", "handoff", "renovation",
         "neighbourhood", "supervision", "audit", "community", "partners", "collective",
         "signal")


def test_migration_0040_keeps_only_the_kinds_a_rule_needs(tmp_path) -> None:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    config = alembic_config(url)
    command.upgrade(config, "0020")
    engine = sa.create_engine(url)
    with engine.begin() as c:
        c.execute(sa.text("INSERT INTO organisations (id, name, max_offline_days, "
                          "require_device_secret, created_at) VALUES ('o', 'Org', 30, 0, 0)"))
        c.execute(sa.text("INSERT INTO users (id, organisation_id, email, display_name, role, "
                          "disabled, created_at) VALUES ('u', 'o', 'a@b.test', 'A', "
                          "'supervisor', 0, 0)"))
        for n, kind in enumerate(KINDS):
            c.execute(sa.text("INSERT INTO collections (id, organisation_id, kind, key_version, "
                              "needs_rotation, last_seq, created_by, created_at) VALUES "
                              "(:id, 'o', :kind, 1, 0, 0, 'u', 0)"), {"id": f"c{n}", "kind": kind})
    command.upgrade(config, "0040")
    with engine.connect() as c:
        stored = dict(c.execute(sa.text("SELECT id, kind FROM collections")).all())
    engine.dispose()
    assert {stored[f"c{n}"] for n in range(len(KINDS))} == {
        "registry", "casework", "casework-restricted", "audit", "community", "partners", "team"}
    assert [stored[f"c{n}"] for n, kind in enumerate(KINDS)] == [server_kind(k) for k in KINDS]


def test_every_rule_of_the_server_decides_alike_on_the_told_kind() -> None:
    roles = (["supervisor"], ["social_assistant"], ["collective_assistant"],
             ["community_worker"], ["renovation_assistant", "neighbourhood_agent"])
    for kind in KINDS:
        told = server_kind(kind)
        assert (told in OWNED_KINDS) == (kind in OWNED_KINDS)
        assert (told in CASEWORK_KINDS) == (kind in CASEWORK_KINDS)
        for held in roles:
            for access in ("read", "write", "manage"):
                assert may_join(told, held, access) == may_join(kind, held, access), (kind, held)
