"""The supervisor's view of community work (issue 19): each social cohesion project of the
organisation with its contacts, agreement and this year's work in numbers. Supervisors
manage `community:<org>`; the community workers keep its content."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from fieldapp.community import activities, committee, plan, premises, projects
from fieldapp.community.report import attendance


@dataclass(frozen=True)
class PscSummary:
    project_id: str
    name: str
    referent: str
    coordinator: str
    agreement_end: date | None
    actions: int
    activities: int
    participants: int  # counted, never named
    meetings: int
    language: str
    rooms: tuple[str, ...] = ()  # the common rooms lent to it that year, by name


def psc_overview(session: Session, *, year: int) -> list[PscSummary]:
    out = []
    for p in projects.list_projects(session):
        done = activities.list_activities(session, project_id=p.id, year=year)
        out.append(PscSummary(
            project_id=p.id, name=p.name, referent=p.referent, coordinator=p.coordinator,
            agreement_end=p.agreement_end,
            actions=len(plan.list_actions(session, project_id=p.id, year=year)),
            activities=len(done), participants=sum(attendance(a) for a in done),
            meetings=len(committee.list_meetings(session, project_id=p.id, year=year)),
            language=p.language,
            rooms=tuple(dict.fromkeys(x.room_name for x in premises.loans_of_project(
                session, p.id, year=year)))))
    return out
