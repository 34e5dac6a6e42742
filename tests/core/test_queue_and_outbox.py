"""The staff queue and the outbox on SQLite and PostgreSQL, including concurrent claims."""

import asyncio
from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy import select

from core.db import utcnow
from core.errors import Forbidden
from core.outbox import service as outbox
from core.queue import service as queue
from core.requests import service as requests
from core.requests.models import Message, Request
from core.requests.statuses import Actor, Status
from tests import factories


async def test_queue_orders_by_priority_then_age_and_filters(ctx):
    async with ctx.db.transaction() as session:
        fuel = await factories.request(session, ctx.catalogue, ctx.vault, programme="winter_fuel")
        shelter = await factories.request(session, ctx.catalogue, ctx.vault, programme="emergency_shelter")
        fuel_later = await factories.request(session, ctx.catalogue, ctx.vault, programme="winter_fuel",
                                             district="Buca")
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
    async with ctx.db.transaction() as session:
        claimed = await queue.claim_next(session=session, staff=agent)
        assert claimed.id == turkish.id and claimed.assignee_id == agent.id and claimed.status == Status.IN_REVIEW
    async with ctx.db.transaction() as session:
        assert await queue.claim_next(session=session, staff=agent) is None


async def test_release_and_reassign_rules(ctx):
    async with ctx.db.transaction() as session:
        request = await factories.request(session, ctx.catalogue, ctx.vault)
        first = await factories.agent(session)
        second = await factories.agent(session)
        supervisor = await factories.agent(session, role="supervisor")
        educator = await factories.agent(session, desks=["education"])
        claimed = await queue.claim_next(session=session, staff=first)
        with pytest.raises(Forbidden):
            queue.release(request=claimed, staff=second)
        with pytest.raises(Forbidden):
            queue.reassign(request=claimed, to=second, by=first)
        with pytest.raises(Forbidden):
            queue.reassign(request=claimed, to=educator, by=supervisor)
        queue.reassign(request=claimed, to=second, by=supervisor)
        assert request.assignee_id == second.id
        queue.release(request=claimed, staff=second)
        assert request.assignee_id is None


async def test_twenty_agents_claiming_a_hundred_requests_get_each_exactly_once(ctx):
    async with ctx.db.transaction() as session:
        for _ in range(100):
            await factories.request(session, ctx.catalogue, ctx.vault)
        agents = [await factories.agent(session) for _ in range(20)]

    async def work(agent):
        mine = []
        while True:
            async with ctx.db.transaction() as session:
                request = await queue.claim_next(session=session, staff=agent)
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
        assert first.state == second.state == "sending"
        assert await outbox.claim_due(session=session, worker="w1", limit=10) == []
        await outbox.mark_sent(session=session, item=first, platform_message_id="4711")
        await outbox.mark_failed(session=session, item=second, error="timeout", retry_in=timedelta(seconds=30))
    async with ctx.db.transaction() as session:
        assert await outbox.claim_due(session=session, worker="w1", limit=10) == []
        later = await outbox.claim_due(session=session, worker="w1", limit=10, now=utcnow() + timedelta(minutes=1))
        assert [item.id for item in later] == [second.id] and later[0].attempts == 2
        await outbox.mark_failed(session=session, item=later[0], error="Forbidden: bot was blocked", retry_in=None)
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
