"""audit log chained: each entry's sequence number and keyed hash over the previous one's

Existing entries are chained here in the order they were written, so this migration needs the audit key: run
it through `hemsehri db upgrade`.

Revision ID: 0010
Revises: 0009
"""

from collections.abc import Sequence
from types import SimpleNamespace

import sqlalchemy as sa
from alembic import op

import core.db
from core.audit.service import GENESIS, link

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("audit_log") as batch:
        batch.add_column(sa.Column("seq", sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column("chain", sa.String(length=64), nullable=True))
    bind = op.get_bind()
    log = sa.table(
        "audit_log",
        sa.column("id", sa.BigInteger()),
        sa.column("seq", sa.BigInteger()),
        sa.column("staff_id", sa.BigInteger()),
        sa.column("action", sa.String()),
        sa.column("target", sa.String()),
        sa.column("details", sa.JSON()),
        sa.column("created_at", core.db.UTCDateTime()),
        sa.column("chain", sa.String()),
    )
    rows = bind.execute(sa.select(log).order_by(log.c.created_at, log.c.id)).mappings().all()
    if rows:
        key = core.db.vault_of(bind).audit_key
        previous, chained = GENESIS, []
        for seq, row in enumerate(rows, start=1):
            fields = {k: row[k] for k in ("staff_id", "action", "target", "details", "created_at")}
            previous = link(key, previous, SimpleNamespace(seq=seq, **fields))
            chained.append({"_id": row["id"], "seq": seq, "chain": previous})
        bind.execute(
            sa.update(log)
            .where(log.c.id == sa.bindparam("_id"))
            .values(seq=sa.bindparam("seq"), chain=sa.bindparam("chain")),
            chained,
        )
    with op.batch_alter_table("audit_log") as batch:
        batch.alter_column("seq", existing_type=sa.BigInteger(), nullable=False)
        batch.alter_column("chain", existing_type=sa.String(length=64), nullable=False)
        batch.create_unique_constraint(batch.f("uq_audit_log_seq"), ["seq"])


def downgrade() -> None:
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_constraint(batch.f("uq_audit_log_seq"), type_="unique")
        batch.drop_column("chain")
        batch.drop_column("seq")
