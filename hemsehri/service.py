"""The composition root: from the one Settings, the one translator, the one conversations engine and the channels.

Every process builds its service here (`hemsehri demo`, `serve`, `worker`, `poll`): what differs between them is only
whether it serves the web (webhooks, the web chat's page) and whether it polls Telegram. The web app and the delivery
worker are built over the same channels; one lifespan (hemsehri.web.running) starts and closes them all. Adding a
channel is a package implementing bot.channel's Channel, and one line in `build_service`.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import TYPE_CHECKING

from fastapi import FastAPI

from bot.channel import Channel
from bot.sms.channel import build_channel as build_sms
from bot.telegram.channel import TelegramChannel
from bot.telegram.channel import build_channel as build_telegram
from bot.telegram.files import TelegramFiles
from bot.webchat import CHANNEL as WEBCHAT
from bot.webchat.admission import make_admission
from bot.webchat.channel import build_channel as build_webchat
from bot.webchat.mailbox import make_mailbox
from bot.whatsapp.channel import build_channel as build_whatsapp
from core.context import CoreContext
from core.delivery import reports
from core.delivery.worker import DeliveryWorker
from core.i18n import Translator
from core.person_guards import MemoryFloodGuard, RedisFloodGuard
from core.settings import Settings
from core.translation import MachineTranslation
from core.webhooks.worker import WebhookWorker
from handlers.engine import Conversations, build_translator
from hemsehri.delivery import build_worker
from hemsehri.web import create_app

if TYPE_CHECKING:  # the Redis client is loaded by the scaled mode only
    from redis.asyncio import Redis


@dataclass
class Service:
    """What one process runs: the core, the one translator and engine, the channels, Redis in the scaled mode."""

    ctx: CoreContext
    translator: Translator
    conversations: Conversations
    channels: list[Channel]
    redis: Redis | None

    @property
    def telegram(self) -> TelegramChannel | None:
        return next((channel for channel in self.channels if isinstance(channel, TelegramChannel)), None)

    def app(self, closing: asyncio.Event | None = None) -> FastAPI:
        """The web application over these channels (their lifespan is the app's); its live streams end at `closing`."""
        return create_app(self.ctx, translator=self.translator, channels=self.channels, closing=closing)

    def worker(self) -> DeliveryWorker:
        """The delivery worker over these channels' senders; with Redis, every worker shares each platform's budget."""
        return build_worker(
            self.ctx,
            self.translator,
            channels=self.channels,
            redis=self.redis,
            fallback_order=fallback_order(self.ctx.settings),
        )

    def webhooks(self) -> WebhookWorker:
        """The outgoing webhooks' worker (run beside the delivery worker; closed by its caller)."""
        return WebhookWorker(db=self.ctx.db, allow_private=self.ctx.settings.webhooks_allow_private)

    async def close(self) -> None:
        if self.redis is not None:
            await self.redis.aclose()


def fallback_order(settings: Settings) -> tuple[str, ...]:
    """The channels this configuration has, in the city's fallback order (HEMSEHRI_FALLBACK_ORDER)."""
    configured = {
        "telegram": settings.telegram_token is not None,
        "whatsapp": settings.whatsapp.enabled(),
        "sms": settings.sms.enabled(),
    }
    return tuple(name for name in settings.fallback_channels if configured[name])


def _redis(url: str) -> Redis:
    """The scaled mode's Redis client (the embedded mode never loads it)."""
    from redis.asyncio import Redis

    return Redis.from_url(url)


def build_service(ctx: CoreContext, *, serves: bool, polls: bool = False) -> Service:
    """The service of a process that serves the web (or not) and polls Telegram (or not)."""
    settings = ctx.settings
    translator = build_translator(ctx)
    if settings.translate_url and ctx.translation is None:
        key = settings.translate_key.get_secret_value() if settings.translate_key else None
        ctx.translation = MachineTranslation(
            settings.translate_url, api_key=key, translator=translator, catalogue=ctx.catalogue
        )
    redis = _redis(settings.redis_url) if settings.redis_url else None
    # Several processes share the flood budget through Redis (one event per person at a time is a row lock).
    flood = RedisFloodGuard(redis) if redis is not None else MemoryFloodGuard()
    conversations = Conversations(ctx, translator, flood=flood)
    channels: list[Channel] = []
    if settings.telegram_token is not None:
        webhook = serves and settings.telegram_mode == "webhook"
        channels.append(
            build_telegram(settings, conversations=conversations, translator=translator, webhook=webhook, polls=polls)
        )
        ctx.file_sources["telegram"] = TelegramFiles.from_settings(settings)
    whatsapp = build_whatsapp(
        settings.whatsapp,
        conversations=conversations,
        translator=translator,
        # sent, delivered, read, failed: onto the thread; failed after acceptance: tried on another channel
        on_status=reports.recorder(ctx.db, "whatsapp", fallback_order(settings)),
    )
    if whatsapp is not None:
        channels.append(whatsapp)
        ctx.file_sources[whatsapp.name] = whatsapp.api
    if (sms := build_sms(settings.sms)) is not None:
        channels.append(sms)
    if serves or redis is not None:  # without Redis the serving process alone keeps and delivers the mailbox
        mailbox = make_mailbox(settings.redis_url, ctx.db, WEBCHAT)
        admission = make_admission(redis)  # the budgets for new chats and uploads, shared by every process
        webchat = build_webchat(
            ctx, conversations=conversations, translator=translator, mailbox=mailbox, admission=admission
        )
        ctx.privacy.register(webchat.eraser)
        channels.append(webchat)
    return Service(ctx, translator, conversations, channels, redis)
