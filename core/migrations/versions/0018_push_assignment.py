"""desks may push new requests to available agents: the desks' settings, agents' availability and capacity

Revision ID: 0018
Revises: 0017
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import core.db

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "desk_settings",
        sa.Column("desk", sa.String(length=64), nullable=False),
        sa.Column("mode", sa.String(length=8), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("updated_at", core.db.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("desk", name=op.f("pk_desk_settings")),
    )
    # Everyone starts away: nothing is pushed to an agent before they say they are there.
    op.add_column("staff_users", sa.Column("available", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column("staff_users", sa.Column("capacity", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("staff_users") as batch:
        batch.drop_column("capacity")
        batch.drop_column("available")
    op.drop_table("desk_settings")
