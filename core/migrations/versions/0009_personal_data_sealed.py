"""personal data sealed at rest, keyed indexes, uploads, no name before consent, requests' erased_at

Names, phones, chat ids, neighbourhoods, message texts, attachments, notes, notification payloads and
conversation states are sealed with the vault; ids found by equality (platform user ids, state keys, update ids)
are sealed deterministically; phone and identity number get keyed indexes for staff search. Existing rows are
converted here, so this migration needs the vault: run it through `hemsehri db upgrade`.

Revision ID: 0009
Revises: 0008
"""

import json
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from alembic import op

import core.db

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 1000
Row = dict[str, Any]


def _vault() -> Any:
    vault = getattr(op.get_bind().dialect, "hemsehri_vault", None)
    if vault is None:
        raise RuntimeError("this migration seals existing personal data: run it with `hemsehri db upgrade`")
    return vault


def _convert(
    name: str, key: str, columns: dict[str, sa.types.TypeEngine[Any]], change: Callable[[Row], Row | None]
) -> None:
    """Rewrites the rows of a table batch by batch: `change` gives a row's new values (None: leave it)."""
    bind = op.get_bind()
    table = sa.table(name, sa.column(key), *(sa.column(c, t) for c, t in columns.items()))
    keys = list(bind.execute(sa.select(table.c[key])).scalars())  # all first: a key may be what changes
    for start in range(0, len(keys), BATCH):
        batch = keys[start : start + BATCH]
        rows = [dict(row) for row in bind.execute(sa.select(table).where(table.c[key].in_(batch))).mappings()]
        changes = [{"_key": row[key], **new} for row in rows if (new := change(row))]
        if changes:
            changed = [c for c in changes[0] if c != "_key"]
            types = {key: sa.BigInteger() if key == "id" else sa.Text(), **columns}
            target = sa.table(name, *(sa.column(c, types.get(c, sa.Text())) for c in dict.fromkeys([key, *changed])))
            statement = sa.update(target).where(target.c[key] == sa.bindparam("_key"))
            bind.execute(statement.values({c: sa.bindparam(c) for c in changed}), changes)


def _seal(value: Any) -> Any:
    return None if value is None else _vault().seal(value)


def _seal_id(value: Any) -> Any:
    return None if value is None else _vault().seal_id(value)


def _seal_json(value: Any) -> Any:
    if value is None or (isinstance(value, dict) and value.keys() == {"sealed"}):
        return value
    return {"sealed": _vault().seal(json.dumps(value, ensure_ascii=False, separators=(",", ":")))}


def _index(value: Any) -> Any:
    return None if value is None else _vault().index(value)


def upgrade() -> None:
    with op.batch_alter_table("contacts") as batch:
        for column, was in (("platform_user_id", 64), ("chat_id", 64), ("display_name", 256), ("phone", 20)):
            batch.alter_column(column, type_=sa.Text(), existing_type=sa.String(was))
    text = sa.Text()
    _convert(
        "contacts",
        "id",
        {"platform_user_id": text, "chat_id": text, "display_name": text, "phone": text, "consent_at": sa.DateTime()},
        lambda row: {
            "platform_user_id": _seal_id(row["platform_user_id"]),
            "chat_id": _seal(row["chat_id"]),
            # Named before the notice was agreed to: the name is not kept (finding 16).
            "display_name": _seal(row["display_name"]) if row["consent_at"] is not None else None,
            "phone": _seal(row["phone"]) if row["consent_at"] is not None else None,
        },
    )
    with op.batch_alter_table("contacts") as batch:
        batch.create_check_constraint(
            "named_after_consent", "consent_at IS NOT NULL OR (display_name IS NULL AND phone IS NULL)"
        )

    _convert(
        "conversation_states",
        "key",
        {"state": sa.JSON()},
        lambda row: {"key": _seal_id(row["key"]), "state": _seal_json(row["state"])},
    )
    with op.batch_alter_table("conversation_states") as batch:
        batch.alter_column("key", type_=sa.Text(), existing_type=sa.String(96))

    # Update ids are only needed while a platform may deliver again (a day or two): older ones go.
    processed = sa.table("processed_updates", sa.column("received_at", core.db.UTCDateTime()))
    op.get_bind().execute(sa.delete(processed).where(processed.c.received_at < datetime.now(UTC) - timedelta(days=30)))
    with op.batch_alter_table("processed_updates") as batch:
        batch.alter_column("update_id", type_=sa.Text(), existing_type=sa.String(128))
    _convert("processed_updates", "id", {"update_id": text}, lambda row: {"update_id": _seal_id(row["update_id"])})

    with op.batch_alter_table("requests") as batch:
        batch.alter_column("phone", type_=sa.Text(), existing_type=sa.String(20))
        batch.alter_column("neighbourhood", type_=sa.Text(), existing_type=sa.String(128))
        batch.add_column(sa.Column("phone_index", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("national_id_index", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("erased_at", core.db.UTCDateTime(timezone=True), nullable=True))
        batch.create_index("ix_requests_phone_index", ["phone_index"], unique=False)
        batch.create_index("ix_requests_national_id_index", ["national_id_index"], unique=False)
    _convert(
        "requests",
        "id",
        {"phone": text, "neighbourhood": text, "national_id_encrypted": sa.LargeBinary()},
        lambda row: {
            "phone_index": _index(row["phone"]),
            "national_id_index": _index(_vault().decrypt(row["national_id_encrypted"]))
            if row["national_id_encrypted"]
            else None,
            "national_id_encrypted": _vault().encrypt(_vault().decrypt(row["national_id_encrypted"]))
            if row["national_id_encrypted"]
            else None,
            "phone": _seal(row["phone"]),
            "neighbourhood": _seal(row["neighbourhood"]),
        },
    )

    _convert(
        "messages",
        "id",
        {"text": text, "attachments": sa.JSON()},
        lambda row: {"text": _seal(row["text"]), "attachments": _seal_json(row["attachments"])},
    )
    _convert(
        "status_events",
        "id",
        {"public_note": text, "internal_note": text},
        lambda row: (
            {"public_note": _seal(row["public_note"]), "internal_note": _seal(row["internal_note"])}
            if row["public_note"] is not None or row["internal_note"] is not None
            else None
        ),
    )
    _convert(
        "outbox",
        "id",
        {"payload": sa.JSON()},
        lambda row: {"payload": _seal_json(row["payload"])},
    )

    op.create_table(
        "uploads",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("contact_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("message_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("created_at", core.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["contact_id"], ["contacts.id"], name=op.f("fk_uploads_contact_id_contacts")),
        sa.ForeignKeyConstraint(["message_id"], ["messages.id"], name=op.f("fk_uploads_message_id_messages")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_uploads")),
        sa.UniqueConstraint("name", name=op.f("uq_uploads_name")),
    )
    with op.batch_alter_table("uploads") as batch:
        batch.create_index("ix_uploads_contact_id", ["contact_id"], unique=False)
        batch.create_index("ix_uploads_pending", ["message_id", "created_at"], unique=False)


def downgrade() -> None:
    raise NotImplementedError("sealed personal data is not unsealed by a downgrade")
