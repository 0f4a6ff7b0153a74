"""Inventory from a template, edited, signed, frozen; refusal; addenda; the fingerprint."""

from __future__ import annotations

import pytest

from fieldapp.errors import ValidationError
from fieldapp.renovation import inventory as inv
from fieldapp.renovation import signatures as sig
from tests.factories import TODAY

from .conftest import photo_bytes, signature_png


def _start(s, project, world, **kw):
    return inv.start_inventory(s, project_dwelling_id=project.pd_id, held_on=TODAY,
                               actor_id=world.actor_id, **kw)


def test_inventory_is_built_from_the_template_in_the_households_language(s, project, world):
    view = _start(s, project, world)
    assert view.language == "fr"  # the household of the world speaks French
    assert [r.room_type for r in view.rooms] == [
        "hall", "living", "kitchen", "bedroom", "bathroom", "toilet", "storage", "balcony"]
    assert [r.name for r in view.rooms][:3] == ["Hall d'entrée", "Séjour", "Cuisine"]
    kitchen = view.rooms[2]
    assert [e.element_type for e in kitchen.elements][:3] == ["floor", "walls", "ceiling"]
    assert "fittings" in [e.element_type for e in kitchen.elements]
    assert all(e.condition == "" for r in view.rooms for e in r.elements)


def test_rooms_can_be_added_repeated_renamed_and_removed(s, project, world):
    view = _start(s, project, world, room_types=["living", "bedroom"], language="nl")
    second = inv.add_room(s, inventory_id=view.id, room_type="bedroom", actor_id=world.actor_id)
    assert second.name == "Slaapkamer 2"
    inv.rename_room(s, room_id=second.id, name="Kinderkamer", actor_id=world.actor_id)
    inv.remove_room(s, room_id=view.rooms[0].id, actor_id=world.actor_id)
    again = inv.get_inventory(s, inventory_id=view.id)
    assert [r.name for r in again.rooms] == ["Slaapkamer", "Kinderkamer"]
    with pytest.raises(ValidationError, match="Unknown kind of room"):
        inv.add_room(s, inventory_id=view.id, room_type="ballroom", actor_id=world.actor_id)


def test_edit_sign_freeze_and_addendum(s, project, world):
    view = _start(s, project, world, room_types=["kitchen"])
    floor = view.rooms[0].elements[0]
    inv.set_element(s, element_id=floor.id, condition="worn", remarks="Tache près de l'évier",
                    actor_id=world.actor_id)
    inv.add_photo(s, owner_id=floor.id, image=photo_bytes(), actor_id=world.actor_id)
    tenant = sig.add_party(s, inventory_id=view.id, role="tenant", name="Amélie Lefèvre",
                           actor_id=world.actor_id)
    manager = sig.add_party(s, inventory_id=view.id, role="project_manager",
                            name="Marc Dubois", actor_id=world.actor_id)
    with pytest.raises(ValidationError, match="bad"):
        inv.set_element(s, element_id=floor.id, condition="bad", actor_id=world.actor_id)

    signed = sig.sign(s, party_id=tenant.id, signature_png=signature_png(),
                      actor_id=world.actor_id)
    frozen = inv.get_inventory(s, inventory_id=view.id)
    assert frozen.frozen and len(frozen.fingerprint) == 64
    assert signed.signed_fingerprint == frozen.fingerprint
    assert frozen.rooms[0].elements[0].condition == "worn"

    with pytest.raises(ValidationError) as caught:
        inv.set_element(s, element_id=floor.id, condition="good", actor_id=world.actor_id)
    assert str(caught.value) == ("This inventory has been signed and can no longer be changed. "
                                 "Record the change as an addendum instead.")
    for attempt in (
        lambda: inv.add_room(s, inventory_id=view.id, room_type="toilet", actor_id=world.actor_id),
        lambda: inv.add_photo(s, owner_id=floor.id, image=photo_bytes(2),
                              actor_id=world.actor_id),
        lambda: sig.add_party(s, inventory_id=view.id, role="surveyor", name="X",
                              actor_id=world.actor_id),
    ):
        with pytest.raises(ValidationError, match="addendum"):
            attempt()

    sig.sign(s, party_id=manager.id, signature_png=signature_png(2), actor_id=world.actor_id)
    addendum = sig.add_addendum(s, inventory_id=view.id, element_id=floor.id, condition="damaged",
                                text="Carrelage fissuré constaté après signature",
                                written_on=TODAY, actor_id=world.actor_id)
    after = inv.get_inventory(s, inventory_id=view.id)
    assert [a.id for a in after.addenda] == [addendum.id]
    assert after.fingerprint == frozen.fingerprint  # the signed content did not move
    check = sig.verify(s, inventory_id=view.id)
    assert check.content_unchanged and check.signatures_bound
    assert {p.status for p in after.parties} == {"signed"}
    with pytest.raises(ValidationError, match="already signed"):
        sig.sign(s, party_id=manager.id, signature_png=signature_png(3), actor_id=world.actor_id)


def test_refusal_to_sign_needs_a_reason_and_freezes(s, project, world):
    view = _start(s, project, world, room_types=["toilet"])
    tenant = sig.add_party(s, inventory_id=view.id, role="tenant", name="Amélie Lefèvre",
                           actor_id=world.actor_id)
    with pytest.raises(ValidationError, match="reason"):
        sig.refuse(s, party_id=tenant.id, reason="  ", actor_id=world.actor_id)
    refused = sig.refuse(s, party_id=tenant.id, reason="Pas d'accord sur l'état du sol",
                         actor_id=world.actor_id)
    assert refused.status == "refused" and refused.refusal_reason.startswith("Pas d'accord")
    assert inv.get_inventory(s, inventory_id=view.id).frozen


def test_an_addendum_on_a_draft_is_refused(s, project, world):
    view = _start(s, project, world, room_types=["toilet"])
    with pytest.raises(ValidationError, match="not signed yet"):
        sig.add_addendum(s, inventory_id=view.id, text="x", written_on=TODAY,
                         actor_id=world.actor_id)


def test_the_fingerprint_changes_with_any_content_change(s, project, world):
    view = _start(s, project, world, room_types=["toilet"])
    first = sig.fingerprint_of(inv.get_inventory(s, inventory_id=view.id))
    inv.set_element(s, element_id=view.rooms[0].elements[0].id, remarks="x",
                    actor_id=world.actor_id)
    second = sig.fingerprint_of(inv.get_inventory(s, inventory_id=view.id))
    assert first != second
    assert sig.fingerprint_of(inv.get_inventory(s, inventory_id=view.id)) == second


def test_a_tampered_signed_inventory_is_detected(s, project, world):
    from fieldapp.renovation.models import InventoryElement

    view = _start(s, project, world, room_types=["toilet"])
    tenant = sig.add_party(s, inventory_id=view.id, role="tenant", name="A",
                           actor_id=world.actor_id)
    sig.sign(s, party_id=tenant.id, signature_png=signature_png(), actor_id=world.actor_id)
    row = s.get(InventoryElement, view.rooms[0].elements[0].id)
    row.condition = "new"  # behind the services' back
    s.flush()
    assert not sig.verify(s, inventory_id=view.id).content_unchanged
