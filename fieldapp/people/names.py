"""The organisation's names, sealed: the server keeps none (issue 14, item 9).

The administrator creates an account with an e-mail address and roles only. The person
types their own name on their laptop when they enrol; the laptop writes it as a
`StaffName` record in `people:<org>`, a collection every account of the organisation
holds (the supervisor grants it at the enrolment code check, `sync.team.Team.grant`). The
record is encrypted and signed like every other: only the organisation's people read it.

- One record per account: its id is derived from the account id, so the person's own
  laptop and a supervisor's write the same record (a conflict merges like any other).
- A name counts only if the person themself or a supervisor wrote it (the revision's
  signed author, `SyncBase.author_id`): a colleague cannot rename someone.
- Until a laptop holds a name it shows the e-mail address the server lists.
- A supervisor's laptop that knew names from before the server dropped them (server
  migration 0080) writes them here once, for the people who have not written theirs.
"""

from __future__ import annotations

import uuid

from sqlalchemy import String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from fieldapp.local.sync_state import SyncBase, SyncUser
from fieldapp.records import common as rec
from fieldapp.records.base import Base, Synced

NAMESPACE = uuid.UUID("5b0d3c52-6d0e-4c39-9a59-3f1f6c1d2a70")
MAX_NAME = 120


class StaffName(Synced, Base):
    """The name a person of the organisation goes by, as their colleagues see it."""

    __tablename__ = "staff_names"
    __private__ = ("display_name",)

    account_id: Mapped[str] = mapped_column(String(36), index=True)
    display_name: Mapped[str] = mapped_column(String(MAX_NAME), default="")


def record_id(account_id: str) -> str:
    """The one record of an account: derived, so every writer updates the same one."""
    return str(uuid.uuid5(NAMESPACE, f"people:{account_id}"))


def clean(name: str) -> str:
    return " ".join(name.split())[:MAX_NAME]


def set_name(session: Session, *, account_id: str, name: str, actor_id: str) -> bool:
    """Write `account_id`'s name; False when it already reads so (nothing to sync)."""
    name = clean(name)
    if not name:
        return False
    row = session.get(StaffName, record_id(account_id))
    if row is None:
        rec.create(session, StaffName(id=record_id(account_id), account_id=account_id,
                                      display_name=name),
                   actor_id=actor_id, collection_id=rec.people_collection(session))
        return True
    if row.display_name == name and not row.deleted:
        return False
    row.display_name, row.deleted = name, False
    rec.touch(session, row, actor_id=actor_id)
    return True


def trusted(session: Session) -> dict[str, str]:
    """Account id -> name, for the records written by the person or by a supervisor (the
    author the signatures proved, or, for a change not synced yet, this laptop's)."""
    supervisors = {u.id for u in session.scalars(select(SyncUser))
                   if "supervisor" in (u.roles or ())}
    rows = list(session.scalars(select(StaffName).where(StaffName.deleted.is_(False))))
    authors = dict(session.execute(  # by primary key: the merge bases of all records are many
        select(SyncBase.item_id, SyncBase.author_id).where(
            SyncBase.item_id.in_([row.id for row in rows]))).all())
    found: dict[str, str] = {}
    for row in rows:
        author = row.updated_by if row.dirty else authors.get(row.id, "")
        if row.display_name and row.id == record_id(row.account_id) and (
                author == row.account_id or author in supervisors):
            found[row.account_id] = row.display_name
    return found


def missing(session: Session) -> list[tuple[str, str]]:
    """(account id, name) of the people this laptop knows a name for (from before the
    server dropped names) who have no record yet: what a supervisor writes once."""
    written = set(session.scalars(select(StaffName.account_id)))
    return [(u.id, u.display_name) for u in session.scalars(select(SyncUser))
            if u.id not in written and u.display_name and u.display_name != u.email]
