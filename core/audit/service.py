"""Writing to and reading the audit log: append only, each entry chained to the one before.

Every entry carries a sequence number and `chain`, an HMAC under the audit key (HEMSEHRI_AUDIT_KEY, never in
the database) of the previous entry's chain and this entry's fields. Changing, removing or reordering an entry
breaks every link after it, and without the key no one can forge new links: `verify` (the command
`hemsehri audit verify`) names the first broken one. On PostgreSQL the application's role is also denied
UPDATE and DELETE on the table (README, "Security and privacy").
"""

import functools
import hashlib
import hmac
import json
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from core.audit.models import Action, AuditEntry
from core.db import Database, Driver, dialect_name, utcnow, vault_of

GENESIS = "0" * 64  # the chain before the first entry
_APPENDING = 0x48454D53  # PostgreSQL advisory lock held while an entry is appended: one link at a time


# json.dumps with these arguments, without building an encoder for each entry.
_BODY = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode


def link(key: bytes, previous: str, entry: Any) -> str:
    """The keyed hash tying an entry (its seq, staff_id, action, target, details, created_at) to the one before."""
    fields = [entry.seq, entry.staff_id, str(entry.action), entry.target, entry.details, entry.created_at.isoformat()]
    return hmac.digest(key, f"{previous}\n{_BODY(fields)}".encode(), hashlib.sha256).hex()


@dataclass(frozen=True)
class Entry:
    """What one audit entry says: who, did what, to what."""

    staff_id: int | None
    action: Action
    target: str | None = None
    details: dict[str, Any] = field(default_factory=dict)


async def record(
    *,
    session: AsyncSession,
    staff_id: int | None,
    action: Action,
    target: str | None = None,
    details: dict[str, Any] | None = None,
) -> None:
    """Appends an entry to the audit log, chained to the last one."""
    await record_all(session=session, entries=[Entry(staff_id, action, target, details or {})])


# The log's statements on the Driver: the ORM adds nothing to a read of two columns or to an append of values.
_LOG = AuditEntry.__table__
_COLUMNS = ("seq", "staff_id", "action", "target", "details", "created_at", "chain")
_NEWEST = "SELECT seq, chain FROM audit_log ORDER BY seq DESC LIMIT 1"
_LOCK = "SELECT pg_advisory_xact_lock($1)"
_AT_MOST = 500  # entries in one append: 3,500 values, well under both databases' limit on parameters


@functools.lru_cache(maxsize=64)
def _append(rows: int) -> str:
    """The append of this many entries, as one statement (one round trip for a batch of claims)."""
    width = len(_COLUMNS)
    values = ", ".join(
        "(" + ", ".join(f"${row * width + column}" for column in range(1, width + 1)) + ")" for row in range(rows)
    )
    return f"INSERT INTO audit_log ({', '.join(_COLUMNS)}) VALUES {values}"  # noqa: S608 (no value in the text)


_HELD = "hemsehri.audit_held"  # in a session's info: the savepoint or transaction that took the append lock


async def record_all(*, session: AsyncSession, entries: Sequence[Entry]) -> None:
    """Appends these entries in order, each chained to the one before: one lock, one read and one write for them
    all, on the event's Driver (the rows are plain values, never objects of the session). What the session has
    not written yet is written at commit: the staff an entry names has been written, or it would have no id."""
    if not entries:
        return
    await hold(session=session)
    driver = await Driver.of(session)
    last = await driver.fetchrow(_NEWEST)
    seq, previous = (last[0], last[1]) if last else (0, GENESIS)
    key, now = vault_of(session).audit_key, utcnow()
    rows: list[list[Any]] = []
    for entry in entries:
        seq += 1
        row = SimpleNamespace(
            seq=seq,
            staff_id=entry.staff_id,
            action=entry.action,
            target=entry.target,
            details=entry.details,
            created_at=now,
        )
        row.chain = previous = link(key, previous, row)
        rows.append([driver.bind(_LOG.c[name], getattr(row, name)) for name in _COLUMNS])
    for start in range(0, len(rows), _AT_MOST):
        chunk = rows[start : start + _AT_MOST]
        await driver.execute(_append(len(chunk)), *(value for row in chunk for value in row))


async def hold(*, session: AsyncSession) -> None:
    """Takes the log's append lock for the rest of the transaction (PostgreSQL; SQLite has one writer), on the
    event's Driver; once: a second call in the same transaction costs no round trip.

    Appends are serial. A transaction that will append and also lock staff rows (core.assignment) takes this
    first: one holding a staff row while waiting here, and another holding this while waiting for the row,
    would wait for each other. Changes the session has not written yet are written after the lock, for the same
    reason (nothing here flushes them).
    """
    if dialect_name(session) != "postgresql":
        return
    driver = await Driver.of(session)
    # The savepoint the lock was taken in, else the transaction: a savepoint rolled back has let go of what it took.
    held = session.sync_session.get_nested_transaction() or driver.transaction
    if session.info.get(_HELD) is held:
        return
    await driver.execute(_LOCK, _APPENDING)
    session.info[_HELD] = held


@dataclass(frozen=True)
class Broken:
    """The first entry whose link does not hold, and why."""

    seq: int
    entry_id: int | None
    reason: str  # "missing" (an entry before it was removed) or "altered" (it, or the one before, was changed)


async def verify(*, db: Database, batch: int = 1000) -> tuple[int, Broken | None]:
    """Walks the whole chain; returns how many entries hold, and the first broken link if any."""
    key, previous, expected, checked = vault_of(db).audit_key, GENESIS, 1, 0
    while True:
        async with db.transaction() as session:
            entries = list(
                (
                    await session.execute(
                        select(AuditEntry).where(AuditEntry.seq >= expected).order_by(AuditEntry.seq).limit(batch)
                    )
                ).scalars()
            )
        for entry in entries:
            if entry.seq != expected:
                return checked, Broken(expected, None, "missing")
            if not hmac.compare_digest(entry.chain, link(key, previous, entry)):
                return checked, Broken(entry.seq, entry.id, "altered")
            previous, expected, checked = entry.chain, expected + 1, checked + 1
        if len(entries) < batch:
            return checked, None


async def list_entries(
    *,
    session: AsyncSession,
    limit: int = 100,
    offset: int = 0,
    action: Action | None = None,
    staff_id: int | None = None,
    staff_ids: Collection[int] | None = None,
) -> list[AuditEntry]:
    """The audit log, newest first, optionally of one action, one staff member or only these staff members."""
    statement = select(AuditEntry)
    if action:
        statement = statement.where(AuditEntry.action == action)
    if staff_id is not None:
        statement = statement.where(AuditEntry.staff_id == staff_id)
    if staff_ids is not None:
        statement = statement.where(AuditEntry.staff_id.in_(list(staff_ids)))
    result = await session.execute(
        statement.order_by(AuditEntry.created_at.desc(), AuditEntry.id.desc()).limit(limit).offset(offset)
    )
    return list(result.scalars())
