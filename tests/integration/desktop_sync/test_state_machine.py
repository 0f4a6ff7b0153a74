"""A Hypothesis state machine: two laptops edit offline, sync, edit the same note,
crash (SIGKILL mid-round), restart. Reference model: every note's *live* versions — what
was written and not knowingly replaced by its writer — must all reach both laptops.

Note text is a set of atoms joined by " | "; an edit replaces what its laptop showed with
one new atom; a conflict is resolved by joining both versions (the UI's "keep both").
"""

from __future__ import annotations

import os
import random
import shutil
import tempfile
import uuid
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test

from fieldapp.casework import cases as casework
from fieldapp.casework.models import CaseNote
from fieldapp.local.profile import get_profile
from fieldapp.vault import Vault
from sync.engine import SyncEngine
from tests.factories import make_world
from tests.integration.desktop_sync.crashing import Zygote
from tests.integration.desktop_sync.desktop_helpers import (
    NoSecretStore,
    Team,
    fast_client,
    snapshot,
)

pytestmark = pytest.mark.postgres
SEP = " | "
SERVER: list[object] = []


def atoms(text: str) -> set[str]:
    return set(text.split(SEP)) if text else set()


class TwoLaptops(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="fieldapp-sm-"))
        self.team = Team(SERVER[0], self.root, org=f"org-{uuid.uuid4().hex[:8]}")
        boss = self.team.enrol("supervisor", "boss")
        self.case_id = make_world(boss.vault).case_id
        boss.sync()
        self.devices = [self.team.enrol("social_assistant", n) for n in ("ann", "bob")]
        self.team.grant(boss, *self.devices)
        for d in self.devices:
            d.sync()
        self.live: dict[str, set[str]] = {}
        self.counter = 0
        self.zygote: Zygote | None = None

    def _text(self, d, note_id: str) -> str | None:  # type: ignore[no-untyped-def]
        with d.vault.session(read_only=True) as s:
            row = s.get(CaseNote, note_id)
            return None if row is None else row.text

    @rule(dev=st.integers(0, 1))
    def write_new_note(self, dev: int) -> None:
        d = self.devices[dev]
        self.counter += 1
        atom = f"n{self.counter}-{dev}"
        with d.vault.session() as s:
            note = casework.add_note(s, case_id=self.case_id, kind="phone_call", text=atom,
                                     occurred_on=date(2026, 11, 19), actor_id=get_profile(s).id)
        self.live[note.id] = {atom}

    @rule(dev=st.integers(0, 1), pick=st.integers(0, 10_000))
    def edit_offline(self, dev: int, pick: int) -> None:
        d = self.devices[dev]
        known = sorted(n for n in self.live if self._text(d, n) is not None)
        if not known:
            return
        note_id = known[pick % len(known)]
        seen = atoms(self._text(d, note_id) or "")
        self.counter += 1
        atom = f"e{self.counter}-{dev}"
        with d.vault.session() as s:
            casework.edit_note(s, note_id=note_id, actor_id=get_profile(s).id, text=atom)
        self.live[note_id] = (self.live[note_id] - seen) | {atom}

    @rule(dev=st.integers(0, 1))
    def sync(self, dev: int) -> None:
        report = self.devices[dev].engine.run_once()
        assert report.outcome == "ok", report

    @rule(dev=st.integers(0, 1), seed=st.integers(0, 1000))
    def crash(self, dev: int, seed: int) -> None:
        d = self.devices[dev]
        if self.zygote is None:
            self.zygote = Zygote()
        self.zygote.run(d.folder, d.passphrase, kill_after=random.Random(seed).uniform(0.02, 0.5))

    @rule(dev=st.integers(0, 1))
    def restart(self, dev: int) -> None:
        d = self.devices[dev]
        d.engine.close()
        d.vault.lock()
        d.vault = Vault.unlock(d.folder, d.passphrase, secret_store=NoSecretStore())
        d.engine = SyncEngine(d.vault, client_factory=fast_client, secret_store=NoSecretStore())

    @rule(dev=st.integers(0, 1))
    def resolve_conflicts(self, dev: int) -> None:
        self._resolve(self.devices[dev])

    def _resolve(self, d) -> None:  # type: ignore[no-untyped-def]
        for conflict in d.engine.list_conflicts():
            choices = {}
            for f in conflict.fields:
                if f.field == "text":
                    choices["text"] = SEP.join(sorted(atoms(f.mine) | atoms(f.theirs)))
            d.engine.resolve_conflict(conflict.id, choices)

    @invariant()
    def nothing_written_is_lost_locally(self) -> None:
        # Every live atom is on some laptop at every moment (in a row or an open conflict).
        for note_id, live in self.live.items():
            present: set[str] = set()
            for d in self.devices:
                present |= atoms(self._text(d, note_id) or "")
                for c in d.engine.list_conflicts():
                    for f in c.fields:
                        if c.item_id == note_id and f.field == "text":
                            present |= atoms(f.mine) | atoms(f.theirs)
            assert live <= present, (note_id, live, present)

    def teardown(self) -> None:
        try:
            for _ in range(8):
                for d in self.devices:
                    assert d.engine.run_once().outcome == "ok"
                    self._resolve(d)
                if all(d.engine.status().waiting == 0 and not d.engine.list_conflicts()
                       for d in self.devices):
                    a, b = self.devices
                    if snapshot(a.vault) == snapshot(b.vault):
                        break
            a, b = self.devices
            assert snapshot(a.vault) == snapshot(b.vault)
            for note_id, live in self.live.items():
                final = atoms(self._text(a, note_id) or "")
                assert live <= final, (note_id, live, final)
        finally:
            if self.zygote is not None:
                self.zygote.close()
            self.team.close()
            shutil.rmtree(self.root, ignore_errors=True)


def test_two_laptops_state_machine(sync_server) -> None:  # type: ignore[no-untyped-def]
    SERVER[:] = [sync_server]
    run_state_machine_as_test(TwoLaptops, settings=settings(
        max_examples=int(os.environ.get("FIELDAPP_SM_EXAMPLES", "4")), stateful_step_count=14,
        deadline=None, derandomize=not os.environ.get("FIELDAPP_SM_EXAMPLES"),
        suppress_health_check=list(HealthCheck)))
