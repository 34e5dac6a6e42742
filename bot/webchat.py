"""The web chat: a page at /chat, a WebSocket at /chat/ws, uploads at /chat/upload, and its sender.

Decisions kept here, in one place:

* Identity is a random 128-bit code the browser makes and keeps (32 lowercase hex digits). It is the
  Inbound's `user_id` and `chat_id`; nothing else the client says is taken as identity. It travels in
  the first WebSocket frame and in the upload form, never in a URL (URLs land in access logs).
* Everything said to a person (replies, notifications, the person's own messages for their other
  tabs and devices) goes into a per-chat :class:`Mailbox` with increasing sequence numbers; a socket
  pushes what is new, and a client that reconnects says the last sequence it saw and gets the rest.
  A mailbox has an `epoch` that changes when it is lost (a restart of the in-process one), so a
  client holding old sequence numbers starts over instead of waiting for numbers already used.
* The client gives each message a random id; `update_id` is `<chat>:<id>`, so a message sent again
  after a dropped connection is recognised by the engine and answered once.
* Bad input is answered with an `error` frame carrying a code and a sentence in the person's
  language; the connection stays open. Only a bad or missing `hello` closes it (1008).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import os
import re
import secrets
import time
import unicodedata
from collections import OrderedDict, deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from typing import Any, Protocol

from fastapi import APIRouter, FastAPI, Request, WebSocket, WebSocketDisconnect
from fastapi.responses import HTMLResponse, JSONResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape
from redis.asyncio import Redis
from redis.exceptions import RedisError
from starlette.datastructures import UploadFile
from starlette.websockets import WebSocketState

from bot.telegram_common import Conversations
from core.context import CoreContext
from core.db import is_transient
from core.delivery import Rendered, RetryLater, Undeliverable
from core.errors import InvalidPhone
from core.i18n import Translator
from core.phones import parse_phone
from handlers.engine import KeyedLocks
from handlers.types import Attachment, Inbound, InboundKind, OutMessage, Reply, Say

log = logging.getLogger("bot.webchat")

CHANNEL = "webchat"
SOURCE = "webchat"
MAX_FRAME_BYTES = 8 * 1024
MAX_TEXT_CHARS = 4000
MAX_UPLOAD_BYTES = 10 * 1024 * 1024
MAX_CALLBACK_DATA_BYTES = 64
MAX_LABEL_CHARS = 200
MAX_FILE_NAME_CHARS = 120
HELLO_TIMEOUT = 20.0
FOLLOW_TIMEOUT = 25.0
STATIC_DIR = Path(__file__).with_name("webchat_static")

_CHAT_CODE = re.compile(r"[0-9a-f]{32}")
_MESSAGE_ID = re.compile(r"[A-Za-z0-9_-]{8,64}")
_COMMAND = re.compile(r"/([A-Za-z0-9_]{1,32})(?:\s+(.*))?", re.DOTALL)
_COMMAND_NAME = re.compile(r"[a-z0-9_]{1,32}")
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,3}")
_LONG_NUMBER = re.compile(r"\d(?:[\s.\-()/]*\d){6,}")
_PHONE = re.compile(r"[\d+\-\s().]{3,32}")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_BIDI_CONTROLS = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C])

# The page's own sentences, from locales/<code>/webchat.ftl; sent again when the person's language changes.
PAGE_KEYS: tuple[str, ...] = (
    "webchat-title", "webchat-messages-label", "webchat-speaker-city", "webchat-speaker-you",
    "webchat-input-label", "webchat-input-placeholder", "webchat-send", "webchat-attach", "webchat-attach-hint",
    "webchat-menu-label", "webchat-phone-label", "webchat-phone-send", "webchat-connecting",
    "webchat-reconnecting", "webchat-code-title", "webchat-code-help", "webchat-code-copy", "webchat-code-copied",
    "webchat-code-use-label", "webchat-code-use", "webchat-code-invalid", "webchat-code-switched",
    "webchat-too-long", "webchat-slow-down", "webchat-bad-message", "webchat-unsupported", "webchat-error",
    "webchat-sending", "webchat-not-sent", "webchat-upload-too-large", "webchat-upload-type",
    "webchat-upload-failed", "webchat-noscript",
)
# Error codes and the sentence that explains each.
ERROR_KEYS: dict[str, str] = {
    "bad_frame": "webchat-bad-message",
    "unknown_type": "webchat-unsupported",
    "too_long": "webchat-too-long",
    "slow_down": "webchat-slow-down",
    "failed": "webchat-error",
    "hello_first": "webchat-bad-message",
    "bad_chat": "webchat-code-invalid",
    "too_large": "webchat-upload-too-large",
    "bad_type": "webchat-upload-type",
    "upload_failed": "webchat-upload-failed",
}
UNEXPECTED_KEY = "error-unexpected"  # the engine's own apology, when its catalogue has one

# What may be uploaded, recognised by the file's first bytes (never by its name or the browser's word).
# (magic at offset, offset, kind, mime type, extension); `ftyp` brands and RIFF forms are checked below.
_SIGNATURES: tuple[tuple[bytes, int, str, str, str], ...] = (
    (b"\xff\xd8\xff", 0, "photo", "image/jpeg", ".jpg"),
    (b"\x89PNG\r\n\x1a\n", 0, "photo", "image/png", ".png"),
    (b"GIF87a", 0, "photo", "image/gif", ".gif"),
    (b"GIF89a", 0, "photo", "image/gif", ".gif"),
    (b"%PDF-", 0, "document", "application/pdf", ".pdf"),
    (b"OggS", 0, "voice", "audio/ogg", ".ogg"),
    (b"ID3", 0, "audio", "audio/mpeg", ".mp3"),
    (b"fLaC", 0, "audio", "audio/flac", ".flac"),
    (b"\x1a\x45\xdf\xa3", 0, "voice", "audio/webm", ".webm"),
)
_FTYP_BRANDS: dict[bytes, tuple[str, str, str]] = {
    b"heic": ("photo", "image/heic", ".heic"), b"heix": ("photo", "image/heic", ".heic"),
    b"mif1": ("photo", "image/heif", ".heif"), b"avif": ("photo", "image/avif", ".avif"),
    b"M4A ": ("audio", "audio/mp4", ".m4a"), b"M4B ": ("audio", "audio/mp4", ".m4a"),
}
ACCEPT = "image/jpeg,image/png,image/gif,image/webp,image/heic,image/heif,image/avif,application/pdf,audio/*"


# ------------------------------------------------------------------------------------------ mailbox


@dataclass(frozen=True)
class Entry:
    seq: int
    data: dict[str, Any]


@dataclass(frozen=True)
class Batch:
    """Entries of one chat after a sequence number, and the mailbox's epoch ('' when it holds nothing)."""

    epoch: str
    entries: list[Entry]


class Mailbox(Protocol):
    """What was said to each web chat, numbered, kept for a while so a reconnecting client gets it."""

    async def append(self, chat_id: str, items: Sequence[dict[str, Any]]) -> list[int]:
        """Adds items in order and returns their sequence numbers."""
        ...

    async def read(self, chat_id: str, *, after: int, limit: int = 100) -> Batch:
        """Up to `limit` entries with a sequence number above `after`, oldest first."""
        ...

    async def wait(self, chat_id: str, *, epoch: str, after: int, block: float) -> None:
        """Returns when the chat has an entry above `after` or another epoch, or after `block` seconds."""
        ...

    async def close(self) -> None: ...


@dataclass
class _Box:
    epoch: str
    seq: int = 0
    chars: int = 0
    entries: deque[Entry] = field(default_factory=deque)


def _weight(item: dict[str, Any]) -> int:
    return 200 + len(item.get("text") or "")


class MemoryMailbox:
    """Mailboxes in this process (the embedded mode): bounded per chat, in chats and in total size.

    The least recently used chats are forgotten first, never one a socket is waiting on.
    """

    def __init__(self, *, per_chat: int = 200, max_chats: int = 10_000, max_chars: int = 64_000_000) -> None:
        self.per_chat, self.max_chats, self.max_chars = per_chat, max_chats, max_chars
        self._boxes: OrderedDict[str, _Box] = OrderedDict()
        self._signals: dict[str, asyncio.Event] = {}
        self._waiting: dict[str, int] = {}
        self._chars = 0

    async def append(self, chat_id: str, items: Sequence[dict[str, Any]]) -> list[int]:
        box = self._boxes.get(chat_id)
        if box is None:
            box = self._boxes[chat_id] = _Box(epoch=secrets.token_hex(4))
        self._boxes.move_to_end(chat_id)
        seqs = []
        for item in items:
            box.seq += 1
            box.entries.append(Entry(box.seq, item))
            box.chars += _weight(item)
            self._chars += _weight(item)
            seqs.append(box.seq)
            if len(box.entries) > self.per_chat:
                dropped = _weight(box.entries.popleft().data)
                box.chars -= dropped
                self._chars -= dropped
        self._evict()
        if signal := self._signals.pop(chat_id, None):
            signal.set()
        return seqs

    def _evict(self) -> None:
        for chat_id in list(self._boxes):
            if len(self._boxes) <= self.max_chats and self._chars <= self.max_chars:
                return
            if not self._waiting.get(chat_id):
                self._chars -= self._boxes.pop(chat_id).chars

    async def read(self, chat_id: str, *, after: int, limit: int = 100) -> Batch:
        box = self._boxes.get(chat_id)
        if box is None or not box.entries:
            return Batch(box.epoch if box else "", [])
        start = max(0, after - box.entries[0].seq + 1)
        return Batch(box.epoch, list(islice(box.entries, start, start + limit)))

    async def wait(self, chat_id: str, *, epoch: str, after: int, block: float) -> None:
        box = self._boxes.get(chat_id)
        if (box.epoch if box else "") != epoch or (box is not None and box.seq > after):
            return
        signal = self._signals.setdefault(chat_id, asyncio.Event())
        self._waiting[chat_id] = self._waiting.get(chat_id, 0) + 1
        try:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(signal.wait(), block)
        finally:
            self._waiting[chat_id] -= 1
            if not self._waiting[chat_id]:
                del self._waiting[chat_id]

    async def close(self) -> None:
        self._boxes.clear()
        self._chars = 0


# Adds entries atomically: numbers them, sets the epoch on first use, renews the expiry.
_APPEND = """
redis.call('HSETNX', KEYS[1], 'epoch', ARGV[3])
local seqs = {}
for i = 4, #ARGV do
  local seq = redis.call('HINCRBY', KEYS[1], 'seq', 1)
  redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[1], seq .. '-0', 'e', ARGV[i])
  seqs[#seqs + 1] = seq
end
redis.call('EXPIRE', KEYS[1], ARGV[2])
redis.call('EXPIRE', KEYS[2], ARGV[2])
return seqs
"""


class RedisMailbox:
    """The same mailboxes in Redis (the scaled mode), so every `serve` and `worker` process shares them.

    One stream per chat whose entry ids are the sequence numbers (`<seq>-0`), so a blocking XREAD
    from `<after>-0` wakes on exactly what is new; both keys expire after `ttl` seconds of quiet.
    """

    def __init__(self, redis: Redis, *, prefix: str = "hemsehri:webchat", per_chat: int = 200,
                 ttl: int = 7 * 24 * 3600) -> None:
        self.redis, self.prefix, self.per_chat, self.ttl = redis, prefix, per_chat, ttl
        self._append = redis.register_script(_APPEND)

    def _keys(self, chat_id: str) -> tuple[str, str]:
        return f"{self.prefix}:{chat_id}:meta", f"{self.prefix}:{chat_id}:log"

    async def append(self, chat_id: str, items: Sequence[dict[str, Any]]) -> list[int]:
        payloads = [json.dumps(item, ensure_ascii=False) for item in items]
        seqs = await self._append(keys=list(self._keys(chat_id)),
                                  args=[self.per_chat, self.ttl, secrets.token_hex(4), *payloads])
        return [int(seq) for seq in seqs]

    async def _meta(self, chat_id: str) -> tuple[str, int]:
        epoch, seq = await self.redis.hmget(self._keys(chat_id)[0], ["epoch", "seq"])
        return (_text(epoch) if epoch else ""), int(seq or 0)

    async def read(self, chat_id: str, *, after: int, limit: int = 100) -> Batch:
        epoch, _ = await self._meta(chat_id)
        rows = await self.redis.xrange(self._keys(chat_id)[1], min=f"({after}-0", max="+", count=limit)
        return Batch(epoch, [_entry(entry_id, fields) for entry_id, fields in rows])

    async def wait(self, chat_id: str, *, epoch: str, after: int, block: float) -> None:
        current, seq = await self._meta(chat_id)
        if current != epoch or seq > after:
            return
        await self.redis.xread({self._keys(chat_id)[1]: f"{after}-0"}, count=1, block=max(1, int(block * 1000)))

    async def close(self) -> None:
        await self.redis.aclose()


def _text(value: str | bytes) -> str:
    return value.decode() if isinstance(value, bytes) else value


def _entry(entry_id: str | bytes, fields: dict[Any, Any]) -> Entry:
    payload = fields.get(b"e", fields.get("e"))
    return Entry(int(_text(entry_id).split("-", 1)[0]), json.loads(payload))


def make_mailbox(redis_url: str | None) -> Mailbox:
    """The in-process mailbox, or the Redis one when a Redis URL is configured."""
    return RedisMailbox(Redis.from_url(redis_url)) if redis_url else MemoryMailbox()


# ------------------------------------------------------------------------------------------ helpers


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def is_chat_code(value: Any) -> bool:
    return isinstance(value, str) and _CHAT_CODE.fullmatch(value) is not None


def mask_numbers(text: str) -> str:
    """Hides all but the last two digits of every long number (identity, phone): for copies kept outside the core."""

    def hide(match: re.Match[str]) -> str:
        run = match.group()
        keep = len([ch for ch in run if ch.isdigit()]) - 2
        masked = []
        for ch in run:
            if ch.isdigit() and keep > 0:
                keep -= 1
                ch = "•"
            masked.append(ch)
        return "".join(masked)

    return _LONG_NUMBER.sub(hide, text)


def clean_file_name(name: str | None) -> str | None:
    """A file name fit to show: the last path part, no control or bidi-override characters, not too long."""
    if not name:
        return None
    name = name.replace("\\", "/").rsplit("/", 1)[-1].translate(_BIDI_CONTROLS)
    name = "".join(ch for ch in name if unicodedata.category(ch) not in {"Cc", "Cf"}).strip()
    return name[:MAX_FILE_NAME_CHARS] or None


def sniff(head: bytes) -> tuple[str, str, str] | None:
    """(attachment kind, mime type, extension) of an allowed file from its first bytes, or None."""
    for magic, offset, kind, mime, extension in _SIGNATURES:
        if head[offset:offset + len(magic)] == magic:
            return kind, mime, extension
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "photo", "image/webp", ".webp"
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "audio", "audio/wav", ".wav"
    if head[4:8] == b"ftyp" and (found := _FTYP_BRANDS.get(head[8:12])):
        return found
    if len(head) >= 2 and head[0] == 0xFF and head[1] & 0xF6 == 0xF0:  # AAC (ADTS) or MPEG audio frame
        return "audio", "audio/mpeg" if head[1] & 0x06 else "audio/aac", ".mp3" if head[1] & 0x06 else ".aac"
    return None


def preferred_locale(translator: Translator, accept_language: str | None) -> str:
    """The best supported locale for an Accept-Language header, or the default."""
    ranked: list[tuple[float, int, str]] = []
    for index, part in enumerate((accept_language or "").split(",")[:20]):
        tag, _, params = (piece.strip() for piece in part.partition(";"))
        try:
            quality = float(params[2:]) if params.startswith("q=") else 1.0
        except ValueError:
            continue
        if _LANGUAGE_TAG.fullmatch(tag) and quality > 0:
            ranked.append((-quality, index, tag))
    for _, _, tag in sorted(ranked):
        found = translator.resolve(tag)
        if found.split("-")[0].lower() == tag.split("-")[0].lower():
            return found
    return translator.default


class _TokenBucket:
    """`capacity` at once, then `rate` per second."""

    def __init__(self, capacity: float, rate: float, clock=time.monotonic) -> None:  # type: ignore[no-untyped-def]
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


# ------------------------------------------------------------------------------------------- sender


class WebChatSender:
    """The delivery worker's sender for web chats: a notification goes into the chat's mailbox."""

    def __init__(self, mailbox: Mailbox, translator: Translator) -> None:
        self.mailbox, self.translator = mailbox, translator

    async def send(self, *, chat_id: str, message: Rendered) -> str:
        """Puts the message in the chat's mailbox (pushed at once to an open page) and returns its sequence."""
        if not is_chat_code(chat_id):
            raise Undeliverable(f"not a web chat code: {chat_id[:40]!r}")
        if not message.text:
            raise Undeliverable("empty message")
        locale = self.translator.resolve(message.locale)
        item = {"kind": "msg", "from": "bot", "text": message.text, "lang": locale,
                "dir": self.translator.direction(locale), "notification": message.kind, "at": now_iso()}
        try:
            (seq,) = await self.mailbox.append(chat_id, [item])
        except (RedisError, OSError, TimeoutError) as exc:
            raise RetryLater(f"mailbox unavailable: {type(exc).__name__}") from exc
        return str(seq)


# --------------------------------------------------------------------------------------------- chat


@dataclass
class WebChat:
    """Turns what the page sends into Inbounds for the conversations, and their Replies into mailbox entries."""

    conversations: Conversations
    translator: Translator
    mailbox: Mailbox
    attachments_dir: Path
    city: str
    phone_region: str = "TR"
    messages_per_second: float = 1.0
    messages_burst: int = 10
    frames_per_second: float = 10.0
    frames_burst: int = 60
    uploads_per_minute: float = 6.0
    uploads_burst: int = 5
    _locks: KeyedLocks = field(default_factory=KeyedLocks, init=False, repr=False)
    _uploads: OrderedDict[str, _TokenBucket] = field(default_factory=OrderedDict, init=False, repr=False)

    # ------------------------------------------------------------------ rendering

    def say(self, locale: str, item: Say | str) -> str:
        return item if isinstance(item, str) else self.translator.text(locale, item.key, **item.params)

    def page_strings(self, locale: str) -> dict[str, str]:
        params = {"city": self.city, "megabytes": MAX_UPLOAD_BYTES // (1024 * 1024)}
        return {key: self.translator.text(locale, key, **params) for key in PAGE_KEYS}

    def error_text(self, locale: str, code: str) -> str:
        key = ERROR_KEYS.get(code, "webchat-error")
        if code == "failed" and self.translator.has(locale, UNEXPECTED_KEY):
            key = UNEXPECTED_KEY
        return self.translator.text(locale, key, megabytes=MAX_UPLOAD_BYTES // (1024 * 1024))

    def state_frame(self, locale: str) -> dict[str, Any]:
        return {"type": "state", "locale": locale, "dir": self.translator.direction(locale),
                "strings": self.page_strings(locale)}

    def entries_for(self, reply: Reply) -> list[dict[str, Any]]:
        """The mailbox entries that say a Reply: one per message, the main menu on the last one."""
        locale = self.translator.resolve(reply.locale)
        direction = self.translator.direction(locale)
        base = {"from": "bot", "lang": locale, "dir": direction}
        entries: list[dict[str, Any]] = []
        for message in reply.messages:
            entries.append({"kind": "msg", **base, **self._message(locale, message), "at": now_iso()})
        asks_phone = any(m.ask_phone for m in reply.messages)
        if reply.menu and not asks_phone:
            rows = [[self.say(locale, label) for label in row] for row in self.conversations.menu_labels(locale)]
            menu = [row for row in rows if row]
            if menu and entries:
                entries[-1]["menu"] = menu
            elif menu:
                entries.append({"kind": "menu", **base, "menu": menu, "at": now_iso()})
        return entries

    def _message(self, locale: str, message: OutMessage) -> dict[str, Any]:
        rendered: dict[str, Any] = {"text": self.say(locale, message.text)}
        if message.choices:
            rendered["choices"] = [
                [{"label": self.say(locale, choice.label), "data": choice.data} for choice in row]
                for row in message.choices if row
            ]
        if message.ask_phone:
            rendered["ask_phone"] = True
        return rendered

    @staticmethod
    def mine(message_id: str, locale: str, **content: Any) -> dict[str, Any]:
        """The person's own message as their other pages and a reload show it: long numbers masked."""
        if isinstance(content.get("text"), str):
            content["text"] = mask_numbers(content["text"])
        return {"kind": "msg", "from": "me", "id": message_id, "lang": locale, "dir": "auto", **content,
                "at": now_iso()}

    # ------------------------------------------------------------------ talking to the engine

    async def converse(self, inbound: Inbound, mine: dict[str, Any] | None) -> str:
        """Hands one Inbound to the engine and files the reply; returns ok, duplicate, retry or failed.

        `mine` is the person's own message as their other pages should show it.
        """
        chat_id = inbound.chat_id
        async with self._locks.hold(chat_id):
            try:
                reply = await self.conversations.handle(inbound)
            except Exception as exc:
                if is_transient(exc):
                    log.warning("web chat message %s could not be recorded: %s", inbound.message_id,
                                type(exc).__name__)
                    return "retry"
                log.exception("web chat message %s (%s) failed in the engine", inbound.message_id, inbound.kind)
                return "failed"
            if reply.duplicate:
                return "duplicate"
            try:
                entries = self.entries_for(reply)
            except (KeyError, ValueError):
                log.exception("the reply to web chat message %s could not be rendered", inbound.message_id)
                if mine is not None:
                    await self.mailbox.append(chat_id, [mine])
                return "failed"
            await self.mailbox.append(chat_id, [*([mine] if mine else []), *entries])
        return "ok"

    def inbound(self, chat_id: str, message_id: str, language: str | None, **content: Any) -> Inbound:
        return Inbound(channel=CHANNEL, user_id=chat_id, chat_id=chat_id, platform_language=language,
                       message_id=message_id, update_id=f"{chat_id}:{message_id}", source=SOURCE, **content)

    def read_frame(self, frame: dict[str, Any], *, chat_id: str, language: str | None,
                   locale: str) -> tuple[Inbound, dict[str, Any] | None]:
        """An Inbound for a message frame, and the person's own message to file; raises BadFrame."""
        kind = frame.get("type")
        message_id = frame.get("id")
        if not isinstance(message_id, str) or not _MESSAGE_ID.fullmatch(message_id):
            raise BadFrame("bad_frame")
        base = (chat_id, message_id, language)
        if kind == "text":
            text = frame.get("text")
            if not isinstance(text, str) or not text.strip():
                raise BadFrame("bad_frame")
            if len(text) > MAX_TEXT_CHARS:
                raise BadFrame("too_long")
            mine = self.mine(message_id, locale, text=text)
            if command := _COMMAND.fullmatch(text.strip()):
                return self.inbound(*base, kind=InboundKind.COMMAND, command=command.group(1).lower(),
                                    text=command.group(2) or None), mine
            return self.inbound(*base, kind=InboundKind.TEXT, text=text), mine
        if kind == "command":
            name = frame.get("command")
            if not isinstance(name, str) or not _COMMAND_NAME.fullmatch(name):
                raise BadFrame("bad_frame")
            return self.inbound(*base, kind=InboundKind.COMMAND, command=name), None
        if kind == "button":
            data, label = frame.get("data"), frame.get("label")
            if not isinstance(data, str) or not data.isascii() or not data.isprintable() or not (
                1 <= len(data) <= MAX_CALLBACK_DATA_BYTES
            ):
                raise BadFrame("bad_frame")
            labelled = isinstance(label, str) and label.strip()
            mine = self.mine(message_id, locale, text=label[:MAX_LABEL_CHARS]) if labelled else None
            return self.inbound(*base, kind=InboundKind.BUTTON, button=data), mine
        if kind == "contact":
            phone = frame.get("phone")
            if not isinstance(phone, str) or not _PHONE.fullmatch(phone.strip()):
                raise BadFrame("bad_frame")
            mine = self.mine(message_id, locale, text=phone.strip())
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

    # ------------------------------------------------------------------ uploads

    def upload_allowed(self, chat_id: str) -> bool:
        bucket = self._uploads.get(chat_id)
        if bucket is None:
            bucket = self._uploads[chat_id] = _TokenBucket(self.uploads_burst, self.uploads_per_minute / 60)
            while len(self._uploads) > 10_000:
                self._uploads.popitem(last=False)
        self._uploads.move_to_end(chat_id)
        return bucket.take()

    async def store(self, upload: UploadFile) -> tuple[Path, tuple[str, str, str], int] | str:
        """Copies an upload under a random name; returns (path, (kind, mime, extension), size) or an error code."""
        head = await upload.read(64)
        found = sniff(head)
        if found is None:
            return "bad_type"
        self.attachments_dir.mkdir(parents=True, exist_ok=True)
        path = self.attachments_dir / f"{secrets.token_hex(16)}{found[2]}"
        size = len(head)
        with open(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as out:  # noqa: ASYNC230 - local disk, chunks of 256 KB
            out.write(head)
            while chunk := await upload.read(256 * 1024):
                size += len(chunk)
                if size > MAX_UPLOAD_BYTES:
                    break
                out.write(chunk)
        if size > MAX_UPLOAD_BYTES:
            path.unlink(missing_ok=True)
            return "too_large"
        return path, found, size


class _TooLarge(Exception):
    pass


def _limited(request: Request, limit: int) -> Request:
    """The same request whose body stops with _TooLarge after `limit` bytes (however it is sent)."""
    received = 0
    receive = request.receive

    async def counting() -> dict[str, Any]:
        nonlocal received
        message = await receive()
        received += len(message.get("body", b""))
        if received > limit:
            raise _TooLarge
        return message

    return Request(request.scope, counting)


# -------------------------------------------------------------------------------------- connection


class _Connection:
    """One open socket: reads frames in order, handles them one at a time, pushes the chat's mailbox."""

    def __init__(self, chat: WebChat, ws: WebSocket) -> None:
        self.chat, self.ws = chat, ws
        self.chat_id = ""
        self.language: str | None = None
        self.locale = chat.translator.default
        self.epoch = ""
        self.sent = 0
        self._send_lock = asyncio.Lock()
        self._flush_lock = asyncio.Lock()
        self._messages = _TokenBucket(chat.messages_burst, chat.messages_per_second)
        self._frames = _TokenBucket(chat.frames_burst, chat.frames_per_second)
        self._work: asyncio.Queue[tuple[Inbound, dict[str, Any] | None]] = asyncio.Queue(chat.messages_burst)
        self._noted_flood = False

    async def send(self, frame: dict[str, Any]) -> None:
        async with self._send_lock:
            if self.ws.application_state == WebSocketState.CONNECTED:
                await self.ws.send_text(_frame_text(frame))

    async def error(self, code: str, message_id: str | None = None) -> None:
        frame: dict[str, Any] = {"type": "error", "code": code, "text": self.chat.error_text(self.locale, code)}
        if message_id:
            frame["id"] = message_id
        await self.send(frame)

    async def run(self) -> None:
        if not await self.greet():
            return
        tasks = [asyncio.create_task(self.follow()), asyncio.create_task(self.work())]
        try:
            await self.read()
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

    async def greet(self) -> bool:
        """Takes the hello frame, sends the page's language and what the chat holds after `since`."""
        try:
            async with asyncio.timeout(HELLO_TIMEOUT):
                text = await self._receive_text()
        except TimeoutError:
            await self.ws.close(code=1008, reason="hello expected")
            return False
        hello = _json_object(text) if text is not None and len(text) <= MAX_FRAME_BYTES else None
        if hello is None or hello.get("type") != "hello":
            await self.error("hello_first")
            await self.ws.close(code=1008, reason="hello expected")
            return False
        if not is_chat_code(hello.get("chat")):
            await self.error("bad_chat")
            await self.ws.close(code=1008, reason="bad chat code")
            return False
        self.chat_id = hello["chat"]
        language = hello.get("language")
        self.language = language if isinstance(language, str) and _LANGUAGE_TAG.fullmatch(language) else None
        hint = hello.get("locale")
        self.locale = self.chat.translator.resolve(hint if isinstance(hint, str) and len(hint) < 36 else None)
        since, epoch = hello.get("since"), hello.get("epoch")
        self.epoch = epoch if isinstance(epoch, str) and len(epoch) <= 32 else ""
        self.sent = since if isinstance(since, int) and not isinstance(since, bool) and since > 0 else 0
        await self.send(self.chat.state_frame(self.locale))
        await self.flush()
        await self.send({"type": "ready", "epoch": self.epoch, "last": self.sent})
        return True

    async def _receive_text(self) -> str | None:
        """The next text frame; None for a binary one; raises WebSocketDisconnect when the socket closes."""
        message = await self.ws.receive()
        if message["type"] == "websocket.disconnect":
            raise WebSocketDisconnect(message.get("code", 1000))
        return message.get("text")

    async def read(self) -> None:
        while True:
            text = await self._receive_text()
            if not self._frames.take():
                if not self._noted_flood:
                    self._noted_flood = True
                    await self.error("slow_down")
                continue
            if text is None:
                await self.error("bad_frame")
                continue
            if len(text) > MAX_FRAME_BYTES or len(text.encode("utf-8", "surrogatepass")) > MAX_FRAME_BYTES:
                await self.error("too_long")
                continue
            frame = _json_object(text)
            if frame is None:
                await self.error("bad_frame")
                continue
            if frame.get("type") == "ping":
                await self.send({"type": "pong"})
                continue
            message_id = frame.get("id") if isinstance(frame.get("id"), str) else None
            message_id = message_id if message_id and _MESSAGE_ID.fullmatch(message_id) else None
            try:
                inbound, mine = self.chat.read_frame(frame, chat_id=self.chat_id, language=self.language,
                                                     locale=self.locale)
            except BadFrame as exc:
                await self.error(exc.code, message_id)
                continue
            if not self._messages.take() or self._work.full():
                if not self._noted_flood:
                    self._noted_flood = True
                    await self.error("slow_down", message_id)
                else:
                    await self.send({"type": "ack", "id": message_id, "status": "dropped"})
                continue
            self._noted_flood = False
            self._work.put_nowait((inbound, mine))

    async def work(self) -> None:
        try:
            while True:
                inbound, mine = await self._work.get()
                try:
                    status = await self.chat.converse(inbound, mine)
                except Exception:  # the mailbox failed after the engine answered: say so, keep the socket
                    log.exception("web chat message %s: the reply could not be filed", inbound.message_id)
                    status = "failed"
                await self.flush()
                await self.send({"type": "ack", "id": inbound.message_id, "status": status})
                if status == "failed":
                    await self.error("failed", inbound.message_id)
        except Exception:  # answering failed: close, so the page reconnects and resumes from the mailbox
            log.exception("web chat connection could not answer; closing it for the page to reconnect")
            with contextlib.suppress(Exception):
                await self.ws.close(code=1011)

    async def follow(self) -> None:
        try:
            while True:
                await self.chat.mailbox.wait(self.chat_id, epoch=self.epoch, after=self.sent,
                                             block=FOLLOW_TIMEOUT)
                await self.flush()
        except (RedisError, OSError, TimeoutError) as exc:  # the mailbox is unreachable: the client reconnects
            log.warning("web chat mailbox unavailable: %s", type(exc).__name__)
            await self.ws.close(code=1011)

    async def flush(self) -> None:
        """Sends everything in the mailbox after the last sequence sent, in order."""
        async with self._flush_lock:
            while True:
                batch = await self.chat.mailbox.read(self.chat_id, after=self.sent)
                if batch.epoch != self.epoch:
                    self.epoch, self.sent = batch.epoch, 0
                    continue
                if not batch.entries:
                    return
                for entry in batch.entries:
                    await self._push(entry)
                    self.sent = entry.seq

    async def _push(self, entry: Entry) -> None:
        data = entry.data
        lang = data.get("lang")
        if data.get("from") == "bot" and isinstance(lang, str) and lang != self.locale:
            self.locale = self.chat.translator.resolve(lang)
            await self.send(self.chat.state_frame(self.locale))
        frame = {key: value for key, value in data.items() if key != "kind"}
        await self.send({"type": data.get("kind", "msg"), "seq": entry.seq, "epoch": self.epoch, **frame})


def _frame_text(frame: dict[str, Any]) -> str:
    """The frame as JSON text; a lone surrogate (a page may send one) escaped as JSON.stringify does, not unsendable."""
    return _LONE_SURROGATE.sub(lambda found: f"\\u{ord(found.group()):04x}", json.dumps(frame, ensure_ascii=False))


def _json_object(text: str) -> dict[str, Any] | None:
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):  # RecursionError: nested too deep to decode
        return None
    return value if isinstance(value, dict) else None


# ----------------------------------------------------------------------------------------- router


def _security_headers(*, page: bool) -> dict[str, str]:
    headers = {
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "Cross-Origin-Resource-Policy": "same-origin",
    }
    if page:
        headers |= {
            "Content-Security-Policy": (
                "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
                "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
            ),
            "X-Frame-Options": "DENY",
            "Cross-Origin-Opener-Policy": "same-origin",
            "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
            "Cache-Control": "no-store",
        }
    return headers


@dataclass(frozen=True)
class _Static:
    body: bytes
    media_type: str
    version: str


def _load_static() -> dict[str, _Static]:
    files = {"chat.js": "text/javascript; charset=utf-8", "chat.css": "text/css; charset=utf-8",
             "icon.svg": "image/svg+xml"}
    loaded = {}
    for name, media_type in files.items():
        body = (STATIC_DIR / name).read_bytes()
        loaded[name] = _Static(body, media_type, hashlib.sha256(body).hexdigest()[:12])
    return loaded


def build_webchat_router(
    ctx: CoreContext, conversations: Conversations, translator: Translator, mailbox: Mailbox
) -> APIRouter:
    """The page, its static files, the WebSocket and the upload endpoint, under /chat."""
    chat = WebChat(
        conversations=conversations, translator=translator, mailbox=mailbox,
        attachments_dir=ctx.settings.data_dir / "attachments", city=ctx.catalogue.city.name,
        phone_region=ctx.catalogue.city.phone_region,
    )
    static = _load_static()
    templates = Environment(loader=FileSystemLoader(STATIC_DIR), autoescape=select_autoescape(["html"]))
    page = templates.get_template("chat.html")
    router = APIRouter(prefix="/chat", include_in_schema=False)

    @router.get("")
    async def chat_page(request: Request) -> HTMLResponse:
        locale = preferred_locale(translator, request.headers.get("accept-language"))
        html = page.render(
            locale=locale, dir=translator.direction(locale), t=chat.page_strings(locale),
            versions={name: item.version for name, item in static.items()},
            max_frame=MAX_FRAME_BYTES, max_text=MAX_TEXT_CHARS, max_upload=MAX_UPLOAD_BYTES, accept=ACCEPT,
        )
        return HTMLResponse(html, headers=_security_headers(page=True))

    @router.get("/static/{name}")
    async def chat_static(name: str, v: str | None = None) -> Response:
        item = static.get(name)
        if item is None:
            return Response(status_code=404, headers=_security_headers(page=False))
        cache = "public, max-age=31536000, immutable" if v == item.version else "no-cache"
        return Response(item.body, media_type=item.media_type,
                        headers={**_security_headers(page=False), "Cache-Control": cache, "ETag": f'"{item.version}"'})

    @router.websocket("/ws")
    async def chat_socket(ws: WebSocket) -> None:
        await ws.accept()
        connection = _Connection(chat, ws)
        try:
            await connection.run()
        except WebSocketDisconnect:
            pass
        except Exception:  # never a traceback to the page: log it and close
            log.exception("web chat socket failed")
            with contextlib.suppress(Exception):
                await ws.close(code=1011)

    @router.post("/upload")
    async def chat_upload(request: Request) -> JSONResponse:
        locale = translator.resolve(request.headers.get("x-hemsehri-locale") or None)

        def answer(code: str, status: int, message_id: str | None = None) -> JSONResponse:
            body: dict[str, Any] = {"ok": False, "code": code, "text": chat.error_text(locale, code)}
            if message_id:
                body["id"] = message_id
            return JSONResponse(body, status_code=status, headers=_security_headers(page=False))

        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > MAX_UPLOAD_BYTES + 64 * 1024:
            return answer("too_large", 413)
        try:
            form = await _limited(request, MAX_UPLOAD_BYTES + 64 * 1024).form(
                max_files=1, max_fields=4, max_part_size=1024
            )
        except _TooLarge:
            return answer("too_large", 413)
        except Exception:  # a malformed multipart body
            log.debug("unreadable upload", exc_info=True)
            return answer("bad_frame", 400)
        try:
            chat_id, message_id, upload = form.get("chat"), form.get("id"), form.get("file")
            if not is_chat_code(chat_id):
                return answer("bad_chat", 400)
            if not isinstance(message_id, str) or not _MESSAGE_ID.fullmatch(message_id):
                return answer("bad_frame", 400)
            if not isinstance(upload, UploadFile):
                return answer("bad_frame", 400, message_id)
            if not chat.upload_allowed(chat_id):
                return answer("slow_down", 429, message_id)
            stored = await chat.store(upload)
            if isinstance(stored, str):
                return answer(stored, 413 if stored == "too_large" else 415, message_id)
            path, (kind, mime, _), size = stored
            name = clean_file_name(upload.filename)
        finally:
            await form.close()
        language = form.get("language")
        language = language if isinstance(language, str) and _LANGUAGE_TAG.fullmatch(language) else None
        attachment = Attachment(kind, path.name, file_name=name, mime_type=mime, size=size)
        inbound = chat.inbound(chat_id, message_id, language, kind=InboundKind.ATTACHMENT, attachment=attachment)
        mine = chat.mine(message_id, locale, attachment={"kind": kind, "name": name or path.suffix.lstrip(".").upper()})
        status = await chat.converse(inbound, mine)
        if status != "ok":  # the file is not the engine's: a copy of one it has, or not recorded at all
            path.unlink(missing_ok=True)
        if status == "retry":
            return answer("upload_failed", 503, message_id)
        if status == "failed":
            return answer("failed", 200, message_id)
        return JSONResponse({"ok": True, "id": message_id, "status": status}, headers=_security_headers(page=False))

    return router


def mount_webchat(
    app: FastAPI, ctx: CoreContext, *, translator: Translator | None = None,
    conversations: Conversations | None = None, mailbox: Mailbox | None = None,
) -> Mailbox | None:
    """Mounts the web chat on `app` and returns its mailbox (for the WebChatSender); None if no engine yet.

    What is not given is built from the core: the translator over the catalogue's languages, the
    conversations engine from handlers.engine, the mailbox from the settings (Redis when configured).
    """
    translator = translator or Translator(list(ctx.catalogue.city.locales), ctx.catalogue.city.default_locale)
    if conversations is None:
        try:
            from handlers.engine import Conversations as Engine  # optional until the engine lands
        except ImportError:
            log.warning("web chat not mounted: handlers.engine is not available")
            return None
        conversations = Engine(ctx, translator)
    mailbox = mailbox or make_mailbox(ctx.settings.redis_url)
    app.include_router(build_webchat_router(ctx, conversations, translator, mailbox))
    app.state.webchat_mailbox = mailbox
    return mailbox

