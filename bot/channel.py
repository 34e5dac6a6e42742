"""The channel kit: what every messaging channel shares, written once.

A channel (bot/telegram, bot/whatsapp, bot/webchat) implements only what is its own: reading the platform's
update into an Inbound, rendering a Reply for the platform, and sending. What they share is here:

* :class:`Conversations`, what a channel needs of the engine (handlers.engine.Conversations);
* :class:`Pipeline`, the one way an event is handled: the person's lock (the engine's own, keyed as the engine
  keys people) held around handling it and answering it; a storage failure the engine raises
  (`core.db.is_transient`) becomes :class:`CouldNotRecord`, so the platform delivers the update again; any
  other failure is a poison event: logged without personal data, skipped, and the person told;
* :class:`BaseRenderer`, sentences in the person's language and the rule for the main menu;
* :func:`split_text` and :func:`send_in_pieces`, a long text said as several messages;
* :class:`Channel`, what the composition root mounts, starts, closes and hands the delivery worker.

The command grammar is handlers.types.parse_command (the engine reads commands typed as text with it too).
"""

from __future__ import annotations

import contextlib
import logging
import unicodedata
from collections.abc import Awaitable, Callable, Sequence
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol, TypeVar

from core.db import is_transient
from core.delivery.errors import RetryLater, Undeliverable
from core.i18n import Translator
from core.person_guards import KeyedLocks
from handlers.types import Inbound, Reply, Say, state_key

if TYPE_CHECKING:
    from fastapi import APIRouter

    from core.delivery.schemas import Sender
    from core.ratelimit import Limits

log = logging.getLogger("bot.channel")

MAX_TEXT_LENGTH = 4096  # Telegram's and WhatsApp's limit for one text message
RENDER_ERRORS = (KeyError, ValueError, TypeError)  # a reply that cannot be said: a missing sentence, a bad button

Rendered = TypeVar("Rendered")


class Conversations(Protocol):
    """What a channel needs of the conversations engine (handlers.engine.Conversations)."""

    locks: KeyedLocks  # one per person, keyed by handlers.types.state_key; held by the engine and the channel

    async def handle(self, inbound: Inbound) -> Reply: ...

    def menu_labels(self, locale: str) -> list[list[Say]]: ...


class CouldNotRecord(Exception):
    """The event could not be recorded (the database or Redis is away): the platform must deliver it again."""


class Outcome(StrEnum):
    HANDLED = "handled"
    DUPLICATE = "duplicate"  # seen before: the engine did nothing and nothing was said
    IGNORED = "ignored"  # not for the engine (malformed, unknown type, a group, an edit)
    POISON = "poison"  # the engine (or the rendering) failed on it for good: logged and skipped


class Answer(Protocol[Rendered]):
    """How one event is answered on its channel: its reply rendered and sent, or the apology when it cannot be."""

    @property
    def about(self) -> str:
        """The event as the logs name it ("update 7", "message wamid.…"): no personal data."""
        ...

    def render(self, reply: Reply) -> Rendered: ...

    async def send(self, rendered: Rendered) -> None:
        """Says what was rendered; a platform failure is logged, not raised (what was said is recorded)."""
        ...

    async def apologise(self, locale: str | None) -> None:
        """Says that something went wrong; `locale` is None when the engine failed (nothing was recorded)."""
        ...


class Pipeline:
    """The one way every channel hands an event to the conversations and answers it."""

    def __init__(self, conversations: Conversations) -> None:
        self.conversations = conversations

    def hold(self, inbound: Inbound) -> contextlib.AbstractAsyncContextManager[None]:
        """The person's lock: their events are handled and answered one at a time, in arrival order."""
        return self.conversations.locks.hold(state_key(inbound.channel, inbound.user_id))

    async def handle(self, inbound: Inbound, answer: Answer[Rendered]) -> Outcome:
        """Handles one event and answers it; raises CouldNotRecord when it must be delivered again."""
        async with self.hold(inbound):
            try:
                reply = await self.conversations.handle(inbound)
            except Exception as exc:
                if is_transient(exc):
                    raise CouldNotRecord(f"{inbound.channel} {answer.about}: {type(exc).__name__}") from exc
                log.exception("poison %s %s (%s) skipped", inbound.channel, answer.about, inbound.kind)
                await answer.apologise(None)
                return Outcome.POISON
            if reply.duplicate:
                return Outcome.DUPLICATE
            try:
                rendered = answer.render(reply)
            except RENDER_ERRORS:
                log.exception("the reply to %s %s could not be rendered", inbound.channel, answer.about)
                await answer.apologise(reply.locale)
                return Outcome.POISON
            await answer.send(rendered)
        return Outcome.HANDLED


class BaseRenderer:
    """Sentences in the person's language, and the rule every channel follows for the main menu."""

    def __init__(self, translator: Translator, menu_labels: Callable[[str], Sequence[Sequence[Say | str]]]) -> None:
        self.translator = translator
        self.menu_labels = menu_labels

    def say(self, locale: str, item: Say | str) -> str:
        """A Say in this language; a literal label as it is."""
        if isinstance(item, str):
            return item
        return self.translator.text(locale, item.key, **item.params)

    def optional(self, locale: str, *keys: str) -> str | None:
        """The first of these sentences found in a catalogue, or None (for a channel's own, optional sentences)."""
        for key in keys:
            with contextlib.suppress(KeyError):
                return self.translator.text(locale, key)
        return None

    def menu(self, locale: str) -> list[list[str]]:
        """The main menu's rows of labels in this language (rows left empty dropped)."""
        rows = [[self.say(locale, label) for label in row] for row in self.menu_labels(locale)]
        return [row for row in rows if row]

    def shows_menu(self, reply: Reply) -> bool:
        """Whether the main menu goes with this reply: asked for, except by a reply asking for the phone."""
        if not reply.menu:
            return False
        if any(message.ask_phone for message in reply.messages):
            log.debug("a reply asking for the phone keeps its own buttons instead of the menu")
            return False
        return True


def split_text(text: str, limit: int = MAX_TEXT_LENGTH) -> list[str]:
    """Splits text into pieces of at most `limit` characters: on line breaks, then spaces, then anywhere.

    Pieces that would be only whitespace are dropped (Telegram refuses them).
    """
    pieces: list[str] = []
    rest = text
    while len(rest) > limit:
        window = rest[: limit + 1]  # a break right after the limit still leaves a full piece
        cut = window.rfind("\n")
        skip = 1
        if cut <= 0:
            cut = window.rfind(" ")
        if cut <= 0:
            cut, skip = limit, 0
            while cut > 1 and unicodedata.combining(rest[cut]):  # keep a mark with its letter
                cut -= 1
        pieces.append(rest[:cut])
        rest = rest[cut + skip :]
    pieces.append(rest)
    return [piece for piece in pieces if piece.strip()]


async def send_in_pieces(text: str, send: Callable[[str, int], Awaitable[str]], limit: int = MAX_TEXT_LENGTH) -> str:
    """Sends a notification of any length as `send(piece, number)` calls; returns the first piece's message id.

    A failure of a later piece cannot be retried without repeating the first one, so it is reported as
    Undeliverable (parked for staff) instead of RetryLater; a person who is unreachable stays Unreachable.
    """
    pieces = split_text(text, limit)
    if not pieces:
        raise Undeliverable("empty message")
    first = await send(pieces[0], 1)
    for number, piece in enumerate(pieces[1:], start=2):
        try:
            await send(piece, number)
        except (RetryLater, Undeliverable) as exc:
            raise Undeliverable(f"sent part 1 ({first}) of {len(pieces)}, then part {number} failed: {exc}") from exc
    return first


class Channel(Protocol):
    """One messaging channel as the composition root sees it."""

    # Read-only members, so that a channel may narrow them (a router that is always there).
    @property
    def name(self) -> str:
        """The Inbound.channel of its people, and the outbox rows' channel."""
        ...

    @property
    def router(self) -> APIRouter | None:
        """Its webhook or page, mounted on the web app (None: nothing to serve)."""
        ...

    @property
    def sender(self) -> Sender | None:
        """How the delivery worker reaches its people (None: this process does not deliver)."""
        ...

    @property
    def limits(self) -> Limits:
        """The platform's pace for notifications."""
        ...

    async def start(self) -> None: ...

    async def close(self) -> None: ...
