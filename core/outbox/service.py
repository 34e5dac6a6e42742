"""The notification outbox: rows written with their cause, claimed and marked by the delivery worker."""

from collections.abc import Collection, Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from core.announcements.models import Announcement
from core.db import AnyRow, rows_matched, utcnow
from core.db import claim_due as claim_due_rows
from core.outbox.models import OutboxItem, OutboxState
from core.requests.models import Message, Request

# Why a row is parked when a worker stopped between claiming it and marking it.
UNCERTAIN = "uncertain: the worker stopped while sending; check before retrying"


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
        state=OutboxState.PENDING,
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
) -> list[AnyRow]:
    """Claims up to `limit` due rows for this worker (`claimed`); rows another worker holds are skipped, not waited on.

    `channels` limits the claim to the channels this worker can send on (None: every channel). The rows come
    back plain (no ORM objects), claimed with one UPDATE for the whole batch, with the outbox columns a send
    needs: id, contact_id, message_id, announcement_id, channel, kind and payload.
    """
    outbox = OutboxItem.__table__
    rows = await claim_due_rows(
        session,
        outbox,
        outbox.c.id,
        outbox.c.contact_id,
        outbox.c.message_id,
        outbox.c.announcement_id,
        outbox.c.channel,
        outbox.c.kind,
        outbox.c.payload,
        worker=worker,
        limit=limit,
        now=now or utcnow(),
        claimed=OutboxState.CLAIMED,
        where=() if channels is None else (outbox.c.channel.in_(list(channels)),),
    )
    if stopped := await _cancelled_announcements(session, rows):  # their announcement was cancelled: not sent
        dropped = [row.id for row in rows if row.announcement_id in stopped]
        await session.execute(update(outbox).where(outbox.c.id.in_(dropped)).values(state=OutboxState.CANCELLED))
    return [row for row in rows if row.announcement_id not in stopped]


async def _cancelled_announcements(session: AsyncSession, rows: Sequence[OutboxItem | AnyRow]) -> set[int]:
    """Of the announcements these rows carry, the cancelled ones (no query when a batch carries none)."""
    wanted = {item.announcement_id for item in rows if item.announcement_id is not None}
    if not wanted:
        return set()
    result = await session.execute(
        select(Announcement.id).where(Announcement.id.in_(wanted), Announcement.state == "cancelled")
    )
    return set(result.scalars())


async def mark_in_flight(*, session: AsyncSession, worker: str, ids: Collection[int]) -> set[int]:
    """Marks claimed rows as going out now (`sending`): of `ids`, those still this worker's, the only ones it may send.

    A row given back meanwhile (its worker taken for dead) is not marked: another worker may hold it now.
    """
    if not ids:
        return set()
    outbox = OutboxItem.__table__
    result = await session.execute(
        update(outbox)
        .where(outbox.c.id.in_(list(ids)), outbox.c.state == OutboxState.CLAIMED, outbox.c.claimed_by == worker)
        .values(state=OutboxState.SENDING, claimed_at=utcnow())
        .returning(outbox.c.id)
    )
    return set(result.scalars())


async def mark_sent(*, session: AsyncSession, sent: Sequence[tuple[OutboxItem | AnyRow, str | None]]) -> None:
    """Records a batch of successful sends (row, platform message id): one statement for all, not one per row."""
    if not sent:
        return
    outbox, messages = OutboxItem.__table__, Message.__table__
    await session.execute(
        update(outbox)
        .where(outbox.c.id == bindparam("row_id"))
        .values(state=OutboxState.SENT, sent_at=utcnow(), platform_message_id=bindparam("sent_id"), last_error=None),
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


# A thread message's delivery state as a platform reports it; a state only ever replaces a lower one
# (reports come out of order), and "failed" outranks all: a message can fail after the platform accepted it.
_REPORTED_RANK = {"sent": 1, "delivered": 2, "read": 3, "failed": 4}


async def record_report(
    *, session: AsyncSession, channel: str, platform_message_id: str, state: str, error: str | None = None
) -> list[OutboxItem]:
    """Records what the platform said of a message it accepted; returns the rows it failed just now.

    "failed" parks the row as dead with the platform's reason (staff see it and may retry); the thread
    message shows the most advanced state reported.
    """
    rank = _REPORTED_RANK.get(state)
    if rank is None:
        raise ValueError(f"unknown delivery report {state!r}")
    rows = (
        await session.execute(
            select(OutboxItem).where(
                OutboxItem.platform_message_id == platform_message_id, OutboxItem.channel == channel
            )
        )
    ).scalars()
    failed = []
    for item in rows:
        if state == "failed" and item.state == OutboxState.SENT:
            item.state = OutboxState.DEAD
            item.last_error = f"failed after the platform accepted it: {error or 'no reason given'}"[:2000]
            failed.append(item)
        if item.message_id is not None:
            message = await session.get(Message, item.message_id)
            if message is not None and rank > _REPORTED_RANK.get(message.delivery_state, 0):
                message.delivery_state = state
    return failed


async def mark_failed(*, session: AsyncSession, item: OutboxItem, error: str, retry_in: timedelta | None) -> None:
    """Schedules another attempt after `retry_in`, or parks the row as dead when None."""
    item.last_error = error[:2000]
    item.claimed_by = None
    if retry_in is None:
        item.state = OutboxState.DEAD
        await _set_message_state(session, item, "failed", None)
    else:
        item.state = OutboxState.PENDING
        item.next_attempt_at = utcnow() + retry_in


async def give_back(*, session: AsyncSession, item: OutboxItem, after: timedelta) -> None:
    """Puts a claimed row that was not tried (its chat's budget was spent) back in line after `after`."""
    item.state, item.claimed_by = OutboxState.PENDING, None
    item.attempts -= 1
    item.next_attempt_at = utcnow() + after


async def release_abandoned(*, session: AsyncSession, older_than: timedelta) -> int:
    """Gives back rows a worker claimed more than `older_than` ago and never sent: any worker may send them now."""
    result = await session.execute(
        update(OutboxItem)
        .where(OutboxItem.state == OutboxState.CLAIMED, OutboxItem.claimed_at < utcnow() - older_than)
        .values(state=OutboxState.PENDING, claimed_by=None, attempts=OutboxItem.attempts - 1)
    )
    return rows_matched(result)


async def park_abandoned(*, session: AsyncSession, older_than: timedelta) -> int:
    """Parks rows whose request went out more than `older_than` ago and were never marked: sent or not, nobody knows.

    Never resent automatically (Telegram has no idempotency key): dead with the reason, for staff to check.
    """
    result = await session.execute(
        update(OutboxItem)
        .where(OutboxItem.state == OutboxState.SENDING, OutboxItem.claimed_at < utcnow() - older_than)
        .values(state=OutboxState.DEAD, last_error=UNCERTAIN)
    )
    return rows_matched(result)


async def get(*, session: AsyncSession, item_id: int) -> OutboxItem | None:
    """The outbox row with this id, loaded to be marked (None once erased with its person)."""
    return await session.get(OutboxItem, item_id)


async def _set_message_state(
    session: AsyncSession, item: OutboxItem, state: str, platform_message_id: str | None
) -> None:
    if item.message_id is not None:
        await session.execute(
            update(Message)
            .where(Message.id == item.message_id)
            .values(delivery_state=state, platform_message_id=platform_message_id)
        )


async def list_by_state(*, session: AsyncSession, state: OutboxState, limit: int = 100) -> list[OutboxItem]:
    """Lists outbox rows in one state, oldest first (the dead ones are what staff look at)."""
    result = await session.execute(
        select(OutboxItem).where(OutboxItem.state == state).order_by(OutboxItem.id).limit(limit)
    )
    return list(result.scalars())


async def list_dead_letters(
    *, session: AsyncSession, limit: int = 100, desks: Collection[str] | None = None
) -> list[tuple[OutboxItem, str | None]]:
    """Rows that could not be delivered, newest first, each with its request's reference (None for announcements).

    With `desks`, only rows about requests of those desks (not announcements, which reach people of any desk).
    """
    statement = (
        select(OutboxItem, Request.reference)
        .outerjoin(Request, Request.id == OutboxItem.request_id)
        .where(OutboxItem.state == OutboxState.DEAD)
    )
    if desks is not None:
        statement = statement.where(Request.desk.in_(list(desks)))
    rows = await session.execute(statement.order_by(OutboxItem.id.desc()).limit(limit))
    return [(item, reference) for item, reference in rows.all()]


async def retry_dead(*, session: AsyncSession, item_id: int, desks: Collection[str] | None = None) -> bool:
    """Puts a dead row back in line for one more try; False when it is not (or no longer) dead, or, with `desks`,
    not about a request of those desks."""
    statement = update(OutboxItem).where(OutboxItem.id == item_id, OutboxItem.state == OutboxState.DEAD)
    if desks is not None:
        statement = statement.where(OutboxItem.request_id.in_(select(Request.id).where(Request.desk.in_(list(desks)))))
    result = await session.execute(
        statement.values(state=OutboxState.PENDING, next_attempt_at=utcnow(), last_error=None, attempts=0)
    )
    return bool(rows_matched(result))
