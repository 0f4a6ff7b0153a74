"""One shell for every role (issue 12): the main window, the app and the area registry reach
no area's screens by any chain of imports, also inside functions; the one module that names
the area packages is ui/installed_areas.py, and no area imports another's workspace."""

from __future__ import annotations

from tests.unit.test_import_cycles import ROOT, _graph, _modules

# Every package under ui/ is an area's, but the sync screens and the developer tools.
SHARED = {"sync", "tools"}
AREAS = tuple(sorted(f"ui.{p.name}" for p in (ROOT / "ui").iterdir()
                     if (p / "__init__.py").exists() and p.name not in SHARED))
SHELL = ("ui.main", "ui.app", "ui.main_window", "ui.areas", "ui.help_dialogs",
         "ui.workspace_hooks", "ui.vault_pages", "ui.settings_dialog")
LIST = "ui.installed_areas"


def _area(module: str) -> str | None:
    return next((a for a in AREAS if module == a or module.startswith(a + ".")), None)


def _reached(graph: dict[str, set[str]], start: str) -> set[tuple[str, str]]:
    """(importer, area module) for every area module reachable from `start` without going
    through the list of installed areas."""
    seen: set[str] = set()
    stack, found = [start], set()
    while stack:
        module = stack.pop()
        if module in seen:
            continue
        seen.add(module)
        for needed in graph.get(module, ()):
            if needed == LIST:
                continue
            if _area(needed):
                found.add((module, needed))
            else:
                stack.append(needed)
    return found


def test_the_shell_reaches_no_area() -> None:
    assert {"ui.casework", "ui.renovation", "ui.neighbourhood", "ui.supervision"} <= set(AREAS)
    graph = _graph(_modules())
    assert {shell: sorted(_reached(graph, shell)) for shell in SHELL
            if _reached(graph, shell)} == {}


def test_only_the_list_of_installed_areas_names_them() -> None:
    graph = _graph(_modules())
    naming = {m for m, needs in graph.items()
              if not _area(m) and m.startswith("ui.") and any(_area(n) for n in needs)}
    assert naming == {LIST}


def test_no_area_imports_another_areas_workspace() -> None:
    graph = _graph(_modules())
    crossing = sorted((m, n) for m, needs in graph.items() if _area(m) for n in needs
                      if _area(n) and _area(n) != _area(m) and n.endswith((".workspace", ".area")))
    assert crossing == []
