"""`fieldapp gdpr-export`: a subject-access export without the app (fieldapp/cli.py wires it).

    fieldapp gdpr-export --vault DIR --passphrase-file FILE (--household REF | --person ID)
                         --out DIR [--language nl|fr|en]
                         [--include-restricted REASON]

Writes ``<ref>.pdf`` and ``<ref>.json`` (for ``--person``, ``<person id>.*``), logs the
export in the access log and, when the vault is enrolled, syncs once so the entry reaches
the supervisors. Restricted notes stay out unless ``--include-restricted`` gives
the reason of the vault's user deciding to include them (a supervisor: all of them; anyone
else: their own), which is recorded with the export. Exit status: 0 written, 2 no such
household or person, 1 the vault can't be opened or the export failed (the error's kind is
printed, never its text). Nothing personal is printed: only the file names and counts.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any


def add_parser(commands: Any) -> None:
    cmd = commands.add_parser("gdpr-export",
                              help="subject access (art. 15): everything held, as PDF + JSON")
    cmd.add_argument("--vault", required=True, type=Path, help="folder of the vault")
    cmd.add_argument("--passphrase-file", required=True, type=Path,
                     help="file holding the vault's passphrase")
    who = cmd.add_mutually_exclusive_group(required=True)
    who.add_argument("--household", help="household reference as in the tenant register")
    who.add_argument("--person", help="id of one person")
    cmd.add_argument("--out", required=True, type=Path, help="folder to write into")
    cmd.add_argument("--language", choices=("nl", "fr", "en"),
                     help="language of the PDF (default: the household's, else nl)")
    cmd.add_argument("--include-restricted", metavar="REASON", default=None,
                     help="include restricted notes, by your recorded decision and reason")
    cmd.add_argument("--redact", metavar="NAME", action="append", default=[],
                     help="also blank out this name wherever it appears (repeatable); the "
                          "register's people and the organisation's other than the worker "
                          "of record are blanked anyway")


def run(args: argparse.Namespace, *, secret_store: Any = None,
        sync: Callable[[Any], str] | None = None) -> int:
    """`sync(vault)`: one round after the export (ui/main.py hands it in), so the access-log
    entry reaches the supervisors; its outcome is printed as one line."""
    from fieldapp.errors import NotFound, ServiceError
    from fieldapp.gdpr.access import RestrictedDecision, export_subject, user_names
    from fieldapp.gdpr.subject import find_subject
    from fieldapp.local.profile import get_profile
    from fieldapp.vault import Vault, VaultError

    try:
        passphrase = args.passphrase_file.read_text(encoding="utf-8").rstrip("\r\n")
    except OSError as exc:
        print(f"Can't read the passphrase file: {exc.strerror}", file=sys.stderr)
        return 1
    try:
        vault = Vault.unlock(args.vault, passphrase, secret_store=secret_store)
    except VaultError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    try:
        with vault.session() as s:
            profile = get_profile(s)
            try:
                subject = find_subject(s, household_ref=args.household, person_id=args.person)
            except NotFound as exc:
                print(str(exc), file=sys.stderr)
                return 2
            language = args.language or (subject.household.language
                                         if subject.household.language in ("nl", "fr", "en")
                                         else "nl")
            decision = None
            if args.include_restricted is not None:
                roles = {profile.role, *getattr(profile, "roles", ())}
                decision = RestrictedDecision(
                    decided_by=profile.id,
                    capacity="supervisor" if "supervisor" in roles else "author",
                    reason=args.include_restricted)
            result = export_subject(s, subject=subject, language=language, out_dir=args.out,
                                    actor_id=profile.id, decision=decision,
                                    names=user_names(s), by_hand=tuple(args.redact))
        if sync is not None:
            print(sync(vault))
    except ServiceError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    except Exception as exc:  # its text may quote the data: name the kind only
        print(f"The export failed ({type(exc).__name__}).", file=sys.stderr)
        return 1
    finally:
        vault.lock()
    print(f"{result.pdf.name}, {result.json.name}: {result.records} records; "
          f"restricted notes included {result.restricted_included}, "
          f"withheld {result.restricted_withheld}")
    return 0
