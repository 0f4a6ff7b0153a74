"""Push manifests (issue 13): one signature per pushed batch instead of one per record.

``manifests`` holds the author's signature over the digests of a batch; a revision pushed
under one names it (``manifest_id``, the seq of the first revision stored from the batch)
and its place in it (``manifest_index``), and keeps an empty ``signature``. Revisions
stored before keep their own signature and no manifest: both are served and verified.

Revision ID: 0010
Revises: 0070 (re-chained after main brought 0070_employer)
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0070"
branch_labels = None
depends_on = None

ID = sa.String(length=36)


def upgrade() -> None:
    op.create_table(
        "manifests",
        sa.Column("collection_id", ID, nullable=False),
        sa.Column("id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("author_id", ID, nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.Column("digests", sa.LargeBinary(), nullable=False),
        sa.Column("received_at", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(["collection_id"], ["collections.id"],
                                name=op.f("fk_manifests_collection_id_collections")),
        sa.ForeignKeyConstraint(["organisation_id"], ["organisations.id"],
                                name=op.f("fk_manifests_organisation_id_organisations")),
        sa.ForeignKeyConstraint(["author_id"], ["users.id"],
                                name=op.f("fk_manifests_author_id_users")),
        sa.PrimaryKeyConstraint("collection_id", "id", name=op.f("pk_manifests")),
    )
    op.create_index(op.f("ix_manifests_organisation_id"), "manifests", ["organisation_id"])
    with op.batch_alter_table("revisions") as batch:
        batch.add_column(sa.Column("manifest_id", sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column("manifest_index", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("revisions") as batch:
        batch.drop_column("manifest_index")
        batch.drop_column("manifest_id")
    op.drop_index(op.f("ix_manifests_organisation_id"), table_name="manifests")
    op.drop_table("manifests")
