"""Erasure (art. 17) on the real server with two laptops and a supervisor: after the order
and one round of each device, the household's marker strings are nowhere — not in the
server's database (every table), not in its blob store, not in any vault opened with its
key (search indexes included), draft, backup, attachment or export on any laptop — and
the supervisor sees every device confirm. A legal hold stops it; retention purges like it.

Markers are asserted on by where they are found, never printed.
"""

from __future__ import annotations

import io
import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from fieldapp.attachments import files as attachments
from fieldapp.casework import cases as casework
from fieldapp.casework.followups import add_followup
from fieldapp.casework.models import CaseFile
from fieldapp.gdpr.access import export_subject
from fieldapp.gdpr.subject import find_subject
from fieldapp.local.drafts import save_draft
from fieldapp.local.profile import get_profile
from fieldapp.records import common as rec
from fieldapp.registry.models import Household
from fieldapp.vault import migrate
from sync.client.errors import ApiError
from sync.engine import gdpr
from sync.protocol import GdprSettings, RetentionSettings
from tests.integration.desktop_sync.desktop_helpers import Member, Team, team_of_three
from tests.integration.gdpr.scan import scan_files, scan_postgres, scan_vault

pytestmark = pytest.mark.postgres

NOTE = "Zqmarkernotexq"
FOLLOWUP = "Zqmarkeropvolgxq"
CAPTION = "Zqmarkerfotoxq"
DRAFT = "Zqmarkerdraftxq"
# the household of make_world: its name, its people, a phone and national number
REGISTRY = ["Famille Lefèvre", "Amélie", "Lefèvre", "0470 11 22 33", "85.07.30-033.61"]
MARKERS = [NOTE, FOLLOWUP, CAPTION, DRAFT, *REGISTRY]
OTHERS = ["Yılmaz"]  # the other household: must survive


def _jpeg() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (80, 60), (30, 160, 90)).save(out, "JPEG")
    return out.getvalue()


def _fill(member: Member, case_id: str) -> None:
    """A note, a follow-up, a photo and a draft about the household, on this laptop."""
    with member.vault.session() as s:
        actor = get_profile(s).id
        note = casework.add_note(s, case_id=case_id, kind="phone_call",
                                 occurred_on=date(2026, 11, 19),
                                 text=f"{NOTE} Amélie Lefèvre belt over de huur", actor_id=actor)
        add_followup(s, case_id=case_id, due_on=date(2026, 12, 1), text=f"{FOLLOWUP} bellen",
                     actor_id=actor, today=date(2026, 11, 20))
        case = s.get(CaseFile, case_id)
        assert case is not None
        attachments.store_image(s, image=_jpeg(), owner_type="case_note", owner_id=note.id,
                                kind="photo", actor_id=actor, caption=f"{CAPTION} brief",
                                collection_id=rec.casework_collection(case.site_id))
        save_draft(s, key=f"note:{case_id}", text=f"{DRAFT} nog te bellen")


def _backup(member: Member) -> Path:
    """A pre-migration copy of the vault as it is now (what an update would leave)."""
    return migrate.backup(member.vault.engine, member.vault.db_path, "test")


def _found(members: list[Member], markers: list[str]) -> dict[str, list[str]]:
    out = {}
    for m in members:
        places = scan_vault(m.vault, markers) + [
            f"file:{f}" for f in scan_files(m.folder, markers)
            if not f.startswith("vault.db")]
        if places:
            out[m.folder.name] = places
    return out


def _server_rows(url: str, item_ids: list[str], blob_ids: list[str]) -> dict[str, int]:
    """How many server rows still name the erased items or blobs."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            counts = {
                "revisions": conn.scalar(text(
                    "SELECT count(*) FROM revisions WHERE item_id = ANY(:ids)"),
                    {"ids": item_ids}),
                "items": conn.scalar(text("SELECT count(*) FROM items WHERE item_id = ANY(:ids)"),
                                     {"ids": item_ids}),
                "blobs": conn.scalar(text("SELECT count(*) FROM blobs WHERE blob_id = ANY(:ids)"),
                                     {"ids": blob_ids}),
                "blob_refs": conn.scalar(text(
                    "SELECT count(*) FROM blob_refs WHERE blob_id = ANY(:ids)"), {"ids": blob_ids}),
            }
    finally:
        engine.dispose()
    return {k: int(v or 0) for k, v in counts.items()}


def _world(team: Team):  # type: ignore[no-untyped-def]
    boss, ann, bob, world = team_of_three(team)
    _fill(ann, world.case_id)
    ann.sync()
    bob.sync()
    boss.sync()
    with bob.vault.session() as s:  # bob also has a draft and made a subject-access export
        save_draft(s, key="visit:elsewhere", text=f"bezoek bij Amélie Lefèvre {DRAFT}")
        subject = find_subject(s, household_id=world.household_id)
        export_subject(s, subject=subject, language="fr", out_dir=bob.folder / "exports",
                       actor_id=get_profile(s).id)
    for m in (ann, bob, boss):
        _backup(m)
    return boss, ann, bob, world


def test_an_erased_household_is_gone_from_the_server_and_every_laptop(team: Team) -> None:
    boss, ann, bob, world = _world(team)
    members = [boss, ann, bob]
    before = _found(members, MARKERS)
    assert set(before) == {m.folder.name for m in members}  # every laptop holds them now
    assert any(p.startswith("backup:") for p in before[bob.folder.name])
    assert any(p.startswith("file:exports") for p in before[bob.folder.name])
    with boss.vault.session(read_only=True) as s:
        from fieldapp.gdpr.erasure import erasure_targets

        targets = erasure_targets(s, scope="household", subject_id=world.household_id)
    assert targets.blob_ids and len(targets.items) >= 7  # household, people, case, note, …
    server = team.server
    url = server.database_url
    assert _server_rows(url, targets.item_ids, list(targets.blob_ids))["revisions"] > 0

    with bob.vault.session() as s:  # bob edits a note offline: erased before it is sent
        from fieldapp.casework.models import CaseNote

        note = s.scalar(select(CaseNote).where(CaseNote.text.contains(NOTE)))
        assert note is not None
        casework.edit_note(s, note_id=note.id, actor_id=get_profile(s).id,
                           text=f"{NOTE} Amélie Lefèvre belt over de huur, bis")
    assert bob.engine.status().waiting >= 1  # the edit (and the export's log entry)
    info = gdpr.order_erasure(boss.engine, scope="household", subject_id=world.household_id,
                              reason="Verzoek van de betrokkene, brief van 2 december")
    assert info is not None and info.revisions_deleted > 0
    [status] = gdpr.order_statuses(boss.engine)
    assert status.reason == "Verzoek van de betrokkene, brief van 2 december"
    assert _people(status.confirmed) == {"boss"}  # "person (device label)"
    assert _people(status.pending) == {"ann", "bob"}

    ann.sync()
    bob.sync()
    [status] = gdpr.order_statuses(boss.engine)
    assert _people(status.confirmed) == {"boss", "ann", "bob"}
    assert status.pending == ()

    assert _server_rows(url, targets.item_ids, list(targets.blob_ids)) == {
        "revisions": 0, "items": 0, "blobs": 0, "blob_refs": 0}
    assert scan_postgres(url, MARKERS) == []
    assert scan_files(Path(server.blob_dir), MARKERS) == []
    stored = {p.name for p in Path(server.blob_dir).rglob("*") if p.is_file()}
    assert not stored & set(targets.blob_ids)
    assert _found(members, MARKERS) == {}
    assert not (bob.folder / "exports" / f"{world.household_id}.pdf").exists()
    for m in members:  # the encrypted photo files are gone too
        files = {p.name for p in (m.folder / "attachments").rglob("*") if p.is_file()}
        assert not files & set(targets.blob_ids)

    # the rest is untouched, and further rounds neither bring anything back nor resync
    for m in (ann, bob, boss, ann, bob):
        report = m.sync()
        assert report.restored == 0
    assert _found(members, MARKERS) == {}
    for m in members:
        assert m.engine.status().waiting == 0
        with m.vault.session(read_only=True) as s:
            assert s.scalar(select(func.count()).select_from(Household).where(
                Household.id == world.other_household_id)) == 1
    assert all(_found([m], OTHERS) for m in members)


def test_a_legal_hold_stops_the_erasure_until_it_is_released(team: Team) -> None:
    boss, ann, _bob, world = team_of_three(team)
    _fill(ann, world.case_id)
    ann.sync()
    boss.sync()
    hold = gdpr.place_hold(boss.engine, scope="household", subject_id=world.household_id,
                           reason="Gerechtelijk onderzoek, dossier 2026/123")
    with pytest.raises(ApiError) as refused:
        gdpr.order_erasure(boss.engine, scope="case_file", subject_id=world.case_id,
                           reason="verzoek")
    assert refused.value.code == "legal_hold"
    assert _found([boss], [NOTE]) != {}  # nothing was purged
    assert gdpr.order_statuses(boss.engine) == []
    gdpr.release_hold(boss.engine, hold.id)
    info = gdpr.order_erasure(boss.engine, scope="case_file", subject_id=world.case_id,
                              reason="verzoek")
    assert info is not None
    ann.sync()
    assert _found([boss, ann], [NOTE, FOLLOWUP, CAPTION]) == {}
    assert _found([boss, ann], ["Famille Lefèvre"])  # a case file's erasure keeps the register


def test_retention_lists_ahead_and_purges_like_an_erasure_except_what_is_held(
        team: Team) -> None:
    from fieldapp.gdpr.retention import upcoming

    boss, ann, _bob, world = team_of_three(team)
    _fill(ann, world.case_id)
    today = date(2027, 3, 1)
    with ann.vault.session() as s:
        casework.update_case(s, case_id=world.case_id, actor_id=get_profile(s).id,
                             status="closed", today=today - timedelta(days=350))
    ann.sync()
    boss.sync()
    gdpr.put_settings(boss.engine, GdprSettings(
        retention=RetentionSettings(closed_case_days=365), controller="Sociale dienst"))
    periods = gdpr.periods(gdpr.settings(boss.engine))
    with boss.vault.session(read_only=True) as s:
        soon = upcoming(s, periods, today=today, days=30)
        assert [(d.kind, d.record_id) for d in soon] == [("case_file", world.case_id)]
        assert soon[0].due_on == today + timedelta(days=15)
    assert gdpr.retention_purge(boss.engine, today=today, reason="bewaartermijn") is None

    later = today + timedelta(days=20)
    hold = gdpr.place_hold(boss.engine, scope="case_file", subject_id=world.case_id,
                           reason="geschil over de huur")
    assert gdpr.retention_purge(boss.engine, today=later, reason="bewaartermijn") is None
    gdpr.release_hold(boss.engine, hold.id)
    info = gdpr.retention_purge(boss.engine, today=later, reason="bewaartermijn")
    assert info is not None and info.scope == "retention"
    ann.sync()
    assert _found([boss, ann], [NOTE, FOLLOWUP, CAPTION]) == {}
    with ann.vault.session(read_only=True) as s:
        assert s.get(CaseFile, world.case_id) is None
    assert json.dumps(gdpr.settings(boss.engine).model_dump())  # settings kept


def test_records_the_supervisor_never_saw_go_through_the_devices_that_hold_them(
        team: Team) -> None:
    """Bob's note reached the server after the supervisor's last sync, and Ann wrote one
    offline: neither is in the order; each laptop finds them (they refer to the erased case
    file), purges them, names them to the server, which erases them and has the others
    apply the order again."""
    from tests.integration.desktop_sync.desktop_helpers import add_note

    boss, ann, bob, world = team_of_three(team)
    bobs = add_note(bob, world.case_id, f"{NOTE} van Bob")
    bob.sync()
    add_note(ann, world.case_id, f"{FOLLOWUP} offline van Ann")
    info = gdpr.order_erasure(boss.engine, scope="case_file", subject_id=world.case_id,
                              reason="verzoek")
    assert info is not None
    url = team.server.database_url
    assert _server_rows(url, [bobs], [])["revisions"] == 1  # the server can't know it
    ann.sync()  # purges her offline note; pulls Bob's, which the server still has
    bob.sync()  # finds his note refers to the erased case file: purged, named, erased
    assert _server_rows(url, [bobs], [])["revisions"] == 0
    [status] = gdpr.order_statuses(boss.engine)
    assert "bob" in _people(status.confirmed) and "ann" in _people(status.pending)
    for m in (ann, boss, ann, bob, boss):
        m.sync()
    [status] = gdpr.order_statuses(boss.engine)
    assert status.pending == ()
    assert _found([boss, ann, bob], [NOTE, FOLLOWUP]) == {}


def _people(devices: tuple[str, ...]) -> set[str]:
    """Whose devices an order lists ("person (device label)")."""
    return {d.split(" (")[0] for d in devices}
