"""Filled copies of guidebook tools (their answers stay in `answers`).

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tool_copies",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "workbook_id",
            sa.Integer,
            sa.ForeignKey("workbooks.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("uid", sa.String(32), nullable=False),
        sa.Column("tool_id", sa.String(100), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("in_packet", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("workbook_id", "uid"),
    )


def downgrade() -> None:
    op.drop_table("tool_copies")
