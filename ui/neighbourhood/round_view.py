"""Today's round: sites in visiting order, then buildings, then the requests; export the
round as a one-page PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from fieldapp.audit import access_log
from fieldapp.neighbourhood import rounds
from fieldapp.neighbourhood.round_pdf import build_round_pdf, round_file_name
from fieldapp.neighbourhood.views import RequestRow, RoundPlan
from fieldapp.vault import ChangeSet
from ui.context import AppContext
from ui.document_export import app_language, choose_export, document_day, document_translate
from ui.neighbourhood.base import PLACES, app_now, category, format_day, urgency
from ui.record_types import NEIGHBOURHOOD

REQUEST_ROLE = Qt.ItemDataRole.UserRole + 1


class RoundView(QWidget):
    loaded = Signal()
    exported = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = context
        self.plan: RoundPlan | None = None
        self.choose_file = choose_export  # where and in which language (tests answer)
        self.summary = QLabel(self)
        self.model = QStandardItemModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.export_button = QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.export_button.clicked.connect(self.choose_export)
        context.subscribe(NEIGHBOURHOOD | PLACES, self._on_changes)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.export_button.setText(self.tr("Print / export PDF… (Ctrl+P)"))
        self.export_button.setShortcut(QKeySequence("Ctrl+P"))
        self.export_button.setToolTip(self.tr("One page, sites in visiting order"))
        self.tree.setAccessibleName(self.tr("Today's round by site and building"))
        if self.plan is not None:
            self._show(self.plan)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        day, now = self.ctx.today(), app_now(self.ctx)
        self.ctx.call(lambda s: rounds.plan_round(s, day=day, now=now), on_success=self._show)

    def _show(self, plan: RoundPlan) -> None:
        current = self.current()
        self.plan = plan
        self.model.clear()
        n = len(plan.requests())
        # counts after a colon: right for one as for many ("1 sites" was not)
        self.summary.setText(self.tr("Round of {day} · requests: {n} · sites: {sites} · about "
                                     "{km} km").format(day=format_day(plan.day), n=n,
                                                       sites=len(plan.sites),
                                                       km=QLocale().toString(
                                                           plan.distance_km, "f", 1))
                             if n else self.tr("Nothing in today's round yet: pick requests "
                                               "in the triage (Ctrl+T)."))
        number = 0
        select = None
        for site in plan.sites:
            site_item = QStandardItem(f"{site.site_name}")
            font = site_item.font()
            font.setBold(True)
            site_item.setFont(font)
            for building in site.buildings:
                name = building.building_name or self.tr("Site (no building)")
                b_item = QStandardItem(" — ".join(x for x in (name, building.address) if x))
                for r in building.requests:
                    number += 1
                    where = " · ".join(x for x in (r.place.entrance, r.place.floor,
                                                   r.place.dwelling_label) if x)
                    done = "✓ " if r.status == "closed" else ""
                    late = (" — " + QCoreApplication.translate("TriageView", "overdue")
                            if r.overdue else "")
                    text = (f"{number}. {done}{urgency(r.urgency)}{late} · "
                            f"{category(r.category)}{' · ' + where if where else ''} — "
                            f"{r.description}")
                    item = QStandardItem(text)
                    item.setData(r, REQUEST_ROLE)
                    b_item.appendRow(item)
                    if current is not None and r.id == current.id:
                        select = item
                site_item.appendRow(b_item)
            self.model.appendRow(site_item)
        self.tree.expandAll()
        first = select or self._first_request()
        if first is not None:
            self.tree.setCurrentIndex(first.index())
        self.loaded.emit()

    def _first_request(self) -> QStandardItem | None:
        site = self.model.item(0)
        if site is None or site.child(0) is None:
            return None
        return site.child(0).child(0)

    def current(self) -> RequestRow | None:
        index = self.tree.currentIndex()
        row: RequestRow | None = index.data(REQUEST_ROLE) if index.isValid() else None
        return row  # what _show stored on the request's item (None on a site or building)

    def request_texts(self) -> list[str]:
        """What a person reads, in order (tests and accessibility)."""
        out: list[str] = []
        for i in range(self.model.rowCount()):
            site = self.model.item(i)
            out.append(site.text())
            for j in range(site.rowCount()):
                building = site.child(j)
                out.append("  " + building.text())
                out += ["    " + building.child(k).text() for k in range(building.rowCount())]
        return out

    def choose_export(self) -> None:
        plan = self.plan
        if plan is None:
            return
        # the agent's own round: an internal document, in the app's language by default
        self.choose_file(
            self, title=self.tr("Export the round"), language=app_language(),
            file_name=lambda lang: round_file_name(plan, document_translate(lang)),
            on_chosen=lambda choice: self.export_pdf(Path(choice.path), choice.language))

    def export_pdf(self, path: Path, language: str | None = None) -> None:
        plan = self.plan
        if plan is None:
            return  # no round read yet: nothing to export
        language = language or app_language()
        translate, day_text = document_translate(language), document_day(plan.day, language)

        def work() -> str:
            build_round_pdf(plan, path, translate=translate, date_text=day_text,
                            language=language)
            return str(path)

        def printed(result: str) -> None:  # the print goes to the access log (issue 14)
            actor, requests = self.ctx.actor_id, [r.id for r in plan.requests()]

            def log(s: Session) -> None:
                for rid in requests or [""]:  # one entry per request the round prints
                    access_log.record_access(s, actor_id=actor, action="print",
                                             object_type="round", object_id=rid)

            self.ctx.call(log, on_success=lambda _r: self._exported(result),
                          on_failure=self._export_failed)

        self.export_button.setEnabled(False)
        self.ctx.runner.run(work, on_success=printed, on_failure=self._export_failed)

    def _exported(self, path: str) -> None:
        self.export_button.setEnabled(True)
        self.summary.setText(self.tr("The round was exported as a PDF."))
        self.exported.emit(path)

    def _export_failed(self, exc: BaseException) -> None:
        from ui.errors import error_text

        self.export_button.setEnabled(True)
        self.summary.setText(error_text(exc))

    def _on_changes(self, _changes: ChangeSet) -> None:
        self.refresh()
