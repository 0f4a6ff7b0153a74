"""The mobile mental-health team's consultations (issue 19; DMBSH): a social worker asks
the team about a case under a pseudonym.

Two records, in two collections:

- `MhConsultation` in `consultation:<org>` (the team, the organisation's social assistants
  and supervisors): the pseudonym, minimal identifiers (an age band, the kind of household,
  the concerns), the question, the team's advice. No case id, no site, no name, no address:
  the team's accounts hold no other key of the organisation.
- `CaseConsultation` in the case file's `casework:<site>`: which pseudonym stands for the
  case. Only those who read the case file can put the two together.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import JSON, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from fieldapp.records.base import Base, Synced


class MhConsultation(Synced, Base):
    __tablename__ = "mh_consultations"

    pseudonym: Mapped[str] = mapped_column(String(16), index=True)
    asked_on: Mapped[date]
    asked_by: Mapped[str] = mapped_column(String(36))  # the social worker's account
    age_band: Mapped[str] = mapped_column(String(8), default="unknown")
    household_type: Mapped[str] = mapped_column(String(16), default="unknown")
    concerns: Mapped[list[str]] = mapped_column(JSON, default=list)
    urgency: Mapped[str] = mapped_column(String(8), default="normal")
    question: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(10), default="open")
    advice: Mapped[str] = mapped_column(Text, default="")
    answered_by: Mapped[str | None] = mapped_column(String(36))
    answered_on: Mapped[date | None]


class CaseConsultation(Synced, Base):
    """The key from a case file to its pseudonym; never leaves the case's collection."""

    __tablename__ = "case_consultations"

    case_id: Mapped[str] = mapped_column(ForeignKey("case_files.id"), index=True)
    # in consultation:<org>: no foreign key, the two collections sync on their own
    consultation_id: Mapped[str] = mapped_column(String(36), index=True)
    pseudonym: Mapped[str] = mapped_column(String(16))
