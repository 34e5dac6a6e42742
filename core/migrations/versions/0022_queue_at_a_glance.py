"""the queue at a glance: what each staff member read and has open, saved filters, desk tags, canned macros

`request_views` holds, per staff member and request, when they last opened its page (a citizen message after
it makes the request unread for them) and when they last had it open (colleagues see who is viewing it);
`saved_filters` an agent's named queue filters; `tags` a desk's free labels and `request_tags` the requests
they are on; a canned reply may also move its request to a status and put tags on it (a macro).

Revision ID: 0022
Revises: 0020
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import core.db

revision: str = "0022"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "request_views",
        sa.Column("staff_id", core.db.BigId, sa.ForeignKey("staff_users.id"), nullable=False),
        sa.Column("request_id", core.db.BigId, sa.ForeignKey("requests.id"), nullable=False),
        sa.Column("read_at", core.db.UTCDateTime(), nullable=False),
        sa.Column("here_at", core.db.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("staff_id", "request_id", name=op.f("pk_request_views")),
    )
    op.create_index("ix_request_views_here", "request_views", ["request_id", "here_at"])
    op.create_table(
        "saved_filters",
        sa.Column("id", core.db.BigId, primary_key=True),
        sa.Column("staff_id", core.db.BigId, sa.ForeignKey("staff_users.id"), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("query", sa.String(length=512), nullable=False),
        sa.Column("created_at", core.db.UTCDateTime(), nullable=False),
        sa.UniqueConstraint("staff_id", "name", name=op.f("uq_saved_filters_staff_id")),
    )
    op.create_index("ix_saved_filters_staff_id", "saved_filters", ["staff_id"])
    op.create_table(
        "tags",
        sa.Column("id", core.db.BigId, primary_key=True),
        sa.Column("desk", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column("created_at", core.db.UTCDateTime(), nullable=False),
        sa.UniqueConstraint("desk", "name", name=op.f("uq_tags_desk")),
    )
    op.create_table(
        "request_tags",
        sa.Column("request_id", core.db.BigId, sa.ForeignKey("requests.id"), nullable=False),
        sa.Column("tag_id", core.db.BigId, sa.ForeignKey("tags.id"), nullable=False),
        sa.Column("created_at", core.db.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("request_id", "tag_id", name=op.f("pk_request_tags")),
    )
    op.create_index("ix_request_tags_tag_id", "request_tags", ["tag_id"])
    # nullable (or with a default): a plain ADD COLUMN on both databases
    op.add_column("canned_replies", sa.Column("status", sa.String(length=16), nullable=True))
    op.add_column("canned_replies", sa.Column("tags", sa.JSON(), nullable=False, server_default="[]"))


def downgrade() -> None:
    with op.batch_alter_table("canned_replies") as batch:
        batch.drop_column("tags")
        batch.drop_column("status")
    op.drop_index("ix_request_tags_tag_id", table_name="request_tags")
    op.drop_table("request_tags")
    op.drop_table("tags")
    op.drop_index("ix_saved_filters_staff_id", table_name="saved_filters")
    op.drop_table("saved_filters")
    op.drop_index("ix_request_views_here", table_name="request_views")
    op.drop_table("request_views")
