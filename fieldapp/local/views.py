"""Frozen rows about this device's profile and drafts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class ProfileView:
    id: str
    display_name: str
    role: str  # the primary role: the first of roles
    organisation: str
    sites: tuple[str, ...]
    roles: tuple[str, ...] = ()  # every role, primary first


@dataclass(frozen=True)
class DraftView:
    key: str
    text: str
    updated_at: datetime
