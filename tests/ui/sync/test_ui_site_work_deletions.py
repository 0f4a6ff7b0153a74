"""Corrections of the site assistant's records reach a colleague's laptop (issue 17): the
assistant deletes an office-hours session (with its contact), an arrears plan and a goal of
the support plan in the app; after a sync the colleague of the same site no longer has them,
the deleting laptop blanks the text of the tombstones it sends."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from fieldapp.casework import housing_outcome, office_hours, support_plan
from fieldapp.casework.labels import THEMES
from fieldapp.casework.models import FollowUp
from fieldapp.casework.site_work_models import (
    ArrearsPlan,
    OfficeHoursContact,
    OfficeHoursSession,
    SupportGoal,
)
from fieldapp.local.profile import get_profile
from tests.factories import make_world
from tests.ui.sync.ui_sync_helpers import open_in_app, press_f5_and_wait
from tests.ui.ui_helpers import modal_dialog, open_household, shortcut
from ui.casework.housing_dialog import HousingDialog
from ui.casework.site_work_edit import ConfirmDialog
from ui.casework.support_plan_dialog import SupportPlanDialog

pytestmark = pytest.mark.postgres


def _ok(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.accepted, timeout=5_000):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)


def _live(vault, model) -> list:  # type: ignore[no-untyped-def]
    with vault.session(read_only=True) as s:
        return list(s.scalars(select(model).where(model.deleted.is_(False))))


def test_deletions_reach_the_colleague(qtbot, team, make_sync_app) -> None:  # type: ignore[no-untyped-def]
    boss = team.enrol("supervisor", "boss")
    world = make_world(boss.vault)
    boss.sync()
    ann = team.enrol("social_assistant", "ann")
    bob = team.enrol("social_assistant", "bob")
    team.grant(boss, ann, bob)
    ann.sync()
    today = date.today()
    with ann.vault.session() as s:
        me = get_profile(s).id
        sitting = office_hours.add_session(s, site_id=world.site_id, place="head_office",
                                           held_on=today, start_minute=540, end_minute=720,
                                           actor_id=me)
        office_hours.add_contact(s, session_id=sitting.id, visitor="Buurvrouw blok C",
                                 theme=next(iter(THEMES)), summary="Vraag over de waarborg",
                                 actor_id=me)
        housing_outcome.add_arrears_plan(s, case_id=world.case_id, agreed_on=today,
                                         debt_cents=120_000, monthly_cents=10_000,
                                         actor_id=me, today=today)
        support_plan.save_plan(
            s, case_id=world.case_id, analysis="", rights={}, confidentiality="team",
            actor_id=me, today=today, neutral_review_text="Review",
            new_goals=[support_plan.NewGoal("Leefloon aanvragen", today + timedelta(days=30))])
    ann.sync()
    bob.sync()
    for model in (OfficeHoursSession, OfficeHoursContact, ArrearsPlan, SupportGoal):
        assert len(_live(bob.vault, model)) == 1, model  # the colleague has them

    app = open_in_app(qtbot, make_sync_app, ann)
    # the office-hours session, with its contact
    shortcut(qtbot, app, "Ctrl+5")
    oh = app.window.workspace.office_hours
    qtbot.waitUntil(lambda: oh.sessions_model.rowCount() == 1, timeout=5_000)
    oh.sessions_table.setFocus()
    oh.sessions_table.selectRow(0)
    qtbot.keyClick(oh.sessions_table, Qt.Key.Key_Delete)
    _ok(qtbot, modal_dialog(qtbot, ConfirmDialog))
    qtbot.waitUntil(lambda: oh.sessions_model.rowCount() == 0, timeout=5_000)
    # the arrears plan
    view = open_household(qtbot, app, "Famille Lefèvre")
    qtbot.mouseClick(view.housing_button, Qt.MouseButton.LeftButton)
    housing = modal_dialog(qtbot, HousingDialog)
    qtbot.waitUntil(lambda: housing.arrears_model.rowCount() == 1, timeout=5_000)
    housing.arrears_table.setFocus()
    housing.arrears_table.selectRow(0)
    qtbot.keyClick(housing.arrears_table, Qt.Key.Key_Delete)
    _ok(qtbot, modal_dialog(qtbot, ConfirmDialog))
    qtbot.waitUntil(lambda: housing.arrears_model.rowCount() == 0, timeout=5_000)
    housing.reject()
    # the goal
    qtbot.mouseClick(view.plan_button, Qt.MouseButton.LeftButton)
    plan = modal_dialog(qtbot, SupportPlanDialog)
    plan.goals_table.setFocus()
    plan.goals_table.selectRow(0)
    qtbot.mouseClick(plan.delete_goal_button, Qt.MouseButton.LeftButton)
    _ok(qtbot, modal_dialog(qtbot, ConfirmDialog))
    _ok(qtbot, plan)
    press_f5_and_wait(qtbot, app)

    bob.sync()
    for model in (OfficeHoursSession, OfficeHoursContact, ArrearsPlan, SupportGoal):
        assert _live(bob.vault, model) == [], model
    with app.vault.session(read_only=True) as s:  # what went up carried no text
        assert s.scalars(select(OfficeHoursContact.summary)).one() == ""
        assert s.scalars(select(SupportGoal.text)).one() == ""
    with bob.vault.session(read_only=True) as s:
        # the goal's review follow-up went with it, its words too (deleted means gone)
        followups = list(s.scalars(select(FollowUp)))
        assert not any(f.text == "Leefloon aanvragen" for f in followups)
        assert [f.text for f in followups if f.deleted] == [""]
