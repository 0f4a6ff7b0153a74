"""Inventory templates: rooms and their elements, labelled in nl/fr/en (resources/templates)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import resources

TEMPLATES = Path(resources.__file__).parent / "templates"
LANGUAGES = ("nl", "fr", "en")


@cache
def load(template_id: str = "standard") -> dict[str, Any]:
    """The template as read from ``inventory_<id>.json`` (cached; treat as read-only)."""
    if not template_id.isidentifier():
        raise KeyError(template_id)
    path = TEMPLATES / f"inventory_{template_id}.json"
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def language_of(code: str | None) -> str:
    return code if code in LANGUAGES else "nl"


def room_types(template_id: str = "standard") -> list[str]:
    return list(load(template_id)["rooms"])


def default_rooms(template_id: str = "standard") -> list[str]:
    return list(load(template_id)["default_rooms"])


def room_elements(room_type: str, template_id: str = "standard") -> list[str]:
    rooms = load(template_id)["rooms"]
    return list(rooms.get(room_type, rooms["other"])["elements"])


def room_label(room_type: str, language: str, template_id: str = "standard") -> str:
    rooms = load(template_id)["rooms"]
    return str(rooms.get(room_type, rooms["other"])["labels"][language_of(language)])


def room_name(room_type: str, name: str, language: str,
              template_id: str = "standard") -> str:
    """A room's name for a reader of `language`.

    A room is named at creation with its kind's label in the inventory's language, numbered
    from the second of a kind ("Chambre 2"). Such a name is the template's, not the
    person's: it reads in `language` ("Slaapkamer 2"). A name someone typed stays as typed.
    """
    rooms = load(template_id)["rooms"]
    labels = rooms.get(room_type, rooms["other"])["labels"]
    text = name.strip()
    for label in labels.values():
        rest = text[len(label):] if text.casefold().startswith(label.casefold()) else None
        if rest == "" or (rest and rest[0] == " " and rest[1:].isdigit()):
            return str(labels[language_of(language)]) + rest
    return name


def element_label(element_type: str, language: str, template_id: str = "standard") -> str:
    labels = load(template_id)["elements"].get(element_type)
    return str(labels[language_of(language)]) if labels else element_type


def all_elements(template_id: str = "standard") -> list[str]:
    return list(load(template_id)["elements"])
