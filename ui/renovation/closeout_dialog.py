"""Close out a project when its works end: what still is open goes to the site's social
assistant, then the project is archived (fieldapp.renovation.closeout)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from fieldapp.renovation.closeout import OpenItem
from ui.qdates import from_qdate
from ui.renovation import labels
from ui.renovation.dialogs import date_edit


class CloseOutDialog(QDialog):
    def __init__(self, project_name: str, items: list[OpenItem], today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Close out the project"))
        self.intro = QLabel(self.tr(
            "The works of %1 have ended. What is still open below goes to the site's social "
            "assistant, as hand-offs among their follow-ups. The project is then archived: "
            "it can no longer be changed, your access to it ends at the supervisor's next "
            "sync, and its retention period starts.").replace("%1", project_name), self)
        self.intro.setWordWrap(True)
        self.end_edit = date_edit(self, today)
        self.end_edit.setAccessibleName(self.tr("Works ended on"))
        self.items = QListWidget(self)
        self.items.setAccessibleName(self.tr("Open items handed to the site assistant"))
        for item in items:
            what = (labels.contact_category(item.label) if item.kind == "contact"
                    else labels.help_item(item.label))
            text = f"{item.dwelling_label} — {item.household_name}: {what}"
            self.items.addItem(text + (f" — {item.text}" if item.text else ""))
        self.count = QLabel(self.tr("Open items to hand on: %1").replace("%1", str(len(items)))
                            if items else self.tr("Nothing is open: nothing to hand on."), self)
        form = QFormLayout()
        form.addRow(self.tr("Works &ended on:"), self.end_edit)
        items_label = QLabel(self.tr("&Handed to the site assistant:"), self)
        items_label.setBuddy(self.items)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Hand on and &archive"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(items_label)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.buttons)
        self.resize(620, 460)

    def works_ended_on(self) -> date:
        return from_qdate(self.end_edit.date())
