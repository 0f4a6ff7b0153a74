"""The agenda's item models: the day as a list by time, the week as seven columns."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from fieldapp.agenda.texts import clock
from fieldapp.agenda.views import AgendaItem
from fieldapp.casework.labels import OFFICE_HOURS_PLACES
from fieldapp.i18n import QT_TRANSLATE_NOOP
from ui.qdates import to_qdate
from ui.table_model import Column, Index, RowsModel

OVERLAP_COLOUR = QColor("#fbe3c8")
CANCELLED_COLOUR = QColor("#8a8f96")

KIND_LABELS = {
    "visit": QT_TRANSLATE_NOOP("AgendaView", "Home visit"),
    "office": QT_TRANSLATE_NOOP("AgendaView", "Office appointment"),
    "welcome": QT_TRANSLATE_NOOP("AgendaView", "Welcome session"),
    "access": QT_TRANSLATE_NOOP("AgendaView", "Dwelling access (renovation)"),
    "followup": QT_TRANSLATE_NOOP("AgendaView", "Follow-up due"),
    "referral": QT_TRANSLATE_NOOP("AgendaView", "Referral to make"),
    "office_hours": QT_TRANSLATE_NOOP("AgendaView", "Office hours"),
    "agent_ask": QT_TRANSLATE_NOOP("AgendaView", "With the neighbourhood agent"),
}
# an agent asked along: waiting for their answer, or coming
ASK_STATES = {
    "asked": QT_TRANSLATE_NOOP("AgendaView", "With the neighbourhood agent (no answer yet)"),
    "accepted": QT_TRANSLATE_NOOP("AgendaView", "With the neighbourhood agent (accepted)"),
}
# what can't be cancelled from the agenda (it is moved or deleted)
NOT_CANCELLABLE = frozenset({"office_hours"})
STATUS_LABELS = {
    "planned": QT_TRANSLATE_NOOP("AgendaView", "Planned"),
    "done": QT_TRANSLATE_NOOP("AgendaView", "Done"),
    "cancelled": QT_TRANSLATE_NOOP("AgendaView", "Cancelled"),
    "declined": QT_TRANSLATE_NOOP("AgendaView", "Declined by the agent"),
}
OVERLAPS = QT_TRANSLATE_NOOP("AgendaView", "Overlaps")
ALL_DAY = QT_TRANSLATE_NOOP("AgendaView", "due")


def _tr(text: str) -> str:
    return QCoreApplication.translate("AgendaView", text)


def kind_label(item: AgendaItem) -> str:
    if item.kind == "office_hours":  # where: head office, a branch, by phone
        return f"{_tr(KIND_LABELS['office_hours'])} · " + QCoreApplication.translate(
            "labels", OFFICE_HOURS_PLACES.get(item.purpose, item.purpose))
    if item.kind == "agent_ask" and item.purpose in ASK_STATES:
        return _tr(ASK_STATES[item.purpose])
    return _tr(KIND_LABELS.get(item.kind, item.kind))


def when(item: AgendaItem) -> str:
    if item.start_minute is None:
        return _tr(ALL_DAY)
    return f"{clock(item.start_minute)}–{clock(item.end_minute)}"


def status_text(item: AgendaItem) -> str:
    status = _tr(STATUS_LABELS.get(item.status, item.status))
    if item.status in ("cancelled", "declined") and item.cancel_reason:
        return f"{status}: {item.cancel_reason.splitlines()[0]}"
    return status


def who(item: AgendaItem) -> str:
    """The household; for a welcome session, its site (kept as its address)."""
    return item.household_name or item.address


def duration(item: AgendaItem) -> str:
    return f"{item.duration_minutes} min" if item.duration_minutes else ""


DAY_COLUMNS: list[Column[AgendaItem]] = [
    (QT_TRANSLATE_NOOP("AgendaView", "Time"), when),
    (QT_TRANSLATE_NOOP("AgendaView", "Duration"), duration),
    (QT_TRANSLATE_NOOP("AgendaView", "What"), kind_label),
    (QT_TRANSLATE_NOOP("AgendaView", "Household"), who),
    (QT_TRANSLATE_NOOP("AgendaView", "Place"), lambda i: i.where),
    (QT_TRANSLATE_NOOP("AgendaView", "Dwelling"), lambda i: i.dwelling),
    (QT_TRANSLATE_NOOP("AgendaView", "Status"), status_text),
    (QT_TRANSLATE_NOOP("AgendaView", "Overlap"), lambda i: _tr(OVERLAPS) if i.overlaps else ""),
]


class DayModel(RowsModel[AgendaItem]):
    """The day's items by time; an overlapping one is shaded, a cancelled one greyed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__("AgendaView", DAY_COLUMNS, parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if index.isValid():
            item = self.row_at(index.row())
            if role == Qt.ItemDataRole.BackgroundRole and item.overlaps:
                return QBrush(OVERLAP_COLOUR)
            if role == Qt.ItemDataRole.ForegroundRole and item.status == "cancelled":
                return QBrush(CANCELLED_COLOUR)
        return super().data(index, role)


class WeekModel(QAbstractTableModel):
    """Seven columns, Monday to Sunday; row n of a column is that day's n-th item."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.monday = date.today()
        self._days: list[list[AgendaItem]] = [[] for _ in range(7)]

    def set_week(self, monday: date, items: Sequence[AgendaItem]) -> None:
        self.beginResetModel()
        self.monday = monday
        self._days = [[i for i in items if i.day == monday + timedelta(days=d)]
                      for d in range(7)]
        self.endResetModel()

    def item_at(self, index: Index) -> AgendaItem | None:
        if not index.isValid() or index.column() >= 7:
            return None
        day = self._days[index.column()]
        return day[index.row()] if index.row() < len(day) else None

    def index_of(self, kind: str, record_id: str) -> QModelIndex:
        for column, day in enumerate(self._days):
            for row, item in enumerate(day):
                if (item.kind, item.id) == (kind, record_id):
                    return self.index(row, column)
        return QModelIndex()

    def items(self) -> list[AgendaItem]:
        return [item for day in self._days for item in day]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else max((len(d) for d in self._days), default=0)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else 7

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        item = self.item_at(index)
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            mark = f"\n⚠ {_tr(OVERLAPS)}" if item.overlaps else ""
            if item.status != "planned":  # done or cancelled: said, not only greyed
                mark += f"\n{status_text(item)}"
            # a day-only item (a follow-up due, a referral) has no time to show
            head = (kind_label(item) if item.start_minute is None
                    else f"{when(item)} {kind_label(item)}")
            return f"{head}\n{who(item)}{mark}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(x for x in (f"{when(item)} · {kind_label(item)}", who(item),
                                         item.where, item.dwelling, status_text(item)) if x)
        if role == Qt.ItemDataRole.BackgroundRole and item.overlaps:
            return QBrush(OVERLAP_COLOUR)
        if role == Qt.ItemDataRole.ForegroundRole and item.status == "cancelled":
            return QBrush(CANCELLED_COLOUR)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        day = self.monday + timedelta(days=section)
        return QLocale().toString(to_qdate(day), "ddd d/M")

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 6))
