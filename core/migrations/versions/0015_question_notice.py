"""contacts record the question notice: a first question is kept only once it was shown and acknowledged

Revision ID: 0015
Revises: 0014
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import core.db

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:  # nullable columns: a plain ADD COLUMN on both databases, the table is not rebuilt
    op.add_column("contacts", sa.Column("question_notice_at", core.db.UTCDateTime(), nullable=True))
    op.add_column("contacts", sa.Column("question_notice_version", sa.String(length=32), nullable=True))
    op.add_column("contacts", sa.Column("question_notice_locale", sa.String(length=12), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("contacts") as batch:
        batch.drop_column("question_notice_locale")
        batch.drop_column("question_notice_version")
        batch.drop_column("question_notice_at")
