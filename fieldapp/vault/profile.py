"""The local user's profile row, written once when a vault is created."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from fieldapp.local.models import LocalProfile


def write_profile(session: Session, profile: dict[str, Any], *, now: datetime) -> None:
    """`role` (one) or `roles` (several, primary first) of the person."""
    roles = [str(r) for r in profile.get("roles") or [profile.get("role", "social_assistant")]]
    session.add(
        LocalProfile(
            id=str(profile.get("id") or uuid.uuid4()),
            display_name=str(profile.get("display_name", "")),
            role=roles[0],
            roles=roles,
            organisation=str(profile.get("organisation", "")),
            sites=[str(s) for s in profile.get("sites", [])],
            created_at=now,
        )
    )
