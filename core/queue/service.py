"""The staff queue: what waits for staff, in order, and claiming the next one atomically."""

import hashlib
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, case, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from core.db import utcnow
from core.errors import Forbidden
from core.requests import service as requests
from core.requests.models import Request
from core.requests.statuses import FINAL, WAITING_FOR_STAFF, Actor, Status
from core.staff.models import StaffUser

WAITING = [s.value for s in WAITING_FOR_STAFF]


def _queue_query(
    *,
    desks: Collection[str],
    languages: Collection[str] | None = None,
    statuses: Collection[str] = WAITING,
    programme: str | None = None,
    district: str | None = None,
) -> Select[tuple[Request]]:
    statement = select(Request).where(Request.desk.in_(list(desks)), Request.status.in_(list(statuses)))
    if languages:
        statement = statement.where(Request.language.in_(list(languages)))
    if programme:
        statement = statement.where(Request.programme == programme)
    if district:
        statement = statement.where(Request.district == district)
    return statement.order_by(Request.priority.desc(), Request.created_at, Request.id)


async def list_queue(
    *,
    session: AsyncSession,
    desks: Collection[str],
    languages: Collection[str] | None = None,
    statuses: Collection[str] = WAITING,
    programme: str | None = None,
    district: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[Request]:
    """Requests of these desks waiting for staff, most urgent and oldest first."""
    statement = _queue_query(
        desks=desks, languages=languages, statuses=statuses, programme=programme, district=district
    )
    result = await session.execute(statement.limit(limit).offset(offset))
    return list(result.scalars())


async def claim_next(*, session: AsyncSession, staff: StaffUser) -> Request | None:
    """Gives this agent the most urgent, oldest unclaimed request of their desks and languages.

    Rows another agent is claiming at the same moment are skipped, not waited for, so two agents
    never get the same request. The claim holds once the caller commits.
    """
    statement = (
        _queue_query(desks=staff.desks, languages=staff.languages or None)
        .where(Request.assignee_id.is_(None))
        .limit(1)
        .with_for_update(skip_locked=True)
    )
    request = (await session.execute(statement)).scalar_one_or_none()
    if request is None:
        return None
    request.assignee_id = staff.id
    request.claimed_at = utcnow()
    if request.status == Status.RECEIVED:
        await requests.change_status(session=session, request=request, to=Status.IN_REVIEW, actor=Actor.STAFF,
                                     staff_id=staff.id)
    return request


def release(*, request: Request, staff: StaffUser) -> None:
    """Gives a claimed request back to the queue."""
    if request.assignee_id != staff.id and staff.role == "agent":
        raise Forbidden("error-not-your-claim")
    request.assignee_id = None
    request.claimed_at = None


def reassign(*, request: Request, to: StaffUser, by: StaffUser) -> None:
    """Hands a request to another agent (supervisors and admins only)."""
    if by.role not in ("supervisor", "admin"):
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
        .order_by(Request.priority.desc(), Request.created_at, Request.id)
        .limit(limit)
    )
    return list(result.scalars())


async def fingerprint(*, session: AsyncSession, desks: Collection[str]) -> str:
    """A short digest that changes whenever the waiting requests of these desks change (for live pages)."""
    row = (
        await session.execute(
            select(
                func.count(), func.count(Request.assignee_id), func.coalesce(func.sum(Request.assignee_id), 0),
                func.coalesce(func.sum(Request.id), 0), func.max(Request.updated_at), func.max(Request.claimed_at),
            ).where(Request.desk.in_(list(desks)), Request.status.in_(WAITING))
        )
    ).one()
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
            Request.desk, Request.language, func.count(), func.count(Request.assignee_id),
            func.min(Request.created_at), func.sum(case((Request.sla_due_at < now, 1), else_=0)),
        )
        .where(Request.desk.in_(list(desks)), Request.status.in_(WAITING))
        .group_by(Request.desk, Request.language)
        .order_by(Request.desk, Request.language)
    )
    return [
        Waiting(desk=desk, language=language, waiting=count, unassigned=count - held, oldest=oldest,
                breached=int(breached or 0))
        for desk, language, count, held, oldest, breached in result.all()
    ]


async def held_requests(*, session: AsyncSession, desks: Collection[str], limit: int = 500) -> list[Request]:
    """Open requests of these desks that someone holds, grouped by who holds them."""
    result = await session.execute(
        select(Request)
        .where(Request.desk.in_(list(desks)), Request.assignee_id.is_not(None),
               Request.status.not_in([s.value for s in FINAL]))
        .order_by(Request.assignee_id, Request.priority.desc(), Request.created_at)
        .limit(limit)
    )
    return list(result.scalars())


async def breached(
    *, session: AsyncSession, desks: Collection[str], now: datetime | None = None, limit: int = 100
) -> list[Request]:
    """Open requests of these desks past their service-level target, most overdue first."""
    now = now or utcnow()
    result = await session.execute(
        select(Request)
        .where(Request.desk.in_(list(desks)), Request.status.not_in([s.value for s in FINAL]),
               Request.sla_due_at < now)
        .order_by(Request.sla_due_at, Request.id)
        .limit(limit)
    )
    return list(result.scalars())
