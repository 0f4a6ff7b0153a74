"""Python dates and times to Qt's and back, typed.

PySide6 converts `datetime` objects itself, but its stubs declare no constructor that takes
one and say `toPython()` returns `object`; these helpers keep that in one place.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import cast

from PySide6.QtCore import QDate, QDateTime, QTime


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute, value.second, value.microsecond // 1000)


def to_qdatetime(value: datetime) -> QDateTime:
    """An aware `value` keeps its instant (PySide6's own conversion)."""
    converted: QDateTime = QDateTime(value)  # type: ignore[call-overload]  # not in the stub
    return converted


def from_qdatetime(value: QDateTime) -> datetime:
    """A naive datetime, as PySide6 converts it (the stub only says `object`)."""
    return cast(datetime, value.toPython())
