"""outbox rows found by the platform's message id: a WhatsApp delivery report names only that

Revision ID: 0012
Revises: 0011
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_outbox_platform_message", "outbox", ["platform_message_id"])


def downgrade() -> None:
    op.drop_index("ix_outbox_platform_message", table_name="outbox")
