"""Telegram without a framework: a raw update dict -> Inbound, a Reply -> Bot API calls, shared by both runtimes.

Both runtimes (aiogram, python-telegram-bot) hand the raw update to :class:`UpdatePipeline` and execute the
plain Bot API calls it returns with their own client, so what the citizen sees cannot drift between them.

Decisions kept here, in one place:

* Updates used: ``message`` and ``callback_query`` (:data:`ALLOWED_UPDATES`). Edited messages are not
  subscribed to and are ignored if one arrives: in a step-by-step form an edit of an earlier answer would be
  taken as the answer to the current question.
* Only private chats are served. In a group the bot answers ``/start`` and ``/help`` with one short note
  (``telegram-private-only``) and ignores everything else; nothing from a group reaches the engine.
* A shared contact is ``CONTACT`` only when it is the sender's own (``contact.user_id`` equals the sender, as
  the "share my phone" button sends it); someone else's contact card is passed on as ``TEXT`` holding the
  number, like a typed one.
* Malformed updates and unknown update types are ignored (logged at debug). An update the engine fails on
  for a reason other than storage is a poison update: logged with its id, skipped, the person told that
  something went wrong. A storage failure raises :class:`CouldNotRecord`, so a webhook answers 5xx and
  Telegram retries; polling retries a few times itself.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol

from bot.text import split_text
from core.db import is_transient
from core.delivery import Rendered, RetryLater, Undeliverable, Unreachable
from core.i18n import Translator
from handlers.engine import KeyedLocks
from handlers.types import Attachment, Choice, Inbound, InboundKind, OutMessage, Reply, Say

log = logging.getLogger("bot.telegram")

CHANNEL = "telegram"
ALLOWED_UPDATES: tuple[str, ...] = ("message", "callback_query")
MAX_CALLBACK_DATA_BYTES = 64
POLLING_RETRY_DELAYS: tuple[float, ...] = (0.5, 2.0, 5.0)
REPLY_RETRY_AFTER_CAP = 5.0  # a reply waits this long at most for a 429 before giving up on the rest

SHARE_PHONE_KEY = "button-share-phone"
TYPE_PHONE_KEY = "phone-type-instead"
PRIVATE_ONLY_KEY = "telegram-private-only"
UNEXPECTED_KEY = "error-unexpected"
MENU_PROMPT_KEY = "menu-prompt"

_COMMAND = re.compile(r"/([A-Za-z0-9_]{1,64})(?:@([A-Za-z0-9_]+))?(?:\s+(.*))?", re.DOTALL)
_GROUP_COMMANDS = frozenset({"start", "help"})
_MEDIA_KINDS = ("document", "voice", "video", "audio")
_UNSUPPORTED_CONTENT = frozenset(
    "animation video_note poll dice game story invoice paid_media giveaway giveaway_winners checklist "
    "venue_placeholder".split()
)
_SERVICE_KEYS = frozenset(
    "new_chat_members left_chat_member new_chat_title new_chat_photo delete_chat_photo group_chat_created "
    "supergroup_chat_created channel_chat_created message_auto_delete_timer_changed migrate_to_chat_id "
    "migrate_from_chat_id pinned_message successful_payment refunded_payment users_shared chat_shared "
    "connected_website write_access_allowed proximity_alert_triggered boost_added chat_background_set "
    "forum_topic_created forum_topic_edited forum_topic_closed forum_topic_reopened general_forum_topic_hidden "
    "general_forum_topic_unhidden video_chat_scheduled video_chat_started video_chat_ended "
    "video_chat_participants_invited web_app_data gift unique_gift passport_data".split()
)


# ------------------------------------------------------------------------------------------- types


@dataclass(frozen=True)
class ApiCall:
    """One Bot API call: the method name and its parameters as plain JSON values."""

    method: str
    params: dict[str, Any]


class Outcome(StrEnum):
    HANDLED = "handled"
    DUPLICATE = "duplicate"  # seen before: the engine did nothing and nothing was sent
    IGNORED = "ignored"  # not for the engine (malformed, unknown type, a group, an edit)
    POISON = "poison"  # the engine failed on it for good: logged and skipped


class CouldNotRecord(Exception):
    """The update could not be recorded (the database is unreachable): it must be delivered again."""


class Conversations(Protocol):
    """What the adapters need from the conversations engine (handlers.engine.Conversations)."""

    async def handle(self, inbound: Inbound) -> Reply: ...

    def menu_labels(self, locale: str) -> list[list[Say]]: ...


Execute = Callable[[ApiCall], Awaitable[str | None]]


class TelegramRuntime(Protocol):
    """What both runtimes offer the composition root, the webhook and the delivery worker."""

    name: str
    pipeline: UpdatePipeline

    @property
    def allowed_updates(self) -> list[str]: ...

    async def start(self) -> None: ...

    async def close(self) -> None: ...

    async def execute(self, call: ApiCall) -> str | None: ...

    async def run_polling(self, stop: asyncio.Event | None = None) -> None: ...

    async def feed(self, update: Mapping[str, Any]) -> Outcome: ...

    async def send(self, *, chat_id: str, message: Rendered) -> str: ...

    async def send_text(self, chat_id: str, text: str) -> str: ...

    async def me(self) -> str: ...

    async def webhook_url(self) -> str: ...

    async def set_webhook(self, url: str, secret: str) -> None: ...

    async def delete_webhook(self) -> None: ...


@dataclass(frozen=True)
class Incoming:
    """What one update asks for: an Inbound for the engine, or nothing, plus what must be answered anyway."""

    update_id: int | None
    kind: str | None  # the update type: message, callback_query …
    inbound: Inbound | None = None
    chat_id: int | None = None
    callback_query_id: str | None = None
    private_only_note: bool = False  # a /start or /help in a group: say the bot works in private chats
    language_code: str | None = None


# ----------------------------------------------------------------------------------------- parsing


def bot_id_from_token(token: str) -> str:
    """The bot's id: the number before ':' in its token."""
    prefix = token.split(":", 1)[0]
    if not prefix.isdigit():
        raise ValueError("a Telegram token starts with the bot's numeric id and a colon")
    return prefix


def source_for(bot_id: str | int) -> str:
    """The `Inbound.source` of updates to this bot."""
    return f"{CHANNEL}:{bot_id}"


def update_kind(update: Mapping[str, Any]) -> str | None:
    """The update's type (its one key besides update_id), or None."""
    return next((key for key in update if key != "update_id"), None)


def parse_update(update: Any, *, source: str) -> Inbound | None:
    """The Inbound for a raw Telegram update, or None when the engine has nothing to do with it."""
    return read_update(update, source=source).inbound


def read_update(update: Any, *, source: str) -> Incoming:
    """Reads a raw update dict (as Telegram sends it) without ever raising."""
    if not isinstance(update, Mapping):
        log.debug("ignored an update that is not an object: %s", type(update).__name__)
        return Incoming(None, None)
    update_id = update.get("update_id")
    if not isinstance(update_id, int) or isinstance(update_id, bool):
        log.debug("ignored an update without an integer update_id")
        return Incoming(None, None)
    kind = update_kind(update)
    try:
        if kind == "message":
            return _read_message(update_id, update["message"], source)
        if kind == "callback_query":
            return _read_callback(update_id, update["callback_query"], source)
    except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
        log.debug("ignored malformed %s update %s: %s", kind, update_id, type(exc).__name__)
        callback_id = _callback_id(update) if kind == "callback_query" else None
        return Incoming(update_id, kind, callback_query_id=callback_id)
    log.debug("ignored update %s of type %s", update_id, kind)
    return Incoming(update_id, kind)


def _callback_id(update: Mapping[str, Any]) -> str | None:
    query = update.get("callback_query")
    value = query.get("id") if isinstance(query, Mapping) else None
    return str(value) if isinstance(value, str | int) and not isinstance(value, bool) and value != "" else None


def _sender(user: Any) -> tuple[int, str | None, str | None]:
    """(id, language_code, full name) of a Telegram user object."""
    if not isinstance(user, Mapping):
        raise TypeError("no sender")
    user_id = user["id"]
    if not isinstance(user_id, int) or isinstance(user_id, bool):
        raise TypeError("sender id is not an integer")
    names = [user.get("first_name"), user.get("last_name")]
    name = " ".join(str(part) for part in names if part) or None
    language = user.get("language_code")
    return user_id, language if isinstance(language, str) and language else None, name


def _chat(message: Mapping[str, Any]) -> tuple[int, str]:
    chat = message["chat"]
    chat_id = chat["id"]
    if not isinstance(chat_id, int) or isinstance(chat_id, bool):
        raise TypeError("chat id is not an integer")
    return chat_id, str(chat.get("type") or "")


def _read_message(update_id: int, message: Any, source: str) -> Incoming:
    if not isinstance(message, Mapping):
        raise TypeError("message is not an object")
    user = message.get("from")
    if not isinstance(user, Mapping) or user.get("is_bot"):
        return Incoming(update_id, "message")  # channel posts, anonymous admins, other bots
    user_id, language, name = _sender(user)
    chat_id, chat_type = _chat(message)
    if chat_type != "private":
        text = message.get("text")
        command = _COMMAND.fullmatch(text.strip()) if isinstance(text, str) else None
        note = bool(command) and command.group(1).lower() in _GROUP_COMMANDS
        return Incoming(update_id, "message", chat_id=chat_id, private_only_note=note, language_code=language)
    base = {
        "channel": CHANNEL,
        "user_id": str(user_id),
        "chat_id": str(chat_id),
        "platform_language": language,
        "display_name": name,
        "message_id": _optional_id(message.get("message_id")),
        "update_id": str(update_id),
        "source": source,
    }
    content = _message_content(message, user_id)
    if content is None:
        log.debug("ignored service message in update %s", update_id)
        return Incoming(update_id, "message", chat_id=chat_id, language_code=language)
    inbound = Inbound(**base, **content)
    return Incoming(update_id, "message", inbound=inbound, chat_id=chat_id, language_code=language)


def _message_content(message: Mapping[str, Any], sender_id: int) -> dict[str, Any] | None:
    """The kind-specific fields of a message's Inbound, or None for a service message."""
    caption = message.get("caption") if isinstance(message.get("caption"), str) else None
    text = message.get("text")
    if isinstance(text, str) and text:
        command = _COMMAND.fullmatch(text.strip())
        if command:
            return {"kind": InboundKind.COMMAND, "command": command.group(1).lower(), "text": command.group(3) or None}
        return {"kind": InboundKind.TEXT, "text": text}
    if contact := message.get("contact"):
        phone = str(contact["phone_number"])
        if contact.get("user_id") == sender_id:
            return {"kind": InboundKind.CONTACT, "phone": phone}
        return {"kind": InboundKind.TEXT, "text": phone}  # someone else's card: as if the number were typed
    if location := message.get("location"):
        return {"kind": InboundKind.LOCATION, "location": (float(location["latitude"]), float(location["longitude"]))}
    if photos := message.get("photo"):
        largest = max(photos, key=lambda size: (size.get("width", 0) * size.get("height", 0), size.get("file_size", 0)))
        attachment = Attachment("photo", str(largest["file_id"]), size=_optional_int(largest.get("file_size")))
        return {"kind": InboundKind.ATTACHMENT, "attachment": attachment, "text": caption}
    if any(message.get(key) for key in _UNSUPPORTED_CONTENT):  # before document: a GIF comes as both
        return {"kind": InboundKind.UNSUPPORTED}
    for media_kind in _MEDIA_KINDS:
        if media := message.get(media_kind):
            attachment = Attachment(
                media_kind,
                str(media["file_id"]),
                file_name=media.get("file_name") if isinstance(media.get("file_name"), str) else None,
                mime_type=media.get("mime_type") if isinstance(media.get("mime_type"), str) else None,
                size=_optional_int(media.get("file_size")),
            )
            return {"kind": InboundKind.ATTACHMENT, "attachment": attachment, "text": caption}
    if message.get("sticker"):
        return {"kind": InboundKind.STICKER}
    if any(message.get(key) for key in _SERVICE_KEYS):
        return None
    return {"kind": InboundKind.UNSUPPORTED, "text": caption}


def _read_callback(update_id: int, query: Any, source: str) -> Incoming:
    if not isinstance(query, Mapping):
        raise TypeError("callback_query is not an object")
    callback_id = _callback_id({"callback_query": query})
    user_id, language, name = _sender(query.get("from"))
    message = query.get("message")
    if isinstance(message, Mapping) and isinstance(message.get("chat"), Mapping):
        chat_id, chat_type = _chat(message)
        message_id = _optional_id(message.get("message_id"))
    else:  # an inline-mode message or one too old to be shown: the person's private chat
        chat_id, chat_type, message_id = user_id, "private", None
    data = query.get("data")
    if chat_type != "private" or not isinstance(data, str) or not data:
        return Incoming(update_id, "callback_query", chat_id=chat_id, callback_query_id=callback_id)
    inbound = Inbound(
        channel=CHANNEL,
        user_id=str(user_id),
        chat_id=str(chat_id),
        kind=InboundKind.BUTTON,
        button=data,
        platform_language=language,
        display_name=name,
        message_id=message_id,
        update_id=str(update_id),
        source=source,
    )
    return Incoming(
        update_id, "callback_query", inbound=inbound, chat_id=chat_id, callback_query_id=callback_id,
        language_code=language,
    )


def _optional_id(value: Any) -> str | None:
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else None


def _optional_int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


# --------------------------------------------------------------------------------------- rendering


def check_callback_data(data: str) -> str:
    """Returns data if Telegram accepts it as callback_data (1-64 bytes of UTF-8), or raises ValueError."""
    size = len(data.encode("utf-8"))
    if not 1 <= size <= MAX_CALLBACK_DATA_BYTES:
        raise ValueError(f"callback_data must be 1-{MAX_CALLBACK_DATA_BYTES} bytes, got {size}: {data[:80]!r}")
    return data


class Renderer:
    """Renders a Reply into Bot API calls, in the person's language."""

    def __init__(self, translator: Translator, menu_labels: Callable[[str], Sequence[Sequence[Say | str]]]) -> None:
        self.translator = translator
        self.menu_labels = menu_labels

    def say(self, locale: str, item: Say | str) -> str:
        """A Say in this language; a literal label as it is."""
        if isinstance(item, str):
            return item
        return self.translator.text(locale, item.key, **item.params)

    def optional(self, locale: str, key: str) -> str | None:
        """A message that is in some catalogue, or None (for the adapter's own, optional sentences)."""
        try:
            return self.translator.text(locale, key)
        except KeyError:
            return None

    def inline_keyboard(self, locale: str, rows: Iterable[Iterable[Choice]]) -> dict[str, Any]:
        return {
            "inline_keyboard": [
                [{"text": self.say(locale, choice.label), "callback_data": check_callback_data(choice.data)}
                 for choice in row]
                for row in rows
            ]
        }

    def phone_keyboard(self, locale: str) -> dict[str, Any]:
        button = {"text": self.say(locale, Say(SHARE_PHONE_KEY)), "request_contact": True}
        return {"keyboard": [[button]], "one_time_keyboard": True, "resize_keyboard": True}

    def menu_keyboard(self, locale: str) -> dict[str, Any]:
        rows = [[{"text": self.say(locale, label)} for label in row] for row in self.menu_labels(locale)]
        return {"keyboard": [row for row in rows if row], "resize_keyboard": True, "is_persistent": True}

    def render(self, reply: Reply, *, chat_id: int, callback_query_id: str | None = None) -> list[ApiCall]:
        """The calls that say `reply` in chat_id (and stop the pressed button spinning); none for a duplicate."""
        if reply.duplicate:
            return []
        locale = reply.locale
        calls: list[ApiCall] = []
        if callback_query_id:
            calls.append(answer_callback(callback_query_id))
        outgoing: list[tuple[str, dict[str, Any] | None]] = []
        for message in reply.messages:
            outgoing.extend(self._message(locale, message))
        if reply.menu:
            self._attach_menu(locale, outgoing, asks_phone=any(m.ask_phone for m in reply.messages))
        for text, markup in outgoing:
            calls.extend(send_message_calls(chat_id, text, markup))
        return calls

    def _message(self, locale: str, message: OutMessage) -> list[tuple[str, dict[str, Any] | None]]:
        text = self.say(locale, message.text)
        if not message.ask_phone:
            return [(text, self.inline_keyboard(locale, message.choices) if message.choices else None)]
        hint = self.optional(locale, TYPE_PHONE_KEY)
        if message.choices:  # one message cannot carry both keyboards: the hint carries the phone button
            return [
                (text, self.inline_keyboard(locale, message.choices)),
                (hint or text, self.phone_keyboard(locale)),
            ]
        return [(f"{text}\n\n{hint}" if hint else text, self.phone_keyboard(locale))]

    def _attach_menu(self, locale: str, outgoing: list[tuple[str, dict[str, Any] | None]], *, asks_phone: bool) -> None:
        if asks_phone:
            log.debug("a reply asking for the phone keeps the phone keyboard instead of the menu")
            return
        menu = self.menu_keyboard(locale)
        if not menu["keyboard"]:
            return
        for index in range(len(outgoing) - 1, -1, -1):
            text, markup = outgoing[index]
            if markup is None:
                outgoing[index] = (text, menu)
                return
        prompt = self.optional(locale, MENU_PROMPT_KEY)
        if prompt is None:
            log.warning("the menu could not be shown: every message has buttons and %s is in no catalogue",
                        MENU_PROMPT_KEY)
            return
        outgoing.append((prompt, menu))


def answer_callback(callback_query_id: str) -> ApiCall:
    return ApiCall("answerCallbackQuery", {"callback_query_id": callback_query_id})


def send_message_calls(chat_id: int | str, text: str, markup: dict[str, Any] | None = None) -> list[ApiCall]:
    """sendMessage calls for a text of any length, in plain text; the keyboard goes with the last piece."""
    pieces = split_text(text)
    calls = []
    for number, piece in enumerate(pieces, start=1):
        params: dict[str, Any] = {"chat_id": chat_id, "text": piece}
        if markup is not None and number == len(pieces):
            params["reply_markup"] = markup
        calls.append(ApiCall("sendMessage", params))
    return calls


def telegram_chat_id(chat_id: str | int) -> int | str:
    """A chat id as the Bot API wants it: an integer, or an @channel username."""
    if isinstance(chat_id, int):
        return chat_id
    return int(chat_id) if chat_id.lstrip("-").isdigit() else chat_id


# ---------------------------------------------------------------------------------------- pipeline



@dataclass
class UpdatePipeline:
    """Hands each update to the engine and says its reply, the same way for every runtime."""

    conversations: Conversations
    translator: Translator
    source: str
    retry_delays: Sequence[float] = POLLING_RETRY_DELAYS
    _locks: KeyedLocks = field(default_factory=KeyedLocks, init=False, repr=False)

    def __post_init__(self) -> None:
        self.renderer = Renderer(self.translator, self.conversations.menu_labels)

    async def feed(self, update: Mapping[str, Any], execute: Execute) -> Outcome:
        """A webhook update: handled before this returns; raises CouldNotRecord when it must come again.

        The webhook hands the raw update straight here: the framework's own parse and dispatch (aiogram's
        Update model and middlewares, python-telegram-bot's Update.de_json and handlers) decided nothing the
        pipeline does not decide again from the raw update, and cost ~1 ms per update (bench/inbound.py).
        """
        if update_kind(update) not in ALLOWED_UPDATES:
            log.debug("ignored webhook update of type %s", update_kind(update))
            return Outcome.IGNORED
        return await self.process(update, execute)

    async def process_with_retry(self, update: Mapping[str, Any], execute: Execute) -> Outcome:
        """Processes a polled update, retrying while it cannot be recorded; after that it is lost (and logged)."""
        for delay in [*self.retry_delays, None]:
            try:
                return await self.process(update, execute)
            except CouldNotRecord as exc:
                if delay is None:
                    log.error("update %s dropped: it could not be recorded (%s)", update.get("update_id"), exc)
                    return Outcome.POISON
                log.warning("update %s could not be recorded (%s); retrying in %s s",
                            update.get("update_id"), exc, delay)
                await asyncio.sleep(delay)
        raise AssertionError("unreachable")

    async def process(self, update: Mapping[str, Any], execute: Execute) -> Outcome:
        """Handles one update and says the reply; raises CouldNotRecord when it must come again."""
        incoming = read_update(update, source=self.source)
        if incoming.inbound is None or incoming.chat_id is None:
            calls = [answer_callback(incoming.callback_query_id)] if incoming.callback_query_id else []
            if incoming.private_only_note and incoming.chat_id is not None:
                locale = self.translator.resolve(incoming.language_code)
                note = self.renderer.optional(locale, PRIVATE_ONLY_KEY)
                calls.extend(send_message_calls(incoming.chat_id, note) if note else [])
            await self.send_all(calls, execute)
            return Outcome.IGNORED
        inbound = incoming.inbound
        async with self._locks.hold(incoming.chat_id):
            try:
                reply = await self.conversations.handle(inbound)
            except Exception as exc:
                if is_transient(exc):
                    raise CouldNotRecord(f"update {incoming.update_id}: {type(exc).__name__}") from exc
                log.exception("poison update %s (%s %s) skipped", incoming.update_id, incoming.kind, inbound.kind)
                await self.send_all(self._apology(incoming), execute)
                return Outcome.POISON
            try:
                calls = self.renderer.render(reply, chat_id=incoming.chat_id,
                                             callback_query_id=incoming.callback_query_id)
            except (KeyError, ValueError):
                log.exception("the reply to update %s could not be rendered", incoming.update_id)
                await self.send_all(self._apology(incoming, locale=reply.locale), execute)
                return Outcome.POISON
            await self.send_all(calls, execute)
        return Outcome.DUPLICATE if reply.duplicate else Outcome.HANDLED

    def _apology(self, incoming: Incoming, *, locale: str | None = None) -> list[ApiCall]:
        calls = [answer_callback(incoming.callback_query_id)] if incoming.callback_query_id else []
        locale = locale or self.translator.resolve(incoming.language_code)
        text = self.renderer.optional(locale, UNEXPECTED_KEY)
        if text and incoming.chat_id is not None:
            calls.extend(send_message_calls(incoming.chat_id, text))
        return calls

    async def send_all(self, calls: Sequence[ApiCall], execute: Execute) -> None:
        """Makes the calls in order; a failure is logged, never raised (what was said is already recorded)."""
        for call in calls:
            try:
                await _with_short_retry(call, execute)
            except Unreachable as exc:
                log.info("chat unreachable, %s not made: %s", call.method, exc)
                return
            except (Undeliverable, RetryLater) as exc:
                log.warning("%s failed: %s", call.method, exc)
                if call.method == "sendMessage":
                    return  # never send a later piece without the earlier one
            except Exception:
                log.exception("%s failed", call.method)
                return


async def _with_short_retry(call: ApiCall, execute: Execute) -> str | None:
    """A reply is worth a short wait: one retry after a 429 that asks for a few seconds at most."""
    try:
        return await execute(call)
    except RetryLater as exc:
        if exc.retry_after is None or exc.retry_after > REPLY_RETRY_AFTER_CAP:
            raise
        await asyncio.sleep(exc.retry_after)
        return await execute(call)


async def send_text(chat_id: str | int, text: str, execute: Execute) -> str:
    """Sends a notification of any length; returns the first piece's message id.

    A 429 or a failure on a later piece cannot be retried without repeating the first one, so it is
    reported as Undeliverable (parked for staff) instead of RetryLater; 403 stays Unreachable.
    """
    calls = send_message_calls(telegram_chat_id(chat_id), text)
    if not calls:
        raise Undeliverable("empty message")
    first = await execute(calls[0])
    for number, call in enumerate(calls[1:], start=2):
        try:
            await _with_short_retry(call, execute)
        except (RetryLater, Undeliverable) as exc:
            reason = f"sent part 1 (message {first}) of {len(calls)}, then part {number} failed: {exc}"
            raise Undeliverable(reason) from exc
    return str(first)
