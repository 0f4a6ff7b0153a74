"""Look for marker strings everywhere a laptop or the server could still hold them.

Every function returns the places (table or file names) where a marker was found, never
the marker or the text around it, so a failing assertion prints nothing personal.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, column, create_engine, inspect, select, table

from fieldapp.vault import Vault


def variants(markers: Iterable[str]) -> list[bytes]:
    """Each marker as UTF-8, lower-cased, and without accents (how FTS5 tokens are kept)."""
    out: set[bytes] = set()
    for m in markers:
        folded = "".join(c for c in unicodedata.normalize("NFKD", m)
                         if not unicodedata.combining(c))
        for v in (m, m.lower(), folded, folded.lower()):
            out.add(v.encode("utf-8"))
    return sorted(out)


def _hits(value: Any, needles: list[bytes]) -> bool:
    if value is None:
        return False
    data = value if isinstance(value, bytes | bytearray | memoryview) else str(value).encode()
    data = bytes(data)
    return any(n in data or n in data.lower() for n in needles)


def scan_engine(engine: Engine, markers: Iterable[str]) -> list[str]:
    """Every table of a database (FTS shadow tables included), every column, every row."""
    needles = variants(markers)
    found: list[str] = []
    with engine.connect() as conn:
        names = inspect(conn).get_table_names()
        for name in names:
            cols = [c["name"] for c in inspect(conn).get_columns(name)]
            t = table(name, *(column(c) for c in cols))
            for row in conn.execute(select(t)):
                if any(_hits(v, needles) for v in row):
                    found.append(name)
                    break
    return found


def scan_vault(vault: Vault, markers: Iterable[str]) -> list[str]:
    """The vault (opened with its key), its pre-migration backups (same key) and every
    file in its folder that is not the database (drafts live in the database)."""
    found = [f"vault:{t}" for t in scan_engine(vault.engine, markers)]
    for backup in sorted(vault.folder.glob("*.bak")):
        engine = vault.copy_engine(backup)
        try:
            found += [f"backup:{t}" for t in scan_engine(engine, markers)]
        finally:
            engine.dispose()
    return found


def scan_files(folder: Path, markers: Iterable[str]) -> list[str]:
    needles = variants(markers)
    return [str(p.relative_to(folder)) for p in folder.rglob("*")
            if p.is_file() and _hits(p.read_bytes(), needles)]


def scan_postgres(url: str, markers: Iterable[str]) -> list[str]:
    engine = create_engine(url)
    try:
        return scan_engine(engine, markers)
    finally:
        engine.dispose()
