"""The fields of a time on the agenda: a start (HH:mm) and a duration in minutes."""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QSpinBox, QTimeEdit, QWidget

from fieldapp.casework import appointments

DEFAULT_START = 9 * 60


def time_edit(parent: QWidget, minute: int | None) -> QTimeEdit:
    edit = QTimeEdit(parent)
    edit.setDisplayFormat("HH:mm")
    value = DEFAULT_START if minute is None else minute
    edit.setTime(QTime(value // 60, value % 60))
    return edit


def minute_of(edit: QTimeEdit) -> int:
    """The edit's time as minutes after midnight (Brussels, as the agenda keeps it)."""
    t = edit.time()
    return t.hour() * 60 + t.minute()


def duration_spin(parent: QWidget, minutes: int | None) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(5, appointments.MAX_DURATION)
    spin.setSingleStep(15)
    spin.setSuffix(" min")
    spin.setValue(minutes or appointments.DEFAULT_DURATION)
    return spin
