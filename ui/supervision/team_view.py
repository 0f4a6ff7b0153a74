"""The team page: members and their key codes (checked in person before any grant), removal
(access ends, keys rotate), the devices of my field workers and mine (revoke a lost one, with
or without wipe, after a confirmation saying plainly what happens), the server audit log.

Every server call runs off the UI thread (ui/tasks.py `runner.run`) through the sync
engine's own client (`context.sync_engine`, set by the sync hookup at unlock): one client
per vault, so rotated refresh tokens are never used twice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.people import directory
from fieldapp.registry import households as registry
from sync.protocol import AuditEntry, DeviceInfo
from sync.team import ManagedCollection, Team, TeamMember
from ui.context import AppContext
from ui.supervision.closeouts_dialog import CloseOutsDialog
from ui.supervision.code_check_dialog import CodeCheckDialog, team_error_text
from ui.supervision.common import SortableRowsModel, make_table, proxy_for, rows_of
from ui.supervision.name_dialog import NameDialog
from ui.table_model import Column, set_rows_keeping_current

if TYPE_CHECKING:
    from sync.client import SyncClient
    from sync.engine import SyncEngine

C = "TeamView"
AUDIT_SHOWN = 1_000  # the most recent entries, newest first


def _when(ts: float | None) -> str:
    if ts is None:
        return ""
    # ISO-like, so the column also sorts by time
    return datetime.fromtimestamp(ts, UTC).astimezone().strftime("%Y-%m-%d %H:%M")


ROLES = {
    "social_assistant": QT_TRANSLATE_NOOP("TeamView", "Site social assistant"),
    "renovation_assistant": QT_TRANSLATE_NOOP("TeamView", "Renovation-site assistant"),
    "neighbourhood_agent": QT_TRANSLATE_NOOP("TeamView", "Neighbourhood agent"),
    "collective_assistant": QT_TRANSLATE_NOOP("TeamView", "Collective social assistant"),
    "community_worker": QT_TRANSLATE_NOOP("TeamView", "Community worker (PSC)"),
    "mental_health_team": QT_TRANSLATE_NOOP("TeamView", "Mobile mental-health team (DMBSH)"),
    "supervisor": QT_TRANSLATE_NOOP("TeamView", "Supervisor"),
    "admin": QT_TRANSLATE_NOOP("TeamView", "Server administrator"),
}


EMPLOYERS = {
    "housing_company": QT_TRANSLATE_NOOP("TeamView", "Housing company"),
    "dmbsh": QT_TRANSLATE_NOOP("TeamView", "DMBSH (seconded)"),
}


def _employer(code: str) -> str:
    source = EMPLOYERS.get(code)
    return QCoreApplication.translate(C, source) if source else code


def _role(code: str) -> str:
    source = ROLES.get(code)
    return QCoreApplication.translate(C, source) if source else code


MEMBER_COLUMNS: list[Column[TeamMember]] = [
    (QT_TRANSLATE_NOOP("TeamView", "Name"), lambda m: m.display_name),
    (QT_TRANSLATE_NOOP("TeamView", "Role"),
     lambda m: ", ".join(_role(r) for r in (m.roles or (m.role,)))),  # every role
    (QT_TRANSLATE_NOOP("TeamView", "Employer"), lambda m: _employer(m.employer)),
    (QT_TRANSLATE_NOOP("TeamView", "Key code"), lambda m: m.code or "—"),
]

@dataclass(frozen=True)
class TeamDevice:
    device: DeviceInfo
    owner: str  # the member's name ("" when not among the active members)


def _wiped(row: TeamDevice) -> str:
    if row.device.revoked_at is None:
        return ""
    return QCoreApplication.translate(C, "Wipe ordered" if row.device.wipe else "Revoked only")


DEVICE_COLUMNS: list[Column[TeamDevice]] = [
    (QT_TRANSLATE_NOOP("TeamView", "Person"), lambda r: r.owner),
    (QT_TRANSLATE_NOOP("TeamView", "Device"), lambda r: r.device.name),
    (QT_TRANSLATE_NOOP("TeamView", "Last seen"), lambda r: _when(r.device.last_seen_at)),
    (QT_TRANSLATE_NOOP("TeamView", "Revoked"), lambda r: _when(r.device.revoked_at)),
    (QT_TRANSLATE_NOOP("TeamView", "Wipe"), _wiped),
]
QT_TRANSLATE_NOOP("TeamView", "Wipe ordered")
QT_TRANSLATE_NOOP("TeamView", "Revoked only")
AuditRow = tuple[AuditEntry, str]  # the entry and the name of its author
AUDIT_COLUMNS: list[Column[AuditRow]] = [
    (QT_TRANSLATE_NOOP("TeamView", "When"), lambda e: _when(e[0].at)),
    (QT_TRANSLATE_NOOP("TeamView", "Who"), lambda e: e[1]),
    (QT_TRANSLATE_NOOP("TeamView", "Action"), lambda e: e[0].action),
    (QT_TRANSLATE_NOOP("TeamView", "Outcome"), lambda e: e[0].outcome),
    (QT_TRANSLATE_NOOP("TeamView", "Collection"), lambda e: (e[0].collection_id or "")[:8]),
]


Loaded = tuple[Team, str, list[TeamMember], list[ManagedCollection], list[TeamDevice],
               list[AuditRow]]


def engine_client(context: AppContext) -> SyncClient | None:
    engine: SyncEngine | None = getattr(context, "sync_engine", None)
    return engine.client() if engine is not None else None


class TeamView(QWidget):
    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 client_provider: Callable[[], SyncClient | None] | None = None) -> None:
        super().__init__(parent)
        self.ctx = context
        self.provider = client_provider or (lambda: engine_client(context))
        self.team: Team | None = None
        self.site_names: dict[str, str] = {}
        # the server keeps no names (issue 14): this laptop's directory, else the e-mail
        self.person_names: dict[str, str] = {}
        context.call(directory.names, on_success=self.person_names.update)
        context.call(registry.list_sites, on_success=lambda sites: self.site_names.update(
            {site.id: site.name for site in sites}))
        self.my_code = ""
        self.collections: list[ManagedCollection] = []
        self.dialog: CodeCheckDialog | None = None
        self.notice = ""  # shown once after the next load (e.g. "Device revoked.")
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.my_code_label = QLabel(self)
        self.members_box, self.devices_box, self.audit_box = (QGroupBox(self) for _ in range(3))
        self.members = SortableRowsModel(C, MEMBER_COLUMNS, self)
        self.member_table = make_table(self.members_box, proxy_for(self.members, self))
        self.devices = SortableRowsModel(C, DEVICE_COLUMNS, self)
        self.device_table = make_table(self.devices_box, proxy_for(self.devices, self),
                                       sort_column=-1)
        self.audit = SortableRowsModel(C, AUDIT_COLUMNS, self)
        self.audit_table = make_table(self.audit_box, proxy_for(self.audit, self),
                                      sort_column=-1)  # newest first, as loaded
        self.grant_button, self.remove_button = QPushButton(self), QPushButton(self)
        self.revoke_button, self.refresh_button = QPushButton(self), QPushButton(self)
        self.wipe_button = QPushButton(self)
        self.name_button = QPushButton(self)  # issue 14: a supervisor corrects a name
        self.name_button.setEnabled(False)
        self.closeouts_button = QPushButton(self)  # issue 17: members removed at close-out
        self.device_note = QLabel(self)
        self.device_note.setWordWrap(True)
        self.device_note.setStyleSheet("color: #5b6673;")
        m = QVBoxLayout(self.members_box)
        m.addWidget(self.my_code_label)
        m.addWidget(self.member_table)
        row = QHBoxLayout()
        row.addWidget(self.grant_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        m.addLayout(row)
        below = QHBoxLayout()  # a row of its own: the page fits 960 px wide in French
        below.addWidget(self.name_button)
        below.addStretch(1)
        m.addLayout(below)
        d = QVBoxLayout(self.devices_box)
        d.addWidget(self.device_table)
        d.addWidget(self.device_note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.revoke_button)
        buttons.addWidget(self.wipe_button)
        buttons.addStretch(1)
        d.addLayout(buttons)
        QVBoxLayout(self.audit_box).addWidget(self.audit_table)
        right = QSplitter(self)
        right.setOrientation(right.orientation().Vertical)
        right.addWidget(self.devices_box)
        right.addWidget(self.audit_box)
        split = QSplitter(self)
        split.addWidget(self.members_box)
        split.addWidget(right)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.closeouts_button)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.grant_button.clicked.connect(self.check_and_grant)
        self.remove_button.clicked.connect(self.remove_member)
        self.revoke_button.clicked.connect(lambda: self.revoke_device(wipe=False))
        self.wipe_button.clicked.connect(lambda: self.revoke_device(wipe=True))
        self.refresh_button.clicked.connect(self.refresh)
        self.closeouts_button.clicked.connect(self.show_closeouts)
        self.member_table.activated.connect(lambda _i: self.check_and_grant())
        QShortcut(QKeySequence("Ctrl+G"), self).activated.connect(self.check_and_grant)
        self.name_button.clicked.connect(self.correct_name)
        QShortcut(QKeySequence("F2"), self.member_table,
                  context=Qt.ShortcutContext.WidgetShortcut).activated.connect(self.correct_name)
        self.member_table.selectionModel().currentChanged.connect(self._member_chosen)
        self.member_table.model().modelReset.connect(self._member_chosen)
        self.retranslate()

    def retranslate(self) -> None:
        self.members_box.setTitle(self.tr("Members of the organisation"))
        self.devices_box.setTitle(self.tr("Devices of my team"))
        self.audit_box.setTitle(self.tr("Server audit log (metadata only)"))
        self.grant_button.setText(self.tr("Check code and &grant… (Ctrl+G)"))
        self.remove_button.setText(self.tr("Re&move from my collections"))
        self.name_button.setText(self.tr("Correct the &name… (F2)"))
        self.name_button.setToolTip(self.tr("The name colleagues see for this person: the "
                                            "server keeps none"))
        self.remove_button.setToolTip(self.tr("Their access ends at once and the keys rotate"))
        self.revoke_button.setText(self.tr("Re&voke…"))
        self.revoke_button.setToolTip(self.tr("The device can no longer sync; what it holds "
                                              "stays on it"))
        self.wipe_button.setText(self.tr("Revoke and &wipe…"))
        self.wipe_button.setToolTip(self.tr("The device can no longer sync and erases its "
                                            "vault the next time it reaches the server"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.closeouts_button.setText(self.tr("Renovation &close-outs…"))
        self.closeouts_button.setToolTip(self.tr("Archived renovation projects: whom this "
                                                 "laptop removed from them, and when"))
        self.device_note.setText(self.tr(
            "A lost or stolen laptop of a field worker: revoke it, or revoke and wipe it. "
            "The devices of administrators and other supervisors stay with the server "
            "administrator. When the person leaves the team, also remove them from your "
            "collections."))
        self.my_code_label.setText(self.tr("My code: %1").replace("%1", self.my_code or "—"))
        self.my_code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.member_table.setAccessibleName(self.tr("Members"))
        self.device_table.setAccessibleName(self.tr("Devices of my team"))
        self.audit_table.setAccessibleName(self.tr("Audit log"))
        for model in (self.members, self.devices, self.audit):
            model.retranslate()
        if self.team is None:
            self.status.setText(self.tr("Not connected to a sync server: connect this vault "
                                        "to manage the team."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- loading ------------------------------------------------------------------------

    def refresh(self) -> None:
        provider, known = self.provider, self.person_names
        self.status.setText(self.tr("Asking the server…"))
        self.ctx.call(directory.names, on_success=known.update)

        def work() -> Loaded | None:
            client = provider()
            if client is None:
                return None
            team = Team(client, names=known)
            members = team.members()
            names = {m.user_id: m.display_name for m in members}
            recent = team.audit()[-AUDIT_SHOWN:]
            audit = [(e, names.get(e.user_id or "", "")) for e in reversed(recent)]
            devices = [TeamDevice(d, names.get(d.user_id, "")) for d in team.team_devices()]
            return team, team.my_code(), members, team.collections(), devices, audit

        self.ctx.runner.run(work, on_success=self._loaded, on_failure=self._failed)

    def _loaded(self, result: Loaded | None) -> None:
        if result is None:
            self.team = None
            self.retranslate()
            self.loaded.emit()
            return
        self.team, self.my_code, members, self.collections, devices, audit = result
        self.members.set_rows(members)
        self.devices.set_rows(devices)
        self.audit.set_rows(audit)
        self.status.setText(self.notice or self.tr("Connected. Check a member's code in "
                                                   "person before granting anything."))
        self.notice = ""
        self.retranslate()
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(team_error_text(exc))

    # -- actions ------------------------------------------------------------------------

    def show_closeouts(self) -> None:
        dialog = CloseOutsDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def current_member(self) -> TeamMember | None:
        chosen = rows_of(self.member_table, self.members)
        return chosen[0] if chosen else None

    def _member_chosen(self) -> None:
        self.name_button.setEnabled(self.current_member() is not None)

    def correct_name(self) -> None:
        member = self.current_member()
        if member is None:
            return
        shown = member.display_name
        dialog = NameDialog(self.ctx, account_id=member.user_id, email=member.email,
                            current="" if shown == member.email else shown, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._renamed)
        dialog.open()

    def _renamed(self, user_id: str, name: str) -> None:
        from dataclasses import replace

        self.person_names[user_id] = name  # the Team reads it for the next list too
        set_rows_keeping_current(
            self.member_table, self.members,
            [replace(m, display_name=name) if m.user_id == user_id else m
             for m in self.members.rows()], key=lambda m: m.user_id)
        self.devices.set_rows([replace(d, owner=name) if d.device.user_id == user_id else d
                               for d in self.devices.rows()])
        self.status.setText(self.tr("Name saved: colleagues see it after the next sync."))

    def check_and_grant(self) -> None:
        member = self.current_member()
        if self.team is None or member is None:
            return
        if not member.code:
            self.status.setText(self.tr("This person has not enrolled yet: there is no key "
                                        "to check."))
            return
        team, uid = self.team, member.user_id
        self.status.setText(self.tr("Asking the server…"))
        # the code shown is computed here from the keys the server serves, not taken from
        # the server's own text; the grant checks the typed code against it again
        self.ctx.runner.run(lambda: (team.their_code(uid), team.safety_number(uid)),
                            on_success=lambda found: self._open_check(member, *found),
                            on_failure=self._failed)

    def _open_check(self, member: TeamMember, code: str, safety: str = "") -> None:
        from dataclasses import replace

        self.status.setText("")
        if self.team is None:
            return  # the team was dropped while its code was asked for
        self.dialog = CodeCheckDialog(self.team, self.ctx.runner, replace(member, code=code),
                                      self.my_code, self.collections, self,
                                      on_granted=self.refresh, site_names=self.site_names,
                                      safety=safety)
        self.dialog.open()

    def remove_member(self) -> None:
        member, team = self.current_member(), self.team
        if team is None or member is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove from my collections"),
            self.tr("Remove %1 from every collection you manage? Their access ends at once "
                    "and the keys rotate.").replace("%1", member.display_name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        uid = member.user_id
        engine: SyncEngine | None = getattr(self.ctx, "sync_engine", None)

        def waits(collection_id: str, exc: Exception) -> None:
            # the next rounds rotate it once the remaining members' keys are verified
            from sync.engine import keycheck, owned

            if engine is not None:
                owned.rotation_waits(engine.vault, collection_id)
                keycheck.note_blocked(engine.vault, exc)

        self.ctx.runner.run(lambda: team.remove(uid, on_rotation_waits=waits),
                            on_success=lambda r: self._removed(len(r)),
                            on_failure=self._failed_then_refresh)

    def _failed_then_refresh(self, exc: BaseException) -> None:
        self.notice = team_error_text(exc)
        self.refresh()

    def _removed(self, count: int) -> None:
        self.status.setText(self.tr("Removed from collections: %1; their keys rotated.")
                            .replace("%1", str(count)))
        self.refresh()

    def current_device(self) -> TeamDevice | None:
        chosen = rows_of(self.device_table, self.devices)
        return chosen[0] if chosen else None

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self, title, text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def revoke_device(self, *, wipe: bool = True) -> None:
        row, team = self.current_device(), self.team
        if team is None or row is None:
            return
        owner = row.owner or self.tr("this person")
        if wipe:
            title = self.tr("Revoke and wipe")
            text = self.tr(
                "Revoke the device “%1” of %2 and order it wiped? Its sessions "
                "end now: it can no longer sync. The next time it reaches the server it "
                "erases its vault: everything on it that was not synced yet is lost. This "
                "cannot be undone; the person can log in again on another device.")
        else:
            title = self.tr("Revoke")
            text = self.tr(
                "Revoke the device “%1” of %2? Its sessions end now: it can no "
                "longer sync. What it already holds stays on it, locked by its passphrase; "
                "choose “Revoke and wipe” if it may be in the wrong hands.")
        if not self.confirm(title, text.replace("%1", row.device.name).replace("%2", owner)):
            return
        device_id = row.device.id
        self.status.setText(self.tr("Asking the server…"))
        self.ctx.runner.run(lambda: team.revoke_device(device_id, wipe=wipe),
                            on_success=self._revoked, on_failure=self._failed)

    def _revoked(self, device: DeviceInfo) -> None:
        self.notice = (self.tr("Device revoked. It erases its vault the next time it reaches "
                               "the server.") if device.wipe else self.tr("Device revoked."))
        self.status.setText(self.notice)
        self.refresh()
