"""Initial schema: articles, events, evidence, alert outbox, feeds, feed items.

Revision ID: 0001
Revises:
Create Date: 2024-11-22
"""
from alembic import op
import sqlalchemy as sa

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# Migrations are frozen history: plain column types here, never the models' classes.
Timestamp = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("outlet", sa.Text(), nullable=False),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("source", sa.String(8), nullable=False),
        sa.Column("feed_name", sa.Text(), nullable=True),
        sa.Column("text_source", sa.String(8), nullable=False),
        sa.Column("relevant", sa.Boolean(), nullable=False),
        sa.Column("created_at", Timestamp, nullable=False),
        sa.UniqueConstraint("url", name="uq_articles_url"),
        sa.UniqueConstraint("content_hash", name="uq_articles_content_hash"),
        sa.CheckConstraint("source IN ('seed', 'file', 'feed')", name="ck_articles_source"),
        sa.CheckConstraint("text_source IN ('file', 'page', 'feed')", name="ck_articles_text_source"),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("story_id", sa.String(128), nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("actor", sa.Text(), nullable=True),
        sa.Column("actor_key", sa.Text(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("first_article_id", sa.Integer(), sa.ForeignKey("articles.id", name="fk_events_first_article"),
                  nullable=False),
        sa.Column("created_at", Timestamp, nullable=False),
        sa.UniqueConstraint("story_id", "type", "subject", "actor_key", name="uq_events_key"),
    )
    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("event_id", sa.Integer(), sa.ForeignKey("events.id", name="fk_evidence_event"), nullable=False),
        sa.Column("article_id", sa.Integer(), sa.ForeignKey("articles.id", name="fk_evidence_article"),
                  nullable=False),
        sa.Column("sentence", sa.Text(), nullable=False),
        sa.Column("sentence_hash", sa.String(64), nullable=False),
        sa.Column("span_start", sa.Integer(), nullable=False),
        sa.Column("span_end", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("rule", sa.Text(), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("created_at", Timestamp, nullable=False),
        sa.UniqueConstraint("event_id", "article_id", "sentence_hash", name="uq_evidence_sentence"),
    )
    op.create_index("ix_evidence_event_id", "evidence", ["event_id"])
    op.create_table(
        "alerts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("route", sa.String(128), nullable=False),
        sa.Column("key", sa.String(256), nullable=False),
        sa.Column("event_id", sa.Integer(), sa.ForeignKey("events.id", name="fk_alerts_event"), nullable=True),
        sa.Column("state", sa.String(8), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("next_attempt_at", Timestamp, nullable=False),
        sa.Column("claimed_at", Timestamp, nullable=True),
        sa.Column("sent_at", Timestamp, nullable=True),
        sa.Column("created_at", Timestamp, nullable=False),
        sa.Column("updated_at", Timestamp, nullable=False),
        sa.UniqueConstraint("route", "key", name="uq_alerts_route_key"),
        sa.CheckConstraint("state IN ('pending', 'sending', 'sent', 'dead')", name="ck_alerts_state"),
    )
    op.create_index("ix_alerts_state_due", "alerts", ["state", "next_attempt_at"])
    op.create_table(
        "feeds",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(128), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("etag", sa.Text(), nullable=True),
        sa.Column("modified", sa.Text(), nullable=True),
        sa.Column("last_status", sa.Integer(), nullable=True),
        sa.Column("consecutive_failures", sa.Integer(), nullable=False),
        sa.Column("next_poll_at", Timestamp, nullable=True),
        sa.Column("last_polled_at", Timestamp, nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.UniqueConstraint("name", name="uq_feeds_name"),
    )
    op.create_table(
        "feed_items",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("feed_id", sa.Integer(), sa.ForeignKey("feeds.id", name="fk_feed_items_feed"), nullable=False),
        sa.Column("item_key", sa.Text(), nullable=False),
        sa.Column("article_id", sa.Integer(), sa.ForeignKey("articles.id", name="fk_feed_items_article"),
                  nullable=True),
        sa.Column("first_seen_at", Timestamp, nullable=False),
        sa.UniqueConstraint("feed_id", "item_key", name="uq_feed_items_key"),
    )


def downgrade() -> None:
    for table in ("feed_items", "feeds", "alerts", "evidence", "events", "articles"):
        op.drop_table(table)
