"""A supervisor corrects a colleague's name (issue 14, item 9): written in the sealed
directory, shown on this laptop at once, whitespace collapsed; an empty name, or a
correction by anyone else than a supervisor or the person, is refused with a sentence."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from fieldapp.errors import ValidationError
from fieldapp.local.models import LocalProfile
from fieldapp.people import directory, names

KARIM = "0000000a-0000-4000-8000-00000000000a"


def test_a_supervisor_corrects_a_name(vault, world) -> None:  # type: ignore[no-untyped-def]
    with vault.session() as s:
        directory.remember(s, complete=True, people=[
            (world.actor_id, "boss@example.org", ["supervisor"]),
            (KARIM, "karim@example.org", ["social_assistant"])])
        assert directory.names(s)[KARIM] == "karim@example.org"  # no name yet: the e-mail
        written = directory.correct_name(s, account_id=KARIM, name="  Karim   Benali ",
                                         actor_id=world.actor_id)
        assert written == "Karim Benali" == directory.names(s)[KARIM]
        assert names.trusted(s)[KARIM] == "Karim Benali"
        with pytest.raises(ValidationError) as refused:
            directory.correct_name(s, account_id=KARIM, name=" \t ", actor_id=world.actor_id)
        assert "cannot be empty" in str(refused.value)
        assert directory.correct_name(s, account_id=KARIM, name="K" * 200,
                                      actor_id=world.actor_id) == "K" * names.MAX_NAME


def test_only_a_supervisor_or_the_person(vault, world) -> None:  # type: ignore[no-untyped-def]
    with vault.session() as s:
        profile = s.scalar(select(LocalProfile))
        assert profile is not None
        profile.role, profile.roles = "social_assistant", ["social_assistant"]
        with pytest.raises(ValidationError) as refused:
            directory.correct_name(s, account_id=KARIM, name="Someone", actor_id=world.actor_id)
        assert "Only a supervisor" in str(refused.value)
        assert directory.correct_name(s, account_id=world.actor_id, name="Me Myself",
                                      actor_id=world.actor_id) == "Me Myself"
