"""Refreshing the directory of the organisation's people (fieldapp.people) from the server:
every account's name and roles, and who holds a key to the sites this device works on.

Runs at most once per `USERS_EVERY` with the round's first contact: names, roles and
memberships change rarely, and a stale directory only delays a new colleague's name in a
choice list until the next refresh.
"""

from __future__ import annotations

from sqlalchemy import select

from fieldapp.casework.workers import map_former_names
from fieldapp.local.profile import get_profile
from fieldapp.local.sync_state import SyncCollection
from fieldapp.people import directory
from fieldapp.vault import Vault
from sync.client import ApiError, SyncClient

SITE_KIND = "casework"
SITE_PREFIX = "casework:"


def refresh_people(vault: Vault, client: SyncClient) -> None:
    users = client.users().users
    with vault.session(read_only=True) as s:
        sites = {row.server_id: row.local_key.removeprefix(SITE_PREFIX)
                 for row in s.scalars(select(SyncCollection).where(
                     SyncCollection.kind == SITE_KIND))
                 if row.local_key.startswith(SITE_PREFIX) and row.local_key.count(":") == 1}
    members: dict[str, list[str]] = {}
    for server_id, site_id in sites.items():
        try:
            members[site_id] = [m.user_id for m in client.list_members(server_id).members]
        except ApiError:
            continue  # no longer a member there: what was known of that site stays
    with vault.session() as s:
        directory.remember(s, people=((u.id, u.email, list(u.roles or [u.role]))
                                      for u in users), complete=True)
        directory.remember_sites(s, members)
        me = get_profile(s)
        if "supervisor" in (me.roles or [me.role]):
            # free-text worker names from before accounts go to the account they name; one
            # device (a supervisor's, holding every site's key) writes each mapping once
            map_former_names(s, actor_id=me.id)
