"""Community work (issue 19): the PSC record, plan, log, committee, yearly report, the
social map, and the notice of a change of contact — real vault, PDFs read back."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from fieldapp.community import activities, partners, plan, projects
from fieldapp.community.notice_pdf import notice_pdf
from fieldapp.community.report import yearly_report
from fieldapp.community.report_pdf import report_pdf
from fieldapp.community.social_map import social_map_csv, social_map_pdf
from fieldapp.errors import ValidationError
from tests.unit.community.community_world import YEAR, make_psc


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_yearly_report_is_built_from_plan_and_log(s, world) -> None:
    psc = make_psc(s, world.actor_id)
    report = yearly_report(s, project_id=psc.project_id, year=YEAR)
    figures = {f.objective: f for f in report.by_objective}
    # the workshop's sessions and closing session, plus the coffee moment's 14
    assert figures["common:4"].activities == 2
    assert figures["common:4"].participants == 8 + 11 + 9 + 10 + 6 + 14
    assert figures["local:1"].actions == 1 and figures["local:1"].activities == 0
    text = _text(report_pdf(report, language="nl", printed_on=date(2027, 1, 10)))
    for expected in ("PSC Anneessens", "Ateliers portemonnee", "Wietske (CAW Brussel)",
                     "Een sociale kaart maken met de bewoners", "De ateliers bereikten",
                     "Lakenhuis", "Buurtlokaal Muggenstraat"):
        assert expected in text
    assert "Fatima" not in text  # counted, never named in the report


def test_participants_are_named_only_with_consent(s, world) -> None:
    psc = make_psc(s, world.actor_id)
    with pytest.raises(ValidationError) as err:
        activities.log_activity(s, project_id=psc.project_id, kind="event", title="Buurtfeest",
                                held_on=date(YEAR, 6, 1), participants=40,
                                named_participants=["Ahmed"], actor_id=world.actor_id)
    assert "consent" in err.value.message
    with pytest.raises(ValidationError):
        activities.log_activity(s, project_id=psc.project_id, kind="event", title="Buurtfeest",
                                held_on=date(YEAR, 6, 1), participants=0,
                                named_participants=["Ahmed"], consent_given=True,
                                actor_id=world.actor_id)


def test_an_action_needs_an_objective_of_the_project(s, world) -> None:
    psc = make_psc(s, world.actor_id)
    with pytest.raises(ValidationError):
        plan.add_action(s, project_id=psc.project_id, year=YEAR, title="X",
                        psc_objective="local:7", actor_id=world.actor_id)
    with pytest.raises(ValidationError):
        plan.add_action(s, project_id=psc.project_id, year=YEAR, title="X",
                        psc_objective="common:1", sector_objective="9.9",
                        actor_id=world.actor_id)


def test_a_new_referent_is_kept_and_the_co_signatories_get_a_notice(s, world) -> None:
    psc = make_psc(s, world.actor_id)
    change = projects.change_contact(s, project_id=psc.project_id, role="referent",
                                     new_name="Jan Peeters", on=date(YEAR, 10, 1),
                                     actor_id=world.actor_id)
    project = projects.get_project(s, psc.project_id)
    assert project.referent == "Jan Peeters"
    assert project.contact_changes[-1].old == "Marie Declercq"
    text = _text(notice_pdf(project, change, language="nl", printed_on=date(YEAR, 10, 1)))
    assert "Jan Peeters" in text and "Marie Declercq" in text and "BGHM" in text


def test_the_social_map_as_pdf_and_csv(s, world) -> None:
    partners.add_partner(s, actor_id=world.actor_id, name="OCMW Brussel", category="cpas",
                         services="Leefloon, energie", phone="02 543 60 00",
                         languages=["nl", "fr"], address="Hoogstraat 298A")
    partners.add_partner(s, actor_id=world.actor_id, name="=HYPERLINK()", category="other")
    rows = partners.list_partners(s)
    assert [r.name for r in partners.list_partners(s, category="cpas")] == ["OCMW Brussel"]
    text = _text(social_map_pdf(rows, language="fr", printed_on=date(YEAR, 11, 1)))
    assert "OCMW Brussel" in text and "Hoogstraat 298A" in text
    csv_text = social_map_csv(rows).decode("utf-8-sig")
    assert "OCMW Brussel;" in csv_text and "'=HYPERLINK()" in csv_text
    with pytest.raises(ValidationError):
        partners.add_partner(s, actor_id=world.actor_id, name="X", category="nope")


def test_the_psc_names_the_sector_objectives_as_casework_does(s, world) -> None:
    """One list of the sector vision's objectives (issue 19 item 4): a PSC action and a case
    note count towards the same objective, under the same words."""
    from fieldapp.casework.labels import OBJECTIVES
    from fieldapp.community.labels import SECTOR_OBJECTIVES, sector_objective_label

    assert SECTOR_OBJECTIVES is OBJECTIVES
    psc = make_psc(s, world.actor_id)
    report = yearly_report(s, project_id=psc.project_id, year=YEAR)
    text = " ".join(_text(report_pdf(report, language="nl", printed_on=date(2027, 1, 10)))
                    .split())
    label = sector_objective_label("2.2", lambda _c, t: t)
    assert label == "2.2 Framework for collective reception, information, awareness and exchange"
    assert "2.2 Framework for collective reception" in text
    with pytest.raises(ValidationError):
        plan.add_action(s, project_id=psc.project_id, year=YEAR, title="X",
                        psc_objective="common:1", sector_objective="9.9",
                        actor_id=world.actor_id)
