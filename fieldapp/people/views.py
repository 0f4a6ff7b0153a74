"""Frozen rows of the people directory."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PersonAccount:
    """One account of the organisation: its name, roles (primary first), the sites whose
    case files it holds a key to (as far as this device can see), and whether it is
    still active on the server."""

    id: str
    display_name: str
    roles: tuple[str, ...]
    site_ids: tuple[str, ...]
    active: bool

    def works_on(self, site_id: str) -> bool:
        return site_id in self.site_ids


@dataclass(frozen=True)
class Worker:
    """Who a case file, follow-up or visit is with, as the screens show it: an account
    (`id` set), a free-text name from before accounts (`former` set), or nobody."""

    id: str | None
    name: str
    former: bool = False

    @property
    def assigned(self) -> bool:
        return bool(self.id or self.name)


@dataclass(frozen=True)
class FormerName:
    """A free-text worker name no account matched: the supervisor maps it by hand."""

    name: str
    case_count: int
