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


def server_heads(dsn: str) -> dict[str, int]:
    """Every collection's last sequence number now (the moment a backup is taken)."""
    import psycopg

    with psycopg.connect(dsn) as conn:
        return dict(conn.execute("SELECT id, last_seq FROM collections").fetchall())


def restore_to(dsn: str, heads: dict[str, int]) -> int:
    """Put the server's records back where they were at `heads` (as a restore of a backup
    taken then would): later revisions gone, items pointing at their latest remaining
    revision, sequences back. Returns how many revisions were lost."""
    import psycopg

    lost = 0
    with psycopg.connect(dsn) as conn:
        for cid, seq in heads.items():
            lost += conn.execute(
                "DELETE FROM revisions WHERE collection_id = %s AND seq > %s", (cid, seq)
            ).rowcount
            conn.execute(  # the push manifests of those (a manifest's id is its first seq)
                "DELETE FROM manifests WHERE collection_id = %s AND id > %s", (cid, seq)
            )
            conn.execute(
                "DELETE FROM items i WHERE i.collection_id = %s AND NOT EXISTS (SELECT 1 "
                "FROM revisions r WHERE r.collection_id = i.collection_id "
                "AND r.item_id = i.item_id)", (cid,))
            conn.execute(
                "UPDATE items i SET (current_rev, current_seq) = (SELECT r.rev, r.seq FROM "
                "revisions r WHERE r.collection_id = i.collection_id AND r.item_id = i.item_id "
                "ORDER BY r.seq DESC LIMIT 1) WHERE i.collection_id = %s AND i.current_seq > %s",
                (cid, seq))
            conn.execute("UPDATE collections SET last_seq = %s WHERE id = %s", (seq, cid))
    return lost


def server_blobs(dsn: str) -> set[str]:
    """The blob ids the server holds now (the moment a backup is taken)."""
    import psycopg

    with psycopg.connect(dsn) as conn:
        return {row[0] for row in conn.execute("SELECT blob_id FROM blobs").fetchall()}


def restore_blobs_to(dsn: str, blob_dir, keep: set[str]) -> int:  # type: ignore[no-untyped-def]
    """Forget every blob not in `keep` (rows and files), as a restored blob store would."""
    from pathlib import Path

    import psycopg

    with psycopg.connect(dsn) as conn:
        gone = [row[0] for row in conn.execute("SELECT blob_id FROM blobs").fetchall()
                if row[0] not in keep]
        conn.execute("DELETE FROM blob_refs WHERE blob_id = ANY(%s)", (gone,))
        conn.execute("DELETE FROM blobs WHERE blob_id = ANY(%s)", (gone,))
    for path in Path(blob_dir).rglob("*"):
        if path.is_file() and path.name in gone:
            path.unlink()
    return len(gone)
