"""Where a request stands in its queue, and when an answer can be expected, from the last days' throughput.

The place counts the requests nobody has claimed yet that come before it in the queue's own order (most urgent,
then oldest) among those waiting for the same desk in the same language. The expected time is a range, never a
promise: from the pace of the busiest of the last WINDOW_DAYS days (requests of that desk and language that staff
took out of the waiting statuses) to the average pace over all of them, quiet days included. With nothing taken
out in that time there is no estimate.
"""

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, bindparam, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from core.db import utcnow
from core.queue.service import WAITING
from core.requests.models import Request, StatusEvent
from core.requests.statuses import Actor

WINDOW_DAYS = 7
HOURS_UNDER = 48  # a range whose far end is under this many hours is said in hours, otherwise in days


@dataclass(frozen=True)
class Estimate:
    """An expected wait as a range: `low` to `high` (always more than `low`) hours or days."""

    low: int
    high: int
    unit: str  # "hours" | "days"


@dataclass(frozen=True)
class Place:
    """A waiting request's place: 1 is next; `estimate` is None when the last days say too little."""

    position: int
    estimate: Estimate | None


def is_waiting(request: Request) -> bool:
    """Whether the request waits in its queue for someone to take it."""
    return request.status in WAITING and request.assignee_id is None


# Built once, with the request's values bound at each call: building them anew cost more CPU than running them, and
# each IN list built anew left a reference cycle for the garbage collector (bench/RESULTS.md, issue 18).
_SAME_LINE = (Request.desk == bindparam("desk"), Request.language == bindparam("language"))
_AHEAD = (
    select(func.count())
    .select_from(Request)
    .where(
        *_SAME_LINE,
        Request.status.in_(WAITING),
        Request.assignee_id.is_(None),
        or_(
            Request.priority > bindparam("priority"),
            and_(
                Request.priority == bindparam("priority"),
                or_(
                    Request.created_at < bindparam("created_at"),
                    and_(Request.created_at == bindparam("created_at"), Request.id < bindparam("id")),
                ),
            ),
        ),
    )
)
_TAKEN = (
    select(StatusEvent.created_at)
    .join(Request, Request.id == StatusEvent.request_id)
    .where(
        *_SAME_LINE,
        StatusEvent.actor_kind == Actor.STAFF.value,
        StatusEvent.from_status.in_(WAITING),
        StatusEvent.to_status.not_in(WAITING),
        StatusEvent.created_at > bindparam("since"),
    )
)


async def place(*, session: AsyncSession, request: Request, now: datetime | None = None) -> Place:
    """The request's place among unclaimed requests of its desk and language, and the expected wait."""
    now = now or utcnow()
    line = {"desk": request.desk, "language": request.language}
    ahead = await session.scalar(
        _AHEAD, {**line, "priority": request.priority, "created_at": request.created_at, "id": request.id}
    )
    position = (ahead or 0) + 1
    return Place(position, estimate(position, await _taken_per_day(session, line, now)))


def estimate(position: int, per_day: list[int]) -> Estimate | None:
    """The wait of the `position`th in line, at the busiest day's pace and at the average one."""
    busiest, total = max(per_day, default=0), sum(per_day)
    if not total:
        return None
    low, high = position * 24 / busiest, position * 24 * len(per_day) / total
    if high < HOURS_UNDER:
        low_n, high_n, unit = max(1, math.floor(low)), math.ceil(high), "hours"
    else:
        low_n, high_n, unit = max(1, math.floor(low / 24)), math.ceil(high / 24), "days"
    return Estimate(low_n, max(high_n, low_n + 1), unit)


async def _taken_per_day(session: AsyncSession, line: dict[str, str], now: datetime) -> list[int]:
    """How many requests of the desk and language staff took out of the waiting statuses, per day of the window."""
    moments = await session.scalars(_TAKEN, {**line, "since": now - timedelta(days=WINDOW_DAYS)})
    per_day = [0] * WINDOW_DAYS
    for moment in moments:
        per_day[min(WINDOW_DAYS - 1, max(0, (now - moment).days))] += 1
    return per_day
