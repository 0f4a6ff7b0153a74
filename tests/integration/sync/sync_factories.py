"""Test data for the sync tests: realistic records full of markers that must never leak."""

from __future__ import annotations

import uuid

from sync.client import Change, SyncClient

MARKERS = [
    "Janssens-MARKER-7731",
    "El Amrani-MARKER-4410",
    "Rue Haute 123 bte 4 MARKER",
    "schuldbemiddeling-MARKER",
    "dépression-MARKER-ß",
    "Peterbos-site-MARKER",
    "PHOTO-BYTES-MARKER-0042",
]


def passphrase_for(email: str) -> str:
    return f"correct horse battery staple {email}"


def case_note(i: int = 0) -> dict[str, object]:
    return {
        "kind": "home_visit",
        "household": f"Famille {MARKERS[0]} #{i}",
        "person": MARKERS[1],
        "address": MARKERS[2],
        "text": f"Huisbezoek: {MARKERS[3]}; mentions {MARKERS[4]}. Note {i}.",
        "confidentiality": "team",
        "n": i,
    }


def new_changes(n: int, *, prefix: str = "") -> list[Change]:
    return [
        Change(
            item_id=str(uuid.uuid4()),
            payload=case_note(i) | {"prefix": prefix},
            rev=str(uuid.uuid4()),
        )
        for i in range(n)
    ]


def shared_collection(
    supervisor: SyncClient, *members: SyncClient, access: str = "write", kind: str = "casework"
) -> str:
    """A collection made by `supervisor`, with `members` added after the in-person check."""
    info = supervisor.create_collection(kind, meta={"name": MARKERS[5]})  # type: ignore[arg-type]
    for member in members:
        supervisor.add_member(
            info.id,
            member.user.id,
            access=access,  # type: ignore[arg-type]
            verified_fingerprint=member.my_fingerprint(),  # read off the member's own screen
        )
    return info.id
