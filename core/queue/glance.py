"""The queue at a glance, per staff member: the latest citizen words, what is unread, who has a request open."""

from collections.abc import Collection
from datetime import datetime, timedelta

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from core.db import dialect_name, upsert, utcnow
from core.queue.models import RequestView
from core.requests.models import Message
from core.staff.models import StaffUser

PRESENCE = timedelta(seconds=60)  # a page not heard from for this long is no longer open (its heartbeat: 20 s)


async def opened(*, session: AsyncSession, staff_id: int, request_id: int, now: datetime | None = None) -> None:
    """Marks the request read by this staff member, and open on their screen, now."""
    now = now or utcnow()
    columns = ("staff_id", "request_id", "read_at", "here_at")
    statement = upsert(dialect_name(session), RequestView, columns, ("staff_id", "request_id"))
    values = {"staff_id": staff_id, "request_id": request_id, "read_at": now, "here_at": now}
    await (await session.connection()).execute(statement, values)


async def still_open(*, session: AsyncSession, staff_id: int, request_id: int, now: datetime | None = None) -> None:
    """Keeps the request marked open on this staff member's screen (what they have read stays as it was)."""
    await session.execute(
        update(RequestView)
        .where(RequestView.staff_id == staff_id, RequestView.request_id == request_id)
        .values(here_at=now or utcnow())
    )


async def unread(*, session: AsyncSession, staff_id: int, request_ids: Collection[int]) -> set[int]:
    """Those of these requests whose citizen wrote after this staff member last opened them (or never opened)."""
    if not request_ids:
        return set()
    last_in = (
        select(Message.request_id, func.max(Message.created_at).label("at"))
        .where(Message.request_id.in_(list(request_ids)), Message.direction == "in")
        .group_by(Message.request_id)
        .subquery()
    )
    seen = and_(RequestView.request_id == last_in.c.request_id, RequestView.staff_id == staff_id)
    result = await session.execute(
        select(last_in.c.request_id)
        .outerjoin(RequestView, seen)
        .where(or_(RequestView.read_at.is_(None), RequestView.read_at < last_in.c.at))
    )
    return set(result.scalars())


async def viewers(
    *, session: AsyncSession, request_ids: Collection[int], now: datetime | None = None
) -> dict[int, list[StaffUser]]:
    """Who has each of these requests open now, by request id."""
    if not request_ids:
        return {}
    since = (now or utcnow()) - PRESENCE
    result = await session.execute(
        select(RequestView.request_id, StaffUser)
        .join(StaffUser, StaffUser.id == RequestView.staff_id)
        .where(RequestView.request_id.in_(list(request_ids)), RequestView.here_at > since)
        .order_by(RequestView.request_id, StaffUser.display_name)
    )
    found: dict[int, list[StaffUser]] = {}
    for request_id, user in result.all():
        found.setdefault(request_id, []).append(user)
    return found


async def latest_citizen_messages(*, session: AsyncSession, request_ids: Collection[int]) -> dict[int, Message]:
    """The last message each of these requests' citizen wrote, by request id (one query for them all)."""
    if not request_ids:
        return {}
    latest = (
        select(func.max(Message.id))
        .where(Message.request_id.in_(list(request_ids)), Message.direction == "in")
        .group_by(Message.request_id)
    )
    result = await session.execute(select(Message).where(Message.id.in_(latest.scalar_subquery())))
    return {m.request_id: m for m in result.scalars() if m.request_id is not None}
