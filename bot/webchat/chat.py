"""What the page sends, as Inbounds handed to the conversations through the channel kit; their replies, filed."""

from __future__ import annotations

import logging
import re
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeGuard

from bot.channel import Conversations, CouldNotRecord, Outcome, Pipeline
from bot.webchat import CHANNEL
from bot.webchat.admission import Admission
from bot.webchat.mailbox import Mailbox
from bot.webchat.render import WebChatRenderer, own_message
from core.errors import InvalidPhone
from core.files.service import FileStore
from core.i18n import Translator
from core.phones import parse_phone
from handlers.types import Inbound, InboundKind, Reply, parse_command

log = logging.getLogger("bot.webchat")

SOURCE = "webchat"
MAX_TEXT_CHARS = 4000
MAX_CALLBACK_DATA_BYTES = 64
MAX_LABEL_CHARS = 200
_CHAT_CODE = re.compile(r"[0-9a-f]{32}")
MESSAGE_ID = re.compile(r"[A-Za-z0-9_-]{8,64}")
LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,3}")
_PHONE = re.compile(r"[\d+\-\s().]{3,32}")


def is_chat_code(value: object) -> TypeGuard[str]:
    return isinstance(value, str) and _CHAT_CODE.fullmatch(value) is not None


class TokenBucket:
    """`capacity` at once, then `rate` per second."""

    def __init__(self, capacity: float, rate: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.capacity, self.rate, self._clock = capacity, rate, clock
        self.tokens, self.stamp = capacity, clock()

    def take(self) -> bool:
        now = self._clock()
        self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        if self.tokens < 1:
            return False
        self.tokens -= 1
        return True


class BadFrame(Exception):
    """A frame the chat cannot take; `code` is one of ERROR_KEYS."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass
class WebChat:
    """Turns what the page sends into Inbounds for the conversations, and their Replies into mailbox entries."""

    conversations: Conversations
    translator: Translator
    mailbox: Mailbox
    admission: Admission
    files: FileStore  # uploads, sealed
    city: str
    phone_region: str = "TR"
    messages_per_second: float = 1.0
    messages_burst: int = 10
    frames_per_second: float = 10.0
    frames_burst: int = 60
    uploads_per_minute: float = 6.0
    uploads_burst: int = 5
    pipeline: Pipeline = field(init=False, repr=False)
    renderer: WebChatRenderer = field(init=False, repr=False)
    _uploads: OrderedDict[str, TokenBucket] = field(default_factory=OrderedDict, init=False, repr=False)

    def __post_init__(self) -> None:
        self.pipeline = Pipeline(self.conversations)
        self.renderer = WebChatRenderer(self.translator, self.conversations.menu_labels, city=self.city)

    # ------------------------------------------------------------------ talking to the engine

    async def converse(self, inbound: Inbound, mine: dict[str, Any] | None) -> str:
        """Hands one Inbound to the engine and files the reply; returns ok, duplicate, retry or failed.

        `mine` is the person's own message as their other pages should show it.
        """
        try:
            outcome = await self.pipeline.handle(inbound, _Filing(self, inbound, mine))
        except CouldNotRecord as exc:
            log.warning("web chat message %s could not be recorded: %s", inbound.message_id, exc)
            return "retry"
        return {Outcome.HANDLED: "ok", Outcome.DUPLICATE: "duplicate"}.get(outcome, "failed")

    def inbound(self, chat_id: str, message_id: str, language: str | None, **content: Any) -> Inbound:
        return Inbound(
            channel=CHANNEL,
            user_id=chat_id,
            chat_id=chat_id,
            platform_language=language,
            message_id=message_id,
            update_id=f"{chat_id}:{message_id}",
            source=SOURCE,
            text_limit=MAX_TEXT_CHARS,
            **content,
        )

    def read_frame(
        self, frame: dict[str, Any], *, chat_id: str, language: str | None, locale: str
    ) -> tuple[Inbound, dict[str, Any] | None]:
        """An Inbound for a message frame, and the person's own message to file; raises BadFrame."""
        kind = frame.get("type")
        message_id = frame.get("id")
        if not isinstance(message_id, str) or not MESSAGE_ID.fullmatch(message_id):
            raise BadFrame("bad_frame")
        base = (chat_id, message_id, language)
        if kind == "text":
            text = frame.get("text")
            if not isinstance(text, str) or not text.strip():
                raise BadFrame("bad_frame")
            if len(text) > MAX_TEXT_CHARS:
                raise BadFrame("too_long")
            mine = own_message(message_id, locale, text=text)
            if command := parse_command(text):
                return self.inbound(*base, kind=InboundKind.COMMAND, command=command.name, text=command.arguments), mine
            return self.inbound(*base, kind=InboundKind.TEXT, text=text), mine
        if kind == "command":
            name = frame.get("command")
            command = parse_command(f"/{name}") if isinstance(name, str) else None
            if command is None or command.arguments is not None:
                raise BadFrame("bad_frame")
            return self.inbound(*base, kind=InboundKind.COMMAND, command=command.name), None
        if kind == "button":
            data, label = frame.get("data"), frame.get("label")
            if (
                not isinstance(data, str)
                or not data.isascii()
                or not data.isprintable()
                or not (1 <= len(data) <= MAX_CALLBACK_DATA_BYTES)
            ):
                raise BadFrame("bad_frame")
            shown = (
                own_message(message_id, locale, text=label[:MAX_LABEL_CHARS])
                if isinstance(label, str) and label.strip()
                else None
            )
            return self.inbound(*base, kind=InboundKind.BUTTON, button=data), shown
        if kind == "contact":
            phone = frame.get("phone")
            if not isinstance(phone, str) or not _PHONE.fullmatch(phone.strip()):
                raise BadFrame("bad_frame")
            mine = own_message(message_id, locale, text=phone.strip())
            return self.inbound(*base, kind=InboundKind.CONTACT, phone=self.international(phone)), mine
        raise BadFrame("unknown_type")

    def international(self, phone: str) -> str:
        """A typed number in E.164 (+905321234567) as a shared contact carries it; as typed when it is not one.

        Telegram's contacts come in international form; a number typed on the web usually does not
        (0532 …), so it is read with the city's region here. What cannot be read is passed on for the
        engine to refuse in the person's language.
        """
        try:
            return parse_phone(phone.strip(), default_region=self.phone_region)
        except InvalidPhone:
            return phone.strip()

    async def is_new(self, chat_id: str) -> bool:
        """Whether the chat has no mailbox yet (a code never used, or one whose chat expired or was erased)."""
        return not (await self.mailbox.read(chat_id, after=0, limit=1)).epoch

    # ------------------------------------------------------------------ uploads

    def upload_allowed(self, chat_id: str) -> bool:
        bucket = self._uploads.get(chat_id)
        if bucket is None:
            bucket = self._uploads[chat_id] = TokenBucket(self.uploads_burst, self.uploads_per_minute / 60)
            while len(self._uploads) > 10_000:
                self._uploads.popitem(last=False)
        self._uploads.move_to_end(chat_id)
        return bucket.take()


@dataclass
class _Filing:
    """One message's answer: entries in the chat's mailbox, after the person's own message."""

    chat: WebChat
    inbound: Inbound
    mine: dict[str, Any] | None

    @property
    def about(self) -> str:
        return f"message {self.inbound.message_id}"  # the page's random id; never the chat code (a credential)

    def render(self, reply: Reply) -> list[dict[str, Any]]:
        return self.chat.renderer.entries_for(reply)

    async def send(self, rendered: list[dict[str, Any]]) -> None:
        await self.chat.mailbox.append(self.inbound.chat_id, [*([self.mine] if self.mine else []), *rendered])

    async def apologise(self, locale: str | None) -> None:
        """Nothing is filed but, once the engine recorded the message, the person's own message."""
        if locale is not None and self.mine is not None:
            await self.chat.mailbox.append(self.inbound.chat_id, [self.mine])
