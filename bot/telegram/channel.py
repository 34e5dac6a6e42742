"""The Telegram channel built from the settings: the runtime HEMSEHRI_TELEGRAM_RUNTIME names, its webhook or its
polling, and its sender for the delivery worker.

Only the configured runtime's library is imported, and only here: no other module of the service imports either
at module level (aiogram costs ~24 MB of memory with its types built when used, see bot/aiogram_import.py;
python-telegram-bot ~16 MB).
"""

from __future__ import annotations

import asyncio
import logging
import re
from typing import TYPE_CHECKING

from bot.channel import Conversations
from bot.telegram.parse import CHANNEL, bot_id_from_token, source_for
from bot.telegram.render import command_menus
from bot.telegram.updates import TelegramRuntime, UpdatePipeline
from bot.telegram.webhook import DEFAULT_MAX_BACKLOG, WEBHOOK_PATH, build_webhook_router
from core.errors import ConfigurationError
from core.i18n import Translator
from core.ratelimit import Limits
from core.settings import Settings

if TYPE_CHECKING:
    from aiogram.client.session.aiohttp import AiohttpSession
    from fastapi import APIRouter

log = logging.getLogger("bot.telegram")

_SECRET_TOKEN = re.compile(r"[A-Za-z0-9_-]{1,256}")


def telegram_source(settings: Settings) -> str:
    """`telegram:<bot id>`, the source the engine records update ids under."""
    return source_for(bot_id_from_token(_token(settings)))


def _token(settings: Settings) -> str:
    if settings.telegram_token is None:
        raise ConfigurationError("HEMSEHRI_TELEGRAM_TOKEN: not set; the Telegram channel needs the bot's token")
    token = settings.telegram_token.get_secret_value()
    try:
        bot_id_from_token(token)
    except ValueError:
        raise ConfigurationError("HEMSEHRI_TELEGRAM_TOKEN: not a bot token (it looks like 123456:ABC…)") from None
    return token


def build_runtime(
    settings: Settings,
    *,
    conversations: Conversations,
    translator: Translator,
    aiogram_session_class: type[AiohttpSession] | None = None,
) -> TelegramRuntime:
    """The runtime HEMSEHRI_TELEGRAM_RUNTIME names, over the shared pipeline."""
    pipeline = UpdatePipeline(conversations=conversations, translator=translator, source=telegram_source(settings))
    if settings.telegram_runtime == "ptb":
        from bot.telegram.ptb import PtbRuntime

        return PtbRuntime.from_settings(settings, pipeline)
    from bot.telegram.aiogram_import import build_types, import_aiogram

    import_aiogram()  # before bot.telegram.aiogram imports it: the types' validators are built when used
    from bot.telegram.aiogram import AiogramRuntime

    # the ones every update and reply needs, now rather than on the first update
    build_types(
        "Update",
        "InlineKeyboardMarkup",
        "InlineKeyboardButton",
        "ReplyKeyboardMarkup",
        "KeyboardButton",
        "SendMessage",
        "AnswerCallbackQuery",
    )
    if aiogram_session_class is None:
        return AiogramRuntime.from_settings(settings, pipeline)
    return AiogramRuntime.from_settings(settings, pipeline, session_class=aiogram_session_class)


def _token_errors(settings: Settings) -> tuple[tuple[type[BaseException], ...], tuple[type[BaseException], ...]]:
    """The runtime's exceptions for a refused token, and for an unreachable Bot API."""
    if settings.telegram_runtime == "ptb":
        from telegram.error import InvalidToken, NetworkError

        return (InvalidToken,), (NetworkError, OSError)
    from aiogram.exceptions import TelegramNetworkError, TelegramUnauthorizedError

    return (TelegramUnauthorizedError,), (TelegramNetworkError, OSError)


async def check_token(runtime: TelegramRuntime, settings: Settings) -> str:
    """The bot's username; a refused token or an unreachable Bot API is a one-line ConfigurationError."""
    refused, unreachable = _token_errors(settings)
    try:
        return await runtime.me()
    except refused:
        raise ConfigurationError(
            f"HEMSEHRI_TELEGRAM_TOKEN: the Bot API at {settings.telegram_api_url} refused the token"
        ) from None
    except unreachable as exc:
        raise ConfigurationError(
            f"HEMSEHRI_TELEGRAM_API_URL: cannot reach the Bot API at {settings.telegram_api_url} ({exc})"
        ) from None


async def prepare_polling(runtime: TelegramRuntime, settings: Settings) -> str:
    """Checks that polling can start (a valid token, no webhook set); returns the bot's username."""
    username = await check_token(runtime, settings)
    url = await runtime.webhook_url()
    if url:
        raise ConfigurationError(
            f"a webhook is set for @{username} ({url}); polling cannot run alongside it: "
            "run `hemsehri telegram delete-webhook` first, or set HEMSEHRI_TELEGRAM_MODE=webhook"
        )
    return username


def check_secret(settings: Settings) -> str:
    """HEMSEHRI_WEBHOOK_SECRET, which a webhook must have, in the characters Telegram allows."""
    if settings.webhook_secret is None:
        raise ConfigurationError("HEMSEHRI_WEBHOOK_SECRET: not set; a Telegram webhook needs a secret token")
    secret = settings.webhook_secret.get_secret_value()
    if not _SECRET_TOKEN.fullmatch(secret):
        raise ConfigurationError("HEMSEHRI_WEBHOOK_SECRET: use 1-256 characters among A-Z, a-z, 0-9, _ and -")
    return secret


def webhook_url(settings: Settings, url: str | None) -> str:
    """The URL given, or the public URL's webhook path."""
    if url:
        return url
    if settings.public_url:
        return settings.public_url + WEBHOOK_PATH
    raise ConfigurationError("HEMSEHRI_PUBLIC_URL: not set; give the webhook URL or set the public base URL")


class TelegramChannel:
    """Telegram as the composition root sees it: the runtime, its webhook route or its polling, its sender."""

    name = CHANNEL

    def __init__(
        self,
        runtime: TelegramRuntime,
        *,
        limits: Limits,
        router: APIRouter | None,
        polls: bool,
        translator: Translator,
    ) -> None:
        self.runtime, self.limits, self.router, self.polls = runtime, limits, router, polls
        self.translator = translator
        self.sender = runtime
        self._stop = asyncio.Event()
        self._polling: asyncio.Task[None] | None = None

    async def start(self) -> None:
        """Starts the runtime, sets the command menu in each language and, when this process polls, long polling
        beside it (checked by prepare_polling)."""
        await self.runtime.start()
        await self._set_command_menus()
        if self.polls:
            self._stop.clear()
            self._polling = asyncio.create_task(self.runtime.run_polling(self._stop), name="telegram-polling")

    async def _set_command_menus(self) -> None:
        """The menu of commands beside the text box, in the person's language; without it the bot still works."""
        try:
            for call in command_menus(self.translator):
                await self.runtime.execute(call)
        except Exception as exc:  # a refusal, a network failure, a catalogue without the menu: serve without it
            log.warning("Telegram command menu not set: %s: %s", type(exc).__name__, exc)

    async def close(self) -> None:
        """Stops polling (if it runs) and closes the runtime's HTTP client."""
        self._stop.set()
        polling, self._polling = self._polling, None
        try:
            if polling is not None:
                await polling
        except Exception:
            log.exception("Telegram polling stopped with an error")
        finally:
            await self.runtime.close()


def build_channel(
    settings: Settings,
    *,
    conversations: Conversations,
    translator: Translator,
    webhook: bool,
    polls: bool,
    max_backlog: int = DEFAULT_MAX_BACKLOG,
    aiogram_session_class: type[AiohttpSession] | None = None,
) -> TelegramChannel:
    """The channel over the configured runtime; with `webhook`, its POST /telegram/webhook route (secret checked)."""
    secret = check_secret(settings) if webhook else None
    runtime = build_runtime(
        settings, conversations=conversations, translator=translator, aiogram_session_class=aiogram_session_class
    )
    router = None
    if secret is not None:
        router = build_webhook_router(secret=secret, feed=runtime.feed, max_backlog=max_backlog)
    return TelegramChannel(
        runtime,
        limits=Limits(per_second=settings.telegram_rate),
        router=router,
        polls=polls,
        translator=translator,
    )
