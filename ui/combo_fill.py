"""Filling a combo box again while keeping the person's choice."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox


def refill(combo: QComboBox, items: Iterable[tuple[str, str]]) -> None:
    """(text, data) items in place of the combo's, the one chosen kept where it still is,
    without announcing the change (the caller reads again once)."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)
