"""Initial schema: workbooks, answers, circle map, files, artifacts, respondents, settings.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "workbooks",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uid", sa.String(32), nullable=False, unique=True),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("credential_id", sa.String(100), nullable=False),
        sa.Column("fellow", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("modified_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "answers",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("workbook_id", sa.Integer, sa.ForeignKey("workbooks.id", ondelete="CASCADE"), nullable=False),
        sa.Column("key", sa.String(300), nullable=False),
        sa.Column("value", sa.JSON),
        sa.Column("modified_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("workbook_id", "key"),
    )
    op.create_table(
        "map_entries",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("workbook_id", sa.Integer, sa.ForeignKey("workbooks.id", ondelete="CASCADE"), nullable=False),
        sa.Column("uid", sa.String(32), nullable=False),
        sa.Column("ring", sa.String(20), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("color", sa.String(20), nullable=False),
        sa.Column("x", sa.Float, nullable=False),
        sa.Column("y", sa.Float, nullable=False),
        sa.Column("free", sa.Boolean, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.UniqueConstraint("workbook_id", "uid"),
    )
    op.create_table(
        "map_strokes",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("workbook_id", sa.Integer, sa.ForeignKey("workbooks.id", ondelete="CASCADE"), nullable=False),
        sa.Column("uid", sa.String(32), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("color", sa.String(20), nullable=False),
        sa.Column("width", sa.Float, nullable=False),
        sa.Column("points", sa.JSON),
        sa.Column("position", sa.Integer, nullable=False),
        sa.UniqueConstraint("workbook_id", "uid"),
    )
    op.create_table(
        "files",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("media_type", sa.String(100), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "artifacts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("workbook_id", sa.Integer, sa.ForeignKey("workbooks.id", ondelete="CASCADE"), nullable=False),
        sa.Column("uid", sa.String(32), nullable=False),
        sa.Column("part_id", sa.String(100), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("filename", sa.String(300), nullable=False),
        sa.Column("file_sha256", sa.String(64), sa.ForeignKey("files.sha256"), nullable=True),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("fields", sa.JSON),
        sa.Column("markup", sa.JSON),
        sa.UniqueConstraint("workbook_id", "uid"),
    )
    op.create_table(
        "respondents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("workbook_id", sa.Integer, sa.ForeignKey("workbooks.id", ondelete="CASCADE"), nullable=False),
        sa.Column("uid", sa.String(32), nullable=False),
        sa.Column("part_id", sa.String(100), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("role", sa.String(200), nullable=False),
        sa.Column("method", sa.String(100), nullable=False),
        sa.Column("answers", sa.JSON),
        sa.UniqueConstraint("workbook_id", "uid"),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("value", sa.JSON),
    )


def downgrade() -> None:
    for name in ("settings", "respondents", "artifacts", "files", "map_strokes", "map_entries",
                 "answers", "workbooks"):
        op.drop_table(name)
