"""Collective signals (issue 18): a site assistant notices in casework that a theme (waste
sorting, energy, neighbour disputes…) concerns a building, and tells the collective
assistants — a theme and a building, never a name, a household or case content.

The signal is written into `signal:<org>`, which site assistants write and collective
assistants read; like an agent's hand-off it is write-only for the sender: sending returns a
receipt, and nothing a site assistant's screens call reads signals back.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.collective.labels import SIGNAL_THEMES
from fieldapp.collective.models import CollectiveSignal
from fieldapp.collective.views import SignalReceipt, SignalRow
from fieldapp.errors import ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.records import common as rec
from fieldapp.registry.models import Building, Site

SIGNAL_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This signal no longer exists.")


def send_signal(session: Session, *, site_id: str, building_id: str | None, theme: str,
                actor_id: str, today: date) -> SignalReceipt:
    """Write-only: the receipt says it left; there is no free text to carry a name."""
    site = rec.get_live(session, Site, site_id, QT_TRANSLATE_NOOP(
        "errors", "Choose the site the signal is about."))
    if building_id:
        building = rec.get_live(session, Building, building_id, QT_TRANSLATE_NOOP(
            "errors", "Choose the building the signal is about."))
        if building.site_id != site.id:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "Choose the building the signal is about."))
    rec.require_code(theme, SIGNAL_THEMES, QT_TRANSLATE_NOOP(
        "errors", "Choose the theme of the signal."))
    signal = CollectiveSignal(site_id=site.id, building_id=building_id or None, theme=theme,
                              sent_on=today, taken_up_on=None)
    rec.create(session, signal, actor_id=actor_id,
               collection_id=rec.signal_collection(session))
    return SignalReceipt(id=signal.id, sent_on=today)


def received_signals(session: Session, *, site_ids: list[str] | None = None
                     ) -> list[SignalRow]:
    """The collective assistant's inbox: newest first, not yet taken up before the rest."""
    query = select(CollectiveSignal).where(CollectiveSignal.deleted.is_(False))
    if site_ids is not None:
        query = query.where(CollectiveSignal.site_id.in_(site_ids))
    rows = list(session.scalars(query))
    rows.sort(key=lambda s: (s.taken_up_on is not None, -s.sent_on.toordinal()))
    out = []
    for s in rows:
        site = session.get(Site, s.site_id)
        building = session.get(Building, s.building_id) if s.building_id else None
        out.append(SignalRow(id=s.id, site_id=s.site_id, site_name=site.name if site else "",
                             building_id=s.building_id,
                             building_name=building.name if building else "",
                             theme=s.theme, sent_on=s.sent_on, taken_up_on=s.taken_up_on))
    return out


def take_up_signal(session: Session, *, signal_id: str, today: date, actor_id: str) -> None:
    signal = rec.get_live(session, CollectiveSignal, signal_id, SIGNAL_NOT_FOUND)
    signal.taken_up_on = today
    rec.touch(session, signal, actor_id=actor_id)
