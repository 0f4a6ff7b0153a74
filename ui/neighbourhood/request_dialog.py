"""Log a request in seconds, keyboard first: Tab through the fields, Enter saves."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from itertools import pairwise

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget
from sqlalchemy.orm import Session

from fieldapp.neighbourhood import labels as nl
from fieldapp.neighbourhood import places
from fieldapp.neighbourhood.places import BuildingChoice, SiteChoice
from fieldapp.neighbourhood.requests import log_request
from fieldapp.neighbourhood.views import RequestRow
from ui.context import AppContext
from ui.labels import fill_combo
from ui.neighbourhood.base import AgentDialog, app_now


class RequestDialog(AgentDialog[RequestRow]):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.source_combo = QComboBox(self)
        self.category_combo = QComboBox(self)
        self.site_combo = QComboBox(self)
        self.building_combo = QComboBox(self)
        self.entrance_edit = QLineEdit(self)
        self.entrance_edit.setMaxLength(20)
        self.floor_edit = QLineEdit(self)
        self.floor_edit.setMaxLength(10)
        self.dwelling_combo = QComboBox(self)
        self.reporter_edit = QLineEdit(self)
        self.reporter_edit.setMaxLength(160)
        self.urgency_combo = QComboBox(self)
        self.description_edit = QLineEdit(self)
        self.description_edit.setMaxLength(2000)
        rows: list[tuple[Callable[[], str], QWidget]] = [
            (lambda: self.tr("&Source:"), self.source_combo),
            (lambda: self.tr("&Category:"), self.category_combo),
            (lambda: self.tr("S&ite:"), self.site_combo),
            (lambda: self.tr("&Building:"), self.building_combo),
            (lambda: self.tr("&Entrance:"), self.entrance_edit),
            (lambda: self.tr("&Floor:"), self.floor_edit),
            (lambda: self.tr("D&welling:"), self.dwelling_combo),
            (lambda: self.tr("&Reported by:"), self.reporter_edit),
            (lambda: self.tr("&Urgency:"), self.urgency_combo),
            (lambda: self.tr("&What:"), self.description_edit),
        ]
        for text, field in rows:
            self.add_row(text, field)
        fields = [field for _text, field in rows] + [self.buttons]
        for first, second in pairwise(fields):
            self.setTabOrder(first, second)
        self._buildings: list[BuildingChoice] = []
        self.site_combo.currentIndexChanged.connect(self._site_changed)
        self.building_combo.currentIndexChanged.connect(self._building_changed)
        self.retranslate()
        self.urgency_combo.setCurrentIndex(1)  # "today": the usual case
        self.keep_drafts("request:new", {"reporter": self.reporter_edit,
                                         "description": self.description_edit})
        context.call(places.list_sites, on_success=self._sites_loaded)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("New request"))
        fill_combo(self.source_combo, nl.SOURCES)
        fill_combo(self.category_combo, nl.CATEGORIES)
        fill_combo(self.urgency_combo, nl.URGENCIES)
        self.description_edit.setPlaceholderText(self.tr("A few words: what, since when"))
        self._fill_buildings()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.source_combo.setFocus()

    def _sites_loaded(self, sites: list[SiteChoice]) -> None:
        self.site_combo.blockSignals(True)
        self.site_combo.clear()
        for site in sites:
            self.site_combo.addItem(site.name, site.id)
        self.site_combo.blockSignals(False)
        self._site_changed()

    def _site_changed(self, _index: int = 0) -> None:
        site_id = self.site_combo.currentData()
        self._buildings = []
        self._fill_buildings()
        if site_id:
            self.ctx.call(lambda s: places.site_places(s, site_id=site_id),
                          on_success=partial(self._buildings_loaded, site_id))

    def _buildings_loaded(self, site_id: str, rows: list[BuildingChoice]) -> None:
        if site_id == self.site_combo.currentData():
            self._buildings = rows
            self._fill_buildings()

    def _fill_buildings(self) -> None:
        current = self.building_combo.currentData()
        self.building_combo.blockSignals(True)
        self.building_combo.clear()
        self.building_combo.addItem(self.tr("(whole site)"), None)
        for b in self._buildings:
            text = " — ".join(x for x in (b.name, b.address) if x)
            self.building_combo.addItem(text, b.id)
        self.building_combo.setCurrentIndex(max(0, self.building_combo.findData(current)))
        self.building_combo.blockSignals(False)
        self._building_changed()

    def _building_changed(self, _index: int = 0) -> None:
        building_id = self.building_combo.currentData()
        self.dwelling_combo.clear()
        self.dwelling_combo.addItem(self.tr("(none)"), None)
        for b in self._buildings:
            if b.id == building_id:
                for d in b.dwellings:
                    self.dwelling_combo.addItem(d.label, d.id)

    def work(self) -> Callable[[Session], RequestRow]:
        values = dict(
            source=self.source_combo.currentData(), category=self.category_combo.currentData(),
            site_id=self.site_combo.currentData(), building_id=self.building_combo.currentData(),
            entrance=self.entrance_edit.text(), floor=self.floor_edit.text(),
            dwelling_id=self.dwelling_combo.currentData(), reporter=self.reporter_edit.text(),
            urgency=self.urgency_combo.currentData(), description=self.description_edit.text(),
            actor_id=self.ctx.actor_id, now=app_now(self.ctx))
        return lambda s: log_request(s, **values)
