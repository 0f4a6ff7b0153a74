"""Welcome sessions planned ahead (issue 16 items 4 and 5): plan one with a time and place
(it shows on the agenda), the new tenants it invites with address and dwelling (namesakes
told apart), their letters in each household's language, the attendance list, and who
attended recorded on the planned session."""

from __future__ import annotations

import io
from datetime import timedelta

from pypdf import PdfReader
from PySide6.QtCore import Qt, QTime

from fieldapp.registry import households as registry
from tests.factories import TODAY
from tests.ui.test_ui_agenda import shot
from tests.ui.ui_helpers import shortcut
from ui.document_export import ExportChoice


def _pages(path) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages]


def _add_namesakes(qtbot, ctx) -> None:
    def add(s) -> None:
        from sqlalchemy import select

        from fieldapp.registry.models import Building

        building = s.scalar(select(Building.id).where(Building.name == "Blok A"))
        for label, language, days in (("1A", "fr", 20), ("5C", "nl", 60)):
            dwelling = registry.add_dwelling(s, building_id=building, label=label,
                                             actor_id=ctx.actor_id)
            registry.add_household(s, dwelling_id=dwelling, name="Famille Diallo",
                                   language=language, actor_id=ctx.actor_id,
                                   moved_in_on=TODAY - timedelta(days=days))

    ctx.call(add)


def test_plan_invite_and_record_a_welcome_session(qtbot, unlocked, tmp_path):
    ws = unlocked.window.workspace
    _add_namesakes(qtbot, ws.ctx)
    shortcut(qtbot, unlocked, "Ctrl+4")
    view = ws.welcome
    qtbot.waitUntil(lambda: view.tenants.count() == 2, timeout=5_000)
    texts = [view.tenants.item(i).text() for i in range(2)]
    assert texts[0].startswith("Famille Diallo — Anneessensplein 12, 1000 Brussel · Blok A 1A")
    assert "Blok A 5C" in texts[1]
    assert view.attendees.count() == 3  # the site's households, each with its dwelling
    assert any("Blok A 3B" in view.attendees.item(i).text() for i in range(3))

    # plan it: a week ahead at 18:00, in the community centre
    view.plan_date_edit.setDate(view.plan_date_edit.date().addDays(5))
    view.start_edit.setTime(QTime(18, 0))
    view.place_edit.setFocus()
    qtbot.keyClicks(view.place_edit, "Buurthuis")
    qtbot.mouseClick(view.plan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.selected_session() is not None
                    and view.selected_session().status == "planned", timeout=5_000)
    assert view.model.index(0, 1).data() == "18:00–19:30"
    assert view.letters_button.isEnabled()
    shot(unlocked.window, "welcome-planned")

    # the letters, one per household in its language
    letters = tmp_path / "letters.pdf"
    view.choose_export = lambda _parent, *, on_chosen, **_kw: on_chosen(
        ExportChoice(str(letters), "nl"))
    with qtbot.waitSignal(view.exported, timeout=10_000):
        qtbot.mouseClick(view.letters_button, Qt.MouseButton.LeftButton)
    pages = _pages(letters)
    assert len(pages) == 2
    assert "séance d'accueil" in pages[0] and "1A" in pages[0]
    assert "onthaalsessie" in pages[1] and "5C" in pages[1]
    assert "18:00–19:30" in pages[0] and "Buurthuis" in pages[1]

    # the attendance list tells the two Diallo households apart
    attendance = tmp_path / "attendance.pdf"
    view.choose_export = lambda _parent, *, on_chosen, **_kw: on_chosen(
        ExportChoice(str(attendance), "fr"))
    with qtbot.waitSignal(view.exported, timeout=10_000):
        qtbot.mouseClick(view.attendance_button, Qt.MouseButton.LeftButton)
    listed = "\n".join(_pages(attendance))
    assert "Liste de présence" in listed and listed.count("Famille Diallo") == 2
    assert "1A" in listed and "5C" in listed

    # it is on the agenda at its time
    shortcut(qtbot, unlocked, "Ctrl+Shift+A")
    agenda = ws.agenda
    agenda.week_radio.setChecked(True)
    qtbot.mouseClick(agenda.next_button, Qt.MouseButton.LeftButton)  # the week after
    qtbot.waitUntil(lambda: any(i.kind == "welcome" and i.start_minute == 18 * 60
                                for i in agenda.items()), timeout=5_000)

    # who came, recorded on the planned session: the first Diallo is welcomed
    shortcut(qtbot, unlocked, "Ctrl+4")
    first = next(i for i in range(view.attendees.count())
                 if "1A" in view.attendees.item(i).text())
    view.attendees.item(first).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(view.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1
                    and view.model.row_at(0).status == "held", timeout=5_000)
    qtbot.waitUntil(lambda: view.tenants.count() == 1, timeout=5_000)
    assert "5C" in view.tenants.item(0).text()
