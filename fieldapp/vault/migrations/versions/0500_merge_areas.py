"""Merge the area branches (renovation, neighbourhood, sync state, supervision).

Revision ID: 0500_merge_areas
Revises: 0100_renovation, 0200_neighbourhood, 0300_sync_state, 0400_supervision
"""

from __future__ import annotations

revision: str = "0500_merge_areas"
down_revision: tuple[str, ...] = (
    "0100_renovation",
    "0200_neighbourhood",
    "0300_sync_state",
    "0400_supervision",
)
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Nothing to do: the branches touch separate tables."""


def downgrade() -> None:
    """Nothing to undo."""
