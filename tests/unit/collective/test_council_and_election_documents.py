"""The ARHUU election's notice and results as PDFs in Dutch and French (no voter named),
the council the elected candidates form with their mandates, and its meetings linked to
it (issue 18, item 6), on a real vault."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy.orm import Session

from fieldapp.collective import elections as el
from fieldapp.collective import participation as pt
from fieldapp.collective.election_pdf import file_name, notice_pdf, results_pdf
from fieldapp.errors import ValidationError
from fieldapp.vault import Vault
from tests.factories import World, make_vault, make_world

VOTE = date(2027, 1, 30)


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    v = make_vault(Path(tmp_path_factory.mktemp("council")))
    yield v
    v.lock()


@pytest.fixture(scope="module")
def world(vault: Vault) -> World:
    return make_world(vault)


def _text(pdf: bytes) -> str:
    return " ".join("\n".join(pg.extract_text() for pg in PdfReader(io.BytesIO(pdf)).pages)
                    .split())


def test_notice_results_council_and_its_meetings(vault: Vault, world: World) -> None:
    me = world.actor_id
    with vault.session() as s:
        e = el.prepare_election(s, vote_on=VOTE, seats=1, actor_id=me)
        a = el.add_candidate(s, election_id=e.id, name="Amina B.", actor_id=me)
        el.add_candidate(s, election_id=e.id, name="Jan D.", actor_id=me)
        notice = {lang: _text(notice_pdf(s, election_id=e.id, language=lang))
                  for lang in ("nl", "fr")}
        with pytest.raises(ValidationError):  # not counted yet
            results_pdf(s, election_id=e.id, language="nl")
        el.set_voted(s, election_id=e.id, household_ids=[world.household_id], actor_id=me)
        el.record_votes(s, election_id=e.id, votes={a.id: 3}, actor_id=me)
        done = el.validate_election(s, election_id=e.id, today=date(2027, 2, 3), actor_id=me)
        results = {lang: _text(results_pdf(s, election_id=e.id, language=lang))
                   for lang in ("nl", "fr")}
        council = el.council_of(s, e.id)
        early = pt.record_council_meeting(s, body="arhuu", held_on=date(2027, 1, 2),
                                          subject="Before", advice="", actor_id=me)
        first = pt.record_council_meeting(s, body="arhuu", held_on=date(2027, 3, 1),
                                          subject="Renovatie blok A",
                                          advice="Positief advies", actor_id=me)
        committee = pt.record_council_meeting(s, body="committee", held_on=date(2027, 3, 2),
                                              subject="Tuin", advice="", actor_id=me)
        linked = pt.list_council_meetings(s, election_id=e.id)
        with pytest.raises(ValidationError):
            el.end_mandate(s, candidate_id=a.id, ended_on=date(2027, 1, 1), actor_id=me)
        ended = el.end_mandate(s, candidate_id=a.id, ended_on=date(2028, 6, 30), actor_id=me)
    assert "Verkiezing van de Adviesraad van Huurders (ARHUU)" in notice["nl"]
    assert "zaterdag 30 januari 2027" in notice["nl"]
    assert "Amina B." in notice["nl"] and "Jan D." in notice["nl"]
    assert "Hoe stemmen?" in notice["nl"] and "ten hoogste 1 kandidaat" in notice["nl"]
    assert "Élection du Conseil consultatif des locataires" in notice["fr"]
    assert "samedi 30 janvier 2027" in notice["fr"] and "Comment voter ?" in notice["fr"]
    assert "Uitslag" in results["nl"] and "Amina B. 3 ja" in results["nl"]
    assert "Opkomst 50 %" in results["nl"] and "gevalideerd op 03/02/2027" in results["nl"]
    assert "mandaat van 03/02/2027 tot 30/01/2031" in results["nl"]
    assert "Résultats" in results["fr"] and "Participation 50 %" in results["fr"]
    for text in (*notice.values(), *results.values()):  # no voter named
        assert "Lefèvre" not in text and "Yılmaz" not in text
    assert file_name("fr", "results", VOTE) == "resultats-election-cocolo-2027-01-30.pdf"
    assert done.status == "validated"
    assert [(m.name, m.mandate_from, m.mandate_until) for m in council] == [
        ("Amina B.", date(2027, 2, 3), date(2031, 1, 30))]
    assert ended.mandate_until == date(2028, 6, 30)
    assert [m.subject for m in linked] == ["Renovatie blok A"]
    assert first.election_id == e.id
    assert early.election_id is None and committee.election_id is None
