"""Alert outbox: story-level alerts (kind, detail) and per-URL delivery (delivered_urls).

Revision ID: 0002
Revises: 0001
Create Date: 2024-11-29
"""
from alembic import op
import sqlalchemy as sa

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Batch mode: SQLite cannot add a CHECK constraint to an existing table (it copies it).
    with op.batch_alter_table("alerts") as batch:
        batch.add_column(sa.Column("kind", sa.String(16), nullable=False, server_default="event"))
        batch.add_column(sa.Column("detail", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("delivered_urls", sa.Text(), nullable=False, server_default=""))
        batch.create_check_constraint("ck_alerts_kind", "kind IN ('event', 'stance_change', 'consensus')")


def downgrade() -> None:
    with op.batch_alter_table("alerts") as batch:
        batch.drop_constraint("ck_alerts_kind", type_="check")
        batch.drop_column("delivered_urls")
        batch.drop_column("detail")
        batch.drop_column("kind")
