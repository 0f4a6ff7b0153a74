"""Test data for the server tests: an organisation, enrolled people, collections, records.

Clients here speak plain HTTP with `requests` and the real crypto of fieldapp.crypto, so the
tests exercise exactly what travels on the wire.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

import requests

from fieldapp.crypto import aead
from fieldapp.crypto.kdf import TEST_KDF_PARAMS, account_kek, auth_key, derive_master, new_salt
from fieldapp.crypto.keys import AccountKeys
from fieldapp.crypto.records import SealedRecord, seal_record
from fieldapp.crypto.wrap import wrap_collection_key
from sync.protocol import SealedRecordModel, WrappedKeyModel, b64encode
from sync.server.deps import ServerState
from sync.server.models import Organisation
from sync.server.services.accounts import create_user
from tests.harness.server import Clock


def new_id() -> str:
    return str(uuid.uuid4())


@dataclass
class Person:
    base_url: str
    id: str
    email: str
    role: str
    keys: AccountKeys
    auth_key: bytes
    access: str = ""
    refresh: str = ""
    device_id: str = ""
    http: requests.Session = field(default_factory=requests.Session)

    def call(
        self, method: str, path: str, *, token: str | None = None, **kwargs: Any
    ) -> requests.Response:
        headers = kwargs.pop("headers", {})
        bearer = self.access if token is None else token
        if bearer:
            headers["Authorization"] = f"Bearer {bearer}"
        return self.http.request(
            method, self.base_url + path, headers=headers, timeout=30, **kwargs
        )

    def get(self, path: str, **kw: Any) -> requests.Response:
        return self.call("GET", path, **kw)

    def post(self, path: str, json: Any = None, **kw: Any) -> requests.Response:
        return self.call("POST", path, json=json if json is not None else {}, **kw)

    def put(self, path: str, json: Any = None, **kw: Any) -> requests.Response:
        return self.call("PUT", path, json=json, **kw)

    def delete(self, path: str, **kw: Any) -> requests.Response:
        return self.call("DELETE", path, **kw)

    def login(
        self, *, device_id: str | None = None, auth: bytes | None = None
    ) -> requests.Response:
        body = {
            "email": self.email,
            "auth_key": b64encode(self.auth_key if auth is None else auth),
            "device_name": "test laptop",
            "device_id": device_id,
        }
        r = self.http.post(self.base_url + "/v1/auth/login", json=body, timeout=30)
        if r.status_code == 200:
            self.adopt(r.json())
        return r

    def adopt(self, session: dict[str, Any]) -> None:
        self.access = session["access_token"]
        self.refresh = session["refresh_token"]
        self.device_id = session["device_id"]

    def wrap_for(
        self, key: bytes, *, collection_id: str, version: int, member: Person
    ) -> dict[str, Any]:
        wrapped = wrap_collection_key(
            key,
            collection_id=collection_id,
            key_version=version,
            member_id=member.id,
            recipient_wrap_public=member.keys.public.wrap_public,
            granter_id=self.id,
            granter_keys=self.keys,
        )
        return WrappedKeyModel.from_crypto(wrapped).model_dump(mode="json")

    def seal(
        self,
        collection_id: str,
        key: bytes,
        payload: dict[str, Any] | None,
        *,
        item_id: str | None = None,
        base_rev: str | None = None,
        version: int = 1,
    ) -> SealedRecord:
        return seal_record(
            payload,
            collection_key=key,
            key_version=version,
            collection_id=collection_id,
            item_id=item_id or new_id(),
            rev=new_id(),
            base_rev=base_rev,
            author_id=self.id,
            author_keys=self.keys,
        )

    def push(self, collection_id: str, records: list[SealedRecord]) -> requests.Response:
        items = [SealedRecordModel.from_crypto(r).model_dump(mode="json") for r in records]
        return self.post(f"/v1/collections/{collection_id}/push", {"items": items})


class World:
    """One organisation on the live server and helpers to people it."""

    def __init__(self, base_url: str, state: ServerState, clock: Clock) -> None:
        self.base_url = base_url
        self.state = state
        self.clock = clock
        self.org_id = self.make_org("Test Woningen")
        self._people: list[Person] = []

    def make_org(self, name: str) -> str:
        org_id = new_id()
        with self.state.sessions() as s, s.begin():
            s.add(
                Organisation(
                    id=org_id,
                    name=name,
                    max_offline_days=30,
                    require_device_secret=False,
                    created_at=self.clock(),
                )
            )
        return org_id

    def account(
        self, role: str, *, org_id: str | None = None, email: str | None = None
    ) -> tuple[str, str, str]:
        """Create an account; returns (user id, email, enrolment code)."""
        email = email or f"{role}-{new_id()[:8]}@example.test"
        with self.state.sessions() as s, s.begin():
            result = create_user(
                s,
                self.state.settings,
                organisation_id=org_id or self.org_id,
                email=email,
                role=role,
                now=self.clock(),
            )
        return result.user.id, email, result.enrolment_code

    def person(self, role: str = "social_assistant", *, org_id: str | None = None) -> Person:
        user_id, email, code = self.account(role, org_id=org_id)
        return self.enrol(user_id, email, role, code)

    def enrol(
        self, user_id: str, email: str, role: str, code: str, *, passphrase: str = "correct horse"
    ) -> Person:
        person = enrol_person(self.base_url, user_id, email, role, code, passphrase=passphrase)
        self._people.append(person)
        return person

    def collection(self, owner: Person, kind: str = "casework") -> tuple[str, bytes]:
        cid = new_id()
        key = aead.new_key()
        r = owner.post(
            "/v1/collections",
            {
                "id": cid,
                "kind": kind,
                "sealed_meta": b64encode(aead.encrypt(key, b"Site Peterbos casework", b"meta")),
                "key_version": 1,
                "wrapped_key": owner.wrap_for(key, collection_id=cid, version=1, member=owner),
            },
        )
        assert r.status_code == 201, r.text
        return cid, key

    def share(
        self,
        manager: Person,
        cid: str,
        key: bytes,
        member: Person,
        access: str = "write",
        version: int = 1,
    ) -> None:
        r = manager.put(
            f"/v1/collections/{cid}/members/{member.id}",
            {
                "access": access,
                "wrapped_keys": [
                    manager.wrap_for(key, collection_id=cid, version=version, member=member)
                ],
            },
        )
        assert r.status_code == 200, r.text

    def close(self) -> None:
        for person in self._people:
            person.http.close()


def enrol_person(
    base_url: str,
    user_id: str,
    email: str,
    role: str,
    code: str,
    *,
    passphrase: str = "correct horse",
) -> Person:
    """Enrol over HTTP as the client does (§5.1), with the fast test KDF parameters."""
    salt = new_salt()
    master = derive_master(passphrase, salt, TEST_KDF_PARAMS)
    keys = AccountKeys.generate()
    person = Person(base_url, user_id, email, role, keys, auth_key(master))
    sealed = keys.seal(account_kek(master), account_id=user_id)
    body = {
        "email": email,
        "enrolment_code": code,
        "auth_key": b64encode(person.auth_key),
        "account_salt": b64encode(salt),
        "kdf_params": TEST_KDF_PARAMS.to_dict(),
        "wrap_public": b64encode(keys.public.wrap_public),
        "sign_public": b64encode(keys.public.sign_public),
        "sealed_private_keys": b64encode(sealed),
        "device_name": "test laptop",
    }
    r = requests.post(base_url + "/v1/auth/enrol", json=body, timeout=30)
    assert r.status_code == 200, r.text
    person.adopt(r.json())
    return person


# ---------------------------------------------------------------- bulk data by SQL


def seed_revisions(
    conn: Any,
    *,
    collection_id: str,
    organisation_id: str,
    author_id: str,
    device_id: str,
    count: int,
    revisions_per_item: int = 1,
    ciphertext_size: int = 64,
) -> list[tuple[str, list[str]]]:
    """Fill a collection with `count` revisions (chains of `revisions_per_item` per item)
    by COPY, straight into the tables, and move its sequence on; returns the first hundred
    items with their revision ids, oldest first. The ciphertexts and signatures are random
    bytes: nothing reads them but the tests that put them there. `conn` is a psycopg
    connection; the caller commits."""
    import os

    row = conn.execute(
        "SELECT last_seq FROM collections WHERE id = %s FOR UPDATE", (collection_id,)
    ).fetchone()
    seq = row[0]
    sample: list[tuple[str, list[str]]] = []
    blob, signature = os.urandom(ciphertext_size), os.urandom(64)
    items: list[tuple[str, str, int]] = []
    with conn.cursor().copy(
        "COPY revisions (collection_id, seq, organisation_id, item_id, rev, base_rev,"
        " key_version, author_id, device_id, deleted, ciphertext, signature, received_at)"
        " FROM STDIN"
    ) as copy:
        made = 0
        while made < count:
            item_id, base, revs = new_id(), None, []
            for _ in range(min(revisions_per_item, count - made)):
                seq += 1
                made += 1
                rev = new_id()
                copy.write_row(
                    (collection_id, seq, organisation_id, item_id, rev, base, 1, author_id,
                     device_id, False, blob, signature, 0.0)
                )
                base = rev
                revs.append(rev)
            items.append((item_id, base or "", seq))
            if len(sample) < 100:
                sample.append((item_id, revs))
    with conn.cursor().copy(
        "COPY items (collection_id, item_id, organisation_id, current_rev, current_seq)"
        " FROM STDIN"
    ) as copy:
        for item_id, rev, item_seq in items:
            copy.write_row((collection_id, item_id, organisation_id, rev, item_seq))
    conn.execute("UPDATE collections SET last_seq = %s WHERE id = %s", (seq, collection_id))
    return sample
