"""story exports: exported PDF and EPUB files in the media store

Until now exports were files under <data>/exports on each host; they are made again on
demand, so nothing is carried over (the old folder can be removed).

Revision ID: 0006_story_exports
Revises: 0005_narration
Create Date: 2026-12-04 12:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_story_exports"
down_revision: str | None = "0005_narration"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "story_exports",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("story_id", sa.String(length=32), nullable=False),
        sa.Column("owner_id", sa.String(length=32), nullable=False),
        sa.Column("revision", sa.String(length=64), nullable=False),
        sa.Column("options", sa.String(length=64), nullable=False),
        sa.Column("format", sa.String(length=8), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["users.id"],
            name=op.f("fk_story_exports_owner_id_users"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["story_id"],
            ["stories.id"],
            name=op.f("fk_story_exports_story_id_stories"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_story_exports")),
        sa.UniqueConstraint(
            "story_id", "revision", "options", "format", name=op.f("uq_story_exports_story_id")
        ),
    )
    with op.batch_alter_table("story_exports", schema=None) as batch_op:
        batch_op.create_index("ix_story_exports_key", ["key"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("story_exports", schema=None) as batch_op:
        batch_op.drop_index("ix_story_exports_key")
    op.drop_table("story_exports")
