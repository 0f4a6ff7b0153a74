"""Test data for the sync tests: realistic records full of markers that must never leak."""

from __future__ import annotations

import uuid

import requests
from requests.adapters import HTTPAdapter

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


class FaultAdapter(HTTPAdapter):
    """Cuts the connection for requests `rule` picks: "before" (never sent) or "after"
    (the server handled it, the answer is lost) — a cut cable, no monkeypatching."""

    def __init__(self, rule) -> None:
        super().__init__()
        self.rule = rule
        self.sent: list[str] = []

    def send(self, request, **kwargs):
        action = self.rule(request)
        if action == "before":
            raise requests.ConnectionError("injected cut before sending")
        self.sent.append(f"{request.method} {request.path_url}")
        response = super().send(request, **kwargs)
        if action == "after":
            response.close()
            raise requests.ConnectionError("injected cut after sending")
        return response


def faulty_session(rule) -> tuple[requests.Session, FaultAdapter]:
    session = requests.Session()
    adapter = FaultAdapter(rule)
    session.mount("http://", adapter)
    return session, adapter


def once(predicate, action: str):
    """A rule that fires `action` on the first request matching `predicate`, then never."""
    fired = []

    def rule(request):
        if not fired and predicate(request):
            fired.append(True)
            return action
        return None

    return rule
