"""narration: page audio and word timings, name pronunciation hints

Revision ID: 0005_narration
Revises: 0004
Create Date: 2026-12-04 06:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_narration"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("story_pages") as batch:
        batch.add_column(sa.Column("audio_key", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("audio_hash", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("audio", sa.JSON(), nullable=True))
    with op.batch_alter_table("characters") as batch:
        batch.add_column(
            sa.Column("pronunciation", sa.String(length=80), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("characters") as batch:
        batch.drop_column("pronunciation")
    with op.batch_alter_table("story_pages") as batch:
        batch.drop_column("audio")
        batch.drop_column("audio_hash")
        batch.drop_column("audio_key")
