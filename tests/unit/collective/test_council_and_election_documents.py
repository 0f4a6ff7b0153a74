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

from fieldapp.collective import elections as el
from fieldapp.collective import participation as pt
from fieldapp.collective.election_pdf import file_name, notice_pdf, results_pdf
from fieldapp.errors import NotFound, ValidationError
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
        hall = {lang: _text(notice_pdf(s, election_id=e.id, language=lang))
                for lang in ("nl", "fr")}
        el.set_polling(s, election_id=e.id, place="Buurthuis, Lombardstraat 2",
                       hours="9:00 – 16:00", actor_id=me)
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
    assert "hangen uit in de inkom" in hall["nl"] and "affichés dans le hall" in hall["fr"]
    assert "Stembureau Buurthuis, Lombardstraat 2" in notice["nl"]
    assert "Open 9:00 – 16:00" in notice["nl"] and "Ouvert 9:00 – 16:00" in notice["fr"]
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


def test_coaching_final_report_and_deleting_what_was_entered_by_mistake(
        vault: Vault, world: World) -> None:
    from sqlalchemy import select

    from fieldapp.collective import campaigns as cp
    from fieldapp.collective import rooms as rm
    from fieldapp.collective.field_models import Campaign, CommonRoom, ProjectCall, RoomKey
    from fieldapp.registry.neighbourhoods import define_neighbourhood

    me, day = world.actor_id, date(2027, 3, 1)
    with vault.session() as s:
        call = pt.save_call(s, year=2027, title="Projectoproep 2027", deadline=None,
                            call_text="", actor_id=me)
        a = pt.add_application(s, call_id=call.id, applicant_kind="tenant_group",
                               applicant="Bewonersgroep", title="Moestuin",
                               amount_requested=900, actor_id=me)
        with pytest.raises(ValidationError):
            pt.add_coaching(s, application_id=a.id, held_on=day, discussed=" ", actor_id=me)
        pt.add_coaching(s, application_id=a.id, held_on=date(2027, 3, 9),
                        discussed="Begroting nagekeken", actor_id=me)
        pt.add_coaching(s, application_id=a.id, held_on=day, discussed="Eerste gesprek",
                        actor_id=me)
        coaching = pt.coaching_of(s, a.id)
        with pytest.raises(ValidationError):  # not granted: no final report
            pt.record_final_report(s, application_id=a.id, received_on=day, summary="x",
                                   amount_spent=1, actor_id=me)
        pt.decide_application(s, application_id=a.id, status="selected", amount_granted=800,
                              actor_id=me)
        reported = pt.record_final_report(s, application_id=a.id,
                                          received_on=date(2027, 11, 30),
                                          summary="Twaalf bakken aangelegd", amount_spent=760,
                                          actor_id=me)
        hood = define_neighbourhood(s, name="Wijk", site_ids=[world.site_id],
                                    assistant_ids=[me], actor_id=me)
        campaign = cp.save_campaign(s, neighbourhood_id=hood.id, theme="energy",
                                    title="Per vergissing", starts_on=day, ends_on=None,
                                    building_ids=[world.building_id], posters=0, actor_id=me)
        room = rm.save_room(s, site_id=world.site_id, name="Fietsenberging", kind="bike_storage",
                            house_rules="Slot", actor_id=me)
        rm.lend_key(s, room_id=room.id, holder="Mevrouw X", given_on=day, actor_id=me)
        cp.delete_campaign(s, campaign_id=campaign.id, actor_id=me)
        rm.delete_room(s, room_id=room.id, actor_id=me)
        pt.delete_call(s, call_id=call.id, actor_id=me)
        gone_call = s.get(ProjectCall, call.id)
        gone_campaign = s.get(Campaign, campaign.id)
        gone_room = s.get(CommonRoom, room.id)
        keys = list(s.scalars(select(RoomKey).where(RoomKey.room_id == room.id)))
        after = (pt.list_calls(s), cp.list_campaigns(s), rm.list_rooms(s, today=day))
        with pytest.raises(NotFound):
            pt.coaching_of(s, a.id)
        assert gone_call is not None and gone_campaign is not None and gone_room is not None
        tombstones = [(gone_call.deleted, gone_call.title, gone_call.dirty),
                      (gone_campaign.deleted, gone_campaign.title, gone_campaign.dirty),
                      (gone_room.deleted, gone_room.name, gone_room.dirty)]
        held = [(k.deleted, k.holder) for k in keys]
    assert [(c.held_on, c.discussed) for c in coaching] == [
        (day, "Eerste gesprek"), (date(2027, 3, 9), "Begroting nagekeken")]
    assert (reported.report_received_on, reported.report_summary, reported.amount_spent) == (
        date(2027, 11, 30), "Twaalf bakken aangelegd", 760)
    assert all(not rows for rows in after)
    assert tombstones == [(True, "", True)] * 3  # no words left, waiting to sync
    assert held == [(True, "")]
