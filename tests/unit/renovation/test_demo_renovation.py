"""The demo project seeds through the use cases and prints."""

from __future__ import annotations

from demo.renovation import seed_renovation_demo
from fieldapp.renovation import info_sessions, projects, schedule, social_clause
from fieldapp.renovation.inventory_pdf import inventory_pdf
from fieldapp.renovation.overview_pdf import overview_pdf
from tests.factories import TODAY


def test_demo_project(s, world):
    project_id = seed_renovation_demo(s, today=TODAY)
    rows = projects.dwelling_statuses(s, project_id=project_id)
    assert rows and rows[0].pre_inventory_state == "signed"
    assert inventory_pdf(s, inventory_id=rows[0].pre_inventory_id, printed_on=TODAY)[:4] == b"%PDF"
    assert overview_pdf(s, project_id=project_id, printed_on=TODAY)[:4] == b"%PDF"
    # issue 17: the schedule, the sessions, the jobs and time, a project closed out
    assert schedule.list_phases(s, project_id=project_id)
    sessions = info_sessions.sessions_of(s, project_id=project_id)
    assert [i.status for i in sessions] == ["held", "planned"] and sessions[0].questions
    assert social_clause.placements(s, project_id=project_id)
    assert any(e.minutes for e in social_clause.effort_by_household(s, project_id=project_id))
    assert [p.status for p in projects.list_projects(s)].count("archived") == 1
