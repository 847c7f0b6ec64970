"""certificates: the learning outcomes achieved at issue time

Revision ID: 0003_certificate_outcomes
Revises: 0002_sync
Create Date: 2026-11-26 04:09:44.729953
"""

from alembic import op
import sqlalchemy as sa
import mobilaze_training.store.models


revision = '0003_certificate_outcomes'
down_revision = '0002_sync'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('certificates', schema=None) as batch_op:
        batch_op.add_column(sa.Column('outcomes', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('certificates', schema=None) as batch_op:
        batch_op.drop_column('outcomes')
