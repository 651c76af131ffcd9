"""The timeline over time: event date vs reported date, background events, ended stances,
retractions, the history of changes, and the update and correction alerts.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

Timestamp = sa.DateTime(timezone=True)
OLD_KINDS = "kind IN ('event', 'stance_change', 'consensus')"
NEW_KINDS = "kind IN ('event', 'stance_change', 'consensus', 'update', 'correction')"


def upgrade() -> None:
    # Plain ADD COLUMN, not batch mode: SQLite would copy `events`, which evidence references.
    op.add_column("events", sa.Column("reported", sa.Date(), nullable=True))
    op.add_column("events", sa.Column("background", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column("events", sa.Column("ended_on", sa.Date(), nullable=True))
    op.add_column("events", sa.Column("retracted_at", Timestamp, nullable=True))
    op.add_column("events", sa.Column("retracted_why", sa.Text(), nullable=True))
    # Events stored before this revision: reported when their first article was published.
    op.execute("UPDATE events SET reported = (SELECT published FROM articles WHERE articles.id = events.first_article_id)")
    op.create_table(
        "event_changes",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("event_id", sa.Integer(), sa.ForeignKey("events.id", name="fk_event_changes_event"), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("article_id", sa.Integer(), sa.ForeignKey("articles.id", name="fk_event_changes_article"),
                  nullable=True),
        sa.Column("status_before", sa.String(16), nullable=True),
        sa.Column("status_after", sa.String(16), nullable=True),
        sa.Column("date_before", sa.Date(), nullable=True),
        sa.Column("date_after", sa.Date(), nullable=True),
        sa.Column("why", sa.Text(), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=True),
        sa.Column("created_at", Timestamp, nullable=False),
        sa.UniqueConstraint("event_id", "article_id", "kind", name="uq_event_changes_article"),
        sa.CheckConstraint("kind IN ('upgrade', 'ended', 'retracted', 'restored', 'reinstated')",
                           name="ck_event_changes_kind"),
    )
    op.create_index("ix_event_changes_event_id", "event_changes", ["event_id"])
    with op.batch_alter_table("alerts") as batch:
        batch.drop_constraint("ck_alerts_kind", type_="check")
        batch.create_check_constraint("ck_alerts_kind", NEW_KINDS)


def downgrade() -> None:
    op.execute("DELETE FROM alerts WHERE kind IN ('update', 'correction')")
    with op.batch_alter_table("alerts") as batch:
        batch.drop_constraint("ck_alerts_kind", type_="check")
        batch.create_check_constraint("ck_alerts_kind", OLD_KINDS)
    op.drop_index("ix_event_changes_event_id", table_name="event_changes")
    op.drop_table("event_changes")
    for column in ("retracted_why", "retracted_at", "ended_on", "background", "reported"):
        op.drop_column("events", column)
