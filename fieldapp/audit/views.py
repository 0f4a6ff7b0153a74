"""Frozen rows of the access log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class AccessLogView:
    id: str
    actor_id: str
    action: str
    object_type: str
    object_id: str
    at: datetime
    actor_name: str = ""
