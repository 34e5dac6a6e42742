"""Start and language: the greeting, the language picker, and asking which language to continue in.

The language is guessed from the platform at first contact, can be picked at any time (`/language`, the
menu, the picker shown at `/start`) and is then remembered as chosen. What someone writes only ever makes
the bot *ask*: to confirm a switch when the words are clearly in another language (or show Dari to a
Persian reader), or to choose among the languages of the message's script when it cannot be sure and the
person's language is not one of them. Their answer counts as their choice, and what they wrote is then
understood in that language; a message in Arabic or Cyrillic letters is never taken as Turkish unasked.
"""

from collections.abc import Sequence
from typing import Any

from babel import Locale

from core.contacts import service as contacts
from core.i18n import babel_code, parents, same_language
from core.language_detection import detect_language
from handlers.turn import (
    CHOSEN,
    DETECTED,
    END,
    KEEP,
    Flow,
    Goto,
    Journey,
    Next,
    State,
    Turn,
    button,
    keep_pending,
    language_label,
    use_buttons,
)
from handlers.types import Choice

CONFIRM, CHOOSE = "confirm", "choose"
LANG_PREFIX = "lang:"
SWITCH_YES, SWITCH_NO = "switch:yes", "switch:no"
OTHER_LANGUAGES = "menu:language"
MAX_OFFERED = 5  # languages in the short menu asked when unsure


async def on_start(turn: Turn) -> Next:
    """Greets in the guessed language, offers the language picker and shows the menu.

    Words kept while a question about them is open (which language, the question notice, which request) stay
    kept: the picker shown here answers a language question too.
    """
    turn.say("start-welcome", city=turn.catalogue.city.name)
    turn.say("language-pick", choices=language_choices(turn))
    turn.menu = True
    return KEEP if turn.flow == Flow.LANGUAGE or turn.data.get("texts") else END


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
    if turn.flow == Flow.LANGUAGE:  # a pick answers a pending language question too
        return await _carry_on(turn)
    return turn.resume()


def language_choices(turn: Turn) -> list[list[Choice]]:
    """The city's languages, each labelled in itself, two per row."""
    choices = [
        Choice(language_label(turn.translator, code), f"{LANG_PREFIX}{code}") for code in turn.catalogue.city.locales
    ]
    return [choices[i : i + 2] for i in range(0, len(choices), 2)]


def check_language(turn: Turn, *, texts: Sequence[str], attachments: Sequence[dict[str, Any]]) -> Goto | None:
    """The language question to ask before acting on what the person wrote, if any (their words wait in it)."""
    if turn.contact.language_source == CHOSEN:
        return None
    detection = detect_language("\n".join(texts), candidates=turn.catalogue.city.locales)
    current = turn.locale
    pending = {"texts": list(texts), "attachments": list(attachments)}
    shown = detection.locale
    if shown and shown != current and same_language(shown, current) and len(parents(shown)) > 1:
        return Goto(Flow.LANGUAGE, CONFIRM, {"to": shown, **pending})  # the words show Dari to a Persian reader
    if detection.reliable and detection.locale:
        if not same_language(detection.locale, current):
            return Goto(Flow.LANGUAGE, CONFIRM, {"to": detection.locale, **pending})
        if turn.contact.language_source != DETECTED:
            turn.contact.language_source = DETECTED  # the words confirm the language we had guessed
        return None
    if detection.options:  # Arabic or Cyrillic letters, or a romanised language: the script tells
        if any(same_language(option, current) for option in detection.options):
            return None
        return Goto(Flow.LANGUAGE, CHOOSE, {"options": list(detection.options[:MAX_OFFERED]), **pending})
    if detection.locale and not same_language(detection.locale, current) and not _platform_language_is_ours(turn):
        return Goto(Flow.LANGUAGE, CHOOSE, {"options": [detection.locale, current], **pending})
    return None


def _platform_language_is_ours(turn: Turn) -> bool:
    """True when the platform or browser says a language the city speaks (not one that fell back to the default)."""
    code = (turn.inbound.platform_language or "").replace("_", "-").lower()
    return bool(code) and turn.translator.resolve(code).lower().split("-")[0] == code.split("-")[0]


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


async def ask_choose(turn: Turn) -> None:
    """Offers the languages the message may be in, each in itself, asked in the likeliest one and the current one."""
    options = [code for code in turn.data.get("options", []) if code in turn.catalogue.city.locales]
    if not options:
        turn.say("language-pick", choices=language_choices(turn))
        return
    choices = [Choice(language_label(turn.translator, code), f"{LANG_PREFIX}{code}") for code in options]
    rows = [choices[i : i + 2] for i in range(0, len(choices), 2)]
    rows.append([button("language-choose-other", OTHER_LANGUAGES)])
    question = turn.translator.text(options[0], "language-choose-question")
    turn.say("language-choose-ask", question=question, choices=rows)


async def on_confirm(turn: Turn) -> Next:
    """Switches (or keeps) the language as answered, then acts on what the person had written."""
    target = turn.data.get("to")
    if target not in turn.catalogue.city.locales:
        return await _carry_on(turn)
    if turn.button == SWITCH_YES:
        contacts.set_language(contact=turn.contact, language=target, source=CHOSEN)
        turn.say("language-set", language=language_label(turn.translator, target))
        turn.menu = True
    elif turn.button == SWITCH_NO:
        contacts.set_language(contact=turn.contact, language=turn.contact.language, source=CHOSEN)
        turn.say("language-kept", language=language_label(turn.translator, turn.locale))
    else:
        return await _keep_meanwhile(turn)
    return await _carry_on(turn)


async def on_choose(turn: Turn) -> Next:
    """Anything but a language button while choosing: kept, and the buttons shown again (a pick comes as `lang:`)."""
    return await _keep_meanwhile(turn)


async def _keep_meanwhile(turn: Turn) -> Next:
    """Keeps words and files sent while the language question is open (acted on after the answer)."""
    keep_pending(turn)
    return await use_buttons(turn)


async def _carry_on(turn: Turn) -> Next:
    """Acts on what was kept while the language was asked, now in the chosen language."""
    # The understanding of free text asks these questions itself: imported here, where the cycle closes.
    from handlers import free_text

    return await free_text.resume_pending(turn)


LANGUAGE = Journey(
    Flow.LANGUAGE,
    {
        CONFIRM: State(ask=ask_confirm, answer=on_confirm, buttons=True),
        CHOOSE: State(ask=ask_choose, answer=on_choose, buttons=True),
    },
)


def name_in(turn: Turn, code: str) -> str:
    """A language's name in the person's current language ('Arapça' for ar, in Turkish), from CLDR."""
    shown_in = Locale.parse(babel_code(turn.locale))
    for candidate in (babel_code(code), code.split("-")[0], "ku" if code == "kmr" else ""):
        name: str | None = shown_in.languages.get(candidate) if candidate else None
        if name:
            return name
    return language_label(turn.translator, code)
