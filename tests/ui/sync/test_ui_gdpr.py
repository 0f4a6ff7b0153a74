"""The supervisor's data protection in the app, on the real server: set the retention
periods, erase a household from its case file, and see which devices confirmed."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtCore import Qt

from fieldapp.gdpr.register_pdf import render_register
from sync.engine import gdpr
from tests.integration.desktop_sync.desktop_helpers import team_of_three
from tests.ui.sync.ui_sync_helpers import open_in_app
from tests.ui.ui_helpers import shortcut
from ui.casework.erasure_dialog import ErasureDialog


def test_the_supervisor_erases_a_household_and_follows_the_devices(qtbot, team,
                                                                   make_sync_app):
    boss, ann, _bob, world = team_of_three(team)
    app = open_in_app(qtbot, make_sync_app, boss)
    ws = app.window.workspace
    shortcut(qtbot, app, "Ctrl+4")
    view = ws.gdpr
    assert ws.tabs.currentWidget() is view
    qtbot.waitUntil(lambda: view.settings is not None, timeout=15_000)
    # nothing kept for a period yet, nothing ordered: the lists say so instead of a blank
    qtbot.waitUntil(lambda: view.due_label.text() == "Nothing is purged in the next 30 days.",
                    timeout=15_000)
    assert view.orders_label.text() == "No erasure has been ordered."
    view.spins["closed_case_days"].setValue(1825)
    # who the register of processing names: typed beside the periods, saved with them
    qtbot.keyClicks(view.controller_edit, "Logements Test scrl")
    qtbot.keyClicks(view.dpo_edit, "dpo@logements.test")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.settings is not None
                    and view.settings.retention.closed_case_days == 1825, timeout=15_000)
    assert gdpr.settings(ann.engine).retention.closed_case_days == 1825
    assert view.settings.controller == "Logements Test scrl"
    assert view.controller_edit.text() == "Logements Test scrl"  # read back from the server
    register = " ".join(PdfReader(io.BytesIO(render_register(
        view.settings.model_dump(mode="json"), language="fr", today=app.context.today())))
        .pages[0].extract_text().split())
    assert "Logements Test scrl" in register and "dpo@logements.test" in register

    dialog = ErasureDialog(app.context, household_id=world.household_id,
                           case_id=world.case_id, parent=app.window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert "Say why" in dialog.status.text()  # a reason first
    qtbot.keyClicks(dialog.reason_edit, "Request of the data subject")
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20_000)

    qtbot.mouseClick(view.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.orders_model.rowCount() == 1, timeout=15_000)
    [order] = view.orders_model.rows()
    assert view.orders_label.text() == "Erasure orders and the devices that confirmed"
    assert order.reason == "Request of the data subject"
    # each device by its person's name and the label the server knows it by
    assert "ann" in [p.split(" (")[0] for p in order.pending]
    assert "boss" in [c.split(" (")[0] for c in order.confirmed]
    assert "laptop" not in " ".join(order.pending + order.confirmed)  # never a typed name
    ann.sync()
    qtbot.mouseClick(view.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.orders_model.rows()
                    and any(c.startswith("ann (") for c in view.orders_model.rows()[0].confirmed),
                    timeout=15_000)


def test_a_legal_hold_is_shown_and_released_from_the_erasure_dialog(qtbot, team,
                                                                     make_sync_app):
    """A hold placed on the case file is said in the dialog whenever it opens (since when,
    by whom, why); the household's erasure is refused under it, and the supervisor releases
    it there — before, nothing in the app listed or released a hold."""
    boss, _ann, _bob, world = team_of_three(team)
    app = open_in_app(qtbot, make_sync_app, boss)

    def dialog_on_the_case() -> ErasureDialog:
        dialog = ErasureDialog(app.context, household_id=world.household_id,
                               case_id=world.case_id, parent=app.window)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    dialog = dialog_on_the_case()
    qtbot.wait(500)
    assert not dialog.holds_label.isVisible() and not dialog.release_button.isVisible()
    dialog.case_radio.setChecked(True)
    qtbot.keyClicks(dialog.reason_edit, "Procedure at the justice of the peace")
    qtbot.mouseClick(dialog.hold_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.holds_label.isVisible, timeout=15_000)
    dialog.close()

    dialog = dialog_on_the_case()  # opened again: the hold is read from the server
    qtbot.waitUntil(dialog.holds_label.isVisible, timeout=15_000)
    said = dialog.holds_label.text()
    assert said.startswith("Under a legal hold since ") and "(placed by boss)" in said
    assert said.endswith(": Procedure at the justice of the peace")
    assert dialog.release_button.isVisible()
    assert dialog.height() >= dialog.sizeHint().height()  # grown by the line, not squeezed
    qtbot.keyClicks(dialog.reason_edit, "Request of the data subject")
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)  # the household
    qtbot.waitUntil(lambda: "release it first" in dialog.status.text(), timeout=15_000)

    qtbot.mouseClick(dialog.release_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text() == "The legal hold is released.",
                    timeout=15_000)
    assert not dialog.holds_label.isVisible() and not dialog.release_button.isVisible()
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20_000)
    assert dialog.status.text().startswith("Erased.")
