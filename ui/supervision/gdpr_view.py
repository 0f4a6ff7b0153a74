"""Data protection for supervisors (issue 14): the organisation's retention periods, what
falls due in the next 30 days, the purge of what is due, the erasure orders with the
devices that confirmed and those still pending, and the register of processing (art. 30)
as a PDF for the DPO.

Server calls run off the UI thread (`runner.run`) through the sync engine's client
(`context.sync_engine`); what is due is computed in the vault.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fieldapp.gdpr.retention import NOTICE_DAYS, DueRecord, upcoming
from fieldapp.i18n import QT_TRANSLATE_NOOP
from ui.casework.case_details import make_table
from ui.context import AppContext
from ui.document_export import ExportChoice, app_language, choose_export
from ui.errors import error_text
from ui.table_model import Column, RowsModel, format_date

if TYPE_CHECKING:
    from sync.engine import SyncEngine
    from sync.engine.gdpr import OrderStatus
    from sync.protocol import ErasureInfo, GdprSettings

C = "GdprView"
KINDS = {"case_file": QT_TRANSLATE_NOOP("GdprView", "Closed case file"),
         "inventory": QT_TRANSLATE_NOOP("GdprView", "Inventory"),
         "intervention": QT_TRANSLATE_NOOP("GdprView", "Intervention"),
         "access_log": QT_TRANSLATE_NOOP("GdprView", "Access-log entry"),
         "renovation_project": QT_TRANSLATE_NOOP("GdprView", "Archived renovation project")}
SCOPES = {"person": QT_TRANSLATE_NOOP("GdprView", "Person"),
          "household": QT_TRANSLATE_NOOP("GdprView", "Household"),
          "case_file": QT_TRANSLATE_NOOP("GdprView", "Case file"),
          "retention": QT_TRANSLATE_NOOP("GdprView", "Retention")}
PERIODS = (("closed_case_days",
            QT_TRANSLATE_NOOP("GdprView", "Closed case files (days after closing):")),
           ("inventory_days", QT_TRANSLATE_NOOP("GdprView", "Inventories (days):")),
           ("intervention_days", QT_TRANSLATE_NOOP("GdprView", "Interventions (days):")),
           ("access_log_days", QT_TRANSLATE_NOOP("GdprView", "Access-log entries (days):")),
           ("renovation_project_days",
            QT_TRANSLATE_NOOP("GdprView", "Renovation projects (days after the archive):")))


def _tr(text: str) -> str:
    return QCoreApplication.translate(C, text)


def _about(record: DueRecord) -> str:
    """Whose it is (a household, a project) and the record's own day, as people write it —
    never an ISO date."""
    day = format_date(record.day) if record.day is not None else ""
    return " · ".join(part for part in (record.title, day) if part)


DUE_COLUMNS: list[Column[DueRecord]] = [
    (QT_TRANSLATE_NOOP("GdprView", "Purged on"), lambda r: format_date(r.due_on)),
    (QT_TRANSLATE_NOOP("GdprView", "What"), lambda r: _tr(KINDS.get(r.kind, r.kind))),
    (QT_TRANSLATE_NOOP("GdprView", "About"), lambda r: _about(r)),
]
ORDER_COLUMNS: list[Column[OrderStatus]] = [
    (QT_TRANSLATE_NOOP("GdprView", "Ordered"),
     lambda r: format_date(datetime.fromtimestamp(r.created_at, UTC).date())),
    (QT_TRANSLATE_NOOP("GdprView", "Erased"), lambda r: _tr(SCOPES.get(r.scope, r.scope))),
    (QT_TRANSLATE_NOOP("GdprView", "Reason"), lambda r: r.reason),
    (QT_TRANSLATE_NOOP("GdprView", "Confirmed by"), lambda r: ", ".join(r.confirmed)),
    (QT_TRANSLATE_NOOP("GdprView", "Pending"), lambda r: ", ".join(r.pending)),
]


class GdprView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = context
        self.settings: GdprSettings | None = None  # once read
        self._loaded = False  # the lists were read once: an empty one says so
        self.periods_box = QGroupBox(self)
        self.spins: dict[str, QSpinBox] = {}
        self.period_labels: dict[str, QLabel] = {}
        form = QGridLayout(self.periods_box)  # two columns of periods: fits 540 px high
        for i, (key, _text) in enumerate(PERIODS):
            spin = QSpinBox(self.periods_box)
            spin.setRange(0, 36_500)
            label = QLabel(self.periods_box)
            label.setBuddy(spin)
            row_at, column = divmod(i, 2)
            form.addWidget(label, row_at, column * 3)
            form.addWidget(spin, row_at, column * 3 + 1)
            self.spins[key], self.period_labels[key] = spin, label
        # who the register of processing names (art. 30): the controller and the DPO, on
        # one row of their own, each as wide as it can be
        self.controller_edit = QLineEdit(self.periods_box)
        self.dpo_edit = QLineEdit(self.periods_box)
        self.controller_label, self.dpo_label = QLabel(self.periods_box), QLabel(self.periods_box)
        names = QHBoxLayout()
        for label, edit in ((self.controller_label, self.controller_edit),
                            (self.dpo_label, self.dpo_edit)):
            edit.setMaxLength(500)
            label.setBuddy(edit)
            names.addWidget(label)
            names.addWidget(edit, 1)
        form.addLayout(names, form.rowCount(), 0, 1, 6)
        form.setColumnMinimumWidth(2, 16)
        form.setColumnStretch(5, 1)
        self.save_button = QPushButton(self.periods_box)
        self.register_button = QPushButton(self.periods_box)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.register_button)
        row.addStretch(1)
        form.addLayout(row, form.rowCount(), 0, 1, 6)
        self.due_label = QLabel(self)
        self.due_model: RowsModel[DueRecord] = RowsModel(C, DUE_COLUMNS, self)
        self.due_table = make_table(self, self.due_model)
        self.due_label.setBuddy(self.due_table)
        self.purge_button = QPushButton(self)
        self.orders_label = QLabel(self)
        self.orders_model: RowsModel[OrderStatus] = RowsModel(C, ORDER_COLUMNS, self)
        self.orders_table = make_table(self, self.orders_model)
        self.orders_label.setBuddy(self.orders_table)
        self.refresh_button = QPushButton(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        due_row = QHBoxLayout()  # the list's title and its buttons on one line: fits 540 px
        due_row.addWidget(self.due_label, 1)
        due_row.addWidget(self.purge_button)
        due_row.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.periods_box)
        layout.addLayout(due_row)
        layout.addWidget(self.due_table, 1)
        layout.addWidget(self.orders_label)
        layout.addWidget(self.orders_table, 1)
        layout.addWidget(self.status)
        self.save_button.clicked.connect(self.save_periods)
        self.register_button.clicked.connect(self.export_register)
        self.purge_button.clicked.connect(self.purge_due)
        self.refresh_button.clicked.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.periods_box.setTitle(self.tr("Retention periods (0 = kept) and the register of "
                                          "processing"))
        for key, text in PERIODS:
            self.period_labels[key].setText(_tr(text))
            self.spins[key].setAccessibleName(_tr(text).rstrip(" :"))
        self.controller_label.setText(self.tr("C&ontroller:"))
        self.controller_edit.setPlaceholderText(self.tr("the organisation's legal name"))
        self.controller_edit.setAccessibleName(self.tr("Controller"))
        self.dpo_label.setText(self.tr("&Data protection officer:"))
        self.dpo_edit.setPlaceholderText(self.tr("name, e-mail or phone"))
        self.dpo_edit.setAccessibleName(self.tr("Data protection officer"))
        self.save_button.setText(self.tr("&Save"))
        self.register_button.setText(self.tr("Register of &processing (PDF)…"))
        self._title_lists()
        self.purge_button.setText(self.tr("P&urge what is due today…"))
        self.due_table.setAccessibleName(self.due_label.text())
        self.orders_table.setAccessibleName(self.orders_label.text())
        self.refresh_button.setText(self.tr("&Refresh"))
        self.due_model.retranslate()
        self.orders_model.retranslate()

    def _title_lists(self) -> None:
        """Each list's title; an empty list read from the server says that nothing is there
        rather than showing a blank table."""
        if self._loaded and not self.due_model.rowCount():
            due = self.tr("Nothing is purged in the next {n} days.")
        else:
            due = self.tr("Purged in the next {n} days")
        self.due_label.setText(due.format(n=NOTICE_DAYS))
        self.orders_label.setText(
            self.tr("No erasure has been ordered.") if self._loaded
            and not self.orders_model.rowCount()
            else self.tr("Erasure orders and the devices that confirmed"))

    def _show_due(self, rows: list[DueRecord]) -> None:
        self.due_model.set_rows(rows)
        self._title_lists()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _engine(self) -> SyncEngine | None:
        engine = self.ctx.sync_engine
        if engine is None or engine.client() is None:
            self.status.setText(self.tr("Not connected to a sync server: connect this vault "
                                        "first (Settings, Sync server)."))
            return None
        return engine

    # -- reading ----------------------------------------------------------------------

    def refresh(self) -> None:
        engine = self._engine()
        if engine is None:
            return
        from sync.engine import gdpr

        def work() -> tuple[GdprSettings, list[OrderStatus], set[str]]:
            return gdpr.settings(engine), gdpr.order_statuses(engine), gdpr.held_item_ids(engine)

        self.status.setText(self.tr("Reading from the server…"))
        self.ctx.runner.run(work, on_success=self._read, on_failure=self._failed)

    def _read(self, result: tuple[GdprSettings, list[OrderStatus], set[str]]) -> None:
        settings, orders, held = result
        self.settings = settings
        for key, _text in PERIODS:
            self.spins[key].setValue(int(getattr(settings.retention, key)))
        self.controller_edit.setText(settings.controller)
        self.dpo_edit.setText(settings.dpo_contact)
        self.orders_model.set_rows(orders)
        self._loaded = True
        self._title_lists()
        self.status.setText("")
        from sync.engine.gdpr import periods

        wanted, today = periods(settings), self.ctx.today()
        self.ctx.call(lambda s: upcoming(s, wanted, today=today, held=held),
                      on_success=self._show_due)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(error_text(exc))

    # -- changing ---------------------------------------------------------------------

    def save_periods(self) -> None:
        engine = self._engine()
        if engine is None:
            return
        from sync.engine import gdpr
        from sync.protocol import GdprSettings, RetentionSettings

        base = self.settings if self.settings is not None else GdprSettings()
        retention = RetentionSettings(**{k: s.value() for k, s in self.spins.items()})
        value = base.model_copy(update={"retention": retention,
                                        "controller": self.controller_edit.text().strip(),
                                        "dpo_contact": self.dpo_edit.text().strip()})
        self.ctx.runner.run(lambda: gdpr.put_settings(engine, value),
                            on_success=lambda _v: self.refresh(), on_failure=self._failed)

    def purge_due(self) -> None:
        engine = self._engine()
        if engine is None:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Purge what is due"),
            self.tr("Everything due today is erased on the server and on every device. "
                    "Held records stay. Reason (recorded):"),
            text=self.tr("Retention period over"))
        if not ok or not reason.strip():
            return
        from sync.engine import gdpr

        today = self.ctx.today()
        self.ctx.runner.run(lambda: gdpr.retention_purge(engine, today=today, reason=reason),
                            on_success=self._purged, on_failure=self._failed)

    def _purged(self, info: ErasureInfo | None) -> None:
        self.status.setText(self.tr("Nothing is due today.") if info is None
                            else self.tr("Purged: {n} records.").format(n=info.items))
        self.refresh()

    def export_register(self) -> None:
        settings = self.settings.model_dump(mode="json") if self.settings is not None else {}
        today = self.ctx.today()

        def chosen(choice: ExportChoice) -> None:
            from pathlib import Path

            from fieldapp.gdpr.register_pdf import render_register

            def work() -> str:
                data = render_register(settings, language=choice.language, today=today)
                Path(choice.path).write_bytes(data)
                return Path(choice.path).name

            self.ctx.runner.run(work, on_success=lambda name: self.status.setText(
                self.tr("The register was saved as {name}.").format(name=name)),
                on_failure=self._failed)

        choose_export(self, title=self.tr("Register of processing activities"),
                      language=app_language(),
                      file_name=lambda lang: {"nl": "verwerkingsregister.pdf",
                                              "fr": "registre-traitements.pdf"}.get(
                                                  lang, "processing-register.pdf"),
                      on_chosen=chosen)

