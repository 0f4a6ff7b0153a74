"""What the supervisor reads in Data protection's list of what is purged in the next 30
days: whose record it is and its own day as every screen writes dates — an inventory
read "2026-10-01" (an ISO date, no household), an access-log entry the same."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from fieldapp.audit.access_log import record_access
from fieldapp.gdpr.retention import RetentionPeriods, upcoming
from tests.factories import make_vault
from tests.unit.gdpr.gdpr_world import marked_household
from ui.supervision.gdpr_view import DUE_COLUMNS
from ui.table_model import format_date


def test_the_list_says_whose_record_and_when_in_words(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    vault = make_vault(tmp_path / "vault")
    try:
        m = marked_household(vault)  # its dwelling's inventory was held on 1 October 2026
        with vault.session() as s:
            record_access(s, actor_id=m.world.actor_id, action="open",
                          object_type="case_file", object_id=m.world.case_id)
            due = upcoming(s, RetentionPeriods(inventory_days=100, access_log_days=1),
                           today=date(2027, 1, 1))
    finally:
        vault.lock()
    about = {d.kind: next(get for title, get in DUE_COLUMNS if title == "About")(d)
             for d in due}
    assert about["inventory"] == f"Famille Lefèvre · {format_date(date(2026, 10, 1))}"
    assert "-" not in about["access_log"] and about["access_log"]  # a day, not 2026-…


def test_data_protection_has_one_alt_key_per_field(qtbot, unlocked) -> None:  # type: ignore[no-untyped-def]
    """The page's fields and buttons each answer to a letter of their own in Dutch and
    French ('Verwerkingsverantwoordelijke' first took Alt+V from 'Verwerkingsregister')."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from ui.supervision.gdpr_view import GdprView

    view = GdprView(unlocked.context)
    qtbot.addWidget(view)
    try:
        for language in ("nl", "fr"):
            unlocked.translations.install(language)
            qtbot.wait(50)
            texts = [w.text() for w in view.findChildren(QLabel) if w.buddy() is not None]
            texts += [w.text() for w in view.findChildren(QAbstractButton)]
            keys = [t[t.index("&") + 1].lower() for t in texts if "&" in t]
            assert len(keys) >= 6, language
            assert len(keys) == len(set(keys)), (language, sorted(keys))
    finally:
        unlocked.translations.install("en")
