"""Device-local tables, never synced: the local user's profile, settings, drafts."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from fieldapp.records.base import Base


class LocalProfile(Base):
    __tablename__ = "local_profile"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    display_name: Mapped[str] = mapped_column(String(120), default="")
    role: Mapped[str] = mapped_column(String(30), default="social_assistant")  # the primary
    # Every role of the person, primary first (a supervisor who also carries cases); the
    # app builds the area of each (vault migration 0800).
    roles: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    organisation: Mapped[str] = mapped_column(String(60), default="")
    sites: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime]


class Setting(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class Draft(Base):
    """Unsaved form text, kept in the encrypted database (never in plain files)."""

    __tablename__ = "drafts"

    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime]
