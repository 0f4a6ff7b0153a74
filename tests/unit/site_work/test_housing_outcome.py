"""Arrears plans, eviction steps and the outcome, counted under objective 2.3."""

from __future__ import annotations

from datetime import timedelta

import pytest

from fieldapp.casework import housing_outcome
from fieldapp.casework.amounts import euros
from fieldapp.casework.timeline import timeline
from fieldapp.errors import ValidationError
from fieldapp.supervision.indicators import indicators
from tests.factories import TODAY


def test_arrears_eviction_and_outcome_are_counted(s, world):
    plan = housing_outcome.add_arrears_plan(
        s, case_id=world.case_id, agreed_on=TODAY, debt_cents=184_250, monthly_cents=10_000,
        actor_id=world.actor_id, today=TODAY)
    housing_outcome.set_arrears_status(s, plan_id=plan.id, status="kept",
                                       actor_id=world.actor_id)
    for code in ("formal_notice", "summons", "stopped"):
        housing_outcome.add_housing_step(s, case_id=world.case_id, kind="eviction", code=code,
                                         on_day=TODAY, actor_id=world.actor_id, today=TODAY)
    housing_outcome.add_housing_step(s, case_id=world.case_id, kind="outcome", code="kept",
                                     on_day=TODAY, actor_id=world.actor_id, today=TODAY)
    view = housing_outcome.housing(s, case_id=world.case_id)
    assert [a.status for a in view.arrears] == ["kept"]
    assert [x.code for x in view.steps] == ["formal_notice", "summons", "stopped"]
    assert view.outcome is not None and view.outcome.code == "kept"
    facts = {(f.indicator, f.category): (f.objective, f.count)
             for f in indicators(s, start=TODAY, end=TODAY).facts}
    assert facts[("arrears_plans", "kept")] == ("2.3", 1)
    assert facts[("eviction_steps", "summons")] == ("2.3", 1)
    assert facts[("housing_outcomes", "kept")] == ("2.3", 1)
    kinds = [e.kind for e in timeline(s, case_id=world.case_id)]
    assert kinds.count("eviction") == 3 and "arrears" in kinds and "outcome" in kinds
    assert euros(184_250) == "1.842,50"


def test_impossible_amounts_and_dates_are_refused(s, world):
    args = dict(case_id=world.case_id, agreed_on=TODAY, actor_id=world.actor_id, today=TODAY)
    with pytest.raises(ValidationError, match="monthly instalment is more"):
        housing_outcome.add_arrears_plan(s, debt_cents=100, monthly_cents=200, **args)
    with pytest.raises(ValidationError, match="amount owed"):
        housing_outcome.add_arrears_plan(s, debt_cents=0, monthly_cents=200, **args)
    with pytest.raises(ValidationError, match="future"):
        housing_outcome.add_housing_step(s, case_id=world.case_id, kind="eviction",
                                         code="hearing", on_day=TODAY + timedelta(days=1),
                                         actor_id=world.actor_id, today=TODAY)


def test_the_right_to_housing_is_in_subject_access_and_erasure(s, world):
    from datetime import UTC, datetime

    from fieldapp.gdpr.access import build_document
    from fieldapp.gdpr.access_pdf import render
    from fieldapp.gdpr.erasure import erasure_targets
    from fieldapp.gdpr.subject import find_subject

    plan = housing_outcome.add_arrears_plan(
        s, case_id=world.case_id, agreed_on=TODAY, debt_cents=120_000, monthly_cents=10_000,
        actor_id=world.actor_id, today=TODAY)
    subject = find_subject(s, household_id=world.household_id)
    document, holdings = build_document(s, subject, language="fr", made_at=datetime(
        2026, 11, 20, 10, tzinfo=UTC), decision=None)
    assert plan.id in {r["id"] for r in document["sections"]["site_work"]}
    assert plan.id in erasure_targets(s, scope="case_file", subject_id=world.case_id).item_ids
    del holdings
    import io

    from pypdf import PdfReader

    pdf = render(document, language="fr", names={})
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "droit au logement" in text and "1.200,00" in text
