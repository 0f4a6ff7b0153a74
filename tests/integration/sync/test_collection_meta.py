"""Sealed collection metadata: AES-GCM under key version 1, bound to the collection id."""

from __future__ import annotations

import uuid

import pytest

from fieldapp.crypto import aead
from fieldapp.crypto.encoding import pack_fields
from sync.client.errors import IntegrityError
from sync.client.members import META_KEY_VERSION, open_meta, seal_meta
from tests.integration.sync.sync_factories import MARKERS, shared_collection


def test_meta_round_trip_and_its_documented_layout() -> None:
    key, cid = aead.new_key(), str(uuid.uuid4())
    meta = {"name": MARKERS[5], "site": "Peterbos", "n": 3}
    sealed = seal_meta(key, cid, meta)
    assert open_meta(key, cid, sealed) == meta
    # Exactly what sync/protocol.py documents: aead under key version 1, AAD over
    # ("fieldapp/collection-meta/v1", [collection id, key version]), compact sorted JSON.
    aad = pack_fields("fieldapp/collection-meta/v1", [cid, 1])
    assert META_KEY_VERSION == 1
    assert aead.decrypt(key, sealed, aad) == b'{"n":3,"name":"%s","site":"Peterbos"}' % (
        MARKERS[5].encode()
    )
    assert MARKERS[5].encode() not in sealed


def test_meta_moved_to_another_collection_or_version_does_not_open() -> None:
    key, cid, other = aead.new_key(), str(uuid.uuid4()), str(uuid.uuid4())
    sealed = seal_meta(key, cid, {"name": "x"})
    with pytest.raises(IntegrityError, match=other):
        open_meta(key, other, sealed)
    with pytest.raises(IntegrityError):
        open_meta(key, cid, sealed, key_version=2)
    with pytest.raises(IntegrityError):
        open_meta(aead.new_key(), cid, sealed)
    with pytest.raises(IntegrityError):
        open_meta(key, cid, sealed[:-1] + bytes([sealed[-1] ^ 1]))
    # The old, version-less AAD is not accepted either.
    legacy = aead.encrypt(key, b'{"name":"x"}', pack_fields("fieldapp/collection-meta/v1", [cid]))
    with pytest.raises(IntegrityError):
        open_meta(key, cid, legacy)


@pytest.mark.postgres
def test_meta_copied_on_the_server_to_another_collection_is_rejected(sync_server) -> None:
    import psycopg

    sup = sync_server.new_user("supervisor")
    worker = sync_server.new_user("social_assistant")
    first = shared_collection(sup, worker)
    second = shared_collection(sup, worker)
    worker.collections()
    assert worker.collection_meta(first) == {"name": MARKERS[5]}
    # The two collections' keys differ anyway; below the reader is given the first's key
    # for the second too, so only the AAD binding can catch the move.
    with psycopg.connect(sync_server.dsn()) as conn:
        conn.execute(
            "UPDATE collections SET sealed_meta = (SELECT sealed_meta FROM collections "
            "WHERE id = %s) WHERE id = %s",
            (first, second),
        )
    worker.keyring.refresh()  # the listing now carries the copied sealed_meta
    worker.keyring.add(second, 1, worker.keyring.key(first, 1))
    with pytest.raises(IntegrityError, match="did not decrypt"):
        worker.collection_meta(second)
    assert worker.collection_meta(first) == {"name": MARKERS[5]}
