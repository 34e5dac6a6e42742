"""The WhatsApp channel built from its settings section: one Graph API client for the replies and the sender."""

from __future__ import annotations

from fastapi import APIRouter

from bot.channel import Conversations
from bot.whatsapp.graph import GraphApi
from bot.whatsapp.parse import CHANNEL
from bot.whatsapp.sender import WhatsAppSender
from bot.whatsapp.webhook import StatusHook, build_whatsapp_router
from core.i18n import Translator
from core.ratelimit import Limits
from core.settings import WhatsAppSettings

# WhatsApp Cloud API: 80 messages/s per phone number by default, and a person's chat is paced like Telegram's.
LIMITS = Limits(per_second=80, per_chat_per_second=1, per_chat_burst=3)


class WhatsAppChannel:
    """WhatsApp as the composition root sees it: the webhook route, the sender, their one Graph API client."""

    name = CHANNEL
    limits = LIMITS

    def __init__(self, *, api: GraphApi, router: APIRouter, sender: WhatsAppSender) -> None:
        self.api, self.router, self.sender = api, router, sender

    async def start(self) -> None:
        """Nothing to prepare: the client connects on its first call."""

    async def close(self) -> None:
        await self.api.aclose()


def build_channel(
    settings: WhatsAppSettings,
    *,
    conversations: Conversations,
    translator: Translator,
    on_status: StatusHook | None = None,
) -> WhatsAppChannel | None:
    """The channel when HEMSEHRI_WHATSAPP_* are set, else None (a partly set section is a ConfigurationError)."""
    if not settings.enabled():
        return None
    api = GraphApi.from_settings(settings)
    router = build_whatsapp_router(conversations, translator, settings, api=api, on_status=on_status)
    return WhatsAppChannel(api=api, router=router, sender=WhatsAppSender(api, settings))
