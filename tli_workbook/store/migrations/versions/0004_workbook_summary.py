"""Workbook progress summaries, so the start screen lists workbooks without re-checking each.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Parts complete / parts in all, and the workbook's modified_at they were counted for: a
    # summary older than the workbook's last change is counted again. NULL: not counted yet.
    with op.batch_alter_table("workbooks") as batch:
        batch.add_column(sa.Column("summary_done", sa.Integer, nullable=True))
        batch.add_column(sa.Column("summary_total", sa.Integer, nullable=True))
        batch.add_column(sa.Column("summary_at", sa.DateTime, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("workbooks") as batch:
        batch.drop_column("summary_at")
        batch.drop_column("summary_total")
        batch.drop_column("summary_done")
