"""Start and language: the greeting, the language picker, and confirming a switch to the language someone writes in.

The language is guessed from the platform at first contact, can be picked at any time (`/language`, the
menu, the picker shown at `/start`) and is then remembered as chosen. Detection only ever suggests: a
switch happens when the person confirms it, and their answer (yes or no) counts as their choice.
"""

from babel import Locale

from core.contacts import service as contacts
from handlers import ask
from handlers.turn import (
    CHOSEN,
    END,
    KEEP,
    Flow,
    Journey,
    Next,
    State,
    Turn,
    attachment_dict,
    babel_code,
    button,
    language_label,
    too_large,
    use_buttons,
)
from handlers.types import Choice, InboundKind

CONFIRM = "confirm"
LANG_PREFIX = "lang:"
SWITCH_YES, SWITCH_NO = "switch:yes", "switch:no"
MAX_KEPT_FILES = 5


async def on_start(turn: Turn) -> Next:
    """Greets in the guessed language, offers the language picker and shows the menu."""
    turn.say("start-welcome", city=turn.catalogue.city.name)
    turn.say("language-pick", choices=language_choices(turn))
    turn.menu = True
    return END


async def on_language(turn: Turn) -> Next:
    """Shows the language picker (from /language or the menu); a journey under way stays where it is."""
    turn.say("language-pick", choices=language_choices(turn))
    return KEEP


async def on_language_button(turn: Turn) -> Next:
    """Sets the language picked on a `lang:<code>` button and carries on where the person was."""
    code = turn.button.removeprefix(LANG_PREFIX)
    if code not in turn.catalogue.city.locales:
        turn.say("common-button-expired")
        return KEEP
    contacts.set_language(contact=turn.contact, language=code, source=CHOSEN)
    turn.say("language-set", language=language_label(turn.translator, code))
    turn.menu = True  # the menu's labels change with the language
    if turn.flow == Flow.LANGUAGE:  # a pick answers a pending switch question too
        return await ask.file_pending(turn)
    return turn.resume()


def language_choices(turn: Turn) -> list[list[Choice]]:
    """The city's languages, each labelled in itself, two per row."""
    choices = [
        Choice(language_label(turn.translator, code), f"{LANG_PREFIX}{code}") for code in turn.catalogue.city.locales
    ]
    return [choices[i : i + 2] for i in range(0, len(choices), 2)]


async def ask_confirm(turn: Turn) -> None:
    """Asks, in the detected language and in the current one, whether to switch."""
    target, current = turn.data["to"], turn.locale
    own_name = language_label(turn.translator, target)
    question = turn.translator.text(target, "language-switch-question", language=own_name)
    yes = turn.translator.text(target, "language-switch-yes", language=own_name)
    turn.say(
        "language-switch-ask",
        question=question,
        language=name_in(turn, target),
        choices=[
            [Choice(yes, SWITCH_YES)],
            [button("language-switch-no", SWITCH_NO, language=language_label(turn.translator, current))],
        ],
    )


async def on_confirm(turn: Turn) -> Next:
    """Switches (or keeps) the language as answered, then files what the person had written."""
    target = turn.data.get("to")
    if target not in turn.catalogue.city.locales:
        return await ask.file_pending(turn)
    if turn.button == SWITCH_YES:
        contacts.set_language(contact=turn.contact, language=target, source=CHOSEN)
        turn.say("language-set", language=language_label(turn.translator, target))
        turn.menu = True
    elif turn.button == SWITCH_NO:
        contacts.set_language(contact=turn.contact, language=turn.contact.language, source=CHOSEN)
        turn.say("language-kept", language=language_label(turn.translator, turn.locale))
    elif turn.kind == InboundKind.TEXT and turn.text.strip():
        turn.data.setdefault("texts", []).append(turn.text)  # kept: filed after the answer
        return await use_buttons(turn)
    elif turn.kind == InboundKind.ATTACHMENT:
        kept = turn.data.setdefault("attachments", [])
        if not too_large(turn) and len(kept) < MAX_KEPT_FILES:
            kept.append(attachment_dict(turn))
            if turn.text.strip():
                turn.data.setdefault("texts", []).append(turn.text)
        return await use_buttons(turn)
    else:
        return await use_buttons(turn)
    return await ask.file_pending(turn)


LANGUAGE = Journey(Flow.LANGUAGE, {CONFIRM: State(ask=ask_confirm, answer=on_confirm)})


def name_in(turn: Turn, code: str) -> str:
    """A language's name in the person's current language ('Arapça' for ar, in Turkish), from CLDR."""
    shown_in = Locale.parse(babel_code(turn.locale))
    for candidate in (babel_code(code), code.split("-")[0], "ku" if code == "kmr" else ""):
        name = shown_in.languages.get(candidate) if candidate else None
        if name:
            return name
    return language_label(turn.translator, code)
