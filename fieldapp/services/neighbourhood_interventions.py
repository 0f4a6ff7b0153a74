"""The intervention log: when, who was met, what was done, the outcome, photos, follow-up.

Photos are stored as references (file names / blob ids) until the shared encrypted
attachments service (fieldapp.services.attachments) is available to this area.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.models.neighbourhood import Intervention
from fieldapp.services import _records as rec
from fieldapp.services.errors import ValidationError
from fieldapp.services.neighbourhood_labels import OUTCOMES
from fieldapp.services.neighbourhood_requests import (
    close_request,
    collection,
    get_live_request,
)
from fieldapp.services.neighbourhood_views import InterventionView


def _view(i: Intervention) -> InterventionView:
    return InterventionView(id=i.id, request_id=i.request_id, site_id=i.site_id,
                            occurred_at=i.occurred_at, met=i.met, actions=i.actions,
                            outcome=i.outcome, photos=tuple(i.photos or ()),
                            follow_up_needed=i.follow_up_needed)


def clean_photos(photos: Sequence[str]) -> list[str]:
    refs = [p.strip() for p in photos if isinstance(p, str) and p.strip()]
    if len(refs) > 20:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "At most {n} photos."), n=20)
    return refs


def log_intervention(
    session: Session, *, request_id: str, occurred_at: datetime, actions: str, outcome: str,
    actor_id: str, now: datetime, today: date, met: str = "", photos: Sequence[str] = (),
    follow_up_needed: bool = False, close: bool = False,
) -> InterventionView:
    """Log what was done for a request; with close=True the request is closed too."""
    request = get_live_request(session, request_id)
    if not isinstance(occurred_at, datetime) or occurred_at.tzinfo is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Say when the intervention was."))
    if occurred_at > now:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "An intervention cannot be logged in the future."))
    rec.require_code(outcome, OUTCOMES, QT_TRANSLATE_NOOP("errors", "Choose an outcome."))
    actions = rec.clean_text(actions, max_len=4_000, empty_message=QT_TRANSLATE_NOOP(
        "errors", "Say what was done."))
    met = met.strip() if isinstance(met, str) else ""
    if len(met) > 400:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This text is too long: at most {max_len} characters."),
            max_len=400)
    item = Intervention(request_id=request.id, site_id=request.site_id,
                        occurred_at=occurred_at, met=met, actions=actions, outcome=outcome,
                        photos=clean_photos(photos), follow_up_needed=bool(follow_up_needed))
    rec.create(session, item, actor_id=actor_id, collection_id=collection(session))
    if close:
        close_request(session, request_id=request.id, actor_id=actor_id, today=today, now=now)
    return _view(item)


def list_interventions(session: Session, *, request_id: str) -> list[InterventionView]:
    """The interventions of one request, newest first."""
    query = (select(Intervention)
             .where(Intervention.request_id == request_id, Intervention.deleted.is_(False))
             .order_by(Intervention.occurred_at.desc(), Intervention.id))
    return [_view(i) for i in session.scalars(query)]
