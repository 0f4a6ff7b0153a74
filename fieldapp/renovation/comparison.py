"""The post-works check compared with the pre-works inventory, element by element.

Rooms are matched by kind and name (then by order among equal ones; a name the template
gave matches in any language), elements by kind
(then order). A row is "changed" when the condition differs and both were assessed, or
when the element exists on one side only; "worse" when the condition got worse.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy.orm import Session

from fieldapp.errors import ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.renovation import templates
from fieldapp.renovation.inventory import get_inventory
from fieldapp.renovation.labels import SEVERITY
from fieldapp.renovation.views import (
    ComparisonView,
    ElementChange,
    ElementView,
    RoomView,
)

NOT_A_PAIR = QT_TRANSLATE_NOOP(
    "errors", "Compare a pre-works inventory with a post-works check of the same dwelling.")


def _keyed_rooms(rooms: tuple[RoomView, ...]) -> dict[tuple[str, str, int], RoomView]:
    seen: dict[tuple[str, str], int] = defaultdict(int)
    result = {}
    for room in rooms:
        name = templates.room_name(room.room_type, room.name, "en")
        base = (room.room_type, name.strip().casefold())
        result[(*base, seen[base])] = room
        seen[base] += 1
    return result


def _keyed_elements(elements: tuple[ElementView, ...]) -> dict[tuple[str, int], ElementView]:
    seen: dict[str, int] = defaultdict(int)
    result = {}
    for element in elements:
        result[(element.element_type, seen[element.element_type])] = element
        seen[element.element_type] += 1
    return result


def _row(room: RoomView, element_type: str, pre: ElementView | None,
         post: ElementView | None) -> ElementChange:
    before = pre.condition if pre else ""
    after = post.condition if post else ""
    if pre is None or post is None:
        changed = True
    else:
        changed = bool(before and after and before != after)
    worse = changed and before in SEVERITY and after in SEVERITY \
        and SEVERITY[after] > SEVERITY[before]
    return ElementChange(room.name, room.room_type, element_type, before, after,
                         pre.remarks if pre else "", post.remarks if post else "",
                         changed, worse)


def compare(session: Session, *, pre_id: str, post_id: str) -> ComparisonView:
    pre = get_inventory(session, inventory_id=pre_id)
    post = get_inventory(session, inventory_id=post_id)
    if (pre.kind, post.kind) != ("pre", "post") or \
            pre.project_dwelling_id != post.project_dwelling_id:
        raise ValidationError(NOT_A_PAIR)
    pre_rooms, post_rooms = _keyed_rooms(pre.rooms), _keyed_rooms(post.rooms)
    rows: list[ElementChange] = []
    for key in list(pre_rooms) + [k for k in post_rooms if k not in pre_rooms]:
        room_pre, room_post = pre_rooms.get(key), post_rooms.get(key)
        shown = room_pre or room_post
        assert shown is not None
        els_pre = _keyed_elements(room_pre.elements) if room_pre else {}
        els_post = _keyed_elements(room_post.elements) if room_post else {}
        for ekey in list(els_pre) + [k for k in els_post if k not in els_pre]:
            rows.append(_row(shown, ekey[0], els_pre.get(ekey), els_post.get(ekey)))
    return ComparisonView(pre.id, post.id, tuple(rows))
