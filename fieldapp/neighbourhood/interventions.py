"""The intervention log: when, who was met, what was done, the outcome, photos, follow-up.

Photos go through fieldapp.attachments.files: encrypted files beside the vault, one
random key each, kept in the attachment row (owner "nb_intervention"); the intervention
keeps their attachment ids.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.attachments import files as attachments
from fieldapp.errors import ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.neighbourhood.labels import OUTCOMES
from fieldapp.neighbourhood.models import Intervention
from fieldapp.neighbourhood.requests import (
    close_request,
    collection,
    get_live_request,
)
from fieldapp.neighbourhood.views import InterventionView
from fieldapp.records import common as rec


def _view(i: Intervention) -> InterventionView:
    return InterventionView(id=i.id, request_id=i.request_id, site_id=i.site_id,
                            occurred_at=i.occurred_at, met=i.met, actions=i.actions,
                            outcome=i.outcome, photos=tuple(i.photos or ()),
                            follow_up_needed=i.follow_up_needed)


MAX_PHOTOS = 20
Image = bytes | attachments.PreparedImage


def store_photos(session: Session, photos: Sequence[Image], *, owner_type: str,
                 owner_id: str, actor_id: str) -> list[str]:
    """Encrypt and record the images; returns their attachment ids."""
    if len(photos) > MAX_PHOTOS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "At most {n} photos."), n=MAX_PHOTOS)
    return [attachments.store_image(session, image=image, owner_type=owner_type,
                                    owner_id=owner_id, kind="photo",
                                    collection_id=collection(session), actor_id=actor_id).id
            for image in photos]


def log_intervention(
    session: Session, *, request_id: str, occurred_at: datetime, actions: str, outcome: str,
    actor_id: str, now: datetime, today: date, met: str = "", photos: Sequence[Image] = (),
    follow_up_needed: bool = False, close: bool = False,
) -> InterventionView:
    """Log what was done for a request; with close=True the request is closed too.
    `photos`: image bytes (JPEG/PNG) or attachments.PreparedImage, stored encrypted."""
    request = get_live_request(session, request_id)
    if not isinstance(occurred_at, datetime) or occurred_at.tzinfo is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Say when the intervention was."))
    if occurred_at > now:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "An intervention cannot be logged in the future."))
    rec.require_code(outcome, OUTCOMES, QT_TRANSLATE_NOOP("errors", "Choose an outcome."))
    actions = rec.clean_text(actions, max_len=4_000, empty_message=QT_TRANSLATE_NOOP(
        "errors", "Say what was done."))
    if close and follow_up_needed:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "A request that needs a follow-up stays open: untick \"follow-up is "
            "needed\" or \"close the request\"."))
    if close and outcome in ("not_resolved", "nobody_present"):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "A request that was not resolved, or where nobody was present, stays "
            "open: choose another outcome or untick \"close the request\"."))
    met = met.strip() if isinstance(met, str) else ""
    if len(met) > 400:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This text is too long: at most {max_len} characters."),
            max_len=400)
    item = Intervention(request_id=request.id, site_id=request.site_id,
                        occurred_at=occurred_at, met=met, actions=actions, outcome=outcome,
                        photos=[], follow_up_needed=bool(follow_up_needed))
    rec.create(session, item, actor_id=actor_id, collection_id=collection(session))
    if photos:
        item.photos = store_photos(session, photos, owner_type="nb_intervention",
                                   owner_id=item.id, actor_id=actor_id)
        session.flush()
    if close:
        close_request(session, request_id=request.id, actor_id=actor_id, today=today, now=now)
    return _view(item)


def list_interventions(session: Session, *, request_id: str) -> list[InterventionView]:
    """The interventions of one request, newest first."""
    query = (select(Intervention)
             .where(Intervention.request_id == request_id, Intervention.deleted.is_(False))
             .order_by(Intervention.occurred_at.desc(), Intervention.id))
    return [_view(i) for i in session.scalars(query)]
