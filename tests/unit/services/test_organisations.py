"""The profile folder of a person working for several organisations: one vault folder per
organisation, listed for the unlock page; a bad key gets a clear message."""

from __future__ import annotations

import pytest

from fieldapp.errors import ValidationError
from fieldapp.local import organisations as orgs


def test_folders_and_listing(tmp_path):
    assert orgs.organisations(tmp_path) == []
    (tmp_path / orgs.VAULT_FILE).write_bytes(b"")
    assert orgs.organisations(tmp_path) == [""]  # a laptop from before: its one vault
    assert orgs.vault_folder(tmp_path, "") == tmp_path
    for key in ("ovm-b", "ovm-a"):
        folder = orgs.vault_folder(tmp_path, key)
        assert folder == tmp_path / "organisations" / key
        folder.mkdir(parents=True)
        (folder / orgs.VAULT_FILE).write_bytes(b"")
    (tmp_path / "organisations" / "half-made").mkdir()  # no vault in it: not listed
    assert orgs.organisations(tmp_path) == ["", "ovm-a", "ovm-b"]


@pytest.mark.parametrize("key", ["../other", "OVM", "a b", "", "x" * 64])
def test_a_bad_key_is_refused(tmp_path, key):
    if key == "":
        assert orgs.vault_folder(tmp_path, key) == tmp_path
        return
    with pytest.raises(ValidationError) as err:
        orgs.vault_folder(tmp_path, key)
    assert "lower-case letters, digits and dashes" in str(err.value)
