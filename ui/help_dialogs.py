"""The Help menu's windows: the guide of each of the person's roles, the keyboard
shortcuts, About.

The shortcut list is generated from the actions the window holds at that moment (the shell's
and the open workspace's), so it never drifts from what the keys really do.
"""

from __future__ import annotations

import platform
from importlib import metadata

from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.areas import ROLE_NAMES
from ui.i18n import TRANSLATIONS_DIR
from ui.version import app_version

HELP_DIR = TRANSLATIONS_DIR.parent / "help"
ROLES = ("social_assistant", "renovation_assistant", "neighbourhood_agent", "supervisor",
         "community_worker", "mental_health_team")


def guide_html(role: str, language: str) -> str:
    """The role's guide in the language (English when there is none)."""
    role = role if role in ROLES else ROLES[0]
    for lang in (language, "en"):
        path = HELP_DIR / f"{role}.{lang}.html"
        if path.exists():
            return path.read_text(encoding="utf-8")
    return ""


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(what, keys) of every action of the window that has a shortcut and can be used now."""
    rows: dict[str, str] = {}
    for action in window.findChildren(QAction):
        keys = action.shortcut()
        if keys.isEmpty() or not action.isEnabled() or not action.text():
            continue
        text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        rows[text.rstrip("…").strip()] = keys.toString(QKeySequence.SequenceFormat.NativeText)
    return sorted(rows.items(), key=lambda r: r[0].casefold())


def _closing_buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    return buttons


class GuideDialog(QDialog):
    """The guide of each of the person's roles: one page, or a tab per role."""

    def __init__(self, roles: tuple[str, ...] | list[str] | str, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Guide"))
        wanted = [roles] if isinstance(roles, str) else list(roles)
        shown = [r for r in wanted if r in ROLES] or [ROLES[0]]
        self.browsers: list[QTextBrowser] = []
        for role in shown:
            browser = QTextBrowser(self)
            browser.setOpenExternalLinks(False)
            browser.setHtml(guide_html(role, language))
            browser.setAccessibleName(self.tr("Guide"))
            self.browsers.append(browser)
        self.browser = self.browsers[0]
        self.tabs: QTabWidget | None = None
        layout = QVBoxLayout(self)
        if len(shown) > 1:
            self.tabs = QTabWidget(self)
            for role, browser in zip(shown, self.browsers, strict=True):
                self.tabs.addTab(browser, QCoreApplication.translate("roles", ROLE_NAMES[role]))
            self.tabs.setAccessibleName(self.tr("Guides of your roles"))
            layout.addWidget(self.tabs)
        else:
            layout.addWidget(self.browser)
        layout.addWidget(_closing_buttons(self))
        self.resize(640, 520)
        self.browser.setFocus()


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        for what, keys in shortcut_rows(window):
            self.model.appendRow([QStandardItem(what), QStandardItem(keys)])
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(_closing_buttons(self))
        self.resize(520, 480)
        self.table.setFocus()


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About FieldApp"))
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setText(self.tr(
            "FieldApp {version}\nCase work for the social service of social-housing "
            "companies, offline and end-to-end encrypted.\nPython {python}, Qt {qt}, "
            "PySide6 {pyside}.").format(version=app_version(), python=platform.python_version(),
                                        qt=qVersion(), pyside=PYSIDE_VERSION))
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Library"), self.tr("Version"), self.tr("Licence")])
        for name, version, licence in bundled_libraries():
            self.model.appendRow([QStandardItem(name), QStandardItem(version),
                                  QStandardItem(licence)])
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        self.table.setAccessibleName(self.tr("Libraries and their licences"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(_closing_buttons(self))
        self.resize(640, 480)


def _field(meta: metadata.PackageMetadata, name: str) -> str:
    """The first value of a metadata field, "" without one (`.get` is typed from 3.12 on)."""
    values = meta.get_all(name) or []
    return str(values[0]) if values else ""


def bundled_libraries() -> list[tuple[str, str, str]]:
    """(name, version, licence) of every installed distribution, from its own metadata."""
    found: dict[str, tuple[str, str, str]] = {}
    for dist in metadata.distributions():
        meta = dist.metadata
        name = _field(meta, "Name")
        if not name or name.lower() == "fieldapp":
            continue
        licence = _field(meta, "License-Expression").strip()
        if not licence:
            classifiers = [c.rsplit("::", 1)[-1].strip() for c in meta.get_all("Classifier") or []
                           if c.startswith("License ::")]
            licence = ", ".join(classifiers) or _field(meta, "License").strip()
        licence = licence.splitlines()[0][:80] if licence else "—"
        found[name.lower()] = (name, dist.version, licence)
    return sorted(found.values(), key=lambda r: r[0].casefold())
