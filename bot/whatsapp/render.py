"""Saying a Reply on WhatsApp: Cloud API message bodies (without the recipient) in the person's language.

Up to 3 choices with titles of at most 20 characters become reply buttons; anything else an interactive list (rows
of 24 characters, the full label in the row's description when it is cut). More than 10 rows are paginated: 9 rows
and a "more" row whose id points into a :class:`PageStore`. WhatsApp has no persistent keyboard: the main menu is
a list message with a "Menu" button, its rows' ids pointing back at the menu's labels.
"""

from __future__ import annotations

import secrets
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from bot.channel import BaseRenderer, split_text
from core.i18n import Translator
from handlers.types import OutMessage, Reply, Say

# Cloud API limits (characters are counted as code points).
MAX_INTERACTIVE_BODY = 1024
MAX_BUTTONS = 3
MAX_BUTTON_TITLE = 20
MAX_LIST_ROWS = 10
MAX_ROW_TITLE = 24
MAX_ROW_DESCRIPTION = 72
MAX_LIST_BUTTON = 20

# The adapter's own button ids; the engine's Choice.data must not start with "wa:".
OWN_PHONE_ID = "wa:own-phone"
MORE_PREFIX = "wa:more:"
MENU_PREFIX = "wa:menu:"

# Message keys of locales/<code>/whatsapp.ftl.
LIST_BUTTON_KEY = "whatsapp-list-button"
MENU_BUTTON_KEY = "whatsapp-menu-button"
MENU_PROMPT_KEY = "whatsapp-menu-prompt"
CHOOSE_PROMPT_KEY = "whatsapp-choose-prompt"
MORE_KEY = "whatsapp-more"
OWN_PHONE_KEY = "whatsapp-own-phone"
PHONE_HINT_KEY = "whatsapp-phone-hint"
LIST_EXPIRED_KEY = "whatsapp-list-expired"


def cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@dataclass(frozen=True)
class Option:
    """A button or a list row as WhatsApp shows it."""

    title: str
    id: str


@dataclass(frozen=True)
class Pages:
    """The rest of a long list, kept for its "more" row."""

    locale: str
    body: str
    button: str
    rows: tuple[dict[str, str], ...]


class PageStore(Protocol):
    """Where the rest of a long list waits for its "more" row (memory here; Redis with several processes)."""

    def put(self, pages: Pages) -> str: ...

    def get(self, token: str) -> Pages | None: ...


class MemoryPageStore:
    """The most recent lists in this process, each kept for a day."""

    def __init__(self, capacity: int = 5000, ttl: float = 86400.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.capacity, self.ttl, self._clock = capacity, ttl, clock
        self._pages: OrderedDict[str, tuple[float, Pages]] = OrderedDict()

    def put(self, pages: Pages) -> str:
        token = secrets.token_urlsafe(9)
        self._pages[token] = (self._clock(), pages)
        while len(self._pages) > self.capacity:
            self._pages.popitem(last=False)
        return token

    def get(self, token: str) -> Pages | None:
        kept = self._pages.get(token)
        if kept is None or self._clock() - kept[0] > self.ttl:
            self._pages.pop(token, None)
            return None
        return kept[1]


Payload = dict[str, Any]


class Renderer(BaseRenderer):
    """Turns a Reply into Cloud API message bodies (without the recipient) in the person's language."""

    def __init__(
        self, translator: Translator, menu_labels: Callable[[str], Sequence[Sequence[Say | str]]], pages: PageStore
    ) -> None:
        super().__init__(translator, menu_labels)
        self.pages = pages

    def render(self, reply: Reply) -> list[Payload]:
        """The messages that say `reply`, in order; none for a duplicate."""
        if reply.duplicate:
            return []
        locale = reply.locale
        out: list[Payload] = []
        for message in reply.messages:
            out.extend(self._message(locale, message))
        if self.shows_menu(reply):
            self._attach_menu(locale, out)
        return out

    def _message(self, locale: str, message: OutMessage) -> list[Payload]:
        text = self.say(locale, message.text)
        options = [Option(self.say(locale, choice.label), choice.data) for row in message.choices for choice in row]
        if message.ask_phone:
            hint = self.optional(locale, PHONE_HINT_KEY)
            text = f"{text}\n\n{hint}" if hint else text
            options.insert(0, Option(self.say(locale, Say(OWN_PHONE_KEY)), OWN_PHONE_ID))
        pieces = split_text(text)
        if not options:
            return [text_message(piece) for piece in pieces]
        if pieces and len(pieces[-1]) <= MAX_INTERACTIVE_BODY:
            lead, body = pieces[:-1], pieces[-1]
        else:
            lead, body = pieces, self.say(locale, Say(CHOOSE_PROMPT_KEY))
        return [*(text_message(piece) for piece in lead), self.interactive(locale, body, options)]

    def interactive(self, locale: str, body: str, options: Sequence[Option], *, button: str | None = None) -> Payload:
        """Reply buttons when they fit, else a list (paginated past 10 rows)."""
        titles = [option.title for option in options]
        if (
            button is None
            and len(options) <= MAX_BUTTONS
            and len(set(titles)) == len(titles)
            and all(0 < len(title) <= MAX_BUTTON_TITLE for title in titles)
        ):
            buttons = [{"type": "reply", "reply": {"id": option.id, "title": option.title}} for option in options]
            return {
                "type": "interactive",
                "interactive": {
                    "type": "button",
                    "body": {"text": body},
                    "action": {"buttons": buttons},
                },
            }
        label = cut(button or self.say(locale, Say(LIST_BUTTON_KEY)), MAX_LIST_BUTTON)
        return self._list_page(Pages(locale, body, label, tuple(_row(option) for option in options)), 0, None)

    def page(self, token: str, offset: int) -> Payload | None:
        """The list page after a "more" row, or None when the list is no longer kept."""
        pages = self.pages.get(token)
        if pages is None or not 0 < offset < len(pages.rows):
            return None
        return self._list_page(pages, offset, token)

    def _list_page(self, pages: Pages, offset: int, token: str | None) -> Payload:
        rows = list(pages.rows[offset:])
        if len(rows) > MAX_LIST_ROWS:
            token = token or self.pages.put(pages)
            more = Option(
                cut(self.say(pages.locale, Say(MORE_KEY)), MAX_ROW_TITLE),
                f"{MORE_PREFIX}{token}:{offset + MAX_LIST_ROWS - 1}:{pages.locale}",
            )
            rows = [*rows[: MAX_LIST_ROWS - 1], _row(more)]
        return {
            "type": "interactive",
            "interactive": {
                "type": "list",
                "body": {"text": pages.body},
                "action": {"button": pages.button, "sections": [{"rows": rows}]},
            },
        }

    def _attach_menu(self, locale: str, out: list[Payload]) -> None:
        options = [
            Option(self.say(locale, label), f"{MENU_PREFIX}{locale}:{i}.{j}")
            for i, row in enumerate(self.menu_labels(locale))
            for j, label in enumerate(row)
        ]
        if not options:
            return
        button = self.say(locale, Say(MENU_BUTTON_KEY))
        last = out[-1] if out else None
        if last is not None and last["type"] == "text" and len(last["text"]["body"]) <= MAX_INTERACTIVE_BODY:
            out[-1] = self.interactive(locale, last["text"]["body"], options, button=button)
        else:
            out.append(self.interactive(locale, self.say(locale, Say(MENU_PROMPT_KEY)), options, button=button))

    def menu_text(self, data: str) -> str | None:
        """The label of a picked menu row ("wa:menu:<locale>:<row>.<column>"), as the menu shows it."""
        try:
            locale, position = data[len(MENU_PREFIX) :].rsplit(":", 1)
            row, column = (int(part) for part in position.split("."))
            return self.say(locale, self.menu_labels(locale)[row][column])
        except (ValueError, IndexError, KeyError):
            return None


def _row(option: Option) -> dict[str, str]:
    if len(option.title) <= MAX_ROW_TITLE:
        return {"id": option.id, "title": option.title}
    return {
        "id": option.id,
        "title": cut(option.title, MAX_ROW_TITLE),
        "description": cut(option.title, MAX_ROW_DESCRIPTION),
    }


def text_message(text: str) -> Payload:
    return {"type": "text", "text": {"body": text, "preview_url": False}}
