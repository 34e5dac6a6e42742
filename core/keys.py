"""Key rotation: every sealed value, identifier, blind index and file rewritten under the current secret.

Run by `hemsehri keys rotate` while the service is stopped, with a vault that holds the new secret and the one
being retired: rows are read with whichever opens them and written back under the new one, so a rotation cut
short is simply run again. A blind index cannot be opened: it is computed again from the value it indexes.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, Table, Text, bindparam, select, tuple_, type_coerce, update

from core.contacts.models import Contact
from core.crypto import Vault
from core.db import Database, Keyed, Sealed, SealedId, SealedJSON
from core.files.service import FileStore
from core.requests.models import NameToken, Request
from core.schema import metadata

BATCH = 500
SEALED = (Sealed, SealedJSON, SealedId)


def _resealed(token: bytes | None, vault: Vault) -> bytes | None:
    return vault.encrypt(vault.decrypt(token)) if token else None


def _national_id(row: Any, vault: Vault) -> str | None:
    return vault.decrypt(row.national_id_encrypted) if row.national_id_encrypted else None


# Each blind index, the columns its value is computed from, and how. A new Keyed column needs its line here.
INDEX_SOURCES: dict[Column[Any], tuple[list[Column[Any]], Callable[[Any, Vault], str | None]]] = {
    Request.__table__.c.phone_index: ([Request.__table__.c.phone], lambda row, vault: row.phone),
    Contact.__table__.c.phone_index: ([Contact.__table__.c.phone], lambda row, vault: row.phone),
    Request.__table__.c.national_id_index: ([Request.__table__.c.national_id_encrypted], _national_id),
    NameToken.__table__.c.token: ([NameToken.__table__.c.word], lambda row, vault: row.word),
}
# Columns holding the vault's tokens as bytes (sealed by the service itself, not by a column type).
TOKENS: list[Column[Any]] = [Request.__table__.c.national_id_encrypted]


@dataclass
class Rotated:
    rows: int = 0
    files: int = 0


async def rotate(*, db: Database, files: FileStore, vault: Vault) -> Rotated:
    """Rewrites every table's personal columns and every stored file under the vault's current secret."""
    done = Rotated()
    for table in metadata.sorted_tables:
        done.rows += await _rotate_table(db, table, vault)
    done.files = files.reseal()
    return done


def _columns(table: Table) -> tuple[list[Column[Any]], list[Column[Any]], list[Column[Any]]]:
    """The table's sealed columns, its blind indexes, and the token columns."""
    sealed = [c for c in table.columns if isinstance(c.type, SEALED)]
    indexes = [c for c in table.columns if isinstance(c.type, Keyed)]
    return sealed, indexes, [c for c in TOKENS if c.table is table]


def _raw(column: Column[Any]) -> Any:
    """The column as stored: a sealed key is matched by its token, which sealing it again would change."""
    return type_coerce(column, Text) if isinstance(column.type, SEALED) else column


async def _rotate_table(db: Database, table: Table, vault: Vault) -> int:
    sealed, indexes, tokens = _columns(table)
    if not (sealed or indexes or tokens):
        return 0
    stored = [_raw(c) for c in table.primary_key.columns]
    key = [column.label(f"_key{n}") for n, column in enumerate(stored)]
    row_key = tuple_(*stored)
    sources = [c for index in indexes for c in INDEX_SOURCES[index][0]]
    read = list(dict.fromkeys([*sealed, *tokens, *sources]))
    async with db.transaction() as session:
        keys = [tuple(row) for row in (await session.execute(select(*key).order_by(*key))).all()]
    statement = update(table).where(*(c == bindparam(label.name) for c, label in zip(stored, key, strict=True)))
    statement = statement.values({c.name: bindparam(f"_{c.name}") for c in [*sealed, *indexes, *tokens]})
    for start in range(0, len(keys), BATCH):
        batch = keys[start : start + BATCH]
        async with db.transaction() as session:
            rows = (await session.execute(select(*key, *read).where(row_key.in_(batch)))).all()
            values = []
            for row in rows:
                new = {k.name: getattr(row, k.name) for k in key}
                new |= {f"_{c.name}": getattr(row, c.name) for c in sealed}
                new |= {f"_{c.name}": _resealed(getattr(row, c.name), vault) for c in tokens}
                new |= {f"_{c.name}": INDEX_SOURCES[c][1](row, vault) for c in indexes}
                values.append(new)
            if values:
                await (await session.connection()).execute(statement, values)
    return len(keys)
