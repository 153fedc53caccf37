"""characters, their relationships, images; full-text search over characters

SQLite: an external-content FTS5 table over (owner_id, search_text), kept in step by
triggers; searches match the owner's id in its own column, so the owner filter is part of
the indexed lookup. A later batch migration that rebuilds `characters` must recreate the
FTS table and triggers (batch mode copies rows and may renumber rowids): drop them first,
then create them again and run `INSERT INTO characters_fts(characters_fts) VALUES('rebuild')`.
PostgreSQL: one GIN index over (owner_id, to_tsvector('simple', search_text)) with btree_gin.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 08:29:47.420912
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "characters",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("owner_id", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("pronouns", sa.String(length=8), nullable=False),
        sa.Column("age", sa.Integer(), nullable=True),
        sa.Column("appearance", sa.JSON(), nullable=False),
        sa.Column("traits", sa.JSON(), nullable=False),
        sa.Column("likes", sa.JSON(), nullable=False),
        sa.Column("dislikes", sa.JSON(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("trait_tags", sa.String(length=200), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("portrait_image_id", sa.String(length=32), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["users.id"],
            name=op.f("fk_characters_owner_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_characters")),
    )
    with op.batch_alter_table("characters", schema=None) as batch_op:
        batch_op.create_index(
            "ix_characters_owner_created", ["owner_id", "created_at", "id"], unique=False
        )

    op.create_table(
        "character_relationships",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("owner_id", sa.String(length=32), nullable=False),
        sa.Column("a_id", sa.String(length=32), nullable=False),
        sa.Column("b_id", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("a_id <> b_id", name=op.f("ck_character_relationships_not_self")),
        sa.ForeignKeyConstraint(
            ["a_id"],
            ["characters.id"],
            name=op.f("fk_character_relationships_a_id_characters"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["b_id"],
            ["characters.id"],
            name=op.f("fk_character_relationships_b_id_characters"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["users.id"],
            name=op.f("fk_character_relationships_owner_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_character_relationships")),
        sa.UniqueConstraint("a_id", "b_id", "kind", name="uq_character_relationships_pair_kind"),
    )
    with op.batch_alter_table("character_relationships", schema=None) as batch_op:
        batch_op.create_index("ix_character_relationships_b_id", ["b_id"], unique=False)
        batch_op.create_index("ix_character_relationships_owner_id", ["owner_id"], unique=False)

    op.create_table(
        "images",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("owner_id", sa.String(length=32), nullable=False),
        sa.Column("character_id", sa.String(length=32), nullable=True),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("media_type", sa.String(length=40), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["character_id"],
            ["characters.id"],
            name=op.f("fk_images_character_id_characters"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["users.id"], name=op.f("fk_images_owner_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_images")),
    )
    with op.batch_alter_table("images", schema=None) as batch_op:
        batch_op.create_index("ix_images_character_id", ["character_id"], unique=False)
        batch_op.create_index("ix_images_expires_at", ["expires_at"], unique=False)
        batch_op.create_index("ix_images_key", ["key"], unique=False)
        batch_op.create_index("ix_images_owner_id", ["owner_id"], unique=False)

    _create_search()


def _create_search() -> None:
    if op.get_context().dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE characters_fts USING fts5(owner_id, search_text, "
            "content='characters', content_rowid='rowid', "
            "tokenize='unicode61 remove_diacritics 2', prefix='2 3')"
        )
        insert = (
            "INSERT INTO characters_fts(rowid, owner_id, search_text) "
            "VALUES (new.rowid, new.owner_id, new.search_text);"
        )
        delete = (
            "INSERT INTO characters_fts(characters_fts, rowid, owner_id, search_text) "
            "VALUES ('delete', old.rowid, old.owner_id, old.search_text);"
        )
        op.execute(
            f"CREATE TRIGGER characters_fts_ai AFTER INSERT ON characters BEGIN {insert} END"
        )
        op.execute(
            f"CREATE TRIGGER characters_fts_ad AFTER DELETE ON characters BEGIN {delete} END"
        )
        op.execute(
            "CREATE TRIGGER characters_fts_au AFTER UPDATE OF owner_id, search_text "
            f"ON characters BEGIN {delete} {insert} END"
        )
    else:
        op.execute("CREATE EXTENSION IF NOT EXISTS btree_gin")
        op.execute(
            "CREATE INDEX ix_characters_search ON characters USING gin "
            "(owner_id, to_tsvector('simple'::regconfig, search_text))"
        )


def _drop_search() -> None:
    if op.get_context().dialect.name == "sqlite":
        for trigger in ("characters_fts_ai", "characters_fts_ad", "characters_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS characters_fts")
    else:
        op.execute("DROP INDEX IF EXISTS ix_characters_search")


def downgrade() -> None:
    _drop_search()
    with op.batch_alter_table("images", schema=None) as batch_op:
        batch_op.drop_index("ix_images_owner_id")
        batch_op.drop_index("ix_images_key")
        batch_op.drop_index("ix_images_expires_at")
        batch_op.drop_index("ix_images_character_id")

    op.drop_table("images")
    with op.batch_alter_table("character_relationships", schema=None) as batch_op:
        batch_op.drop_index("ix_character_relationships_owner_id")
        batch_op.drop_index("ix_character_relationships_b_id")

    op.drop_table("character_relationships")
    with op.batch_alter_table("characters", schema=None) as batch_op:
        batch_op.drop_index("ix_characters_owner_created")

    op.drop_table("characters")
