"""Claim-next with many agents pressing at once (core.queue.claims), on PostgreSQL: the claims arriving together are
served as one batch, one statement per filter set, each claim committed with its audit entry."""

import asyncio
from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy import select

from core.audit import service as audit
from core.audit.models import Action, AuditEntry
from core.outbox.models import OutboxItem
from core.requests import service as requests
from core.requests.actions import Via
from core.requests.models import Request, StatusEvent
from core.requests.statuses import Actor, Status
from core.staff.models import StaffUser
from core.webhooks.models import WebhookDelivery
from tests import factories

pytestmark = [pytest.mark.postgres, pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)]

WAIT = timedelta(hours=4)


async def agents(ctx, count: int, *, desks=("social_aid",), languages=()) -> list[StaffUser]:
    """Agents made directly (no password hashing: fifty of them)."""
    async with ctx.db.transaction() as session:
        made = [
            StaffUser(
                username=f"{desks[0]}-{'-'.join(languages)}-{i}",
                display_name=f"Agent {i}",
                password_hash="x",
                role="agent",
                desks=list(desks),
                languages=list(languages),
            )
            for i in range(count)
        ]
        session.add_all(made)
    return made


async def press(ctx, staff: list[StaffUser]) -> list[Request | None]:
    """Every agent presses "claim next" at the same moment, each in their own transaction."""

    async def one(agent: StaffUser) -> Request | None:
        async with ctx.db.transaction() as session:
            return await ctx.claims.claim_next(session=session, staff=agent, interpreter_after=WAIT, via=Via.CONSOLE)

    return await asyncio.gather(*(one(agent) for agent in staff))


async def test_fifty_agents_at_once_get_fifty_requests_each_with_its_audit_entry_event_and_notification(ctx):
    async with ctx.db.transaction() as session:
        made = [await factories.request(session, ctx.catalogue, ctx.vault) for _ in range(60)]
        for request in made[::3]:  # given back to the queue after a first look: claimed without a status change
            await requests.change_status(session=session, request=request, to=Status.IN_REVIEW, actor=Actor.SYSTEM)
    await webhook_target(ctx)
    staff = await agents(ctx, 50)

    got = await press(ctx, staff)

    assert all(request is not None for request in got)
    assert len({request.id for request in got}) == 50
    assert [request.assignee_id for request in got] == [agent.id for agent in staff]
    assert len({request.claimed_at for request in got}) == 1  # pressed in the same turn: served as one batch
    async with ctx.db.transaction() as session:
        stored = {r.id: r for r in (await session.execute(select(Request))).scalars()}
        assert Counter(r.assignee_id for r in stored.values() if r.assignee_id) == Counter(a.id for a in staff)
        claims = (
            await session.execute(
                select(AuditEntry.target, AuditEntry.staff_id).where(AuditEntry.action == Action.CLAIM)
            )
        ).all()
        assert sorted(claims) == sorted((r.reference, r.assignee_id) for r in got)
        moved = [r.id for r in got if r.id not in {m.id for m in made[::3]}]
        events = (
            await session.execute(
                select(StatusEvent.request_id, StatusEvent.actor_staff_id).where(StatusEvent.actor_kind == "staff")
            )
        ).all()
        assert sorted(events) == sorted((request_id, stored[request_id].assignee_id) for request_id in moved)
        notified = Counter(
            (await session.execute(select(OutboxItem.request_id).where(OutboxItem.kind == "status_changed"))).scalars()
        )
        assert notified == Counter(moved) + Counter(r.id for r in made[::3])  # theirs came with the first look
        told = (
            await session.execute(
                select(WebhookDelivery.request_id).where(WebhookDelivery.event == "request.status_changed")
            )
        ).scalars()
        assert sorted(told) == sorted(moved)
        assert all(stored[request_id].status == Status.IN_REVIEW for request_id in moved)
    assert (await audit.verify(db=ctx.db))[1] is None  # the batch's entries chain on like any other


async def test_a_shorter_queue_is_shared_out_never_twice(ctx):
    async with ctx.db.transaction() as session:
        for _ in range(10):
            await factories.request(session, ctx.catalogue, ctx.vault)
    staff = await agents(ctx, 30)

    got = await press(ctx, staff)

    claimed = [request.id for request in got if request is not None]
    assert len(claimed) == len(set(claimed)) == 10
    assert [request is not None for request in got] == [True] * 10 + [False] * 20  # in the order they pressed
    async with ctx.db.transaction() as session:
        entries = (await session.execute(select(AuditEntry).where(AuditEntry.action == Action.CLAIM))).scalars()
        assert len(list(entries)) == 10


async def test_agents_of_other_desks_and_languages_pressing_together_each_get_what_they_may_take(ctx):
    async with ctx.db.transaction() as session:
        turkish = [await factories.request(session, ctx.catalogue, ctx.vault) for _ in range(3)]
        arabic = [await factories.request(session, ctx.catalogue, ctx.vault, language="ar") for _ in range(2)]
        stationery = [await factories.request(session, ctx.catalogue, ctx.vault, programme="stationery_set")]
    readers_of_turkish = await agents(ctx, 4, languages=("tr",))
    readers_of_arabic = await agents(ctx, 3, languages=("ar", "fa"))
    educators = await agents(ctx, 2, desks=("education",))

    got = await press(ctx, [*readers_of_turkish, *readers_of_arabic, *educators])

    ids = [None if request is None else request.id for request in got]
    assert ids[:4] == [r.id for r in turkish] + [None]  # the Arabic ones wait for their readers
    assert ids[4:7] == [r.id for r in arabic] + [None]
    assert ids[7:] == [stationery[0].id, None]


async def test_an_agent_pressing_twice_at_once_gets_two_requests(ctx):
    async with ctx.db.transaction() as session:
        made = [await factories.request(session, ctx.catalogue, ctx.vault) for _ in range(3)]
    [agent] = await agents(ctx, 1)

    first, second = await press(ctx, [agent, agent])

    assert {first.id, second.id} == {made[0].id, made[1].id}


async def test_a_claim_holds_with_its_audit_entry_when_the_callers_transaction_fails(ctx):
    async with ctx.db.transaction() as session:
        request = await factories.request(session, ctx.catalogue, ctx.vault)
    [agent] = await agents(ctx, 1)

    with pytest.raises(RuntimeError):
        async with ctx.db.transaction() as session:
            claimed = await ctx.claims.claim_next(session=session, staff=agent, interpreter_after=WAIT, via=Via.API)
            assert claimed.id == request.id
            raise RuntimeError("the page failed after the claim")

    async with ctx.db.transaction() as session:
        stored = await session.get(Request, request.id)
        assert (stored.assignee_id, stored.status) == (agent.id, Status.IN_REVIEW)
        entries = (await session.execute(select(AuditEntry.target, AuditEntry.details))).all()
        assert entries == [(request.reference, {"via": "api"})]


async def test_warming_up_at_start_claims_nothing_and_writes_nothing(ctx):
    async with ctx.db.transaction() as session:
        made = [await factories.request(session, ctx.catalogue, ctx.vault) for _ in range(3)]
    await webhook_target(ctx)
    staff = [*await agents(ctx, 2), *await agents(ctx, 1, languages=("ar",))]
    before = await written(ctx)

    await ctx.claims.warm()

    assert await written(ctx) == before
    async with ctx.db.transaction() as session:
        assert all(r.assignee_id is None for r in (await session.execute(select(Request))).scalars())
    got = await press(ctx, staff)  # and the claims that follow are served as ever
    assert sorted(request.id for request in got if request is not None) == sorted(r.id for r in made)


async def written(ctx) -> tuple[int, ...]:
    """How many audit entries, status events, notifications and webhook deliveries there are."""
    async with ctx.db.transaction() as session:
        return tuple(
            [
                len((await session.execute(select(model.id))).all())
                for model in (AuditEntry, StatusEvent, OutboxItem, WebhookDelivery)
            ]
        )


async def webhook_target(ctx) -> None:
    async with ctx.db.transaction() as session:
        await factories.webhook_target(session, url="http://127.0.0.1:9/hook", events=["request.status_changed"])
