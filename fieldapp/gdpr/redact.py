"""Third parties' names out of a subject-access export.

A third party is anyone in the register who is not the subject: other households, and in
a person's export the other members of the household. Their full names, and their first or
last names alone where that word is not also one of the subject's own names, are replaced
by ``[…]`` wherever they appear in free text, with or without accents, in any case.

The organisation's own people (the directory of accounts) are third parties too, except
the worker of record of the subject's case files (the person they deal with, by account or
by the name the case file carries): a colleague named in a note, a supervisor, an agent.
And whatever the person making the export marks by hand (a name the register and the
directory do not know: a neighbour's nickname, a landlord) is blanked the same way.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.gdpr.pdf_texts import REDACTED
from fieldapp.registry.models import Person

MIN_WORD = 3  # a lone first or last name shorter than this is too likely an ordinary word
_FOLD = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss"})


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class Redactor:
    def __init__(self, third_parties: Iterable[tuple[str, str]],
                 subject_names: Iterable[tuple[str, str]], *,
                 by_hand: Iterable[str] = ()) -> None:
        own = {fold(w).casefold() for first, last in subject_names for w in (first, last)
               if w}
        phrases: set[str] = {" ".join(m.split()) for m in by_hand if len(m.strip()) >= 2}
        for first, last in third_parties:
            first, last = (first or "").strip(), (last or "").strip()
            if first and last:
                phrases.update({f"{first} {last}", f"{last} {first}", f"{last}, {first}"})
            for word in (first, last):
                if len(word) >= MIN_WORD and fold(word).casefold() not in own:
                    phrases.add(word)
        variants = {v for phrase in phrases for v in (phrase, fold(phrase))}
        # longest first, so "Noah Lefèvre" goes before "Noah"
        ordered = sorted(variants, key=len, reverse=True)
        self._pattern = (re.compile(
            r"(?<!\w)(?:" + "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in ordered)
            + r")(?!\w)", re.IGNORECASE) if ordered else None)

    def text(self, value: str) -> str:
        if self._pattern is None or not value:
            return value
        return self._pattern.sub(REDACTED, value)

    def value(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, list):
            return [self.value(v) for v in value]
        if isinstance(value, dict):
            return {k: self.value(v) for k, v in value.items()}
        return value


def split_name(display_name: str) -> tuple[str, str]:
    """An account's display name as (first, last): "Sophie Dubois" → ("Sophie", "Dubois")."""
    first, _, last = " ".join(display_name.split()).rpartition(" ")
    return (first, last) if first else (last, "")


def redactor_for(session: Session, subject_people: Iterable[Person], *,
                 workers_of_record: Iterable[str] = (), worker_names: Iterable[str] = (),
                 by_hand: Iterable[str] = ()) -> Redactor:
    """A redactor of every register person who is not one of `subject_people`, of every
    account of the organisation but the workers of record (`workers_of_record`: account
    ids; `worker_names`: the free-text names case files carry), and of `by_hand`."""
    from fieldapp.people import directory

    subject_people = list(subject_people)
    mine = {p.id for p in subject_people}
    keep = set(workers_of_record)
    kept_names = [split_name(n) for n in worker_names if n.strip()]
    staff = directory.names(session)
    kept_names += [split_name(staff[uid]) for uid in keep if uid in staff]
    own = [(p.first_name, p.last_name) for p in subject_people] + kept_names
    others = [(first, last) for pid, first, last in session.execute(
        select(Person.id, Person.first_name, Person.last_name)) if pid not in mine]
    others += [split_name(name) for uid, name in staff.items() if uid not in keep]
    return Redactor(others, own, by_hand=by_hand)
