"""Social-clause jobs offered to tenants and accompaniment time, and how the supervisor's
indicators count them (with the information sessions)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from fieldapp.errors import ValidationError
from fieldapp.registry.models import Person
from fieldapp.renovation import info_sessions, social_clause
from fieldapp.supervision.indicators import indicators
from fieldapp.supervision.indicators_anonymised import anonymise
from tests.factories import TODAY


def test_jobs_time_and_their_indicators(s, world, project):
    actor = world.actor_id
    amelie = s.scalar(select(Person.id).where(Person.first_name == "Amélie"))
    job = social_clause.offer_job(
        s, project_dwelling_id=project.pd_id, job="Manoeuvre", employer="Bouw NV Renova",
        offered_on=TODAY, person_id=amelie, starts_on=TODAY + timedelta(days=10),
        actor_id=actor)
    assert job.person_name == "Amélie Lefèvre" and job.outcome == "offered"
    with pytest.raises(ValidationError):
        social_clause.update_placement(s, placement_id=job.id, actor_id=actor,
                                       ends_on=TODAY)  # before it starts
    social_clause.update_placement(s, placement_id=job.id, actor_id=actor,
                                   outcome="in_progress", ends_on=TODAY + timedelta(days=70))
    social_clause.offer_job(s, project_dwelling_id=project.pd_id, job="Peintre",
                            employer="Peinture SA", offered_on=TODAY, outcome="refused",
                            actor_id=actor)
    with pytest.raises(ValidationError):
        social_clause.offer_job(s, project_dwelling_id=project.pd_id, job=" ",
                                employer="x", offered_on=TODAY, actor_id=actor)
    for minutes, activity in ((45, "home_visit"), (30, "phone"), (90, "moving_help")):
        social_clause.record_time(s, project_dwelling_id=project.pd_id, on_day=TODAY,
                                  minutes=minutes, activity=activity, actor_id=actor,
                                  today=TODAY)
    for bad in (0, 13 * 60):
        with pytest.raises(ValidationError):
            social_clause.record_time(s, project_dwelling_id=project.pd_id, on_day=TODAY,
                                      minutes=bad, activity="phone", actor_id=actor,
                                      today=TODAY)
    [effort] = social_clause.effort_by_household(s, project_id=project.id)
    assert (effort.household_name, effort.minutes, effort.placements) == (
        "Famille Lefèvre", 165, 2)

    info = info_sessions.plan_session(s, project_id=project.id, held_on=TODAY, actor_id=actor,
                                      today=TODAY)
    info_sessions.record_attendance(s, info_session_id=info.id, actor_id=actor,
                                    attendee_household_ids=[world.household_id],
                                    staff_present=[])
    report = indicators(s, start=TODAY, end=TODAY, site_id=world.site_id)
    assert report.by_category("job_placements") == {"in_progress": 1, "refused": 1}
    assert report.by_category("accompaniment_minutes") == {"home_visit": 45, "phone": 30,
                                                           "moving_help": 90}
    assert report.total("info_sessions") == 1 and report.total("info_attendance") == 1
    assert report.by_objective("job_placements") == {"3.2": 2}
    other_site = indicators(s, start=TODAY, end=TODAY, site_id=world.other_site_id)
    assert other_site.total("job_placements") == 0 and other_site.total("info_sessions") == 0
    cells = {(c.indicator, c.dimension, c.code): c.value for c in anonymise(report)}
    assert cells[("job_placements", "total", "")] == "<5"  # small counts stay hidden
