"""Several stories: every alert carries its story's id (alerts.story_id).

Events already carry theirs (unique per story, type, subject, actor). Existing alerts take
the story of the event they announce or were caused by; one with no event (none is written
so) keeps the story its key names ('consensus:<story>:...'), else ''.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("alerts") as batch:
        batch.add_column(sa.Column("story_id", sa.String(128), nullable=True))
    op.execute("UPDATE alerts SET story_id = (SELECT events.story_id FROM events WHERE events.id = alerts.event_id) "
               "WHERE event_id IS NOT NULL")
    rows = op.get_bind().execute(sa.text("SELECT id, key FROM alerts WHERE story_id IS NULL")).all()
    for alert_id, key in rows:
        parts = key.split(":")
        story = parts[1] if parts[0] in ("consensus", "holdout") and len(parts) > 2 else ""
        op.get_bind().execute(sa.text("UPDATE alerts SET story_id = :story WHERE id = :id"),
                              {"story": story, "id": alert_id})
    with op.batch_alter_table("alerts") as batch:
        batch.alter_column("story_id", existing_type=sa.String(128), nullable=False)
        batch.create_index("ix_alerts_story", ["story_id"])


def downgrade() -> None:
    with op.batch_alter_table("alerts") as batch:
        batch.drop_index("ix_alerts_story")
        batch.drop_column("story_id")
