"""One person, several organisations on one laptop (issue 19: a social worker employed by the
DMBSH and seconded to several housing companies).

A profile folder holds one complete vault per organisation the person works for:

    <profile>/organisations/<organisation key>/   vault.db, wrapped key, files, settings

Nothing is shared between them: each vault has its own SQLCipher key (its own salt and
wrapped raw key), its own device key pairs, its own server account and token, its own
collection keys, drafts, search index and attachment files. The person types one
passphrase (the same one, if they like) after choosing the organisation; it unlocks that
organisation's vault only. A stolen unlocked laptop exposes one organisation; a bug in a
query cannot join across organisations because no database holds two. See
docs/ARCHITECTURE.md §5 "Several organisations".

A profile folder without `organisations/` is a single vault (every laptop before issue 19):
it is listed as the one organisation, under the key "".
"""

from __future__ import annotations

import re
from pathlib import Path

from fieldapp.errors import ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP

FOLDER = "organisations"
VAULT_FILE = "vault.db"
_KEY = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
BAD_KEY = QT_TRANSLATE_NOOP("errors", "An organisation's key is made of lower-case letters, "
                            "digits and dashes (for example ovm-anneessens).")

def check_key(key: str) -> str:
    if not isinstance(key, str) or not _KEY.match(key):
        raise ValidationError(BAD_KEY)
    return key


def vault_folder(profile: Path | str, organisation: str) -> Path:
    """Where the vault of `organisation` lives under `profile` ("" = the single vault)."""
    root = Path(profile)
    if organisation == "":
        return root
    return root / FOLDER / check_key(organisation)


def organisations(profile: Path | str) -> list[str]:
    """The organisations with a vault under `profile`, sorted; [""] for a single vault,
    [] for a new laptop."""
    root = Path(profile)
    keys = sorted(p.name for p in (root / FOLDER).glob("*")
                  if p.is_dir() and _KEY.match(p.name) and (p / VAULT_FILE).exists()) \
        if (root / FOLDER).is_dir() else []
    if (root / VAULT_FILE).exists():
        keys.insert(0, "")
    return keys
