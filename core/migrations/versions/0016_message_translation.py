"""messages keep a staff reply's machine translation beside what the agent wrote

Revision ID: 0016
Revises: 0015
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import core.db

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:  # a nullable column: a plain ADD COLUMN on both databases
    op.add_column("messages", sa.Column("translated_text", core.db.Sealed(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("messages") as batch:
        batch.drop_column("translated_text")
