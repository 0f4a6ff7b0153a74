"""Bar charts of the indicators: QtCharts when it loads, else a small QPainter fallback."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

ACCENT = QColor("#1f5f8b")

try:
    from PySide6.QtCharts import (
        QBarCategoryAxis,
        QBarSeries,
        QBarSet,
        QChart,
        QChartView,
        QValueAxis,
    )
except ImportError:  # pragma: no cover - QtCharts is part of the PySide6 wheel
    QChartView = None  # type: ignore[assignment,misc]


class PainterBars(QWidget):
    """Fallback: labelled vertical bars painted by hand."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title, self.labels, self.values = "", [], []  # type: ignore[var-annotated]
        self.setMinimumHeight(200)

    def set_data(self, title: str, labels: Sequence[str], values: Sequence[int]) -> None:
        self.title, self.labels, self.values = title, list(labels), list(values)
        self.update()

    def paintEvent(self, _event: object) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        p.drawText(QRectF(0, 0, w, 20), Qt.AlignmentFlag.AlignLeft, self.title)
        if not self.values:
            return
        top, bottom = 40, h - 24
        peak = max(max(self.values), 1)
        step = w / len(self.values)
        for i, (lab, v) in enumerate(zip(self.labels, self.values, strict=True)):
            bar_h = (bottom - top) * v / peak
            x = i * step + step * 0.15
            p.fillRect(QRectF(x, bottom - bar_h, step * 0.7, bar_h), ACCENT)
            p.drawText(QRectF(i * step, bottom - bar_h - 16, step, 16),
                       Qt.AlignmentFlag.AlignHCenter, str(v))
            p.drawText(QRectF(i * step, bottom + 2, step, 20), Qt.AlignmentFlag.AlignHCenter, lab)


class BarChart(QWidget):
    """One series of bars with category labels; `set_data` replaces everything."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QVBoxLayout

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(220)
        self.values: list[int] = []
        self.labels: list[str] = []
        self.chart: QChart | None
        if QChartView is not None:
            self.chart = QChart()
            self.chart.legend().hide()
            self.chart.setMargins(self.chart.margins().__class__(4, 4, 4, 4))
            self.view: QWidget = QChartView(self.chart, self)
            self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
            # A picture of the table beside it: nothing to do there with the keyboard.
            self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.view.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        else:  # pragma: no cover
            self.chart = None
            self.view = PainterBars(self)
        layout.addWidget(self.view)

    def set_data(self, title: str, labels: Sequence[str], values: Sequence[int]) -> None:
        self.labels, self.values = list(labels), list(values)
        self.setAccessibleName(title)
        chart = self.chart
        if chart is None:  # pragma: no cover
            self.view.set_data(title, labels, values)  # type: ignore[attr-defined]
            return
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        bars = QBarSet(title)
        bars.append([float(v) for v in values])
        bars.setColor(ACCENT)
        bars.setLabelColor(QColor("#1d2733"))
        series = QBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append(list(labels))
        if len(labels) > 8:  # many narrow bars (200 %, a small window): labels stand upright
            x.setLabelsAngle(-90)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(x)
        y = QValueAxis()
        y.setRange(0, max([*values, 4]) * 1.15)  # whole numbers on the axis, even for 0 or 1
        y.setLabelFormat("%d")
        y.applyNiceNumbers()
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(y)
        chart.setTitle(title)
