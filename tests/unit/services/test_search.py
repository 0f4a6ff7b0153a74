from __future__ import annotations

from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldapp.casework import cases as casework
from fieldapp.casework import search
from tests.factories import TODAY, World

NOTES = [
    "Mevrouw heeft een achterstand in de huur; afbetalingsplan besproken met de boekhouding.",
    "Visite à domicile : humidité dans la chambre, orientation vers le CPAS pour la facture.",
    "Doorverwijzing naar het CAW voor schuldbemiddeling, afspraak volgende week.",
    "Entretien au bureau : la mère s'inquiète de la scolarité de l'aîné.",
]


def _seed(s, world: World) -> list[str]:
    ids = []
    for i, text in enumerate(NOTES):
        note = casework.add_note(s, case_id=world.case_id, kind="office_interview", text=text,
                                 occurred_on=TODAY - timedelta(days=i), actor_id=world.actor_id)
        ids.append(note.id)
    return ids


def test_finds_words_with_and_without_diacritics(s, world: World) -> None:
    ids = _seed(s, world)
    for query in ("humidité", "humidite", "HUMIDITE", "domicile"):
        assert [h.note_id for h in search.search_notes(s, query=query)] == [ids[1]], query
    for query in ("aîné", "aine", "scolarite"):
        assert [h.note_id for h in search.search_notes(s, query=query)] == [ids[3]], query


def test_last_word_is_a_prefix_and_words_are_anded(s, world: World) -> None:
    ids = _seed(s, world)
    assert [h.note_id for h in search.search_notes(s, query="schuldbemid")] == [ids[2]]
    assert [h.note_id for h in search.search_notes(s, query="CAW afspr")] == [ids[2]]
    assert search.search_notes(s, query="CAW humidité") == []


def test_hit_carries_household_and_a_marked_snippet(s, world: World) -> None:
    _seed(s, world)
    (hit,) = search.search_notes(s, query="afbetalingsplan")
    assert hit.household_name == "Famille Lefèvre" and hit.case_id == world.case_id
    assert hit.site_id == world.site_id and hit.occurred_on == TODAY
    assert "[afbetalingsplan]" in hit.snippet
    assert search.search_notes(s, query="afbetalingsplan", site_id=world.other_site_id) == []


def test_edited_and_deleted_notes_follow_in_the_index(s, world: World) -> None:
    ids = _seed(s, world)
    casework.edit_note(s, note_id=ids[0], actor_id=world.actor_id, text="Over de lift gesproken")
    assert search.search_notes(s, query="afbetalingsplan") == []
    assert [h.note_id for h in search.search_notes(s, query="lift")] == [ids[0]]
    casework.delete_note(s, note_id=ids[0], actor_id=world.actor_id)
    assert search.search_notes(s, query="lift") == []


def test_weird_input_never_raises(s, world: World) -> None:
    _seed(s, world)
    for query in ['"', "*", "AND(", "", "   ", "NEAR(a b)", "a OR", "-", "^", "col:val",
                  "'", "((", "NOT", "\x00", "🙂", '"CAW"*']:
        assert isinstance(search.search_notes(s, query=query), list)
    assert search.match_expression("") is None
    assert search.match_expression('he said "hi" AND(') == '"he" "said" "hi" "AND"*'


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(max_size=40))
def test_any_text_is_a_safe_query(s, world: World, query: str) -> None:
    assert isinstance(search.search_notes(s, query=query), list)


def test_parts_of_dutch_compounds_are_found(s, world: World) -> None:
    ids = _seed(s, world)
    casework.add_note(s, case_id=world.case_id, kind="phone_call", occurred_on=TODAY,
                      text="Huurachterstand van drie maanden; energiefactuur betwist.",
                      actor_id=world.actor_id)
    found = {h.note_id for h in search.search_notes(s, query="achterstand")}
    assert ids[0] in found and len(found) == 2  # "achterstand" and "huurachterstand"
    hit = next(h for h in search.search_notes(s, query="factuur") if h.note_id not in ids)
    assert "energie[factuur]" in hit.snippet
    assert [h.note_id for h in search.search_notes(s, query="bemiddeling")] == [ids[2]]


def test_the_count_says_how_many_match_beyond_the_list(s, world: World) -> None:
    for day in range(60):
        casework.add_note(s, case_id=world.case_id, kind="phone_call",
                          occurred_on=TODAY - timedelta(days=day),
                          text=f"Telefoon over de huurachterstand ({day})",
                          actor_id=world.actor_id)
    result = search.search(s, query="achterstand", limit=50)
    assert len(result.hits) == 50 and result.total == 60
    assert search.search(s, query="OC").total == 0  # short words use the word index
    assert search.search(s, query="").total == 0


def test_the_snippet_marks_words_whatever_their_accents() -> None:
    text = "Problème d'humidité dans la chambre de l'aîné, visite à domicile prévue."
    assert "[humidité]" in search.snippet(text, ["humidite"])
    assert "[aîné]" in search.snippet(text, ["AINE"])
