"""The delivery worker's sender for web chats: a notification goes into the chat's mailbox."""

from __future__ import annotations

from typing import Any

from bot.webchat.chat import is_chat_code
from bot.webchat.mailbox import Mailbox
from bot.webchat.render import now_iso
from core.delivery.errors import RetryLater, Undeliverable
from core.delivery.schemas import Rendered
from core.i18n import Translator
from core.redis_errors import with_redis_errors


class WebChatSender:
    """The delivery worker's sender for web chats: a notification goes into the chat's mailbox."""

    def __init__(self, mailbox: Mailbox, translator: Translator) -> None:
        self.mailbox, self.translator = mailbox, translator

    async def send(self, *, chat_id: str, message: Rendered) -> str:
        """Puts the message (and a link to the file staff attached) in the chat's mailbox, pushed at once to an open
        page; returns its sequence."""
        if not is_chat_code(chat_id):
            raise Undeliverable(f"not a web chat code: {chat_id[:40]!r}")
        if not message.text:
            raise Undeliverable("empty message")
        locale = self.translator.resolve(message.locale)
        item: dict[str, Any] = {
            "kind": "msg",
            "from": "bot",
            "text": message.text,
            "lang": locale,
            "dir": self.translator.direction(locale),
            "notification": message.kind,
            "at": now_iso(),
        }
        if message.attachment is not None:  # a link the page opens with its chat code (the router's /files)
            file = message.attachment
            item["attachment"] = {"name": file.file_name, "file": file.name, "kind": file.kind}
        try:
            (seq,) = await self.mailbox.append(chat_id, [item])
        except with_redis_errors(OSError, TimeoutError) as exc:
            raise RetryLater(f"mailbox unavailable: {type(exc).__name__}") from exc
        return str(seq)
