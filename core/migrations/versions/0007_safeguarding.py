"""safeguarding flag on requests: its state, the categories disclosed, when flagged, and the list's index

Revision ID: 0007
Revises: 0006
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from core.db import UTCDateTime

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

HELD = sa.text("safeguarding IN ('flagged', 'confirmed')")


def upgrade() -> None:
    with op.batch_alter_table("requests") as batch:
        batch.add_column(sa.Column("safeguarding", sa.String(12), nullable=True))
        batch.add_column(sa.Column("safeguarding_categories", sa.JSON(), nullable=False, server_default="[]"))
        batch.add_column(sa.Column("safeguarding_at", UTCDateTime(timezone=True), nullable=True))
    op.create_index(
        "ix_requests_safeguarding", "requests", ["safeguarding_at"], postgresql_where=HELD, sqlite_where=HELD
    )


def downgrade() -> None:
    op.drop_index("ix_requests_safeguarding", table_name="requests")
    with op.batch_alter_table("requests") as batch:
        batch.drop_column("safeguarding_at")
        batch.drop_column("safeguarding_categories")
        batch.drop_column("safeguarding")
