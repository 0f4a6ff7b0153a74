"""The renovation-site assistant walks an inventory of three rooms with a photo and two
signatures, then prints the PDF (pytest-qt, driven as a person would)."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt

from fieldapp.crypto.kdf import TEST_KDF_PARAMS
from fieldapp.renovation import projects
from fieldapp.vault import Vault
from tests.factories import PASSPHRASE, make_world
from tests.ui.export_helpers import ExportAnswer
from tests.ui.ui_helpers import modal_dialog, shortcut
from ui.renovation.dialogs import SignatureDialog
from ui.renovation.workspace import RenovationWorkspace

PROFILE = {"display_name": "Werf Assistent", "role": "renovation_assistant",
           "organisation": "test-org", "sites": ["anneessens"]}


@pytest.fixture
def renovation_app(qtbot, make_app, vault_dir, store):
    vault = Vault.create(vault_dir, PASSPHRASE, profile=PROFILE, kdf_params=TEST_KDF_PARAMS,
                         secret_store=store)
    world = make_world(vault)
    with vault.session() as s:
        project = projects.create_project(s, name="Renovatie Blok A", actor_id=world.actor_id,
                                          project_manager="Marc Dubois",
                                          contractor="Bouw NV Renova")
        projects.add_dwellings(s, project_id=project.id, dwelling_ids=[world.dwelling_id],
                               actor_id=world.actor_id)
    vault.lock()
    app = make_app()
    page = app.window.unlock_page
    qtbot.keyClicks(page.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(app.unlocked, timeout=10_000):
        qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    return app


def _sign(qtbot, parties, row: int) -> None:
    """Draw a zigzag (a different one per row) in the signature box and sign."""
    parties.table.selectRow(row)
    qtbot.mouseClick(parties.sign_button, Qt.MouseButton.LeftButton)
    dialog = modal_dialog(qtbot, SignatureDialog)
    assert not dialog.ok_button.isEnabled()  # nothing signed yet
    pad = dialog.pad
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(40, 120))
    for x in range(50, 400, 25):
        qtbot.mouseMove(pad, QPoint(x, 90 + (x // 25 % (3 + row)) * 20))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(410, 100))
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_walk_an_inventory_of_three_rooms_sign_it_and_print_it(qtbot, renovation_app, tmp_path):
    app = renovation_app
    ws = app.window.workspace
    assert isinstance(ws, RenovationWorkspace)
    qtbot.waitUntil(lambda: [r.household_name for r in ws.model.rows()] == ["Famille Lefèvre"],
                    timeout=5_000)
    page, editor = ws.inventory, ws.inventory.editor
    assert page.start_pre_button.isVisible()
    qtbot.mouseClick(page.start_pre_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.inventory is not None, timeout=5_000)
    assert editor.inventory.language == "fr"  # the household's language

    # keep three rooms: hall, living room, kitchen
    while editor.rooms_model.rowCount() > 3:
        count = editor.rooms_model.rowCount()
        editor.rooms_table.selectRow(count - 1)
        qtbot.mouseClick(editor.remove_room_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda c=count: editor.rooms_model.rowCount() == c - 1, timeout=5_000)
    assert [r.name for r in editor.rooms_model.rows()] == ["Hall d'entrée", "Séjour", "Cuisine"]

    # walk each room with the keyboard: "2" = good, and on to the next element
    for room_row in range(3):
        editor.rooms_table.selectRow(room_row)
        editor.elements_table.setFocus()
        total = editor.elements_model.rowCount()
        for element_row in range(total):
            qtbot.waitUntil(lambda r=element_row: editor.elements_table.currentIndex().row() == r,
                            timeout=5_000)
            key = "4" if (room_row, element_row) == (2, 1) else "2"
            shortcut(qtbot, app, key)
        qtbot.waitUntil(lambda: all(e.condition for e in editor.current_room().elements),
                        timeout=5_000)
    kitchen = editor.inventory.rooms[2]
    assert kitchen.elements[1].condition == "damaged"

    # remarks and a photo on the kitchen walls
    editor.rooms_table.selectRow(2)
    editor.elements_table.selectRow(1)
    editor.remarks_edit.setFocus()
    editor.remarks_edit.selectAll()
    qtbot.keyClicks(editor.remarks_edit, "Trou dans le carrelage")
    qtbot.keyClick(editor.remarks_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.current_element().remarks == "Trou dans le carrelage",
                    timeout=5_000)
    photo = tmp_path / "mur.jpg"
    Image.effect_noise((800, 600), 50).convert("RGB").save(photo, "JPEG")
    editor.choose_files = lambda _parent: [str(photo)]
    qtbot.mouseClick(editor.photo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(editor.current_element().photos) == 1, timeout=10_000)
    qtbot.waitUntil(lambda: editor.photos.count() == 1, timeout=5_000)

    # two people present, both sign on screen
    parties = ws.parties
    shortcut(qtbot, app, "Ctrl+2")
    assert ws.tabs.currentWidget() is parties
    for role, name in (("tenant", "Amélie Lefèvre"), ("project_manager", "Marc Dubois")):
        parties.role_combo.setCurrentIndex(parties.role_combo.findData(role))
        parties.name_edit.setFocus()
        parties.name_edit.setText(name)
        qtbot.keyClick(parties.name_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda n=name: n in [p.name for p in parties.model.rows()],
                        timeout=5_000)
    _sign(qtbot, parties, 0)
    qtbot.waitUntil(lambda: parties.model.rows()[0].status == "signed", timeout=5_000)
    _sign(qtbot, parties, 1)
    qtbot.waitUntil(lambda: [p.status for p in parties.model.rows()] == ["signed", "signed"],
                    timeout=5_000)
    assert editor.inventory.frozen
    assert not editor.photo_button.isEnabled() and not editor.frozen_label.isHidden()
    assert ws.model.rows()[0].pre_inventory_state == "signed"

    # print
    target = tmp_path / "etat-des-lieux.pdf"
    page.choose_export = answer = ExportAnswer(target)
    shortcut(qtbot, app, "Ctrl+1")
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=10_000)
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    for expected in ("État des lieux avant travaux", "Hall d'entrée", "Séjour", "Cuisine",
                     "Endommagé", "Trou dans le carrelage", "Amélie Lefèvre", "Marc Dubois",
                     editor.inventory.fingerprint):
        assert expected in text, expected
    assert sum(len(p.images) for p in reader.pages) == 3  # one photo, two signatures
    # the household's language, a file name in it that says nothing about who lives there
    inventory_id = editor.inventory.id
    assert answer.offered["language"] == "fr"
    assert answer.offered["names"]["fr"] == \
        f"etat-des-lieux-avant-travaux-{editor.inventory.held_on}-{inventory_id[:8]}.pdf"
    assert answer.offered["names"]["nl"].startswith("plaatsbeschrijving-voor-de-werken-")


def test_an_unsaved_remark_survives_the_lock_as_an_encrypted_draft(qtbot, renovation_app,
                                                                   vault_dir):
    from fieldapp.local import drafts

    app = renovation_app
    ws = app.window.workspace
    qtbot.waitUntil(lambda: ws.model.rowCount() == 1, timeout=5_000)
    editor = ws.inventory.editor
    qtbot.mouseClick(ws.inventory.start_pre_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.inventory is not None, timeout=5_000)
    editor.rooms_table.selectRow(1)
    editor.elements_table.selectRow(2)
    element_id = editor.current_element_id()
    remark = "Fissure au plafond, coin gauche"
    editor.remarks_edit.setFocus()
    qtbot.keyClicks(editor.remarks_edit, remark)  # typed, Enter never pressed

    with qtbot.waitSignal(app.locked, timeout=5_000):
        shortcut(qtbot, app, "Ctrl+L")
    assert app.window.workspace is None
    for path in vault_dir.rglob("*"):  # the draft is in the vault, encrypted
        if path.is_file():
            assert remark.encode() not in path.read_bytes()

    qtbot.keyClicks(app.window.unlock_page.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(app.unlocked, timeout=10_000):
        qtbot.keyClick(app.window.unlock_page.passphrase_edit, Qt.Key.Key_Return)
    ws = app.window.workspace
    editor = ws.inventory.editor
    qtbot.waitUntil(lambda: editor.current_element_id() == element_id
                    and editor.remarks_edit.text() == remark, timeout=5_000)
    assert editor.draft_label.isVisible()
    assert editor.current_element().remarks == ""  # not saved on the element: a draft
    with app.vault.session() as s:
        assert drafts.load_draft(s, key=f"remark:{element_id}") == remark

    editor.save_remarks()  # saved on the element, so the draft is gone
    qtbot.waitUntil(lambda: editor.current_element().remarks == remark, timeout=5_000)

    def draft_gone() -> bool:
        with app.vault.session() as s:
            return drafts.load_draft(s, key=f"remark:{element_id}") is None

    qtbot.waitUntil(draft_gone, timeout=5_000)
    assert not editor.draft_label.isVisible()


def test_no_camera_hides_take_photo_and_a_captured_frame_is_imported_encrypted(
        qtbot, renovation_app, vault_dir):
    from PySide6.QtGui import QColor, QImage

    from ui.renovation import camera

    app = renovation_app
    ws = app.window.workspace
    qtbot.waitUntil(lambda: ws.model.rowCount() == 1, timeout=5_000)
    editor = ws.inventory.editor
    qtbot.mouseClick(ws.inventory.start_pre_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.inventory is not None, timeout=5_000)
    # this machine (offscreen, no camera, maybe no Qt Multimedia libraries): hidden, no error
    assert camera.camera_available() is False
    assert editor.camera_button.isHidden()
    assert editor.photo_button.isVisible()

    # what CameraDialog does on imageCaptured: the frame goes to import_captured
    frame = QImage(1600, 1200, QImage.Format.Format_RGB32)
    frame.fill(QColor(200, 120, 40))
    for x in range(0, 1600, 7):  # some detail, so the JPEG is not trivially small
        frame.setPixelColor(x, (x * 3) % 1200, QColor(10, 200, 90))
    element_id = editor.current_element_id()
    editor.import_captured(frame, element_id)
    qtbot.waitUntil(lambda: len(editor.current_element().photos) == 1, timeout=10_000)
    qtbot.waitUntil(lambda: editor.photos.count() == 1, timeout=5_000)  # thumbnail shown
    assert not editor.photos.item(0).icon().isNull()
    raw = camera.image_to_jpeg(frame)
    for path in vault_dir.rglob("*"):  # stored encrypted: the JPEG bytes appear nowhere
        if path.is_file():
            assert raw[100:400] not in path.read_bytes()


def test_a_null_frame_is_refused_with_a_message_not_a_crash(qtbot, renovation_app):
    from PySide6.QtGui import QImage

    app = renovation_app
    ws = app.window.workspace
    qtbot.waitUntil(lambda: ws.model.rowCount() == 1, timeout=5_000)
    editor = ws.inventory.editor
    qtbot.mouseClick(ws.inventory.start_pre_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.inventory is not None, timeout=5_000)
    with qtbot.waitSignal(ws.ctx.failed, timeout=2_000):
        editor.import_captured(QImage(), editor.current_element_id())
    assert editor.progress.isHidden()
