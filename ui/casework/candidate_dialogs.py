"""Candidate tenants (issue 17 item 5): a household the social service works with before it
has a dwelling gets a case file at once; when they move in, the dwelling is chosen and the
case file goes on as an ordinary one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from fieldapp.casework import candidates
from fieldapp.casework.candidates import Member
from fieldapp.casework.views import CaseView
from fieldapp.registry import households as registry
from fieldapp.registry.views import SiteRow
from ui.casework.case_dialogs import ServiceDialog, _date_edit
from ui.context import AppContext, SessionWork
from ui.qdates import from_qdate, to_qdate


class CandidateDialog(ServiceDialog):
    """A new candidate tenant: site, household name, language, the first member."""

    created = Signal(str)  # the household id, to open its case file

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "", parent)
        self.site_combo = QComboBox(self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(160)
        self.language_combo = QComboBox(self)
        self.first_edit = QLineEdit(self)
        self.last_edit = QLineEdit(self)
        self.add_row(lambda: self.tr("&Household name:"), self.name_edit)
        self.add_row(lambda: self.tr("&Site:"), self.site_combo)
        self.add_row(lambda: self.tr("&Language:"), self.language_combo)
        self.add_row(lambda: self.tr("&First name:"), self.first_edit)
        self.add_row(lambda: self.tr("L&ast name:"), self.last_edit)
        self.retranslate()
        self.ctx.call(registry.list_sites, on_success=self._sites)

    def _sites(self, sites: list[SiteRow]) -> None:
        for site in sites:
            self.site_combo.addItem(site.name, site.id)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("New candidate tenant"))
        current = self.language_combo.currentData()
        self.language_combo.clear()
        for code, text in (("", self.tr("Not known")), ("nl", self.tr("Dutch")),
                           ("fr", self.tr("French"))):
            self.language_combo.addItem(text, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(current)))

    def work(self) -> SessionWork:
        actor, today = self.ctx.actor_id, self.ctx.today()
        site_id, name = self.site_combo.currentData(), self.name_edit.text()
        language = self.language_combo.currentData() or ""
        member = Member(self.first_edit.text(), self.last_edit.text())
        return lambda s: candidates.add_candidate(
            s, site_id=site_id, name=name, members=[member], actor_id=actor, today=today,
            language=language)

    def _done(self, result: object) -> None:
        if isinstance(result, CaseView):
            self.created.emit(result.household_id)
        super()._done(result)


class MoveInDialog(ServiceDialog):
    """The candidate moves in: a free dwelling of the site and the day."""

    def __init__(self, context: AppContext, household_id: str, site_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, "", parent)
        self.household_id = household_id
        self.dwelling_combo = QComboBox(self)
        self.date_edit = _date_edit(self, to_qdate(context.today()))
        self.none_label = QLabel(self)
        self.none_label.setWordWrap(True)
        self.none_label.hide()
        self.add_row(lambda: self.tr("&Dwelling:"), self.dwelling_combo)
        self.add_row(lambda: self.tr("&Moved in on:"), self.date_edit)
        self.form.addRow(self.none_label)
        self.retranslate()
        load: Callable[..., list[tuple[str, str]]] = candidates.free_dwellings
        self.ctx.call(lambda s: load(s, site_id=site_id), on_success=self._dwellings)

    def _dwellings(self, free: list[tuple[str, str]]) -> None:
        for dwelling_id, label in free:
            self.dwelling_combo.addItem(label, dwelling_id)
        self.none_label.setVisible(not free)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("The candidate moves in"))
        self.none_label.setText(self.tr("No dwelling of this site is free in the register."))

    def work(self) -> SessionWork:
        household_id, actor, today = self.household_id, self.ctx.actor_id, self.ctx.today()
        dwelling_id, day = self.dwelling_combo.currentData(), from_qdate(self.date_edit.date())
        return lambda s: candidates.move_in(s, household_id=household_id,
                                            dwelling_id=dwelling_id, moved_in_on=day,
                                            actor_id=actor, today=today)
