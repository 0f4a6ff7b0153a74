"""A site assistant tells the collective assistants that a theme concerns a building
(issue 18): site, building and theme — nothing else, so no name or case text can leave.
Write-only: the dialog says the signal left and shows nothing of earlier signals."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.collective import signals
from fieldapp.collective.labels import SIGNAL_THEMES
from fieldapp.collective.views import SignalReceipt
from fieldapp.registry.models import Building, Site
from ui.context import AppContext
from ui.errors import error_text
from ui.labels import label

Places = list[tuple[str, str, list[tuple[str, str]]]]  # site id, name, [(building id, name)]


def _places(s: Session) -> Places:
    sites = s.scalars(select(Site).where(Site.deleted.is_(False)).order_by(Site.name))
    out: Places = []
    for site in sites:
        buildings = s.execute(select(Building.id, Building.name).where(
            Building.site_id == site.id, Building.deleted.is_(False)).order_by(Building.name))
        out.append((site.id, site.name, [(b, n) for b, n in buildings]))
    return out


class SignalDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = context
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.site_combo = QComboBox(self)
        self.building_combo = QComboBox(self)
        self.theme_combo = QComboBox(self)
        for code in SIGNAL_THEMES:
            self.theme_combo.addItem("", code)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.labels = [QLabel(self) for _ in range(3)]
        form = QFormLayout()
        for lab, field in zip(self.labels, (self.site_combo, self.building_combo,
                                            self.theme_combo), strict=True):
            lab.setBuddy(field)
            form.addRow(lab, field)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.site_combo.currentIndexChanged.connect(self._site_changed)
        self._places: Places = []
        self.receipt: SignalReceipt | None = None
        self.setMinimumWidth(480)
        self.retranslate()
        self.ctx.call(_places, on_success=self._loaded)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Send a collective signal"))
        self.intro.setText(self.tr(
            "Tell the collective assistants that a theme concerns a building. The signal "
            "carries the site, the building and the theme only: never a name or a case."))
        for lab, text in zip(self.labels, (self.tr("&Site:"), self.tr("&Building:"),
                                           self.tr("&Theme:")), strict=True):
            lab.setText(text)
            lab.buddy().setAccessibleName(text.replace("&", "").rstrip(":"))
        for i in range(self.theme_combo.count()):
            self.theme_combo.setItemText(i, label(SIGNAL_THEMES, self.theme_combo.itemData(i)))
        if self.building_combo.count():
            self.building_combo.setItemText(0, self.tr("(the whole site)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _loaded(self, places: Places) -> None:
        self._places = places
        self.site_combo.clear()
        for site_id, name, _b in places:
            self.site_combo.addItem(name, site_id)

    def _site_changed(self, _index: int) -> None:
        self.building_combo.clear()
        self.building_combo.addItem(self.tr("(the whole site)"), None)
        for site_id, _name, buildings in self._places:
            if site_id == self.site_combo.currentData():
                for building_id, name in buildings:
                    self.building_combo.addItem(name, building_id)

    def submit(self) -> None:
        site_id, building_id = self.site_combo.currentData(), self.building_combo.currentData()
        theme, actor, today = self.theme_combo.currentData(), self.ctx.actor_id, self.ctx.today()
        if site_id is None:
            return
        self.buttons.setEnabled(False)

        def done(receipt: SignalReceipt) -> None:
            self.receipt = receipt
            self.accept()

        def failed(exc: BaseException) -> None:
            self.buttons.setEnabled(True)
            self.error.setText(error_text(exc))
            self.error.show()

        self.ctx.call(lambda s: signals.send_signal(s, site_id=site_id, building_id=building_id,
                                                    theme=theme, actor_id=actor, today=today),
                      on_success=done, on_failure=failed)
