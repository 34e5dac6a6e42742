"""The notification outbox: rows written with their cause, claimed and marked by the delivery worker."""

from collections.abc import Collection, Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Row, bindparam, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from core.announcements.models import Announcement
from core.db import utcnow
from core.outbox.models import OutboxItem
from core.requests.models import Message, Request


def enqueue(
    *,
    session: AsyncSession,
    contact_id: int,
    channel: str,
    kind: str,
    payload: dict[str, Any],
    request_id: int | None = None,
    message_id: int | None = None,
) -> OutboxItem:
    """Adds a notification to the outbox in the caller's transaction."""
    item = OutboxItem(
        contact_id=contact_id,
        channel=channel,
        kind=kind,
        payload=payload,
        request_id=request_id,
        message_id=message_id,
        state="pending",
        attempts=0,
        next_attempt_at=utcnow(),
    )
    session.add(item)
    return item


async def claim_due(
    *,
    session: AsyncSession,
    worker: str,
    limit: int,
    channels: Collection[str] | None = None,
    now: datetime | None = None,
) -> list[Row[Any]]:
    """Claims up to `limit` due rows for this worker; rows another worker holds are skipped, not waited on.

    `channels` limits the claim to the channels this worker can send on (None: every channel). The rows come
    back plain (no ORM objects), claimed with one UPDATE for the whole batch, with the outbox columns a send
    needs: id, contact_id, message_id, announcement_id, channel, kind and payload.
    """
    now = now or utcnow()
    outbox = OutboxItem.__table__
    due = [outbox.c.state == "pending", outbox.c.next_attempt_at <= now]
    if channels is not None:
        due.append(outbox.c.channel.in_(list(channels)))
    rows = (
        await session.execute(
            select(
                outbox.c.id, outbox.c.contact_id, outbox.c.message_id, outbox.c.announcement_id, outbox.c.channel,
                outbox.c.kind, outbox.c.payload,
            )
            .where(*due)
            .order_by(outbox.c.next_attempt_at, outbox.c.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
    ).all()
    stopped = await _cancelled_announcements(session, rows)
    claimed = [row for row in rows if row.announcement_id not in stopped]
    if stopped:  # given back to wait after their announcement was cancelled
        dropped = [row.id for row in rows if row.announcement_id in stopped]
        await session.execute(update(outbox).where(outbox.c.id.in_(dropped)).values(state="cancelled"))
    if claimed:
        await session.execute(
            update(outbox)
            .where(outbox.c.id.in_([row.id for row in claimed]))
            .values(state="sending", claimed_by=worker, claimed_at=now, attempts=outbox.c.attempts + 1)
        )
    return claimed


async def _cancelled_announcements(session: AsyncSession, rows: Sequence[OutboxItem | Row[Any]]) -> set[int]:
    """Of the announcements these rows carry, the cancelled ones (no query when a batch carries none)."""
    wanted = {item.announcement_id for item in rows if item.announcement_id is not None}
    if not wanted:
        return set()
    result = await session.execute(
        select(Announcement.id).where(Announcement.id.in_(wanted), Announcement.state == "cancelled")
    )
    return set(result.scalars())


async def mark_sent(*, session: AsyncSession, sent: Sequence[tuple[OutboxItem | Row[Any], str | None]]) -> None:
    """Records a batch of successful sends (row, platform message id): one statement for all, not one per row."""
    if not sent:
        return
    outbox, messages = OutboxItem.__table__, Message.__table__
    await session.execute(
        update(outbox)
        .where(outbox.c.id == bindparam("row_id"))
        .values(state="sent", sent_at=utcnow(), platform_message_id=bindparam("sent_id"), last_error=None),
        [{"row_id": item.id, "sent_id": sent_id} for item, sent_id in sent],
    )
    threads = [{"row_id": item.message_id, "sent_id": sent_id} for item, sent_id in sent if item.message_id is not None]
    if threads:
        await session.execute(
            update(messages)
            .where(messages.c.id == bindparam("row_id"))
            .values(delivery_state="sent", platform_message_id=bindparam("sent_id")),
            threads,
        )


async def mark_failed(
    *, session: AsyncSession, item: OutboxItem, error: str, retry_in: timedelta | None
) -> None:
    """Schedules another attempt after `retry_in`, or parks the row as dead when None."""
    item.last_error = error[:2000]
    item.claimed_by = None
    if retry_in is None:
        item.state = "dead"
        await _set_message_state(session, item, "failed", None)
    else:
        item.state = "pending"
        item.next_attempt_at = utcnow() + retry_in


async def _set_message_state(
    session: AsyncSession, item: OutboxItem, state: str, platform_message_id: str | None
) -> None:
    if item.message_id is not None:
        await session.execute(
            update(Message)
            .where(Message.id == item.message_id)
            .values(delivery_state=state, platform_message_id=platform_message_id)
        )


async def list_by_state(*, session: AsyncSession, state: str, limit: int = 100) -> list[OutboxItem]:
    """Lists outbox rows in one state, oldest first (the dead ones are what staff look at)."""
    result = await session.execute(
        select(OutboxItem).where(OutboxItem.state == state).order_by(OutboxItem.id).limit(limit)
    )
    return list(result.scalars())


async def list_dead_letters(*, session: AsyncSession, limit: int = 100) -> list[tuple[OutboxItem, str | None]]:
    """Rows that could not be delivered, newest first, each with its request's reference (None for announcements)."""
    rows = await session.execute(
        select(OutboxItem, Request.reference)
        .outerjoin(Request, Request.id == OutboxItem.request_id)
        .where(OutboxItem.state == "dead")
        .order_by(OutboxItem.id.desc())
        .limit(limit)
    )
    return [(item, reference) for item, reference in rows.all()]


async def retry_dead(*, session: AsyncSession, item_id: int) -> bool:
    """Puts a dead row back in line for one more try; False when it is not (or no longer) dead."""
    result = await session.execute(
        update(OutboxItem)
        .where(OutboxItem.id == item_id, OutboxItem.state == "dead")
        .values(state="pending", next_attempt_at=utcnow(), last_error=None, attempts=0)
    )
    return bool(result.rowcount)
