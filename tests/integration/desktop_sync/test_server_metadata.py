"""Less metadata on the server (issue 14, item 9): after a realistic sync of a team (a
supervisor, two assistants, restricted notes shared with a named colleague, an access log,
a photo), a dump of the server's database holds none of the markers listed in
docs/ARCHITECTURE.md ("What the server can see"): no note text, no household reference,
no local collection key (site ids, `casework-restricted:<site>:<author>`), no device name
as the person typed it. Markers are asserted on, never printed."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from fieldapp.casework import cases as casework
from fieldapp.casework import restricted
from fieldapp.crypto import aead
from fieldapp.local.profile import get_profile
from fieldapp.supervision import review
from tests.integration.desktop_sync.desktop_helpers import Team, team_of_three, verify
from tests.integration.gdpr.scan import scan_engine

pytestmark = pytest.mark.postgres


def test_a_dump_of_the_server_holds_no_listed_marker(team: Team, sync_server: Any) -> None:
    boss, a, b, world = team_of_three(team)
    verify(a, b)
    with a.vault.session() as s:
        me = get_profile(s).id
        casework.add_note(s, case_id=world.case_id, kind="phone_call",
                          text="Zqgewoonxq huur besproken", occurred_on=date(2026, 11, 19),
                          actor_id=me)
        casework.add_note(s, case_id=world.case_id, kind="office_interview",
                          text="Zqvertrouwelijkxq gezondheid", occurred_on=date(2026, 11, 19),
                          actor_id=me, confidentiality="restricted")
        restricted.share_with(s, site_id=world.site_id, colleague_id=b.user_id, actor_id=me,
                              today=date(2026, 11, 20))
    with boss.vault.session() as s:  # a collection of a kind no rule of the server needs
        review.add_review_note(s, case_id=world.case_id, text="Zqreviewxq opvolgen",
                               actor_id=get_profile(s).id, today=date(2026, 11, 21))
    for m in (a, b, boss, a):
        m.sync()
    from fieldapp.registry.models import Household

    with boss.vault.session(read_only=True) as s:
        household = s.get(Household, world.household_id)
        assert household is not None
        household_name = household.name
    markers = {
        "note text": "Zqgewoonxq", "restricted note": "Zqvertrouwelijkxq",
        "household name": household_name,
        "a site's collection key": f"casework:{world.site_id}",
        "an author's restricted collection key": f"casework-restricted:{world.site_id}:",
        "an access log's collection key": "audit:",
        "a hand-off collection key": "handoff:",
        "device names as typed": "-laptop",
    }
    engine = create_engine(sync_server.database_url)
    try:
        found = {what: scan_engine(engine, [marker]) for what, marker in markers.items()}
        with engine.connect() as c:
            kinds = set(c.execute(text("SELECT DISTINCT kind FROM collections")).scalars())
            lengths = set(c.execute(text(
                "SELECT length(ciphertext) FROM revisions WHERE NOT deleted")).scalars())
        no_rule_needs = {"handoff", "renovation", "neighbourhood", "supervision",
                         "collective", "signal"}
        found["a kind no rule of the server needs"] = scan_engine(engine, no_rule_needs)
    finally:
        engine.dispose()
    assert {what: where for what, where in found.items() if where} == {}
    # what the rules need (docs/ARCHITECTURE.md), the supervision collection as `team`; the
    # consultations keep their kind: only the mental-health team and site assistants join
    assert kinds == {"registry", "casework", "casework-restricted", "audit", "community",
                     "partners", "team", "consultation", "people"}
    # every record's ciphertext is one of a few bucket sizes (256 B, then powers of two)
    buckets = {(256 << i) + aead.NONCE_LEN + aead.TAG_LEN for i in range(9)}
    assert lengths and lengths <= buckets, sorted(lengths)
