"""Frozen views of the mental-health consultations (never ORM rows)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class ConsultationView:
    id: str
    pseudonym: str
    asked_on: date
    asked_by: str  # the social worker's name from the people directory ("" when unknown)
    age_band: str
    household_type: str
    concerns: tuple[str, ...]
    urgency: str
    question: str
    status: str
    advice: str
    answered_by: str  # a name ("" when none)
    answered_on: date | None
