"""Who was present, signatures bound to a content fingerprint, refusals and addenda.

The fingerprint is the SHA-256 of a canonical JSON of the inventory (ids, rooms, elements,
conditions, remarks, the SHA-256 of every photo, the parties' roles and names): keys
sorted, no spaces, UTF-8. The first signature (or refusal) freezes the inventory by fixing
the fingerprint; every signature records the fingerprint it was given on, so a later change
to the content — which `verify` recomputes — is visible on the PDF.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldapp.attachments import files as attachments
from fieldapp.errors import ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.records import common as rec
from fieldapp.renovation.inventory import (
    ELEMENT_NOT_FOUND,
    editable,
    get_live_inventory,
)
from fieldapp.renovation.labels import CONDITIONS, PARTY_ROLES
from fieldapp.renovation.models import InventoryAddendum, InventoryElement, InventoryParty
from fieldapp.renovation.read import inventory_view, party_view
from fieldapp.renovation.views import AddendumView, InventoryView, PartyView

PARTY_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This person was not found on the inventory.")
BAD_ROLE = QT_TRANSLATE_NOOP("errors", "Unknown role '{role}'.")
NAME_EMPTY = QT_TRANSLATE_NOOP("errors", "Give the name of the person present.")
ALREADY = QT_TRANSLATE_NOOP("errors", "This person has already signed or refused to sign.")
REASON_NEEDED = QT_TRANSLATE_NOOP("errors", "Give the reason for the refusal to sign.")
EMPTY_SIGNATURE = QT_TRANSLATE_NOOP("errors", "The signature is empty: sign in the box first.")
ADDENDUM_EMPTY = QT_TRANSLATE_NOOP("errors", "Write what the addendum records.")
NOT_SIGNED_YET = QT_TRANSLATE_NOOP(
    "errors", "This inventory is not signed yet: change it directly instead of adding an "
    "addendum.")
BAD_CONDITION = QT_TRANSLATE_NOOP("errors", "Unknown condition '{condition}'.")


def canonical_content(view: InventoryView) -> dict[str, Any]:
    """What the signatures vouch for (not the signatures themselves, nor addenda)."""
    def photos(items: tuple[attachments.AttachmentView, ...]) -> list[str]:
        return [p.sha256 for p in items]

    return {
        "format": "fieldapp/inventory/v1",
        "inventory": view.id, "project": view.project_id, "dwelling": view.project_dwelling_id,
        "kind": view.kind, "held_on": view.held_on.isoformat(), "language": view.language,
        "template": view.template, "general_remarks": view.general_remarks,
        "rooms": [{
            "id": r.id, "type": r.room_type, "name": r.name, "photos": photos(r.photos),
            "elements": [{"id": e.id, "type": e.element_type, "condition": e.condition,
                          "remarks": e.remarks, "photos": photos(e.photos)}
                         for e in r.elements],
        } for r in view.rooms],
        "parties": [{"id": p.id, "role": p.role, "name": p.name} for p in view.parties],
    }


def fingerprint_of(view: InventoryView) -> str:
    data = json.dumps(canonical_content(view), sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode("utf-8")
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class FingerprintCheck:
    recorded: str | None
    computed: str
    content_unchanged: bool  # the content still hashes to the fingerprint that was signed
    signatures_bound: bool  # every signature was given on that fingerprint


def verify(session: Session, *, inventory_id: str) -> FingerprintCheck:
    view = inventory_view(session, get_live_inventory(session, inventory_id))
    computed = fingerprint_of(view)
    bound = all(p.signed_fingerprint == view.fingerprint for p in view.parties
                if p.status != "pending")
    return FingerprintCheck(view.fingerprint, computed, view.fingerprint == computed, bound)


def add_party(session: Session, *, inventory_id: str, role: str, name: str,
              actor_id: str) -> PartyView:
    inventory = editable(session, inventory_id)
    rec.require_code(role, PARTY_ROLES, BAD_ROLE, role=str(role))
    name = rec.clean_text(name, empty_message=NAME_EMPTY, max_len=160)
    position = (session.scalar(select(func.max(InventoryParty.position)).where(
        InventoryParty.inventory_id == inventory.id)) or 0) + 1
    party = InventoryParty(inventory_id=inventory.id, position=position, role=role,
                           name=name, status="pending", refusal_reason="")
    rec.create(session, party, actor_id=actor_id, collection_id=inventory.collection_id)
    return party_view(party)


def remove_party(session: Session, *, party_id: str, actor_id: str) -> None:
    party = rec.get_live(session, InventoryParty, party_id, PARTY_NOT_FOUND)
    editable(session, party.inventory_id)
    party.deleted = True
    rec.touch(session, party, actor_id=actor_id)


def _pending_party(session: Session, party_id: str) -> tuple[InventoryParty, str]:
    """The party, and the inventory's fingerprint (fixed now if this is the first one)."""
    party = rec.get_live(session, InventoryParty, party_id, PARTY_NOT_FOUND)
    if party.status != "pending":
        raise ValidationError(ALREADY)
    inventory = get_live_inventory(session, party.inventory_id)
    if inventory.fingerprint is None:
        inventory.fingerprint = fingerprint_of(inventory_view(session, inventory))
        inventory.frozen_at = rec.now(session)
        rec.touch(session, inventory, actor_id=inventory.updated_by)
    return party, inventory.fingerprint


def sign(session: Session, *, party_id: str, signature_png: bytes | attachments.PreparedImage,
         actor_id: str) -> PartyView:
    """Record a person's on-screen signature (a PNG of the strokes); freezes the inventory."""
    if not signature_png:
        raise ValidationError(EMPTY_SIGNATURE)
    prepared = signature_png if isinstance(signature_png, attachments.PreparedImage) \
        else attachments.prepare_image(signature_png)
    party, fingerprint = _pending_party(session, party_id)
    stored = attachments.store_image(session, image=prepared, owner_type="party",
                                     owner_id=party.id, kind="signature",
                                     collection_id=party.collection_id, actor_id=actor_id)
    party.status = "signed"
    party.signature_id = stored.id
    party.signed_at = rec.now(session)
    party.signed_fingerprint = fingerprint
    rec.touch(session, party, actor_id=actor_id)
    return party_view(party)


def refuse(session: Session, *, party_id: str, reason: str, actor_id: str) -> PartyView:
    """Record a refusal to sign with its reason; freezes the inventory like a signature."""
    reason = rec.clean_text(reason, empty_message=REASON_NEEDED, max_len=5000)
    party, fingerprint = _pending_party(session, party_id)
    party.status = "refused"
    party.refusal_reason = reason
    party.signed_at = rec.now(session)
    party.signed_fingerprint = fingerprint
    rec.touch(session, party, actor_id=actor_id)
    return party_view(party)


def add_addendum(session: Session, *, inventory_id: str, text: str, written_on: date,
                 actor_id: str, element_id: str | None = None,
                 condition: str = "") -> AddendumView:
    """A later change to a signed inventory, kept beside it (the signed content stays)."""
    inventory = get_live_inventory(session, inventory_id)
    if inventory.fingerprint is None:
        raise ValidationError(NOT_SIGNED_YET)
    text = rec.clean_text(text, empty_message=ADDENDUM_EMPTY, max_len=10_000)
    if condition:
        rec.require_code(condition, CONDITIONS, BAD_CONDITION, condition=str(condition))
    if element_id is not None:
        rec.get_live(session, InventoryElement, element_id, ELEMENT_NOT_FOUND)
    row = InventoryAddendum(inventory_id=inventory.id, element_id=element_id,
                            written_on=written_on, condition=condition, text=text)
    rec.create(session, row, actor_id=actor_id, collection_id=inventory.collection_id)
    return AddendumView(row.id, row.element_id, row.written_on, row.condition, row.text)
