"""What supervisors write (`supervision:<org>`, supervisors only): review notes on a case and
the record of every reassignment of a case file (leave cover).

The case file itself keeps its `assigned_worker` (a new revision in `casework:<site>`); the
Reassignment row says who moved it, from whom, to whom, why and until when.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from fieldapp.casework.models import CaseNote
from fieldapp.records.base import Base, Synced


class ReviewNote(Synced, Base):
    __tablename__ = "review_notes"

    case_id: Mapped[str] = mapped_column(ForeignKey("case_files.id"), index=True)
    written_on: Mapped[date]
    text: Mapped[str] = mapped_column(Text)
    author_id: Mapped[str] = mapped_column(String(36))


class Reassignment(Synced, Base):
    __tablename__ = "reassignments"

    case_id: Mapped[str] = mapped_column(ForeignKey("case_files.id"), index=True)
    from_worker: Mapped[str] = mapped_column(String(120), default="")
    to_worker: Mapped[str] = mapped_column(String(120))
    from_worker_id: Mapped[str | None] = mapped_column(String(36), default=None)
    to_worker_id: Mapped[str | None] = mapped_column(String(36), default=None)
    reason: Mapped[str] = mapped_column(Text, default="")
    reassigned_on: Mapped[date] = mapped_column(index=True)
    until: Mapped[date | None]


class EvaluationEntry(Synced, Base):
    """The supervisor's word on one axis or operational objective for one year: the yearly
    target (objectives only: how many actions the service means to count towards it) and
    the qualitative self-evaluation. One record per (year, scope, code), with an id derived
    from them, so two supervisors writing the same entry offline meet in one record."""

    __tablename__ = "evaluation_entries"

    year: Mapped[int] = mapped_column(Integer, index=True)
    scope: Mapped[str] = mapped_column(String(12))  # "objective" or "axis"
    code: Mapped[str] = mapped_column(String(4))  # "2.3", "T" / "2", "T"
    target: Mapped[int | None] = mapped_column(Integer, default=None)
    self_evaluation: Mapped[str] = mapped_column(Text, default="")


class SiteStateOfPlay(Synced, Base):
    """The state of play of one site for one year: the actors present (the social cohesion
    project, the tenants' advisory council, associations) and the social staff in full-time
    equivalents by employer. Numbers and names of organisations only, no person."""

    __tablename__ = "site_states_of_play"

    site_id: Mapped[str] = mapped_column(String(36), index=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    psc: Mapped[str] = mapped_column(String(200), default="")  # the PSC's name, "" = none
    arhuu: Mapped[bool] = mapped_column(Boolean, default=False)
    associations: Mapped[str] = mapped_column(Text, default="")
    fte_company: Mapped[float] = mapped_column(Float, default=0.0)  # the housing company's
    fte_dmbsh: Mapped[float] = mapped_column(Float, default=0.0)  # seconded by the DMBSH
    fte_psc: Mapped[float] = mapped_column(Float, default=0.0)  # the PSC's non-profit


# Made by migration 0400 on case_notes: the supervisor's aggregates over a period (notes by
# kind and objective, per case for the caseload) read only this index, never the note rows.
CASE_NOTES_PERIOD = Index("ix_case_notes_period", CaseNote.occurred_on, CaseNote.kind,
                          CaseNote.objective, CaseNote.deleted, CaseNote.case_id)
