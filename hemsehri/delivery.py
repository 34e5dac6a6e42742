"""Builds the delivery worker from the settings: a sender and a pacer for each channel that is configured."""

from redis.asyncio import Redis

from bot.telegram_common import TelegramRuntime
from bot.webchat import Mailbox, WebChatSender
from bot.whatsapp import build_whatsapp_sender
from core.context import CoreContext
from core.delivery import DeliveryWorker, Sender
from core.i18n import Translator
from core.ratelimit import Limits, MemoryPacer, Pacer, RedisPacer

# The web chat is ours: its only limit is not to flood one browser. WhatsApp Cloud API: 80 messages/s
# per phone number by default, and a person's chat is paced like Telegram's.
WEBCHAT_LIMITS = Limits(per_second=1000, per_chat_per_second=20, per_chat_burst=20)
WHATSAPP_LIMITS = Limits(per_second=80, per_chat_per_second=1, per_chat_burst=3)


def channel_limits(ctx: CoreContext) -> dict[str, Limits]:
    """Each channel's platform limits; Telegram's overall rate comes from HEMSEHRI_TELEGRAM_RATE."""
    return {
        "telegram": Limits(per_second=ctx.settings.telegram_rate),
        "webchat": WEBCHAT_LIMITS,
        "whatsapp": WHATSAPP_LIMITS,
    }


def build_worker(
    ctx: CoreContext,
    translator: Translator,
    *,
    telegram: TelegramRuntime | None,
    mailbox: Mailbox | None,
    redis: Redis | None = None,
) -> DeliveryWorker:
    """The worker over the channels at hand; with Redis, every worker shares each platform's budget."""
    senders: dict[str, Sender] = {}
    if telegram is not None:
        senders["telegram"] = telegram
    if mailbox is not None:
        senders["webchat"] = WebChatSender(mailbox, translator)
    whatsapp = build_whatsapp_sender()
    if whatsapp is not None:
        senders["whatsapp"] = whatsapp
    limits = channel_limits(ctx)
    pacers: dict[str, Pacer] = {
        channel: RedisPacer(redis, limits[channel], prefix=f"hemsehri:pace:{channel}") if redis else
        MemoryPacer(limits[channel])
        for channel in senders
    }
    return DeliveryWorker(db=ctx.db, translator=translator, senders=senders, pacers=pacers)
