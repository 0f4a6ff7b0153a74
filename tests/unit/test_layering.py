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


# The kernel every area shares; it knows no area (only `fieldapp.catalogue`, the one module
# that lists every area's models, may be asked for the full list at call time).
KERNEL = {"crypto", "vault", "records", "local", "people", "registry", "audit", "attachments",
          "reports", "errors", "i18n", "cli"}
AREAS = {"casework", "renovation", "neighbourhood", "supervision", "community",
         "collective", "mentalhealth"}
PRODUCT = ("fieldapp", "ui", "sync")


def _imported_modules(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_every_fieldapp_module_belongs_to_the_kernel_an_area_or_the_catalogue() -> None:
    package = Path(fieldapp.__file__).parent
    homes = {path.relative_to(package).parts[0].removesuffix(".py")
             for path in package.rglob("*.py")} - {"__init__"}
    # `gdpr` composes like `catalogue`: what is held about one person crosses every area
    # (subject access, erasure, retention), so it may import the areas; no area imports it.
    # `agenda` composes too: a worker's day holds visits, office appointments and welcome
    # sessions (casework) and access appointments (renovation); no area imports it.
    assert homes - KERNEL - AREAS == {"catalogue", "gdpr", "agenda"}


def test_the_kernel_imports_no_area() -> None:
    package = Path(fieldapp.__file__).parent
    offenders = {}
    for home in KERNEL:
        for path in (package / home).rglob("*.py") if (package / home).is_dir() else \
                [package / f"{home}.py"]:
            areas = {m.split(".")[1] for m in _imported_modules(path)
                     if m.startswith("fieldapp.") and m.split(".")[1] in AREAS}
            if areas:
                offenders[str(path.relative_to(package.parent))] = sorted(areas)
    assert offenders == {}


def test_the_product_never_imports_the_demo_tooling() -> None:
    root = Path(fieldapp.__file__).parent.parent
    offenders = sorted(
        str(path.relative_to(root))
        for package in PRODUCT
        for path in (root / package).rglob("*.py")
        if any(m == "demo" or m.startswith("demo.") for m in _imported_modules(path))
    )
    assert offenders == []
