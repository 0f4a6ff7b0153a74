"""The PDFs read back: rooms, conditions, parties, fingerprint and the images are in them."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from pypdf import PdfReader

from fieldapp.renovation import access
from fieldapp.renovation import inventory as inv
from fieldapp.renovation import signatures as sig
from fieldapp.renovation.comparison_pdf import comparison_pdf
from fieldapp.renovation.inventory_pdf import inventory_pdf
from fieldapp.renovation.overview_pdf import overview_pdf
from tests.factories import TODAY

from .conftest import photo_bytes, signature_png


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def _images(pdf: bytes) -> int:
    return sum(len(page.images) for page in PdfReader(io.BytesIO(pdf)).pages)


def _fonts(pdf: bytes) -> set[str]:
    found = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object().get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                found.add(str(font.get_object()["/BaseFont"]))
    return found


@pytest.fixture
def signed(s, project, world):
    actor = world.actor_id
    view = inv.start_inventory(s, project_dwelling_id=project.pd_id, held_on=TODAY,
                               actor_id=actor, room_types=["living", "kitchen", "bathroom"])
    for room in view.rooms:
        for element in room.elements:
            inv.set_element(s, element_id=element.id, condition="good", actor_id=actor)
    kitchen = view.rooms[1]
    inv.set_element(s, element_id=kitchen.elements[1].id, condition="damaged",
                    remarks="Trou dans le carrelage", actor_id=actor)
    inv.add_photo(s, owner_id=kitchen.elements[1].id, image=photo_bytes(1), actor_id=actor)
    inv.add_photo(s, owner_id=view.rooms[0].id, image=photo_bytes(2), actor_id=actor)
    tenant = sig.add_party(s, inventory_id=view.id, role="tenant", name="Amélie Lefèvre",
                           actor_id=actor)
    manager = sig.add_party(s, inventory_id=view.id, role="project_manager",
                            name="Marc Dubois", actor_id=actor)
    contractor = sig.add_party(s, inventory_id=view.id, role="contractor",
                               name="Bouw NV Renova", actor_id=actor)
    sig.sign(s, party_id=tenant.id, signature_png=signature_png(1), actor_id=actor)
    sig.sign(s, party_id=manager.id, signature_png=signature_png(2), actor_id=actor)
    sig.refuse(s, party_id=contractor.id, reason="Conteste la salle de bains", actor_id=actor)
    return inv.get_inventory(s, inventory_id=view.id)


def test_inventory_pdf_in_french_with_rooms_conditions_parties_fingerprint_images(s, signed):
    pdf = inventory_pdf(s, inventory_id=signed.id, printed_on=TODAY)
    content = _text(pdf)
    for expected in ("État des lieux avant travaux", "Séjour", "Cuisine", "Salle de bains",
                     "Endommagé", "Bon", "Trou dans le carrelage", "Amélie Lefèvre",
                     "Marc Dubois", "Bouw NV Renova", "Refuse de signer",
                     "Conteste la salle de bains", "Famille Lefèvre", "Empreinte du contenu",
                     "Contenu inchangé depuis la signature", signed.fingerprint):
        assert expected in content, expected
    assert _images(pdf) == 4  # two photos, two signatures
    assert _fonts(pdf)  # TrueType fonts embedded
    # signed at 09:30 UTC on 20 November: 10:30 on the clocks in Brussels
    assert "20/11/2026 10:30" in content and "UTC" not in content


def test_inventory_pdf_in_dutch_and_a_draft_is_marked(s, project, world):
    view = inv.start_inventory(s, project_dwelling_id=project.pd_id, held_on=TODAY,
                               actor_id=world.actor_id, language="nl", room_types=["toilet"])
    content = _text(inventory_pdf(s, inventory_id=view.id, printed_on=TODAY))
    assert "Plaatsbeschrijving vóór de werken" in content
    assert "ONTWERP" in content and "Toilet" in content


def test_comparison_and_overview_pdfs(s, project, world, signed):
    actor = world.actor_id
    post = inv.start_inventory(s, project_dwelling_id=project.pd_id, actor_id=actor,
                               held_on=TODAY + timedelta(days=90), kind="post")
    for room in post.rooms:
        for element in room.elements:
            worse = room.name == "Salle de bains" and element.element_type == "walls"
            inv.set_element(s, element_id=element.id, condition="damaged" if worse else "good",
                            actor_id=actor)
    content = _text(comparison_pdf(s, pre_id=signed.id, post_id=post.id, printed_on=TODAY))
    assert "Comparaison avant et après travaux" in content
    assert "2 éléments modifiés, dont 1 en moins bon état." in content  # and one repaired
    assert "Endommagé (dégradé)" in content

    access.record_info_session(s, project_id=project.id, held_on=TODAY, actor_id=actor,
                               attendee_household_ids=[world.household_id],
                               questions="Duur van de werken")
    overview = _text(overview_pdf(s, project_id=project.id, printed_on=TODAY, language="nl"))
    assert "Projectoverzicht renovatie" in overview
    assert "Famille Lefèvre" in overview and "Duur van de werken" in overview
