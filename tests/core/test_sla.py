"""The SLA check: an open request past its due time has its breach recorded once and told to the webhooks once."""

import asyncio
from datetime import timedelta

import pytest
from sqlalchemy import select

from core.crypto import Vault
from core.db import Database, utcnow
from core.requests import service as requests
from core.requests import sla
from core.requests.models import Request
from core.requests.statuses import Actor, Status
from core.webhooks.models import WebhookDelivery
from tests import factories
from tests.conftest import TEST_SECRET, empty_postgres

LATER = timedelta(hours=5)  # past emergency shelter's 4 hours, well within winter fuel's 240


async def subscribe(session) -> None:
    await factories.webhook_target(session, url="http://127.0.0.1:9/", events=["request.sla_breached"])


async def told(db) -> list[tuple[int, str, str | None]]:
    """The breaches written for the webhooks: (request id, reference in the body, its recorded time)."""
    async with db.transaction() as session:
        rows = (await session.execute(select(WebhookDelivery).order_by(WebhookDelivery.id))).scalars()
        return [(d.request_id, d.body["request"]["reference"], d.body["request"].get("sla_breached_at")) for d in rows]


async def recorded(db) -> dict[str, object]:
    async with db.transaction() as session:
        rows = (await session.execute(select(Request.reference, Request.sla_breached_at))).all()
        return {reference: at for reference, at in rows if at is not None}


async def test_a_request_past_its_due_time_is_recorded_and_told_once(ctx):
    async with ctx.db.transaction() as session:
        await subscribe(session)
        late = await factories.request(session, ctx.catalogue, ctx.vault, programme="emergency_shelter")
        await factories.request(session, ctx.catalogue, ctx.vault, programme="winter_fuel")
    now = utcnow() + LATER
    assert await sla.check(ctx.db, now=now) == 1
    assert await sla.check(ctx.db, now=now + timedelta(minutes=1)) == 0
    assert await recorded(ctx.db) == {late.reference: now}
    [(request_id, reference, at)] = await told(ctx.db)
    assert (request_id, reference) == (late.id, late.reference) and at is not None
    async with ctx.db.transaction() as session:
        [delivery] = (await session.execute(select(WebhookDelivery))).scalars()
        assert delivery.event == "request.sla_breached" and delivery.body["event"] == "request.sla_breached"


async def test_a_request_that_ends_before_its_due_time_is_never_recorded(ctx):
    async with ctx.db.transaction() as session:
        await subscribe(session)
        agent = await factories.agent(session)
        row = await factories.request(session, ctx.catalogue, ctx.vault, programme="emergency_shelter")
        await requests.change_status(
            session=session, request=row, to=Status.REJECTED, actor=Actor.STAFF, staff_id=agent.id
        )
    assert await sla.check(ctx.db, now=utcnow() + timedelta(days=30)) == 0
    assert await recorded(ctx.db) == {} and await told(ctx.db) == []


async def test_a_recorded_breach_stays_when_the_due_time_moves_later(ctx):
    async with ctx.db.transaction() as session:
        row = await factories.request(session, ctx.catalogue, ctx.vault, programme="emergency_shelter")
    now = utcnow() + LATER
    assert await sla.check(ctx.db, now=now) == 1
    async with ctx.db.transaction() as session:
        row = await requests.get_by_reference(session=session, reference=row.reference)
        requests.move(session=session, request=row, to=ctx.catalogue.programme("winter_fuel"))
    assert await sla.check(ctx.db, now=now) == 0
    async with ctx.db.transaction() as session:
        row = await requests.get_by_reference(session=session, reference=row.reference)
        assert row.sla_due_at > now and row.sla_breached_at == now


async def test_breaches_are_recorded_a_batch_per_transaction(ctx):
    async with ctx.db.transaction() as session:
        await subscribe(session)
        for _ in range(5):
            await factories.request(session, ctx.catalogue, ctx.vault, programme="emergency_shelter")
    now = utcnow() + LATER
    async with ctx.db.transaction() as session:
        assert await sla.record_breaches(session=session, now=now, limit=2) == 2
    assert len(await recorded(ctx.db)) == 2
    assert await sla.check(ctx.db, now=now, batch=2) == 3
    assert len(await recorded(ctx.db)) == 5
    ids = [request_id for request_id, _, _ in await told(ctx.db)]
    assert len(ids) == len(set(ids)) == 5


async def test_two_checks_at_once_record_and_tell_each_breach_once(ctx):
    async with ctx.db.transaction() as session:
        await subscribe(session)
        for _ in range(20):
            await factories.request(session, ctx.catalogue, ctx.vault, programme="emergency_shelter")
    now = utcnow() + LATER
    counts = await asyncio.gather(*(sla.check(ctx.db, now=now, batch=3) for _ in range(2)))
    ids = [request_id for request_id, _, _ in await told(ctx.db)]
    assert sum(counts) == 20 and len(ids) == len(set(ids)) == 20
    assert len(await recorded(ctx.db)) == 20


@pytest.mark.postgres
async def test_a_check_skips_the_requests_another_check_is_recording(postgres_url, catalogue):
    db = Database(postgres_url, vault=Vault(TEST_SECRET))
    try:
        async with db.transaction() as session:
            await subscribe(session)
            for _ in range(5):
                await factories.request(session, catalogue, Vault(TEST_SECRET), programme="emergency_shelter")
        now = utcnow() + LATER
        async with db.transaction() as first:
            assert await sla.record_breaches(session=first, now=now, limit=2) == 2
            # the first check has not committed: the second takes the other three without waiting for it
            async with db.transaction() as second:
                assert await sla.record_breaches(session=second, now=now, limit=10) == 3
        ids = [request_id for request_id, _, _ in await told(db)]
        assert len(ids) == len(set(ids)) == 5 and len(await recorded(db)) == 5
    finally:
        async with db.transaction() as session:
            await empty_postgres(session)
        await db.dispose()
