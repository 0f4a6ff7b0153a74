"""What supervisors write (`supervision:<org>`, supervisors only): review notes on a case and
the record of every reassignment of a case file (leave cover).

The case file itself keeps its `assigned_worker` (a new revision in `casework:<site>`); the
Reassignment row (a casework model since issue 16: it lives in the case's collection, so
the workers read it in the timeline) says who moved it, from whom, to whom, why and until
when.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from fieldapp.casework.models import CaseNote, Reassignment
from fieldapp.records.base import Base, Synced

__all__ = ["CASE_NOTES_PERIOD", "Reassignment", "ReviewNote"]


class ReviewNote(Synced, Base):
    __tablename__ = "review_notes"

    case_id: Mapped[str] = mapped_column(ForeignKey("case_files.id"), index=True)
    written_on: Mapped[date]
    text: Mapped[str] = mapped_column(Text)
    author_id: Mapped[str] = mapped_column(String(36))


# Made by migration 0400 on case_notes: the supervisor's aggregates over a period (notes by
# kind and objective, per case for the caseload) read only this index, never the note rows.
CASE_NOTES_PERIOD = Index("ix_case_notes_period", CaseNote.occurred_on, CaseNote.kind,
                          CaseNote.objective, CaseNote.deleted, CaseNote.case_id)
