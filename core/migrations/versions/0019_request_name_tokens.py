"""requests' full names searchable by staff: each folded word kept as a keyed blind index (never in the clear)

Existing requests' names are indexed here, so on a database holding any this migration needs the vault: run it
through `hemsehri db upgrade`.

Revision ID: 0019
Revises: 0018
"""

import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import core.db
from core.requests.search import name_words

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "request_name_tokens",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("request_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("word", core.db.Sealed(), nullable=False),
        sa.Column("token", core.db.Keyed(), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"], ["requests.id"], name=op.f("fk_request_name_tokens_request_id_requests")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_request_name_tokens")),
    )
    with op.batch_alter_table("request_name_tokens", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_request_name_tokens_request_id"), ["request_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_request_name_tokens_token"), ["token"], unique=False)
    _index_existing_names()


def _index_existing_names() -> None:
    bind = op.get_bind()
    requests = sa.table("requests", sa.column("id", sa.BigInteger()), sa.column("answers", sa.JSON()))
    rows = bind.execute(sa.select(requests.c.id, requests.c.answers)).all()
    sealed = [(row.id, row.answers["sealed"]) for row in rows if "sealed" in (row.answers or {})]
    if not sealed:
        return
    vault = getattr(bind.dialect, "hemsehri_vault", None)
    if vault is None:
        raise RuntimeError("this migration indexes existing names: run it with `hemsehri db upgrade`")
    tokens = sa.table(
        "request_name_tokens",
        sa.column("request_id", sa.BigInteger()),
        sa.column("word", core.db.Sealed()),
        sa.column("token", core.db.Keyed()),
    )
    values = [
        {"request_id": request_id, "word": word, "token": word}
        for request_id, token in sealed
        for word in name_words(str(json.loads(vault.unseal(token)).get("full_name") or ""))
    ]
    if values:
        bind.execute(sa.insert(tokens), values)


def downgrade() -> None:
    with op.batch_alter_table("request_name_tokens", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_request_name_tokens_token"))
        batch_op.drop_index(batch_op.f("ix_request_name_tokens_request_id"))
    op.drop_table("request_name_tokens")
