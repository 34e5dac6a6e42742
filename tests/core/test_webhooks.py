"""Outgoing webhooks against a real receiver on 127.0.0.1: signed, retried, never lost, never doubled, no personal data
unless a target is allowed it, and never the words a person wrote."""

import asyncio
import contextlib
import hashlib
import hmac
import json
import socket
import time
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from sqlalchemy import select

from core.db import utcnow
from core.errors import InvalidInput
from core.privacy import service as privacy
from core.queue import service as queue
from core.requests import service as requests
from core.requests import sla
from core.requests.actions import Via
from core.requests.models import Request
from core.requests.statuses import Actor, Status
from core.safeguarding import service as safeguarding
from core.staff.models import StaffUser
from core.webhooks import service as webhooks
from core.webhooks.models import DeliveryState, WebhookDelivery
from core.webhooks.schemas import Event
from core.webhooks.worker import RELEASE_AFTER, WebhookWorker
from tests import factories
from tests.conftest import serving
from tests.fakes.webhook_receiver import FakeReceiver, Received

DISCLOSURE = "Kocam beni her gün dövüyor"
ALL_EVENTS = [e.value for e in Event]


def verify(secret: str, header: str, body: bytes, tolerance: int = 300) -> bool:
    """The README's verification snippet, as a receiver would write it."""
    parts = dict(item.split("=", 1) for item in header.split(","))
    timestamp = int(parts["t"])
    if abs(time.time() - timestamp) > tolerance:
        return False
    expected = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, parts["v1"])


@pytest.fixture
def receiver() -> FakeReceiver:
    return FakeReceiver()


@pytest.fixture
async def receiver_url(receiver) -> AsyncIterator[str]:
    async with serving(receiver.app()) as url:
        yield url + "/"
        receiver.released.set()  # a held request ends before the server stops (which waited 5 s for it)


@pytest.fixture
async def worker(ctx) -> AsyncIterator[WebhookWorker]:
    made = WebhookWorker(db=ctx.db, allow_private=True, name="worker-a")
    yield made
    await made.close()


async def add_target(ctx, url: str, *, events=ALL_EVENTS, personal_data: bool = False) -> tuple[int, str]:
    async with ctx.db.transaction() as session:
        target, secret = await factories.webhook_target(session, url=url, events=events, personal_data=personal_data)
        return target.id, secret


async def states(ctx) -> list[tuple[str, int, int | None]]:
    async with ctx.db.transaction() as session:
        rows = (await session.execute(select(WebhookDelivery).order_by(WebhookDelivery.id))).scalars()
        return [(row.state, row.attempts, row.status_code) for row in rows]


def bodies(received: list[Received]) -> list[dict]:
    return [json.loads(item.body) for item in received]


async def test_a_new_request_and_its_status_change_arrive_signed_and_without_personal_data(
    ctx, receiver, receiver_url, worker
):
    _, secret = await add_target(ctx, receiver_url)
    async with ctx.db.transaction() as session:
        request = await factories.request(session, ctx.catalogue, ctx.vault)
        await requests.change_status(session=session, request=request, to=Status.IN_REVIEW, actor=Actor.STAFF)

    assert await worker.deliver_due() == 2
    created = receiver.received[0]
    for item in receiver.received:
        assert verify(secret, item.headers["x-hemsehri-signature"], item.body)
        assert not verify("another secret", item.headers["x-hemsehri-signature"], item.body)
        assert item.headers["x-hemsehri-event-id"] == json.loads(item.body)["id"]
        text = item.body.decode()
        for personal in ("Ayşe", "Yılmaz", "5321234567", "Kışın", "Bostanlı", "10000000146"):
            assert personal not in text
    first, second = bodies(receiver.received)
    assert (first["event"], created.headers["x-hemsehri-event"]) == ("request.created", "request.created")
    assert second["event"] == "request.status_changed"
    assert second["request"] | {"updated_at": None} == {
        "reference": request.reference,
        "programme": "winter_fuel",
        "desk": request.desk,
        "kind": "application",
        "status": "in_review",
        "previous_status": "received",
        "language": "tr",
        "created_at": second["request"]["created_at"],
        "updated_at": None,
        "sla_due_at": second["request"]["sla_due_at"],
    }
    assert "person" not in second["request"] and first["id"] != second["id"]
    assert await states(ctx) == [("delivered", 1, 200), ("delivered", 1, 200)]


async def test_a_target_allowed_personal_data_is_told_who_but_never_the_words_of_a_disclosure(
    ctx, receiver, receiver_url, worker
):
    await add_target(ctx, receiver_url, events=["request.safeguarding_flagged"], personal_data=True)
    bare_url = receiver_url + "?bare"
    await add_target(ctx, bare_url, events=["request.safeguarding_flagged"])
    async with ctx.db.transaction() as session:
        await factories.request(session, ctx.catalogue, ctx.vault, description=DISCLOSURE)

    assert await worker.deliver_due() == 2
    allowed, bare = sorted(bodies(receiver.received), key=lambda body: "person" not in body["request"])
    assert allowed["event"] == bare["event"] == "request.safeguarding_flagged"
    assert allowed["request"]["person"] == {"full_name": "Ayşe Yılmaz", "phone": "+905321234567"}
    assert allowed["request"]["safeguarding"]["count"] == len(allowed["request"]["safeguarding"]["categories"]) >= 1
    assert bare["request"]["safeguarding"] == allowed["request"]["safeguarding"] and "person" not in bare["request"]
    for item in receiver.received:
        assert "dövüyor" not in item.body.decode() and "Kocam" not in item.body.decode()


async def test_claiming_a_new_request_tells_the_targets_it_moved_to_review_once(ctx, receiver, receiver_url, worker):
    await add_target(ctx, receiver_url, events=["request.status_changed"])
    async with ctx.db.transaction() as session:
        request = await factories.request(session, ctx.catalogue, ctx.vault)
        agent_id = (await factories.agent(session)).id

    async def claim() -> str | None:
        async with ctx.db.transaction() as session:
            staff = await session.get(StaffUser, agent_id)
            claimed = await ctx.claims.claim_next(
                session=session, staff=staff, interpreter_after=timedelta(hours=4), via=Via.API
            )
            if claimed is not None:
                queue.release(request=await session.get(Request, claimed.id), staff=staff)
            return claimed.reference if claimed else None

    assert await claim() == request.reference  # received -> in review (PostgreSQL: the claim's one statement)
    assert await claim() == request.reference  # already in review: claimed again, no status change
    assert await worker.deliver_due() == 1
    [body] = bodies(receiver.received)
    assert body["event"] == "request.status_changed" and body["request"]["reference"] == request.reference
    assert (body["request"]["previous_status"], body["request"]["status"]) == ("received", "in_review")


async def test_a_confirmed_flag_is_told_again_with_its_state(ctx, receiver, receiver_url, worker):
    await add_target(ctx, receiver_url, events=["request.safeguarding_flagged"])
    async with ctx.db.transaction() as session:
        request = await factories.request(session, ctx.catalogue, ctx.vault, description=DISCLOSURE)
        staff_id = (await factories.agent(session)).id
        await safeguarding.confirm(session=session, request=request, staff_id=staff_id, reason="called her back")

    assert await worker.deliver_due() == 2
    states_told = sorted(body["request"]["safeguarding"]["state"] for body in bodies(receiver.received))
    assert states_told == ["confirmed", "flagged"]
    assert all("called her back" not in item.body.decode() for item in receiver.received)


async def test_a_breach_of_the_service_time_reaches_the_receiver_once_signed(ctx, receiver, receiver_url, worker):
    _, secret = await add_target(ctx, receiver_url, events=["request.sla_breached"])
    async with ctx.db.transaction() as session:
        request = await factories.request(session, ctx.catalogue, ctx.vault, programme="emergency_shelter")  # 4 hours
    now = utcnow() + timedelta(hours=5)
    assert await sla.check(ctx.db, now=now) == 1 and await sla.check(ctx.db, now=now) == 0

    assert await worker.deliver_due(now=now) == 1 and await worker.deliver_due(now=now) == 0
    [item] = receiver.received
    assert verify(secret, item.headers["x-hemsehri-signature"], item.body)
    assert item.headers["x-hemsehri-event"] == "request.sla_breached"
    [body] = bodies(receiver.received)
    assert body["request"]["reference"] == request.reference and body["request"]["status"] == "received"
    assert body["request"]["sla_breached_at"] == body["occurred_at"] and "person" not in body["request"]


async def test_erasure_takes_the_person_out_of_a_delivery_still_waiting(ctx, receiver, receiver_url, worker):
    await add_target(ctx, receiver_url, events=["request.created"], personal_data=True)
    async with ctx.db.transaction() as session:
        request = await factories.request(session, ctx.catalogue, ctx.vault)
    async with ctx.db.transaction() as session:
        await privacy.erase_contact(session=session, contact_id=request.contact_id, reason="asked at the desk")

    assert await worker.deliver_due() == 1
    [body] = bodies(receiver.received)
    assert body["request"]["reference"] == request.reference and "person" not in body["request"]


async def test_a_failing_receiver_is_tried_again_after_a_backoff_and_gets_it_once(ctx, receiver, receiver_url, worker):
    await add_target(ctx, receiver_url, events=["request.created"])
    receiver.answers = [500]
    async with ctx.db.transaction() as session:
        await factories.request(session, ctx.catalogue, ctx.vault)

    assert await worker.deliver_due() == 1
    assert await states(ctx) == [("pending", 1, 500)]
    assert await worker.deliver_due() == 0  # not due yet: it waits its backoff
    async with ctx.db.transaction() as session:
        row = (await session.execute(select(WebhookDelivery))).scalar_one()
    assert row.next_attempt_at > utcnow() and row.last_error == "HTTP 500"

    assert await worker.deliver_due(now=row.next_attempt_at) == 1
    assert await worker.deliver_due(now=utcnow() + timedelta(days=1)) == 0  # delivered: never sent again
    assert await states(ctx) == [("delivered", 2, 200)]
    first, second = receiver.received
    assert first.headers["x-hemsehri-event-id"] == second.headers["x-hemsehri-event-id"]
    assert first.body == second.body


async def test_a_receiver_that_was_down_gets_it_once_it_is_up(ctx, receiver, worker):
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))  # bound, not listening: connections are refused
    url = f"http://127.0.0.1:{sock.getsockname()[1]}/"
    await add_target(ctx, url, events=["request.created"])
    async with ctx.db.transaction() as session:
        await factories.request(session, ctx.catalogue, ctx.vault)

    assert await worker.deliver_due() == 1
    [(state, attempts, code)] = await states(ctx)
    assert (state, attempts, code) == ("pending", 1, None)

    import uvicorn

    sock.listen(16)
    server = uvicorn.Server(uvicorn.Config(receiver.app(), log_level="warning", lifespan="off"))
    serving_task = asyncio.create_task(server.serve(sockets=[sock]))
    try:
        assert await worker.deliver_due(now=utcnow() + timedelta(hours=1)) == 1
    finally:
        server.should_exit = True
        await serving_task
        sock.close()
    assert len(receiver.received) == 1 and await states(ctx) == [("delivered", 2, 200)]


async def test_a_delivery_a_killed_worker_was_sending_is_sent_again_with_the_same_event_id(
    ctx, receiver, receiver_url, worker
):
    await add_target(ctx, receiver_url, events=["request.created"])
    async with ctx.db.transaction() as session:
        await factories.request(session, ctx.catalogue, ctx.vault)
    receiver.hold = True  # the receiver has the request when the worker dies

    dying = asyncio.create_task(worker.deliver_due())
    await receiver.arrived.wait()
    dying.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await dying
    assert await states(ctx) == [("sending", 1, None)]

    other = WebhookWorker(db=ctx.db, allow_private=True, name="worker-b")
    try:
        assert await other.deliver_due() == 0  # another worker's row is left alone while it may be alive
        assert await other.recover() == 0
        assert await other.recover(now=utcnow() + RELEASE_AFTER + timedelta(seconds=1)) == 1
        assert await other.deliver_due() == 1
    finally:
        await other.close()
    first, second = receiver.received
    assert first.headers["x-hemsehri-event-id"] == second.headers["x-hemsehri-event-id"]
    assert await states(ctx) == [("delivered", 2, 200)]


async def test_a_disabled_target_gets_nothing(ctx, receiver, receiver_url, worker):
    target_id, _ = await add_target(ctx, receiver_url)
    async with ctx.db.transaction() as session:
        await factories.request(session, ctx.catalogue, ctx.vault)  # written while it was active
        (await webhooks.get_target(session=session, target_id=target_id)).active = False
    async with ctx.db.transaction() as session:
        request = await factories.request(session, ctx.catalogue, ctx.vault)
        await requests.change_status(session=session, request=request, to=Status.IN_REVIEW, actor=Actor.STAFF)

    assert await worker.deliver_due() == 0
    assert receiver.received == [] and await states(ctx) == [("pending", 0, None)]


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:9/",
        "http://localhost/",
        "http://10.1.2.3/hook",
        "https://192.168.1.10/",
        "http://[::1]/",
        "http://169.254.169.254/latest/meta-data",
    ],
)
async def test_a_private_target_is_refused_without_the_setting(ctx, url):
    async with ctx.db.transaction() as session:
        with pytest.raises(InvalidInput) as refused:
            await webhooks.create_target(
                session=session, url=url, events=ALL_EVENTS, personal_data=False, staff_id=None, allow_private=False
            )
    assert refused.value.key == "error-webhook-url-private"
    assert await webhooks.check_url(url, allow_private=True) == url


@pytest.mark.parametrize("url", ["ftp://example.org/", "example.org/hook", "http://user:pw@example.org/", "http://"])
async def test_a_target_that_is_not_an_http_url_is_refused(url):
    with pytest.raises(InvalidInput) as refused:
        await webhooks.check_url(url, allow_private=True)
    assert refused.value.key == "error-webhook-url-invalid"


async def test_the_worker_refuses_a_private_address_too_when_the_setting_is_off(ctx, receiver, receiver_url):
    await add_target(ctx, receiver_url, events=["request.created"])  # allowed then, not now
    async with ctx.db.transaction() as session:
        await factories.request(session, ctx.catalogue, ctx.vault)
    strict = WebhookWorker(db=ctx.db, allow_private=False)
    try:
        assert await strict.deliver_due() == 1
    finally:
        await strict.close()
    assert receiver.received == [] and await states(ctx) == [("pending", 1, None)]


async def test_two_workers_never_send_the_same_delivery(ctx, receiver, receiver_url):
    await add_target(ctx, receiver_url, events=["request.created"])
    async with ctx.db.transaction() as session:
        for _ in range(30):
            await factories.request(session, ctx.catalogue, ctx.vault)
    workers = [WebhookWorker(db=ctx.db, allow_private=True, name=f"w{n}", batch=4) for n in range(2)]

    async def drain(one: WebhookWorker) -> int:
        sent = 0
        while handled := await one.deliver_due():
            sent += handled
        return sent

    try:
        counts = await asyncio.gather(*(drain(one) for one in workers))
    finally:
        for one in workers:
            await one.close()
    ids = [item.headers["x-hemsehri-event-id"] for item in receiver.received]
    assert sum(counts) == 30 and len(ids) == len(set(ids)) == 30
    assert {state for state, _, _ in await states(ctx)} == {DeliveryState.DELIVERED.value}
