"""A hand-off reaches the site's social assistant; the agent's side sees no case data."""

from __future__ import annotations

import ast
import dataclasses
import inspect
from datetime import timedelta
from pathlib import Path

import fieldapp.neighbourhood as neighbourhood_pkg
from fieldapp.casework import cases as casework
from fieldapp.casework import followups
from fieldapp.neighbourhood import defects, handoff, interventions, requests, rounds, triage, week
from fieldapp.neighbourhood.models import Handoff
from fieldapp.neighbourhood.views import HandoffReceipt
from tests.factories import TODAY

from .conftest import NOW, add

SECRET = "Confidential: debt and health situation"
AGENT_MODULES = sorted(Path(neighbourhood_pkg.__file__).parent.glob("*.py"))
CASE_NAMES = {"CaseFile", "CaseNote", "FollowUp", "Referral", "HomeVisit", "WelcomeSession",
              "WelcomeAttendee", "Handoff", "AccessLogEntry"}
CASE_MODULES = {"fieldapp.casework.models", "fieldapp.casework.cases",
                "fieldapp.casework.followups", "fieldapp.casework.referrals",
                "fieldapp.casework.visits", "fieldapp.casework.search",
                "fieldapp.casework.timeline", "fieldapp.casework.welcome",
                "fieldapp.audit.access_log"}


def test_handoff_appears_in_the_assistants_followups(s, agent):
    w = agent.world
    rid = add(s, agent, category="neighbour_conflict", urgency="this_week",
              building_id=w.building_id, dwelling_id=w.dwelling_id)
    receipt = handoff.hand_off(s, request_id=rid, summary="Tenant seems isolated, asks for help",
                               actor_id=w.actor_id, today=TODAY)
    assert receipt == HandoffReceipt(id=receipt.id, site_id=w.site_id, handed_on=TODAY,
                                     due_on=TODAY + timedelta(days=2))
    assert s.get(Handoff, receipt.id).collection_id == f"handoff:{w.site_id}"
    assert requests.get_request(s, request_id=rid, now=NOW).handed_off_on == TODAY
    # the assistant's view
    overview = followups.followup_overview(s, today=TODAY)
    [item] = [f for f in overview.this_week if f.origin == "handoff"]
    assert item.text == "Tenant seems isolated, asks for help"
    assert item.household_id == w.household_id and item.case_id == w.case_id
    assert item.household_name == "Famille Lefèvre"
    assert followups.followup_overview(s, today=TODAY, site_id=w.other_site_id).this_week == ()
    done = followups.complete_followup(s, followup_id=item.id, actor_id=w.actor_id,
                                       today=TODAY)
    assert done.done and done.origin == "handoff"
    assert followups.followup_overview(s, today=TODAY).this_week == ()


def test_agent_services_import_no_case_data():
    for path in AGENT_MODULES:
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                module = node.module or ""
                assert module not in CASE_MODULES, (path.name, module)
                assert not module.startswith(("fieldapp.casework", "fieldapp.audit")), (
                    path.name, module)
                names = {a.name for a in node.names}
                allowed = {"Handoff"} if path.name == "handoff.py" else set()
                assert not (names & CASE_NAMES) - allowed, (path.name, names)
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "select":
                used = {getattr(a, "id", getattr(getattr(a, "value", None), "id", ""))
                        for a in node.args}
                assert not used & CASE_NAMES, (path.name, used)  # never reads a hand-off


def _strings(value) -> list[str]:
    if dataclasses.is_dataclass(value):
        return [x for f in dataclasses.fields(value) for x in _strings(getattr(value, f.name))]
    if isinstance(value, list | tuple):
        return [x for v in value for x in _strings(v)]
    return [str(value)] if value is not None else []


def test_agent_functions_return_nothing_of_the_case_file(s, agent):
    w = agent.world
    note = casework.add_note(s, case_id=w.case_id, kind="home_visit", text=SECRET,
                             occurred_on=TODAY, actor_id=w.actor_id)
    followups.add_followup(s, case_id=w.case_id, due_on=TODAY, text=SECRET,
                           actor_id=w.actor_id, today=TODAY)
    rid = add(s, agent, building_id=w.building_id, dwelling_id=w.dwelling_id,
              category="technical_defect")
    triage.set_in_round(s, request_id=rid, day=TODAY, actor_id=w.actor_id)
    results = [
        triage.triage(s, now=NOW),
        rounds.plan_round(s, day=TODAY, now=NOW),
        interventions.log_intervention(s, request_id=rid, occurred_at=NOW, actions="Seen",
                                       outcome="passed_on", actor_id=w.actor_id, now=NOW,
                                       today=TODAY),
        interventions.list_interventions(s, request_id=rid),
        defects.report_defect(s, request_id=rid, actor_id=w.actor_id, today=TODAY),
        handoff.hand_off(s, request_id=rid, summary="Needs support", actor_id=w.actor_id,
                         today=TODAY),
        week.week_summary(s, today=TODAY, actor_id=w.actor_id),
        requests.get_request(s, request_id=rid, now=NOW),
    ]
    seen = " ".join(_strings(results))
    for secret in (SECRET, w.case_id, note.id, "Famille Lefèvre", "Amélie"):
        assert secret not in seen
    # the receipt of a hand-off carries no text at all
    assert {f.name for f in dataclasses.fields(HandoffReceipt)} == {
        "id", "site_id", "handed_on", "due_on"}
    public = [n for n, f in inspect.getmembers(handoff, inspect.isfunction)
              if f.__module__ == handoff.__name__ and not n.startswith("_")]
    assert public == ["hand_off"]


def test_handoff_without_a_household_names_the_place(s, agent):
    w = agent.world
    rid = add(s, agent, urgency="today", building_id=w.building_id)
    handoff.hand_off(s, request_id=rid, summary="Elderly man alone", actor_id=w.actor_id,
                     today=TODAY)
    [item] = [f for f in followups.followup_overview(s, today=TODAY).today
              if f.origin == "handoff"]
    assert (item.household_name, item.household_id, item.case_id) == (
        "Anneessens · Blok A", "", "")
