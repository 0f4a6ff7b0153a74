"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-21 05:56:59.266210
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The server schema as of issue 3.
    op.create_table(
        "audit_log",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("organisation_id", sa.String(length=36), nullable=True),
        sa.Column("at", sa.Float(), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=True),
        sa.Column("device_id", sa.String(length=36), nullable=True),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("collection_id", sa.String(length=36), nullable=True),
        sa.Column("item_id", sa.String(length=36), nullable=True),
        sa.Column("blob_id", sa.String(length=64), nullable=True),
        sa.Column("target_id", sa.String(length=36), nullable=True),
        sa.Column("outcome", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    op.create_index("ix_audit_log_org_id", "audit_log", ["organisation_id", "id"], unique=False)
    op.create_table(
        "login_throttle",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("last_failure_at", sa.Float(), nullable=False),
        sa.Column("blocked_until", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_login_throttle")),
    )
    op.create_table(
        "organisations",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("max_offline_days", sa.Integer(), nullable=False),
        sa.Column("require_device_secret", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisations")),
    )
    op.create_table(
        "server_config",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_server_config")),
    )
    op.create_table(
        "blobs",
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("blob_id", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("complete", sa.Boolean(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.Float(), nullable=False),
        sa.Column("completed_at", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_blobs_organisation_id_organisations"),
        ),
        sa.PrimaryKeyConstraint("organisation_id", "blob_id", name=op.f("pk_blobs")),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("disabled", sa.Boolean(), nullable=False),
        sa.Column("auth_hash", sa.String(length=200), nullable=True),
        sa.Column("account_salt", sa.LargeBinary(), nullable=True),
        sa.Column("kdf_params", sa.JSON(), nullable=True),
        sa.Column("wrap_public", sa.LargeBinary(), nullable=True),
        sa.Column("sign_public", sa.LargeBinary(), nullable=True),
        sa.Column("sealed_private_keys", sa.LargeBinary(), nullable=True),
        sa.Column("enrolled_at", sa.Float(), nullable=True),
        sa.Column("created_at", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_users_organisation_id_organisations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("email", name=op.f("uq_users_email")),
    )
    op.create_index(op.f("ix_users_organisation_id"), "users", ["organisation_id"], unique=False)
    op.create_table(
        "collections",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("sealed_meta", sa.LargeBinary(), nullable=True),
        sa.Column("key_version", sa.Integer(), nullable=False),
        sa.Column("needs_rotation", sa.Boolean(), nullable=False),
        sa.Column("last_seq", sa.BigInteger(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_collections_created_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_collections_organisation_id_organisations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_collections")),
    )
    op.create_index(
        op.f("ix_collections_organisation_id"), "collections", ["organisation_id"], unique=False
    )
    op.create_table(
        "devices",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.Float(), nullable=False),
        sa.Column("last_seen_at", sa.Float(), nullable=True),
        sa.Column("revoked_at", sa.Float(), nullable=True),
        sa.Column("wipe", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_devices_organisation_id_organisations"),
        ),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_devices_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_devices")),
    )
    op.create_index(
        op.f("ix_devices_organisation_id"), "devices", ["organisation_id"], unique=False
    )
    op.create_index(op.f("ix_devices_user_id"), "devices", ["user_id"], unique=False)
    op.create_table(
        "enrolment_codes",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("expires_at", sa.Float(), nullable=False),
        sa.Column("used_at", sa.Float(), nullable=True),
        sa.Column("created_at", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_enrolment_codes_organisation_id_organisations"),
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_enrolment_codes_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enrolment_codes")),
        sa.UniqueConstraint("code_hash", name=op.f("uq_enrolment_codes_code_hash")),
    )
    op.create_index(
        op.f("ix_enrolment_codes_organisation_id"),
        "enrolment_codes",
        ["organisation_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_enrolment_codes_user_id"), "enrolment_codes", ["user_id"], unique=False
    )
    op.create_table(
        "blob_refs",
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("blob_id", sa.String(length=64), nullable=False),
        sa.Column("collection_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["collection_id"],
            ["collections.id"],
            name=op.f("fk_blob_refs_collection_id_collections"),
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_blob_refs_organisation_id_organisations"),
        ),
        sa.PrimaryKeyConstraint(
            "organisation_id", "blob_id", "collection_id", name=op.f("pk_blob_refs")
        ),
    )
    op.create_index(
        op.f("ix_blob_refs_collection_id"), "blob_refs", ["collection_id"], unique=False
    )
    op.create_table(
        "items",
        sa.Column("collection_id", sa.String(length=36), nullable=False),
        sa.Column("item_id", sa.String(length=36), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("current_rev", sa.String(length=36), nullable=False),
        sa.Column("current_seq", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["collection_id"], ["collections.id"], name=op.f("fk_items_collection_id_collections")
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_items_organisation_id_organisations"),
        ),
        sa.PrimaryKeyConstraint("collection_id", "item_id", name=op.f("pk_items")),
    )
    op.create_index(op.f("ix_items_organisation_id"), "items", ["organisation_id"], unique=False)
    op.create_table(
        "memberships",
        sa.Column("collection_id", sa.String(length=36), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("access", sa.String(length=8), nullable=False),
        sa.Column("granted_by", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["collection_id"],
            ["collections.id"],
            name=op.f("fk_memberships_collection_id_collections"),
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_memberships_organisation_id_organisations"),
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_memberships_user_id_users")
        ),
        sa.PrimaryKeyConstraint("collection_id", "user_id", name=op.f("pk_memberships")),
    )
    op.create_index(
        op.f("ix_memberships_organisation_id"), "memberships", ["organisation_id"], unique=False
    )
    op.create_index(op.f("ix_memberships_user_id"), "memberships", ["user_id"], unique=False)
    op.create_table(
        "revisions",
        sa.Column("collection_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("item_id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.String(length=36), nullable=False),
        sa.Column("base_rev", sa.String(length=36), nullable=True),
        sa.Column("key_version", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("ciphertext", sa.LargeBinary(), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.Column("received_at", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"], ["users.id"], name=op.f("fk_revisions_author_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["collection_id"],
            ["collections.id"],
            name=op.f("fk_revisions_collection_id_collections"),
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_revisions_organisation_id_organisations"),
        ),
        sa.PrimaryKeyConstraint("collection_id", "seq", name=op.f("pk_revisions")),
        sa.UniqueConstraint("collection_id", "item_id", "rev", name="uq_revisions_item_rev"),
    )
    op.create_index(
        op.f("ix_revisions_organisation_id"), "revisions", ["organisation_id"], unique=False
    )
    op.create_table(
        "token_families",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.Float(), nullable=False),
        sa.Column("revoked_at", sa.Float(), nullable=True),
        sa.Column("revoked_reason", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["device_id"], ["devices.id"], name=op.f("fk_token_families_device_id_devices")
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_token_families_organisation_id_organisations"),
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_token_families_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_token_families")),
    )
    op.create_index(
        op.f("ix_token_families_device_id"), "token_families", ["device_id"], unique=False
    )
    op.create_index(
        op.f("ix_token_families_organisation_id"),
        "token_families",
        ["organisation_id"],
        unique=False,
    )
    op.create_index(op.f("ix_token_families_user_id"), "token_families", ["user_id"], unique=False)
    op.create_table(
        "wrapped_keys",
        sa.Column("collection_id", sa.String(length=36), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("key_version", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("ephemeral_public", sa.LargeBinary(), nullable=False),
        sa.Column("sealed", sa.LargeBinary(), nullable=False),
        sa.Column("granter_id", sa.String(length=36), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["collection_id"],
            ["collections.id"],
            name=op.f("fk_wrapped_keys_collection_id_collections"),
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_wrapped_keys_organisation_id_organisations"),
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_wrapped_keys_user_id_users")
        ),
        sa.PrimaryKeyConstraint(
            "collection_id", "user_id", "key_version", name=op.f("pk_wrapped_keys")
        ),
    )
    op.create_index(
        op.f("ix_wrapped_keys_organisation_id"), "wrapped_keys", ["organisation_id"], unique=False
    )
    op.create_index(op.f("ix_wrapped_keys_user_id"), "wrapped_keys", ["user_id"], unique=False)
    op.create_table(
        "access_tokens",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("family_id", sa.String(length=36), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("expires_at", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["device_id"], ["devices.id"], name=op.f("fk_access_tokens_device_id_devices")
        ),
        sa.ForeignKeyConstraint(
            ["family_id"],
            ["token_families.id"],
            name=op.f("fk_access_tokens_family_id_token_families"),
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_access_tokens_organisation_id_organisations"),
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_access_tokens_user_id_users")
        ),
        sa.PrimaryKeyConstraint("token_hash", name=op.f("pk_access_tokens")),
    )
    op.create_index(
        op.f("ix_access_tokens_family_id"), "access_tokens", ["family_id"], unique=False
    )
    op.create_index(
        op.f("ix_access_tokens_organisation_id"), "access_tokens", ["organisation_id"], unique=False
    )
    op.create_index(op.f("ix_access_tokens_user_id"), "access_tokens", ["user_id"], unique=False)
    op.create_table(
        "refresh_tokens",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("family_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.Float(), nullable=False),
        sa.Column("expires_at", sa.Float(), nullable=False),
        sa.Column("used_at", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(
            ["family_id"],
            ["token_families.id"],
            name=op.f("fk_refresh_tokens_family_id_token_families"),
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_refresh_tokens_organisation_id_organisations"),
        ),
        sa.PrimaryKeyConstraint("token_hash", name=op.f("pk_refresh_tokens")),
    )
    op.create_index(
        op.f("ix_refresh_tokens_family_id"), "refresh_tokens", ["family_id"], unique=False
    )
    op.create_index(
        op.f("ix_refresh_tokens_organisation_id"),
        "refresh_tokens",
        ["organisation_id"],
        unique=False,
    )


def downgrade() -> None:
    # The server schema as of issue 3.
    op.drop_index(op.f("ix_refresh_tokens_organisation_id"), table_name="refresh_tokens")
    op.drop_index(op.f("ix_refresh_tokens_family_id"), table_name="refresh_tokens")
    op.drop_table("refresh_tokens")
    op.drop_index(op.f("ix_access_tokens_user_id"), table_name="access_tokens")
    op.drop_index(op.f("ix_access_tokens_organisation_id"), table_name="access_tokens")
    op.drop_index(op.f("ix_access_tokens_family_id"), table_name="access_tokens")
    op.drop_table("access_tokens")
    op.drop_index(op.f("ix_wrapped_keys_user_id"), table_name="wrapped_keys")
    op.drop_index(op.f("ix_wrapped_keys_organisation_id"), table_name="wrapped_keys")
    op.drop_table("wrapped_keys")
    op.drop_index(op.f("ix_token_families_user_id"), table_name="token_families")
    op.drop_index(op.f("ix_token_families_organisation_id"), table_name="token_families")
    op.drop_index(op.f("ix_token_families_device_id"), table_name="token_families")
    op.drop_table("token_families")
    op.drop_index(op.f("ix_revisions_organisation_id"), table_name="revisions")
    op.drop_table("revisions")
    op.drop_index(op.f("ix_memberships_user_id"), table_name="memberships")
    op.drop_index(op.f("ix_memberships_organisation_id"), table_name="memberships")
    op.drop_table("memberships")
    op.drop_index(op.f("ix_items_organisation_id"), table_name="items")
    op.drop_table("items")
    op.drop_index(op.f("ix_blob_refs_collection_id"), table_name="blob_refs")
    op.drop_table("blob_refs")
    op.drop_index(op.f("ix_enrolment_codes_user_id"), table_name="enrolment_codes")
    op.drop_index(op.f("ix_enrolment_codes_organisation_id"), table_name="enrolment_codes")
    op.drop_table("enrolment_codes")
    op.drop_index(op.f("ix_devices_user_id"), table_name="devices")
    op.drop_index(op.f("ix_devices_organisation_id"), table_name="devices")
    op.drop_table("devices")
    op.drop_index(op.f("ix_collections_organisation_id"), table_name="collections")
    op.drop_table("collections")
    op.drop_index(op.f("ix_users_organisation_id"), table_name="users")
    op.drop_table("users")
    op.drop_table("blobs")
    op.drop_table("server_config")
    op.drop_table("organisations")
    op.drop_table("login_throttle")
    op.drop_index("ix_audit_log_org_id", table_name="audit_log")
    op.drop_table("audit_log")
