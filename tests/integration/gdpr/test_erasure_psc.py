"""A tenant named in a PSC workshop with her consent (issue 19), erased on the real server:
the supervisor's order re-issues the workshop without her name, counts kept; after a round
of each laptop her name is nowhere on the community worker's laptop nor in the server's
revisions, and the workshop still counts its nine participants there."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import create_engine, select, text

from fieldapp.community import activities, projects
from fieldapp.community.models import PscActivity
from fieldapp.local.profile import get_profile
from sync.engine import gdpr
from tests.factories import make_world
from tests.integration.desktop_sync.desktop_helpers import Team
from tests.integration.gdpr.scan import scan_postgres, scan_vault

pytestmark = pytest.mark.postgres


def test_an_erased_tenant_leaves_the_psc_workshop_which_keeps_its_count(team: Team) -> None:
    boss = team.enrol("supervisor", "boss")
    world = make_world(boss.vault)
    boss.sync()
    worker = team.enrol("community_worker", "youssef")
    team.grant(boss, worker)
    worker.sync()
    with worker.vault.session() as s:
        actor = get_profile(s).id
        project = projects.create_project(s, actor_id=actor, name="PSC Anneessens")
        old = activities.log_activity(
            s, project_id=project.id, kind="workshop", title="Ateliers portemonnee",
            held_on=date(2026, 10, 2), participants=9, actor_id=actor, consent_given=True,
            named_participants=["Amélie Lefèvre", "Fatima El Amrani"]).id
    worker.sync()
    boss.sync()
    her = ["Amélie", "Am\\u00e9lie", "Lef\\u00e8vre"]  # JSON columns escape accents
    assert scan_vault(worker.vault, her)
    assert scan_postgres(team.server.database_url, her) == []  # ciphertext only

    gdpr.order_erasure(boss.engine, scope="household", subject_id=world.household_id,
                       reason="verzoek van de huurder")
    boss.sync()  # the re-issued workshop goes up
    worker.sync()
    worker.sync()
    assert scan_vault(worker.vault, her) == []
    with worker.vault.session(read_only=True) as s:
        rows = s.scalars(select(PscActivity).where(PscActivity.deleted.is_(False))).all()
    assert [(r.participants, r.named_participants) for r in rows] == [
        (9, ["Fatima El Amrani"])]
    assert rows[0].id != old
    engine = create_engine(team.server.database_url)
    try:
        with engine.connect() as conn:  # every revision of the old workshop is gone
            assert conn.scalar(text("SELECT count(*) FROM revisions WHERE item_id = :i"),
                               {"i": old}) == 0
            assert conn.scalar(text("SELECT count(*) FROM revisions WHERE item_id = :i"),
                               {"i": rows[0].id}) >= 1
    finally:
        engine.dispose()
