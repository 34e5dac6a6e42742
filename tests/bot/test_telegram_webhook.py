"""POST /telegram/webhook over real HTTP (uvicorn on 127.0.0.1), fed by the fake Bot API and by hand."""

import asyncio
import contextlib
import dataclasses
import functools
from collections.abc import AsyncIterator

import httpx
import pytest
from pydantic import SecretStr
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from bot.telegram.channel import build_channel
from bot.telegram.webhook import SECRET_HEADER, WEBHOOK_PATH
from core.errors import ConfigurationError
from core.inbox.models import ProcessedUpdate
from hemsehri.web import create_app
from tests.bot.conftest import RUNTIMES, EchoConversations
from tests.conftest import serving as serve_app
from tests.test_fake_telegram import PlainHttpSession

SECRET = "s3cret-token_for-the-hook"


async def processed_count(db) -> int:
    async with db.transaction() as session:
        return (await session.execute(select(func.count()).select_from(ProcessedUpdate))).scalar_one()


serving = functools.partial(serve_app, lifespan="on")  # the webhook starts its runtime in the lifespan


@contextlib.asynccontextmanager
async def webhook_app(ctx, settings, fake, kind, engine, translator, **options) -> AsyncIterator[tuple[str, object]]:
    """The web app with the webhook of this runtime mounted, served; yields its base URL and the runtime."""
    channel = build_channel(
        runtime_settings(settings, fake, kind),
        conversations=engine,
        translator=translator,
        webhook=True,
        polls=False,
        aiogram_session_class=PlainHttpSession,
        **options,
    )
    app = create_app(ctx, translator=translator, channels=[channel])
    async with serving(app) as base:
        yield base, channel.runtime


def runtime_settings(settings, fake, kind):
    return settings.model_copy(
        update={
            "telegram_token": SecretStr(fake.token),
            "telegram_api_url": fake.base_url,
            "telegram_runtime": kind,
            "telegram_mode": "webhook",
            "webhook_secret": SecretStr(SECRET),
        }
    )


@pytest.mark.parametrize("kind", RUNTIMES)
async def test_telegram_delivers_to_the_webhook_which_answers_after_the_update_is_handled(
    kind, ctx, settings, fake, db, translator
):
    release, holding = asyncio.Event(), asyncio.Event()

    class Held(EchoConversations):
        async def handle(self, inbound):
            reply = await super().handle(inbound)  # committed here
            if inbound.text == "bekle":
                holding.set()
                await release.wait()
            return reply

    engine = Held(db)
    async with webhook_app(ctx, settings, fake, kind, engine, translator) as (base, runtime):
        await runtime.set_webhook(f"{base}{WEBHOOK_PATH}", SECRET)
        held = fake.push_update(fake.message_update(42, "bekle"))
        try:
            async with asyncio.timeout(5):
                await holding.wait()
            assert len(engine.handled) == 1
            assert fake.webhook_attempts == [], "no answer before the update is handled"
        finally:
            release.set()  # a failure above must not leave the server waiting on the held request
        fake.push_update(fake.message_update(42, "/start", first_name="Ayşe"))
        press = fake.callback_update(42, "lang:tr", message_id=1)
        fake.push_update(press)
        fake.push_update({**fake.message_update(42, "bekle"), "update_id": held})  # a redelivery
        fake.push_update(fake.message_update(42, "son"))
        await fake.wait_for_sent(5)
        await fake.wait_until(lambda: len(fake.webhook_attempts) == 5)
        await runtime.delete_webhook()

    [set_webhook] = fake.calls_to("setWebhook")
    assert set_webhook.params["secret_token"] == SECRET
    assert set(set_webhook.params["allowed_updates"]) == {"message", "callback_query"}
    assert SECRET not in set_webhook.params["url"] and fake.token not in set_webhook.params["url"]
    assert [a.status for a in fake.webhook_attempts] == [200] * 5
    assert [s.text for s in fake.sent] == [
        "Yazdığınız: bekle",
        "Hoş geldiniz, Ayşe! Dilinizi seçin.",
        "Ne yapmak istersiniz?",
        "Seçtiğiniz: lang:tr",
        "Yazdığınız: son",
    ]
    [answer] = fake.calls_to("answerCallbackQuery")
    assert answer.status == 200 and answer.params["callback_query_id"] == press["callback_query"]["id"]
    assert answer.via_webhook, "the button is answered in the webhook's HTTP answer, not by a request of ours"
    assert await processed_count(db) == 4


@pytest.mark.parametrize("kind", RUNTIMES)
async def test_forged_malformed_and_unknown_posts_are_refused_or_ignored(
    kind, ctx, settings, fake, echo, db, translator
):
    valid = {"update_id": 90, **fake.message_update(42, "gerçek")}
    async with webhook_app(ctx, settings, fake, kind, echo, translator) as (base, _), httpx.AsyncClient() as http:
        url = f"{base}{WEBHOOK_PATH}"
        unsigned = await http.post(url, json=valid)
        wrong = await http.post(url, json=valid, headers={SECRET_HEADER: SECRET + "x"})
        also_wrong = await http.post(url, json=valid, headers={SECRET_HEADER: ""})
        in_query = await http.post(url, json=valid, params={"secret_token": SECRET})
        headers = {SECRET_HEADER: SECRET}
        odd = [
            await http.post(url, content=b"{not json", headers=headers),
            await http.post(url, content=b"\xff\xfe", headers=headers),
            await http.post(url, json=[1, 2], headers=headers),
            await http.post(url, json={"update_id": 91, "poll_answer": {"poll_id": "1"}}, headers=headers),
            await http.post(url, json={"update_id": 92, "message_reaction_2031": {}}, headers=headers),
            await http.post(url, json={"update_id": 93, "message": "oops"}, headers=headers),
            await http.post(url, json={"update_id": 94, "message": {"text": "no chat"}}, headers=headers),
            await http.post(
                url, json={"update_id": 95, **fake.edited_message_update(42, "x", message_id=1)}, headers=headers
            ),
        ]
        assert echo.handled == [] and await processed_count(db) == 0
        accepted = await http.post(url, json=valid, headers=headers)
        await fake.wait_for_sent(1)
        wrong_method = await http.get(url, headers=headers)

    statuses = (unsigned.status_code, wrong.status_code, also_wrong.status_code, in_query.status_code)
    assert statuses == (401, 403, 403, 401)
    assert [answer.status_code for answer in odd] == [200] * len(odd)
    assert accepted.status_code == 200 and wrong_method.status_code == 405
    assert [s.text for s in fake.sent] == ["Yazdığınız: gerçek"] and await processed_count(db) == 1


@pytest.mark.parametrize("kind", RUNTIMES)
async def test_an_update_that_could_not_be_recorded_gets_5xx_and_telegram_retries_it(
    kind, ctx, settings, fake, db, translator
):
    failures = [OperationalError("INSERT", {}, Exception("connection refused"))]
    engine = EchoConversations(db, fail_with=lambda inbound: failures.pop() if failures else None)

    async with webhook_app(ctx, settings, fake, kind, engine, translator) as (base, runtime):
        await runtime.set_webhook(f"{base}{WEBHOOK_PATH}", SECRET)
        fake.push_update(fake.message_update(42, "tekrar"))
        await fake.wait_for_sent(1)
        await fake.wait_until(lambda: len(fake.webhook_attempts) == 2)
        await runtime.delete_webhook()

    assert [a.status for a in fake.webhook_attempts] == [503, 200]
    assert [s.text for s in fake.sent] == ["Yazdığınız: tekrar"] and await processed_count(db) == 1


@pytest.mark.parametrize("kind", RUNTIMES)
async def test_a_poison_update_is_answered_200_and_the_queue_moves_on(kind, ctx, settings, fake, db, translator):
    engine = EchoConversations(db, fail_with=lambda inbound: KeyError("bug") if inbound.text == "zehir" else None)

    async with webhook_app(ctx, settings, fake, kind, engine, translator) as (base, runtime):
        await runtime.set_webhook(f"{base}{WEBHOOK_PATH}", SECRET)
        fake.push_update(fake.message_update(42, "zehir"))
        fake.push_update(fake.message_update(42, "sonra"))
        await fake.wait_for_sent(2)
        await fake.wait_until(lambda: len(fake.webhook_attempts) == 2)
        await runtime.delete_webhook()

    assert [a.status for a in fake.webhook_attempts] == [200, 200]
    assert [s.text for s in fake.sent] == ["Bir sorun oldu, lütfen tekrar deneyin.", "Yazdığınız: sonra"]


async def test_a_full_backlog_answers_429(ctx, settings, fake, db, translator):
    entered, release = asyncio.Event(), asyncio.Event()

    class Slow(EchoConversations):
        async def handle(self, inbound):
            entered.set()
            await release.wait()
            return await super().handle(inbound)

    engine = Slow(db)
    async with webhook_app(ctx, settings, fake, "aiogram", engine, translator, max_backlog=1) as (base, _):
        async with httpx.AsyncClient(headers={SECRET_HEADER: SECRET}) as http:
            url = f"{base}{WEBHOOK_PATH}"
            first = asyncio.create_task(http.post(url, json={"update_id": 1, **fake.message_update(42, "bir")}))
            await entered.wait()  # the first update is inside the engine
            second = await http.post(url, json={"update_id": 2, **fake.message_update(43, "iki")})
            release.set()
            assert (await first).status_code == 200
            third = await http.post(url, json={"update_id": 3, **fake.message_update(43, "üç")})

    assert (second.status_code, second.headers["retry-after"], third.status_code) == (429, "1", 200)
    assert [i.text for i in engine.handled] == ["bir", "üç"]


def test_the_webhook_needs_its_secret_and_token(ctx, settings, fake, echo, translator):
    def mount_webhook(ctx):
        build_channel(ctx.settings, conversations=echo, translator=translator, webhook=True, polls=False)

    no_secret = dataclasses.replace(
        ctx, settings=settings.model_copy(update={"telegram_token": SecretStr(fake.token), "telegram_mode": "webhook"})
    )
    bad_secret = dataclasses.replace(
        ctx,
        settings=settings.model_copy(
            update={"telegram_token": SecretStr(fake.token), "webhook_secret": SecretStr("has spaces")}
        ),
    )
    no_token = dataclasses.replace(ctx, settings=settings.model_copy(update={"webhook_secret": SecretStr(SECRET)}))

    with pytest.raises(ConfigurationError, match="HEMSEHRI_WEBHOOK_SECRET: not set"):
        mount_webhook(no_secret)
    with pytest.raises(ConfigurationError, match="HEMSEHRI_WEBHOOK_SECRET: use"):
        mount_webhook(bad_secret)
    with pytest.raises(ConfigurationError, match="HEMSEHRI_TELEGRAM_TOKEN"):
        mount_webhook(no_token)
