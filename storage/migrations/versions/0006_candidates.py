"""Candidates found in articles (not in the story file), with the operator's decision, and the
alert kind that announces one ('new_candidate').

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

OLD_KINDS = "kind IN ('event', 'stance_change', 'consensus', 'update', 'correction')"
NEW_KINDS = "kind IN ('event', 'stance_change', 'consensus', 'new_candidate', 'update', 'correction')"


def upgrade() -> None:
    op.create_table(
        "candidates",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("story_id", sa.String(128), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("aliases", sa.JSON(), nullable=False),
        sa.Column("pronoun", sa.String(8), nullable=True),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("first_article_id", sa.Integer(), sa.ForeignKey("articles.id"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.UniqueConstraint("story_id", "name", name="uq_candidates_story_name"),
        sa.CheckConstraint("state IN ('proposed', 'accepted', 'rejected')", name="ck_candidates_state"),
    )
    with op.batch_alter_table("alerts") as batch:
        batch.drop_constraint("ck_alerts_kind", type_="check")
        batch.create_check_constraint("ck_alerts_kind", NEW_KINDS)


def downgrade() -> None:
    op.execute("DELETE FROM alerts WHERE kind = 'new_candidate'")
    with op.batch_alter_table("alerts") as batch:
        batch.drop_constraint("ck_alerts_kind", type_="check")
        batch.create_check_constraint("ck_alerts_kind", OLD_KINDS)
    op.drop_table("candidates")
