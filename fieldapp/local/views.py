"""Frozen rows about this device's profile and drafts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class ProfileView:
    id: str
    display_name: str
    role: str
    organisation: str
    sites: tuple[str, ...]


@dataclass(frozen=True)
class DraftView:
    key: str
    text: str
    updated_at: datetime
