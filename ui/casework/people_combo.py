"""Who a follow-up or a visit is for: the person signed in (chosen first) or a colleague
holding the key of the case file's site, from the people directory (issue 16)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget
from sqlalchemy.orm import Session

from fieldapp.casework.cases import get_case
from fieldapp.people.directory import list_people
from fieldapp.people.views import PersonAccount
from ui.context import AppContext


class PeopleCombo(QComboBox):
    def __init__(self, context: AppContext, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = context
        me = context.actor_id
        self.addItem(context.profile.display_name or me, me)

        def people(s: Session) -> list[PersonAccount]:
            return list_people(s, site_id=get_case(s, case_id=case_id).site_id)

        context.call(people, on_success=self._loaded)

    def _loaded(self, people: list[PersonAccount]) -> None:
        chosen = self.person_id()
        for person in people:
            if person.id != self.ctx.actor_id:
                self.addItem(person.display_name, person.id)
        self.setCurrentIndex(max(0, self.findData(chosen)))

    def person_id(self) -> str:
        data = self.currentData()
        return data if isinstance(data, str) else self.ctx.actor_id
