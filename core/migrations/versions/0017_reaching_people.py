"""one person across channels, notifications that fall back to another channel, and the call-back list

Contacts keep the phone number a channel verified (sealed, with its blind index) and the person they belong to
(`person_id`: the lowest contact id of those linked by a verified number); an outbox row that tries another
channel names the row that could not be delivered (`fallback_of`); `callbacks` lists the people no channel
reached, for staff to phone.

Revision ID: 0017
Revises: 0016
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import core.db

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:  # nullable columns: a plain ADD COLUMN on both databases, no table is rebuilt
    op.add_column("contacts", sa.Column("person_id", core.db.BigId, nullable=True))
    op.add_column("contacts", sa.Column("phone_index", core.db.Keyed(), nullable=True))
    op.add_column("contacts", sa.Column("phone_verified_via", sa.String(length=12), nullable=True))
    op.create_index("ix_contacts_person_id", "contacts", ["person_id"])
    op.create_index("ix_contacts_phone_index", "contacts", ["phone_index"])
    op.add_column("outbox", sa.Column("fallback_of", core.db.BigId, nullable=True))
    op.create_table(
        "callbacks",
        sa.Column("id", core.db.BigId, primary_key=True),
        sa.Column("request_id", core.db.BigId, sa.ForeignKey("requests.id"), nullable=False),
        sa.Column("contact_id", core.db.BigId, sa.ForeignKey("contacts.id"), nullable=False),
        sa.Column("outbox_id", core.db.BigId, sa.ForeignKey("outbox.id"), nullable=False, unique=True),
        sa.Column("tried", sa.String(length=120), nullable=False),
        sa.Column("created_at", core.db.UTCDateTime(), nullable=False),
        sa.Column("done_at", core.db.UTCDateTime(), nullable=True),
        sa.Column("done_by", core.db.BigId, sa.ForeignKey("staff_users.id"), nullable=True),
        sa.Column("outcome", sa.String(length=16), nullable=True),
    )
    op.create_index("ix_callbacks_open", "callbacks", ["done_at", "created_at"])


def downgrade() -> None:
    op.drop_index("ix_callbacks_open", table_name="callbacks")
    op.drop_table("callbacks")
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("fallback_of")
    op.drop_index("ix_contacts_phone_index", table_name="contacts")
    op.drop_index("ix_contacts_person_id", table_name="contacts")
    with op.batch_alter_table("contacts") as batch:
        batch.drop_column("phone_verified_via")
        batch.drop_column("phone_index")
        batch.drop_column("person_id")
