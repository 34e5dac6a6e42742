"""What flows between a channel adapter and the conversations: an inbound event and a reply of message keys."""

import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from core.conversations.models import state_key as state_key  # the key of a person's state and lock

# The command grammar of every channel: "/name", an optional "@bot" (Telegram adds its bot's name in groups and
# menus), then any arguments. Names as Telegram's clients send them: letters, digits and _, at most 64.
_COMMAND = re.compile(r"/([A-Za-z0-9_]{1,64})(?:@[A-Za-z0-9_]+)?(?:\s+(.*))?", re.DOTALL)


class InboundKind(StrEnum):
    TEXT = "text"
    COMMAND = "command"  # /start, /help …: `command` holds the name without the slash, `text` any arguments
    BUTTON = "button"  # an inline button: `button` holds its data
    CONTACT = "contact"  # the person's OWN shared phone number: `phone` (someone else's card comes as TEXT)
    LOCATION = "location"
    ATTACHMENT = "attachment"  # photo, document, voice …: `attachment`, with `text` holding a caption
    STICKER = "sticker"
    UNSUPPORTED = "unsupported"  # anything else the platform can send


@dataclass(frozen=True)
class Command:
    """A typed command: its name in lower case without the slash, and what followed it."""

    name: str
    arguments: str | None = None


def parse_command(text: str) -> Command | None:
    """The command a text is ("/status 482 913 656", "/start@city_bot"), or None for any other text."""
    found = _COMMAND.fullmatch(text.strip())
    return Command(found.group(1).lower(), found.group(2) or None) if found else None


@dataclass(frozen=True)
class Attachment:
    kind: str  # photo | document | voice | video | audio
    file_id: str
    file_name: str | None = None
    mime_type: str | None = None
    size: int | None = None


@dataclass(frozen=True)
class Inbound:
    """One thing a person did, in any channel, with the platform's identifiers as text."""

    channel: str  # telegram | webchat | whatsapp
    user_id: str
    chat_id: str
    kind: InboundKind
    text: str | None = None
    command: str | None = None
    button: str | None = None
    phone: str | None = None
    attachment: Attachment | None = None
    location: tuple[float, float] | None = None
    platform_language: str | None = None  # e.g. Telegram's language_code
    display_name: str | None = None
    message_id: str | None = None
    # The platform's id of this update, recorded in the same transaction as its effects so a
    # redelivered update is recognised; `source` names the bot or number it came to.
    update_id: str | None = None
    source: str | None = None
    # The most characters one text message carries on this channel (Telegram's and WhatsApp's 4,096, the web
    # chat's own): a text that fills it may be the first part of a longer paste the person's app sent in parts.
    text_limit: int | None = None


@dataclass(frozen=True)
class Say:
    """A sentence by message key, rendered in the person's language by the adapter."""

    key: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Choice:
    """A button: a localized label (or a literal one, like a language's own name) and its data.

    `data` is ASCII and at most 64 bytes (Telegram's callback_data limit); never localized text.
    """

    label: Say | str
    data: str


@dataclass(frozen=True)
class OutMessage:
    text: Say
    choices: list[list[Choice]] = field(default_factory=list)  # rows of inline buttons
    ask_phone: bool = False  # offer the platform's "share my phone number" button


@dataclass
class Reply:
    """What to say back, in `locale`; `menu` shows the persistent main menu."""

    locale: str
    messages: list[OutMessage] = field(default_factory=list)
    menu: bool = False
    duplicate: bool = False  # the update was seen before: say nothing
