"""Alerts: how the last delivery failed (failure: 'unreachable' or 'rejected') and how often a
dead alert was revived (revivals), so only outages bring alerts back, a bounded number of times.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Added columns (nullable, or with a server default): no table copy needed, even on SQLite.
    op.add_column("alerts", sa.Column("failure", sa.String(length=16), nullable=True))
    op.add_column("alerts", sa.Column("revivals", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("alerts") as batch:
        batch.drop_column("revivals")
        batch.drop_column("failure")
