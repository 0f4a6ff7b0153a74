"""The right to housing in a case (issue 17 item 4): arrears plans, the steps of an eviction
procedure, and the outcome (housing kept, moved, left, evicted). Counted under the sector
vision's objective 2.3, "keep the right to housing" (fieldapp.supervision)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.casework.cases import get_live_case
from fieldapp.casework.labels import ARREARS_STATUSES, EVICTION_STEPS, HOUSING_OUTCOMES
from fieldapp.casework.site_work_models import ArrearsPlan, HousingStep
from fieldapp.errors import ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.records import common as rec

ARREARS_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This arrears plan was not found.")
STEP_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This step was not found.")
MAX_CENTS = 100_000_000  # a million euro: beyond that, a typing error
KINDS = {"eviction": EVICTION_STEPS, "outcome": HOUSING_OUTCOMES}


@dataclass(frozen=True)
class ArrearsView:
    id: str
    agreed_on: date
    debt_cents: int
    monthly_cents: int
    status: str


@dataclass(frozen=True)
class HousingStepView:
    id: str
    kind: str
    code: str
    on_day: date
    remark: str


@dataclass(frozen=True)
class HousingView:
    arrears: tuple[ArrearsView, ...]
    steps: tuple[HousingStepView, ...]  # eviction steps, oldest first
    outcome: HousingStepView | None  # the latest outcome recorded


def _day(value: object, today: date) -> date:
    if not isinstance(value, date):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Give the date."))
    if value > today:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "This date is in the future: record what happened once it has."))
    return value


def _cents(value: object, message: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 < value <= MAX_CENTS:
        raise ValidationError(message)
    return value


def add_arrears_plan(session: Session, *, case_id: str, agreed_on: date, debt_cents: int,
                     monthly_cents: int, actor_id: str, today: date) -> ArrearsView:
    case = get_live_case(session, case_id)
    debt, monthly = _check_arrears(agreed_on, debt_cents, monthly_cents, today)
    row = ArrearsPlan(case_id=case.id, agreed_on=agreed_on, debt_cents=debt,
                      monthly_cents=monthly, status="running")
    rec.create(session, row, actor_id=actor_id, collection_id=rec.casework_collection(
        case.site_id))
    return _arrears(row)


def _check_arrears(agreed_on: object, debt_cents: object, monthly_cents: object,
                   today: date) -> tuple[int, int]:
    _day(agreed_on, today)
    debt = _cents(debt_cents, QT_TRANSLATE_NOOP(
        "errors", "Give the amount owed, in euro (more than zero)."))
    monthly = _cents(monthly_cents, QT_TRANSLATE_NOOP(
        "errors", "Give the monthly instalment, in euro (more than zero)."))
    if monthly > debt:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "The monthly instalment is more than the amount owed."))
    return debt, monthly


def update_arrears_plan(session: Session, *, plan_id: str, agreed_on: date, debt_cents: int,
                        monthly_cents: int, actor_id: str, today: date) -> ArrearsView:
    """Correct the day or the amounts of an arrears plan (same checks as a new one)."""
    row = rec.get_live(session, ArrearsPlan, plan_id, ARREARS_NOT_FOUND)
    debt, monthly = _check_arrears(agreed_on, debt_cents, monthly_cents, today)
    if (row.agreed_on, row.debt_cents, row.monthly_cents) != (agreed_on, debt, monthly):
        row.agreed_on, row.debt_cents, row.monthly_cents = agreed_on, debt, monthly
        rec.touch(session, row, actor_id=actor_id)
    return _arrears(row)


def delete_arrears_plan(session: Session, *, plan_id: str, actor_id: str) -> None:
    """Entered by mistake: a tombstone that reaches the other laptops at the next sync."""
    row = rec.get_live(session, ArrearsPlan, plan_id, ARREARS_NOT_FOUND)
    row.deleted = True
    rec.touch(session, row, actor_id=actor_id)


def set_arrears_status(session: Session, *, plan_id: str, status: str,
                       actor_id: str) -> ArrearsView:
    row = rec.get_live(session, ArrearsPlan, plan_id, ARREARS_NOT_FOUND)
    rec.require_code(status, ARREARS_STATUSES, QT_TRANSLATE_NOOP(
        "errors", "Choose where the arrears plan stands."))
    if row.status != status:
        row.status = status
        rec.touch(session, row, actor_id=actor_id)
    return _arrears(row)


def add_housing_step(session: Session, *, case_id: str, kind: str, code: str, on_day: date,
                     actor_id: str, today: date, remark: str = "") -> HousingStepView:
    """A step of the eviction procedure (`kind` "eviction") or the outcome ("outcome")."""
    case = get_live_case(session, case_id)
    remark = _check_step(kind, code, on_day, remark, today)
    row = HousingStep(case_id=case.id, kind=kind, code=code, on_day=on_day, remark=remark)
    rec.create(session, row, actor_id=actor_id, collection_id=rec.casework_collection(
        case.site_id))
    return _step(row)


def _check_step(kind: str, code: str, on_day: object, remark: object, today: date) -> str:
    if kind not in KINDS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose a step or an outcome."))
    rec.require_code(code, KINDS[kind], QT_TRANSLATE_NOOP(
        "errors", "Choose a step or an outcome."))
    _day(on_day, today)
    remark = remark.strip() if isinstance(remark, str) else ""
    if len(remark) > 2_000:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "This text is too long: at most {max_len} characters."), max_len=2_000)
    return remark


def update_housing_step(session: Session, *, step_id: str, code: str, on_day: date,
                        actor_id: str, today: date, remark: str = "") -> HousingStepView:
    """Correct a step of the eviction procedure or the outcome (its kind stays)."""
    row = rec.get_live(session, HousingStep, step_id, STEP_NOT_FOUND)
    remark = _check_step(row.kind, code, on_day, remark, today)
    if (row.code, row.on_day, row.remark) != (code, on_day, remark):
        row.code, row.on_day, row.remark = code, on_day, remark
        rec.touch(session, row, actor_id=actor_id)
    return _step(row)


def delete_housing_step(session: Session, *, step_id: str, actor_id: str) -> None:
    """Entered by mistake: a tombstone, its remark blanked (rec.touch)."""
    row = rec.get_live(session, HousingStep, step_id, STEP_NOT_FOUND)
    row.deleted = True
    rec.touch(session, row, actor_id=actor_id)


def housing(session: Session, *, case_id: str) -> HousingView:
    case = get_live_case(session, case_id)
    arrears = session.scalars(select(ArrearsPlan).where(
        ArrearsPlan.case_id == case.id, ArrearsPlan.deleted.is_(False))
        .order_by(ArrearsPlan.agreed_on, ArrearsPlan.created_at))
    steps = [_step(r) for r in session.scalars(select(HousingStep).where(
        HousingStep.case_id == case.id, HousingStep.deleted.is_(False))
        .order_by(HousingStep.on_day, HousingStep.created_at))]
    outcomes = [s for s in steps if s.kind == "outcome"]
    return HousingView(arrears=tuple(_arrears(a) for a in arrears),
                       steps=tuple(s for s in steps if s.kind == "eviction"),
                       outcome=outcomes[-1] if outcomes else None)


def _arrears(row: ArrearsPlan) -> ArrearsView:
    return ArrearsView(row.id, row.agreed_on, row.debt_cents, row.monthly_cents, row.status)


def _step(row: HousingStep) -> HousingStepView:
    return HousingStepView(row.id, row.kind, row.code, row.on_day, row.remark)
