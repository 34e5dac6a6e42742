"""Issue 13 #2: a forgotten person's web chat transcript goes with them, in the database or Redis, by every erasure."""

import json
import secrets
from collections.abc import AsyncIterator

import pytest
from redis.asyncio import Redis

from bot.webchat.channel import WebChatChannel
from bot.webchat.mailbox import redis_mailbox
from core.contacts import service as contacts
from core.context import CoreContext
from core.crypto import Vault
from hemsehri.service import Service, build_service
from tests import factories
from tests.bot.test_webchat import of, peer, serving
from tests.conftest import TEST_SECRET
from tests.test_cli import run_cli

REDIS_URL = "redis://127.0.0.1:6379/0"
SAID = "Telefonum 0532 123 45 67, Bostanlı mahallesinde oturuyoruz, çatımız akıyor."
VALUES = ("0532 123 45 67", "+905321234567", "Bostanlı", "çatımız akıyor")


@pytest.fixture(params=["embedded", pytest.param("redis", marks=pytest.mark.redis)])
async def service(request, settings, db, catalogue) -> AsyncIterator[Service]:
    """What `hemsehri demo` (the database's mailbox) or `hemsehri serve` with HEMSEHRI_REDIS_URL (Redis) builds."""
    scaled = settings.model_copy(update={"redis_url": REDIS_URL if request.param == "redis" else None})
    built = build_service(
        CoreContext(settings=scaled, db=db, catalogue=catalogue, vault=Vault(TEST_SECRET)), serves=True
    )
    yield built
    for channel in built.channels:
        await channel.close()
    await built.close()


def webchat(service: Service) -> WebChatChannel:
    return next(channel for channel in service.channels if isinstance(channel, WebChatChannel))


async def redis_holds(chat: str) -> str:
    """Everything Redis keeps under keys naming the chat, as text."""
    redis = Redis.from_url(REDIS_URL, decode_responses=True)
    read = {"stream": redis.xrange, "hash": redis.hgetall, "string": redis.get, "zset": redis.zrange}
    try:
        found = []
        async for key in redis.scan_iter(f"*{chat}*"):
            kind = await redis.type(key)
            found.append(await (read[kind](key, 0, -1) if kind == "zset" else read[kind](key)))
    finally:
        await redis.aclose()
    return repr(found)


async def test_forget_in_the_chat_leaves_only_its_answer_to_replay(service):
    chat = secrets.token_hex(16)
    async with serving(service.app()) as address:
        async with peer(address, chat=chat) as (client, _):
            await client.acked(await client.say("command", command="start"))
            await client.acked(await client.say("text", text=SAID))
            asked = await client.acked(await client.say("command", command="forget"))
            yes = next(
                c for m in of(asked, "msg") for row in m.get("choices", []) for c in row if c["data"] == "forget:yes"
            )
            erased = await client.acked(await client.say("button", data=yes["data"], label=yes["label"]))
            done = of(erased, "msg", **{"from": "bot"})[-1]["text"]
        # The chat code is all a reconnecting page needs: it gets the erasure's answer, and nothing of the person.
        async with peer(address, chat=chat) as (_, replay):
            shown = json.dumps(replay, ensure_ascii=False)
            assert [m["text"] for m in of(replay, "msg", **{"from": "bot"})] == [done]
    assert not [value for value in VALUES if value in shown]
    if service.redis is not None:
        assert not [value for value in VALUES if value in await redis_holds(chat)]


async def test_erasure_at_the_desk_and_by_retention_deletes_the_chat(service):
    """The console's erase and the retention job call ctx.privacy, which the composition root gave the mailbox."""
    chat, mailbox = secrets.token_hex(16), webchat(service).mailbox
    async with service.ctx.db.transaction() as session:
        person = await contacts.get_or_create(
            session=session, channel="webchat", platform_user_id=chat, chat_id=chat, language="tr"
        )
    await mailbox.append(chat, [{"from": "me", "text": SAID}])
    async with service.ctx.db.transaction() as session:
        await service.ctx.privacy.erase_person(session=session, contact_id=person.id, reason="asked at the desk")
    assert (await mailbox.read(chat, after=0)).entries == []


@pytest.mark.redis
async def test_privacy_erase_on_the_command_line_deletes_the_chat_in_redis(env, ctx, database_url):
    chat, mailbox = secrets.token_hex(16), redis_mailbox(REDIS_URL)
    async with ctx.db.transaction() as session:
        person = await contacts.get_or_create(
            session=session, channel="webchat", platform_user_id=chat, chat_id=chat, language="tr"
        )
        contacts.record_consent(contact=person, notice_version="2026-11", locale="tr")
        request = await factories.request(session, ctx.catalogue, ctx.vault, owner=person)
    await mailbox.append(chat, [{"from": "me", "text": SAID}])
    env |= {"HEMSEHRI_DATABASE_URL": database_url, "HEMSEHRI_REDIS_URL": REDIS_URL}
    erased = run_cli("privacy", "erase", request.reference, "--reason", "asked at the desk", env=env)
    assert erased.returncode == 0, erased.stderr
    assert (await mailbox.read(chat, after=0)).entries == []
    await mailbox.close()
