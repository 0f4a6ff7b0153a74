"""What seed_demo built."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DemoStats:
    households: int
    notes: int
    seconds: float
