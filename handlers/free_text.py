"""Free text, understood as a caseworker would before anything is filed.

Outside a journey, in this order: a reference number anywhere in the message answers that request's status
(the sender's own only); a language the bot cannot be sure of is asked (start.check_language); a greeting or a
thank-you gets the menu; "help", "menu", "my applications", "cancel", "forget me" do what they say; "I want to
apply" or a programme named ("süt", "kömür", "حليب", "شیر") offers that programme's application. Only what is
none of these becomes a question for staff, with the application offered beside it when it names a programme.

Inside a journey, a message that is wholly "my applications", "help", "menu", "cancel" or "forget me" is
answered too (the journey carries on after a status or help answer); anything else is the step's answer.
The words live in locales/<code>/intents.toml (core.intents).
"""

from collections.abc import Awaitable, Callable, Sequence

from core.digits import only_digits
from core.errors import InvalidReference
from core.intents import Understood
from core.references import find_reference
from handlers import apply, ask, common, forget, queue_place, start, status
from handlers.turn import END, Handler, Next, Turn, has_words
from handlers.types import InboundKind

# A journey's step gives way to these when they are the whole message.
INTERRUPTING = frozenset({"status", "when", "help", "menu", "cancel", "forget"})
DIGITS_ALONE = range(6, 13)  # a number this long typed alone is someone typing a reference


async def on_text(turn: Turn) -> Next:
    """Text typed outside any journey."""
    text = turn.text
    digits = only_digits(text)
    if digits is not None and len(digits) in DIGITS_ALONE:
        return await status.on_reference_text(turn)
    if (reference := _reference_in(text)) is not None:
        return await status.show(turn, reference)
    if not has_words(text):
        return await ask.on_wordless_text(turn)
    asked = start.check_language(turn, texts=[text], attachments=[])
    if asked is not None:
        return asked
    return await act(turn, [text])


async def resume_pending(turn: Turn) -> Next:
    """After the language question: what the person wrote meanwhile is acted on in the language now set."""
    texts = [t for t in turn.data.get("texts", []) if isinstance(t, str)]
    attachments = [a for a in turn.data.get("attachments", []) if isinstance(a, dict)]
    turn.flow, turn.step, turn.data = None, None, {}  # the language question is answered
    if attachments:
        return await ask.file_question(turn, texts=texts, attachments=attachments)
    words = [t for t in texts if has_words(t)]
    if not words:
        turn.menu = True
        return END
    return await act(turn, words)


async def act(turn: Turn, texts: Sequence[str]) -> Next:
    """Does what the words ask for, or files them as a question (with a programme it names as a button under it)."""
    text = "\n".join(texts)
    understood = _understand(turn, text)
    if understood is not None:
        return await ACTIONS[understood.intent](turn, understood)
    named = [c for c in turn.intents.programmes_named(text, locale=turn.locale) if c in apply.applicable_codes(turn)]
    return await ask.file_question(turn, texts=list(texts), attachments=[], offer=named[0] if len(named) == 1 else None)


def interrupting(turn: Turn) -> Handler | None:
    """The handler for a message typed inside a journey that is wholly a request to leave or look elsewhere."""
    if turn.kind != InboundKind.TEXT:
        return None
    understood = _understand(turn, turn.text)
    return _interrupt if understood is not None and understood.intent in INTERRUPTING else None


async def _interrupt(turn: Turn) -> Next:
    """Answers the request; a status or help answer leaves the journey where it was."""
    understood = _understand(turn, turn.text)
    if understood is None:
        return turn.resume()
    if understood.intent in ("status", "when"):
        await ACTIONS[understood.intent](turn, understood)
        return turn.resume()
    return await ACTIONS[understood.intent](turn, understood)


def _understand(turn: Turn, text: str) -> Understood | None:
    """What the whole message asks for, if anything (its numbers, a reference among them, are not words)."""
    return turn.intents.understand("".join(ch for ch in text if not ch.isdigit()), locale=turn.locale)


def _reference_in(text: str) -> str | None:
    """A valid reference written in the message (a mistyped one is left to the status answer)."""
    try:
        return find_reference(text)
    except InvalidReference:
        return None


# ----------------------------------------------------------------------------- what each intent does


async def _greeting(turn: Turn, understood: Understood) -> Next:
    """A hello: the welcome and the language picker the first time, the menu afterwards; never a ticket."""
    if turn.first_contact:
        return await start.on_start(turn)
    turn.say("intent-greeting")
    turn.menu = True
    return END


async def _thanks(turn: Turn, understood: Understood) -> Next:
    turn.say("intent-thanks")
    turn.menu = True
    return END


async def _help(turn: Turn, understood: Understood) -> Next:
    return await common.on_help(turn)


async def _menu(turn: Turn, understood: Understood) -> Next:
    return await common.on_menu(turn)


async def _apply(turn: Turn, understood: Understood) -> Next:
    """'I want to apply': the programme named, or the list of programmes."""
    if understood.programme is not None:
        return await apply.offer(turn, understood.programme)
    return await apply.begin(turn)


async def _status(turn: Turn, understood: Understood) -> Next:
    """'Where is my application': the one whose reference is in the message, else all of the person's."""
    try:
        reference = find_reference(turn.text)
    except InvalidReference as exc:
        turn.say(exc.key, **exc.params)
        return END
    if reference is not None:
        return await status.show(turn, reference)
    return await status.on_status(turn)


async def _when(turn: Turn, understood: Understood) -> Next:
    return await queue_place.on_when(turn)


async def _cancel(turn: Turn, understood: Understood) -> Next:
    return await common.on_cancel(turn)


async def _forget(turn: Turn, understood: Understood) -> Next:
    return await forget.on_forget(turn)


ACTIONS: dict[str, Callable[[Turn, Understood], Awaitable[Next]]] = {
    "greeting": _greeting,
    "thanks": _thanks,
    "help": _help,
    "menu": _menu,
    "apply": _apply,
    "status": _status,
    "when": _when,
    "cancel": _cancel,
    "forget": _forget,
}
