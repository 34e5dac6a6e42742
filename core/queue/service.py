"""The staff queue: what waits for staff, in order, and claiming the next one atomically."""

import hashlib
from collections.abc import Collection
from dataclasses import dataclass, fields
from datetime import datetime, timedelta
from functools import cache
from itertools import chain
from typing import Any

from sqlalchemy import (
    ARRAY,
    BigInteger,
    ColumnElement,
    Select,
    bindparam,
    case,
    exists,
    func,
    insert,
    literal,
    null,
    or_,
    select,
    true,
    update,
)
from sqlalchemy.ext.asyncio import AsyncSession

from core.db import UTCDateTime, utcnow
from core.errors import Forbidden
from core.outbox.models import OutboxItem, OutboxState
from core.queue.glance import PRESENCE
from core.queue.models import RequestView
from core.requests import service as requests
from core.requests.models import Request, StatusEvent
from core.requests.statuses import FINAL, WAITING_FOR_STAFF, Actor, Status, check_transition
from core.safeguarding.service import HELD
from core.staff.models import StaffSession, StaffUser
from core.staff.service import SESSION_IDLE
from core.tags.models import RequestTag, Tag

WAITING = [s.value for s in WAITING_FOR_STAFF]
# Most urgent first, then oldest: the order of every queue listing and of claim-next.
QUEUE_ORDER = (Request.priority.desc(), Request.created_at, Request.id)
# "desk:language" of a request, to compare with the pairs the desk's agents read (`readers`).
DESK_LANGUAGE = Request.desk.concat(":").concat(Request.language)


def _queue_query(
    *,
    desks: Collection[str],
    languages: Collection[str] | None = None,
    statuses: Collection[str] = WAITING,
    programme: str | None = None,
    district: str | None = None,
    tag: str | None = None,
    holder: int | None = None,
    unassigned: bool = False,
) -> Select[Request]:
    statement = select(Request).where(Request.desk.in_(list(desks)), Request.status.in_(list(statuses)))
    if languages:
        statement = statement.where(Request.language.in_(list(languages)))
    if programme:
        statement = statement.where(Request.programme == programme)
    if district:
        statement = statement.where(Request.district == district)
    if tag:
        statement = statement.where(
            exists().where(RequestTag.request_id == Request.id, RequestTag.tag_id == Tag.id, Tag.name == tag)
        )
    if holder is not None:
        statement = statement.where(Request.assignee_id == holder)
    if unassigned:
        statement = statement.where(Request.assignee_id.is_(None))
    return statement.order_by(*QUEUE_ORDER)


async def list_queue(
    *,
    session: AsyncSession,
    desks: Collection[str],
    languages: Collection[str] | None = None,
    statuses: Collection[str] = WAITING,
    programme: str | None = None,
    district: str | None = None,
    tag: str | None = None,
    holder: int | None = None,
    unassigned: bool = False,
    limit: int = 50,
    offset: int = 0,
    takes: dict[str, Any] | None = None,
) -> list[Request]:
    """Requests of these desks waiting for staff, most urgent and oldest first (with a tag of theirs, held by
    `holder`, or held by nobody, when asked); with `takes` (`what_one_takes`), only those in languages that agent
    may take (theirs, nobody's on the desk, or waited past the wait)."""
    statement = _queue_query(
        desks=desks,
        languages=languages,
        statuses=statuses,
        programme=programme,
        district=district,
        tag=tag,
        holder=holder,
        unassigned=unassigned,
    )
    if takes is not None:
        statement = statement.where(_readable()).params(takes)
    result = await session.execute(statement.limit(limit).offset(offset))
    return list(result.scalars())


async def claim(*, session: AsyncSession, staff: StaffUser, request: Request, interpreter_after: timedelta) -> None:
    """Gives this agent one request they chose (from a search or a queue row), by claim-next's rules: an open,
    unclaimed request of their desks, in a language they may take. Raises Forbidden with the reason otherwise.

    The caller holds the request locked (`actions.load(lock=True)`), so two agents never both take it."""
    if request.assignee_id == staff.id:
        return
    if request.assignee_id is not None:
        raise Forbidden("error-not-your-claim")
    if request.desk not in staff.desks or request.status not in WAITING:
        raise Forbidden("error-claim-not-waiting")
    values = await what_one_takes(session=session, staff=staff, interpreter_after=interpreter_after)
    takes = select(Request.id).where(Request.id == request.id, *_takes(by_language=bool(staff.languages)))
    if await session.scalar(takes.params(values)) is None:
        raise Forbidden("error-claim-language")
    request.assignee_id = staff.id
    request.claimed_at = utcnow()
    if request.status == Status.RECEIVED:
        await requests.change_status(
            session=session, request=request, to=Status.IN_REVIEW, actor=Actor.STAFF, staff_id=staff.id
        )


def claim_parameters(*, staff: StaffUser, stranded_before: datetime, read: Collection[str]) -> dict[str, Any]:
    """What this agent may take, as the values `_takes` binds; `read` as `readers` gives it."""
    return {
        "desks": list(staff.desks),
        "languages": list(staff.languages or ()),
        "stranded_before": stranded_before,
        "read": list(read),
    }


def _takes(*, by_language: bool) -> list[Any]:
    """What an agent may claim, as conditions on bound parameters (`claim_parameters`)."""
    conditions: list[Any] = [
        Request.desk.in_(bindparam("desks", expanding=True)),
        Request.status.in_(WAITING),
        Request.assignee_id.is_(None),
    ]
    if by_language:
        conditions.append(_readable())
    return conditions


def _readable() -> ColumnElement[bool]:
    """A request in one of the agent's languages, in one nobody on its desk reads, or waiting past the wait."""
    return or_(
        Request.language.in_(bindparam("languages", expanding=True)),
        Request.created_at <= bindparam("stranded_before", type_=UTCDateTime),
        DESK_LANGUAGE.not_in(bindparam("read", expanding=True)),
    )


async def may_take(*, session: AsyncSession, request: Request, values: dict[str, Any], by_language: bool) -> bool:
    """Whether claim-next could give this request to the agent of these values (`claim_parameters`)."""
    statement = select(exists().where(Request.id == request.id, *_takes(by_language=by_language)))
    return bool(await session.scalar(statement.params(values)))


async def lock_takeable(
    *,
    session: AsyncSession,
    values: dict[str, Any],
    by_language: bool,
    flagged: bool,
    limit: int,
    skip: int | None = None,
) -> list[Request]:
    """Unclaimed requests claim-next could give the agent of these values (but `skip`), in queue order, locked;
    rows others hold are skipped. `flagged`: only those under a safeguarding flag, whatever their language."""
    conditions = _takes(by_language=by_language and not flagged)
    if flagged:
        conditions.append(Request.safeguarding.in_(HELD))
    if skip is not None:
        conditions.append(Request.id != skip)
    statement = (
        select(Request)
        .where(*conditions)
        .order_by(*QUEUE_ORDER)
        .limit(limit)
        .with_for_update(skip_locked=True)
        .params(values)
    )
    return list((await session.execute(statement)).scalars())


async def open_counts(*, session: AsyncSession, staff_ids: Collection[int]) -> dict[int, int]:
    """How many open requests each of these staff members holds."""
    result = await session.execute(
        select(Request.assignee_id, func.count())
        .where(Request.assignee_id.in_(list(staff_ids)), Request.status.not_in([s.value for s in FINAL]))
        .group_by(Request.assignee_id)
    )
    counts = {staff_id: 0 for staff_id in staff_ids}
    counts.update({staff_id: count for staff_id, count in result.all() if staff_id is not None})
    return counts


async def what_one_takes(*, session: AsyncSession, staff: StaffUser, interpreter_after: timedelta) -> dict[str, Any]:
    """The values `list_queue(takes=…)` needs to list what this agent may take, as claim-next would."""
    now = utcnow()
    # An agent who lists no language takes every language: who else reads what does not matter then.
    read = await readers(session=session, desks=staff.desks) if staff.languages else []
    return claim_parameters(staff=staff, stranded_before=now - interpreter_after, read=read)


async def readers(*, session: AsyncSession, desks: Collection[str], on_shift_at: datetime | None = None) -> list[str]:
    """Each "desk:language" an active agent of these desks reads (with a live console session at `on_shift_at`)."""
    statement = select(StaffUser.desks, StaffUser.languages).where(StaffUser.active.is_(True))
    if on_shift_at is not None:
        statement = statement.where(
            exists().where(
                StaffSession.staff_id == StaffUser.id,
                StaffSession.expires_at > on_shift_at,
                StaffSession.last_seen_at > on_shift_at - SESSION_IDLE,
            )
        )
    wanted = set(desks)
    pairs = {
        f"{desk}:{language}"
        for their_desks, languages in (await session.execute(statement)).all()
        for desk in their_desks
        if desk in wanted
        for language in languages
    }
    return sorted(pairs)


@dataclass(frozen=True, slots=True)
class Claimed:
    """A request as claim-next hands it to its claimant: what the console and the API show of it, no personal data.

    A plain record, not a row of the caller's session: with 50 agents pressing at once, merging each request into
    its caller's session was what the last of them waited for (bench/RESULTS.md, target 3)."""

    id: int
    reference: str
    programme: str
    desk: str
    kind: str
    status: str
    priority: int
    language: str
    channel: str
    district: str | None
    assignee_id: int | None
    claimed_at: datetime | None
    sla_due_at: datetime
    created_at: datetime
    updated_at: datetime
    closed_at: datetime | None

    @classmethod
    def of(cls, request: Request) -> "Claimed":
        return cls(**{name: getattr(request, name) for name in CLAIMED})


CLAIMED = tuple(f.name for f in fields(Claimed))


@cache
def claim_statement(*, by_language: bool) -> Select[Any]:
    """Claim-next for several agents of one filter set as one PostgreSQL statement: pick and lock as many
    requests as agents, pair them in queue order with the agents in the order of `staff_ids`, assign, move those
    still 'received' to review, record their status events and queue the citizens' notifications.

    Bound values: `claim_parameters` (the filter set), `staff_ids` (the agents, one per claim: an agent pressing
    twice is there twice) and `now`. Rows another transaction holds are skipped, not waited for, so no request is
    ever given twice; fewer rows than agents leaves the last agents with none (none at all for no agent). One
    statement for the whole group instead of one per agent: with 50 agents pressing together, each statement's
    round trip and client time is what the others waited for. Built once (the values are bound parameters).
    Data-modifying CTEs are PostgreSQL's; SQLite claims through the ORM (`claim_in_session`).

    Each row gives the `Claimed` columns in their order, then `was`: the status the request had before.
    """
    check_transition(Status.RECEIVED, Status.IN_REVIEW, Actor.STAFF)
    now = bindparam("now", type_=UTCDateTime)
    staff_ids = bindparam("staff_ids", type_=ARRAY(BigInteger))
    agents = func.unnest(staff_ids).table_valued("staff_id", with_ordinality="place").render_derived("agents")
    pick = (
        select(Request.id, Request.status, Request.priority, Request.created_at)
        .where(*_takes(by_language=by_language))
        .order_by(*QUEUE_ORDER)
        .limit(func.cardinality(staff_ids))
        .with_for_update(skip_locked=True)
    )
    picked = pick.cte("picked")
    in_order = (picked.c.priority.desc(), picked.c.created_at, picked.c.id)  # QUEUE_ORDER, over the picked rows
    ranked = select(picked.c.id, picked.c.status, func.row_number().over(order_by=in_order).label("place")).cte(
        "ranked"
    )
    table = Request.__table__
    moves = ranked.c.status == Status.RECEIVED.value
    claimed = (
        update(table)
        .where(table.c.id == ranked.c.id, agents.c.place == ranked.c.place)
        .values(
            assignee_id=agents.c.staff_id,
            claimed_at=now,
            status=Status.IN_REVIEW.value,
            updated_at=case((moves, now), else_=table.c.updated_at),
        )
        .returning(*(table.c[name] for name in CLAIMED), table.c.contact_id, ranked.c.status.label("was"))
        .cte("claimed")
    )
    moved = claimed.c.was == Status.RECEIVED.value
    event = (
        insert(StatusEvent)
        .from_select(
            ["request_id", "from_status", "to_status", "actor_kind", "actor_staff_id", "created_at"],
            select(
                claimed.c.id,
                claimed.c.was,
                literal(Status.IN_REVIEW.value),
                literal(Actor.STAFF.value),
                claimed.c.assignee_id,
                now,
            ).where(moved),
        )
        .cte("event")
    )
    payload = requests.status_notice(
        status=literal(Status.IN_REVIEW.value),
        reference=claimed.c.reference,
        programme=claimed.c.programme,
        public_note=null(),
    )
    notice = (
        insert(OutboxItem)
        .from_select(
            [
                "contact_id",
                "channel",
                "kind",
                "payload",
                "request_id",
                "state",
                "attempts",
                "next_attempt_at",
                "created_at",
            ],
            select(
                claimed.c.contact_id,
                claimed.c.channel,
                literal("status_changed"),
                func.json_build_object(*chain.from_iterable((literal(k), v) for k, v in payload.items())),
                claimed.c.id,
                literal(OutboxState.PENDING.value),
                literal(0),
                now,
                now,
            ).where(moved),
        )
        .cte("notice")
    )
    return select(*(claimed.c[name] for name in CLAIMED), claimed.c.was).add_cte(event, notice)


async def claim_in_session(
    *, session: AsyncSession, staff: StaffUser, values: dict[str, Any], now: datetime
) -> Request | None:
    """One agent's claim-next through the ORM in the caller's session, for SQLite: one writer, nothing to group,
    and no data-modifying CTEs. `values` as `what_one_takes` gives them."""
    statement = (
        select(Request).where(*_takes(by_language=bool(staff.languages))).order_by(*QUEUE_ORDER).limit(1).params(values)
    )
    request = (await session.execute(statement)).scalar_one_or_none()
    if request is None:
        return None
    request.assignee_id = staff.id
    request.claimed_at = now
    if request.status == Status.RECEIVED:
        await requests.change_status(
            session=session, request=request, to=Status.IN_REVIEW, actor=Actor.STAFF, staff_id=staff.id
        )
    return request


def release(*, request: Request, staff: StaffUser) -> None:
    """Gives a claimed request back to the queue."""
    if request.assignee_id != staff.id and not staff.supervises:
        raise Forbidden("error-not-your-claim")
    request.assignee_id = None
    request.claimed_at = None


def reassign(*, request: Request, to: StaffUser, by: StaffUser) -> None:
    """Hands a request to another agent (supervisors and admins only)."""
    if not by.supervises:
        raise Forbidden("error-supervisor-only")
    if request.desk not in to.desks:
        raise Forbidden("error-agent-not-on-desk")
    request.assignee_id = to.id
    request.claimed_at = utcnow()


async def list_assigned(*, session: AsyncSession, staff_id: int, limit: int = 50) -> list[Request]:
    """The open requests this staff member holds, most urgent and oldest first."""
    result = await session.execute(
        select(Request)
        .where(Request.assignee_id == staff_id, Request.status.not_in([s.value for s in FINAL]))
        .order_by(*QUEUE_ORDER)
        .limit(limit)
    )
    return list(result.scalars())


async def fingerprint(*, session: AsyncSession, desks: Collection[str], now: datetime | None = None) -> str:
    """A short digest that changes whenever the waiting requests of these desks change, their tags, or who has
    one of their requests open (for live pages)."""
    since = (now or utcnow()) - PRESENCE
    ours = Request.desk.in_(list(desks))
    tags = (
        select(func.count(), func.coalesce(func.sum(RequestTag.tag_id * 7919 + RequestTag.request_id), 0))
        .join(Request, Request.id == RequestTag.request_id)
        .where(ours, Request.status.in_(WAITING))
        .subquery()
    )
    here = (
        select(func.count(), func.coalesce(func.sum(RequestView.staff_id * 7919 + RequestView.request_id), 0))
        .join(Request, Request.id == RequestView.request_id)
        .where(ours, RequestView.here_at > since)
        .subquery()
    )
    waiting = select(
        func.count(),
        func.count(Request.assignee_id),
        func.coalesce(func.sum(Request.assignee_id), 0),
        func.coalesce(func.sum(Request.id), 0),
        func.max(Request.updated_at),
        func.max(Request.claimed_at),
    ).where(ours, Request.status.in_(WAITING))
    counts = waiting.subquery()
    both = counts.join(tags, true()).join(here, true())  # one row each: side by side
    row = (await session.execute(select(counts, tags, here).select_from(both))).one()
    return hashlib.sha256(repr(tuple(row)).encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Waiting:
    desk: str
    language: str
    waiting: int
    unassigned: int
    oldest: datetime | None
    breached: int


async def waiting_summary(
    *, session: AsyncSession, desks: Collection[str], now: datetime | None = None
) -> list[Waiting]:
    """How many requests wait for staff per desk and language, the oldest one, and how many are past due."""
    now = now or utcnow()
    result = await session.execute(
        select(
            Request.desk,
            Request.language,
            func.count(),
            func.count(Request.assignee_id),
            func.min(Request.created_at),
            func.sum(case((Request.sla_due_at < now, 1), else_=0)),
        )
        .where(Request.desk.in_(list(desks)), Request.status.in_(WAITING))
        .group_by(Request.desk, Request.language)
        .order_by(Request.desk, Request.language)
    )
    return [
        Waiting(
            desk=desk,
            language=language,
            waiting=count,
            unassigned=count - held,
            oldest=oldest,
            breached=int(breached or 0),
        )
        for desk, language, count, held, oldest, breached in result.all()
    ]


async def held_requests(*, session: AsyncSession, desks: Collection[str], limit: int = 500) -> list[Request]:
    """Open requests of these desks that someone holds, grouped by who holds them."""
    result = await session.execute(
        select(Request)
        .where(
            Request.desk.in_(list(desks)),
            Request.assignee_id.is_not(None),
            Request.status.not_in([s.value for s in FINAL]),
        )
        .order_by(Request.assignee_id, Request.priority.desc(), Request.created_at)
        .limit(limit)
    )
    return list(result.scalars())


async def due(
    *,
    session: AsyncSession,
    desks: Collection[str],
    before: datetime,
    since: datetime | None = None,
    limit: int = 100,
) -> list[Request]:
    """Open requests of these desks due before `before` (and not before `since`), the soonest due first: past
    their service-level target when `before` is now, or about to be."""
    result = await session.execute(
        select(Request)
        .where(
            Request.desk.in_(list(desks)),
            Request.status.not_in([s.value for s in FINAL]),
            Request.sla_due_at < before,
            *((Request.sla_due_at >= since,) if since is not None else ()),
        )
        .order_by(Request.sla_due_at, Request.id)
        .limit(limit)
    )
    return list(result.scalars())


async def sla_counts(
    *, session: AsyncSession, desks: Collection[str], now: datetime, within: timedelta
) -> tuple[int, int]:
    """How many open requests of these desks are past their due time, and how many are due `within` from now."""
    late, soon = (
        await session.execute(
            select(
                func.sum(case((Request.sla_due_at < now, 1), else_=0)),
                func.sum(case((Request.sla_due_at >= now, 1), else_=0)),
            ).where(
                Request.desk.in_(list(desks)),
                Request.status.not_in([s.value for s in FINAL]),
                Request.sla_due_at < now + within,
            )
        )
    ).one()
    return int(late or 0), int(soon or 0)
