"""The supervisor's team and keys (DESIGN §4, §5.5, §5.6), over a logged-in SyncClient.

    team = Team(client)
    team.members()                       # people of the organisation, with their key codes
    team.my_code(); team.their_code(uid) # the short codes both screens show
    team.grant(uid, typed_code=..., collections=[cid, ...], access="write")
    team.remove(uid)                     # from every collection I manage: access ends, keys rotate
    team.my_devices(); team.team_devices()  # mine; my field workers' and mine
    team.revoke_device(device_id, wipe=True)  # a lost laptop: revoke, erase at next contact
    team.audit(since=0)                  # the server's audit log of the organisation

Enrolment in person: the new member reads the code on their screen aloud, the supervisor
types it; `grant` checks it against the keys the server serves *before* wrapping any key.
A mismatch grants nothing and raises CodeMismatch (a person may be talking to the wrong
laptop, or the server may be serving a substituted key).

Lost devices (DESIGN §5.6): a supervisor revokes a device of a field worker of their own
organisation, or one of their own, through ``/v1/team/devices`` — `team_devices` lists
them, `revoke_device(device_id, wipe=...)` ends the device's sessions at once and, with
``wipe=True``, makes it erase its vault at its next contact (``device_wiped``). The device
of an admin or of another supervisor stays with the admin: the server answers it like a
missing one and `revoke_device` raises AdminNeeded with that text. Remove the member from
the collections too (`remove`) when the person, not just the laptop, leaves.

Messages are English sources marked QT_TRANSLATE_NOOP("team", ...) in
fieldapp/supervision/team.py (where the translation tools look): translate them
with ``QCoreApplication.translate("team", exc.message)``. Nothing here imports Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import cast

from fieldapp.supervision import team as text
from sync.client import FingerprintMismatch, SyncClient
from sync.client.errors import ApiError as ClientApiError
from sync.client.errors import KeyChanged, NotVerified
from sync.client.errors import NotEnrolled as ClientNotEnrolled
from sync.client.keys import normalise_fingerprint
from sync.protocol import (
    OWNED_KINDS,
    TOLD_AS,
    Access,
    AuditEntry,
    AuditResponse,
    CollectionInfo,
    DeviceInfo,
    DeviceListResponse,
    MemberInfo,
    RevokeDeviceRequest,
    granted_access,
    may_join,
)

ACCESS_LEVELS = ("read", "write", "manage")


class TeamError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class CodeMismatch(TeamError):
    def __init__(self) -> None:
        super().__init__(text.CODE_MISMATCH)


class NotEnrolled(TeamError):
    def __init__(self) -> None:
        super().__init__(text.NOT_ENROLLED)


class RotationWaits(TeamError):
    def __init__(self) -> None:
        super().__init__(text.ROTATION_WAITS)


class AdminNeeded(TeamError):
    def __init__(self) -> None:
        super().__init__(text.ADMIN_NEEDED)


@dataclass(frozen=True)
class TeamMember:
    user_id: str
    display_name: str
    role: str  # the primary role
    code: str | None  # the fingerprint the server serves; None until enrolled
    roles: tuple[str, ...] = ()  # every role, primary first
    employer: str = "housing_company"  # or "dmbsh", which seconds them (issue 19)
    email: str = ""


@dataclass(frozen=True)
class ManagedCollection:
    id: str
    kind: str
    name: str  # from the sealed metadata (local key or name); "" when none
    key_version: int


def codes_match(a: str, b: str) -> bool:
    return bool(normalise_fingerprint(a)) and normalise_fingerprint(a) == normalise_fingerprint(b)


class Team:
    """`names`: account id -> name, from this laptop's directory (the server keeps no
    names, issue 14); a member whose name this laptop does not hold shows by e-mail."""

    def __init__(self, client: SyncClient, names: Mapping[str, str] | None = None) -> None:
        self.client = client
        self.names: Mapping[str, str] = names if names is not None else {}

    # -- people and codes ---------------------------------------------------------------

    def members(self) -> list[TeamMember]:
        users = self.client.users().users
        return sorted((TeamMember(u.id, self.names.get(u.id) or u.email, u.role, u.fingerprint,
                                  tuple(u.roles) or (u.role,), u.employer, u.email)
                       for u in users),
                      key=lambda m: m.display_name.casefold())

    def my_code(self) -> str:
        return self.client.my_fingerprint()

    def their_code(self, user_id: str) -> str:
        """The code of the keys the server serves for `user_id`, computed here."""
        try:
            return self.client.served_fingerprint(user_id)
        except ClientNotEnrolled:
            raise NotEnrolled() from None

    def safety_number(self, user_id: str) -> str:
        """The safety number of my keys and theirs as served: their laptop shows the same
        one under Sync → Colleagues' keys, so they verify me while I type their code."""
        try:
            return self.client.safety_number(user_id)[0]
        except ClientNotEnrolled:
            raise NotEnrolled() from None

    # -- collections and grants ---------------------------------------------------------

    def collections(self) -> list[ManagedCollection]:
        """The collections I hold with `manage` access (the ones I can grant)."""
        out = []
        for info in self.client.collections():
            if getattr(info, "access", "manage") != "manage" or info.kind in OWNED_KINDS:
                continue  # someone's restricted notes or access log: their author grants
            try:
                meta = self.client.collection_meta(info.id) or {}
            except Exception:  # a name is a nicety; the grant still works without it
                meta = {}
            name = str(meta.get("name") or meta.get("local_key") or "")
            kind = name.partition(":")[0]  # the true kind: the server keeps less (issue 14)
            if TOLD_AS.get(kind, kind) != info.kind:
                kind = info.kind
            out.append(ManagedCollection(info.id, kind, name, info.key_version))
        return sorted(out, key=lambda c: (c.kind, c.name, c.id))

    def collection_members(self, collection_id: str) -> list[MemberInfo]:
        return list(self.client.list_members(collection_id).members)

    def grant(self, user_id: str, *, typed_code: str, collections: Iterable[str],
              access: str = "write") -> list[MemberInfo]:
        """Check the code the member read aloud, then grant each collection.

        The code is checked before anything is sent; the client checks it again against
        the keys it wraps for (FingerprintMismatch → CodeMismatch)."""
        if access not in ACCESS_LEVELS:
            raise ValueError(access)
        if not codes_match(typed_code, self.their_code(user_id)):
            raise CodeMismatch()
        try:  # the typed code is a verification of their key, recorded here (issue 14)
            self.client.directory.verified(user_id, typed_code)
        except FingerprintMismatch:
            raise CodeMismatch() from None
        # The social map is read-only to the roles that do not keep it (issue 19).
        held = self.client.collections()
        kinds = {c.id: c.kind for c in held}
        roles = next((list(m.roles) for m in self.members() if m.user_id == user_id), [])
        chosen = list(collections)
        for info in held:  # everyone reads and writes the organisation's names (issue 14)
            if info.kind == "people" and info.access == "manage" and info.id not in chosen \
                    and all(m.user_id != user_id
                            for m in self.client.list_members(info.id).members):
                chosen.append(info.id)
        granted = []
        for cid in chosen:
            kind = kinds.get(cid, "")
            given: str = granted_access(kind, cast(Access, access))  # checked above
            if not may_join(kind, roles, given) and may_join(kind, roles, "read"):
                given = "read"
            try:
                granted.append(self.client.add_member(
                    cid, user_id, access=given,  # type: ignore[arg-type]
                    verified_fingerprint=typed_code))
            except FingerprintMismatch:
                raise CodeMismatch() from None
        return granted

    def remove(self, user_id: str, *, collections: Iterable[str] | None = None,
               on_rotation_waits: Callable[[str, Exception], None] | None = None,
               ) -> list[CollectionInfo]:
        """Remove `user_id` from the given collections (default: every one I manage where
        they are a member). The server ends their access at once; each key rotates — for
        members whose keys are verified here only: otherwise the rotation waits
        (`on_rotation_waits(collection id, error)`) and RotationWaits is raised at the end."""
        wanted = list(collections) if collections is not None else [
            c.id for c in self.collections()
            if any(m.user_id == user_id for m in self.collection_members(c.id))]
        done, waiting = [], 0
        for cid in wanted:
            info = self.client.remove_member(cid, user_id, rotate=False)
            try:
                info = self.client.rotate_key(cid)
            except (NotVerified, KeyChanged) as exc:
                waiting += 1
                if on_rotation_waits is not None:
                    on_rotation_waits(cid, exc)
            done.append(info)
        if waiting:
            raise RotationWaits()
        return done

    # -- devices and audit --------------------------------------------------------------

    def my_devices(self) -> list[DeviceInfo]:
        return self.client.my_devices()

    def team_devices(self) -> list[DeviceInfo]:
        """The devices I may revoke: as a supervisor my field workers' and mine; as the admin
        every device of the organisation; anyone else their own."""
        role = self.client.user.role
        if role == "supervisor":
            return self.client.team_devices()
        if role == "admin":
            return list(self.client.http.call("GET", "/v1/admin/devices",
                                              DeviceListResponse).devices)
        return self.my_devices()

    def revoke_device(self, device_id: str, *, wipe: bool = True) -> DeviceInfo:
        """Revoke a device (with `wipe`, it erases its vault at its next contact).

        My own devices: allowed. A supervisor: their field workers' devices too. The admin:
        anyone's. Otherwise (another supervisor's or an admin's device) AdminNeeded."""
        body = RevokeDeviceRequest(wipe=wipe)
        role = self.client.user.role
        if role == "admin":
            return self.client.http.call("POST", f"/v1/admin/devices/{device_id}/revoke",
                                         DeviceInfo, body)
        if role == "supervisor":
            try:
                return self.client.revoke_team_device(device_id, wipe=wipe)
            except ClientApiError as exc:
                if exc.code == "not_found":
                    raise AdminNeeded() from None
                raise
        if device_id not in {d.id for d in self.my_devices()}:
            raise AdminNeeded()
        return self.client.http.call("POST", f"/v1/devices/{device_id}/revoke", DeviceInfo,
                                     body)

    def audit(self, *, since: int = 0, limit: int = 50_000) -> list[AuditEntry]:
        """The organisation's audit entries after `since` (metadata only), oldest first, at
        most `limit` of them (pages of 1,000; the server answers oldest first)."""
        entries: list[AuditEntry] = []
        while len(entries) < limit:
            page = self.client.http.call(
                "GET", f"/v1/audit?since={since}&limit={min(1000, limit - len(entries))}",
                AuditResponse)
            entries += page.entries
            since = page.last_id
            if page.done or not page.entries:
                break
        return entries
