"""A whole room typed at keyboard speed: a state key moves on to the next element, and the
remark typed next lands on the element that was on screen when it was typed — in the
inventory and in the signed PDF the three parties sign. (It used to land on the element
before: the move waited for the save to come back while the person was already typing.)"""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtCore import Qt

from fieldapp.renovation import labels as rl
from tests.factories import PASSPHRASE, role_vault
from tests.ui.export_helpers import ExportAnswer
from tests.ui.renovation.test_ui_renovation_inventory import _sign
from tests.ui.ui_helpers import shortcut

CODES = list(rl.CONDITIONS)  # in the order of the keys 1, 2, 3, …
KEYS = {code: str(index + 1) for index, code in enumerate(CODES)}


def test_a_room_typed_by_keyboard_is_signed_as_typed(qtbot, make_app, vault_dir, store,
                                                    tmp_path):
    role_vault(vault_dir, store, "renovation_assistant")
    app = make_app()
    page = app.window.unlock_page
    qtbot.keyClicks(page.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(app.unlocked, timeout=10_000):
        qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    ws = app.window.workspace
    qtbot.waitUntil(lambda: ws.model.rowCount() == 1, timeout=5_000)
    inventory_page, editor = ws.inventory, ws.inventory.editor
    qtbot.mouseClick(inventory_page.start_pre_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.inventory is not None, timeout=5_000)

    editor.rooms_table.selectRow(0)
    room = editor.current_room()
    elements = [e.id for e in room.elements]
    conditions = [CODES[i % len(CODES)] for i in range(len(elements))]
    remarks = [f"Opmerking nummer {i} voor dit element" for i in range(len(elements))]
    editor.elements_table.setFocus()
    editor.elements_table.selectRow(0)
    for i in range(len(elements)):  # no waiting for the database between keys
        assert editor.current_element_id() == elements[i]
        qtbot.keyClick(editor.elements_table, Qt.Key.Key_Tab)  # on to the remark
        if not editor.remarks_edit.hasFocus():
            editor.remarks_edit.setFocus()  # wherever the tab order goes, type the remark
        editor.remarks_edit.selectAll()
        qtbot.keyClicks(editor.remarks_edit, remarks[i])
        qtbot.keyClick(editor.remarks_edit, Qt.Key.Key_Return)
        editor.elements_table.setFocus()
        shortcut(qtbot, app, KEYS[conditions[i]])  # the state, and on to the next element

    def saved() -> bool:
        current = {e.id: e for r in editor.inventory.rooms for e in r.elements}
        return all(current[e].remarks == remarks[i] and current[e].condition == conditions[i]
                   for i, e in enumerate(elements))

    qtbot.waitUntil(saved, timeout=10_000)

    parties = ws.parties
    shortcut(qtbot, app, "Ctrl+2")
    for role, name in (("tenant", "Amélie Lefèvre"), ("project_manager", "Marc Dubois")):
        parties.role_combo.setCurrentIndex(parties.role_combo.findData(role))
        parties.name_edit.setFocus()
        parties.name_edit.setText(name)
        qtbot.keyClick(parties.name_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda n=name: n in [p.name for p in parties.model.rows()],
                        timeout=5_000)
    for row in (0, 1):
        _sign(qtbot, parties, row)
        qtbot.waitUntil(lambda r=row: parties.model.rows()[r].status == "signed",
                        timeout=5_000)
    assert editor.inventory.frozen

    target = tmp_path / "inventaris.pdf"
    inventory_page.choose_export = ExportAnswer(target)
    shortcut(qtbot, app, "Ctrl+1")
    qtbot.mouseClick(inventory_page.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=10_000)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(
        io.BytesIO(target.read_bytes())).pages).split())
    # In the signed document each remark follows its own element's line, in order.
    positions = [text.find(remark) for remark in remarks]
    assert all(p >= 0 for p in positions), "a typed remark is missing from the PDF"
    assert positions == sorted(positions)
    frozen = {e.id: e for r in editor.inventory.rooms for e in r.elements}
    assert [frozen[e].remarks for e in elements] == remarks
