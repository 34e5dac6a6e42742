"""Push desks on SQLite and PostgreSQL: who a new request goes to, filling agents up, and parallel creations."""

import asyncio
from collections import Counter
from datetime import timedelta

from sqlalchemy import select

from core.assignment import service as assignment
from core.assignment.models import DEFAULT_CAPACITY, Mode
from core.audit.models import Action, AuditEntry
from core.requests import actions
from core.requests.models import Request
from core.requests.statuses import Status
from core.staff.models import StaffUser
from tests import factories

WAIT = timedelta(hours=4)
DISCLOSURE = "Kocam beni her gün dövüyor"  # the safeguarding detector flags it (violence)


async def push_desk(session, desk="social_aid", capacity=2):
    await assignment.set_desk(session=session, desk=desk, mode=Mode.PUSH, capacity=capacity)


async def available_agent(session, **kwargs) -> StaffUser:
    agent = await factories.agent(session, **kwargs)
    agent.available = True
    return agent


async def new_request(session, ctx, **kwargs) -> Request:
    """A request made as the journeys make one: created, then pushed in the same transaction."""
    request = await factories.request(session, ctx.catalogue, ctx.vault, **kwargs)
    await assignment.push(session=session, request=request, interpreter_after=WAIT)
    return request


async def test_a_desk_reads_as_set_in_this_transaction_too_and_one_never_set_claims(ctx):
    async with ctx.db.transaction() as session:
        await push_desk(session, capacity=3)
        settings = await assignment.desk_settings(session=session, desks=["social_aid", "refugee_desk"])
        assert (settings["social_aid"].mode, settings["social_aid"].capacity) == (Mode.PUSH, 3)
        assert (settings["refugee_desk"].mode, settings["refugee_desk"].capacity) == (Mode.CLAIM, DEFAULT_CAPACITY)
        await assignment.set_desk(session=session, desk="social_aid", mode=Mode.CLAIM, capacity=4)  # not written yet
        settings = await assignment.desk_settings(session=session, desks=["social_aid"])
        assert (settings["social_aid"].mode, settings["social_aid"].capacity) == (Mode.CLAIM, 4)


async def test_a_claim_desk_pushes_nothing_and_an_away_agent_gets_nothing(ctx):
    async with ctx.db.transaction() as session:
        await available_agent(session)
        claimed_desk = await new_request(session, ctx)
        assert claimed_desk.assignee_id is None  # claim is the default
        await push_desk(session)
        for agent in await session.scalars(select(StaffUser)):
            agent.available = False
        await factories.agent(session)  # everyone starts away
        waiting = await new_request(session, ctx)
        assert waiting.assignee_id is None and waiting.status == Status.RECEIVED  # it waits, as in a claim desk


async def test_a_new_request_goes_to_the_available_agent_with_the_fewest_open_ones(ctx):
    async with ctx.db.transaction() as session:
        busy = await available_agent(session)
        idle = await available_agent(session)
        await push_desk(session, capacity=5)
        held = await factories.request(session, ctx.catalogue, ctx.vault)
        held.assignee_id = busy.id
    async with ctx.db.transaction() as session:
        request = await new_request(session, ctx)
        assert request.assignee_id == idle.id and request.claimed_at is not None
        assert request.status == Status.RECEIVED  # nobody has read it yet: the citizen is not told "in review"
        entry = (await session.scalars(select(AuditEntry).where(AuditEntry.target == request.reference))).all()
        assert [(e.action, e.staff_id, e.details) for e in entry] == [
            (Action.CLAIM, idle.id, {"automatic": True, "trigger": "new_request"})
        ]


async def test_a_reader_of_the_language_comes_before_a_less_busy_agent(ctx):
    async with ctx.db.transaction() as session:
        turkish = await available_agent(session, languages=["tr"])
        arabic = await available_agent(session, languages=["ar", "tr"])
        await push_desk(session, capacity=5)
        held = await factories.request(session, ctx.catalogue, ctx.vault)
        held.assignee_id = arabic.id
    async with ctx.db.transaction() as session:
        request = await new_request(session, ctx, language="ar")
        assert request.assignee_id == arabic.id
        turkish_request = await new_request(session, ctx, language="tr")
        assert turkish_request.assignee_id == turkish.id  # both read it: the one holding fewer


async def test_an_agent_is_not_pushed_a_language_claim_next_would_not_give_them(ctx):
    async with ctx.db.transaction() as session:
        await available_agent(session, languages=["tr"])
        await factories.agent(session, languages=["ar"])  # reads Arabic, but is away
        await push_desk(session)
        request = await new_request(session, ctx, language="ar")
        assert request.assignee_id is None  # waits for the reader, as claim-next would


async def test_capacity_is_never_exceeded_and_the_rest_waits_in_the_queue(ctx):
    async with ctx.db.transaction() as session:
        first = await available_agent(session)
        second = await available_agent(session)
        second.capacity = 1  # an admin's override of the desk's 2
        await push_desk(session, capacity=2)
    async with ctx.db.transaction() as session:
        made = [await new_request(session, ctx) for _ in range(5)]
        assert Counter(r.assignee_id for r in made) == {first.id: 2, second.id: 1, None: 2}


async def test_a_flagged_request_goes_to_an_agent_even_above_capacity_a_supervisor_first(ctx):
    async with ctx.db.transaction() as session:
        agent = await available_agent(session)
        supervisor = await available_agent(session, role="supervisor")
        await push_desk(session, capacity=1)
        assert {(await new_request(session, ctx)).assignee_id for _ in range(2)} == {agent.id, supervisor.id}
        flagged = await new_request(session, ctx, description=DISCLOSURE)
        assert flagged.safeguarding == "flagged" and flagged.assignee_id == supervisor.id
        ordinary = await new_request(session, ctx)
        assert ordinary.assignee_id is None


async def test_becoming_available_fills_an_agent_up_safeguarding_first(ctx):
    async with ctx.db.transaction() as session:
        await push_desk(session, capacity=2)
        agent = await factories.agent(session)
        oldest = await new_request(session, ctx)
        second = await new_request(session, ctx)
        await new_request(session, ctx)
        flagged = await new_request(session, ctx, description=DISCLOSURE)
        other_desk = await new_request(session, ctx, programme="stationery_set")
        assert {r.assignee_id for r in (oldest, second, flagged, other_desk)} == {None}
    async with ctx.db.transaction() as session:
        agent = await session.get(StaffUser, agent.id)
        agent.desks = ["social_aid", "education"]  # education still claims
        given = await assignment.set_available(session=session, agent=agent, available=True, interpreter_after=WAIT)
        # the flag above capacity, then the two oldest up to it
        assert [r.id for r in given] == [flagged.id, oldest.id]
        held = (await session.scalars(select(Request.id).where(Request.assignee_id == agent.id))).all()
        assert sorted(held) == sorted([flagged.id, oldest.id])
    async with ctx.db.transaction() as session:
        agent = await session.get(StaffUser, agent.id)
        assert (
            await assignment.set_available(session=session, agent=agent, available=False, interpreter_after=WAIT) == []
        )


async def test_closing_or_releasing_a_request_fills_the_place_it_leaves(ctx):
    async with ctx.db.transaction() as session:
        await push_desk(session, capacity=1)
        agent = await available_agent(session)
        mine = await new_request(session, ctx)
        nxt = await new_request(session, ctx)
        last = await new_request(session, ctx)
        assert (mine.assignee_id, nxt.assignee_id) == (agent.id, None)
    async with ctx.db.transaction() as session:
        agent = await session.get(StaffUser, agent.id)
        for to in (Status.IN_REVIEW, Status.REJECTED):
            await actions.change_status(
                session=session,
                staff=agent,
                reference=mine.reference,
                to=to,
                public_note=None,
                internal_note=None,
                via=actions.Via.CONSOLE,
                interpreter_after=WAIT,
            )
        assert (await session.get(Request, nxt.id)).assignee_id == agent.id  # only once it ended
    async with ctx.db.transaction() as session:
        agent = await session.get(StaffUser, agent.id)
        colleague = await available_agent(session)
        # it goes to the colleague, not back to the one who gave it back; they get the next one
        await actions.release(
            session=session, staff=agent, reference=nxt.reference, via=actions.Via.CONSOLE, interpreter_after=WAIT
        )
        assert (await session.get(Request, nxt.id)).assignee_id == colleague.id
        assert (await session.get(Request, last.id)).assignee_id == agent.id


async def test_parallel_creations_never_push_an_agent_over_capacity(ctx):
    async with ctx.db.transaction() as session:
        await push_desk(session, capacity=3)
        agents = [await available_agent(session) for _ in range(3)]

    async def create() -> int:
        async with ctx.db.transaction() as session:
            return (await new_request(session, ctx)).id

    made = await asyncio.gather(*(create() for _ in range(30)))
    async with ctx.db.transaction() as session:
        rows = (await session.scalars(select(Request).where(Request.id.in_(made)))).all()
        held = Counter(r.assignee_id for r in rows)
        assert held == {agents[0].id: 3, agents[1].id: 3, agents[2].id: 3, None: 21}
        automatic = (await session.scalars(select(AuditEntry.target).where(AuditEntry.action == Action.CLAIM))).all()
        assert len(automatic) == len(set(automatic)) == 9  # each assigned once
