"""Dates with their precision: an event (its date and the end of an ended stance), its evidence
and its history keep whether a date is a day, a month ('in March') or a year ('last year'); a
month or a year is held as its first day.

Every date stored before was a day.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Added nullable columns: no table copy needed, even on SQLite.
    op.add_column("events", sa.Column("date_precision", sa.String(length=8), nullable=True))
    op.add_column("evidence", sa.Column("date_precision", sa.String(length=8), nullable=True))
    op.add_column("event_changes", sa.Column("precision_before", sa.String(length=8), nullable=True))
    op.add_column("event_changes", sa.Column("precision_after", sa.String(length=8), nullable=True))
    op.add_column("events", sa.Column("ended_precision", sa.String(length=8), nullable=True))
    for table in ("events", "evidence"):
        op.execute(f"UPDATE {table} SET date_precision = 'day' WHERE date IS NOT NULL")
    op.execute("UPDATE events SET ended_precision = 'day' WHERE ended_on IS NOT NULL")
    op.execute("UPDATE event_changes SET precision_before = 'day' WHERE date_before IS NOT NULL")
    op.execute("UPDATE event_changes SET precision_after = 'day' WHERE date_after IS NOT NULL")


def downgrade() -> None:
    with op.batch_alter_table("event_changes") as batch:
        batch.drop_column("precision_after")
        batch.drop_column("precision_before")
    with op.batch_alter_table("evidence") as batch:
        batch.drop_column("date_precision")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("ended_precision")
        batch.drop_column("date_precision")
