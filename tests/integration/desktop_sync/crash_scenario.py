"""The crash scenario shared by the test and the soak script (tests/soak/)."""

from __future__ import annotations

import random
from datetime import date

from sqlalchemy import func, select

from fieldapp.casework import cases as casework
from fieldapp.casework.models import CaseNote
from fieldapp.local.profile import get_profile
from tests.factories import make_world
from tests.integration.desktop_sync.crashing import Zygote
from tests.integration.desktop_sync.desktop_helpers import Team, snapshot


def crash_scenario(team: Team, *, runs: int, seed: int) -> dict[str, int]:
    """Two assistants write offline; engine rounds are SIGKILLed at random moments; then
    clean rounds must leave server and both vaults with the same records, none lost, none
    duplicated. Returns counts for the caller's report."""
    rng = random.Random(seed)
    boss = team.enrol("supervisor", "boss")
    world = make_world(boss.vault)
    boss.sync()
    a = team.enrol("social_assistant", "ann")
    b = team.enrol("social_assistant", "bob")
    team.grant(boss, a, b)
    a.sync()
    b.sync()
    written: dict[str, str] = {}  # note id -> last text written by its author
    mine: dict[str, list[str]] = {a.email: [], b.email: []}
    zygote = Zygote()
    killed = 0
    try:
        for i in range(runs):
            m = a if i % 2 == 0 else b
            with m.vault.session() as s:
                actor = get_profile(s).id
                for j in range(rng.randint(1, 8)):
                    text = f"{m.email} run {i} note {j}"
                    note = casework.add_note(s, case_id=world.case_id, kind="phone_call",
                                             text=text, occurred_on=date(2026, 11, 19),
                                             actor_id=actor)
                    written[note.id] = text
                    mine[m.email].append(note.id)
                if mine[m.email] and rng.random() < 0.7:
                    note_id = rng.choice(mine[m.email])
                    text = f"{m.email} edit {i}"
                    casework.edit_note(s, note_id=note_id, actor_id=actor, text=text)
                    written[note_id] = text
            killed += zygote.run(m.folder, m.passphrase, kill_after=rng.uniform(0.05, 0.7))
    finally:
        zygote.close()
    for m in (a, b, a, b):
        m.sync()
    fresh = team.open_new(email=a.email, code=None, name="ann-second-laptop",
                          passphrase=a.passphrase)
    fresh.sync()
    snaps = [snapshot(v.vault) for v in (a, b, fresh)]
    assert snaps[0] == snaps[1] == snaps[2], "replicas differ"
    for m in (a, b, fresh):
        with m.vault.session(read_only=True) as s:
            texts = dict(s.execute(select(CaseNote.id, CaseNote.text)).all())
            count = s.scalar(select(func.count()).select_from(CaseNote))
        assert {k: texts.get(k) for k in written} == written, "an acknowledged edit was lost"
        assert count == len(written), "a note was duplicated or invented"
        assert m.engine.status().waiting == 0
    return {"runs": runs, "killed": killed, "notes": len(written)}
