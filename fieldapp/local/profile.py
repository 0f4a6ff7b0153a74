"""The local user's profile and device settings (never synced)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.errors import NotFound, ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.local.models import LocalProfile, Setting
from fieldapp.local.views import ProfileView

SENSITIVE_FIELDS = "show_sensitive_fields"


def get_profile(session: Session) -> ProfileView:
    row = session.scalar(select(LocalProfile).limit(1))
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This vault has no user profile."))
    return ProfileView(
        id=row.id,
        display_name=row.display_name,
        role=row.role,
        organisation=row.organisation,
        sites=tuple(row.sites or ()),
        roles=tuple(row.roles or ()) or (row.role,),
    )


def get_setting(session: Session, *, key: str, default: Any = None) -> Any:
    row = session.get(Setting, key)
    return default if row is None else row.value


def set_setting(session: Session, *, key: str, value: Any) -> None:
    if not key or len(key) > 80:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A setting needs a short name."))
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
    session.flush()
