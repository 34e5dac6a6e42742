"""Help at once for a person who discloses danger, whatever they were doing: Türkiye's help lines, then staff.

The engine calls `protect` after the event's journey has run, for every event whose words disclose danger
(core.safeguarding.detector). The help comes first in the reply, in the language the words were written in;
the words themselves are with staff, flagged, at the top of their desk's queue, whether the journey filed
them (a question, an answer to 'needs info') or kept them for later (an application's description, a field).
"""

from core.references import format_reference
from core.safeguarding import service as safeguarding
from core.safeguarding.detector import Category, Disclosure, detect
from handlers import ask
from handlers.turn import Flow, Turn
from handlers.types import Inbound, InboundKind, OutMessage, Say

WORDS = frozenset({InboundKind.TEXT, InboundKind.COMMAND, InboundKind.ATTACHMENT})  # text, arguments, captions
# Helps whose text already names the lines for foreigners (YİMER 157, UNHCR's counselling line).
FOR_FOREIGNERS = frozenset({Category.TRAFFICKING, Category.DETENTION})
NO_PROGRAMME = "none"  # the shelter help's variant for a city without an emergency-shelter programme


def disclosed(inbound: Inbound) -> Disclosure | None:
    """What the event's words disclose, if anything."""
    return detect(inbound.text) if inbound.kind in WORDS else None


async def protect(turn: Turn, disclosure: Disclosure) -> None:
    """Flags the request holding the words (filing them first if the journey kept them) and says where help is."""
    request = turn.filed_in
    if request is None:
        request = await ask.file_disclosure(turn)
        if turn.flow == Flow.LANGUAGE and turn.text in turn.data.get("texts", []):
            turn.data["texts"].remove(turn.text)  # filed now: not again once the language is answered
    await safeguarding.flag(session=turn.session, request=request, disclosure=disclosure)
    language = ask.question_language(turn, [turn.text])
    keys = [f"safeguarding-help-{category}" for category in disclosure.categories]
    if language != turn.catalogue.city.default_locale and not FOR_FOREIGNERS & set(disclosure.categories):
        keys.append("safeguarding-help-foreigners")
    shelter = turn.catalogue.city.shelter_programme
    programme = turn.translator.text(language, f"programme-{shelter}") if shelter else NO_PROGRAMME
    help_ = [_in(turn, language, key, programme=programme) for key in keys]
    help_.append(_in(turn, language, "safeguarding-passed-on", reference=format_reference(request.reference)))
    turn.messages[:0] = help_


def _in(turn: Turn, language: str, key: str, **params: str) -> OutMessage:
    """A sentence in `language`, which may not be the one the rest of the reply is in."""
    if language == turn.locale:
        return OutMessage(Say(key, params))
    return OutMessage(Say("safeguarding-in-language", {"help": turn.translator.text(language, key, **params)}))
