"""transcript entries name their chat sealed, not by a blind index, so that `keys rotate` can follow them

A blind index cannot be computed again without the value it indexes, and the chat code is kept nowhere else in
the clear: after a rotation every transcript keyed by one would have been unreachable. The entries written under
0013 are keyed that way and cannot be converted; they are dropped (the requests and messages they echoed stay).

Revision ID: 0014
Revises: 0013
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import core.db

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("DELETE FROM transcript_entries")
    with op.batch_alter_table("transcript_entries", schema=None) as batch_op:
        batch_op.alter_column("chat", existing_type=sa.String(length=64), type_=core.db.SealedId(), nullable=False)


def downgrade() -> None:
    op.execute("DELETE FROM transcript_entries")
    with op.batch_alter_table("transcript_entries", schema=None) as batch_op:
        batch_op.alter_column("chat", existing_type=core.db.SealedId(), type_=sa.String(length=64), nullable=False)
