"""The project-level actions of the renovation workspace: new project, dwellings in scope,
information session, project overview PDF. Each opens its dialog window-modal and saves
through the workspace's context; texts belong to the RenovationWorkspace context."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QWidget

from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.registry import households as registry
from fieldapp.renovation import closeout, projects, schedule
from fieldapp.renovation import overview_pdf as overview_doc
from ui.document_export import ExportChoice, app_language, choose_export
from ui.renovation.closeout_dialog import CloseOutDialog
from ui.renovation.dialogs import DwellingsDialog, ProjectDialog
from ui.renovation.info_session_dialog import InfoSessionsDialog
from ui.renovation.pdf_export import export_pdf
from ui.renovation.schedule_views import ScheduleDialog, WorksTab
from ui.table_model import RowsModel

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from fieldapp.registry.views import SiteRow
    from fieldapp.renovation.views import DwellingChoice, DwellingStatusRow
    from ui.context import AppContext

SESSION_RECORDED = QT_TRANSLATE_NOOP("RenovationWorkspace", "Information session recorded.")
PDF_SAVED = QT_TRANSLATE_NOOP("RenovationWorkspace", "PDF saved: {name}")
PRINT_OVERVIEW = QT_TRANSLATE_NOOP("RenovationWorkspace", "Print the project overview")
CLOSED_OUT = QT_TRANSLATE_NOOP("RenovationWorkspace", "Project archived; open items handed to "
                                                      "the site assistant: {count}.")


def _tr(text: str) -> str:
    """Translate a text marked with QT_TRANSLATE_NOOP("RenovationWorkspace", …) (so that
    lupdate finds it: it does not know this helper)."""
    return QCoreApplication.translate("RenovationWorkspace", text)


class ProjectScreen(Protocol):
    """What the actions use of the renovation workspace (which imports this module)."""

    @property
    def ctx(self) -> AppContext: ...
    @property
    def project_combo(self) -> QComboBox: ...
    @property
    def model(self) -> RowsModel[DwellingStatusRow]: ...
    @property
    def works(self) -> WorksTab: ...

    def reload_projects(self, select: str | None = None) -> None: ...

    def _failed(self, exc: BaseException) -> None: ...

    def _message(self, text: str) -> None: ...


def _widget(ws: ProjectScreen) -> QWidget:
    """The workspace, a QWidget, as the parent of the dialogs it opens."""
    assert isinstance(ws, QWidget)
    return ws


def _open(dialog: QDialog, on_accept: Callable[[], None]) -> None:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(on_accept)
    dialog.open()


def new_project(ws: ProjectScreen) -> None:
    def open_dialog(sites: list[SiteRow]) -> None:
        dialog = ProjectDialog(sites, ws.ctx.today(), _widget(ws))

        def accepted() -> None:
            values = dialog.values()
            ws.ctx.call(lambda s: projects.create_project(s, actor_id=ws.ctx.actor_id, **values),
                        on_success=lambda p: ws.reload_projects(select=p.id),
                        on_failure=ws._failed)

        _open(dialog, accepted)

    ws.ctx.call(registry.list_sites, on_success=open_dialog, on_failure=ws._failed)


def add_dwellings(ws: ProjectScreen) -> None:
    project_id = ws.project_combo.currentData()
    if not project_id:
        return

    def open_dialog(choices: list[DwellingChoice]) -> None:
        dialog = DwellingsDialog(choices, _widget(ws))

        def accepted() -> None:
            ids = dialog.values()
            ws.ctx.call(lambda s: projects.add_dwellings(  # announces itself: rows re-read
                s, project_id=project_id, dwelling_ids=ids, actor_id=ws.ctx.actor_id),
                on_failure=ws._failed)

        _open(dialog, accepted)

    ws.ctx.call(lambda s: projects.available_dwellings(s), on_success=open_dialog,
                on_failure=ws._failed)


def record_info_session(ws: ProjectScreen) -> None:
    """The project's information sessions: plan, invitations, who came, questions and
    answers, minutes."""
    project_id = ws.project_combo.currentData()
    if not project_id:
        return
    dialog = InfoSessionsDialog(ws.ctx, project_id, ws.model.rows(), _widget(ws))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def print_overview(ws: ProjectScreen) -> None:
    project_id = ws.project_combo.currentData()
    if not project_id:
        return
    today = ws.ctx.today()

    def chosen(choice: ExportChoice) -> None:
        export_pdf(ws.ctx, path=choice.path, object_type="renovation_project",
                   object_id=project_id, on_failure=ws._failed,
                   on_done=lambda p: ws._message(_tr(PDF_SAVED).format(
                       name=p.rsplit("/", 1)[-1])),
                   build=lambda s: overview_doc.overview_pdf(
                       s, project_id=project_id, printed_on=today, language=choice.language))

    # for the project's partners: an internal document, in the app's language by default
    choose_export(_widget(ws), title=_tr(PRINT_OVERVIEW), language=app_language(),
                  file_name=lambda lang: overview_doc.file_name(lang, printed_on=today),
                  on_chosen=chosen)


def close_out(ws: ProjectScreen) -> None:
    """The works ended: hand the open items to the site assistant, archive the project."""
    project_id = ws.project_combo.currentData()
    if not project_id:
        return
    name = ws.project_combo.currentText()
    language = app_language()  # the hand-offs are read by a colleague: the app's language

    def open_dialog(items: list[closeout.OpenItem]) -> None:
        dialog = CloseOutDialog(name, items, ws.ctx.today(), _widget(ws))

        def accepted() -> None:
            ended = dialog.works_ended_on()
            ws.ctx.call(lambda s: closeout.close_out(
                s, project_id=project_id, works_ended_on=ended, actor_id=ws.ctx.actor_id,
                today=ws.ctx.today(), language=language),
                on_success=lambda r: ws._message(_tr(CLOSED_OUT).format(count=r.handed_on)),
                on_failure=ws._failed)

        _open(dialog, accepted)

    ws.ctx.call(lambda s: closeout.open_items(s, project_id=project_id),
                on_success=open_dialog, on_failure=ws._failed)


def works_schedule(ws: ProjectScreen) -> None:
    """The project's phases, per project, building or dwelling."""
    project_id = ws.project_combo.currentData()
    if not project_id:
        return

    def places(s: Session) -> list[tuple[str, str, str]]:
        buildings = [("building", bid, name)
                     for bid, name in schedule.project_buildings(s, project_id=project_id)]
        dwellings = [("dwelling", r.id, f"{r.building_name} · {r.dwelling_label}"
                      + (f" — {r.household_name}" if r.household_name else ""))
                     for r in projects.dwelling_statuses(s, project_id=project_id)]
        return buildings + dwellings

    def open_dialog(found: list[tuple[str, str, str]]) -> None:
        dialog = ScheduleDialog(ws.ctx, project_id, found, _widget(ws))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: ws.works.reload())
        dialog.open()

    ws.ctx.call(places, on_success=open_dialog, on_failure=ws._failed)
