"""data exchange: trusted keys, imported audit, record origins, imported bundles

Revision ID: 0002_sync
Revises: 0001_initial
Create Date: 2026-11-26 02:09:02.760150
"""

from alembic import op
import sqlalchemy as sa
import mobilaze_training.store.models


revision = '0002_sync'
down_revision = '0001_initial'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('imported_audit',
    sa.Column('origin', sa.String(length=64), nullable=False),
    sa.Column('seq', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('at', mobilaze_training.store.models.UTCDateTime(timezone=True), nullable=False),
    sa.Column('actor_id', sa.Uuid(), nullable=True),
    sa.Column('actor_name', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=64), nullable=False),
    sa.Column('target', sa.String(length=200), nullable=True),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('origin', 'seq', name=op.f('pk_imported_audit'))
    )
    with op.batch_alter_table('imported_audit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_imported_audit_action'), ['action'], unique=False)

    op.create_table('imported_bundles',
    sa.Column('bundle_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('origin', sa.String(length=64), nullable=False),
    sa.Column('key_id', sa.String(length=16), nullable=False),
    sa.Column('created_at', mobilaze_training.store.models.UTCDateTime(timezone=True), nullable=False),
    sa.Column('manifest_sha256', sa.String(length=64), nullable=False),
    sa.Column('counts', sa.JSON(), nullable=False),
    sa.Column('imported_at', mobilaze_training.store.models.UTCDateTime(timezone=True), nullable=False),
    sa.Column('imported_by', sa.Uuid(), nullable=True),
    sa.PrimaryKeyConstraint('bundle_id', name=op.f('pk_imported_bundles'))
    )
    with op.batch_alter_table('imported_bundles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_imported_bundles_origin'), ['origin'], unique=False)

    op.create_table('sync_origins',
    sa.Column('table_name', sa.String(length=32), nullable=False),
    sa.Column('record_id', sa.String(length=64), nullable=False),
    sa.Column('machine_id', sa.String(length=64), nullable=False),
    sa.Column('updated_at', mobilaze_training.store.models.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('table_name', 'record_id', name=op.f('pk_sync_origins'))
    )
    op.create_table('trusted_keys',
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('key_id', sa.String(length=16), nullable=False),
    sa.Column('public_key', sa.String(length=64), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('machine_id', sa.String(length=64), nullable=True),
    sa.Column('added_at', mobilaze_training.store.models.UTCDateTime(timezone=True), nullable=False),
    sa.Column('added_by', sa.Uuid(), nullable=True),
    sa.PrimaryKeyConstraint('kind', 'key_id', name=op.f('pk_trusted_keys'))
    )
    with op.batch_alter_table('trusted_keys', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_trusted_keys_machine_id'), ['machine_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('trusted_keys', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_trusted_keys_machine_id'))

    op.drop_table('trusted_keys')
    op.drop_table('sync_origins')
    with op.batch_alter_table('imported_bundles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_imported_bundles_origin'))

    op.drop_table('imported_bundles')
    with op.batch_alter_table('imported_audit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_imported_audit_action'))

    op.drop_table('imported_audit')
