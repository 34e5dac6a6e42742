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

from sqlalchemy.ext.asyncio import AsyncSession

from core.db import Driver, utcnow
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


# On the driver (core.db.Driver), as plain SQL: every request made asks, and through the ORM's session each of
# the two cost several times what PostgreSQL spends on it (bench/RESULTS.md, issue 18). The waiting statuses are
# the enum's own names, written in.
_WAITING = ", ".join(f"'{status}'" for status in WAITING)
# $1 desk, $2 language, $3 priority, $4 created at, $5 id: the unclaimed requests of the line before this one.
_AHEAD = f"""
SELECT count(*) FROM requests
WHERE desk = $1 AND language = $2 AND status IN ({_WAITING}) AND assignee_id IS NULL
  AND (priority > $3 OR (priority = $3 AND (created_at < $4 OR (created_at = $4 AND id < $5))))
"""  # noqa: S608 (the statuses are the enum's)
# $1 desk, $2 language, $3 since: when staff took each of the line's requests out of the waiting statuses.
_TAKEN = f"""
SELECT status_events.created_at FROM status_events JOIN requests ON requests.id = status_events.request_id
WHERE requests.desk = $1 AND requests.language = $2 AND status_events.actor_kind = '{Actor.STAFF.value}'
  AND status_events.from_status IN ({_WAITING}) AND status_events.to_status NOT IN ({_WAITING})
  AND status_events.created_at > $3
"""  # noqa: S608 (the statuses and the actor are the enums')
_CREATED_AT = Request.__table__.c.created_at
_TAKEN_AT = StatusEvent.__table__.c.created_at


async def place(*, session: AsyncSession, request: Request, now: datetime | None = None) -> Place:
    """The request's place among unclaimed requests of its desk and language, and the expected wait."""
    now = now or utcnow()
    driver = await Driver.of(session)
    line = (request.desk, request.language)
    ahead = await driver.fetchrow(
        _AHEAD, *line, request.priority, driver.bind(_CREATED_AT, request.created_at), request.id
    )
    position = (ahead[0] if ahead else 0) + 1
    since = driver.bind(_TAKEN_AT, now - timedelta(days=WINDOW_DAYS))
    taken = [driver.read(_TAKEN_AT, row[0]) for row in await driver.fetch(_TAKEN, *line, since)]
    return Place(position, estimate(position, _per_day(taken, now)))


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


def _per_day(moments: list[datetime], now: datetime) -> list[int]:
    """How many of these moments fell on each day of the window, today first."""
    per_day = [0] * WINDOW_DAYS
    for moment in moments:
        per_day[min(WINDOW_DAYS - 1, max(0, (now - moment).days))] += 1
    return per_day
