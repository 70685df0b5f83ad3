"""Circle map entries keep their font size and wrap width, so each is drawn where it was put.

Revision ID: 0002
Revises: 0001

Entries of older maps get 0 for both ("not placed yet"): the map editor lays them out once and
stores the result.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("map_entries") as batch:
        batch.add_column(sa.Column("size", sa.Float, nullable=False, server_default="0"))
        batch.add_column(sa.Column("wrap", sa.Float, nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("map_entries") as batch:
        batch.drop_column("wrap")
        batch.drop_column("size")
