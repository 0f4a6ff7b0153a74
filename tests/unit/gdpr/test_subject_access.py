"""Subject access (art. 15): the PDF and JSON read back hold every record about the
household or person, no third party's name, and restricted notes only by a recorded
decision. Markers are asserted on, never printed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from fieldapp.audit.models import AccessLogEntry
from fieldapp.errors import NotFound, ValidationError
from fieldapp.gdpr.access import EXPORT_KEY, RestrictedDecision, export_subject, user_names
from fieldapp.gdpr.subject import find_subject
from fieldapp.local.models import Setting
from fieldapp.vault import Vault
from tests.factories import make_vault
from tests.unit.gdpr.gdpr_world import THIRD, Marked, marked_household


@pytest.fixture
def vault(tmp_path: Path):  # type: ignore[no-untyped-def]
    v = make_vault(tmp_path / "vault")
    yield v
    v.lock()


def _pdf_text(path: Path) -> str:
    return " ".join(page.extract_text() or "" for page in PdfReader(path).pages)


def _squash(text: str) -> str:
    return "".join(text.split())


def _export(vault: Vault, m: Marked, out: Path, *, language: str = "nl",
            decision: RestrictedDecision | None = None, person_id: str | None = None):  # type: ignore[no-untyped-def]
    with vault.session() as s:
        subject = find_subject(s, household_ref=None if person_id else "REF-0042",
                               person_id=person_id)
        return export_subject(s, subject=subject, language=language, out_dir=out,
                              actor_id=m.world.actor_id, decision=decision,
                              names=user_names(s))


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_the_export_holds_every_record_and_no_third_party(vault: Vault, tmp_path: Path,
                                                          language: str) -> None:
    m = marked_household(vault)
    result = _export(vault, m, tmp_path / "out", language=language)
    assert result.pdf.name == "REF-0042.pdf" and result.json.name == "REF-0042.json"
    document = json.loads(result.json.read_text(encoding="utf-8"))
    raw_json = result.json.read_text(encoding="utf-8")
    pdf = _squash(_pdf_text(result.pdf))
    for what, marker in m.markers.items():
        assert marker in raw_json, what
        assert marker in pdf, what
    for name in THIRD:
        assert name not in raw_json
        assert name not in pdf
    assert "[…]" in raw_json
    counts = document["counts"]
    for section in ("people", "case_files", "notes", "followups", "referrals", "visits",
                    "renovation", "inventories", "requests", "interventions", "photos",
                    "access_log"):
        assert counts[section] >= 1, section
    assert counts["people"] == 2
    # household members are the subject here, not third parties
    assert "Noah" in raw_json and "Amélie" in raw_json
    # the restricted note stayed out, and says so by count only
    assert m.restricted_marker not in raw_json and m.restricted_marker not in pdf
    assert document["restricted_notes"] == {"included": 0, "withheld": 1, "decision": None}
    title = {"nl": "Inzage in uw persoonsgegevens", "fr": "Accès à vos données personnelles"}
    assert _squash(title[language]) in pdf


def test_a_person_export_redacts_the_other_household_members(vault: Vault,
                                                             tmp_path: Path) -> None:
    m = marked_household(vault)
    with vault.session(read_only=True) as s:
        from sqlalchemy import select

        from fieldapp.registry.models import Person

        amelie = s.scalar(select(Person).where(Person.first_name == "Amélie"))
        assert amelie is not None
        person_id = amelie.id
    result = _export(vault, m, tmp_path / "out", person_id=person_id)
    raw_json = result.json.read_text(encoding="utf-8")
    pdf = _squash(_pdf_text(result.pdf))
    assert result.json.name == f"{person_id}.json"
    assert "Noah" not in raw_json and "Noah" not in pdf
    assert "Amélie" in raw_json and "Lefèvre" in raw_json
    assert m.markers["note"] in raw_json
    assert json.loads(raw_json)["counts"]["people"] == 1


def test_restricted_notes_only_by_a_recorded_decision(vault: Vault, tmp_path: Path) -> None:
    m = marked_household(vault)
    actor = m.world.actor_id
    with vault.session() as s, pytest.raises(ValidationError):
        subject = find_subject(s, household_ref="REF-0042")
        export_subject(s, subject=subject, language="nl", out_dir=tmp_path / "x",
                       actor_id=actor, decision=RestrictedDecision(actor, "author", " "))
    with vault.session() as s, pytest.raises(ValidationError):  # not a supervisor
        subject = find_subject(s, household_ref="REF-0042")
        export_subject(s, subject=subject, language="nl", out_dir=tmp_path / "x",
                       actor_id=actor,
                       decision=RestrictedDecision(actor, "supervisor", "court order"))
    decision = RestrictedDecision(actor, "author", "asked for in writing")
    result = _export(vault, m, tmp_path / "out", decision=decision)
    raw_json = result.json.read_text(encoding="utf-8")
    assert m.restricted_marker in raw_json
    assert m.restricted_marker in _squash(_pdf_text(result.pdf))
    assert result.restricted_included == 1 and result.restricted_withheld == 0
    with vault.session(read_only=True) as s:
        from sqlalchemy import select

        records = [r.value for r in s.scalars(select(Setting))
                   if r.key.startswith(EXPORT_KEY)]
        logged = list(s.scalars(select(AccessLogEntry).where(
            AccessLogEntry.action == "export", AccessLogEntry.object_type == "household")))
    assert [r["decision"] for r in records] == [
        {"decided_by": actor, "capacity": "author", "reason": "asked for in writing"}]
    assert records[0]["paths"] == [str(result.pdf.resolve()), str(result.json.resolve())]
    assert len(logged) == 1 and logged[0].object_id == m.world.household_id


def test_unknown_household_is_not_found(vault: Vault) -> None:
    marked_household(vault)
    with vault.session() as s, pytest.raises(NotFound):
        find_subject(s, household_ref="NOPE")


def test_headless_gdpr_export(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from fieldapp.cli import main
    from fieldapp.crypto.kdf import TEST_KDF_PARAMS
    from tests.factories import PASSPHRASE, PROFILE, NoSecretStore, fixed_clock

    folder = tmp_path / "headless"  # no keyring, as on a server
    vault = Vault.create(folder, PASSPHRASE, profile=PROFILE, kdf_params=TEST_KDF_PARAMS,
                         secret_store=NoSecretStore(), clock=fixed_clock)
    m = marked_household(vault)
    vault.lock()
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    out = tmp_path / "cli-out"
    common = ["--vault", str(folder), "--passphrase-file", str(secret), "--out", str(out)]
    synced = []
    code = main(["gdpr-export", *common, "--household", "REF-0042", "--language", "fr"],
                secret_store=NoSecretStore(),
                sync=lambda v: synced.append(v) or "sync: 1 records sent, 0 received.")
    printed = "".join(capsys.readouterr())
    assert code == 0
    assert len(synced) == 1 and "sync: 1 records sent" in printed  # the log entry goes up
    assert (out / "REF-0042.pdf").is_file() and (out / "REF-0042.json").is_file()
    assert all(marker not in printed for marker in m.markers.values())
    assert "Lefèvre" not in printed
    assert main(["gdpr-export", *common, "--household", "NOPE"],
                secret_store=NoSecretStore()) == 2
    unlocked = Vault.unlock(folder, PASSPHRASE, secret_store=NoSecretStore())
    try:
        with unlocked.session(read_only=True) as s:
            from sqlalchemy import select

            exports = list(s.scalars(select(AccessLogEntry).where(
                AccessLogEntry.action == "export")))
        assert [e.object_id for e in exports] == [m.world.household_id]
    finally:
        unlocked.lock()


def test_colleagues_are_redacted_but_the_worker_of_record_and_names_marked_by_hand_too(
        vault: Vault, tmp_path: Path) -> None:
    """The organisation's people are third parties unless they are the worker of record of
    the subject's case file; a name the person marks by hand is blanked as well."""
    from datetime import date

    from fieldapp.audit.access_log import record_access
    from fieldapp.casework import cases as casework
    from fieldapp.casework.models import CaseFile
    from fieldapp.people import directory

    m = marked_household(vault)
    worker, colleague, nickname = "Karim Benali", "Sophie Dubois", "Zqbijnaamxq"
    with vault.session() as s:
        directory.remember(s, people=[("w-1", worker, ["social_assistant"]),
                                      ("c-2", colleague, ["social_assistant"])],
                           complete=False)
        s.get(CaseFile, m.world.case_id).worker_id = "w-1"  # type: ignore[union-attr]
        casework.add_note(s, case_id=m.world.case_id, kind="phone_call",
                          occurred_on=date(2026, 11, 4), actor_id="c-2",
                          text=f"Overleg {worker} en {colleague}; {nickname} belde ook.")
        record_access(s, actor_id="c-2", action="open", object_type="case_file",
                      object_id=m.world.case_id)
    with vault.session() as s:
        subject = find_subject(s, household_ref="REF-0042")
        result = export_subject(s, subject=subject, language="fr", out_dir=tmp_path / "o",
                                actor_id=m.world.actor_id, names=user_names(s),
                                by_hand=(nickname, "  "))
    raw_json = result.json.read_text(encoding="utf-8")
    pdf = _squash(_pdf_text(result.pdf))
    assert worker in raw_json and _squash(worker) in pdf  # the person they deal with
    for word in ("Sophie", "Dubois", nickname):
        assert word not in raw_json, word
        assert word not in pdf, word
    assert json.loads(raw_json)["redaction"]["marked_by_hand"] == 1


def test_the_pdf_reads_in_words_and_newest_first(vault: Vault, tmp_path: Path) -> None:
    """What a French reader sees: notes newest first whatever order they were written in,
    the case file's themes, an inventory's rooms each followed by its elements, the help
    during the works, a request to a department and a step of the eviction procedure in
    words — never a stored code such as rent_arrears, living, worn or formal_notice."""
    from datetime import date

    from sqlalchemy import select

    from fieldapp.casework import cases as casework
    from fieldapp.casework.models import CaseFile
    from fieldapp.casework.site_work_models import HousingStep, InternalRequest
    from fieldapp.records import common as rec
    from fieldapp.renovation.models import (
        HelpItem,
        Inventory,
        InventoryElement,
        InventoryRoom,
        ProjectDwelling,
    )

    m = marked_household(vault)
    with vault.session() as s:
        casework.add_note(s, case_id=m.world.case_id, kind="home_visit",
                          occurred_on=date(2025, 3, 4), text="Zqoudstexq",
                          actor_id=m.world.actor_id)
        case = s.get(CaseFile, m.world.case_id)
        case.themes = ["rent_arrears", "family"]
        rec.create(s, InternalRequest(case_id=case.id, department="maintenance",
                                      facts="Zqvochtxq", asked_on=date(2026, 11, 4),
                                      due_on=date(2026, 11, 20)),
                   actor_id=m.world.actor_id, collection_id=case.collection_id)
        rec.create(s, HousingStep(case_id=case.id, kind="eviction", code="formal_notice",
                                  on_day=date(2026, 10, 2)),
                   actor_id=m.world.actor_id, collection_id=case.collection_id)
        inventory = s.scalar(select(Inventory))
        room = rec.create(s, InventoryRoom(inventory_id=inventory.id, position=0,
                                           room_type="living", name="Woonkamer"),
                          actor_id=m.world.actor_id, collection_id="renovation:blok-a")
        rec.create(s, InventoryElement(room_id=room.id, position=0, element_type="walls",
                                       condition="worn"),
                   actor_id=m.world.actor_id, collection_id="renovation:blok-a")
        rec.create(s, HelpItem(project_dwelling_id=s.scalar(select(ProjectDwelling.id)),
                               item="move_furniture", status="handed_on"),
                   actor_id=m.world.actor_id, collection_id="renovation:blok-a")
    result = _export(vault, m, tmp_path / "out", language="fr")
    text = " ".join(_pdf_text(result.pdf).split())
    assert "Thèmes : Arriérés de loyer, Famille" in text
    assert "Famille Lefèvre · REF-0042" in text  # the household by name and reference
    assert "à planifier Renovatie Blok A" in text  # the renovation file names its project
    assert "Séjour · Murs Usé" in text  # the room, then its elements
    assert "Entretien Zqvochtxq" in text and "Mise en demeure" in text
    assert "Déplacement des meubles transmise à l'assistant(e) social(e) du site" in text
    for code in ("rent_arrears", "living", "walls", "worn", "move_furniture", "handed_on",
                 "maintenance", "formal_notice"):
        assert code not in text, code
    squashed = _squash(text)
    assert squashed.index(m.markers["note"]) < squashed.index("Zqoudstexq")  # 2026 before 2025


def test_a_long_section_starts_on_the_page_it_follows(vault: Vault, tmp_path: Path) -> None:
    """Twenty-five notes start under the case file on the first page and run on: kept in
    one piece, they left most of that page blank."""
    from datetime import date, timedelta

    from fieldapp.casework import cases as casework

    m = marked_household(vault)
    with vault.session() as s:
        for i in range(25):
            casework.add_note(s, case_id=m.world.case_id, kind="phone_call",
                              occurred_on=date(2026, 1, 1) + timedelta(days=i),
                              text=f"Gesprek over de afbetaling, deel {i}.",
                              actor_id=m.world.actor_id)
    result = _export(vault, m, tmp_path / "out", language="nl")
    pages = PdfReader(result.pdf).pages
    first = " ".join((pages[0].extract_text() or "").split())
    assert "Notities (26)" in first and "Gesprek over de afbetaling" in first
    rest = " ".join(" ".join((p.extract_text() or "").split()) for p in pages[1:])
    assert "deel 0." in rest  # the oldest, last, on a later page


def test_a_meeting_attended_says_which_meeting(vault: Vault, tmp_path: Path) -> None:
    """The household's presence at a tenants' meeting reads with the meeting's day and
    place — it read the moment the list was ticked, and nothing about which meeting."""
    from datetime import date

    from fieldapp.collective import meetings as mt
    from fieldapp.registry.neighbourhoods import define_neighbourhood

    m = marked_household(vault)
    with vault.session() as s:
        hood = define_neighbourhood(s, name="Anneessens-Centrum", site_ids=[m.world.site_id],
                                    assistant_ids=[m.world.actor_id],
                                    actor_id=m.world.actor_id).id
        meeting = mt.plan_meeting(s, neighbourhood_id=hood, held_on=date(2026, 11, 26),
                                  start_minute=18 * 60, duration_minutes=90,
                                  place="Buurthuis Anneessens", actor_id=m.world.actor_id)
        mt.set_households_present(s, meeting_id=meeting.id,
                                  household_ids=[m.world.household_id],
                                  actor_id=m.world.actor_id)
    result = _export(vault, m, tmp_path / "out", language="fr")
    text = " ".join(_pdf_text(result.pdf).split())
    assert "Réunions de locataires (1) Date Type Contenu 26/11/2026 Présent Buurthuis " \
           "Anneessens" in text
