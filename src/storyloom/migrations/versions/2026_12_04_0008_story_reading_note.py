"""stories.reading_note: why a model-written story may read outside its age band

Revision ID: 0008_story_reading_note
Revises: 0007_password_resets
Create Date: 2026-12-04 20:15:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_story_reading_note"
down_revision: str | None = "0007_password_resets"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("stories") as batch:
        batch.add_column(sa.Column("reading_note", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("stories") as batch:
        batch.drop_column("reading_note")
