"""Builds the Telegram channel from the settings: the runtime HEMSEHRI_TELEGRAM_RUNTIME names, polling, the webhook.

Only the configured runtime's library is imported, and only here: no other module of the service imports either
at module level (aiogram costs ~24 MB of memory with its types built when used, see bot/aiogram_import.py;
python-telegram-bot ~16 MB).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from collections.abc import AsyncIterator, Callable
from typing import TYPE_CHECKING, Any

from bot.telegram_common import (
    Conversations,
    TelegramRuntime,
    UpdatePipeline,
    bot_id_from_token,
    source_for,
)
from bot.telegram_webhook import DEFAULT_MAX_BACKLOG, WEBHOOK_PATH, build_webhook_router
from core.errors import ConfigurationError
from core.i18n import Translator
from core.settings import Settings

if TYPE_CHECKING:
    from aiogram.client.session.aiohttp import AiohttpSession
    from fastapi import FastAPI

    from core.context import CoreContext

log = logging.getLogger("bot.telegram")

_SECRET_TOKEN = re.compile(r"[A-Za-z0-9_-]{1,256}")


def build_translator(ctx: CoreContext) -> Translator:
    """The translator for the city's languages."""
    city = ctx.catalogue.city
    return Translator(list(city.locales), city.default_locale)


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
        from bot.telegram_ptb import PtbRuntime

        return PtbRuntime.from_settings(settings, pipeline)
    from bot.aiogram_import import build_types, import_aiogram

    import_aiogram()  # before bot.telegram_aiogram imports it: the types' validators are built when used
    from bot.telegram_aiogram import AiogramRuntime

    # the ones every update and reply needs, now rather than on the first update
    build_types("Update", "InlineKeyboardMarkup", "InlineKeyboardButton", "ReplyKeyboardMarkup", "KeyboardButton",
                "SendMessage", "AnswerCallbackQuery")
    if aiogram_session_class is None:
        return AiogramRuntime.from_settings(settings, pipeline)
    return AiogramRuntime.from_settings(settings, pipeline, session_class=aiogram_session_class)


def runtime_for(
    ctx: CoreContext, *, conversations: Conversations | None = None, translator: Translator | None = None
) -> TelegramRuntime:
    """The runtime over the conversations engine (built here unless given)."""
    translator = translator or build_translator(ctx)
    if conversations is None:
        from handlers.engine import Conversations as Engine

        conversations = Engine(ctx, translator)
    return build_runtime(ctx.settings, conversations=conversations, translator=translator)


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


async def poll(
    runtime: TelegramRuntime,
    settings: Settings,
    *,
    stop: asyncio.Event | None = None,
    announce: Callable[[str], Any] = print,
) -> None:
    """Checks, then long-polls with the runtime until stop is set; closes the runtime at the end."""
    try:
        username = await prepare_polling(runtime, settings)
        announce(f"Telegram: polling as @{username} with {runtime.name}")
        await runtime.run_polling(stop)
    finally:
        await runtime.close()


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


def mount_webhook(
    app: FastAPI,
    ctx: CoreContext,
    *,
    runtime: TelegramRuntime | None = None,
    max_backlog: int = DEFAULT_MAX_BACKLOG,
) -> TelegramRuntime:
    """Adds POST /telegram/webhook to the app, with the runtime started and closed by the app's lifespan."""
    secret = check_secret(ctx.settings)
    _token(ctx.settings)
    runtime = runtime or runtime_for(ctx)
    app.include_router(build_webhook_router(secret=secret, feed=runtime.feed, max_backlog=max_backlog))
    app.state.telegram = runtime
    outer = app.router.lifespan_context

    @contextlib.asynccontextmanager
    async def lifespan(application: Any) -> AsyncIterator[Any]:
        async with outer(application) as state:
            await runtime.start()
            try:
                yield state
            finally:
                await runtime.close()

    app.router.lifespan_context = lifespan
    return runtime
