"""The staff queue: what waits for staff, in order, and claiming the next one atomically."""

from collections.abc import Collection

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from core.db import utcnow
from core.errors import Forbidden
from core.requests import service as requests
from core.requests.models import Request
from core.requests.statuses import WAITING_FOR_STAFF, Actor, Status
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
