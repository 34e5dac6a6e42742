"""requests' answers sealed: they now hold the applicant's full name and the programme's own questions

Existing answers (only the identity number's checksum flag until now) are sealed here, so this migration needs
the vault: run it through `hemsehri db upgrade`. The column's type does not change (JSON).

Revision ID: 0011
Revises: 0010
"""

import json
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _sealed(value: Any) -> Any:
    if value is None or (isinstance(value, dict) and value.keys() == {"sealed"}):
        return None
    vault = getattr(op.get_bind().dialect, "hemsehri_vault", None)
    if vault is None:
        raise RuntimeError("this migration seals existing personal data: run it with `hemsehri db upgrade`")
    return {"sealed": vault.seal(json.dumps(value, ensure_ascii=False, separators=(",", ":")))}


def upgrade() -> None:
    bind = op.get_bind()
    requests = sa.table("requests", sa.column("id", sa.BigInteger()), sa.column("answers", sa.JSON()))
    changes = [
        {"_id": row.id, "answers": sealed}
        for row in bind.execute(sa.select(requests.c.id, requests.c.answers))
        if (sealed := _sealed(row.answers)) is not None
    ]
    if changes:
        statement = sa.update(requests).where(requests.c.id == sa.bindparam("_id"))
        bind.execute(statement.values(answers=sa.bindparam("answers")), changes)


def downgrade() -> None:
    raise NotImplementedError("sealed answers are not unsealed by a migration")
