"""The office-hours register: sessions, contacts with or without a case file, indicators."""

from __future__ import annotations

from datetime import date

import pytest

from fieldapp.casework import office_hours
from fieldapp.errors import ValidationError
from fieldapp.supervision.indicators import indicators

DAY = date(2026, 11, 20)


def test_a_session_and_its_contacts_are_counted(s, world):
    sitting = office_hours.add_session(s, site_id=world.site_id, place="branch", held_on=DAY,
                                       start_minute=9 * 60, end_minute=12 * 60,
                                       actor_id=world.actor_id)
    office_hours.add_contact(s, session_id=sitting.id, case_id=world.case_id,
                             theme="rent_arrears", referred_to="ocmw_cpas",
                             summary="Vraag over afbetalingsplan", actor_id=world.actor_id)
    office_hours.add_contact(s, session_id=sitting.id, visitor="Buurvrouw 4e verdieping",
                             quick_question=True, theme="administrative",
                             actor_id=world.actor_id)
    contacts = office_hours.list_contacts(s, session_id=sitting.id)
    assert sorted(c.who for c in contacts) == ["Buurvrouw 4e verdieping", "Famille Lefèvre"]
    assert [x.contacts for x in office_hours.list_sessions(s)] == [2]
    facts = {(f.indicator, f.category): (f.objective, f.count)
             for f in indicators(s, start=DAY, end=DAY).facts}
    assert facts[("office_hours_sessions", "branch")] == ("2.3", 1)
    assert facts[("office_hours_contacts", "case_file")] == ("2.3", 1)
    assert facts[("office_hours_contacts", "quick_question")] == ("2.3", 1)
    assert facts[("office_hours_referred", "ocmw_cpas")] == ("4.2", 1)
    assert facts[("office_hours_themes", "rent_arrears")] == ("2.3", 1)


def test_bad_input_gets_a_clear_message(s, world):
    with pytest.raises(ValidationError, match="ends after it starts"):
        office_hours.add_session(s, site_id=world.site_id, place="phone", held_on=DAY,
                                 start_minute=600, end_minute=540, actor_id=world.actor_id)
    sitting = office_hours.add_session(s, site_id=world.other_site_id, place="phone",
                                       held_on=DAY, start_minute=540, end_minute=600,
                                       actor_id=world.actor_id)
    with pytest.raises(ValidationError, match="Say who came"):
        office_hours.add_contact(s, session_id=sitting.id, theme="family",
                                 actor_id=world.actor_id)
    with pytest.raises(ValidationError, match="another site"):
        office_hours.add_contact(s, session_id=sitting.id, case_id=world.case_id,
                                 theme="family", actor_id=world.actor_id)
