"""queue index by desk: a page of one desk's waiting requests reads only that desk's rows, in queue order

Revision ID: 0005
Revises: 0004
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WAITING = sa.text("status IN ('received', 'in_review')")


def upgrade() -> None:
    op.create_index(
        "ix_requests_waiting_desk",
        "requests",
        ["desk", sa.text("priority DESC"), "created_at", "id"],
        postgresql_where=WAITING,
        sqlite_where=WAITING,
    )


def downgrade() -> None:
    op.drop_index("ix_requests_waiting_desk", table_name="requests")
