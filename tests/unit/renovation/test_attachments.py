"""Photos and signatures are encrypted files beside the vault, keyed per file in the DB row."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldapp.attachments import files as attachments
from fieldapp.attachments.models import Attachment
from fieldapp.errors import ValidationError
from fieldapp.renovation import inventory as inv
from fieldapp.renovation import signatures as sig
from tests.factories import TODAY

from .conftest import photo_bytes, signature_png


def _all_bytes(folder: Path) -> list[bytes]:
    return [p.read_bytes() for p in folder.rglob("*") if p.is_file()]


def test_raw_photo_and_signature_bytes_never_reach_the_vault_folder(vault, project, world):
    photo, signature = photo_bytes(7), signature_png(7)
    with vault.session() as s:
        view = inv.start_inventory(s, project_dwelling_id=project.pd_id, held_on=TODAY,
                                   actor_id=world.actor_id, room_types=["kitchen"])
        element = view.rooms[0].elements[0]
        stored = inv.add_photo(s, owner_id=element.id, image=photo, actor_id=world.actor_id)
        party = sig.add_party(s, inventory_id=view.id, role="tenant", name="A",
                              actor_id=world.actor_id)
        signed = sig.sign(s, party_id=party.id, signature_png=signature,
                          actor_id=world.actor_id)
        thumb = attachments.read_image(s, attachment_id=stored.id, variant="thumb")
        medium = attachments.read_image(s, attachment_id=stored.id, variant="medium")
        assert attachments.read_image(s, attachment_id=stored.id) == photo
        assert attachments.read_image(s, attachment_id=signed.signature_id) == signature
        row = s.get(Attachment, stored.id)
        keys = {row.blob_key, row.medium_key, row.thumb_key}
    vault.lock()

    folder = vault.folder
    files = list((folder / "attachments").iterdir())
    assert len(files) == 6  # original, medium, thumbnail of the photo and of the signature
    assert len(keys) == 3  # a key of its own for every file
    contents = _all_bytes(folder)
    needles = [photo[1000:1064], photo[-64:], signature[40:104], thumb[500:564],
               medium[2000:2064]]
    for needle in needles:
        assert not any(needle in blob for blob in contents)


def test_not_an_image_is_refused_with_a_clear_message(s, project, world):
    view = inv.start_inventory(s, project_dwelling_id=project.pd_id, held_on=TODAY,
                               actor_id=world.actor_id, room_types=["toilet"])
    with pytest.raises(ValidationError, match="not an image"):
        inv.add_photo(s, owner_id=view.rooms[0].id, image=b"%PDF-1.4 nope",
                      actor_id=world.actor_id)


def test_a_tampered_file_fails_to_open(vault, project, world):
    with vault.session() as s:
        view = inv.start_inventory(s, project_dwelling_id=project.pd_id, held_on=TODAY,
                                   actor_id=world.actor_id, room_types=["toilet"])
        stored = inv.add_photo(s, owner_id=view.rooms[0].id, image=photo_bytes(),
                               actor_id=world.actor_id)
        name = s.get(Attachment, stored.id).thumb_id
    path = vault.folder / "attachments" / name
    data = bytearray(path.read_bytes())
    data[40] ^= 1
    path.write_bytes(bytes(data))
    with vault.session() as s, pytest.raises(Exception, match="does not match"):
        attachments.read_image(s, attachment_id=stored.id, variant="thumb")


def test_photos_are_listed_with_their_room(s, project, world):
    view = inv.start_inventory(s, project_dwelling_id=project.pd_id, held_on=TODAY,
                               actor_id=world.actor_id, room_types=["toilet"])
    inv.add_photo(s, owner_id=view.rooms[0].id, image=photo_bytes(), actor_id=world.actor_id,
                  caption="Vue générale")
    again = inv.get_inventory(s, inventory_id=view.id)
    assert [p.caption for p in again.rooms[0].photos] == ["Vue générale"]
    assert again.photo_count == 1
    inv.remove_photo(s, attachment_id=again.rooms[0].photos[0].id, actor_id=world.actor_id)
    assert inv.get_inventory(s, inventory_id=view.id).photo_count == 0
