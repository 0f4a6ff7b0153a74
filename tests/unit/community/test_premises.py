"""Premises lent to a PSC (issue 19, item 1): a room of the collective common-room register
lent to the project, named as the register shows it, and in the yearly report PDF."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from fieldapp.collective import rooms as rm
from fieldapp.community import premises
from fieldapp.community.report import yearly_report
from fieldapp.community.report_pdf import report_pdf
from fieldapp.errors import ValidationError
from tests.unit.community.community_world import YEAR, make_psc


def test_a_room_lent_to_the_psc_shows_in_its_file_and_yearly_report(s, world) -> None:
    psc = make_psc(s, world.actor_id)
    room = rm.save_room(s, site_id=world.site_id, name="Buurtlokaal Blok B",
                        kind="meeting_room", house_rules="", actor_id=world.actor_id)
    loan = premises.lend_room(s, room_id=room.id, project_id=psc.project_id,
                              lent_from=date(YEAR, 3, 1), lent_to=None,
                              actor_id=world.actor_id)
    assert loan.project_name == "PSC Anneessens" and loan.site_name == room.site_name
    with pytest.raises(ValidationError):  # the same room, the same project, the same time
        premises.lend_room(s, room_id=room.id, project_id=psc.project_id,
                           lent_from=date(YEAR, 6, 1), lent_to=None, actor_id=world.actor_id)
    with pytest.raises(ValidationError):
        premises.end_loan(s, loan_id=loan.id, lent_to=date(YEAR, 2, 1),
                          actor_id=world.actor_id)
    premises.end_loan(s, loan_id=loan.id, lent_to=date(YEAR, 11, 30), actor_id=world.actor_id)
    assert [x.room_name for x in premises.loans_of_room(s, room.id)] == ["Buurtlokaal Blok B"]
    assert premises.loans_of_project(s, psc.project_id, year=YEAR - 1) == []
    report = yearly_report(s, project_id=psc.project_id, year=YEAR)
    assert [x.room_name for x in report.premises] == ["Buurtlokaal Blok B"]
    pdf = report_pdf(report, language="nl", printed_on=date(YEAR, 12, 1))
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Buurtlokaal Blok B (Meeting room)" in text
    assert f"01/03/{YEAR} to" in text and f"30/11/{YEAR}" in text
    assert "Buurtlokaal Muggenstraat 12" in text  # the words kept before stay
