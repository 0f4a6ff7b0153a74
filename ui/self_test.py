"""`fieldapp --self-test`: does this installation have everything it needs?

For IT after an install or an update, and for the bundle test: checks the Qt binding, the
translations, the help, the inventory templates, the PDF fonts and the vault migrations,
opens the first-run window on a throw-away folder and closes it again. Prints one line per
check (nothing personal: there is no vault involved) and exits 0 when all pass, 1 if not.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path


def _checks() -> list[tuple[str, Callable[[], str]]]:
    import resources
    from fieldapp.vault.migrate import SCRIPTS

    res = Path(resources.__file__).resolve().parent

    def translations() -> str:
        found = sorted(p.name for p in (res / "translations").glob("fieldapp_*.qm"))
        assert len(found) == 3, f"expected nl, fr, en catalogs, found {found}"
        return ", ".join(found)

    def qt_translations() -> str:
        """Qt's own words (standard buttons, file dialogs) in Dutch and French."""
        from PySide6.QtCore import QLibraryInfo

        folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        wanted = ("qtbase_nl.qm", "qtbase_fr.qm")
        missing = [name for name in wanted if not (folder / name).is_file()]
        assert not missing, f"not in {folder}: {', '.join(missing)}"
        return ", ".join(wanted)

    def help_pages() -> str:
        found = sorted((res / "help").glob("*.html"))
        assert len(found) >= 12, f"{len(found)} help pages"
        return f"{len(found)} pages"

    def templates() -> str:
        found = sorted((res / "templates").glob("*.json"))
        assert found, "no inventory template"
        for path in found:
            json.loads(path.read_text(encoding="utf-8"))
        return ", ".join(p.name for p in found)

    def fonts() -> str:
        from fieldapp.reports.layout import register_fonts

        register_fonts()
        return "DejaVu Sans registered"

    def vault_migrations() -> str:
        found = list((SCRIPTS / "versions").glob("*.py"))
        assert found, "no vault migration scripts"
        return f"{len(found)} scripts"

    def qt_binding() -> str:
        from ui.qt_runtime import refcount_defect

        defect = refcount_defect()
        assert defect is None, defect
        from PySide6 import __version__

        return f"PySide6 {__version__}"

    return [("qt binding", qt_binding), ("translations", translations),
            ("qt translations", qt_translations),
            ("help", help_pages), ("inventory templates", templates), ("pdf fonts", fonts),
            ("vault migrations", vault_migrations)]


def run() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    failed = 0
    for name, check in _checks():
        try:
            print(f"ok    {name}: {check()}", flush=True)
        except Exception as exc:  # every failure is reported, none stops the others
            failed += 1
            print(f"FAIL  {name}: {exc}", flush=True)
    from ui.app import FieldApp
    from ui.settings import AppSettings

    with tempfile.TemporaryDirectory(prefix="fieldapp-self-test-") as tmp:
        window_app = FieldApp(Path(tmp) / "vault", settings=AppSettings(Path(tmp) / "s.ini"),
                              language="en")
        window_app.start()
        shown: list[str] = []

        def note_page_and_quit() -> None:
            shown.append(type(window_app.window.stack.currentWidget()).__name__)
            app.quit()

        QTimer.singleShot(300, note_page_and_quit)
        app.exec()
        window_app.dispose()
        if shown == ["CreateVaultPage"]:
            print("ok    first window: the first-run page opened and closed", flush=True)
        else:
            failed += 1
            print(f"FAIL  first window: {shown or 'nothing shown'}", flush=True)
    print("self-test passed" if not failed else f"self-test: {failed} check(s) failed",
          flush=True)
    return 1 if failed else 0
