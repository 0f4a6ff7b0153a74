"""A DMBSH social worker seconded to a second housing company adds it from the unlock page
(issue 19), on the real server: a short name for the laptop (a wrong one refused), the
second housing company's enrolment code on the account page, and its vault opens. After
a lock the unlock page offers both organisations; each passphrase opens its own vault,
and nothing of one is in the other."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from fieldapp.crypto.kdf import TEST_KDF_PARAMS
from fieldapp.local.organisations import organisations, vault_folder
from fieldapp.local.sync_state import SyncCollection
from sync.protocol import CreateUserRequest, EnrolmentCodeResponse
from sync.server import cli
from tests.factories import make_world
from tests.harness.server import ADMIN_EMAIL, passphrase_for
from tests.ui.ui_helpers import modal_dialog
from ui.add_organisation_dialog import AddOrganisationDialog

pytestmark = pytest.mark.postgres
KEY = Qt.Key


def _second_housing_company(sync_server) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """Another housing company on the server; its admin makes the worker's account there.
    Returns (e-mail, enrolment code)."""
    org_id = cli.create_org(sync_server.database_url, "Second housing company")
    email = f"admin-{uuid.uuid4().hex[:6]}-{ADMIN_EMAIL}"
    _, code = cli.create_user(sync_server.database_url, org=org_id, email=email, role="admin")
    admin = sync_server.client()
    admin.enrol(email=email, enrolment_code=code, passphrase=passphrase_for(email),
                device_name="admin-b-desk", kdf_params=TEST_KDF_PARAMS)
    mine = f"k.benali+b-{uuid.uuid4().hex[:6]}@dmbsh.example"
    answer = admin.http.call(
        "POST", "/v1/admin/users", EnrolmentCodeResponse,
        CreateUserRequest(email=mine,  # type: ignore[arg-type]
                          role="social_assistant", employer="dmbsh"))
    return mine, answer.enrolment_code


def test_a_seconded_worker_adds_a_housing_company_from_the_unlock_page(
        qtbot, team, sync_server, make_sync_app) -> None:  # type: ignore[no-untyped-def]
    boss = team.enrol("supervisor", "boss")
    make_world(boss.vault)
    boss.sync()
    karim = team.enrol("social_assistant", "karim")
    team.grant(boss, karim)
    karim.sync()
    profile = karim.folder
    karim.engine.close()
    karim.vault.lock()
    email_b, code_b = _second_housing_company(sync_server)

    app = make_sync_app(folder=profile)
    page = app.window.unlock_page
    assert app.window.stack.currentWidget() is page
    assert not page.organisation_combo.isVisible()  # one organisation so far
    page.add_org_button.setFocus()
    qtbot.keyClick(page.add_org_button, KEY.Key_Space)
    dialog = modal_dialog(qtbot, AddOrganisationDialog)
    qtbot.keyClicks(dialog.key_edit, "OVM B")
    qtbot.keyClick(dialog.key_edit, KEY.Key_Return)
    assert dialog.error.isVisible() and "lower-case letters" in dialog.error.text()
    dialog.key_edit.selectAll()
    qtbot.keyClicks(dialog.key_edit, "ovm-b")
    qtbot.keyClick(dialog.key_edit, KEY.Key_Return)

    account = app.sync.account_page
    qtbot.waitUntil(lambda: app.window.stack.currentWidget() is account, timeout=5_000)
    passphrase_b = "tram canal brique 2026 detachering"
    for field, text in ((account.server_edit, sync_server.base_url),
                        (account.email_edit, email_b), (account.name_edit, "Ann"),
                        (account.code_edit, code_b),
                        (account.passphrase_edit, passphrase_b),
                        (account.confirm_edit, passphrase_b)):
        field.setFocus()
        qtbot.keyClicks(field, text)
    qtbot.keyClick(account.confirm_edit, KEY.Key_Return)
    qtbot.waitUntil(lambda: app.window.workspace is not None, timeout=15_000)
    assert app.vault_dir == vault_folder(profile, "ovm-b")
    assert organisations(profile) == ["", "ovm-b"]
    with app.vault.session(read_only=True) as s:  # the new vault: nothing of the first one
        assert s.scalars(select(SyncCollection.local_key)).all() == []

    # -- after a lock, both are offered; the first one's passphrase opens the first one
    with qtbot.waitSignal(app.locked, timeout=10_000):
        app.lock()
    assert page.organisation_combo.isVisible()
    assert [page.organisation_combo.itemText(i) for i in range(2)] == [
        "First organisation", "ovm-b"]
    page.organisation_combo.setCurrentIndex(0)
    page.passphrase_edit.setFocus()
    qtbot.keyClicks(page.passphrase_edit, karim.passphrase)
    with qtbot.waitSignal(app.unlocked, timeout=10_000):
        qtbot.keyClick(page.passphrase_edit, KEY.Key_Return)
    assert app.vault_dir == profile
    with app.vault.session(read_only=True) as s:
        assert any(k.startswith("casework:") for k in s.scalars(select(SyncCollection.local_key)))
    assert app.context.profile.display_name == "karim"

    # -- a cancelled addition leaves the laptop as it was
    with qtbot.waitSignal(app.locked, timeout=10_000):
        app.lock()
    page.add_org_button.setFocus()
    qtbot.keyClick(page.add_org_button, KEY.Key_Space)
    dialog = modal_dialog(qtbot, AddOrganisationDialog)
    qtbot.keyClicks(dialog.key_edit, "ovm-c")
    qtbot.keyClick(dialog.key_edit, KEY.Key_Return)
    qtbot.waitUntil(lambda: app.window.stack.currentWidget() is account, timeout=5_000)
    qtbot.mouseClick(account.back_button, Qt.MouseButton.LeftButton)
    assert app.window.stack.currentWidget() is page and app.vault_dir == profile
    assert organisations(profile) == ["", "ovm-b"]
