"""The installed FieldApp's version (the package metadata; a bundle carries it too)."""

from __future__ import annotations

from importlib import metadata


def app_version() -> str:
    try:
        return metadata.version("fieldapp")
    except metadata.PackageNotFoundError:
        return "0+unknown"
