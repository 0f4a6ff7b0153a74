"""Room and element names read in the reader's language, and each document in the language
chosen for it (by default the household's), with a file name in that language that says
nothing about who lives there."""

from __future__ import annotations

from datetime import timedelta

import pytest

from fieldapp.renovation import comparison_pdf as comparison_doc
from fieldapp.renovation import inventory as inv
from fieldapp.renovation import inventory_pdf as inventory_doc
from fieldapp.renovation import overview_pdf as overview_doc
from fieldapp.renovation import templates
from fieldapp.renovation.comparison import compare
from tests.factories import TODAY

from .test_reports import _text, signed  # noqa: F401 - the fixture of a signed inventory


@pytest.mark.parametrize(("room_type", "stored", "language", "shown"), [
    ("living", "Séjour", "nl", "Woonkamer"),
    ("living", "Woonkamer", "fr", "Séjour"),
    ("bedroom", "Chambre 2", "nl", "Slaapkamer 2"),
    ("bedroom", "slaapkamer 3", "fr", "Chambre 3"),
    ("bedroom", "Chambre de Léa", "nl", "Chambre de Léa"),  # typed by someone: as typed
    ("bedroom", "Chambre 2b", "nl", "Chambre 2b"),
    ("other", "Autre pièce", "nl", "Andere ruimte"),
    ("other", "Grenier", "nl", "Grenier"),
])
def test_a_template_room_name_reads_in_the_readers_language(room_type, stored, language,
                                                            shown):
    assert templates.room_name(room_type, stored, language) == shown


def test_the_inventory_of_a_french_household_printed_in_dutch(s, signed):  # noqa: F811
    french = _text(inventory_doc.inventory_pdf(s, inventory_id=signed.id, printed_on=TODAY))
    dutch = _text(inventory_doc.inventory_pdf(s, inventory_id=signed.id, printed_on=TODAY,
                                              language="nl"))
    for expected in ("État des lieux avant travaux", "Séjour", "Cuisine", "Salle de bains",
                     "Sol", "Endommagé", "Refuse de signer", "Page 1 sur"):
        assert expected in french, expected
    for expected in ("Plaatsbeschrijving vóór de werken", "Woonkamer", "Keuken", "Badkamer",
                     "Vloer", "Beschadigd", "Weigert te tekenen", "Pagina 1 van",
                     "Trou dans le carrelage", "20/11/2026 10:30"):  # what was typed, as typed
        assert expected in dutch, expected
    for french_only in ("Séjour", "Salle de bains", "Endommagé", "État des lieux"):
        assert french_only not in dutch, french_only


def test_a_renamed_room_keeps_its_name_in_every_language(s, signed, world):  # noqa: F811
    draft = inv.start_inventory(s, project_dwelling_id=signed.project_dwelling_id,
                                held_on=TODAY, actor_id=world.actor_id, kind="post")
    inv.rename_room(s, room_id=draft.rooms[0].id, name="Salon côté rue",
                    actor_id=world.actor_id)
    dutch = _text(inventory_doc.inventory_pdf(s, inventory_id=draft.id, printed_on=TODAY,
                                              language="nl"))
    assert "1. Salon côté rue" in dutch and "2. Keuken" in dutch


def test_the_comparison_in_either_language_pairs_rooms_named_in_another(s, signed, world):  # noqa: F811
    actor = world.actor_id
    post = inv.start_inventory(s, project_dwelling_id=signed.project_dwelling_id,
                               held_on=TODAY + timedelta(days=90), actor_id=actor, kind="post")
    # a room named by the template in Dutch matches the French one of the pre-works inventory
    inv.rename_room(s, room_id=post.rooms[0].id, name="Woonkamer", actor_id=actor)
    result = compare(s, pre_id=signed.id, post_id=post.id)
    assert len(result.rows) == sum(len(r.elements) for r in signed.rooms)  # all paired
    assert not result.changes
    kitchen = next(r for r in post.rooms if r.room_type == "kitchen")
    inv.set_element(s, element_id=kitchen.elements[1].id, condition="missing", actor_id=actor)
    dutch = _text(comparison_doc.comparison_pdf(s, pre_id=signed.id, post_id=post.id,
                                                printed_on=TODAY, language="nl"))
    french = _text(comparison_doc.comparison_pdf(s, pre_id=signed.id, post_id=post.id,
                                                 printed_on=TODAY))
    assert "Vergelijking vóór en na de werken" in dutch and "Woonkamer" in dutch
    assert "Ontbreekt (slechter)" in dutch and "Séjour" not in dutch
    assert "Comparaison avant et après travaux" in french and "Séjour" in french
    assert "Manquant (dégradé)" in french
    # one change: said in the singular
    assert "1 gewijzigd element, waarvan 1 in slechtere staat." in dutch
    assert "1 élément modifié, dont 1 en moins bon état." in french


def test_the_overview_in_the_language_asked(s, project):
    assert "Projectoverzicht renovatie" in _text(overview_doc.overview_pdf(
        s, project_id=project.id, printed_on=TODAY, language="nl"))
    assert "Aperçu du projet de rénovation" in _text(overview_doc.overview_pdf(
        s, project_id=project.id, printed_on=TODAY, language="fr"))


def test_file_names_say_what_and_when_in_the_documents_language(signed, project):  # noqa: F811
    ref = signed.id[:8]
    day = signed.held_on.isoformat()
    assert inventory_doc.file_name("nl", kind="pre", held_on=signed.held_on,
                                   inventory_id=signed.id) == \
        f"plaatsbeschrijving-voor-de-werken-{day}-{ref}.pdf"
    assert inventory_doc.file_name("fr", kind="post", held_on=signed.held_on,
                                   inventory_id=signed.id) == \
        f"etat-des-lieux-apres-travaux-{day}-{ref}.pdf"
    assert comparison_doc.file_name("fr", held_on=TODAY, post_id=signed.id) == \
        f"comparaison-avant-apres-travaux-{TODAY}-{ref}.pdf"
    assert overview_doc.file_name("nl", printed_on=TODAY) == \
        f"projectoverzicht-renovatie-{TODAY}.pdf"
    for language in ("nl", "fr", "en"):
        name = inventory_doc.file_name(language, kind="pre", held_on=TODAY,
                                       inventory_id=signed.id)
        assert name.isascii() and " " not in name
        words = name.removesuffix(f"-{ref}.pdf")  # the reference is hex: "3b" may be in it
        for personal in ("Lefèvre", "Lefevre", "Famille", "Dubois", "3B", "Anneessens"):
            assert personal.casefold() not in words.casefold()
