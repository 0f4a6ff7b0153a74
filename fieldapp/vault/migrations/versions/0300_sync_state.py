"""Sync state: account, collections map, merge bases, in-flight revisions, conflicts, pins.

Revision ID: 0300_sync_state
Revises: 0002
Create Date: 2026-11-21
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0300_sync_state"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('sync_account',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('server_url', sa.String(length=300), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('user', sa.JSON(), nullable=False),
    sa.Column('organisation_id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=True),
    sa.Column('device_name', sa.String(length=200), nullable=False),
    sa.Column('access_token', sa.Text(), nullable=True),
    sa.Column('refresh_token', sa.Text(), nullable=True),
    sa.Column('wrap_private', sa.LargeBinary(), nullable=True),
    sa.Column('sign_private', sa.LargeBinary(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_account'))
    )
    op.create_table('sync_base',
    sa.Column('item_id', sa.String(length=36), nullable=False),
    sa.Column('table_name', sa.String(length=60), nullable=False),
    sa.Column('collection_key', sa.String(length=120), nullable=False),
    sa.Column('rev', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=False),
    sa.Column('received_at', sa.Float(), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('item_id', name=op.f('pk_sync_base'))
    )
    op.create_table('sync_blobs',
    sa.Column('blob_id', sa.String(length=64), nullable=False),
    sa.Column('collection_key', sa.String(length=120), nullable=False),
    sa.Column('direction', sa.String(length=4), nullable=False),
    sa.Column('ref', sa.JSON(), nullable=False),
    sa.Column('path', sa.String(length=500), nullable=False),
    sa.Column('done', sa.Boolean(), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('blob_id', name=op.f('pk_sync_blobs'))
    )
    with op.batch_alter_table('sync_blobs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_blobs_done'), ['done'], unique=False)

    op.create_table('sync_collections',
    sa.Column('local_key', sa.String(length=120), nullable=False),
    sa.Column('server_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('access', sa.String(length=10), nullable=False),
    sa.Column('key_version', sa.Integer(), nullable=False),
    sa.Column('last_seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('local_key', name=op.f('pk_sync_collections')),
    sa.UniqueConstraint('server_id')
    )
    op.create_table('sync_conflicts',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('item_id', sa.String(length=36), nullable=False),
    sa.Column('table_name', sa.String(length=60), nullable=False),
    sa.Column('collection_key', sa.String(length=120), nullable=False),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.Column('theirs_rev', sa.String(length=36), nullable=False),
    sa.Column('theirs_by', sa.String(length=36), nullable=False),
    sa.Column('theirs_at', sa.Float(), nullable=False),
    sa.Column('mine_by', sa.String(length=36), nullable=False),
    sa.Column('mine_at', sa.DateTime(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('resolved', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflicts'))
    )
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_conflicts_item_id'), ['item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_conflicts_resolved'), ['resolved'], unique=False)

    op.create_table('sync_inflight',
    sa.Column('rev', sa.String(length=36), nullable=False),
    sa.Column('item_id', sa.String(length=36), nullable=False),
    sa.Column('table_name', sa.String(length=60), nullable=False),
    sa.Column('collection_key', sa.String(length=120), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('rev', name=op.f('pk_sync_inflight'))
    )
    with op.batch_alter_table('sync_inflight', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_inflight_item_id'), ['item_id'], unique=False)

    op.create_table('sync_meta',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_sync_meta'))
    )
    op.create_table('sync_pins',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('wrap_public', sa.LargeBinary(), nullable=False),
    sa.Column('sign_public', sa.LargeBinary(), nullable=False),
    sa.Column('valid_from', sa.Float(), nullable=False),
    sa.Column('valid_until', sa.Float(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_pins'))
    )
    with op.batch_alter_table('sync_pins', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_pins_user_id'), ['user_id'], unique=False)

    op.create_table('sync_users',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('display_name', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_users'))
    )


def downgrade() -> None:
    op.drop_table('sync_users')
    with op.batch_alter_table('sync_pins', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_pins_user_id'))

    op.drop_table('sync_pins')
    op.drop_table('sync_meta')
    with op.batch_alter_table('sync_inflight', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_inflight_item_id'))

    op.drop_table('sync_inflight')
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_conflicts_resolved'))
        batch_op.drop_index(batch_op.f('ix_sync_conflicts_item_id'))

    op.drop_table('sync_conflicts')
    op.drop_table('sync_collections')
    with op.batch_alter_table('sync_blobs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_blobs_done'))

    op.drop_table('sync_blobs')
    op.drop_table('sync_base')
    op.drop_table('sync_account')
