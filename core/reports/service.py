"""Reports over a period, by desk, programme, language, channel, district or week, and the equity view.

Counts only: no reference, name, phone or text leaves this module. Each figure is counted when its event
happens, in the city's time zone: a request is *received* in the period it came in, *closed* in the one it
reached a final status (its resolution time and service level counted then), *answered* in the one staff first
told the citizen something about it, a *needs-info round trip* when it was asked for information, and an
*undelivered* notification (about a request; parked as dead) when it was written.

- First response: the first reply a staff member wrote to the citizen, or the first status change by staff other
  than into review (claiming a request puts it in review by itself), whichever came first; its time is counted
  from when the request came in.
- Resolution: reaching a final status (delivered, rejected, cancelled, closed), counted from when it came in.
- Service level met: resolved by its due time (`sla_due_at`, the programme's `sla_hours` after it came in), the
  target the team view's breaches measure, and never recorded past it (`sla_breached_at`, core.requests.sla: a
  request that breached keeps its breach when its due time later moved); a share of the requests closed in the
  period.
- Median and 90th percentile by the nearest-rank method, computed here in Python so SQLite and PostgreSQL give
  the same figures: the p-th percentile of n sorted durations is the one at rank ceil(p * n / 100).
- A group with fewer than `min_cell` durations (or closed requests, for the service level) shows its counts but
  no times: too few to compare, and too few to keep the people behind them unrecognisable.
"""

from collections import defaultdict
from collections.abc import Callable, Collection, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import Select, Subquery, func, select, union_all
from sqlalchemy.ext.asyncio import AsyncSession

from core.errors import InvalidInput
from core.i18n import CITY_TIMEZONE
from core.outbox.models import OutboxItem, OutboxState
from core.requests.models import Message, Request, StatusEvent
from core.requests.statuses import Actor, Status

K = TypeVar("K", bound=Hashable)
BASELINE_LANGUAGE = "tr"  # the equity view compares every language with Turkish-speaking requests
LONGEST_DAYS = 366
DEFAULT_WEEKS = 4


class Dimension(StrEnum):
    """What a report groups by."""

    DESK = "desk"
    PROGRAMME = "programme"
    LANGUAGE = "language"
    CHANNEL = "channel"
    DISTRICT = "district"
    WEEK = "week"


class Kind(StrEnum):
    """What happened to a request, as a report counts it."""

    RECEIVED = "received"
    CLOSED = "closed"
    ANSWERED = "answered"
    NEEDS_INFO = "needs_info"
    UNDELIVERED = "undelivered"


class Fact(NamedTuple):
    """One event of the period, with the request's groups (never who it was about)."""

    kind: Kind
    at: datetime
    desk: str
    programme: str
    language: str
    channel: str
    district: str | None
    took: timedelta | None = None  # since the request came in (answered, closed)
    met: bool | None = None  # closed by its due time (closed)


@dataclass(frozen=True)
class Period:
    """From the first day to the last, both whole days in the city's time zone."""

    first: date
    last: date

    @property
    def start(self) -> datetime:
        return _midnight(self.first)

    @property
    def end(self) -> datetime:
        return _midnight(self.last + timedelta(days=1))


@dataclass(frozen=True)
class Spread:
    """Median and 90th percentile of some durations; None when there are fewer than the minimum cell."""

    count: int
    median: timedelta | None
    p90: timedelta | None


@dataclass(frozen=True)
class Figures:
    """What a report says about one group."""

    group: str
    received: int
    closed: int
    first_response: Spread
    resolution: Spread
    sla_met: float | None  # percent of the closed met their due time; None when too few closed
    needs_info: int
    undelivered: int


@dataclass(frozen=True)
class Report:
    period: Period
    by: Dimension
    min_cell: int
    rows: list[Figures]
    total: Figures


# The figures the equity view compares, each a function of a group's Figures; times are worse when longer.
COMPARED: dict[str, Callable[[Figures], timedelta | float | None]] = {
    "first_response_median": lambda f: f.first_response.median,
    "first_response_p90": lambda f: f.first_response.p90,
    "resolution_median": lambda f: f.resolution.median,
    "resolution_p90": lambda f: f.resolution.p90,
    "sla_met": lambda f: f.sla_met,
}


@dataclass(frozen=True)
class EquityRow:
    """One language (on one channel, or on all of them) beside Turkish-speaking requests of the same channels."""

    channel: str | None  # None: every channel
    figures: Figures  # its group is the language
    gaps: dict[str, timedelta | float | None]  # figure minus Turkish's, per COMPARED name; None when not comparable
    worse: frozenset[str] = field(default_factory=frozenset)  # the gaps beyond the margin, against this language


@dataclass(frozen=True)
class Equity:
    period: Period
    margin: float  # percent longer (times) or percentage points lower (service level) that is highlighted
    rows: list[EquityRow]


def default_period(today: date) -> Period:
    """The last four complete weeks, Monday to Sunday, before the week of `today`."""
    monday = today - timedelta(days=today.weekday())
    return Period(first=monday - timedelta(weeks=DEFAULT_WEEKS), last=monday - timedelta(days=1))


def period(*, first: date | None, last: date | None, today: date) -> Period:
    """The period asked for (a missing end: the default's); refused when backwards or longer than a year."""
    default = default_period(today)
    chosen = Period(first=first or default.first, last=last or default.last)
    if chosen.last < chosen.first or (chosen.last - chosen.first).days >= LONGEST_DAYS:
        raise InvalidInput("error-report-period")
    return chosen


def city_today(now: datetime) -> date:
    """Today's date in the city."""
    return now.astimezone(CITY_TIMEZONE).date()


def nearest_rank(values: Sequence[timedelta], percent: int) -> timedelta:
    """The `percent`-th percentile of sorted values, nearest-rank: the value at rank ceil(percent * n / 100)."""
    rank = max(-(-percent * len(values) // 100), 1)
    return values[rank - 1]


def spread(durations: Iterable[timedelta], *, min_cell: int) -> Spread:
    """Median and 90th percentile (nearest rank), or neither when there are fewer than `min_cell` durations."""
    values = sorted(durations)
    if not values or len(values) < min_cell:
        return Spread(count=len(values), median=None, p90=None)
    return Spread(count=len(values), median=nearest_rank(values, 50), p90=nearest_rank(values, 90))


async def figures(
    *,
    session: AsyncSession,
    desks: Collection[str],
    period: Period,
    by: Dimension,
    min_cell: int,
    margin: float,
) -> tuple[Report, Equity]:
    """The report and the equity view, from one read of the period's requests."""
    facts = await _facts(session=session, desks=desks, period=period)
    return _report(facts, period, by, min_cell), _equity(facts, period, min_cell, margin)


def _report(facts: Sequence[Fact], period: Period, by: Dimension, min_cell: int) -> Report:
    """The figures of the period, one row per group (ordered by its code) and a total."""
    groups = _grouped(facts, lambda f: _group(f, by))
    rows = [_figures(str(key), members, min_cell) for key, members in sorted(groups.items(), key=lambda i: str(i[0]))]
    return Report(period=period, by=by, min_cell=min_cell, rows=rows, total=_figures("", facts, min_cell))


def _equity(facts: Sequence[Fact], period: Period, min_cell: int, margin: float) -> Equity:
    """Each language's times and service level beside Turkish-speaking requests', on all channels and per channel."""
    every: Callable[[Fact], tuple[str | None, str]] = lambda f: (None, f.language)  # noqa: E731
    each: Callable[[Fact], tuple[str | None, str]] = lambda f: (f.channel, f.language)  # noqa: E731
    rows: list[EquityRow] = []
    for groups in (_grouped(facts, every), _grouped(facts, each)):
        figures = {key: _figures(key[1], members, min_cell) for key, members in groups.items()}
        for (channel, _), these in sorted(figures.items(), key=_equity_order):
            rows.append(_compare(channel, these, figures.get((channel, BASELINE_LANGUAGE)), margin))
    return Equity(period=period, margin=margin, rows=rows)


def _equity_order(item: tuple[tuple[str | None, str], Figures]) -> tuple[str, bool, str]:
    (channel, language), _ = item
    return (channel or "", language != BASELINE_LANGUAGE, language)  # Turkish first in each channel


def _compare(channel: str | None, these: Figures, baseline: Figures | None, margin: float) -> EquityRow:
    """The gaps of one group to the baseline, and which are worse by more than the margin."""
    gaps: dict[str, timedelta | float | None] = {}
    worse = set()
    for name, figure in COMPARED.items():
        mine, theirs = figure(these), figure(baseline) if baseline else None
        if mine is None or theirs is None or these.group == BASELINE_LANGUAGE:
            gaps[name] = None
            continue
        if isinstance(mine, timedelta) and isinstance(theirs, timedelta):
            gaps[name] = mine - theirs
            if mine > theirs * (1 + margin / 100):
                worse.add(name)
        elif isinstance(mine, float) and isinstance(theirs, float):
            gaps[name] = mine - theirs
            if theirs - mine > margin:
                worse.add(name)
    return EquityRow(channel=channel, figures=these, gaps=gaps, worse=frozenset(worse))


def _figures(group: str, facts: Sequence[Fact], min_cell: int) -> Figures:
    counted: dict[Kind, list[Fact]] = defaultdict(list)
    for fact in facts:
        counted[fact.kind].append(fact)
    closed = counted[Kind.CLOSED]
    met = sum(1 for f in closed if f.met)
    return Figures(
        group=group,
        received=len(counted[Kind.RECEIVED]),
        closed=len(closed),
        first_response=spread((f.took for f in counted[Kind.ANSWERED] if f.took is not None), min_cell=min_cell),
        resolution=spread((f.took for f in closed if f.took is not None), min_cell=min_cell),
        sla_met=round(100 * met / len(closed), 1) if closed and len(closed) >= min_cell else None,
        needs_info=len(counted[Kind.NEEDS_INFO]),
        undelivered=len(counted[Kind.UNDELIVERED]),
    )


def _grouped(facts: Iterable[Fact], key: Callable[[Fact], K]) -> dict[K, list[Fact]]:
    groups: dict[K, list[Fact]] = defaultdict(list)
    for fact in facts:
        groups[key(fact)].append(fact)
    return groups


def _group(fact: Fact, by: Dimension) -> str:
    """The group of a fact: a request's code, '' for no district, or the Monday of the event's week (ISO date)."""
    if by is Dimension.WEEK:
        day = fact.at.astimezone(CITY_TIMEZONE).date()
        return (day - timedelta(days=day.weekday())).isoformat()
    return getattr(fact, by.value) or ""


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=CITY_TIMEZONE).astimezone(UTC)


GROUPS = (Request.desk, Request.programme, Request.language, Request.channel, Request.district)


async def _facts(*, session: AsyncSession, desks: Collection[str], period: Period) -> list[Fact]:
    """Every event of the period on requests of these desks, with the request's groups."""
    start, end = period.start, period.end
    mine = Request.desk.in_(list(desks))

    def during(column: Any, *more: Any) -> Select[Any]:  # mapped attributes or a subquery's columns
        return select(column.label("at"), *GROUPS, *more).where(mine, column >= start, column < end)

    def fact(kind: Kind, row: Any, took: timedelta | None = None, met: bool | None = None) -> Fact:
        return Fact(kind, row.at, row.desk, row.programme, row.language, row.channel, row.district, took, met)

    received = await session.execute(during(Request.created_at))
    facts = [fact(Kind.RECEIVED, row) for row in received]
    closed = await session.execute(
        during(Request.closed_at, Request.created_at, Request.sla_due_at, Request.sla_breached_at)
    )
    facts += [
        fact(Kind.CLOSED, r, r.at - r.created_at, r.at <= r.sla_due_at and r.sla_breached_at is None) for r in closed
    ]
    asked = during(StatusEvent.created_at).join(Request, Request.id == StatusEvent.request_id)
    facts += [
        fact(Kind.NEEDS_INFO, row)
        for row in await session.execute(asked.where(StatusEvent.to_status == Status.NEEDS_INFO.value))
    ]
    dead = during(OutboxItem.created_at).join(Request, Request.id == OutboxItem.request_id)
    facts += [
        fact(Kind.UNDELIVERED, row)
        for row in await session.execute(dead.where(OutboxItem.state == OutboxState.DEAD.value))
    ]
    first = _first_responses(desks)
    answered = during(first.c.at, Request.created_at).join(Request, Request.id == first.c.request_id)
    facts += [fact(Kind.ANSWERED, r, r.at - r.created_at) for r in await session.execute(answered)]
    return facts


def _first_responses(desks: Collection[str]) -> Subquery:
    """When staff first told the citizen something about each request of these desks (request_id, at): a reply
    or a status change other than into review."""
    ids = select(Request.id).where(Request.desk.in_(list(desks)))
    replies = select(Message.request_id, Message.created_at.label("at")).where(
        Message.request_id.in_(ids), Message.direction == "out", Message.author_staff_id.is_not(None)
    )
    decisions = select(StatusEvent.request_id, StatusEvent.created_at.label("at")).where(
        StatusEvent.request_id.in_(ids),
        StatusEvent.actor_kind == Actor.STAFF.value,
        StatusEvent.to_status != Status.IN_REVIEW.value,
    )
    both = union_all(replies, decisions).subquery()
    return select(both.c.request_id, func.min(both.c.at).label("at")).group_by(both.c.request_id).subquery("first")
