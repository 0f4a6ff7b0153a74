"""The intake analysis and support plan of a case (issue 17 item 2): the situation as first
analysed, a check of the household's social rights (allowances, social tariffs, OCMW/CPAS,
health insurance…), and goals with a review date.

Each goal's review is a follow-up of the case, so it shows among the follow-ups and on the
agenda. A plan may be restricted like a note: it then lives, with its goals, in its author's
`casework-restricted:<site>:<author>`, and the follow-ups (which the whole team reads) carry
a neutral text, never the goal's.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.casework.cases import get_live_case, note_collection
from fieldapp.casework.followups import add_followup, complete_followup
from fieldapp.casework.labels import CONFIDENTIALITY, GOAL_STATUSES, RIGHT_STATUSES, RIGHTS
from fieldapp.casework.models import FollowUp
from fieldapp.casework.site_work_models import SupportGoal, SupportPlan
from fieldapp.errors import ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.records import common as rec
from fieldapp.records.moves import remember_moved

NOT_YOURS = QT_TRANSLATE_NOOP(
    "errors", "This support plan is restricted to its author: you can read it, not change it.")
GOAL_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This goal was not found.")


@dataclass(frozen=True)
class GoalView:
    id: str
    text: str
    review_on: date
    status: str


@dataclass(frozen=True)
class SupportPlanView:
    id: str
    case_id: str
    analysed_on: date
    analysis: str
    rights: dict[str, str]
    confidentiality: str
    author_id: str
    goals: tuple[GoalView, ...]
    editable: bool  # False: a restricted plan of another author (shared with me)


@dataclass(frozen=True)
class NewGoal:
    text: str
    review_on: date


def _goals(session: Session, plan_id: str) -> tuple[GoalView, ...]:
    rows = session.scalars(select(SupportGoal).where(
        SupportGoal.plan_id == plan_id, SupportGoal.deleted.is_(False))
        .order_by(SupportGoal.review_on, SupportGoal.created_at))
    return tuple(GoalView(g.id, g.text, g.review_on, g.status) for g in rows)


def _view(session: Session, plan: SupportPlan, actor_id: str) -> SupportPlanView:
    return SupportPlanView(
        id=plan.id, case_id=plan.case_id, analysed_on=plan.analysed_on, analysis=plan.analysis,
        rights={k: str(v) for k, v in (plan.rights or {}).items()},
        confidentiality=plan.confidentiality, author_id=plan.author_id,
        goals=_goals(session, plan.id),
        editable=plan.confidentiality == "team" or plan.author_id == actor_id)


def _find(session: Session, case_id: str, actor_id: str) -> SupportPlan | None:
    """The case's plan this vault can read: my own first, then the team's, then a
    restricted one shared with me; the newest of each."""
    plans = list(session.scalars(select(SupportPlan).where(
        SupportPlan.case_id == case_id, SupportPlan.deleted.is_(False))
        .order_by(SupportPlan.updated_at.desc())))
    for wanted in (lambda p: p.author_id == actor_id, lambda p: p.confidentiality == "team",
                   lambda p: True):
        for plan in plans:
            if wanted(plan):
                return plan
    return None


def get_plan(session: Session, *, case_id: str, actor_id: str) -> SupportPlanView | None:
    get_live_case(session, case_id)
    plan = _find(session, case_id, actor_id)
    return _view(session, plan, actor_id) if plan is not None else None


def _check_rights(rights: Mapping[str, str]) -> dict[str, str]:
    if not isinstance(rights, Mapping):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The rights checklist is not valid."))
    out = {}
    for code, status in rights.items():
        rec.require_code(code, RIGHTS, QT_TRANSLATE_NOOP(
            "errors", "The rights checklist is not valid."))
        rec.require_code(status, RIGHT_STATUSES, QT_TRANSLATE_NOOP(
            "errors", "The rights checklist is not valid."))
        if status != "unchecked":
            out[code] = status
    return out


def save_plan(
    session: Session, *, case_id: str, analysis: str, rights: Mapping[str, str],
    confidentiality: str, actor_id: str, today: date, neutral_review_text: str,
    new_goals: Iterable[NewGoal] = (), goal_statuses: Mapping[str, str] | None = None,
    goal_edits: Mapping[str, NewGoal] | None = None, deleted_goals: Iterable[str] = (),
) -> SupportPlanView:
    """Create or update the case's plan; add goals (each with its review follow-up); change
    goals' statuses (a goal reached or dropped has its review follow-up done).

    `neutral_review_text` is what a restricted plan's review follow-ups say (in the
    worker's language), since the whole team reads follow-ups."""
    case = get_live_case(session, case_id)
    rec.require_code(confidentiality, CONFIDENTIALITY, QT_TRANSLATE_NOOP(
        "errors", "Choose a confidentiality level: team or restricted."))
    analysis = analysis.strip() if isinstance(analysis, str) else ""
    if len(analysis) > 20_000:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "This text is too long: at most {max_len} characters."), max_len=20_000)
    checked = _check_rights(rights)
    goals = list(new_goals)
    for goal in goals:
        _check_goal(goal, today)
    plan = _find(session, case.id, actor_id)
    if plan is not None and not (plan.confidentiality == "team" or plan.author_id == actor_id):
        raise ValidationError(NOT_YOURS)
    if plan is None:
        if not analysis and not checked and not goals:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "Write the analysis, check a right or add a goal before saving."))
        plan = SupportPlan(case_id=case.id, analysed_on=today, analysis=analysis,
                           rights=checked, confidentiality=confidentiality, author_id=actor_id)
        rec.create(session, plan, actor_id=actor_id, collection_id=note_collection(
            case.site_id, confidentiality, author_id=actor_id))
    else:
        _move(session, plan, case.site_id, confidentiality, neutral_review_text)
        plan.analysis, plan.rights, plan.confidentiality = analysis, checked, confidentiality
        rec.touch(session, plan, actor_id=actor_id)
    restricted = confidentiality == "restricted"
    for goal in goals:
        text = goal.text.strip()
        review = add_followup(session, case_id=case.id, due_on=goal.review_on,
                              text=neutral_review_text if restricted else text,
                              actor_id=actor_id, today=today)
        row = SupportGoal(plan_id=plan.id, text=text, review_on=goal.review_on,
                          status="open", followup_id=review.id)
        rec.create(session, row, actor_id=actor_id, collection_id=plan.collection_id)
    deleted = set(deleted_goals)
    for goal_id, edit in (goal_edits or {}).items():
        if goal_id not in deleted:
            _edit_goal(session, plan, goal_id, edit, actor_id=actor_id, today=today,
                       neutral_review_text=neutral_review_text)
    for goal_id, status in (goal_statuses or {}).items():
        if goal_id not in deleted:
            _set_status(session, plan, goal_id, status, actor_id=actor_id, today=today)
    for goal_id in deleted:
        _delete_goal(session, plan, goal_id, actor_id=actor_id)
    return _view(session, plan, actor_id)


def _check_goal(goal: NewGoal, today: date) -> None:
    rec.clean_text(goal.text, max_len=500, empty_message=QT_TRANSLATE_NOOP(
        "errors", "Say what the goal is."))
    if not isinstance(goal.review_on, date) or goal.review_on < today:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "A goal is reviewed today or later: choose a review date."))


def _own_goal(session: Session, plan: SupportPlan, goal_id: str) -> SupportGoal:
    goal = rec.get_live(session, SupportGoal, goal_id, GOAL_NOT_FOUND)
    if goal.plan_id != plan.id:
        raise ValidationError(GOAL_NOT_FOUND)
    return goal


def _open_review(session: Session, goal: SupportGoal) -> FollowUp | None:
    followup = session.get(FollowUp, goal.followup_id) if goal.followup_id else None
    return followup if followup is not None and not followup.deleted and not followup.done \
        else None


def _edit_goal(session: Session, plan: SupportPlan, goal_id: str, edit: NewGoal, *,
               actor_id: str, today: date, neutral_review_text: str) -> None:
    """A goal reworded or its review moved; its open review follow-up moves with it (and
    says the new words, unless the plan is restricted)."""
    goal = _own_goal(session, plan, goal_id)
    text = edit.text.strip() if isinstance(edit.text, str) else ""
    if text == goal.text and edit.review_on == goal.review_on:
        return
    if edit.review_on != goal.review_on:
        _check_goal(edit, today)
    else:
        rec.clean_text(text, max_len=500, empty_message=QT_TRANSLATE_NOOP(
            "errors", "Say what the goal is."))
    goal.text, goal.review_on = text, edit.review_on
    rec.touch(session, goal, actor_id=actor_id)
    review = _open_review(session, goal)
    if review is not None:
        review.due_on = goal.review_on
        review.text = neutral_review_text if plan.confidentiality == "restricted" else text
        rec.touch(session, review, actor_id=actor_id)


def _delete_goal(session: Session, plan: SupportPlan, goal_id: str, *, actor_id: str) -> None:
    """Entered by mistake: the goal and its open review follow-up become tombstones."""
    goal = _own_goal(session, plan, goal_id)
    review = _open_review(session, goal)
    if review is not None:
        review.deleted = True
        rec.touch(session, review, actor_id=actor_id)
    goal.deleted = True  # its text is blanked by rec.touch
    rec.touch(session, goal, actor_id=actor_id)


def _move(session: Session, plan: SupportPlan, site_id: str, confidentiality: str,
          neutral_review_text: str) -> None:
    """Made restricted (or team again): the plan and its goals change collection; what they
    leave behind in the team's collection is purged there after the push."""
    wanted = note_collection(site_id, confidentiality, author_id=plan.author_id)
    if plan.collection_id == wanted:
        return
    goals = list(session.scalars(select(SupportGoal).where(SupportGoal.plan_id == plan.id)))
    rows: list[SupportPlan | SupportGoal] = [plan, *goals]
    if confidentiality == "restricted":
        remember_moved(session, [(r.collection_id, r.id) for r in rows
                                 if r.base_rev is not None])
    for row in rows:
        row.collection_id = wanted
        if row is not plan:
            rec.touch(session, row, actor_id=plan.updated_by)
    if confidentiality == "restricted":  # the team's follow-ups say no more than "review"
        for goal in goals:
            followup = session.get(FollowUp, goal.followup_id) if goal.followup_id else None
            if followup is not None and followup.text == goal.text:
                followup.text = neutral_review_text
                rec.touch(session, followup, actor_id=plan.updated_by)


def _set_status(session: Session, plan: SupportPlan, goal_id: str, status: str, *,
                actor_id: str, today: date) -> None:
    goal = _own_goal(session, plan, goal_id)
    rec.require_code(status, GOAL_STATUSES, QT_TRANSLATE_NOOP(
        "errors", "Choose where the goal stands."))
    if goal.status == status:
        return
    goal.status = status
    rec.touch(session, goal, actor_id=actor_id)
    if status != "open" and goal.followup_id and session.get(FollowUp, goal.followup_id):
        complete_followup(session, followup_id=goal.followup_id, actor_id=actor_id, today=today)
