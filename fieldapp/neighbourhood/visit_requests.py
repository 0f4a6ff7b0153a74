"""The agent's side of "ask an agent along" (issue 17 item 6): the site assistants' requests
to come along on a home visit — a day, a time and an address, no case content — and the
agent's answer (accepted or declined, with a word). They live in `handoff:<site>`, the
collection agents and the site's assistant share without the case files' key; the
assistant's side is fieldapp.casework.agent_along."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from fieldapp.errors import ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.local.sync_state import SyncAccount, SyncCollection
from fieldapp.neighbourhood.models import AgentVisitRequest
from fieldapp.people.directory import names as people_names
from fieldapp.records import common as rec
from fieldapp.registry.models import Site

ASK_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This request to come along was not found.")
ANSWERS = ("accepted", "declined")


@dataclass(frozen=True)
class AskView:
    id: str
    site_id: str
    site_name: str
    on_day: date
    start_minute: int
    address: str
    asked_by: str  # the assistant's name, from the people directory
    status: str  # asked | accepted | declined | cancelled (by the assistant)
    answer: str
    answered_by: str
    cancel_reason: str = ""


def ask_view(session: Session, row: AgentVisitRequest, site_name: str | None = None,
             names: dict[str, str] | None = None) -> AskView:
    names = names if names is not None else people_names(session)
    if site_name is None:
        site = session.get(Site, row.site_id)
        site_name = site.name if site else ""
    return AskView(id=row.id, site_id=row.site_id, site_name=site_name, on_day=row.on_day,
                   start_minute=row.start_minute, address=row.address,
                   asked_by=names.get(row.asked_by, ""), status=row.status, answer=row.answer,
                   answered_by=names.get(row.answered_by or "", ""),
                   cancel_reason=row.cancel_reason or "")


def agent_sites(session: Session) -> list[tuple[str, str]]:
    """The sites the agent works on, (id, name) by name: on a laptop connected to a server,
    those whose hand-off collection it holds a key to; on one that is not (yet), every site."""
    sites = session.execute(select(Site.id, Site.name).where(Site.deleted.is_(False))
                            .order_by(Site.name)).all()
    if session.get(SyncAccount, 1) is None:
        return [(i, n) for i, n in sites]
    held = set(session.scalars(select(SyncCollection.local_key).where(
        SyncCollection.local_key.like("handoff:%"))))
    return [(i, n) for i, n in sites if rec.handoff_collection(i) in held]


def agent_inbox(session: Session, *, today: date, site_id: str | None = None
                ) -> list[AskView]:
    """What the agents are asked on the sites they work on (`site_id`: one of them):
    unanswered ones, and answered or called-off ones still to come."""
    names = people_names(session)
    mine = [i for i, _ in agent_sites(session)]
    wanted = [site_id] if site_id in mine else mine
    query = (select(AgentVisitRequest, Site.name)
             .join(Site, Site.id == AgentVisitRequest.site_id)
             .where(AgentVisitRequest.deleted.is_(False),
                    AgentVisitRequest.site_id.in_(wanted),
                    or_(AgentVisitRequest.status == "asked",
                        AgentVisitRequest.on_day >= today))
             .order_by(AgentVisitRequest.on_day, AgentVisitRequest.start_minute))
    return [ask_view(session, row, name, names) for row, name in session.execute(query)]


def answer_ask(session: Session, *, ask_id: str, accept: bool, word: str,
               actor_id: str) -> AskView:
    """Accepted or declined, with a word for the assistant (a decline needs one)."""
    row = rec.get_live(session, AgentVisitRequest, ask_id, ASK_NOT_FOUND)
    if row.status == "cancelled":
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "The assistant called this visit off: there is nothing to answer."))
    word = word.strip() if isinstance(word, str) else ""
    if not accept and not word:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "Say in a word why you cannot come, or suggest another time."))
    if len(word) > 500:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "This text is too long: at most {max_len} characters."), max_len=500)
    row.status = "accepted" if accept else "declined"
    row.answer, row.answered_by = word, actor_id
    rec.touch(session, row, actor_id=actor_id)
    return ask_view(session, row)
