"""Visible labels for fields that had only an accessible name or a placeholder.

A screen reader on Linux announces a combo box by its value, and a line edit by nothing
useful, unless a label is its buddy; a sighted person also sees what the field is for once
the placeholder is gone. `buddy_label(field)` makes that label from the field's accessible
name (set before calling it).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def buddy_label(field: QWidget, text: str | None = None) -> QLabel:
    label = QLabel(text if text is not None else field.accessibleName(), field.parentWidget())
    label.setBuddy(field)
    return label
