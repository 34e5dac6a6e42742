"""queue indexes: waiting and claimable requests in priority and age order, and by language

Revision ID: 0003
Revises: 0002
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WAITING = sa.text("status IN ('received', 'in_review')")
CLAIMABLE = sa.text("status IN ('received', 'in_review') AND assignee_id IS NULL")


def upgrade() -> None:
    with op.batch_alter_table("requests") as batch:
        batch.drop_index("ix_requests_queue")
    op.create_index(
        "ix_requests_waiting",
        "requests",
        [sa.text("priority DESC"), "created_at", "id"],
        postgresql_where=WAITING,
        sqlite_where=WAITING,
    )
    op.create_index(
        "ix_requests_claimable",
        "requests",
        [sa.text("priority DESC"), "created_at", "id"],
        postgresql_where=CLAIMABLE,
        sqlite_where=CLAIMABLE,
    )
    op.create_index(
        "ix_requests_waiting_language",
        "requests",
        ["language", sa.text("priority DESC"), "created_at"],
        postgresql_where=WAITING,
        sqlite_where=WAITING,
    )


def downgrade() -> None:
    op.drop_index("ix_requests_waiting_language", table_name="requests")
    op.drop_index("ix_requests_claimable", table_name="requests")
    op.drop_index("ix_requests_waiting", table_name="requests")
    with op.batch_alter_table("requests") as batch:
        batch.create_index("ix_requests_queue", ["desk", "status", "assignee_id", "priority", "created_at"])
