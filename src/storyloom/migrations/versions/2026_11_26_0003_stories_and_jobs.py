"""stories, pages, story pictures, presets, jobs and provider calls

Full-text search over stories works like the characters' (migration 0002): SQLite has an
external-content FTS5 table `stories_fts` over (owner_id, search_text) kept in step by
triggers; PostgreSQL a GIN index over (owner_id, to_tsvector('simple', search_text)).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 08:36:38.985280
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "jobs",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("owner_id", sa.String(length=32), nullable=False),
        sa.Column("story_id", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("step", sa.String(length=16), nullable=True),
        sa.Column("finished_step", sa.String(length=16), nullable=True),
        sa.Column("pages_done", sa.Integer(), nullable=False),
        sa.Column("pages_total", sa.Integer(), nullable=False),
        sa.Column("message", sa.String(length=200), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("error_code", sa.String(length=40), nullable=True),
        sa.Column("text_engine", sa.String(length=40), nullable=True),
        sa.Column("image_engine", sa.String(length=40), nullable=True),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("cancel_requested", sa.Boolean(), nullable=False),
        sa.Column("lease_owner", sa.String(length=80), nullable=True),
        sa.Column("lease_expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["users.id"], name=op.f("fk_jobs_owner_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_jobs")),
    )
    with op.batch_alter_table("jobs", schema=None) as batch_op:
        batch_op.create_index(
            "ix_jobs_owner_created", ["owner_id", "created_at", "id"], unique=False
        )
        batch_op.create_index("ix_jobs_status_lease", ["status", "lease_expires_at"], unique=False)
        batch_op.create_index("ix_jobs_story_id", ["story_id"], unique=False)

    op.create_table(
        "provider_calls",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("user_id", sa.String(length=32), nullable=True),
        sa.Column("story_id", sa.String(length=32), nullable=True),
        sa.Column("provider", sa.String(length=40), nullable=False),
        sa.Column("model", sa.String(length=80), nullable=False),
        sa.Column("tokens_in", sa.Integer(), nullable=False),
        sa.Column("tokens_out", sa.Integer(), nullable=False),
        sa.Column("images", sa.Integer(), nullable=False),
        sa.Column("cost_usd", sa.Float(), nullable=False),
        sa.Column("cached", sa.Boolean(), nullable=False),
        sa.Column("ok", sa.Boolean(), nullable=False),
        sa.Column("error_code", sa.String(length=40), nullable=True),
        sa.Column("latency_ms", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_provider_calls_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_provider_calls")),
    )
    with op.batch_alter_table("provider_calls", schema=None) as batch_op:
        batch_op.create_index(
            "ix_provider_calls_user_created", ["user_id", "created_at"], unique=False
        )

    op.create_table(
        "stories",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("owner_id", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=120), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("band", sa.String(length=16), nullable=False),
        sa.Column("config", sa.JSON(), nullable=False),
        sa.Column("plan", sa.JSON(), nullable=True),
        sa.Column("character_tags", sa.String(length=400), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("text_engine", sa.String(length=40), nullable=True),
        sa.Column("image_engine", sa.String(length=40), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["users.id"], name=op.f("fk_stories_owner_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stories")),
    )
    with op.batch_alter_table("stories", schema=None) as batch_op:
        batch_op.create_index(
            "ix_stories_owner_created", ["owner_id", "created_at", "id"], unique=False
        )

    op.create_table(
        "story_presets",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("owner_id", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("config", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["users.id"],
            name=op.f("fk_story_presets_owner_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_story_presets")),
        sa.UniqueConstraint("owner_id", "name", name="uq_story_presets_owner_name"),
    )
    op.create_table(
        "story_pages",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("story_id", sa.String(length=32), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("scene", sa.JSON(), nullable=False),
        sa.Column("image_id", sa.String(length=32), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["image_id"],
            ["images.id"],
            name=op.f("fk_story_pages_image_id_images"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["story_id"],
            ["stories.id"],
            name=op.f("fk_story_pages_story_id_stories"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_story_pages")),
        sa.UniqueConstraint("story_id", "number", name="uq_story_pages_story_number"),
    )
    op.create_table(
        "story_images",
        sa.Column("image_id", sa.String(length=32), nullable=False),
        sa.Column("story_id", sa.String(length=32), nullable=False),
        sa.Column("page_id", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["image_id"],
            ["images.id"],
            name=op.f("fk_story_images_image_id_images"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["page_id"],
            ["story_pages.id"],
            name=op.f("fk_story_images_page_id_story_pages"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["story_id"],
            ["stories.id"],
            name=op.f("fk_story_images_story_id_stories"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("image_id", name=op.f("pk_story_images")),
    )
    with op.batch_alter_table("story_images", schema=None) as batch_op:
        batch_op.create_index("ix_story_images_story_id", ["story_id"], unique=False)

    _create_search()


def downgrade() -> None:
    _drop_search()
    with op.batch_alter_table("story_images", schema=None) as batch_op:
        batch_op.drop_index("ix_story_images_story_id")

    op.drop_table("story_images")
    op.drop_table("story_pages")
    op.drop_table("story_presets")
    with op.batch_alter_table("stories", schema=None) as batch_op:
        batch_op.drop_index("ix_stories_owner_created")

    op.drop_table("stories")
    with op.batch_alter_table("provider_calls", schema=None) as batch_op:
        batch_op.drop_index("ix_provider_calls_user_created")

    op.drop_table("provider_calls")
    with op.batch_alter_table("jobs", schema=None) as batch_op:
        batch_op.drop_index("ix_jobs_story_id")
        batch_op.drop_index("ix_jobs_status_lease")
        batch_op.drop_index("ix_jobs_owner_created")

    op.drop_table("jobs")


def _create_search() -> None:
    if op.get_context().dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE stories_fts USING fts5(owner_id, search_text, "
            "content='stories', content_rowid='rowid', "
            "tokenize='unicode61 remove_diacritics 2', prefix='2 3')"
        )
        insert = (
            "INSERT INTO stories_fts(rowid, owner_id, search_text) "
            "VALUES (new.rowid, new.owner_id, new.search_text);"
        )
        delete = (
            "INSERT INTO stories_fts(stories_fts, rowid, owner_id, search_text) "
            "VALUES ('delete', old.rowid, old.owner_id, old.search_text);"
        )
        op.execute(f"CREATE TRIGGER stories_fts_ai AFTER INSERT ON stories BEGIN {insert} END")
        op.execute(f"CREATE TRIGGER stories_fts_ad AFTER DELETE ON stories BEGIN {delete} END")
        op.execute(
            "CREATE TRIGGER stories_fts_au AFTER UPDATE OF owner_id, search_text "
            f"ON stories BEGIN {delete} {insert} END"
        )
    else:
        op.execute("CREATE EXTENSION IF NOT EXISTS btree_gin")
        op.execute(
            "CREATE INDEX ix_stories_search ON stories USING gin "
            "(owner_id, to_tsvector('simple'::regconfig, search_text))"
        )


def _drop_search() -> None:
    if op.get_context().dialect.name == "sqlite":
        for trigger in ("stories_fts_ai", "stories_fts_ad", "stories_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS stories_fts")
    else:
        op.execute("DROP INDEX IF EXISTS ix_stories_search")
