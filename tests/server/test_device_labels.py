"""Less metadata on the server (issue 14): migration 0020 replaces the device names typed
on laptops (often a person's or a host's name) by labels made from the devices' ids."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import command

from sync.server.db import alembic_config


def test_migration_0020_forgets_the_typed_device_names(tmp_path) -> None:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    config = alembic_config(url)
    command.upgrade(config, "0010")
    engine = sa.create_engine(url)
    with engine.begin() as c:
        c.execute(sa.text("INSERT INTO organisations (id, name, max_offline_days, "
                          "require_device_secret, created_at) VALUES ('o', 'Org', 30, 0, 0)"))
        c.execute(sa.text("INSERT INTO users (id, organisation_id, email, display_name, role, "
                          "disabled, created_at) VALUES ('u', 'o', 'a@b.test', 'A', "
                          "'social_assistant', 0, 0)"))
        c.execute(sa.text("INSERT INTO devices (id, organisation_id, user_id, name, "
                          "created_at, wipe) VALUES ('abcdef12-0000', 'o', 'u', "
                          "'Zqlaptop-van-sophiexq', 0, 0)"))
    command.upgrade(config, "0020")
    with engine.connect() as c:
        names = [r[0] for r in c.execute(sa.text("SELECT name FROM devices"))]
    assert names == ["device-abcdef"]
    engine.dispose()
