"""Reading an inventory back whole: rooms, elements, photos, parties and addenda."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.attachments import files as attachments
from fieldapp.renovation.models import (
    Inventory,
    InventoryAddendum,
    InventoryElement,
    InventoryParty,
    InventoryRoom,
    ProjectDwelling,
)
from fieldapp.renovation.views import (
    AddendumView,
    ElementView,
    InventoryView,
    PartyView,
    RoomView,
)


def party_view(p: InventoryParty) -> PartyView:
    return PartyView(p.id, p.position, p.role, p.name, p.status, p.refusal_reason, p.signed_at,
                     p.signature_id, p.signed_fingerprint)


def inventory_view(session: Session, inventory: Inventory) -> InventoryView:
    rooms = list(session.scalars(select(InventoryRoom).where(
        InventoryRoom.inventory_id == inventory.id, InventoryRoom.deleted.is_(False))
        .order_by(InventoryRoom.position)))
    elements = list(session.scalars(select(InventoryElement).where(
        InventoryElement.room_id.in_([r.id for r in rooms]),
        InventoryElement.deleted.is_(False))
        .order_by(InventoryElement.position))) if rooms else []
    photos = attachments.list_for(session, owner_ids=[r.id for r in rooms]
                                  + [e.id for e in elements])
    by_room: dict[str, list[ElementView]] = {}
    for e in elements:
        by_room.setdefault(e.room_id, []).append(ElementView(
            e.id, e.room_id, e.position, e.element_type, e.condition, e.remarks,
            tuple(photos.get(e.id, ()))))
    parties = session.scalars(select(InventoryParty).where(
        InventoryParty.inventory_id == inventory.id, InventoryParty.deleted.is_(False))
        .order_by(InventoryParty.position, InventoryParty.created_at))
    addenda = session.scalars(select(InventoryAddendum).where(
        InventoryAddendum.inventory_id == inventory.id, InventoryAddendum.deleted.is_(False))
        .order_by(InventoryAddendum.written_on, InventoryAddendum.created_at))
    pd = session.get(ProjectDwelling, inventory.project_dwelling_id)
    return InventoryView(
        id=inventory.id, project_id=pd.project_id if pd else "",
        project_dwelling_id=inventory.project_dwelling_id, kind=inventory.kind,
        held_on=inventory.held_on, language=inventory.language, template=inventory.template,
        general_remarks=inventory.general_remarks, fingerprint=inventory.fingerprint,
        frozen_at=inventory.frozen_at,
        rooms=tuple(RoomView(r.id, r.position, r.room_type, r.name,
                             tuple(by_room.get(r.id, ())), tuple(photos.get(r.id, ())))
                    for r in rooms),
        parties=tuple(party_view(p) for p in parties),
        addenda=tuple(AddendumView(a.id, a.element_id, a.written_on, a.condition, a.text)
                      for a in addenda),
    )
