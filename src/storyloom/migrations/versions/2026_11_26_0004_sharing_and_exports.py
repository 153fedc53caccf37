"""story share links

Exports need no table: they are files under <data>/exports named by story revision.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 12:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "story_shares",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("story_id", sa.String(length=32), nullable=False),
        sa.Column("owner_id", sa.String(length=32), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["users.id"],
            name=op.f("fk_story_shares_owner_id_users"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["story_id"],
            ["stories.id"],
            name=op.f("fk_story_shares_story_id_stories"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_story_shares")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_story_shares_token_hash")),
    )
    with op.batch_alter_table("story_shares", schema=None) as batch_op:
        batch_op.create_index("ix_story_shares_story_id", ["story_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("story_shares", schema=None) as batch_op:
        batch_op.drop_index("ix_story_shares_story_id")
    op.drop_table("story_shares")
