"""Column headers a person can read in every language.

A table whose last column stretches gives that column whatever width is left, so a longer
French or Dutch header there (or in a fixed-width column) is cut off. `keep_headers_readable`
widens every column to at least its header text and lets the last one stretch only while
everything fits; otherwise the table scrolls sideways. It re-runs after a language change
and a model reset.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView


class _HeaderFitter(QObject):
    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        table.installEventFilter(self)
        model = table.model()
        if model is not None:
            model.modelReset.connect(self.fit)
            model.headerDataChanged.connect(lambda *_: self.fit())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.Resize,
                            QEvent.Type.Show):
            self.fit()
        return False

    def fit(self) -> None:
        header = self.table.horizontalHeader()
        count = header.count()
        if count == 0:
            return
        total = 0
        for i in range(count):
            if header.isSectionHidden(i):
                continue
            need = header.sectionSizeFromContents(i).width()
            if header.sectionResizeMode(i) == QHeaderView.ResizeMode.Interactive and (
                    i < count - 1 or not header.stretchLastSection()):
                if header.sectionSize(i) < need:
                    header.resizeSection(i, need)
                total += header.sectionSize(i)
            else:
                total += need if i == count - 1 else header.sectionSize(i)
        fits = total <= self.table.viewport().width()
        if header.stretchLastSection() != fits:
            header.setStretchLastSection(fits)
        if not fits:
            last = count - 1
            header.resizeSection(last, max(header.sectionSize(last),
                                           header.sectionSizeFromContents(last).width()))


def keep_headers_readable(table: QTableView) -> None:
    """Keep every column at least as wide as its header (call after `setModel`)."""
    _HeaderFitter(table)
