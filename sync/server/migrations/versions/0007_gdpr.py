"""GDPR (issue 14): erasure orders with their items, blobs and devices to confirm, legal
holds, and the organisation's retention and processing settings. Ids only.

Revision ID: 0007
Revises: 0004 (0005 and 0006 are other work in progress; whichever lands later re-points)
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0004"
branch_labels = None
depends_on = None

ID = sa.String(length=36)


def upgrade() -> None:
    op.create_table(
        "erasure_orders",
        sa.Column("id", ID, nullable=False),
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("scope", sa.String(length=16), nullable=False),
        sa.Column("requested_by", ID, nullable=False),
        sa.Column("created_at", sa.Float(), nullable=False),
        sa.Column("reason_collection_id", ID, nullable=True),
        sa.Column("reason_key_version", sa.Integer(), nullable=True),
        sa.Column("reason_sealed", sa.LargeBinary(), nullable=True),
        sa.Column("revisions_deleted", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["organisation_id"], ["organisations.id"],
                                name="fk_erasure_orders_organisation_id_organisations"),
        sa.ForeignKeyConstraint(["requested_by"], ["users.id"],
                                name="fk_erasure_orders_requested_by_users"),
        sa.PrimaryKeyConstraint("id", name="pk_erasure_orders"),
    )
    op.create_index("ix_erasure_orders_organisation_id", "erasure_orders", ["organisation_id"])
    op.create_table(
        "erasure_items",
        sa.Column("order_id", ID, nullable=False),
        sa.Column("collection_id", ID, nullable=False),
        sa.Column("item_id", ID, nullable=False),
        sa.Column("organisation_id", ID, nullable=False),
        sa.ForeignKeyConstraint(["order_id"], ["erasure_orders.id"],
                                name="fk_erasure_items_order_id_erasure_orders"),
        sa.ForeignKeyConstraint(["organisation_id"], ["organisations.id"],
                                name="fk_erasure_items_organisation_id_organisations"),
        sa.PrimaryKeyConstraint("order_id", "collection_id", "item_id",
                                name="pk_erasure_items"),
    )
    op.create_index("ix_erasure_items_item_id", "erasure_items", ["item_id"])
    op.create_index("ix_erasure_items_organisation_id", "erasure_items", ["organisation_id"])
    op.create_table(
        "erasure_blobs",
        sa.Column("order_id", ID, nullable=False),
        sa.Column("blob_id", sa.String(length=64), nullable=False),
        sa.Column("organisation_id", ID, nullable=False),
        sa.ForeignKeyConstraint(["order_id"], ["erasure_orders.id"],
                                name="fk_erasure_blobs_order_id_erasure_orders"),
        sa.ForeignKeyConstraint(["organisation_id"], ["organisations.id"],
                                name="fk_erasure_blobs_organisation_id_organisations"),
        sa.PrimaryKeyConstraint("order_id", "blob_id", name="pk_erasure_blobs"),
    )
    op.create_index("ix_erasure_blobs_organisation_id", "erasure_blobs", ["organisation_id"])
    op.create_table(
        "erasure_devices",
        sa.Column("order_id", ID, nullable=False),
        sa.Column("device_id", ID, nullable=False),
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("user_id", ID, nullable=False),
        sa.Column("confirmed_at", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(["order_id"], ["erasure_orders.id"],
                                name="fk_erasure_devices_order_id_erasure_orders"),
        sa.ForeignKeyConstraint(["device_id"], ["devices.id"],
                                name="fk_erasure_devices_device_id_devices"),
        sa.ForeignKeyConstraint(["organisation_id"], ["organisations.id"],
                                name="fk_erasure_devices_organisation_id_organisations"),
        sa.PrimaryKeyConstraint("order_id", "device_id", name="pk_erasure_devices"),
    )
    op.create_index("ix_erasure_devices_device_id", "erasure_devices", ["device_id"])
    op.create_index("ix_erasure_devices_organisation_id", "erasure_devices",
                    ["organisation_id"])
    op.create_table(
        "legal_holds",
        sa.Column("id", ID, nullable=False),
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("created_by", ID, nullable=False),
        sa.Column("created_at", sa.Float(), nullable=False),
        sa.Column("reason_collection_id", ID, nullable=False),
        sa.Column("reason_key_version", sa.Integer(), nullable=False),
        sa.Column("reason_sealed", sa.LargeBinary(), nullable=False),
        sa.Column("released_at", sa.Float(), nullable=True),
        sa.Column("released_by", ID, nullable=True),
        sa.ForeignKeyConstraint(["organisation_id"], ["organisations.id"],
                                name="fk_legal_holds_organisation_id_organisations"),
        sa.ForeignKeyConstraint(["created_by"], ["users.id"],
                                name="fk_legal_holds_created_by_users"),
        sa.PrimaryKeyConstraint("id", name="pk_legal_holds"),
    )
    op.create_index("ix_legal_holds_organisation_id", "legal_holds", ["organisation_id"])
    op.create_table(
        "legal_hold_items",
        sa.Column("hold_id", ID, nullable=False),
        sa.Column("collection_id", ID, nullable=False),
        sa.Column("item_id", ID, nullable=False),
        sa.Column("organisation_id", ID, nullable=False),
        sa.ForeignKeyConstraint(["hold_id"], ["legal_holds.id"],
                                name="fk_legal_hold_items_hold_id_legal_holds"),
        sa.ForeignKeyConstraint(["organisation_id"], ["organisations.id"],
                                name="fk_legal_hold_items_organisation_id_organisations"),
        sa.PrimaryKeyConstraint("hold_id", "collection_id", "item_id",
                                name="pk_legal_hold_items"),
    )
    op.create_index("ix_legal_hold_items_item_id", "legal_hold_items", ["item_id"])
    op.create_index("ix_legal_hold_items_organisation_id", "legal_hold_items",
                    ["organisation_id"])
    op.create_table(
        "gdpr_settings",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("settings", sa.JSON(), nullable=False),
        sa.Column("updated_by", ID, nullable=False),
        sa.Column("updated_at", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(["organisation_id"], ["organisations.id"],
                                name="fk_gdpr_settings_organisation_id_organisations"),
        sa.PrimaryKeyConstraint("organisation_id", name="pk_gdpr_settings"),
    )


def downgrade() -> None:
    for table in ("gdpr_settings", "legal_hold_items", "legal_holds", "erasure_devices",
                  "erasure_blobs", "erasure_items", "erasure_orders"):
        op.drop_table(table)
