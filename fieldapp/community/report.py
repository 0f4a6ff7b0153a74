"""The yearly report with self-evaluation, built from the plan and the activity log
(issue 19): what was planned per objective, what was done, how many took part, the
committee's meetings, and the team's own evaluation. Counts only: nobody is named."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from fieldapp.community.activities import list_activities
from fieldapp.community.committee import list_meetings
from fieldapp.community.plan import evaluations, list_actions
from fieldapp.community.premises import LoanRow, loans_of_project
from fieldapp.community.projects import get_project
from fieldapp.community.views import ActionView, ActivityView, MeetingView, ProjectView


@dataclass(frozen=True)
class ObjectiveFigures:
    objective: str
    actions: int
    actions_done: int
    activities: int
    participants: int


@dataclass(frozen=True)
class KindFigures:
    kind: str
    activities: int
    sessions: int
    participants: int


@dataclass(frozen=True)
class YearlyReport:
    project: ProjectView
    year: int
    actions: tuple[ActionView, ...]
    activities: tuple[ActivityView, ...]
    meetings: tuple[MeetingView, ...]
    evaluations: dict[str, str]
    by_objective: tuple[ObjectiveFigures, ...]
    by_kind: tuple[KindFigures, ...]
    # the common rooms lent to the PSC during the year (the collective register's names)
    premises: tuple[LoanRow, ...] = field(default=())

    def activities_of(self, action_id: str) -> list[ActivityView]:
        return [a for a in self.activities if a.action_id == action_id]


def attendance(activity: ActivityView) -> int:
    """The people reached: a series counts its sessions' attendance, else the number given."""
    if activity.sessions:
        return sum(s.participants for s in activity.sessions) + activity.closing_participants
    return activity.participants


def yearly_report(session: Session, *, project_id: str, year: int) -> YearlyReport:
    project = get_project(session, project_id)
    actions = list_actions(session, project_id=project_id, year=year)
    activities = list_activities(session, project_id=project_id, year=year)
    meetings = list_meetings(session, project_id=project_id, year=year)
    objective_of = {a.id: a.psc_objective for a in actions}
    figures = []
    for code in project.objectives():
        mine = [a for a in actions if a.psc_objective == code]
        done = [a for a in activities if objective_of.get(a.action_id or "") == code]
        figures.append(ObjectiveFigures(code, len(mine),
                                        sum(a.status == "done" for a in mine), len(done),
                                        sum(attendance(a) for a in done)))
    kinds: Counter[str] = Counter(a.kind for a in activities)
    by_kind = tuple(
        KindFigures(kind, count,
                    sum(max(1, len(a.sessions)) for a in activities if a.kind == kind),
                    sum(attendance(a) for a in activities if a.kind == kind))
        for kind, count in sorted(kinds.items()))
    return YearlyReport(project, year, tuple(actions), tuple(activities), tuple(meetings),
                        evaluations(session, project_id=project_id, year=year),
                        tuple(figures), by_kind,
                        tuple(loans_of_project(session, project_id, year=year)))
