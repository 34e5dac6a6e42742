"""WhatsApp's delivery reports (statuses) reach the notification and its thread, through the signed webhook.

Issue 13 finding 9 / issue 16 item 4: a "failed" after Meta accepted a message used to leave it "sent".
"""

from collections.abc import AsyncIterator

import pytest
from fastapi import FastAPI
from sqlalchemy import select

from bot.whatsapp.graph import GraphApi
from bot.whatsapp.sender import WhatsAppSender
from bot.whatsapp.webhook import WEBHOOK_PATH, build_whatsapp_router
from core.contacts import service as contacts
from core.delivery import reports
from core.delivery.worker import DeliveryWorker
from core.i18n import Translator
from core.outbox.models import OutboxItem
from core.ratelimit import Limits, MemoryPacer
from core.requests import service as requests
from core.requests.models import Message
from core.settings import WhatsAppSettings
from tests import factories
from tests.conftest import serving
from tests.fakes.graph_api import FakeGraph

WA = "905321234567"


class NoConversations:
    """The webhook gets statuses only here."""

    async def handle(self, inbound):
        raise AssertionError("no messages in these payloads")

    def menu_labels(self, locale: str) -> list:
        return []


@pytest.fixture
async def graph() -> AsyncIterator[FakeGraph]:
    async with FakeGraph() as fake:
        yield fake


@pytest.fixture
def wa_settings(graph: FakeGraph) -> WhatsAppSettings:
    return graph.settings()


async def replied_and_sent(ctx, graph: FakeGraph, wa_settings: WhatsAppSettings) -> tuple[int, int, str]:
    """A staff reply to a person on WhatsApp, delivered by the worker: (outbox row id, thread message id, wamid)."""
    async with ctx.db.transaction() as session:
        person = await contacts.get_or_create(
            session=session, channel="whatsapp", platform_user_id=WA, chat_id=WA, language="tr"
        )
        contacts.record_consent(contact=person, notice_version="2026-11", locale="tr")
        contacts.note_inbound(contact=person)  # inside the 24-hour window: plain text
        request = await factories.request(session, ctx.catalogue, ctx.vault, owner=person)
        agent = await factories.agent(session)
        message = await requests.reply(session=session, request=request, staff_id=agent.id, text="Belgeniz geldi.")
    graph.customer_wrote(WA)
    api = GraphApi.from_settings(wa_settings)
    try:
        worker = DeliveryWorker(
            db=ctx.db,
            translator=Translator(["tr"], "tr"),
            senders={"whatsapp": WhatsAppSender(api, wa_settings)},
            pacers={"whatsapp": MemoryPacer(Limits(per_second=1000, per_chat_per_second=1000))},
        )
        while await worker.deliver_due():
            pass
    finally:
        await api.aclose()
    async with ctx.db.transaction() as session:
        row = (await session.execute(select(OutboxItem).where(OutboxItem.message_id == message.id))).scalar_one()
    assert row.state == "sent" and row.platform_message_id, row.last_error
    [sent] = graph.sent_to(WA)
    assert sent.wamid == row.platform_message_id
    return row.id, message.id, sent.wamid


async def post_statuses(graph: FakeGraph, wa_settings: WhatsAppSettings, ctx, *statuses: dict) -> None:
    """Posts the statuses in one signed payload to the webhook wired as the composition root wires it."""
    api = GraphApi.from_settings(wa_settings)
    app = FastAPI()
    app.include_router(
        build_whatsapp_router(
            NoConversations(),
            Translator(["tr"], "tr"),
            wa_settings,
            api=api,
            on_status=reports.recorder(ctx.db, "whatsapp"),
        )
    )
    try:
        async with serving(app) as base:
            status, body = await graph.post_webhook(base + WEBHOOK_PATH, graph.payload(statuses=list(statuses)))
    finally:
        await api.aclose()
    assert status == 200, body


async def states(ctx, row_id: int, message_id: int) -> tuple[str, str | None, str]:
    async with ctx.db.transaction() as session:
        row = await session.get(OutboxItem, row_id)
        message = await session.get(Message, message_id)
        return row.state, row.last_error, message.delivery_state


async def test_a_signed_failed_after_acceptance_marks_the_notification_failed(ctx, graph, wa_settings):
    row_id, message_id, wamid = await replied_and_sent(ctx, graph, wa_settings)
    await post_statuses(graph, wa_settings, ctx, graph.status(wamid, "sent"), graph.status(wamid, "delivered"))
    assert await states(ctx, row_id, message_id) == ("sent", None, "delivered")

    await post_statuses(graph, wa_settings, ctx, graph.status(wamid, "failed", error_code=131026))
    state, error, shown = await states(ctx, row_id, message_id)
    assert (state, shown) == ("dead", "failed"), "parked where staff see it, and the thread says so"
    assert error.startswith("failed after the platform accepted it: 131026")


async def test_delivered_and_read_reach_the_thread_and_never_go_back(ctx, graph, wa_settings):
    row_id, message_id, wamid = await replied_and_sent(ctx, graph, wa_settings)
    # Batched and out of order, then an older state again in a later payload.
    await post_statuses(graph, wa_settings, ctx, graph.status(wamid, "read"), graph.status(wamid, "delivered"))
    await post_statuses(graph, wa_settings, ctx, graph.status(wamid, "delivered"))
    assert await states(ctx, row_id, message_id) == ("sent", None, "read")
    # A report about a message no outbox row sent (a conversation's own reply) changes nothing.
    await post_statuses(graph, wa_settings, ctx, graph.status("wamid.someone-else", "failed", error_code=131026))
    assert await states(ctx, row_id, message_id) == ("sent", None, "read")
