"""DESIGN.md §2: the domain package imports no Qt, no HTTP client, and neither `ui` nor `sync`."""

from __future__ import annotations

import ast
from pathlib import Path

import fieldapp

FORBIDDEN = {"PySide6", "requests", "ui", "sync", "httpx", "fastapi", "uvicorn"}


def _imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    roots: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def test_fieldapp_imports_no_qt_http_ui_or_sync() -> None:
    package = Path(fieldapp.__file__).parent
    offenders = {
        str(path.relative_to(package.parent)): sorted(_imported_roots(path) & FORBIDDEN)
        for path in package.rglob("*.py")
        if _imported_roots(path) & FORBIDDEN
    }
    assert offenders == {}
