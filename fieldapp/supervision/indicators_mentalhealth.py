"""The mobile mental-health team's consultations counted (issue 19): how many times the
DMBSH's team was consulted about a case in the period, by urgency. A consultation is under a
pseudonym and belongs to no site, so a site's report leaves it out; the organisation's
report (and its anonymised figures for the DMBSH report) counts them."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldapp.mentalhealth.models import MhConsultation
from fieldapp.supervision.labels import DEFAULT_OBJECTIVE
from fieldapp.supervision.views import IndicatorFact


def consultation_facts(session: Session, start: date, end: date, site_id: str | None
                       ) -> list[IndicatorFact]:
    if site_id:
        return []
    objective = DEFAULT_OBJECTIVE["mh_consultations"]
    rows = session.execute(select(MhConsultation.urgency, func.count()).where(
        MhConsultation.deleted.is_(False), MhConsultation.asked_on.between(start, end))
        .group_by(MhConsultation.urgency))
    return [IndicatorFact("mh_consultations", str(urgency), objective, int(n))
            for urgency, n in rows if n]
