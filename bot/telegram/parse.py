"""Reading a raw Telegram update (a dict, as Telegram sends it) into an Inbound, without ever raising."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from bot.channel import MAX_TEXT_LENGTH
from handlers.types import Attachment, Inbound, InboundKind, parse_command

log = logging.getLogger("bot.telegram")

CHANNEL = "telegram"
ALLOWED_UPDATES: tuple[str, ...] = ("message", "callback_query")

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
        command = parse_command(text) if isinstance(text, str) else None
        note = command is not None and command.name in _GROUP_COMMANDS
        return Incoming(update_id, "message", chat_id=chat_id, private_only_note=note, language_code=language)
    base: dict[str, Any] = {
        "channel": CHANNEL,
        "user_id": str(user_id),
        "chat_id": str(chat_id),
        "platform_language": language,
        "display_name": name,
        "message_id": _optional_id(message.get("message_id")),
        "update_id": str(update_id),
        "source": source,
        "text_limit": MAX_TEXT_LENGTH,
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
        if command := parse_command(text):
            return {"kind": InboundKind.COMMAND, "command": command.name, "text": command.arguments}
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
        update_id,
        "callback_query",
        inbound=inbound,
        chat_id=chat_id,
        callback_query_id=callback_id,
        language_code=language,
    )


def _optional_id(value: Any) -> str | None:
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else None


def _optional_int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None
