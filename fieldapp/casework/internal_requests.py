"""Requests to the company's own departments (issue 17 item 3): transfers, accounting,
maintenance… — the facts only (a department is not bound by the social worker's
professional secrecy: no confidences), the date an answer is wanted by, and the answer.
The request slip is a PDF (internal_request_pdf)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.casework.cases import get_live_case
from fieldapp.casework.labels import DEPARTMENTS
from fieldapp.casework.site_work_models import InternalRequest
from fieldapp.errors import ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.records import common as rec

REQUEST_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This internal request was not found.")


@dataclass(frozen=True)
class InternalRequestView:
    id: str
    case_id: str
    department: str
    facts: str
    asked_on: date
    due_on: date
    answer: str
    answered_on: date | None

    @property
    def answered(self) -> bool:
        return self.answered_on is not None


def view(row: InternalRequest) -> InternalRequestView:
    return InternalRequestView(row.id, row.case_id, row.department, row.facts, row.asked_on,
                               row.due_on, row.answer, row.answered_on)


def add_request(session: Session, *, case_id: str, department: str, facts: str, due_on: date,
                actor_id: str, today: date) -> InternalRequestView:
    case = get_live_case(session, case_id)
    rec.require_code(department, DEPARTMENTS, QT_TRANSLATE_NOOP(
        "errors", "Choose the department the request goes to."))
    facts = rec.clean_text(facts, max_len=4_000, empty_message=QT_TRANSLATE_NOOP(
        "errors", "Write the facts the department needs."))
    if not isinstance(due_on, date) or due_on < today:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "Choose the date an answer is wanted by: today or later."))
    row = InternalRequest(case_id=case.id, department=department, facts=facts, asked_on=today,
                          due_on=due_on, answer="", answered_on=None)
    rec.create(session, row, actor_id=actor_id, collection_id=rec.casework_collection(
        case.site_id))
    return view(row)


def record_answer(session: Session, *, request_id: str, answer: str, answered_on: date,
                  actor_id: str, today: date) -> InternalRequestView:
    row = rec.get_live(session, InternalRequest, request_id, REQUEST_NOT_FOUND)
    row.answer = rec.clean_text(answer, max_len=4_000, empty_message=QT_TRANSLATE_NOOP(
        "errors", "Write what the department answered."))
    if not isinstance(answered_on, date) or answered_on > today or answered_on < row.asked_on:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "The answer's date is between the request's date and today."))
    row.answered_on = answered_on
    rec.touch(session, row, actor_id=actor_id)
    return view(row)


def get_request(session: Session, *, request_id: str) -> InternalRequestView:
    return view(rec.get_live(session, InternalRequest, request_id, REQUEST_NOT_FOUND))


def open_requests(session: Session, *, case_id: str) -> list[InternalRequestView]:
    rows = session.scalars(select(InternalRequest).where(
        InternalRequest.case_id == case_id, InternalRequest.deleted.is_(False),
        InternalRequest.answered_on.is_(None)).order_by(InternalRequest.due_on))
    return [view(r) for r in rows]
