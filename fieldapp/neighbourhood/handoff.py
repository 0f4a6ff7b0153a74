"""Hand a situation needing social support to the site's social assistant.

The hand-off is written into `handoff:<site>`, a collection the site's agents write and the
site's social assistant reads (never `casework:<site>`, whose key would open the case files);
it shows up in the assistant's follow-ups (fieldapp.casework.followups). The agent only gets a
receipt back: nothing here (nor anywhere in the agent's services) reads a case file, a
note, a follow-up or a hand-off.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.neighbourhood.labels import HANDOFF_DAYS
from fieldapp.neighbourhood.models import Handoff
from fieldapp.neighbourhood.requests import get_live_request
from fieldapp.neighbourhood.views import HandoffReceipt
from fieldapp.records import common as rec
from fieldapp.registry.models import Household


def hand_off(session: Session, *, request_id: str, summary: str, actor_id: str,
             today: date) -> HandoffReceipt:
    """Write-only: returns when and for which site, never anything of the case file."""
    request = get_live_request(session, request_id)
    summary = rec.clean_text(summary, max_len=2_000, empty_message=QT_TRANSLATE_NOOP(
        "errors", "Say in a few words why social support is needed."))
    household_id = None
    if request.dwelling_id:  # the registry (shared with agents) says who lives there
        household_id = session.scalar(
            select(Household.id).where(Household.dwelling_id == request.dwelling_id,
                                       Household.deleted.is_(False)).limit(1))
    due_on = today + timedelta(days=HANDOFF_DAYS.get(request.urgency, 6))
    handoff = Handoff(site_id=request.site_id, building_id=request.building_id,
                      dwelling_id=request.dwelling_id, household_id=household_id,
                      request_ref=request.id, summary=summary, urgency=request.urgency,
                      handed_on=today, due_on=due_on, done=False)
    rec.create(session, handoff, actor_id=actor_id,
               collection_id=rec.handoff_collection(request.site_id))
    request.handed_off_on = today
    rec.touch(session, request, actor_id=actor_id)
    return HandoffReceipt(id=handoff.id, site_id=handoff.site_id, handed_on=today,
                          due_on=due_on)
