"""Referrals to OCMW/CPAS, CAW, mental-health services, debt help and others."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.casework.cases import get_live_case
from fieldapp.casework.labels import (
    OPEN_REFERRAL_STATUSES,
    REFERRAL_DESTINATIONS,
    REFERRAL_STATUSES,
)
from fieldapp.casework.models import CaseFile, Referral
from fieldapp.casework.views import ReferralView
from fieldapp.community.partners import partner_name
from fieldapp.errors import NotFound
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.records import common as rec
from fieldapp.registry.models import Household

REFERRAL_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This referral was not found.")
BAD_STATUS = QT_TRANSLATE_NOOP("errors", "Unknown referral status '{status}'.")


def _view(session: Session, r: Referral) -> ReferralView:
    case = session.get(CaseFile, r.case_id)
    household = session.get(Household, case.household_id) if case else None
    return ReferralView(
        id=r.id, case_id=r.case_id, household_name=household.name if household else "",
        destination=r.destination, reason=r.reason, status=r.status, outcome=r.outcome,
        referred_on=r.referred_on, partner_id=r.partner_id,
        partner_name=partner_name(session, r.partner_id),
    )


def add_referral(
    session: Session, *, case_id: str, destination: str, reason: str, referred_on: date,
    actor_id: str, status: str = "proposed", partner_id: str | None = None,
) -> ReferralView:
    """`partner_id`: a named partner of the social map (issue 19), besides the kind of
    destination; optional — a referral without one is as before."""
    case = get_live_case(session, case_id)
    if partner_id and not partner_name(session, partner_id):
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This partner is no longer in the "
                                                   "directory."))
    rec.require_code(destination, REFERRAL_DESTINATIONS,
                     QT_TRANSLATE_NOOP("errors", "Choose where the household is referred to."))
    rec.require_code(status, REFERRAL_STATUSES, BAD_STATUS, status=str(status))
    reason = rec.clean_text(
        reason, empty_message=QT_TRANSLATE_NOOP("errors", "Give the reason for the referral."),
        max_len=10_000,
    )
    referral = Referral(case_id=case.id, destination=destination, reason=reason, status=status,
                        outcome="", referred_on=referred_on, partner_id=partner_id or None)
    rec.create(session, referral, actor_id=actor_id,
               collection_id=rec.casework_collection(case.site_id))
    return _view(session, referral)


def update_referral(
    session: Session, *, referral_id: str, actor_id: str, status: str | None = None,
    outcome: str | None = None, reason: str | None = None,
) -> ReferralView:
    referral = rec.get_live(session, Referral, referral_id, REFERRAL_NOT_FOUND)
    if status is not None:
        referral.status = rec.require_code(status, REFERRAL_STATUSES, BAD_STATUS,
                                           status=str(status))
    if outcome is not None:
        referral.outcome = outcome.strip()
    if reason is not None:
        referral.reason = rec.clean_text(
            reason, empty_message=QT_TRANSLATE_NOOP("errors", "Give the reason for the referral."),
            max_len=10_000,
        )
    rec.touch(session, referral, actor_id=actor_id)
    return _view(session, referral)


def open_referrals(session: Session, *, site_id: str | None = None) -> list[ReferralView]:
    query = (
        select(Referral).join(CaseFile, CaseFile.id == Referral.case_id)
        .where(Referral.deleted.is_(False), Referral.status.in_(OPEN_REFERRAL_STATUSES))
        .order_by(Referral.referred_on)
    )
    if site_id:
        query = query.where(CaseFile.site_id == site_id)
    return [_view(session, r) for r in session.scalars(query)]
