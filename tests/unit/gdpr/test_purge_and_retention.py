"""On one laptop, without a server: an erasure's purge leaves no row, index token, draft,
file or export of the household; retention lists what falls due, soonest first, and leaves
held records; rectification names the fields it changed and refuses others."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from fieldapp.casework import cases as casework
from fieldapp.casework.search import search
from fieldapp.errors import ValidationError
from fieldapp.gdpr.access import export_subject
from fieldapp.gdpr.erasure import erasure_targets, rectify_person
from fieldapp.gdpr.purge import checkpoint, purge, shred_files
from fieldapp.gdpr.retention import RetentionPeriods, due_for_purge, upcoming
from fieldapp.gdpr.subject import find_subject
from fieldapp.local.drafts import load_draft, save_draft
from fieldapp.registry.models import Person
from fieldapp.vault import Vault
from tests.factories import make_vault
from tests.unit.gdpr.gdpr_world import marked_household


@pytest.fixture
def vault(tmp_path: Path):  # type: ignore[no-untyped-def]
    v = make_vault(tmp_path / "vault")
    yield v
    v.lock()


def _raw_hits(vault: Vault, needle: str) -> list[str]:
    """Tables (FTS shadow tables too) holding `needle` in any column, lower-cased or not."""
    found = []
    with vault.engine.connect() as conn:
        names = [r[0] for r in conn.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'table'"))]
        for name in names:
            for row in conn.execute(text(f'SELECT * FROM "{name}"')):
                blob = b"".join(v if isinstance(v, bytes) else str(v).encode() for v in row)
                if needle.encode() in blob or needle.lower().encode() in blob.lower():
                    found.append(name)
                    break
    return found


def test_a_household_purge_leaves_nothing_on_the_laptop(vault: Vault, tmp_path: Path) -> None:
    m = marked_household(vault)
    marker = m.markers["note"]
    with vault.session() as s:
        save_draft(s, key=f"note:{m.world.case_id}", text="half a note")
        save_draft(s, key="note:elsewhere", text="bij Amélie Lefèvre langs")
        save_draft(s, key="note:other", text="bij de buren")
        export_subject(s, subject=find_subject(s, household_ref="REF-0042"), language="nl",
                       out_dir=tmp_path / "exports", actor_id=m.world.actor_id)
        assert search(s, query=marker[:8]).total == 1
    assert "note_trigram_data" in _raw_hits(vault, marker) or _raw_hits(vault, marker)
    with vault.session(read_only=True) as s:
        targets = erasure_targets(s, scope="household", subject_id=m.world.household_id)
    with vault.session() as s:
        result = purge(s, item_ids=targets.item_ids, blob_ids=targets.blob_ids)
    assert result.drafts == 2 and result.exports == 1
    assert shred_files(result.files, vault.folder / "attachments") >= 3  # photo + 2 exports
    checkpoint(vault.engine)
    for needle in [*m.markers.values(), m.restricted_marker, "Lefèvre", "Amélie"]:
        assert _raw_hits(vault, needle) == [], needle
    with vault.session(read_only=True) as s:
        assert search(s, query=marker[:8]).total == 0
        assert load_draft(s, key="note:other") == "bij de buren"
        assert s.get(Person, m.world.household_id) is None
    assert not list((tmp_path / "exports").iterdir())
    assert _raw_hits(vault, "Yılmaz")  # the other household stays


def test_a_case_file_erasure_keeps_the_register(vault: Vault) -> None:
    m = marked_household(vault)
    with vault.session(read_only=True) as s:
        targets = erasure_targets(s, scope="case_file", subject_id=m.world.case_id)
    with vault.session() as s:
        purge(s, item_ids=targets.item_ids, blob_ids=targets.blob_ids)
    assert _raw_hits(vault, m.markers["note"]) == []
    assert _raw_hits(vault, "Amélie")  # the person stays in the register
    assert _raw_hits(vault, m.markers["request"])  # the neighbourhood's request too


def test_retention_lists_what_falls_due_and_leaves_held_records(vault: Vault) -> None:
    m = marked_household(vault)
    today = date(2027, 6, 1)
    with vault.session() as s:
        casework.update_case(s, case_id=m.world.case_id, actor_id=m.world.actor_id,
                             status="closed", today=today - timedelta(days=360))
    periods = RetentionPeriods(closed_case_days=365, intervention_days=400)
    with vault.session(read_only=True) as s:
        soon = upcoming(s, periods, today=today)
        assert [(d.kind, d.due_on) for d in soon] == [("case_file", today + timedelta(days=5))]
        assert soon[0].title == "Famille Lefèvre"
        assert due_for_purge(s, periods, today=today).items == ()
        later = today + timedelta(days=5)
        due = due_for_purge(s, periods, today=later)
        assert m.world.case_id in due.item_ids and m.note_ids[0] in due.item_ids
        assert due_for_purge(s, periods, today=later, held={m.world.case_id}).items == ()
        interventions = upcoming(s, RetentionPeriods(intervention_days=10),
                                 today=datetime(2026, 11, 15, tzinfo=UTC).date())
        assert [d.kind for d in interventions] == ["intervention"]
        assert upcoming(s, RetentionPeriods(), today=later) == []  # 0 keeps everything


def test_rectification_changes_only_register_fields(vault: Vault) -> None:
    m = marked_household(vault)
    with vault.session() as s:
        person = s.query(Person).filter(Person.first_name == "Noah").one()
        assert rectify_person(s, person_id=person.id, changes={"phone": "0470 00 00 00"},
                              actor_id=m.world.actor_id, reason="new number") == ["phone"]
        with pytest.raises(ValidationError):
            rectify_person(s, person_id=person.id, changes={"household_id": "x"},
                           actor_id=m.world.actor_id, reason="move")
        with pytest.raises(ValidationError):
            rectify_person(s, person_id=person.id, changes={"phone": "1"},
                           actor_id=m.world.actor_id, reason=" ")
        assert person.dirty


def test_a_persons_erasure_takes_the_household_exports_and_keeps_the_access_log(
        vault: Vault, tmp_path: Path) -> None:
    from sqlalchemy import func, select

    from fieldapp.audit.models import AccessLogEntry

    m = marked_household(vault)
    with vault.session() as s:
        export_subject(s, subject=find_subject(s, household_ref="REF-0042"), language="fr",
                       out_dir=tmp_path / "exports", actor_id=m.world.actor_id)
        amelie = s.scalars(select(Person).where(Person.first_name == "Amélie")).one().id
        logged = s.scalar(select(func.count()).select_from(AccessLogEntry))
    with vault.session(read_only=True) as s:
        targets = erasure_targets(s, scope="person", subject_id=amelie)
    assert targets.item_ids == [amelie]
    with vault.session() as s:
        result = purge(s, item_ids=targets.item_ids)
    assert result.exports == 1 and result.dependents == []
    shred_files(result.files, vault.folder / "attachments")
    assert not list((tmp_path / "exports").iterdir())
    with vault.session(read_only=True) as s:
        assert s.get(Person, amelie) is None
        assert s.scalar(select(func.count()).select_from(AccessLogEntry)) == logged
    # the register forgets her; the household's case notes that mention her are the case
    # file's (erasing the case file or the household takes them)
    assert "people" not in _raw_hits(vault, "Amélie")
    assert "people" in _raw_hits(vault, "Noah")  # the rest of the household stays


def _named_workshop(vault: Vault, m) -> str:  # type: ignore[no-untyped-def]
    """A PSC workshop naming Amélie Lefèvre (she agreed) and a neighbour (issue 19)."""
    from fieldapp.community import activities, projects

    with vault.session() as s:
        project = projects.create_project(s, actor_id=m.world.actor_id, name="PSC Anneessens")
        return activities.log_activity(
            s, project_id=project.id, kind="workshop", title="Zqatelierxq portemonnee",
            held_on=date(2026, 10, 2), participants=9, actor_id=m.world.actor_id,
            named_participants=["Amélie Lefèvre", "Fatima El Amrani"], consent_given=True).id


def test_named_psc_participants_are_in_access_and_leave_with_an_erasure(
        vault: Vault, tmp_path: Path) -> None:
    from sqlalchemy import select

    from fieldapp.community.models import PscActivity
    from fieldapp.gdpr.erasure import reissue_psc_without

    m = marked_household(vault)
    old = _named_workshop(vault, m)
    with vault.session() as s:  # subject access: the workshop, the neighbour blanked out
        result = export_subject(s, subject=find_subject(s, household_ref="REF-0042"),
                                language="fr", out_dir=tmp_path / "exports",
                                actor_id=m.world.actor_id)
    raw = result.json.read_text(encoding="utf-8")
    assert "Zqatelierxq" in raw and "Fatima" not in raw and "El Amrani" not in raw
    with vault.session() as s:  # the erasure: re-issued without her name, then the old purged
        assert reissue_psc_without(s, household_id=m.world.household_id,
                                   actor_id=m.world.actor_id) == 1
    with vault.session(read_only=True) as s:
        targets = erasure_targets(s, scope="household", subject_id=m.world.household_id)
    assert old in targets.item_ids
    with vault.session() as s:
        result_ = purge(s, item_ids=targets.item_ids, blob_ids=targets.blob_ids)
    shred_files(result_.files, vault.folder / "attachments")
    checkpoint(vault.engine)
    assert _raw_hits(vault, "Amélie") == [] and _raw_hits(vault, "Lefèvre") == []
    with vault.session(read_only=True) as s:
        [kept] = s.scalars(select(PscActivity).where(PscActivity.deleted.is_(False))).all()
    assert kept.id != old and kept.participants == 9
    assert kept.named_participants == ["Fatima El Amrani"]
