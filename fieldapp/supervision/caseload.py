"""The supervisor's caseload: per worker or per site, and the case files behind a row.

Every figure is one aggregate query (GROUP BY in the database), so a 5,000-household,
50,000-note organisation answers in a few tens of milliseconds. `today` is passed in.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, case, func, literal, select
from sqlalchemy.orm import Session

from fieldapp.casework.labels import OPEN_REFERRAL_STATUSES
from fieldapp.casework.models import CaseFile, CaseNote, FollowUp, HomeVisit, Referral
from fieldapp.neighbourhood.models import NeighbourhoodRequest
from fieldapp.people.directory import list_people
from fieldapp.people.directory import names as people_names
from fieldapp.people.views import PersonAccount
from fieldapp.registry.models import Building, Dwelling, Household, Site
from fieldapp.renovation.models import Inventory, ProjectDwelling
from fieldapp.supervision.views import CaseloadCase, CaseloadRow

WINDOW_DAYS = 30
GROUPS = ("worker", "site")
FORMER = "former:"  # worker key of a free-text name from before accounts
CASE_WORKERS = "social_assistant"  # the role whose people carry case files

# Who a case file is with, as one key: the account id; "former:<name>" for a free-text name
# no account matched yet; "" for nobody.
WORKER_KEY = case(
    (CaseFile.worker_id.is_not(None), CaseFile.worker_id),
    (CaseFile.assigned_worker != "", literal(FORMER) + CaseFile.assigned_worker),
    else_=literal(""),
)


def worker_filter(worker: str) -> list[ColumnElement[bool]]:
    """The live case files of a worker key (see WORKER_KEY)."""
    where: list[ColumnElement[bool]] = [CaseFile.deleted.is_(False)]
    if worker == "":
        return [*where, CaseFile.worker_id.is_(None), CaseFile.assigned_worker == ""]
    if worker.startswith(FORMER):
        return [*where, CaseFile.worker_id.is_(None),
                CaseFile.assigned_worker == worker.removeprefix(FORMER)]
    return [*where, CaseFile.worker_id == worker]


def _case_filter(site_id: str | None, worker: str | None) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = (
        [CaseFile.deleted.is_(False)] if worker is None else worker_filter(worker))
    if site_id is not None:
        where.append(CaseFile.site_id == site_id)
    return where


def _worker_names(session: Session) -> dict[str, str]:
    """Account id -> name: the directory's, else the name stored on the person's case
    files (someone this device has not seen in the directory yet never shows as an id)."""
    names = people_names(session)
    stored = session.execute(select(CaseFile.worker_id, CaseFile.assigned_worker).where(
        CaseFile.worker_id.is_not(None), CaseFile.assigned_worker != "").distinct())
    for worker_id, name in stored:
        names.setdefault(str(worker_id), name)
    return names


def worker_label(key: str, names: dict[str, str]) -> str:
    """The name of a worker key: the account's, the former name, or "" for nobody."""
    if key.startswith(FORMER):
        return key.removeprefix(FORMER)
    return names.get(key, key)


def _counts(session: Session, key: Any, query: Any) -> dict[str, int]:
    return {k or "": n for k, n in session.execute(query.add_columns(func.count()).group_by(key))}


def _per_case_metrics(session: Session, key: Any, where: list[Any], today: date
                      ) -> dict[str, dict[str, int]]:
    """metric -> {key -> count}; `key` is a CaseFile column (worker, site or case id)."""
    since = today - timedelta(days=WINDOW_DAYS)
    live_case = [*where]
    metrics: dict[str, dict[str, int]] = {}
    metrics["open_cases"] = _counts(session, key, select(key).where(
        *live_case, CaseFile.status != "closed"))
    metrics["notes_30d"] = _counts(session, key, select(key).join(
        CaseNote, CaseNote.case_id == CaseFile.id).where(
        *live_case, CaseNote.deleted.is_(False), CaseNote.occurred_on > since,
        CaseNote.occurred_on <= today))
    metrics["overdue_followups"] = _counts(session, key, select(key).join(
        FollowUp, FollowUp.case_id == CaseFile.id).where(
        *live_case, FollowUp.deleted.is_(False), FollowUp.done.is_(False),
        FollowUp.cancelled_on.is_(None), FollowUp.due_on < today))
    metrics["open_referrals"] = _counts(session, key, select(key).join(
        Referral, Referral.case_id == CaseFile.id).where(
        *live_case, Referral.deleted.is_(False), Referral.status.in_(OPEN_REFERRAL_STATUSES),
        Referral.cancelled_on.is_(None)))
    metrics["visits_planned"] = _counts(session, key, select(key).join(
        HomeVisit, HomeVisit.case_id == CaseFile.id).where(
        *live_case, HomeVisit.deleted.is_(False), HomeVisit.status == "planned"))
    metrics["visits_done"] = _counts(session, key, select(key).join(
        HomeVisit, HomeVisit.case_id == CaseFile.id).where(
        *live_case, HomeVisit.deleted.is_(False), HomeVisit.status == "done",
        HomeVisit.done_on > since, HomeVisit.done_on <= today))
    return metrics


def _site_only_metrics(session: Session, site_id: str | None) -> dict[str, dict[str, int]]:
    inv = (select(Building.site_id)
           .select_from(Inventory)
           .join(ProjectDwelling, ProjectDwelling.id == Inventory.project_dwelling_id)
           .join(Dwelling, Dwelling.id == ProjectDwelling.dwelling_id)
           .join(Building, Building.id == Dwelling.building_id)
           .where(Inventory.deleted.is_(False), Inventory.frozen_at.is_(None)))
    req = select(NeighbourhoodRequest.site_id).where(
        NeighbourhoodRequest.deleted.is_(False), NeighbourhoodRequest.status == "open")
    if site_id is not None:
        inv = inv.where(Building.site_id == site_id)
        req = req.where(NeighbourhoodRequest.site_id == site_id)
    return {"inventories_open": _counts(session, Building.site_id, inv),
            "requests_open": _counts(session, NeighbourhoodRequest.site_id, req)}


def caseload(
    session: Session, *, today: date, group_by: str = "worker", site_id: str | None = None,
    worker: str | None = None,
) -> list[CaseloadRow]:
    """One row per worker (group_by="worker") or per site ("site"), sorted by label.

    Workers are the organisation's people who carry case files (every active one, even
    with none), former free-text names not yet mapped to an account, and "" for case files
    with nobody. Site rows also count renovation inventories not yet signed and open
    neighbourhood requests of the site."""
    if group_by not in GROUPS:
        raise ValueError(group_by)
    key: Any = WORKER_KEY if group_by == "worker" else CaseFile.site_id
    metrics = _per_case_metrics(session, key, _case_filter(site_id, worker), today)
    if group_by == "site" and worker is None:
        metrics.update(_site_only_metrics(session, site_id))
    names = dict(session.execute(select(Site.id, Site.name).where(Site.deleted.is_(False)))
                 .all())
    keys: set[str] = set()
    for values in metrics.values():
        keys.update(values)
    if group_by == "site":
        keys &= set(names) if site_id is None else {site_id}
    else:
        names = _worker_names(session)
        if worker is None:
            keys |= {p.id for p in list_people(session, site_id=site_id, role=CASE_WORKERS)}
    site_level = group_by == "site" and worker is None
    rows = [
        CaseloadRow(
            key=k, label=names.get(k, k) if group_by == "site" else worker_label(k, names),
            former=group_by == "worker" and k.startswith(FORMER),
            open_cases=metrics["open_cases"].get(k, 0),
            notes_30d=metrics["notes_30d"].get(k, 0),
            overdue_followups=metrics["overdue_followups"].get(k, 0),
            open_referrals=metrics["open_referrals"].get(k, 0),
            visits_planned=metrics["visits_planned"].get(k, 0),
            visits_done=metrics["visits_done"].get(k, 0),
            inventories_open=metrics["inventories_open"].get(k, 0) if site_level else None,
            requests_open=metrics["requests_open"].get(k, 0) if site_level else None,
        )
        for k in keys
    ]
    return sorted(rows, key=lambda r: (r.label.casefold(), r.key))


def workers(session: Session, *, site_id: str | None = None) -> list[PersonAccount]:
    """The active people who carry case files (of a site: those holding its key), for the
    caseload filter and the reassign dialog."""
    return list_people(session, site_id=site_id, role=CASE_WORKERS)


def case_list(
    session: Session, *, today: date, worker: str | None = None, site_id: str | None = None,
    include_closed: bool = False,
) -> list[CaseloadCase]:
    """The case files behind a caseload row, most overdue first then by household name."""
    where = _case_filter(site_id, worker)
    if not include_closed:
        where.append(CaseFile.status != "closed")
    metrics = _per_case_metrics(session, CaseFile.id, where, today)
    last = dict(session.execute(
        select(CaseFile.id, func.max(CaseNote.occurred_on)).join(
            CaseNote, CaseNote.case_id == CaseFile.id).where(
            *where, CaseNote.deleted.is_(False)).group_by(CaseFile.id)).all())
    names = _worker_names(session)
    query = (select(CaseFile.id, CaseFile.household_id, Household.name, CaseFile.site_id,
                    Site.name, WORKER_KEY, CaseFile.status, CaseFile.opened_on)
             .join(Household, Household.id == CaseFile.household_id)
             .join(Site, Site.id == CaseFile.site_id).where(*where))
    get: dict[str, dict[str, int]] = defaultdict(dict, metrics)
    rows = [
        CaseloadCase(
            case_id=cid, household_id=hid, household_name=hname, site_id=sid, site_name=sname,
            worker=worker_label(w, names), worker_key=w,
            status=status, opened_on=opened, last_note_on=last.get(cid),
            notes_30d=get["notes_30d"].get(cid, 0),
            overdue_followups=get["overdue_followups"].get(cid, 0),
            open_referrals=get["open_referrals"].get(cid, 0),
            visits_planned=get["visits_planned"].get(cid, 0),
        )
        for cid, hid, hname, sid, sname, w, status, opened in session.execute(query)
    ]
    return sorted(rows, key=lambda r: (-r.overdue_followups, r.household_name.casefold()))
