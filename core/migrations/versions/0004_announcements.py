"""announcements, and the link from each outbox row to the announcement it carries

Revision ID: 0004
Revises: 0003
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import core.db

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "announcements",
        sa.Column("id", BIG_ID, nullable=False),
        sa.Column("created_by", BIG_ID, nullable=False),
        sa.Column("created_at", core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("segment", sa.JSON(), nullable=False),
        sa.Column("texts", sa.JSON(), nullable=False),
        sa.Column("allow_fallback", sa.Boolean(), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("recipients", sa.Integer(), nullable=False),
        sa.Column("fallbacks", sa.Integer(), nullable=False),
        sa.Column("skipped", sa.Integer(), nullable=False),
        sa.Column("cancelled_by", BIG_ID, nullable=True),
        sa.Column("cancelled_at", core.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("finished_at", core.db.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by"], ["staff_users.id"], name=op.f("fk_announcements_created_by_staff_users")
        ),
        sa.ForeignKeyConstraint(
            ["cancelled_by"], ["staff_users.id"], name=op.f("fk_announcements_cancelled_by_staff_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_announcements")),
    )
    with op.batch_alter_table("announcements", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_announcements_created_at"), ["created_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_announcements_created_by"), ["created_by"], unique=False)

    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("announcement_id", BIG_ID, nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_outbox_announcement_id_announcements"), "announcements", ["announcement_id"], ["id"]
        )
        batch_op.create_index("ix_outbox_announcement", ["announcement_id", "state"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_announcement")
        batch_op.drop_constraint(batch_op.f("fk_outbox_announcement_id_announcements"), type_="foreignkey")
        batch_op.drop_column("announcement_id")

    with op.batch_alter_table("announcements", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_announcements_created_by"))
        batch_op.drop_index(batch_op.f("ix_announcements_created_at"))
    op.drop_table("announcements")
