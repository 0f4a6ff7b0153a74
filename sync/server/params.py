"""Bounds for what arrives in paths and query strings, so no malformed value reaches the
database (a NUL byte, an id of a kilobyte, a number past BIGINT): each answers 422."""

from __future__ import annotations

from typing import Annotated

from fastapi import Path

MAX_SEQ = 2**63 - 1
# Ids are UUIDs (users, collections, items, devices) or SHA-256 hex (blobs); anything
# printable up to 64 characters is looked up and answers 404 when unknown, as before.
ID_PATTERN = r"^[^\x00-\x1f\x7f]{1,64}$"

PathId = Annotated[str, Path(max_length=64, pattern=ID_PATTERN)]
