"""Issue 13's attacks on the web chat's resources: idle sockets, floods of new chats and uploads, huge frames."""

import asyncio
import contextlib
import json
import secrets
from collections.abc import AsyncIterator

import httpx
import pytest
from redis.asyncio import Redis
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

from bot.webchat.admission import NEW_CHATS, UPLOADS, make_admission
from bot.webchat.chat import MAX_TEXT_CHARS
from bot.webchat.mailbox import Mailbox, MemoryMailbox
from bot.webchat.mailbox import redis_mailbox as scaled_mailbox
from bot.webchat.sender import WebChatSender
from core.delivery.schemas import Rendered
from tests.bot.test_webchat import (
    EchoEngine,
    Peer,
    core_stub,
    make_translator,
    of,
    peer,
    png_bytes,
    serving,
    webchat_app,
)
from tests.conftest import free_port
from tests.test_cli import start_demo, stop

REDIS_URL = "redis://127.0.0.1:6379/0"
IDLE_SOCKETS = 1_000


async def _idle(address: str, chat: str, stack: contextlib.AsyncExitStack) -> ClientConnection:
    """A page that said hello, got everything up to `ready`, and then says nothing more."""
    ws = await stack.enter_async_context(connect(f"ws://{address}/chat/ws"))
    client = Peer(ws)
    await client.send({"type": "hello", "chat": chat, "since": 0, "epoch": ""})
    await client.until(lambda f: f["type"] == "ready")
    return ws


@pytest.fixture
async def redis_mailbox() -> AsyncIterator[Mailbox]:
    """The mailbox the scaled mode builds from HEMSEHRI_REDIS_URL; the chats the test made are deleted after."""
    mailbox = scaled_mailbox(REDIS_URL)
    yield mailbox
    await mailbox.close()


@pytest.mark.redis
async def test_a_thousand_idle_sockets_leave_a_new_person_served(tmp_path, redis_mailbox):
    """Finding 1: each idle page held a pooled Redis connection for its blocking read; past 100, pages got 1011."""
    translator = make_translator(tmp_path / "locales")
    app = webchat_app(core_stub(tmp_path / "data"), EchoEngine(), translator, redis_mailbox)
    chats = [secrets.token_hex(16) for _ in range(IDLE_SOCKETS + 1)]
    newcomer_chat = chats.pop()
    gate = asyncio.Semaphore(100)  # handshakes in flight at once; every socket then stays open with the others

    async def open_one(chat: str, stack: contextlib.AsyncExitStack) -> ClientConnection:
        async with gate:
            return await _idle(address, chat, stack)

    async with serving(app) as address, contextlib.AsyncExitStack() as stack, asyncio.timeout(300):
        sockets = await asyncio.gather(*(open_one(chat, stack) for chat in chats))
        async with peer(address, chat=newcomer_chat) as (newcomer, _):
            welcome = await newcomer.acked(await newcomer.say("command", command="start"))
            assert of(welcome, "msg", **{"from": "bot"})[0]["text"] == "Hoş geldiniz! Dilinizi seçin."
            said = await newcomer.acked(await newcomer.say("text", text="merhaba"))
            assert of(said, "ack")[0]["status"] == "ok"
            assert of(said, "msg", **{"from": "bot"})[0]["text"] == "Yazdığınız: merhaba"
        # The idle pages are all still open and still pushed to: a notification reaches the last one at once.
        assert all(ws.close_code is None for ws in sockets)
        last = Peer(sockets[-1])
        await WebChatSender(redis_mailbox, translator).send(
            chat_id=chats[-1], message=Rendered("Başvurunuz onaylandı.", "tr", "status", {}, None)
        )
        pushed = await last.until(lambda f: f["type"] == "msg")
        assert pushed[-1]["text"] == "Başvurunuz onaylandı."
    redis = Redis.from_url(REDIS_URL)
    for chat in [*chats, newcomer_chat]:
        await redis.delete(f"hemsehri:webchat:{chat}:meta", f"hemsehri:webchat:{chat}:log")
    await redis.aclose()


@contextlib.asynccontextmanager
async def page(address: str, chat: str, source: str = "127.0.0.1") -> AsyncIterator[Peer]:
    """A page whose connection comes from `source` (any 127.x address reaches the server on this machine)."""
    async with connect(f"ws://{address}/chat/ws", local_addr=(source, 0)) as ws:
        client = Peer(ws)
        await client.send({"type": "hello", "chat": chat, "since": 0, "epoch": "", "locale": "ar"})
        await client.until(lambda f: f["type"] == "ready")
        yield client


async def first_words(address: str, chat: str, source: str = "127.0.0.1") -> dict:
    """What a new page's automatic /start gets: the ack, or the error that refused it."""
    async with page(address, chat, source) as client:
        return (await client.acked(await client.say("command", command="start")))[-1]


async def test_a_flood_of_new_chats_from_one_address_is_refused_and_others_are_still_served(tmp_path):
    """Finding 8: new chat codes were free, so one address put 40 requests in the queue in 2 s."""
    translator = make_translator(tmp_path / "locales")
    engine = EchoEngine()
    app = webchat_app(core_stub(tmp_path / "data"), engine, translator, MemoryMailbox())
    async with serving(app) as address:
        allowed = [secrets.token_hex(16) for _ in range(NEW_CHATS.per_chat_burst)]
        for chat in allowed:
            assert (await first_words(address, chat))["status"] == "ok"
        refused = await first_words(address, secrets.token_hex(16))
        assert (refused["type"], refused["code"]) == ("error", "busy")
        assert refused["text"] == translator.text("ar", "webchat-busy")
        assert len(engine.handled) == len(allowed)  # the refused chat reached no one
        async with page(address, secrets.token_hex(16)) as client:  # a person in danger is never turned away
            said = await client.say("text", text="Kocam beni her gün dövüyor, evden çıkamıyorum")
            assert (await client.acked(said))[-1]["status"] == "ok"
        # Another address starts a chat; a chat that exists goes on from the flooded address.
        assert (await first_words(address, secrets.token_hex(16), source="127.0.0.2"))["status"] == "ok"
        async with page(address, allowed[0]) as client:
            said = await client.say("text", text="hâlâ buradayım", id="msg-second")
            assert (await client.acked(said))[-1]["status"] == "ok"


@pytest.mark.redis
async def test_the_new_chat_budget_is_shared_by_every_process_through_redis(tmp_path):
    translator = make_translator(tmp_path / "locales")
    prefix, redis = f"hemsehri-test:{secrets.token_hex(4)}", Redis.from_url(REDIS_URL)
    ctx = core_stub(tmp_path / "data")  # two processes, each with its own budgets over the same Redis
    apps = [
        webchat_app(ctx, EchoEngine(), translator, MemoryMailbox(), make_admission(redis, prefix=prefix))
        for _ in range(2)
    ]
    async with serving(apps[0]) as one, serving(apps[1]) as other:
        for n in range(NEW_CHATS.per_chat_burst):
            assert (await first_words((one, other)[n % 2], secrets.token_hex(16)))["status"] == "ok"
        assert (await first_words(one, secrets.token_hex(16)))["code"] == "busy"
        assert (await first_words(other, secrets.token_hex(16)))["code"] == "busy"
    await redis.delete(*[key async for key in redis.scan_iter(f"{prefix}:*")])
    await redis.aclose()


async def test_a_flood_of_uploads_from_one_address_is_refused_and_others_are_still_served(tmp_path):
    """Finding 8: 20 files of 9 MB in 1.2 s from 4 chat codes; each chat's own budget did not stop that."""
    translator = make_translator(tmp_path / "locales")
    app = webchat_app(core_stub(tmp_path / "data"), EchoEngine(), translator, MemoryMailbox())
    chats = [secrets.token_hex(16) for _ in range(4)]

    async def upload(http: httpx.AsyncClient, chat: str) -> httpx.Response:
        return await http.post(
            "/chat/upload",
            data={"chat": chat, "id": secrets.token_hex(8)},
            files={"file": ("belge.png", png_bytes(), "image/png")},
            headers={"X-Hemsehri-Locale": "tr"},
        )

    async with serving(app) as address:
        for chat in chats:
            await first_words(address, chat)
        flooding = httpx.AsyncClient(base_url=f"http://{address}")
        other = httpx.AsyncClient(
            base_url=f"http://{address}", transport=httpx.AsyncHTTPTransport(local_address="127.0.0.2")
        )
        async with flooding, other:
            answers = [await upload(flooding, chats[n % len(chats)]) for n in range(UPLOADS.per_chat_burst + 1)]
            assert [a.status_code for a in answers] == [200] * UPLOADS.per_chat_burst + [429]
            assert answers[-1].json()["code"] == "upload_busy"
            assert answers[-1].json()["text"] == translator.text("tr", "webchat-upload-busy")
            assert (await upload(other, chats[0])).status_code == 200
            stranger = await upload(other, secrets.token_hex(16))  # a file is a new chat's first words too
            assert stranger.status_code == 200


async def test_a_frame_over_the_web_chats_limit_is_refused_unread_and_normal_messages_still_work(env):
    """Finding 20: the server buffered frames up to 16 MiB before the web chat's own 17 KB check read them."""
    port = free_port()
    env["HEMSEHRI_PORT"] = str(port)
    process, _ = start_demo(env)
    try:
        async with page(f"127.0.0.1:{port}", secrets.token_hex(16)) as client:
            await client.ws.send(json.dumps({"type": "text", "id": "msg-huge", "text": "x" * 2**20}))
            with pytest.raises(ConnectionClosed) as closed:
                await client.next()
            assert closed.value.rcvd is not None and closed.value.rcvd.code == 1009  # message too big
        async with page(f"127.0.0.1:{port}", secrets.token_hex(16)) as client:
            longest = "ş" * MAX_TEXT_CHARS  # the longest text, two bytes a letter, still fits a frame
            said = await client.acked(await client.say("text", text=longest))
            assert of(said, "ack")[0]["status"] == "ok"
    finally:
        stop(process)
