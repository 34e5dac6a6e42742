"""The Telegram runtime on python-telegram-bot 22 (HEMSEHRI_TELEGRAM_RUNTIME=ptb): an Application over the pipeline."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import warnings
from functools import partial
from typing import TYPE_CHECKING, Any, TypeAlias

import aiohttp
import telegram
from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.ext import Application, CallbackQueryHandler, ContextTypes, MessageHandler, filters
from telegram.request import BaseRequest, RequestData

from bot.telegram.parse import ALLOWED_UPDATES
from bot.telegram.render import ApiCall
from bot.telegram.updates import Refusal, TelegramRuntime, UpdatePipeline, send_error
from core.delivery.errors import RetryLater, SendError, Undeliverable
from core.delivery.schemas import SentFile
from core.errors import ConfigurationError
from core.settings import Settings

if TYPE_CHECKING:
    from telegram.ext import ExtBot, JobQueue

    # What Application.builder() builds when no context types are given.
    DefaultApplication: TypeAlias = Application[
        ExtBot[None],
        ContextTypes.DEFAULT_TYPE,
        dict[Any, Any],
        dict[Any, Any],
        dict[Any, Any],
        JobQueue[ContextTypes.DEFAULT_TYPE],
    ]

log = logging.getLogger("bot.telegram.ptb")

# In this order: BadRequest is a subclass of NetworkError, checked before the retryable ones below.
_REFUSALS: tuple[tuple[type[TelegramError], Refusal], ...] = (
    (RetryAfter, Refusal.RETRY_AFTER),
    (Forbidden, Refusal.FORBIDDEN),
    (ChatMigrated, Refusal.MIGRATED),
    (BadRequest, Refusal.BAD_REQUEST),
)


class AiohttpRequest(BaseRequest):
    """python-telegram-bot's HTTP requests over aiohttp instead of httpx.

    httpx cost ~1.7 ms of CPU per Bot API call (bench/inbound.py, ptb runtime); aiohttp, which the aiogram runtime
    uses, a fraction of that. Errors are python-telegram-bot's own (TimedOut, NetworkError), caused by aiohttp's,
    so :func:`delivery_error` can tell a request that never left from one whose outcome is unknown.
    """

    def __init__(
        self,
        *,
        connection_pool_size: int = 256,
        read_timeout: float | None = 5.0,
        write_timeout: float | None = 5.0,
        connect_timeout: float | None = 5.0,
        pool_timeout: float | None = 1.0,
    ) -> None:
        self._pool_size = connection_pool_size
        self._timeouts = {"read": read_timeout, "write": write_timeout, "connect": connect_timeout}
        self._pool_timeout = pool_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._timeouts["read"]

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self._pool_size)
            self._session = aiohttp.ClientSession(connector=connector, headers={"User-Agent": self.USER_AGENT})

    async def shutdown(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = BaseRequest.DEFAULT_NONE,
        write_timeout: Any = BaseRequest.DEFAULT_NONE,
        connect_timeout: Any = BaseRequest.DEFAULT_NONE,
        pool_timeout: Any = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """One request: JSON-encoded form fields, or multipart when it carries files; (status, body)."""
        if self._session is None:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        read = self._timeouts["read"] if read_timeout is BaseRequest.DEFAULT_NONE else read_timeout
        connect = self._timeouts["connect"] if connect_timeout is BaseRequest.DEFAULT_NONE else connect_timeout
        pool = self._pool_timeout if pool_timeout is BaseRequest.DEFAULT_NONE else pool_timeout
        waited = None if connect is None or pool is None else connect + pool  # aiohttp's connect includes the pool
        timeout = aiohttp.ClientTimeout(total=None, connect=waited, sock_connect=connect, sock_read=read)
        data: aiohttp.FormData | dict[str, str] | None = None
        if request_data is not None:
            data = request_data.json_parameters
            if request_data.multipart_data:
                # Names as written (UTF-8), as a browser and aiogram send them: quoted, Telegram would show the
                # person "karar%20s%C3%B6zle%C5%9Fme.pdf".
                form = aiohttp.FormData(data, quote_fields=False)
                for name, (filename, content, mime) in request_data.multipart_data.items():
                    form.add_field(name, content, filename=filename, content_type=mime)
                data = form
        try:
            async with self._session.request(method, url, data=data, timeout=timeout) as response:
                return response.status, await response.read()
        except (aiohttp.ConnectionTimeoutError, TimeoutError) as exc:
            raise TimedOut(f"aiohttp.{type(exc).__name__}: {exc}") from exc
        except aiohttp.ClientError as exc:
            raise NetworkError(f"aiohttp.{type(exc).__name__}: {exc}") from exc


def build_application(settings: Settings, pipeline: UpdatePipeline, *, concurrency: int = 64) -> DefaultApplication:
    """The Application for the configured token and Bot API server, with one catch-all handler per update type used."""
    if settings.telegram_token is None:
        raise ConfigurationError("HEMSEHRI_TELEGRAM_TOKEN: not set; the Telegram channel needs the bot's token")
    application = (
        Application.builder()
        .token(settings.telegram_token.get_secret_value())
        .base_url(f"{settings.telegram_api_url}/bot")
        .base_file_url(f"{settings.telegram_api_url}/file/bot")
        .request(AiohttpRequest())
        .get_updates_request(AiohttpRequest(connection_pool_size=1))
        .concurrent_updates(concurrency)
        .build()
    )

    async def on_update(update: telegram.Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Hands the raw update to the shared pipeline; replies go out through this bot."""
        await pipeline.process_with_retry(update.to_dict(), partial(execute, context.bot))

    async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Logs what escaped the pipeline (it handles everything it can itself)."""
        update_id = update.update_id if isinstance(update, telegram.Update) else None
        log.error("update %s: %s", update_id, context.error, exc_info=context.error)

    application.add_handler(MessageHandler(filters.UpdateType.MESSAGE, on_update))
    application.add_handler(CallbackQueryHandler(on_update))
    application.add_error_handler(on_error)
    return application


def _seconds(retry_after: int | dt.timedelta) -> float:
    return retry_after.total_seconds() if isinstance(retry_after, dt.timedelta) else float(retry_after)


def delivery_error(exc: TelegramError) -> SendError:
    """The delivery worker's view of a python-telegram-bot error (see bot.telegram.updates.send_error)."""
    refusal = next((refusal for kind, refusal in _REFUSALS if isinstance(exc, kind)), Refusal.OTHER)
    if refusal is Refusal.OTHER and isinstance(exc.__cause__, aiohttp.ClientError | TimeoutError):
        if isinstance(exc.__cause__, aiohttp.ClientConnectorError | aiohttp.ConnectionTimeoutError):
            return RetryLater(f"{type(exc).__name__}: {exc.message}")  # the request never left
        return Undeliverable(  # it may have reached Telegram: again could say it twice
            f"uncertain: {type(exc.__cause__).__name__} once the request was sent; check before retrying"
        )
    retry_after = None
    if isinstance(exc, RetryAfter):
        with warnings.catch_warnings():  # PTB warns that retry_after becomes a timedelta; both are read
            warnings.simplefilter("ignore")
            retry_after = _seconds(exc.retry_after)
    return send_error(refusal, exc.message, retry_after=retry_after, name=type(exc).__name__)


_METHODS = frozenset({"sendMessage", "sendPhoto", "sendDocument", "answerCallbackQuery", "setMyCommands"})
_SENDS = frozenset({"sendMessage", "sendPhoto", "sendDocument"})  # the calls whose answer is a sent message


async def execute(bot: telegram.Bot, call: ApiCall) -> str | None:
    """Makes one Bot API call of the pipeline with python-telegram-bot; returns the sent message's id.

    The call's own parameters go to the bot's request layer as they are (`Bot._post`, which every method of
    python-telegram-bot's Bot ends in: its defaults, its timeouts, its errors), not through `bot.send_message`:
    keyboard objects built from the parameters and serialised again, and the Message model built from the answer
    (`Message.de_json`, ~0.12 ms alone), cost about as much CPU as the request, and only the message id is wanted
    (bench/inbound.py, `--runtime ptb` profile). aiogram's sender skips its models for the same reason.
    """
    if call.method not in _METHODS:
        raise ValueError(f"the Telegram adapter makes no {call.method} calls")
    params = {
        name: telegram.InputFile(value.data, filename=value.file_name) if isinstance(value, SentFile) else value
        for name, value in call.params.items()
    }
    try:
        result = await bot._post(call.method, params)
    except TelegramError as exc:
        raise delivery_error(exc) from exc
    return str(int(result["message_id"])) if call.method in _SENDS else None


class PtbRuntime(TelegramRuntime):
    """The channel on python-telegram-bot: polling through the Updater, webhook updates fed to the Application."""

    name = "ptb"

    def __init__(self, *, application: DefaultApplication, pipeline: UpdatePipeline) -> None:
        self.application = application
        self.pipeline = pipeline
        self._starting = asyncio.Lock()
        self._started = False

    @classmethod
    def from_settings(cls, settings: Settings, pipeline: UpdatePipeline) -> PtbRuntime:
        return cls(application=build_application(settings, pipeline), pipeline=pipeline)

    @property
    def allowed_updates(self) -> list[str]:
        return list(ALLOWED_UPDATES)

    @property
    def bot(self) -> telegram.Bot:
        return self.application.bot

    async def start(self) -> None:
        """Initializes the Application once (a getMe call, which also checks the token)."""
        async with self._starting:
            if not self._started:
                await self.application.initialize()
                self._started = True

    async def close(self) -> None:
        if self.application.updater is not None and self.application.updater.running:
            await self.application.updater.stop()
        if self.application.running:
            await self.application.stop()
        await self.application.shutdown()
        self._started = False

    async def execute(self, call: ApiCall) -> str | None:
        try:
            await self.start()
        except TelegramError as exc:  # the getMe of start-up failed: nothing was sent yet
            raise RetryLater(f"{type(exc).__name__}: {exc.message}") from exc
        return await execute(self.bot, call)

    async def run_polling(self, stop: asyncio.Event | None = None) -> None:
        """Long-polls until stop is set (or forever), handling updates concurrently, in order per chat."""
        await self.start()
        updater = self.application.updater
        assert updater is not None
        await updater.start_polling(allowed_updates=self.allowed_updates, timeout=10)
        await self.application.start()
        try:
            await (stop or asyncio.Event()).wait()
        finally:
            if updater.running:
                await updater.stop()
            if self.application.running:
                await self.application.stop()
