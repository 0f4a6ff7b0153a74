"""Enrol a member after checking their key code in person.

Both codes are shown: mine (so the member can check me) and the one the server serves for
them. The member reads the code on *their* screen aloud; the supervisor types it. Only if it
matches are the chosen collections granted; a mismatch grants nothing and says why.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sync.protocol import may_join
from sync.team import CodeMismatch, ManagedCollection, Team, TeamMember, codes_match
from ui.errors import error_text
from ui.sync.safety_qr import qr_image
from ui.tasks import TaskRunner

ACCESS = ("read", "write", "manage")


def grouped(code: str) -> str:
    """60 digits as three lines of four groups of five, easy to read aloud line by line."""
    digits = "".join(ch for ch in code if ch.isdigit())
    groups = [digits[i:i + 5] for i in range(0, len(digits), 5)]
    return "\n".join(" ".join(groups[i:i + 4]) for i in range(0, len(groups), 4))


def team_error_text(exc: BaseException) -> str:
    if isinstance(getattr(exc, "message", None), str) and not hasattr(exc, "params"):
        return QCoreApplication.translate("team", exc.message)  # type: ignore[attr-defined]
    return error_text(exc)


class CodeCheckDialog(QDialog):
    def __init__(self, team: Team, runner: TaskRunner, member: TeamMember, my_code: str,
                 collections: list[ManagedCollection], parent: QWidget | None = None,
                 on_granted: Callable[[], None] | None = None,
                 site_names: dict[str, str] | None = None, safety: str = "") -> None:
        super().__init__(parent)
        self.site_names = site_names or {}
        self.team, self.runner, self.member = team, runner, member
        self.on_granted = on_granted
        mono = QFont("DejaVu Sans Mono")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSize(mono.pointSize() + 2)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.my_code = QLabel(grouped(my_code), self)
        self.their_code = QLabel(grouped(member.code or ""), self)
        # they verify me on their laptop (Sync → Colleagues' keys): the same number there
        self.safety = QLabel(grouped(safety), self)
        self.safety.setObjectName("enrolmentSafetyNumber")
        self.safety.setVisible(bool(safety))
        self.safety_note = QLabel(self)
        self.safety_note.setWordWrap(True)
        self.safety_note.setVisible(bool(safety))
        # the same number as a QR code: the member's phone reads it and shows the digits to
        # compare with their own screen (4-pixel modules: beside the digits, within 540 px)
        self.safety_qr = QLabel(self)
        self.safety_qr.setObjectName("enrolmentSafetyNumberQr")
        if safety:
            self.safety_qr.setPixmap(QPixmap.fromImage(qr_image(safety, module=4)))
        self.qr_caption = QLabel(self)
        self.qr_caption.setWordWrap(True)
        self.qr_caption.setMaximumWidth(max(self.safety_qr.pixmap().width(), 150))
        for w in (self.safety_qr, self.qr_caption):
            w.setVisible(bool(safety))
        for lab in (self.my_code, self.their_code, self.safety):
            lab.setFont(mono)
            lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.typed = QLineEdit(self)
        self.typed.setMinimumWidth(460)
        self.match = QLabel(self)
        self.collections = QListWidget(self)
        # as tall as its rows (up to Qt's 24 lines), not a fixed 192 px of mostly nothing that
        # pushes the safety number out of sight at 960×540
        self.collections.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        # only what the member's roles may hold (a community worker: the PSC and the
        # social map, issue 19); the server checks it again
        roles = list(member.roles) or [member.role]
        collections = [c for c in collections if may_join(c.kind, roles, "read")]
        self._collections = sorted(collections, key=lambda c: self.describe(c).casefold())
        for c in self._collections:
            item = QListWidgetItem("", self.collections)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            # only the registry by default: the supervisor picks the member's sites
            item.setCheckState(Qt.CheckState.Checked if c.kind == "registry"
                               else Qt.CheckState.Unchecked)
        self.access = QComboBox(self)
        self.access.addItems([""] * 3)
        self.access.setCurrentIndex(1)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error.hide()
        self.rows = [QLabel(self) for _ in range(5)]
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for lab, field in zip(self.rows, (self.my_code, self.their_code, self.typed,
                                          self.collections, self.access), strict=True):
            lab.setBuddy(field)
            form.addRow(lab, field)
        form.insertRow(3, "", self.match)  # under the code it counts, not under the access
        self.safety_row = QLabel(self)
        self.safety_row.setBuddy(self.safety)
        self.safety_row.setVisible(bool(safety))
        number = QVBoxLayout()  # the digits and what to do with them, the QR code beside
        number.addWidget(self.safety)
        number.addWidget(self.safety_note)
        number.addStretch(1)
        qr = QVBoxLayout()
        qr.addWidget(self.safety_qr)
        qr.addWidget(self.qr_caption)
        qr.addStretch(1)
        shown = QHBoxLayout()
        shown.addLayout(number, 1)
        shown.addLayout(qr)
        form.addRow(self.safety_row, shown)
        body = QWidget(self)
        body.setLayout(form)
        # at 200 % scaling (960×540) the codes, the list and the safety number need more
        # height than the screen has: the form scrolls, the intro and the buttons stay
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.typed.textChanged.connect(self._typed)
        self.setMinimumWidth(620)
        self.retranslate()
        self._open_size(scroll, body, form)
        self.typed.setFocus()

    def _open_size(self, scroll: QScrollArea, body: QWidget, form: QFormLayout) -> None:
        """As large as the whole form asks, within the screen: Qt alone opens a window at
        most two thirds of the screen, and a scroll area asks for less than its form."""
        room = self.screen().availableGeometry().size() - QSize(0, 40)  # the title bar
        body.resize(room.width(), body.height())  # the form wraps its rows until laid out
        form.activate()
        around = self.sizeHint() - scroll.sizeHint()  # the intro, the buttons, the margins
        bar = QSize(scroll.verticalScrollBar().sizeHint().width(), 0)
        self.resize((body.sizeHint() + around + bar).boundedTo(room))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Check the code in person"))
        self.intro.setText(self.tr(
            "Sit with %1. Ask them to open FieldApp and read aloud the code their screen "
            "shows; type it below. They can check your code too.").replace(
            "%1", self.member.display_name))
        for lab, text in zip(self.rows, (self.tr("My code:"), self.tr("Their code (from the "
                                                                      "server):"),
                                         self.tr("Code &read aloud:"),
                                         self.tr("&Collections:"), self.tr("&Access:")),
                             strict=True):
            lab.setText(text)
        for i, text in enumerate((self.tr("Read"), self.tr("Read and write"),
                                  self.tr("Manage (may grant others)"))):
            self.access.setItemText(i, text)
        for i, c in enumerate(self._collections):
            self.collections.item(i).setText(self.describe(c))
        self.safety_row.setText(self.tr("Safety number:"))
        self.safety_qr.setAccessibleName(self.tr("Safety number as a QR code"))
        self.qr_caption.setText(self.tr("The same number as a QR code: their phone's camera "
                                        "shows its digits."))
        self.safety_note.setText(self.tr(
            "So that they can share with you too: on their laptop, Sync → Colleagues' "
            "keys…, your name. They check that their screen shows this safety number and "
            "press “The numbers match”. Typing their code verifies their key here."))
        self.typed.setAccessibleName(self.tr("Code read aloud by the member"))
        self.collections.setAccessibleName(self.tr("Collections to grant"))
        self._typed(self.typed.text())

    def describe(self, c: ManagedCollection) -> str:
        """A collection as a person knows it: what it holds and, for a site, its name."""
        kind, _, rest = (c.name or f"{c.kind}:").partition(":")
        site = self.site_names.get(rest, "")
        texts = {
            "registry": self.tr("Registry: sites, dwellings, households"),
            "casework": self.tr("Case files of %1"),
            "casework-restricted": self.tr("Restricted notes of %1"),
            "handoff": self.tr("Hand-offs from neighbourhood agents for %1"),
            "renovation": self.tr("Renovation project"),
            "neighbourhood": self.tr("Neighbourhood work"),
            "supervision": self.tr("Supervision (supervisors only)"),
            "community": self.tr("Community work (PSC)"),
            "partners": self.tr("Partner directory (social map)"),
            "collective": self.tr("Collective work: tenants' meetings (collective assistants)"),
            "signal": self.tr("Collective signals (site assistants send, collective "
                              "assistants read)"),
            "consultation": self.tr("Mental-health consultations under a pseudonym"),
        }
        text = texts.get(kind or c.kind, c.name or c.kind)
        return text.replace("%1", site or rest[:8] or "?")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _typed(self, text: str) -> None:
        digits = sum(ch.isdigit() for ch in text)
        if digits < 60:
            self.match.setText(self.tr("%1 of 60 digits").replace("%1", str(digits)))
            self.match.setStyleSheet("color: #5b6673;")
        elif codes_match(text, self.member.code or ""):
            self.match.setText(self.tr("✓ The codes match."))
            self.match.setStyleSheet("color: #1b6e20; font-weight: bold;")
        else:
            self.match.setText(self.tr("✗ The codes differ."))
            self.match.setStyleSheet("color: #b00020; font-weight: bold;")

    def chosen(self) -> list[str]:
        return [self.collections.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.collections.count())
                if self.collections.item(i).checkState() == Qt.CheckState.Checked]

    def submit(self) -> None:
        typed, chosen = self.typed.text(), self.chosen()
        access = ACCESS[self.access.currentIndex()]
        if not codes_match(typed, self.member.code or ""):
            self._failed(CodeMismatch())  # blocked here already: nothing is sent
            return
        team, uid = self.team, self.member.user_id
        self.buttons.setEnabled(False)
        self.runner.run(lambda: team.grant(uid, typed_code=typed, collections=chosen,
                                           access=access),
                        on_success=self._granted, on_failure=self._failed)

    def _granted(self, _result: object) -> None:
        if self.on_granted is not None:
            self.on_granted()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(team_error_text(exc))
        self.error.show()
