"""The evaluation table of social action (art. 38 CDG 2, the sector vision 2024): for one
year, every indicator with its pillar and objectives, every axis and operational objective
(the transversal one included) with the minimal base marked, the supervisor's yearly
target and qualitative self-evaluation, last year's count beside this year's, and the
state of play of every site.

The period is the calendar year; for the year under way it ends today, and "last year" is
then the same days of the year before (1 January – same day), so the two columns compare
like with like. Counts come from `indicators()` (one GROUP BY per indicator); targets,
self-evaluations and states of play are records of `supervision:<org>` (supervisors only).
Exact counts stay on this laptop: the exports suppress small cells
(fieldapp.supervision.evaluation_export).
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.casework.labels import AXES, OBJECTIVES, axis_of
from fieldapp.errors import ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.records import common as rec
from fieldapp.registry.models import Site
from fieldapp.supervision.caseload import caseload
from fieldapp.supervision.indicators import indicators
from fieldapp.supervision.labels import (
    INDICATORS,
    MINIMAL_BASE,
    NO_OBJECTIVE,
    PILLARS,
    pillar_of,
)
from fieldapp.supervision.models import EvaluationEntry, SiteStateOfPlay
from fieldapp.supervision.review import require_supervisor
from fieldapp.supervision.views import IndicatorReport

BAD_YEAR = QT_TRANSLATE_NOOP("errors", "Choose a year from 2000 up to this year.")
BAD_CODE = QT_TRANSLATE_NOOP("errors", "Choose an axis or an operational objective of the "
                             "sector vision.")
BAD_TARGET = QT_TRANSLATE_NOOP("errors", "A target is a whole number of actions from 0 to "
                               "100000, or empty for no target.")
AXIS_TARGET = QT_TRANSLATE_NOOP("errors", "Targets are set per operational objective, not "
                                "per axis.")
BAD_FTE = QT_TRANSLATE_NOOP("errors", "Full-time equivalents are a number from 0 to 100 "
                            "(for example 1.5).")
UNKNOWN_SITE = QT_TRANSLATE_NOOP("errors", "This site no longer exists.")
MAX_TEXT = 20_000
SCOPES = ("objective", "axis")
_NAMESPACE = uuid.UUID("6f1d6a52-6f0e-4c1a-9b59-8c0c2a6b1e19")


# -- what the screen and the exports read ------------------------------------------------

@dataclass(frozen=True)
class IndicatorLine:
    indicator: str
    pillar: str  # a code of PILLARS ("" if never declared)
    objectives: tuple[str, ...]  # the objectives its actions counted towards this year
    count: int
    last_year: int


@dataclass(frozen=True)
class ObjectiveLine:
    code: str  # "2.3", "T"
    axis: str
    minimal: bool  # part of the sector's minimal base
    pillars: tuple[str, ...]  # the pillars whose actions counted towards it this year
    target: int | None
    count: int
    last_year: int
    self_evaluation: str


@dataclass(frozen=True)
class AxisLine:
    code: str  # "1".."4", "T"
    count: int
    last_year: int
    self_evaluation: str


@dataclass(frozen=True)
class SiteLine:
    site_id: str
    site_name: str
    psc: str
    arhuu: bool
    associations: str
    fte_company: float
    fte_dmbsh: float
    fte_psc: float
    open_cases: int
    by_pillar: tuple[tuple[str, int], ...]  # (pillar, actions this year), in PILLARS order
    recorded: bool  # a state of play was written for this year


@dataclass(frozen=True)
class EvaluationTable:
    year: int
    start: date
    end: date
    last_start: date
    last_end: date
    indicators: tuple[IndicatorLine, ...]
    axes: tuple[AxisLine, ...]
    objectives: tuple[ObjectiveLine, ...]
    sites: tuple[SiteLine, ...]
    no_objective: tuple[int, int]  # case notes naming no objective: this year, last year

    def minimal_coverage(self) -> tuple[int, int]:
        """(minimal-base objectives with at least one action this year, all of them)."""
        minimal = [o for o in self.objectives if o.minimal]
        return sum(1 for o in minimal if o.count), len(minimal)


# -- writes --------------------------------------------------------------------------------

def _entry_id(session: Session, year: int, scope: str, code: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"{rec.organisation(session)}:{year}:{scope}:{code}"))


def _state_id(session: Session, year: int, site_id: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"{rec.organisation(session)}:{year}:site:{site_id}"))


def _check_year(year: Any, today: date) -> int:
    if not isinstance(year, int) or isinstance(year, bool) or not 2000 <= year <= today.year:
        raise ValidationError(BAD_YEAR)
    return year


def save_entry(session: Session, *, year: int, scope: str, code: str, actor_id: str,
               today: date, target: int | None = None, self_evaluation: str = "") -> None:
    """The target (objectives only) and the self-evaluation of one axis or objective for
    one year; an empty text and no target leave an empty entry (nothing is lost by it)."""
    require_supervisor(session)
    year = _check_year(year, today)
    if scope not in SCOPES or code not in (OBJECTIVES if scope == "objective" else AXES):
        raise ValidationError(BAD_CODE)
    if target is not None:
        if scope == "axis":
            raise ValidationError(AXIS_TARGET)
        if not isinstance(target, int) or isinstance(target, bool) or not 0 <= target <= 100_000:
            raise ValidationError(BAD_TARGET)
    text = (self_evaluation or "").strip()
    if len(text) > MAX_TEXT:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "This text is too long: at most {max_len} characters."), max_len=MAX_TEXT)
    entry_id = _entry_id(session, year, scope, code)
    entry = session.get(EvaluationEntry, entry_id)
    if entry is None:
        rec.create(session, EvaluationEntry(id=entry_id, year=year, scope=scope, code=code,
                                            target=target, self_evaluation=text),
                   actor_id=actor_id, collection_id=rec.supervision_collection(session))
        return
    if (entry.target, entry.self_evaluation, entry.deleted) == (target, text, False):
        return  # nothing changed: no new revision to sync
    entry.target, entry.self_evaluation, entry.deleted = target, text, False
    rec.touch(session, entry, actor_id=actor_id)


def _fte(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or \
            not math.isfinite(value) or not 0 <= value <= 100:
        raise ValidationError(BAD_FTE)
    return round(float(value), 2)


def save_state_of_play(session: Session, *, site_id: str, year: int, actor_id: str,
                       today: date, psc: str = "", arhuu: bool = False,
                       associations: str = "", fte_company: float = 0.0,
                       fte_dmbsh: float = 0.0, fte_psc: float = 0.0) -> None:
    require_supervisor(session)
    year = _check_year(year, today)
    rec.get_live(session, Site, site_id, UNKNOWN_SITE)
    values = {"psc": (psc or "").strip()[:200], "arhuu": bool(arhuu),
              "associations": (associations or "").strip()[:MAX_TEXT],
              "fte_company": _fte(fte_company), "fte_dmbsh": _fte(fte_dmbsh),
              "fte_psc": _fte(fte_psc)}
    state_id = _state_id(session, year, site_id)
    state = session.get(SiteStateOfPlay, state_id)
    if state is None:
        rec.create(session, SiteStateOfPlay(id=state_id, site_id=site_id, year=year, **values),
                   actor_id=actor_id, collection_id=rec.supervision_collection(session))
        return
    if not state.deleted and all(getattr(state, k) == v for k, v in values.items()):
        return
    for key, value in values.items():
        setattr(state, key, value)
    state.deleted = False
    rec.touch(session, state, actor_id=actor_id)


# -- the table -------------------------------------------------------------------------------

def periods(year: int, today: date) -> tuple[date, date, date, date]:
    """(start, end, last year's start, last year's end): see the module docstring."""
    end = date(year, 12, 31) if year < today.year else today
    last_end = date(year - 1, 2, 28) if (end.month, end.day) == (2, 29) else \
        end.replace(year=year - 1)
    return date(year, 1, 1), end, date(year - 1, 1, 1), last_end


def _pillar_counts(report: IndicatorReport) -> dict[str, int]:
    out: dict[str, int] = {}
    for f in report.facts:
        out[pillar_of(f.indicator)] = out.get(pillar_of(f.indicator), 0) + f.count
    return out


def evaluation_table(session: Session, *, year: int, today: date) -> EvaluationTable:
    require_supervisor(session)
    year = _check_year(year, today)
    start, end, last_start, last_end = periods(year, today)
    now = indicators(session, start=start, end=end)
    before = indicators(session, start=last_start, end=last_end)
    entries = {(e.scope, e.code): e for e in session.scalars(select(EvaluationEntry).where(
        EvaluationEntry.year == year, EvaluationEntry.deleted.is_(False))
        .order_by(EvaluationEntry.updated_at))}  # the latest wins if two ever coexist

    lines = []
    for code in INDICATORS:
        objectives = sorted({f.objective for f in now.facts if f.indicator == code},
                            key=lambda o: (o == NO_OBJECTIVE, o))
        lines.append(IndicatorLine(code, pillar_of(code), tuple(objectives), now.total(code),
                                   before.total(code)))
    by_obj, last_obj = now.by_objective(), before.by_objective()
    by_axis, last_axis = now.by_axis(), before.by_axis()
    objective_lines = []
    for code in OBJECTIVES:
        pillars = {pillar_of(f.indicator) for f in now.facts if f.objective == code}
        entry = entries.get(("objective", code))
        objective_lines.append(ObjectiveLine(
            code=code, axis=axis_of(code), minimal=code in MINIMAL_BASE,
            pillars=tuple(p for p in PILLARS if p in pillars),
            target=entry.target if entry else None, count=by_obj.get(code, 0),
            last_year=last_obj.get(code, 0),
            self_evaluation=entry.self_evaluation if entry else ""))
    axis_lines = tuple(AxisLine(code, by_axis.get(code, 0), last_axis.get(code, 0),
                                entries[("axis", code)].self_evaluation
                                if ("axis", code) in entries else "")
                       for code in AXES)
    return EvaluationTable(
        year=year, start=start, end=end, last_start=last_start, last_end=last_end,
        indicators=tuple(lines), axes=axis_lines, objectives=tuple(objective_lines),
        sites=tuple(_sites(session, year, start, end, today)),
        no_objective=(by_obj.get(NO_OBJECTIVE, 0), last_obj.get(NO_OBJECTIVE, 0)))


def _sites(session: Session, year: int, start: date, end: date, today: date
           ) -> list[SiteLine]:
    states = {s.site_id: s for s in session.scalars(select(SiteStateOfPlay).where(
        SiteStateOfPlay.year == year, SiteStateOfPlay.deleted.is_(False))
        .order_by(SiteStateOfPlay.updated_at))}
    open_cases = {row.key: row.open_cases for row in caseload(session, today=today,
                                                              group_by="site")}
    out = []
    for site in session.scalars(select(Site).where(Site.deleted.is_(False))
                                .order_by(Site.name)):
        counts = _pillar_counts(indicators(session, start=start, end=end, site_id=site.id))
        state = states.get(site.id)
        out.append(SiteLine(
            site_id=site.id, site_name=site.name, psc=state.psc if state else "",
            arhuu=bool(state and state.arhuu),
            associations=state.associations if state else "",
            fte_company=state.fte_company if state else 0.0,
            fte_dmbsh=state.fte_dmbsh if state else 0.0,
            fte_psc=state.fte_psc if state else 0.0,
            open_cases=open_cases.get(site.id, 0),
            by_pillar=tuple((p, counts.get(p, 0)) for p in PILLARS),
            recorded=state is not None))
    return out
