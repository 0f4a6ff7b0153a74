"""The election of the tenants' advisory council (ARHUU) every four years (issue 18,
item 6): the electoral roll is drawn up from the company's households, candidates are
listed as on the public notice, who voted is ticked on the day (offline), the votes are
counted (the seats go to the most votes), and at validation the roll is purged — only its
size and the turnout stay — and the elected candidates form the council for the mandate."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldapp.collective.field_models import ArhuuElection, ElectionCandidate, ElectionVoter
from fieldapp.collective.labels import MANDATE_YEARS
from fieldapp.errors import ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.records import common as rec
from fieldapp.registry.households import address_line
from fieldapp.registry.models import Building, Dwelling, Household

ELECTION_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This election no longer exists.")
CANDIDATE_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This candidate is no longer listed.")
VALIDATED = QT_TRANSLATE_NOOP("errors", "This election is validated: its roll is purged.")


@dataclass(frozen=True)
class ElectionRow:
    id: str
    vote_on: date
    seats: int
    status: str
    roll_size: int
    voters: int
    validated_on: date | None
    mandate_until: date
    polling_place: str = ""
    polling_hours: str = ""


@dataclass(frozen=True)
class CandidateRow:
    id: str
    name: str
    votes: int
    elected: bool


@dataclass(frozen=True)
class MemberRow:
    """A member of the council: an elected candidate and the mandate."""

    id: str
    name: str
    votes: int
    mandate_from: date | None
    mandate_until: date | None


@dataclass(frozen=True)
class VoterLine:
    household_id: str
    name: str
    address: str
    voted: bool


def _election(session: Session, election_id: str) -> ArhuuElection:
    return rec.get_live(session, ArhuuElection, election_id, ELECTION_NOT_FOUND)


def _open(session: Session, election_id: str) -> ArhuuElection:
    election = _election(session, election_id)
    if election.status == "validated":
        raise ValidationError(VALIDATED)
    return election


def _roll(session: Session, election_id: str) -> list[ElectionVoter]:
    return list(session.scalars(select(ElectionVoter).where(
        ElectionVoter.election_id == election_id, ElectionVoter.deleted.is_(False))))


def _mandate_end(vote_on: date) -> date:
    try:
        return vote_on.replace(year=vote_on.year + MANDATE_YEARS)
    except ValueError:  # 29 February
        return vote_on.replace(year=vote_on.year + MANDATE_YEARS, day=28)


def _row(session: Session, e: ArhuuElection) -> ElectionRow:
    if e.status == "validated":
        size, voters = e.roll_size, e.voters
    else:
        roll = _roll(session, e.id)
        size, voters = len(roll), sum(1 for v in roll if v.voted)
    until = _mandate_end(e.vote_on)
    return ElectionRow(id=e.id, vote_on=e.vote_on, seats=e.seats, status=e.status,
                       roll_size=size, voters=voters, validated_on=e.validated_on,
                       mandate_until=until, polling_place=e.polling_place or "",
                       polling_hours=e.polling_hours or "")


def prepare_election(session: Session, *, vote_on: date, seats: int,
                     actor_id: str) -> ElectionRow:
    """An election and its roll: every household of the company's register."""
    if not isinstance(vote_on, date):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Give the day of the vote."))
    if not isinstance(seats, int) or not 1 <= seats <= 50:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "Give the number of seats of the council (1 to 50)."))
    collection = rec.collective_collection(session)
    election = rec.create(session, ArhuuElection(vote_on=vote_on, seats=seats,
                                                 status="preparing", roll_size=0, voters=0),
                          actor_id=actor_id, collection_id=collection)
    households = session.scalars(select(Household.id).where(Household.deleted.is_(False)))
    for household_id in households:
        rec.create(session, ElectionVoter(election_id=election.id, household_id=household_id,
                                          voted=False),
                   actor_id=actor_id, collection_id=collection)
    return _row(session, election)


def set_polling(session: Session, *, election_id: str, place: str, hours: str,
                actor_id: str) -> ElectionRow:
    """Where and when the polling station opens, as the notice prints it."""
    election = _open(session, election_id)
    election.polling_place = (place or "").strip()[:200]
    election.polling_hours = (hours or "").strip()[:60]
    rec.touch(session, election, actor_id=actor_id)
    return _row(session, election)


def add_candidate(session: Session, *, election_id: str, name: str,
                  actor_id: str) -> CandidateRow:
    election = _open(session, election_id)
    name = rec.clean_text(name, max_len=160, empty_message=QT_TRANSLATE_NOOP(
        "errors", "Give the candidate's name as on the notice."))
    row = rec.create(session, ElectionCandidate(election_id=election.id, name=name, votes=0,
                                                elected=False),
                     actor_id=actor_id, collection_id=election.collection_id)
    return CandidateRow(id=row.id, name=row.name, votes=0, elected=False)


def set_voted(session: Session, *, election_id: str, household_ids: list[str],
              actor_id: str) -> ElectionRow:
    """Who voted (ticked on the roll on the day, offline): exactly these households."""
    election = _open(session, election_id)
    wanted = set(household_ids)
    for voter in _roll(session, election.id):
        if voter.voted != (voter.household_id in wanted):
            voter.voted = voter.household_id in wanted
            rec.touch(session, voter, actor_id=actor_id)
    return _row(session, election)


def record_votes(session: Session, *, election_id: str, votes: dict[str, int],
                 actor_id: str) -> list[CandidateRow]:
    """The count: votes per candidate; the seats go to the most votes."""
    election = _open(session, election_id)
    candidates = _candidates(session, election.id)
    if not candidates:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "List the candidates first."))
    for c in candidates:
        n = votes.get(c.id, c.votes)
        if not isinstance(n, int) or n < 0:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "Give each candidate's votes as a whole number."))
        c.votes = n
    ranked = sorted(candidates, key=lambda c: -c.votes)
    elected = {c.id for c in ranked[:election.seats] if c.votes > 0}
    for c in candidates:
        c.elected = c.id in elected
        rec.touch(session, c, actor_id=actor_id)
    election.status = "held"
    rec.touch(session, election, actor_id=actor_id)
    return [_candidate_row(c) for c in _candidates(session, election.id)]


def validate_election(session: Session, *, election_id: str, today: date,
                      actor_id: str) -> ElectionRow:
    """The election is validated: the roll's size and turnout are kept, the roll is purged."""
    election = _open(session, election_id)
    if election.status != "held":
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "Count the votes before validating the election."))
    roll = _roll(session, election.id)
    election.roll_size, election.voters = len(roll), sum(1 for v in roll if v.voted)
    election.status, election.validated_on = "validated", today
    rec.touch(session, election, actor_id=actor_id)
    for c in _candidates(session, election.id):  # the elected form the council
        if c.elected:
            c.mandate_from, c.mandate_until = today, _mandate_end(election.vote_on)
            rec.touch(session, c, actor_id=actor_id)
    for voter in roll:  # the roll leaves every laptop: rec.touch here, the sync's apply
        voter.deleted = True  # there, blank the household and the vote (`__private__`)
        rec.touch(session, voter, actor_id=actor_id)
    return _row(session, election)


def end_mandate(session: Session, *, candidate_id: str, ended_on: date,
                actor_id: str) -> MemberRow:
    """A member steps down before the end of the mandate."""
    c = rec.get_live(session, ElectionCandidate, candidate_id, CANDIDATE_NOT_FOUND)
    if not c.elected or c.mandate_from is None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "Only a member of the council has a mandate to end."))
    if not isinstance(ended_on, date) or ended_on < c.mandate_from:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "A mandate cannot end before it began."))
    c.mandate_until = min(ended_on, c.mandate_until or ended_on)
    rec.touch(session, c, actor_id=actor_id)
    return _member_row(c)


# -- reading ------------------------------------------------------------------------------


def _candidates(session: Session, election_id: str) -> list[ElectionCandidate]:
    return list(session.scalars(select(ElectionCandidate).where(
        ElectionCandidate.election_id == election_id, ElectionCandidate.deleted.is_(False))
        .order_by(ElectionCandidate.created_at)))


def _candidate_row(c: ElectionCandidate) -> CandidateRow:
    return CandidateRow(id=c.id, name=c.name, votes=c.votes, elected=c.elected)


def _member_row(c: ElectionCandidate) -> MemberRow:
    return MemberRow(id=c.id, name=c.name, votes=c.votes, mandate_from=c.mandate_from,
                     mandate_until=c.mandate_until)


def council_of(session: Session, election_id: str) -> list[MemberRow]:
    """The council a validated election formed: its elected candidates, most votes first."""
    _election(session, election_id)
    members = [c for c in _candidates(session, election_id) if c.elected]
    members.sort(key=lambda c: (-c.votes, c.name))
    return [_member_row(c) for c in members]


def sitting_council(session: Session, *, on: date) -> str | None:
    """The validated election whose council sits on that day (the latest one before it)."""
    return session.scalar(select(ArhuuElection.id).where(
        ArhuuElection.deleted.is_(False), ArhuuElection.status == "validated",
        ArhuuElection.validated_on <= on).order_by(ArhuuElection.validated_on.desc()).limit(1))


def list_elections(session: Session) -> list[ElectionRow]:
    return [_row(session, e) for e in session.scalars(select(ArhuuElection).where(
        ArhuuElection.deleted.is_(False)).order_by(ArhuuElection.vote_on.desc()))]


def candidates_of(session: Session, election_id: str) -> list[CandidateRow]:
    _election(session, election_id)
    return [_candidate_row(c) for c in _candidates(session, election_id)]


def roll_of(session: Session, election_id: str) -> list[VoterLine]:
    """The roll by name (empty once the election is validated)."""
    _election(session, election_id)
    rows = session.execute(select(ElectionVoter, Household.name, Building, Dwelling.label)
                           .join(Household, Household.id == ElectionVoter.household_id)
                           .outerjoin(Dwelling, Dwelling.id == Household.dwelling_id)
                           .outerjoin(Building, Building.id == Dwelling.building_id)
                           .where(ElectionVoter.election_id == election_id,
                                  ElectionVoter.deleted.is_(False))
                           .order_by(Household.name))
    return [VoterLine(household_id=v.household_id, name=name,
                      address=" · ".join(x for x in (address_line(b), label or "") if x),
                      voted=v.voted) for v, name, b, label in rows]


def roll_count(session: Session) -> int:
    """Live roll lines on this laptop (0 once every election is validated)."""
    return int(session.scalar(select(func.count()).select_from(ElectionVoter).where(
        ElectionVoter.deleted.is_(False))) or 0)
