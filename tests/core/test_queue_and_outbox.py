"""The staff queue and the outbox on SQLite and PostgreSQL, including concurrent claims."""

import asyncio
from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy import select

from core.db import utcnow
from core.errors import Forbidden
from core.outbox import service as outbox
from core.outbox.models import OutboxItem
from core.queue import service as queue
from core.requests import service as requests
from core.requests.actions import Via
from core.requests.models import Message, Request, StatusEvent
from core.requests.statuses import Actor, Status
from core.staff import service as staff_service
from tests import factories

WAIT = timedelta(hours=4)  # how long a request waits for a reader of its language before any agent may take it
VIA = Via.API


async def test_queue_orders_by_priority_then_age_and_filters(ctx):
    async with ctx.db.transaction() as session:
        fuel = await factories.request(session, ctx.catalogue, ctx.vault, programme="winter_fuel")
        shelter = await factories.request(session, ctx.catalogue, ctx.vault, programme="emergency_shelter")
        fuel_later = await factories.request(
            session, ctx.catalogue, ctx.vault, programme="winter_fuel", district="Buca"
        )
        arabic = await factories.request(session, ctx.catalogue, ctx.vault, language="ar")
        await factories.request(session, ctx.catalogue, ctx.vault, programme="stationery_set")  # education desk
        listed = await queue.list_queue(session=session, desks=["social_aid"])
        assert [r.id for r in listed] == [shelter.id, fuel.id, fuel_later.id, arabic.id]
        only_ar = await queue.list_queue(session=session, desks=["social_aid"], languages=["ar"])
        assert [r.id for r in only_ar] == [arabic.id]
        in_buca = await queue.list_queue(session=session, desks=["social_aid"], district="Buca")
        assert [r.id for r in in_buca] == [fuel_later.id]


async def test_claim_next_respects_desks_and_languages_and_moves_to_review(ctx):
    async with ctx.db.transaction() as session:
        await factories.request(session, ctx.catalogue, ctx.vault, language="ar")
        turkish = await factories.request(session, ctx.catalogue, ctx.vault, language="tr")
        await factories.request(session, ctx.catalogue, ctx.vault, programme="stationery_set")
        agent = await factories.agent(session, desks=["social_aid"], languages=["tr"])
        await factories.agent(session, desks=["social_aid"], languages=["ar"])  # the Arabic one waits for her
    async with ctx.db.transaction() as session:
        claimed = await ctx.claims.claim_next(session=session, staff=agent, interpreter_after=WAIT, via=VIA)
        assert claimed.id == turkish.id and claimed.assignee_id == agent.id and claimed.status == Status.IN_REVIEW
    async with ctx.db.transaction() as session:
        assert await ctx.claims.claim_next(session=session, staff=agent, interpreter_after=WAIT, via=VIA) is None


async def test_a_language_nobody_on_the_desk_reads_is_claimed_by_any_agent_at_once(ctx):
    async with ctx.db.transaction() as session:
        arabic = await factories.request(session, ctx.catalogue, ctx.vault, programme="cash_aid", language="ar")
        turkish_only = await factories.agent(session, desks=["social_aid"], languages=["tr"])
        await factories.agent(session, desks=["refugee_desk"], languages=["ar"])  # another desk's reader
        gone = await factories.agent(session, desks=["social_aid"], languages=["ar"])
        gone.active = False  # a reader who left the city does not hold it back
    async with ctx.db.transaction() as session:
        claimed = await ctx.claims.claim_next(session=session, staff=turkish_only, interpreter_after=WAIT, via=VIA)
        assert claimed is not None and claimed.id == arabic.id and claimed.assignee_id == turkish_only.id


async def test_a_request_that_waited_for_a_reader_goes_to_any_agent_after_the_wait(ctx):
    async with ctx.db.transaction() as session:
        arabic = await factories.request(session, ctx.catalogue, ctx.vault, programme="cash_aid", language="ar")
        turkish_only = await factories.agent(session, desks=["social_aid"], languages=["tr"])
        reader = await factories.agent(session, desks=["social_aid"], languages=["ar"])
    async with ctx.db.transaction() as session:
        assert await ctx.claims.claim_next(session=session, staff=turkish_only, interpreter_after=WAIT, via=VIA) is None
    async with ctx.db.transaction() as session:
        (await session.get(Request, arabic.id)).created_at = utcnow() - WAIT - timedelta(minutes=1)
    async with ctx.db.transaction() as session:
        claimed = await ctx.claims.claim_next(session=session, staff=turkish_only, interpreter_after=WAIT, via=VIA)
        assert claimed is not None and claimed.id == arabic.id  # never stranded
    async with ctx.db.transaction() as session:
        # taken once
        assert await ctx.claims.claim_next(session=session, staff=reader, interpreter_after=WAIT, via=VIA) is None


async def test_readers_are_the_desks_languages_of_active_agents_and_of_those_signed_in(ctx):
    async with ctx.db.transaction() as session:
        signed_in = await factories.agent(session, desks=["social_aid", "refugee_desk"], languages=["ar", "tr"])
        await factories.agent(session, desks=["social_aid"], languages=["ps"])
        await staff_service.start_session(session=session, user=signed_in)
    async with ctx.db.transaction() as session:
        assert await queue.readers(session=session, desks=["social_aid"]) == [
            "social_aid:ar",
            "social_aid:ps",
            "social_aid:tr",
        ]
        on_shift = await queue.readers(session=session, desks=["social_aid", "education"], on_shift_at=utcnow())
        assert on_shift == ["social_aid:ar", "social_aid:tr"]


async def test_a_claim_records_the_move_to_review_and_queues_the_citizen_notification(ctx):
    """The same rows on both databases (one statement on PostgreSQL, the ORM on SQLite)."""
    async with ctx.db.transaction() as session:
        fresh = await factories.request(session, ctx.catalogue, ctx.vault, programme="emergency_shelter")
        released = await factories.request(session, ctx.catalogue, ctx.vault)
        agent = await factories.agent(session, languages=())
        await requests.change_status(session=session, request=released, to=Status.IN_REVIEW, actor=Actor.SYSTEM)
    async with ctx.db.transaction() as session:
        released_updated_at = (await session.get(Request, released.id)).updated_at
    before = utcnow()
    async with ctx.db.transaction() as session:
        claimed = await ctx.claims.claim_next(session=session, staff=agent, interpreter_after=WAIT, via=VIA)
        assert claimed.id == fresh.id  # more urgent programme first
        assert claimed.assignee_id == agent.id and claimed.status == Status.IN_REVIEW
        assert claimed.claimed_at >= before and claimed.updated_at >= before
    async with ctx.db.transaction() as session:
        again = await ctx.claims.claim_next(session=session, staff=agent, interpreter_after=WAIT, via=VIA)
        assert again.id == released.id and again.status == Status.IN_REVIEW and again.assignee_id == agent.id
        assert again.updated_at == released_updated_at  # no status change: nothing to record
    async with ctx.db.transaction() as session:
        stored = await session.get(Request, fresh.id)
        assert (stored.assignee_id, stored.status, stored.claimed_at) == (agent.id, "in_review", claimed.claimed_at)
        events = (
            (await session.execute(select(StatusEvent).where(StatusEvent.actor_staff_id == agent.id))).scalars().all()
        )
        assert [(e.request_id, e.from_status, e.to_status, e.actor_kind) for e in events] == [
            (fresh.id, "received", "in_review", "staff")
        ]
        assert events[0].created_at == stored.updated_at and events[0].public_note is None
        notices = (
            (
                await session.execute(
                    select(OutboxItem).where(OutboxItem.kind == "status_changed").order_by(OutboxItem.id)
                )
            )
            .scalars()
            .all()
        )
        mine = [n for n in notices if n.request_id == fresh.id]
        assert len(mine) == 1 and [n.request_id for n in notices].count(released.id) == 1  # the SYSTEM move only
        notice = mine[0]
        assert notice.payload == {
            "status": "in_review",
            "reference": fresh.reference,
            "programme": "emergency_shelter",
            "public_note": None,
        }
        assert (notice.contact_id, notice.channel, notice.state, notice.attempts) == (
            fresh.contact_id,
            fresh.channel,
            "pending",
            0,
        )
        assert notice.next_attempt_at >= before and notice.message_id is None and notice.announcement_id is None
        assert await ctx.claims.claim_next(session=session, staff=agent, interpreter_after=WAIT, via=VIA) is None


async def test_release_and_reassign_rules(ctx):
    async with ctx.db.transaction() as session:
        request = await factories.request(session, ctx.catalogue, ctx.vault)
        first = await factories.agent(session)
        second = await factories.agent(session)
        supervisor = await factories.agent(session, role="supervisor")
        educator = await factories.agent(session, desks=["education"])
    async with ctx.db.transaction() as session:
        got = await ctx.claims.claim_next(session=session, staff=first, interpreter_after=WAIT, via=VIA)
        claimed = await session.get(Request, got.id)  # a plain record comes back: the request itself is loaded
        with pytest.raises(Forbidden):
            queue.release(request=claimed, staff=second)
        with pytest.raises(Forbidden):
            queue.reassign(request=claimed, to=second, by=first)
        with pytest.raises(Forbidden):
            queue.reassign(request=claimed, to=educator, by=supervisor)
        queue.reassign(request=claimed, to=second, by=supervisor)
        assert claimed.id == request.id and claimed.assignee_id == second.id
        queue.release(request=claimed, staff=second)
        assert claimed.assignee_id is None


async def test_twenty_agents_claiming_a_hundred_requests_get_each_exactly_once(ctx):
    async with ctx.db.transaction() as session:
        for _ in range(100):
            await factories.request(session, ctx.catalogue, ctx.vault)
        agents = [await factories.agent(session) for _ in range(20)]

    async def work(agent):
        mine = []
        while True:
            async with ctx.db.transaction() as session:
                request = await ctx.claims.claim_next(session=session, staff=agent, interpreter_after=WAIT, via=VIA)
                if request is None:
                    return mine
                mine.append(request.id)

    results = await asyncio.gather(*(work(agent) for agent in agents))
    claims = Counter(request_id for mine in results for request_id in mine)
    assert len(claims) == 100
    assert max(claims.values()) == 1
    async with ctx.db.transaction() as session:
        unclaimed = (await session.execute(select(Request).where(Request.assignee_id.is_(None)))).scalars().all()
        assert unclaimed == []
        # each claim moved its request to review once: one status event and one notification per request
        moved = Counter(
            (
                await session.execute(select(StatusEvent.request_id).where(StatusEvent.to_status == "in_review"))
            ).scalars()
        )
        notified = Counter(
            (await session.execute(select(OutboxItem.request_id).where(OutboxItem.kind == "status_changed"))).scalars()
        )
        assert moved == notified == Counter(claims)
    if not ctx.db.is_sqlite:
        assert sum(1 for mine in results if mine) > 1  # the work really was shared between agents


async def test_outbox_claim_send_and_fail_cycle(ctx):
    async with ctx.db.transaction() as session:
        request = await factories.request(session, ctx.catalogue, ctx.vault)
        agent = await factories.agent(session)
        message = await requests.reply(session=session, request=request, staff_id=agent.id, text="Merhaba")
        await requests.change_status(session=session, request=request, to=Status.IN_REVIEW, actor=Actor.STAFF)
    async with ctx.db.transaction() as session:
        first, second = await outbox.claim_due(session=session, worker="w1", limit=10)
        held = [await session.get(OutboxItem, row.id) for row in (first, second)]
        assert [(item.state, item.claimed_by, item.attempts) for item in held] == [("claimed", "w1", 1)] * 2
        assert await outbox.claim_due(session=session, worker="w1", limit=10) == []
        await outbox.mark_sent(session=session, sent=[(first, "4711")])
        await outbox.mark_failed(session=session, item=held[1], error="timeout", retry_in=timedelta(seconds=30))
    async with ctx.db.transaction() as session:
        assert await outbox.claim_due(session=session, worker="w1", limit=10) == []
        later = await outbox.claim_due(session=session, worker="w1", limit=10, now=utcnow() + timedelta(minutes=1))
        again = await session.get(OutboxItem, second.id)
        assert [item.id for item in later] == [second.id] and again.attempts == 2
        await outbox.mark_failed(session=session, item=again, error="Forbidden: bot was blocked", retry_in=None)
        stored = await session.get(Message, message.id)
        assert stored.delivery_state == "sent" and stored.platform_message_id == "4711"
    async with ctx.db.transaction() as session:
        dead = await outbox.list_by_state(session=session, state="dead")
        assert [item.id for item in dead] == [second.id] and "blocked" in dead[0].last_error
        await outbox.retry_dead(session=session, item_id=second.id)
    async with ctx.db.transaction() as session:
        assert [i.id for i in await outbox.claim_due(session=session, worker="w2", limit=10)] == [second.id]


async def test_two_workers_never_claim_the_same_outbox_row(ctx):
    async with ctx.db.transaction() as session:
        agent = await factories.agent(session)
        for _ in range(30):
            request = await factories.request(session, ctx.catalogue, ctx.vault)
            await requests.reply(session=session, request=request, staff_id=agent.id, text="Bilgi")

    async def drain(name):
        taken = []
        while True:
            async with ctx.db.transaction() as session:
                batch = await outbox.claim_due(session=session, worker=name, limit=3)
                if not batch:
                    return taken
                taken += [item.id for item in batch]

    results = await asyncio.gather(*(drain(f"w{i}") for i in range(4)))
    everything = [item_id for taken in results for item_id in taken]
    assert len(everything) == len(set(everything)) == 30
