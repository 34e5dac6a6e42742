"""The web chat channel: its page and socket under /chat, its mailbox, and the sender that files notifications there."""

from __future__ import annotations

from fastapi import APIRouter

from bot.channel import Conversations
from bot.webchat import CHANNEL
from bot.webchat.admission import Admission
from bot.webchat.mailbox import Mailbox, MailboxEraser
from bot.webchat.router import build_webchat_router
from bot.webchat.sender import WebChatSender
from core.context import CoreContext
from core.i18n import Translator
from core.ratelimit import Limits

# The web chat is ours: its only limit is not to flood one browser.
LIMITS = Limits(per_second=1000, per_chat_per_second=20, per_chat_burst=20)


class WebChatChannel:
    """The web chat as the composition root sees it: the routes, the mailbox behind them, the sender into it."""

    name = CHANNEL
    limits = LIMITS

    def __init__(self, *, router: APIRouter, mailbox: Mailbox, sender: WebChatSender) -> None:
        self.router, self.mailbox, self.sender = router, mailbox, sender
        self.eraser = MailboxEraser(mailbox, CHANNEL)  # erasure (core.privacy) deletes a forgotten person's chat

    async def start(self) -> None:
        """Nothing to prepare: the mailbox connects on its first use."""

    async def close(self) -> None:
        await self.mailbox.close()


def build_channel(
    ctx: CoreContext,
    *,
    conversations: Conversations,
    translator: Translator,
    mailbox: Mailbox,
    admission: Admission | None = None,
) -> WebChatChannel:
    """The channel over `mailbox` (in this process, or in Redis shared by every `serve` and `worker`).

    `admission` budgets new chats and uploads per address: shared through Redis in the scaled mode.
    """
    router = build_webchat_router(ctx, conversations, translator, mailbox, admission)
    return WebChatChannel(router=router, mailbox=mailbox, sender=WebChatSender(mailbox, translator))
