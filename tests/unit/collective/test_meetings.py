"""The tenants' meeting of a neighbourhood, from planning to the distribution of its minutes,
on a real vault; the PDFs are read back."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy.orm import Session

from fieldapp.audit.models import AccessLogEntry
from fieldapp.collective import documents, signals
from fieldapp.collective import meetings as mt
from fieldapp.collective.models import TenantMeeting
from fieldapp.errors import ValidationError
from fieldapp.registry import households as registry
from fieldapp.registry.neighbourhoods import define_neighbourhood, list_neighbourhoods
from fieldapp.vault import Vault
from tests.factories import World, make_vault, make_world

DAY = date(2026, 11, 26)


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    v = make_vault(Path(tmp_path_factory.mktemp("collective")))
    yield v
    v.lock()


@pytest.fixture(scope="module")
def world(vault: Vault) -> World:
    return make_world(vault)


@pytest.fixture
def s(vault: Vault, world: World) -> Iterator[Session]:
    with vault.session() as session:
        yield session


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _hood(s: Session, world: World) -> str:
    return define_neighbourhood(s, name="Anneessens-Centrum", site_ids=[world.site_id],
                                assistant_ids=[world.actor_id], actor_id=world.actor_id).id


def test_a_meeting_from_plan_to_distribution(s: Session, world: World) -> None:
    hood = _hood(s, world)
    extra = registry.add_household(s, dwelling_id=world.dwelling_id, name="Famille Diallo",
                                   actor_id=world.actor_id, language="")
    assert [h.name for h in list_neighbourhoods(s, assistant_id=world.actor_id)] == [
        "Anneessens-Centrum"]
    meeting = mt.plan_meeting(s, neighbourhood_id=hood, held_on=DAY, start_minute=18 * 60,
                              duration_minutes=90, place="Buurthuis Anneessens",
                              actor_id=world.actor_id)
    assert meeting.status == "planned" and meeting.households_concerned == 2
    topic = mt.add_topic(s, meeting_id=meeting.id, title="Afvalsortering in de kelder",
                         source_kind="department", source="Technische dienst",
                         actor_id=world.actor_id)
    with pytest.raises(ValidationError):
        mt.add_topic(s, meeting_id=meeting.id, title="Fietsenberging", source_kind="colleague",
                     source="", actor_id=world.actor_id)

    letters = documents.invitations_pdf(s, meeting_id=meeting.id,
                                        household_ids=[world.household_id, extra],
                                        actor_id=world.actor_id, printed_on=DAY)
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(letters)).pages]
    assert len(pages) == 2
    assert "Invitation : réunion des locataires Anneessens-Centrum" in pages[0]
    assert "Uitnodiging" not in pages[0]  # Famille Lefèvre reads French
    assert "Uitnodiging: bewonersvergadering" in pages[1]  # no language: both
    assert "Invitation : réunion" in pages[1]
    assert "jeudi 26 novembre 2026 18:00–19:30" in pages[0]
    assert "Afvalsortering in de kelder" in pages[0]

    with pytest.raises(ValidationError):  # not held yet
        documents.issue_minutes(s, meeting_id=meeting.id, today=DAY, actor_id=world.actor_id)
    mt.set_households_present(s, meeting_id=meeting.id, household_ids=[world.household_id],
                              actor_id=world.actor_id)
    mt.add_staff(s, meeting_id=meeting.id, function="Technische dienst", person_id=None,
                 named_as="Jan Peeters", agreed_to_be_named=True, actor_id=world.actor_id)
    mt.record_topic(s, topic_id=topic.id, said="Mevrouw Amélie Lefèvre zegt dat de bakken vol "
                    "zijn.", decided="Extra container in december.", actor_id=world.actor_id)
    mt.add_action(s, meeting_id=meeting.id, topic_id=topic.id, text="Extra container plaatsen",
                  owner="Technische dienst", due_on=date(2026, 12, 15), actor_id=world.actor_id)
    with pytest.raises(ValidationError) as refused:  # a tenant named without consent
        documents.issue_minutes(s, meeting_id=meeting.id, today=DAY, actor_id=world.actor_id)
    assert refused.value.params == {"n": 1}
    mt.name_speaker(s, meeting_id=meeting.id, household_id=world.household_id,
                    named_as="Amélie Lefèvre", agreed=True, actor_id=world.actor_id)
    assert documents.issue_minutes(s, meeting_id=meeting.id, today=DAY,
                                   actor_id=world.actor_id) == DAY

    nl = text_of(documents.minutes_pdf(s, meeting_id=meeting.id, language="nl",
                                       actor_id=world.actor_id))
    fr = text_of(documents.minutes_pdf(s, meeting_id=meeting.id, language="fr",
                                       actor_id=world.actor_id))
    assert "Verslag van de bewonersvergadering" in nl and "Punt 1: Afvalsortering" in nl
    assert "1 huishouden(s) van de wijk; personeel: Technische dienst (Jan Peeters)" in nl
    assert "Compte rendu de la réunion des locataires" in fr and "Point 1 : Afvalsortering" in fr
    assert "Extra container plaatsen" in fr
    for doc in (nl, fr):
        assert "Famille Lefèvre" not in doc and "Diallo" not in doc and "Noah" not in doc

    with pytest.raises(ValidationError):
        mt.log_distribution(s, meeting_id=meeting.id, household_ids=[world.household_id],
                            channel="pigeon", sent_on=DAY, actor_id=world.actor_id)
    assert mt.log_distribution(s, meeting_id=meeting.id, household_ids=[world.household_id,
                                                                         extra],
                               channel="letterbox", sent_on=date(2026, 11, 30),
                               actor_id=world.actor_id) == 2
    row = mt.meeting_detail(s, meeting.id).meeting
    assert (row.status, row.households_present, row.delivered) == ("held", 1, 2)
    printed = s.query(AccessLogEntry).filter_by(object_type="tenant_meeting").count()
    assert printed == 2


def test_a_subject_access_lists_the_meetings_and_minutes_of_the_household(
        s: Session, world: World) -> None:
    """Runs after the first test: the household was present, named as a speaker and got
    the minutes; an erasure (the same walk) removes those rows too."""
    from fieldapp.gdpr.subject import collect, find_subject

    held = collect(s, find_subject(s, household_id=world.household_id))
    kinds = sorted(r.__tablename__ for r in held.sections["tenant_meetings"])
    assert kinds == ["cm_attendees", "cm_deliveries"]


def test_open_actions_carry_over_to_the_next_meeting(s: Session, world: World) -> None:
    hood = _hood(s, world)
    first = mt.plan_meeting(s, neighbourhood_id=hood, held_on=date(2026, 10, 1),
                            start_minute=None, duration_minutes=None, place="Zaal",
                            actor_id=world.actor_id)
    done = mt.add_action(s, meeting_id=first.id, topic_id=None, text="Lampen vervangen",
                         owner="Conciërge", due_on=None, actor_id=world.actor_id)
    mt.add_action(s, meeting_id=first.id, topic_id=None, text="Affiche ophangen",
                  owner="CMA", due_on=None, actor_id=world.actor_id)
    mt.close_action(s, action_id=done.id, done_on=date(2026, 10, 20), actor_id=world.actor_id)
    second = mt.plan_meeting(s, neighbourhood_id=hood, held_on=date(2026, 11, 5),
                             start_minute=None, duration_minutes=None, place="Zaal",
                             actor_id=world.actor_id)
    carried = mt.meeting_detail(s, second.id).carried
    assert [a.text for a in carried] == ["Affiche ophangen"]


def test_a_signal_carries_a_theme_and_a_building_only(s: Session, world: World) -> None:
    with pytest.raises(ValidationError):
        signals.send_signal(s, site_id=world.site_id, building_id=None, theme="gossip",
                            actor_id=world.actor_id, today=DAY)
    receipt = signals.send_signal(s, site_id=world.site_id, building_id=world.building_id,
                                  theme="waste_sorting", actor_id=world.actor_id, today=DAY)
    assert receipt.sent_on == DAY
    row = next(r for r in signals.received_signals(s) if r.id == receipt.id)
    assert (row.theme, row.site_name, row.building_name) == ("waste_sorting", "Anneessens",
                                                             "Blok A")
    assert row.taken_up_on is None


def test_the_supervisor_counts_the_meetings_under_their_objectives(s: Session,
                                                                   world: World) -> None:
    from fieldapp.supervision.indicators import indicators
    from fieldapp.supervision.indicators_anonymised import anonymise

    report = indicators(s, start=date(2026, 11, 1), end=date(2026, 11, 30))
    got = {(f.indicator, f.category, f.objective): f.count for f in report.facts
           if f.indicator in ("tenant_meetings", "meeting_attendance", "minutes_sent",
                              "meeting_actions")}
    assert got == {("tenant_meetings", "held", "4.3"): 1,
                   ("meeting_attendance", "household", "4.3"): 1,
                   ("meeting_attendance", "staff", "4.3"): 1,
                   ("minutes_sent", "on_time", "2.2"): 1,
                   ("meeting_actions", "open", "1.1"): 1}
    elsewhere = indicators(s, start=date(2026, 11, 1), end=date(2026, 11, 30),
                           site_id=world.other_site_id)
    assert elsewhere.total("tenant_meetings") == 0
    cells = {(c.indicator, c.dimension, c.code): c.value for c in anonymise(report)}
    assert cells[("tenant_meetings", "total", "")] == "<5"
    assert ("minutes_sent", "timeliness", "on_time") in cells


def test_topics_staff_and_deliveries_are_corrected_and_a_meeting_cancelled(
        s: Session, world: World) -> None:
    me = world.actor_id
    hood = define_neighbourhood(s, name="Zuidwijk", site_ids=[world.site_id],
                                assistant_ids=[me], actor_id=me).id
    meeting = mt.plan_meeting(s, neighbourhood_id=hood, held_on=DAY, start_minute=None,
                              duration_minutes=None, place="Zaal", actor_id=me)
    first = mt.add_topic(s, meeting_id=meeting.id, title="Fietsenberging",
                         source_kind="tenants", source="", actor_id=me)
    second = mt.add_topic(s, meeting_id=meeting.id, title="Afval", source_kind="tenants",
                          source="", actor_id=me)
    with pytest.raises(ValidationError):
        mt.edit_topic(s, topic_id=first.id, title="Fietsen", source_kind="department",
                      source="", actor_id=me)
    mt.edit_topic(s, topic_id=first.id, title="Fietsenberging kelder",
                  source_kind="department", source="Technische dienst", actor_id=me)
    mt.remove_topic(s, topic_id=first.id, actor_id=me)
    detail = mt.meeting_detail(s, meeting.id)
    assert [(t.id, t.position) for t in detail.topics] == [(second.id, 1)]
    staff = mt.add_staff(s, meeting_id=meeting.id, function="Technische dienst",
                         person_id=None, named_as="", agreed_to_be_named=False, actor_id=me)
    mt.edit_staff(s, attendee_id=staff.id, function="Dienst huurbeheer", named_as="Jan",
                  agreed_to_be_named=True, actor_id=me)
    [row] = mt.meeting_detail(s, meeting.id).staff
    assert (row.label, row.named_as, row.agreed_to_be_named) == (
        "Dienst huurbeheer", "Jan", True)
    mt.remove_staff(s, attendee_id=staff.id, actor_id=me)
    assert mt.meeting_detail(s, meeting.id).staff == ()
    mt.set_households_present(s, meeting_id=meeting.id, household_ids=[world.household_id],
                              actor_id=me)
    documents.issue_minutes(s, meeting_id=meeting.id, today=DAY, actor_id=me)
    mt.log_distribution(s, meeting_id=meeting.id, household_ids=[world.household_id],
                        channel="email", sent_on=DAY, actor_id=me)
    with pytest.raises(ValidationError):  # nothing logged by letterbox
        mt.undo_distribution(s, meeting_id=meeting.id, household_ids=[world.household_id],
                             channel="letterbox", actor_id=me)
    assert mt.undo_distribution(s, meeting_id=meeting.id,
                                household_ids=[world.household_id], channel="email",
                                actor_id=me) == 1
    assert mt.meeting_row(s, s.get(TenantMeeting, meeting.id)).delivered == 0
    with pytest.raises(ValidationError):  # minutes issued: it took place
        mt.cancel_meeting(s, meeting_id=meeting.id, actor_id=me)
    later = mt.plan_meeting(s, neighbourhood_id=hood, held_on=date(2026, 12, 17),
                            start_minute=None, duration_minutes=None, place="Zaal",
                            actor_id=me)
    assert mt.cancel_meeting(s, meeting_id=later.id, actor_id=me).status == "cancelled"
    assert mt.reopen_meeting(s, meeting_id=later.id, actor_id=me).status == "planned"
