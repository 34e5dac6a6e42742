"""One inbound event being handled: who sent what, their conversation state, and what to say back.

A journey is a table of named states; each state has an `ask` (what we say on entering it) and an
`answer` (what we do with the person's input there). An answer returns where to go next:

* a step name of the same journey: that step's question is asked (the same step asks again, after an error);
* `Goto(journey, step, data)`: another journey starts at that step with fresh data;
* `END`: the journey is over and its data (partial personal data included) is forgotten;
* `KEEP`: everything stays as it is and nothing more is asked (the answer said all there was to say).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from enum import Enum, StrEnum
from typing import Any, Final, Literal

from babel import Locale
from sqlalchemy.ext.asyncio import AsyncSession

from core.catalogue import Catalogue
from core.contacts.models import Contact
from core.context import CoreContext
from core.digits import clean_for_matching
from core.i18n import Translator, babel_code, parents  # same_language: for the journeys
from core.intents import IntentBook, intent_book
from core.requests.models import Request
from handlers.types import Choice, Inbound, InboundKind, OutMessage, Reply, Say


class Flow(StrEnum):
    """The journeys that keep a state between messages."""

    LANGUAGE = "language"  # confirming a language switch suggested by what the person wrote
    APPLY = "apply"
    ASK = "ask"
    STATUS_CHECK = "status_check"  # a reference from a channel it was not made on: asking the second factor


class _Keep(Enum):
    """KEEP's type: an enum's one member, so that `next_ is KEEP` narrows what a handler returned."""

    KEEP = "KEEP"

    def __repr__(self) -> str:
        return "KEEP"


END: Final = None
KEEP: Final = _Keep.KEEP


@dataclass(frozen=True)
class Goto:
    """Start `journey` at `step`, with this data (its own, fresh)."""

    journey: Flow
    step: str
    data: Mapping[str, Any] | None = None


Next = str | Goto | Literal[_Keep.KEEP] | None
Handler = Callable[["Turn"], Awaitable[Next]]


@dataclass(frozen=True)
class State:
    """A named state of a journey: the question asked on entering it and the handler of the answer."""

    ask: Callable[[Turn], Awaitable[None]]
    answer: Handler
    # Answered with buttons: a message that is wholly a request ("my applications", "help", "cancel" …) is done
    # instead of refused. Steps that take typed words (a description, a name, a question) keep every message.
    buttons: bool = False


@dataclass(frozen=True)
class Journey:
    name: Flow
    states: Mapping[str, State]


# Language sources recorded on the contact (core.contacts.service.set_language).
CHOSEN, DETECTED, PLATFORM = "chosen", "detected", "platform"

CANCEL_DATA = "cancel"
MAX_FILE_BYTES = 10 * 1024 * 1024
ATTACHMENT_KINDS = frozenset({"photo", "document", "voice", "video", "audio"})


@dataclass
class Turn:
    """Everything a step needs for one event, and the messages it says back."""

    ctx: CoreContext
    translator: Translator
    session: AsyncSession
    contact: Contact
    inbound: Inbound
    flow: Flow | None = None
    step: str | None = None
    data: dict[str, Any] = field(default_factory=dict)
    memo: dict[str, Any] = field(default_factory=dict)  # small facts kept across journeys, never personal data
    messages: list[OutMessage] = field(default_factory=list)
    menu: bool = False
    first_contact: bool = False  # the person's very first event on this channel
    filed_in: Request | None = None  # the request this event's words were added to, if any
    discloses: bool = False  # this event's words disclose danger (the engine screens every event once)

    @property
    def catalogue(self) -> Catalogue:
        return self.ctx.catalogue

    @property
    def intents(self) -> IntentBook:
        """The words people use for what they want, in the city's languages."""
        return intent_book(tuple(self.translator.locales))

    @property
    def locale(self) -> str:
        """The person's language as it is now (a step may just have changed it)."""
        return self.translator.resolve(self.contact.language)

    @property
    def kind(self) -> InboundKind:
        return self.inbound.kind

    @property
    def text(self) -> str:
        """What the person typed (or the caption), exactly as sent."""
        return self.inbound.text or ""

    @property
    def button(self) -> str:
        return (self.inbound.button or "") if self.inbound.kind == InboundKind.BUTTON else ""

    def say(
        self,
        key: str,
        /,
        *,
        choices: list[list[Choice]] | None = None,
        ask_phone: bool = False,
        **params: Any,
    ) -> None:
        """Adds a sentence (by message key) to the reply, with buttons under it if given."""
        self.messages.append(OutMessage(Say(key, params), choices=choices or [], ask_phone=ask_phone))

    def render(self, key: str, **params: Any) -> str:
        """A sentence in the person's language, for use as a parameter of another (lists, summaries)."""
        return self.translator.text(self.locale, key, **params)

    def resume(self) -> Next:
        """After an interruption (help, a language change): ask the current step again, if any."""
        return self.step if self.flow is not None else END

    def reply(self) -> Reply:
        return Reply(locale=self.locale, messages=list(self.messages), menu=self.menu)


def plain_params(params: Mapping[str, Any]) -> dict[str, Any]:
    """A domain error's parameters as Fluent takes them: lists joined, anything unusual as text."""
    plain: dict[str, Any] = {}
    for name, value in params.items():
        if isinstance(value, (list, tuple, set, frozenset)):
            plain[name] = ", ".join(str(item) for item in value)
        elif value is None:
            plain[name] = ""
        elif isinstance(value, (str, int, float)):
            plain[name] = value
        else:
            plain[name] = str(value)
    return plain


def programme_name(turn: Turn, code: str) -> str:
    """A programme's name in the person's language (its code, if a city forgot to name it)."""
    key = f"programme-{code}"
    return (
        turn.render(key)
        if turn.translator.has(turn.locale, key) or turn.translator.has(turn.translator.default, key)
        else code
    )


def button(key: str, data: str, **params: Any) -> Choice:
    """A button with a localized label."""
    return Choice(Say(key, params), data)


def cancel_row() -> list[Choice]:
    return [button("button-cancel", CANCEL_DATA)]


def has_words(text: str) -> bool:
    """True when a message holds at least one letter or digit (not only emoji, punctuation or invisibles)."""
    return any(ch.isalnum() for ch in clean_for_matching(text))


def language_label(translator: Translator, locale: str) -> str:
    """A language's own name for the picker; Dari is not shown as its parent's name ('دری', not 'فارسی')."""
    name = translator.native_name(locale)
    for parent in parents(locale)[1:]:
        if parent in translator.locales and translator.native_name(parent) == name:
            code = babel_code(locale)
            regional: str | None = Locale.parse(code).languages.get(code)
            if regional:
                return regional[:1].upper() + regional[1:]
    return name


def attachment_dict(turn: Turn) -> dict[str, Any]:
    """The inbound attachment as stored in a thread message (kinds outside the schema's list are documents)."""
    attachment = turn.inbound.attachment
    if attachment is None:
        raise ValueError("this event carries no attachment")
    stored: dict[str, Any] = {
        "kind": attachment.kind if attachment.kind in ATTACHMENT_KINDS else "document",
        "file_id": attachment.file_id[:256],
    }
    if attachment.file_name:
        stored["file_name"] = attachment.file_name[:256]
    if attachment.mime_type:
        stored["mime_type"] = attachment.mime_type[:128]
    if attachment.size is not None and attachment.size >= 0:
        stored["size"] = attachment.size
    return stored


def too_large(turn: Turn) -> bool:
    """True (and says so) when the attachment is over the size the city accepts."""
    attachment = turn.inbound.attachment
    if attachment is not None and attachment.size is not None and attachment.size > MAX_FILE_BYTES:
        turn.say("error-file-too-large", max=MAX_FILE_BYTES // (1024 * 1024))
        return True
    return False


MAX_KEPT_TEXTS = 20  # messages kept while a button is awaited: the state stays small whatever is sent
MAX_KEPT_FILES = 5


def keep_pending(turn: Turn) -> None:
    """Keeps the words and files sent while a question about the person's earlier words waits for a button
    (which language, the question notice, which request); a bounded number of each."""
    texts: list[str] = turn.data.setdefault("texts", [])
    if turn.kind == InboundKind.TEXT and turn.text.strip():
        if len(texts) < MAX_KEPT_TEXTS:
            texts.append(turn.text)
    elif turn.kind == InboundKind.ATTACHMENT:
        kept: list[dict[str, Any]] = turn.data.setdefault("attachments", [])
        if not too_large(turn) and len(kept) < MAX_KEPT_FILES:
            kept.append(attachment_dict(turn))
            if turn.text.strip() and len(texts) < MAX_KEPT_TEXTS:
                texts.append(turn.text)


def say_in_time(turn: Turn, *, days_key: str, hours_key: str, hours: int, **params: Any) -> None:
    """Says a sentence about a service time in whole days when it is some, else in hours (as `count`)."""
    if hours >= 24 and hours % 24 == 0:
        turn.say(days_key, count=hours // 24, **params)
    else:
        turn.say(hours_key, count=hours, **params)


async def use_buttons(turn: Turn) -> Next:
    """Something other than a button came where a button was expected: say so and show them again."""
    turn.say("hint-use-buttons")
    return turn.resume()


async def type_answer(turn: Turn) -> Next:
    """Something other than typed text came where a typed answer was expected."""
    turn.say("hint-type-answer")
    return turn.resume()
