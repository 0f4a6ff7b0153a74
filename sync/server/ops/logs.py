"""Structured logs: one JSON object per line on stderr, without personal data.

The server's own messages name actions, error types and code locations, never a body.
As a second line of defence every message is scrubbed before it is written: e-mail
addresses, UUIDs (record, user, device, collection ids) and 64-hex ids (blobs, tokens)
become placeholders, and uvicorn's access lines (which carry paths with ids and the
client's address) are dropped unless asked for. The audit log in the database, readable by
the organisation, is where who did what is kept.
"""

from __future__ import annotations

import json
import logging
import re
import sys
import time
import traceback
from typing import Any

EMAIL = re.compile(r"[^\s@\"'<>(),;:]+@[^\s@\"'<>(),;:]+")
UUID = re.compile(r"\b[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\b")
HEX_ID = re.compile(r"\b[0-9a-fA-F]{32,}\b")


def scrub(text: str) -> str:
    text = EMAIL.sub("<email>", text)
    text = UUID.sub("<id>", text)
    return HEX_ID.sub("<hex>", text)


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": scrub(record.getMessage()),
        }
        if record.exc_info and record.exc_info[0] is not None:
            # The type and the code locations; never the exception's message.
            entry["exception"] = record.exc_info[0].__name__
            entry["trace"] = [
                f"{frame.filename}:{frame.lineno} {frame.name}"
                for frame in traceback.extract_tb(record.exc_info[2])
            ]
        return json.dumps(entry, ensure_ascii=False)


class DropAccessLog(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return record.name != "uvicorn.access"


def configure(level: str = "INFO", *, access_log: bool = False) -> None:
    """JSON lines on stderr for the root logger and uvicorn's loggers."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    if not access_log:
        handler.addFilter(DropAccessLog())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        logger = logging.getLogger(name)
        logger.handlers[:] = []
        logger.propagate = True


def uvicorn_log_config(level: str = "INFO", *, access_log: bool = False) -> dict[str, Any]:
    """A dictConfig for uvicorn (worker processes configure logging from it)."""
    filters = {} if access_log else {"drop_access": {"()": DropAccessLog}}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": filters,
        "formatters": {"json": {"()": JsonFormatter}},
        "handlers": {
            "stderr": {
                "class": "logging.StreamHandler",
                "stream": "ext://sys.stderr",
                "formatter": "json",
                "filters": list(filters),
            }
        },
        "root": {"handlers": ["stderr"], "level": level},
        "loggers": {
            "uvicorn": {"handlers": [], "propagate": True, "level": level},
            "uvicorn.error": {"handlers": [], "propagate": True, "level": level},
            "uvicorn.access": {"handlers": [], "propagate": True, "level": level},
        },
    }
