"""How uvicorn runs the server by default: uvloop's event loop, httptools' HTTP parser, and
no access log line per request (a busy server would spend its time writing them, and
they are no audit trail: that is in the database). Where uvloop does not exist
(Windows) uvicorn's own choice stands."""

from __future__ import annotations

import importlib.util
from typing import Any


def uvicorn_options() -> dict[str, Any]:
    """Keyword arguments for `uvicorn.run` / `uvicorn.Config`."""
    options: dict[str, Any] = {"access_log": False}
    if importlib.util.find_spec("uvloop") is not None:
        options["loop"] = "uvloop"
    if importlib.util.find_spec("httptools") is not None:
        options["http"] = "httptools"
    return options


def uvicorn_argv(*, host: str, port: int, workers: int = 1) -> list[str]:
    """The same as command-line arguments, serving `sync.server.app:app_from_env`."""
    argv = [
        "sync.server.app:app_from_env",
        "--factory",
        "--host",
        host,
        "--port",
        str(port),
        "--workers",
        str(workers),
        "--log-level",
        "warning",
    ]
    options = uvicorn_options()
    if not options["access_log"]:
        argv.append("--no-access-log")
    for name in ("loop", "http"):
        if name in options:
            argv += [f"--{name}", options[name]]
    return argv
