"""The console's outgoing webhooks: an admin adds a target, sees its delivery log and delivers again; audited."""

import json
import re
from collections.abc import AsyncIterator

import pytest
from sqlalchemy import select

from core.audit.models import AuditEntry
from core.requests import service as requests
from core.requests.statuses import Actor, Status
from core.webhooks.models import WebhookDelivery, WebhookTarget
from core.webhooks.worker import WebhookWorker
from tests import factories
from tests.conftest import serving
from tests.fakes.webhook_receiver import FakeReceiver
from tests.staff.conftest import sign_in

SECRET = re.compile(r'<code id="webhook-secret">(whsec_[^<]+)</code>')


@pytest.fixture
def receiver() -> FakeReceiver:
    return FakeReceiver()


@pytest.fixture
async def receiver_url(receiver) -> AsyncIterator[str]:
    async with serving(receiver.app()) as url:
        yield url + "/"


@pytest.fixture
def allow_private(ctx):
    ctx.settings = ctx.settings.model_copy(update={"webhooks_allow_private": True})


async def actions(ctx) -> list[str]:
    async with ctx.db.transaction() as session:
        return [e.action for e in (await session.execute(select(AuditEntry).order_by(AuditEntry.seq))).scalars()]


async def test_an_admin_adds_a_target_sees_its_deliveries_and_delivers_a_failed_one_again(
    ctx, client, team, receiver, receiver_url, allow_private
):
    csrf = await sign_in(client, "root")
    added = await client.post(
        "/console/webhooks",
        data={"csrf": csrf, "url": receiver_url, "events": ["request.status_changed"], "personal_data": ""},
    )
    assert added.status_code == 200
    secret = SECRET.search(added.text).group(1)
    async with ctx.db.transaction() as session:
        target = (await session.execute(select(WebhookTarget))).scalar_one()
    assert target.secret == secret and target.events == ["request.status_changed"] and not target.personal_data
    page = (await client.get(f"/console/webhooks/{target.id}")).text
    assert secret not in page  # shown once
    assert receiver_url in (await client.get("/console/webhooks")).text

    receiver.answers = [500]
    async with ctx.db.transaction() as session:
        request = await factories.request(session, ctx.catalogue, ctx.vault)
        await requests.change_status(session=session, request=request, to=Status.IN_REVIEW, actor=Actor.STAFF)
    worker = WebhookWorker(db=ctx.db, allow_private=True)
    try:
        assert await worker.deliver_due() == 1
        page = (await client.get(f"/console/webhooks/{target.id}")).text
        assert 'data-state="pending"' in page and "HTTP 500" in page and "Yeniden gönder" in page
        async with ctx.db.transaction() as session:
            delivery = (await session.execute(select(WebhookDelivery))).scalar_one()
        again = await client.post(
            f"/console/webhooks/{target.id}/deliveries/{delivery.id}/redeliver", data={"csrf": csrf}
        )
        assert again.headers["location"].endswith("notice=webhook-redelivered")
        assert await worker.deliver_due() == 1  # due at once, without waiting out its backoff
    finally:
        await worker.close()
    page = (await client.get(f"/console/webhooks/{target.id}")).text
    assert 'data-state="delivered"' in page and ">200<" in page
    assert [json.loads(r.body)["request"]["reference"] for r in receiver.received] == [request.reference] * 2
    assert (await actions(ctx))[-2:] == ["webhook_create", "webhook_redeliver"]


async def test_an_admin_disables_rotates_and_deletes_a_target(ctx, client, team, receiver_url, allow_private):
    csrf = await sign_in(client, "root")
    added = await client.post(
        "/console/webhooks", data={"csrf": csrf, "url": receiver_url, "events": ["request.created"]}
    )
    first = SECRET.search(added.text).group(1)
    async with ctx.db.transaction() as session:
        target_id = (await session.execute(select(WebhookTarget.id))).scalar_one()

    off = await client.post(f"/console/webhooks/{target_id}/active", data={"csrf": csrf, "active": ""})
    assert off.headers["location"].endswith("notice=webhook-updated")
    rotated = await client.post(f"/console/webhooks/{target_id}/rotate", data={"csrf": csrf})
    second = SECRET.search(rotated.text).group(1)
    async with ctx.db.transaction() as session:
        target = await session.get(WebhookTarget, target_id)
        assert (target.active, target.secret) == (False, second) and second != first
        await factories.request(session, ctx.catalogue, ctx.vault)  # a disabled target is sent nothing
        assert (await session.execute(select(WebhookDelivery))).first() is None

    gone = await client.post(f"/console/webhooks/{target_id}/delete", data={"csrf": csrf})
    assert gone.headers["location"].endswith("notice=webhook-deleted")
    assert (await client.get(f"/console/webhooks/{target_id}")).status_code == 404
    assert (await actions(ctx))[-4:] == ["webhook_create", "webhook_update", "webhook_rotate", "webhook_delete"]


async def test_a_private_or_bad_address_is_refused_with_a_sentence(client, team):
    csrf = await sign_in(client, "root")
    for url, events, key, sentence in [
        ("http://127.0.0.1:9/", ["request.created"], "error-webhook-url-private", "özel bir ağın içinde"),
        ("http://10.0.0.5/hook", ["request.created"], "error-webhook-url-private", "özel bir ağın içinde"),
        ("javascript:alert('<b>x</b>')", ["request.created"], "error-webhook-url-invalid", "http:// veya https://"),
        ("https://example.org/", [], "error-webhook-events-invalid", "En az bir olay"),
        ("https://example.org/", ["request.nothing"], "error-webhook-events-invalid", "En az bir olay"),
    ]:
        answer = await client.post("/console/webhooks", data={"csrf": csrf, "url": url, "events": events})
        assert answer.headers["location"] == f"/console/webhooks?error={key}"
        page = await client.get(answer.headers["location"])
        assert sentence in page.text and "<b>x</b>" not in page.text


async def test_only_admins_see_or_change_webhooks(client, team):
    csrf = await sign_in(client, "selin")
    assert "/console/webhooks" not in (await client.get("/console")).text
    assert (await client.get("/console/webhooks")).status_code == 403
    refused = await client.post(
        "/console/webhooks", data={"csrf": csrf, "url": "https://example.org/", "events": ["request.created"]}
    )
    assert refused.status_code == 403
