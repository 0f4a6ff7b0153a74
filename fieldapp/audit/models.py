"""Local access log (DESIGN §7): who opened, printed or exported what, and when.

Synced as metadata in `supervision:<org>` so supervisors can review it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from fieldapp.records.base import Base, Synced


class AccessLogEntry(Synced, Base):
    __tablename__ = "access_log"

    actor_id: Mapped[str] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(12))
    object_type: Mapped[str] = mapped_column(String(30))
    object_id: Mapped[str] = mapped_column(String(36), index=True)
    at: Mapped[datetime] = mapped_column(index=True)
