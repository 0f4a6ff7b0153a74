"""Amounts of money as the case file writes them (euro cents stored, Belgian notation)."""

from __future__ import annotations


def euros(cents: int) -> str:
    """1234567 -> '12.345,67' (how Belgian amounts are written, in both languages)."""
    whole, rest = divmod(abs(cents), 100)
    text = f"{whole:,}".replace(",", ".") + f",{rest:02d}"
    return f"-{text}" if cents < 0 else text
