"""Room-by-room inventories from a template: build, edit, add photos, read back.

Every change here is refused once the inventory is frozen (first signature or refusal):
later findings are addenda (``renovation_signatures.add_addendum``).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldapp.attachments import files as attachments
from fieldapp.errors import ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.records import common as rec
from fieldapp.registry.models import Household
from fieldapp.renovation import templates
from fieldapp.renovation.labels import CONDITIONS, INVENTORY_KINDS
from fieldapp.renovation.models import Inventory, InventoryElement, InventoryRoom, ProjectDwelling
from fieldapp.renovation.projects import require_open_dwelling
from fieldapp.renovation.read import inventory_view
from fieldapp.renovation.views import InventoryView, RoomView

INVENTORY_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This inventory was not found.")
ROOM_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This room was not found.")
ELEMENT_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This element was not found.")
FROZEN = QT_TRANSLATE_NOOP(
    "errors", "This inventory has been signed and can no longer be changed. "
    "Record the change as an addendum instead.")
BAD_CONDITION = QT_TRANSLATE_NOOP("errors", "Unknown condition '{condition}'.")
BAD_KIND = QT_TRANSLATE_NOOP("errors", "Unknown kind of inventory '{kind}'.")
BAD_ROOM_TYPE = QT_TRANSLATE_NOOP("errors", "Unknown kind of room '{room_type}'.")
BAD_ELEMENT_TYPE = QT_TRANSLATE_NOOP("errors", "Unknown element '{element_type}'.")
ROOM_NAME_EMPTY = QT_TRANSLATE_NOOP("errors", "Give the room a name.")
NO_PRE_INVENTORY = QT_TRANSLATE_NOOP(
    "errors", "Do the pre-works inventory first: the post-works check is compared with it.")


def get_live_inventory(session: Session, inventory_id: str) -> Inventory:
    return rec.get_live(session, Inventory, inventory_id, INVENTORY_NOT_FOUND)


def editable(session: Session, inventory_id: str) -> Inventory:
    inventory = get_live_inventory(session, inventory_id)
    if inventory.fingerprint is not None:
        raise ValidationError(FROZEN)
    require_open_dwelling(session, inventory.project_dwelling_id)
    return inventory


def _room_in_draft(session: Session, room_id: str) -> tuple[InventoryRoom, Inventory]:
    room = rec.get_live(session, InventoryRoom, room_id, ROOM_NOT_FOUND)
    return room, editable(session, room.inventory_id)


def _element_in_draft(session: Session, element_id: str) -> tuple[InventoryElement, Inventory]:
    element = rec.get_live(session, InventoryElement, element_id, ELEMENT_NOT_FOUND)
    room = rec.get_live(session, InventoryRoom, element.room_id, ROOM_NOT_FOUND)
    return element, editable(session, room.inventory_id)


def _rooms(session: Session, inventory_id: str) -> list[InventoryRoom]:
    return list(session.scalars(select(InventoryRoom).where(
        InventoryRoom.inventory_id == inventory_id, InventoryRoom.deleted.is_(False))
        .order_by(InventoryRoom.position)))


def _new_room(session: Session, inventory: Inventory, *, room_type: str, name: str | None,
              element_types: list[str], actor_id: str) -> InventoryRoom:
    if room_type not in templates.room_types(inventory.template):
        raise ValidationError(BAD_ROOM_TYPE, room_type=str(room_type))
    existing = _rooms(session, inventory.id)
    if name is None:
        name = templates.room_label(room_type, inventory.language, inventory.template)
        same = sum(1 for r in existing if r.room_type == room_type)
        if same:
            name = f"{name} {same + 1}"
    name = rec.clean_text(name, empty_message=ROOM_NAME_EMPTY, max_len=120)
    position = max((r.position for r in existing), default=-1) + 1
    room = InventoryRoom(inventory_id=inventory.id, position=position, room_type=room_type,
                         name=name)
    rec.create(session, room, actor_id=actor_id, collection_id=inventory.collection_id)
    for index, element_type in enumerate(element_types):
        rec.create(session, InventoryElement(room_id=room.id, position=index,
                                             element_type=element_type, condition="",
                                             remarks=""),
                   actor_id=actor_id, collection_id=inventory.collection_id)
    return room


def start_inventory(
    session: Session, *, project_dwelling_id: str, held_on: date, actor_id: str,
    kind: str = "pre", language: str | None = None, room_types: list[str] | None = None,
    template: str = "standard",
) -> InventoryView:
    """A draft inventory: rooms from `room_types` (default: the template's usual rooms); a
    post-works check copies the rooms and elements of the latest pre-works inventory."""
    pd: ProjectDwelling = require_open_dwelling(session, project_dwelling_id)
    rec.require_code(kind, INVENTORY_KINDS, BAD_KIND, kind=str(kind))
    if language is None:
        household = session.get(Household, pd.household_id) if pd.household_id else None
        language = household.language if household else "nl"
    inventory = Inventory(project_dwelling_id=pd.id, kind=kind, held_on=held_on,
                          language=templates.language_of(language), template=template,
                          general_remarks="")
    rec.create(session, inventory, actor_id=actor_id, collection_id=pd.collection_id)
    if kind == "post":
        pre = latest(session, project_dwelling_id=pd.id, kind="pre")
        if pre is None:
            raise ValidationError(NO_PRE_INVENTORY)
        for room in _rooms(session, pre.id):
            elements = session.scalars(select(InventoryElement.element_type).where(
                InventoryElement.room_id == room.id, InventoryElement.deleted.is_(False))
                .order_by(InventoryElement.position))
            _new_room(session, inventory, room_type=room.room_type, name=room.name,
                      element_types=list(elements), actor_id=actor_id)
    else:
        for room_type in room_types or templates.default_rooms(template):
            _new_room(session, inventory, room_type=room_type, name=None,
                      element_types=templates.room_elements(room_type, template),
                      actor_id=actor_id)
    return inventory_view(session, inventory)


def latest(session: Session, *, project_dwelling_id: str, kind: str) -> Inventory | None:
    return session.scalar(select(Inventory).where(
        Inventory.project_dwelling_id == project_dwelling_id, Inventory.kind == kind,
        Inventory.deleted.is_(False)).order_by(Inventory.held_on.desc(),
                                               Inventory.created_at.desc()).limit(1))


def get_inventory(session: Session, *, inventory_id: str) -> InventoryView:
    return inventory_view(session, get_live_inventory(session, inventory_id))


def add_room(session: Session, *, inventory_id: str, room_type: str, actor_id: str,
             name: str | None = None) -> RoomView:
    inventory = editable(session, inventory_id)
    room = _new_room(session, inventory, room_type=room_type, name=name,
                     element_types=templates.room_elements(room_type, inventory.template),
                     actor_id=actor_id)
    view = inventory_view(session, inventory)
    return next(r for r in view.rooms if r.id == room.id)


def rename_room(session: Session, *, room_id: str, name: str, actor_id: str) -> None:
    room, _ = _room_in_draft(session, room_id)
    room.name = rec.clean_text(name, empty_message=ROOM_NAME_EMPTY, max_len=120)
    rec.touch(session, room, actor_id=actor_id)


def remove_room(session: Session, *, room_id: str, actor_id: str) -> None:
    room, _ = _room_in_draft(session, room_id)
    room.deleted = True
    rec.touch(session, room, actor_id=actor_id)


def add_element(session: Session, *, room_id: str, element_type: str, actor_id: str) -> str:
    room, inventory = _room_in_draft(session, room_id)
    if element_type not in templates.all_elements(inventory.template):
        raise ValidationError(BAD_ELEMENT_TYPE, element_type=str(element_type))
    position = (session.scalar(select(func.max(InventoryElement.position)).where(
        InventoryElement.room_id == room.id)) or 0) + 1
    element = InventoryElement(room_id=room.id, position=position, element_type=element_type,
                               condition="", remarks="")
    rec.create(session, element, actor_id=actor_id, collection_id=inventory.collection_id)
    return element.id


def set_element(session: Session, *, element_id: str, actor_id: str,
                condition: str | None = None, remarks: str | None = None) -> None:
    """Record an element's condition (a CONDITIONS code, "" = not assessed) and remarks."""
    element, _ = _element_in_draft(session, element_id)
    if condition is not None:
        if condition:
            rec.require_code(condition, CONDITIONS, BAD_CONDITION, condition=str(condition))
        element.condition = condition
    if remarks is not None:
        element.remarks = remarks.strip()[:10_000]
    rec.touch(session, element, actor_id=actor_id)


def set_general_remarks(session: Session, *, inventory_id: str, text: str,
                        actor_id: str) -> None:
    inventory = editable(session, inventory_id)
    inventory.general_remarks = text.strip()[:20_000]
    rec.touch(session, inventory, actor_id=actor_id)


def add_photo(session: Session, *, owner_id: str, image: bytes | attachments.PreparedImage,
              actor_id: str, caption: str = "") -> attachments.AttachmentView:
    """A photo of an element (owner_id = element id) or of a whole room (room id)."""
    if session.get(InventoryElement, owner_id) is not None:
        _, inventory = _element_in_draft(session, owner_id)
        owner_type = "element"
    else:
        _, inventory = _room_in_draft(session, owner_id)
        owner_type = "room"
    return attachments.store_image(session, image=image, owner_type=owner_type,
                                   owner_id=owner_id, kind="photo", caption=caption,
                                   collection_id=inventory.collection_id, actor_id=actor_id)


def remove_photo(session: Session, *, attachment_id: str, actor_id: str) -> None:
    from fieldapp.attachments.models import Attachment

    row = rec.get_live(session, Attachment, attachment_id, attachments.ATTACHMENT_NOT_FOUND)
    if row.owner_type == "element":
        _element_in_draft(session, row.owner_id)
    else:
        _room_in_draft(session, row.owner_id)
    attachments.remove(session, attachment_id=attachment_id, actor_id=actor_id)
