"""The SLA check: an open request found past its due time has its breach recorded, once, and told to the webhooks.

It runs every minute beside the delivery worker (`hemsehri worker`, and `hemsehri serve` / `demo` in the embedded
mode). The record is a column (`requests.sla_breached_at`), not an audit entry (nobody acted) nor a status event
(the status did not change); the event `request.sla_breached` goes out through core.webhooks in the same
transaction. Requests that end before their due time are never recorded; a recorded breach stays when the due
time later moves (a request filed under another programme): history is history.
"""

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from core.db import Database, utcnow
from core.requests.models import Request
from core.requests.statuses import FINAL
from core.webhooks import service as webhooks
from core.webhooks.schemas import Event

BATCH = 100  # breaches recorded per transaction


async def record_breaches(*, session: AsyncSession, now: datetime | None = None, limit: int = BATCH) -> int:
    """Records the breach of up to `limit` open requests past their due time and emits each; returns how many.

    Rows another check is recording are skipped, not waited on (SKIP LOCKED on PostgreSQL; SQLite has one
    writer), so two workers never record or emit the same breach.
    """
    now = now or utcnow()
    found = await session.execute(
        select(Request)
        .where(
            Request.sla_breached_at.is_(None),
            Request.status.not_in([s.value for s in FINAL]),
            Request.sla_due_at < now,
        )
        .order_by(Request.sla_due_at, Request.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    late = list(found.scalars())
    for request in late:
        request.sla_breached_at = now
        await webhooks.emit(session=session, event=Event.SLA_BREACHED, request=request, now=now)
    return len(late)


async def check(db: Database, *, now: datetime | None = None, batch: int = BATCH) -> int:
    """Records every breach due now, a batch per transaction; returns how many it recorded."""
    now = now or utcnow()
    recorded = 0
    while True:
        async with db.transaction() as session:
            done = await record_breaches(session=session, now=now, limit=batch)
        recorded += done
        if done < batch:
            return recorded
