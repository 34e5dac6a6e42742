"""The Telegram runtime on aiogram 3 (the default): Bot, Dispatcher and Router over the shared update pipeline."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from functools import partial
from typing import Any

from aiogram import Bot, Dispatcher, Router
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import (
    TelegramAPIError,
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramMigrateToChat,
    TelegramRetryAfter,
)
from aiogram.methods import AnswerCallbackQuery, SendDocument, SendMessage, SendPhoto, SetMyCommands, TelegramMethod
from aiogram.types import BufferedInputFile, TelegramObject, Update
from aiohttp import ClientConnectorError, ClientError, ClientTimeout, ConnectionTimeoutError, FormData

from bot.channel import Outcome
from bot.telegram.render import ApiCall
from bot.telegram.updates import Refusal, TelegramRuntime, UpdatePipeline, send_error
from core.delivery.errors import RetryLater, SendError, Undeliverable
from core.delivery.schemas import SentFile
from core.errors import ConfigurationError
from core.settings import Settings

log = logging.getLogger("bot.telegram.aiogram")

_REFUSALS: tuple[tuple[type[TelegramAPIError], Refusal], ...] = (
    (TelegramRetryAfter, Refusal.RETRY_AFTER),
    (TelegramForbiddenError, Refusal.FORBIDDEN),
    (TelegramBadRequest, Refusal.BAD_REQUEST),
    (TelegramMigrateToChat, Refusal.MIGRATED),
)


def build_bot(settings: Settings, *, session_class: type[AiohttpSession] = AiohttpSession) -> Bot:
    """The aiogram Bot for the configured token, talking to the configured Bot API server."""
    if settings.telegram_token is None:
        raise ConfigurationError("HEMSEHRI_TELEGRAM_TOKEN: not set; the Telegram channel needs the bot's token")
    session = session_class(api=TelegramAPIServer.from_base(settings.telegram_api_url))
    return Bot(settings.telegram_token.get_secret_value(), session=session)


def build_router(pipeline: UpdatePipeline) -> Router:
    """A router with one catch-all handler per update type used; no filters, so nothing runs in a thread."""
    router = Router(name="hemsehri-telegram")

    async def on_update(event: TelegramObject, event_update: Update, bot: Bot) -> Outcome:
        """Hands the raw update to the shared pipeline; replies go out through this bot."""
        raw = event_update.model_dump(mode="json", exclude_none=True, by_alias=True)
        return await pipeline.process_with_retry(raw, partial(execute, bot))

    router.message.register(on_update)
    router.callback_query.register(on_update)
    return router


def build_dispatcher(pipeline: UpdatePipeline) -> Dispatcher:
    """A Dispatcher holding the channel's router; no FSM: conversation state is ours, in the database (aiogram's
    in-memory store kept a record per chat, forever: ~40 MB per 100,000 people)."""
    dispatcher = Dispatcher(name="hemsehri", disable_fsm=True)
    dispatcher.include_router(build_router(pipeline))
    return dispatcher


def delivery_error(exc: TelegramAPIError) -> SendError:
    """The delivery worker's view of an aiogram error (see bot.telegram.updates.send_error)."""
    refusal = next((refusal for kind, refusal in _REFUSALS if isinstance(exc, kind)), Refusal.OTHER)
    retry_after = float(exc.retry_after) if isinstance(exc, TelegramRetryAfter) else None
    return send_error(refusal, exc.message, retry_after=retry_after, name=type(exc).__name__)


# The calls the pipeline and the worker make, with aiogram's model of each (used to read an error answer).
_METHODS: dict[str, type[TelegramMethod[Any]]] = {
    "sendMessage": SendMessage,
    "sendPhoto": SendPhoto,
    "sendDocument": SendDocument,
    "answerCallbackQuery": AnswerCallbackQuery,
    "setMyCommands": SetMyCommands,
}
_SENDS = frozenset({"sendMessage", "sendPhoto", "sendDocument"})  # the calls whose answer is a sent message


def _form(params: dict[str, Any]) -> FormData:
    """A call's parameters as a multipart body, its file uploaded: values JSON-encoded, as aiogram sends them."""
    form = FormData(quote_fields=False)
    for name, value in params.items():
        if isinstance(value, SentFile):
            form.add_field(name, value.data, filename=value.file_name, content_type=value.mime)
        else:
            form.add_field(name, value if isinstance(value, str) else json.dumps(value))
    return form


def _model_params(params: dict[str, Any]) -> dict[str, Any]:
    """A call's parameters for aiogram's method model: a file as aiogram's own upload."""
    return {
        name: BufferedInputFile(value.data, value.file_name) if isinstance(value, SentFile) else value
        for name, value in params.items()
    }


async def execute(bot: Bot, call: ApiCall) -> str | None:
    """Makes one Bot API call as JSON (multipart when it uploads a file) over the bot's own aiohttp session;
    returns a sent message's id.

    Not through `bot.send_message`: aiogram's method model, its form body and the Message model it builds from
    the answer cost ~0.27 ms of CPU of ~0.44 per call (against the fake Bot API in its own process), and only
    the message id is wanted. The body is what aiogram sends for a bot without default properties (see
    build_bot). An error answer goes through aiogram's own check, so errors map exactly as aiogram maps them.

    A send that may have reached Telegram (a timeout or a dropped connection after the request went out) is
    Undeliverable, not RetryLater: sending it again could say it twice, and a row is sent at most once.
    """
    model = _METHODS.get(call.method)
    if model is None:
        raise ValueError(f"the Telegram adapter makes no {call.method} calls")
    if not isinstance(bot.session, AiohttpSession):  # build_bot gives every bot one: this call speaks aiohttp
        raise TypeError(f"the Telegram sender needs an AiohttpSession, not {type(bot.session).__name__}")
    session = await bot.session.create_session()
    url = bot.session.api.api_url(token=bot.token, method=call.method)
    uploads = any(isinstance(value, SentFile) for value in call.params.values())
    body: dict[str, Any] = {"data": _form(call.params)} if uploads else {"json": call.params}
    try:
        async with session.post(url, **body, timeout=ClientTimeout(total=bot.session.timeout)) as resp:
            status, content = resp.status, await resp.text()
    except (ClientConnectorError, ConnectionTimeoutError) as exc:  # never reached Telegram
        raise RetryLater(f"{type(exc).__name__}: {exc}") from exc
    except (TimeoutError, ClientError) as exc:
        raise Undeliverable(
            f"uncertain: {type(exc).__name__} once the request was sent; check before retrying"
        ) from exc
    if status == 200:
        with contextlib.suppress(ValueError, TypeError, KeyError):
            answer = bot.session.json_loads(content)
            if answer["ok"] is True:
                return str(int(answer["result"]["message_id"])) if call.method in _SENDS else None
    try:
        method = model(**_model_params(call.params))
        response = bot.session.check_response(bot=bot, method=method, status_code=status, content=content)
    except TelegramAPIError as exc:
        raise delivery_error(exc) from exc
    sent = response.result
    return str(sent.message_id) if call.method in _SENDS and sent is not None else None


class AiogramRuntime(TelegramRuntime):
    """The channel on aiogram: polling through the Dispatcher, webhook updates fed to it, and the sender."""

    name = "aiogram"

    def __init__(self, *, bot: Bot, pipeline: UpdatePipeline, concurrency: int = 64) -> None:
        self.bot = bot
        self.pipeline = pipeline
        self.dispatcher = build_dispatcher(pipeline)
        self.concurrency = concurrency

    @classmethod
    def from_settings(
        cls, settings: Settings, pipeline: UpdatePipeline, *, session_class: type[AiohttpSession] = AiohttpSession
    ) -> AiogramRuntime:
        return cls(bot=build_bot(settings, session_class=session_class), pipeline=pipeline)

    @property
    def allowed_updates(self) -> list[str]:
        """The update types the router handles (aiogram resolves them from the registered handlers)."""
        return self.dispatcher.resolve_used_update_types()

    async def start(self) -> None:
        """Nothing to prepare: aiogram opens its HTTP session on the first call."""

    async def close(self) -> None:
        await self.bot.session.close()

    async def execute(self, call: ApiCall) -> str | None:
        return await execute(self.bot, call)

    async def run_polling(self, stop: asyncio.Event | None = None) -> None:
        """Long-polls until stop is set (or forever), handling updates concurrently, in order per chat."""
        started = asyncio.Event()

        async def on_startup() -> None:
            started.set()

        self.dispatcher.startup.register(on_startup)
        polling = asyncio.create_task(
            self.dispatcher.start_polling(
                self.bot,
                allowed_updates=self.allowed_updates,
                handle_signals=False,
                close_bot_session=False,
                tasks_concurrency_limit=self.concurrency,
            )
        )
        waiting = [polling, asyncio.create_task(started.wait())]
        try:
            await asyncio.wait(waiting, return_when=asyncio.FIRST_COMPLETED)
            if not polling.done():
                stopping = asyncio.create_task((stop or asyncio.Event()).wait())
                waiting.append(stopping)
                await asyncio.wait([polling, stopping], return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in waiting[1:]:
                task.cancel()
            if not polling.done():
                with contextlib.suppress(RuntimeError):
                    await self.dispatcher.stop_polling()
                await polling
        polling.result()
