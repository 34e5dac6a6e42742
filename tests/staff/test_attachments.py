"""Files people sent on Telegram and WhatsApp, opened in the console: fetched from the platform through the real
clients (fake servers on 127.0.0.1) the first time, sealed here, then served like web chat uploads."""

from collections.abc import AsyncIterator

import pytest

from bot.telegram.files import TelegramFiles
from bot.whatsapp.graph import GraphApi
from core.files.service import FETCH_LIMIT
from core.requests.models import Message, Request
from tests import factories
from tests.conftest import free_port
from tests.fakes.graph_api import FakeGraph
from tests.fakes.telegram_api import FakeTelegram
from tests.media import HTML, PNG, SVG, ogg_opus, pdf
from tests.staff.conftest import sign_in


@pytest.fixture
async def telegram(ctx) -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram() as fake:
        ctx.file_sources["telegram"] = TelegramFiles(api_url=fake.base_url, token=fake.token)
        yield fake


async def sent_request(ctx, channel: str, attachments: list[dict]) -> tuple[Request, Message]:
    """A cash aid request whose person sent these attachments on `channel`."""
    async with ctx.db.transaction() as session:
        person = await factories.contact(session, channel=channel)
        request = await factories.request(session, ctx.catalogue, ctx.vault, programme="cash_aid", owner=person)
        message = Message(
            request_id=request.id,
            contact_id=person.id,
            direction="in",
            attachments=attachments,
            delivery_state="received",
        )
        session.add(message)
    return request, message


async def stored_attachments(ctx, message_id: int) -> list[dict]:
    async with ctx.db.transaction() as session:
        return (await session.get(Message, message_id)).attachments


async def test_telegram_files_are_fetched_once_sealed_and_served_by_their_own_bytes(ctx, client, team, telegram):
    for file_id, content in [("AgAC-photo", PNG), ("AwAC-voice", ogg_opus()), ("BQAC-pdf", pdf())]:
        telegram.add_file(file_id, content)
    telegram.add_file("BQAC-html", HTML, file_path="documents/file_7.html")
    telegram.add_file("BQAC-svg", SVG, file_path="documents/file_8.svg")
    request, message = await sent_request(
        ctx,
        "telegram",
        [
            {"kind": "photo", "file_id": "AgAC-photo"},
            {"kind": "voice", "file_id": "AwAC-voice"},
            {"kind": "document", "file_id": "BQAC-pdf", "file_name": "kira.pdf"},
            {"kind": "document", "file_id": "BQAC-html", "file_name": "fatura.html"},
            {"kind": "document", "file_id": "BQAC-svg", "file_name": "logo.svg"},
        ],
    )
    csrf = await sign_in(client, "ayse")
    base = f"/console/requests/{request.reference}/attachments/{message.id}"
    thread = (await client.get(f"/console/requests/{request.reference}")).text
    assert f'<img class="thumb" src="{base}/0/file"' in thread  # a thumbnail, fetched when the browser asks

    photo = await client.get(f"{base}/0/file")
    assert photo.content == PNG and photo.headers["content-type"] == "image/png"
    assert photo.headers["content-disposition"] == "inline" and photo.headers["x-content-type-options"] == "nosniff"
    assert "sandbox" in photo.headers["content-security-policy"]
    assert '<audio controls preload="metadata"' in (await client.get(f"{base}/1")).text
    assert (await client.get(f"{base}/1/file")).headers["content-type"] == "audio/ogg"
    tail = await client.get(f"{base}/1/file", headers={"Range": "bytes=-100"})  # how a player finds the length
    assert tail.status_code == 206 and tail.content == ogg_opus()[-100:]
    assert tail.headers["content-range"] == f"bytes {len(ogg_opus()) - 100}-{len(ogg_opus()) - 1}/{len(ogg_opus())}"
    page = await client.get(f"{base}/2")
    assert f'<iframe class="attachment-pdf" src="{base}/2/file"' in page.text
    assert "frame-src 'self'" in page.headers["content-security-policy"]
    shown = await client.get(f"{base}/2/file")
    assert shown.headers["content-type"] == "application/pdf" and shown.headers["content-disposition"] == "inline"
    assert shown.headers["x-frame-options"] == "SAMEORIGIN" and "sandbox" in shown.headers["content-security-policy"]
    for index in (3, 4):  # HTML and SVG, whatever their names say: downloaded, never a page or an image
        served = await client.get(f"{base}/{index}/file")
        assert served.headers["content-type"] == "application/octet-stream"
        name = f"{request.reference}-{message.id}-{index}.bin"
        assert served.headers["content-disposition"] == f'attachment; filename="{name}"'
        assert "<iframe" not in (await client.get(f"{base}/{index}")).text

    kept = await stored_attachments(ctx, message.id)
    assert all(ctx.files.holds(item["file_id"]) for item in kept)  # sealed here, the platform ids replaced
    assert kept[2]["file_name"] == "kira.pdf"
    assert ctx.files.read(kept[1]["file_id"]) == ogg_opus()
    fetched = len(telegram.calls_to("getFile"))
    assert fetched == 5
    assert (await client.get(f"{base}/0/file")).content == PNG
    assert len(telegram.calls_to("getFile")) == fetched  # opened again: from here, not from Telegram

    await client.post("/console/logout", data={"csrf": csrf})
    await sign_in(client, "leyla")  # the Refugee Desk: not her request
    assert (await client.get(f"{base}/0/file")).status_code == 404


async def test_a_file_telegram_no_longer_has_or_cannot_give_is_said_in_the_console(ctx, client, team, telegram):
    telegram.add_file("BQAC-big", b"%PDF-" + bytes(FETCH_LIMIT))
    request, message = await sent_request(
        ctx, "telegram", [{"kind": "photo", "file_id": "AgAC-expired"}, {"kind": "document", "file_id": "BQAC-big"}]
    )
    await sign_in(client, "ayse")
    base = f"/console/requests/{request.reference}/attachments/{message.id}"
    gone = await client.get(f"{base}/0")
    assert gone.status_code == 200 and "bu dosya artık yok" in gone.text
    assert (await client.get(f"{base}/0/file")).status_code == 404
    assert "büyük ve buraya alınamıyor" in (await client.get(f"{base}/1")).text
    assert telegram.token not in gone.text

    ctx.file_sources["telegram"] = TelegramFiles(api_url=f"http://127.0.0.1:{free_port()}", token=telegram.token)
    assert "şu anda ulaşılamıyor" in (await client.get(f"{base}/0")).text
    assert await stored_attachments(ctx, message.id) == [
        {"kind": "photo", "file_id": "AgAC-expired"},
        {"kind": "document", "file_id": "BQAC-big"},
    ]


async def test_whatsapp_media_is_fetched_with_the_token_and_erased_with_the_person(ctx, client, team):
    async with FakeGraph() as graph:
        ctx.file_sources["whatsapp"] = GraphApi(api_url=graph.base_url, access_token=graph.access_token)
        graph.add_media("1479537139650973", PNG, "image/jpeg")  # the platform's word for its type is not taken
        graph.add_media("3479537139650975", ogg_opus(), "audio/ogg; codecs=opus")
        request, message = await sent_request(
            ctx,
            "whatsapp",
            [
                {"kind": "photo", "file_id": "1479537139650973"},
                {"kind": "voice", "file_id": "3479537139650975"},
                {"kind": "document", "file_id": "2479537139650974"},
            ],
        )
        await sign_in(client, "ayse")
        base = f"/console/requests/{request.reference}/attachments/{message.id}"
        photo = await client.get(f"{base}/0/file")
        assert photo.content == PNG and photo.headers["content-type"] == "image/png"
        assert (await client.get(f"{base}/1/file")).headers["content-type"] == "audio/ogg"
        assert "bu dosya artık yok" in (await client.get(f"{base}/2")).text
    kept = [item["file_id"] for item in (await stored_attachments(ctx, message.id))[:2]]
    assert all(ctx.files.holds(name) for name in kept)

    async with ctx.db.transaction() as session:
        removed = await ctx.privacy.erase_person(session=session, contact_id=message.contact_id, reason="test")
    assert removed == 2 and not any(ctx.files.holds(name) for name in kept)
