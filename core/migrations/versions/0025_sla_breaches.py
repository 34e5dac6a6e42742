"""SLA breaches recorded: when a request was found open past its due time, and the check's index

Revision ID: 0025
Revises: 0022
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from core.db import UTCDateTime

revision: str = "0025"
down_revision: str | None = "0022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UNRECORDED = sa.text("sla_breached_at IS NULL AND status NOT IN ('delivered', 'rejected', 'cancelled', 'closed')")


def upgrade() -> None:
    with op.batch_alter_table("requests") as batch:
        batch.add_column(sa.Column("sla_breached_at", UTCDateTime(timezone=True), nullable=True))
    op.create_index(
        "ix_requests_sla_unrecorded",
        "requests",
        ["sla_due_at"],
        postgresql_where=UNRECORDED,
        sqlite_where=UNRECORDED,
    )


def downgrade() -> None:
    op.drop_index("ix_requests_sla_unrecorded", table_name="requests")
    with op.batch_alter_table("requests") as batch:
        batch.drop_column("sla_breached_at")
