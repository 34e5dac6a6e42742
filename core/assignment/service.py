"""Push desks: a new request goes to the available agent of its desk with the fewest open requests.

Among the available agents below their capacity who may take it (claim-next's language rule,
`core.queue.service.may_take`), those who read its language come first, then the least loaded. A request under a
safeguarding flag never waits for capacity: it goes to an available agent of its desk whatever they hold,
readers and supervisors first. When nobody fits, the request waits in the queue as in a claim desk. An agent
who becomes available, or whose request ends or goes back to the queue, is filled up to capacity from the
waiting requests of their push desks, in queue order.

Concurrency: every assigning transaction takes the audit log's append lock first (it appends an entry for each
assignment anyway), then locks the rows of the agents it considers in id order, and counts their open requests
only then: two transactions never both see an agent's last free place, and never wait for each other.
"""

from collections.abc import Collection, Sequence
from datetime import timedelta
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from core.assignment.models import DEFAULT_CAPACITY, MAX_CAPACITY, DeskSetting, Mode
from core.audit import service as audit
from core.audit.models import Action
from core.db import Driver, flush_pending, utcnow
from core.errors import InvalidInput
from core.i18n import same_language
from core.queue import service as queue
from core.requests.models import Request
from core.safeguarding.service import is_held
from core.staff.models import StaffUser

FLAGGED_AT_ONCE = 50  # safeguarding requests one agent is given at a time, whatever they hold


class Trigger(StrEnum):
    """Why a request was pushed, as the audit log records it."""

    NEW_REQUEST = "new_request"
    AVAILABLE = "available"  # the agent said they are available
    FREED = "freed"  # one of the agent's requests ended, or went back to the queue or to someone else
    DESK_PUSH = "desk_push"  # an admin switched the desk to push


_SETTINGS = "SELECT desk, mode, capacity FROM desk_settings"  # a row per desk ever set: a handful


async def desk_settings(*, session: AsyncSession, desks: Collection[str]) -> dict[str, DeskSetting]:
    """Each desk's setting (rows not added to the session); a desk never set claims, with the default capacity.

    Read on the session's driver (core.db.Driver): every request made asks its desk's.
    """
    await flush_pending(session, DeskSetting)  # a desk set in this transaction (the console's save)
    driver = await Driver.of(session)
    rows = await driver.fetch(_SETTINGS)
    stored = {desk: DeskSetting(desk=desk, mode=mode, capacity=capacity) for desk, mode, capacity in rows}
    return {
        desk: stored.get(desk) or DeskSetting(desk=desk, mode=Mode.CLAIM, capacity=DEFAULT_CAPACITY) for desk in desks
    }


async def set_desk(*, session: AsyncSession, desk: str, mode: str, capacity: int) -> DeskSetting:
    """Sets how a desk hands out its requests and its agents' default capacity."""
    if mode not in list(Mode):
        raise InvalidInput("error-invalid-input")
    check_capacity(capacity)
    setting = await session.get(DeskSetting, desk)
    if setting is None:
        setting = DeskSetting(desk=desk)
        session.add(setting)
    setting.mode, setting.capacity, setting.updated_at = mode, capacity, utcnow()
    return setting


def check_capacity(capacity: int) -> None:
    """Refuses a capacity below one or above MAX_CAPACITY."""
    if not 1 <= capacity <= MAX_CAPACITY:
        raise InvalidInput("error-capacity-invalid", max=MAX_CAPACITY)


def capacity_of(agent: StaffUser, settings: dict[str, DeskSetting]) -> int | None:
    """The open requests push desks fill this agent up to: their own capacity, else the smallest of their push
    desks'; None when none of their desks pushes."""
    pushing = [settings[d].capacity for d in agent.desks if d in settings and settings[d].mode == Mode.PUSH]
    if not pushing:
        return None
    return agent.capacity or min(pushing)


async def _lock_agents(session: AsyncSession, ids: Collection[int]) -> list[StaffUser]:
    """Locks these agents' rows in id order (after the audit lock) and returns those still active and available."""
    await audit.hold(session=session)
    statement = select(StaffUser).where(StaffUser.id.in_(list(ids))).order_by(StaffUser.id).with_for_update()
    rows = await session.scalars(statement, execution_options={"populate_existing": True})
    return [agent for agent in rows if agent.active and agent.available]


async def _assign(session: AsyncSession, request: Request, agent: StaffUser, trigger: Trigger) -> None:
    """Gives the request to the agent as a claim would (its status stays: nobody has read it yet); audited."""
    request.assignee_id = agent.id
    request.claimed_at = utcnow()
    await audit.record(
        session=session,
        staff_id=agent.id,
        action=Action.CLAIM,
        target=request.reference,
        details={"automatic": True, "trigger": trigger},
    )


async def push(
    *,
    session: AsyncSession,
    request: Request,
    interpreter_after: timedelta,
    trigger: Trigger = Trigger.NEW_REQUEST,
    not_to: int | None = None,
) -> StaffUser | None:
    """Gives a waiting request (one just made, or given back) to the best available agent of its desk but `not_to`,
    if the desk pushes; None when it waits in the queue."""
    if request.assignee_id is not None:
        return None
    settings = await desk_settings(session=session, desks=[request.desk])
    if settings[request.desk].mode != Mode.PUSH:
        return None
    present = await session.execute(
        select(StaffUser.id, StaffUser.desks).where(StaffUser.active.is_(True), StaffUser.available.is_(True))
    )
    ids = [row.id for row in present.all() if request.desk in row.desks and row.id != not_to]
    if not ids:
        return None
    agents = [a for a in await _lock_agents(session, ids) if request.desk in a.desks]
    held = await queue.open_counts(session=session, staff_ids=[a.id for a in agents])
    flagged = is_held(request)

    def rank(agent: StaffUser) -> tuple[bool, bool, int, int]:
        reads = any(same_language(language, request.language) for language in agent.languages)
        return not reads, flagged and not agent.supervises, held[agent.id], agent.id

    read = await queue.readers(session=session, desks=[request.desk])
    now = utcnow()
    for agent in sorted(agents, key=rank):
        if not flagged:
            capacity = capacity_of(agent, settings) or 0
            values = queue.claim_parameters(
                staff=agent, stranded_before=now - interpreter_after, read=read if agent.languages else []
            )
            if held[agent.id] >= capacity or not await queue.may_take(
                session=session, request=request, values=values, by_language=bool(agent.languages)
            ):
                continue
        await _assign(session, request, agent, trigger)
        return agent
    return None


async def fill_up(
    *, session: AsyncSession, agent_id: int, interpreter_after: timedelta, trigger: Trigger, skip: int | None = None
) -> list[Request]:
    """Gives an available agent the waiting requests of their push desks they may take (but `skip`), most urgent
    and oldest first, up to their capacity; those under a safeguarding flag whatever they hold. Returns them."""
    agent = await session.get(StaffUser, agent_id)
    if agent is None or not agent.active or not agent.available:
        return []
    settings = await desk_settings(session=session, desks=agent.desks)
    pushing = [desk for desk in agent.desks if settings[desk].mode == Mode.PUSH]
    if not pushing:
        return []
    if not await _lock_agents(session, [agent.id]):
        return []
    values = await queue.what_one_takes(session=session, staff=agent, interpreter_after=interpreter_after)
    values["desks"] = pushing
    given = await queue.lock_takeable(
        session=session, values=values, by_language=False, flagged=True, limit=FLAGGED_AT_ONCE, skip=skip
    )
    for request in given:
        await _assign(session, request, agent, trigger)
    held = await queue.open_counts(session=session, staff_ids=[agent.id])
    room = (capacity_of(agent, settings) or 0) - held[agent.id]
    if room > 0:
        ordinary = await queue.lock_takeable(
            session=session, values=values, by_language=bool(agent.languages), flagged=False, limit=room, skip=skip
        )
        for request in ordinary:
            await _assign(session, request, agent, trigger)
        given += ordinary
    return given


async def set_available(
    *, session: AsyncSession, agent: StaffUser, available: bool, interpreter_after: timedelta
) -> Sequence[Request]:
    """Marks the agent available or away; an available one is filled up from their push desks at once."""
    agent.available = available
    if not available:
        return []
    return await fill_up(
        session=session, agent_id=agent.id, interpreter_after=interpreter_after, trigger=Trigger.AVAILABLE
    )


async def desk_now_pushes(*, session: AsyncSession, desk: str, interpreter_after: timedelta) -> None:
    """Fills up every available agent of a desk that has just switched to push, in id order."""
    agents = await session.scalars(
        select(StaffUser).where(StaffUser.active.is_(True), StaffUser.available.is_(True)).order_by(StaffUser.id)
    )
    for agent_id in [agent.id for agent in agents if desk in agent.desks]:
        await fill_up(
            session=session, agent_id=agent_id, interpreter_after=interpreter_after, trigger=Trigger.DESK_PUSH
        )


async def freed(
    *, session: AsyncSession, agent_id: int | None, interpreter_after: timedelta, skip: int | None = None
) -> None:
    """After a request of this agent ended or left them: fills the place it leaves (with another than `skip`)."""
    if agent_id is not None:
        await fill_up(
            session=session, agent_id=agent_id, interpreter_after=interpreter_after, trigger=Trigger.FREED, skip=skip
        )
