"""Languages: Dutch, French and English, switched at runtime.

The app's messages come from `resources/translations/fieldapp_<lang>.qm` (built from the
.ts files by `python3 dev.py i18n`); Qt's own strings (standard buttons, context menus)
from Qt's `qtbase_<lang>.qm`. Installing a translator sends every widget a
`QEvent.LanguageChange`, on which each screen calls its `retranslate()`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

import resources

LANGUAGES = ("nl", "fr", "en")
# Dates and numbers as written in Brussels (day first), also in English.
LOCALES = {"nl": "nl_BE", "fr": "fr_BE", "en": "en_GB"}
TRANSLATIONS_DIR = Path(resources.__file__).resolve().parent / "translations"


def system_language() -> str:
    """The system locale's language if we speak it, else English (a neutral fallback)."""
    code = QLocale.system().name().split("_")[0].lower()
    return code if code in LANGUAGES else "en"


def language_name(code: str) -> str:
    """Each language named in itself, so a user can always find their own."""
    return {"nl": "Nederlands", "fr": "Français", "en": "English"}[code]


def _application() -> QCoreApplication:
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("translations need the QApplication to exist")
    return app


class _Catalog(QTranslator):
    """A translator that owns the bytes it reads from: Qt keeps pointers into them, so they
    must live exactly as long as the translator (a child of the application)."""

    def __init__(self, data: bytes, parent: QCoreApplication) -> None:
        super().__init__(parent)
        self.data = data


class Translations:
    """Holds the installed translators; `install(lang)` replaces them."""

    def __init__(self) -> None:
        # Catalogs are read into memory, not memory-mapped: a .qm rewritten on disk while the
        # app runs (lrelease during development, an update) must not pull pages from under
        # the translator.
        self._installed: list[QTranslator] = []
        self.language = "en"

    def uninstall(self) -> None:
        app = _application()
        for translator in self._installed:
            app.removeTranslator(translator)
            translator.deleteLater()
        self._installed.clear()

    def install(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unsupported language: {language}")
        app = _application()
        self.uninstall()
        qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        for path in (qt_dir / f"qtbase_{language}.qm",
                     TRANSLATIONS_DIR / f"fieldapp_{language}.qm"):
            try:
                data = path.read_bytes()
            except OSError:
                continue  # no catalog: the English source texts show
            translator = _Catalog(data, app)
            if translator.load(translator.data, str(path.parent)):
                app.installTranslator(translator)
                self._installed.append(translator)
            else:
                translator.deleteLater()
        self.language = language
        QLocale.setDefault(QLocale(LOCALES[language]))
