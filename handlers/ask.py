"""Questions to the city's desks, and answers to 'we need more information': free text never hits a dead end.

A question goes to the Refugee Desk when its language is one of that desk's languages, else to the
contact centre. Free words join the request they answer instead of opening a new one: the request staff
last replied on or asked information for (this week), else the one the person wrote to in the last day,
else their only open question or request awaiting information; a person with several open requests and
none of these is asked which one, with a button each (and "a new question" while no question of theirs is
open). The reply names the request's reference.

A first question is kept only once the person has read the question notice (what a question keeps and why,
versioned, in their language) and said yes: until then their words wait in the conversation, and a "no"
drops them. Words that disclose danger are never held back: they are filed at once, with any words waiting
for the notice (handlers.safeguarding then flags them and says where help is).
"""

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from core.assignment import service as assignment
from core.contacts import service as contacts
from core.db import utcnow
from core.errors import InvalidReference, NotFound
from core.i18n import same_language
from core.language_detection import detect_language
from core.references import format_reference, parse_reference
from core.requests import service as requests
from core.requests.models import Request
from core.requests.schemas import AttachmentIn, RequestIn
from core.requests.statuses import FINAL, Status
from core.safeguarding import service as safeguarding
from handlers import apply, queue_place, start
from handlers.turn import (
    END,
    KEEP,
    Flow,
    Goto,
    Journey,
    Next,
    State,
    Turn,
    attachment_dict,
    button,
    cancel_row,
    has_words,
    keep_pending,
    programme_name,
    say_in_time,
    too_large,
    type_answer,
    use_buttons,
)
from handlers.types import Choice, InboundKind, Say

REFUGEE_QUESTION = "refugee_desk_question"
GENERAL_QUESTION = "general_question"
MAX_PENDING_FILES = 5
# RequestIn takes a first message of up to 4,000 characters; a longer question continues in the thread.
FIRST_MESSAGE_LIMIT = 4000
QUESTION = "question"  # waiting for the words of a question
QUESTION_KIND = "question"  # a request's kind (the catalogue's programme kind)
NOTICE = "notice"  # a first question waits for the question notice to be read and accepted
NOTICE_YES, NOTICE_NO = "qnotice:yes", "qnotice:no"
WHICH = "which"  # several open requests, none in focus: which one the words are about
THREAD_PREFIX, NEW_QUESTION = "thread:", "thread:new"
WROTE_TO = "wrote_to"  # memo: the request the person's words last went to, and when
WROTE_TO_LASTS = timedelta(days=1)


async def begin(turn: Turn) -> Next:
    """'Ask a question' from the menu: asks for the question."""
    return Goto(Flow.ASK, QUESTION)


async def ask_question(turn: Turn) -> None:
    """Asks for the question in the person's words."""
    if turn.data.get("attachments"):
        turn.say("ask-attachment-needs-words", choices=[cancel_row()])
    else:
        turn.say("ask-prompt", choices=[cancel_row()])


async def on_question(turn: Turn) -> Next:
    """Takes the question's words; files sent first wait in the state until the words come."""
    pending: list[dict[str, Any]] = turn.data.setdefault("attachments", [])
    if turn.kind == InboundKind.ATTACHMENT:
        if too_large(turn):
            return KEEP
        if len(pending) >= MAX_PENDING_FILES:
            turn.say("error-too-many-files", max=MAX_PENDING_FILES)
            return turn.step
        pending.append(attachment_dict(turn))
        if has_words(turn.text):
            return await take_question(turn, texts=[turn.text], attachments=pending)
        turn.say("ask-attachment-kept", count=len(pending))
        return KEEP
    if turn.kind == InboundKind.TEXT and has_words(turn.text):
        return await take_question(turn, texts=[turn.text], attachments=pending)
    return await type_answer(turn)


async def ask_which(turn: Turn) -> None:
    """Which of their open requests the person is writing about, a button each."""
    rows = [
        [button("ask-which-item", f"{THREAD_PREFIX}{c['reference']}", programme=c["programme"], reference=c["shown"])]
        for c in turn.data.get("candidates", [])
    ]
    if turn.data.get("new_allowed"):
        rows.append([button("ask-which-new", NEW_QUESTION)])
    turn.say("ask-which", choices=[*rows, cancel_row()])


async def on_which(turn: Turn) -> Next:
    """Files the kept words where the person pressed; anything else sent meanwhile is kept with them."""
    texts = [t for t in turn.data.get("texts", []) if isinstance(t, str)]
    attachments = [a for a in turn.data.get("attachments", []) if isinstance(a, dict)]
    offer = turn.data.get("offer")
    if turn.kind == InboundKind.BUTTON and turn.button == NEW_QUESTION and turn.data.get("new_allowed"):
        return await _file_new(turn, texts=texts, attachments=attachments, offer=offer)
    if turn.kind == InboundKind.BUTTON and turn.button.startswith(THREAD_PREFIX):
        chosen = await _own_open(turn, turn.button.removeprefix(THREAD_PREFIX))
        if chosen is not None:
            return await _add_to_thread(turn, chosen, texts=texts, attachments=attachments, offer=offer)
    keep_pending(turn)
    return await use_buttons(turn)


async def ask_notice(turn: Turn) -> None:
    """The question notice, then whether to pass the question on."""
    city = turn.catalogue.city
    turn.say("question-notice", city=city.name, version=city.privacy_notice_version)
    agree, decline = button("question-notice-agree", NOTICE_YES), button("question-notice-decline", NOTICE_NO)
    turn.say("question-notice-ask", choices=[[agree], [decline]])


async def on_notice(turn: Turn) -> Next:
    """Files the waiting question once the notice is accepted; drops it on a no; keeps what comes meanwhile."""
    texts = [t for t in turn.data.get("texts", []) if isinstance(t, str)]
    attachments = [a for a in turn.data.get("attachments", []) if isinstance(a, dict)]
    if turn.button == NOTICE_YES:
        contacts.acknowledge_question_notice(
            contact=turn.contact, notice_version=turn.catalogue.city.privacy_notice_version, locale=turn.locale
        )
        return await file_question(turn, texts=texts, attachments=attachments, offer=turn.data.get("offer"))
    if turn.button == NOTICE_NO:
        turn.say("question-notice-declined", choices=[[button("apply-read-programmes", "menu:info")]])
        turn.menu = True
        return END
    keep_pending(turn)
    if turn.kind == InboundKind.TEXT and turn.discloses:  # danger does not wait for a notice
        texts = [t for t in turn.data.get("texts", []) if isinstance(t, str)]
        return await file_question(turn, texts=texts, attachments=attachments, offer=turn.data.get("offer"))
    return await use_buttons(turn)


ASK = Journey(
    Flow.ASK,
    {
        QUESTION: State(ask=ask_question, answer=on_question),
        WHICH: State(ask=ask_which, answer=on_which, buttons=True),
        NOTICE: State(ask=ask_notice, answer=on_notice, buttons=True),
    },
)


async def on_wordless_text(turn: Turn) -> Next:
    """Text without a letter or digit (emoji, punctuation) outside any journey: joins an open thread, or a kind hint."""
    text = turn.text
    if text.strip() and isinstance(thread := await _thread(turn), Request):
        return await _add_to_thread(turn, thread, texts=[text], attachments=[])
    turn.say("common-no-words" if text.strip() else "common-empty")
    turn.menu = True
    return END


async def on_attachment(turn: Turn) -> Next:
    """A photo, voice note or document sent outside any journey joins the open thread or starts a question."""
    if too_large(turn):
        return END
    attachment = attachment_dict(turn)
    thread = await _thread(turn)
    if thread is not None:
        return await _file_in(turn, thread, texts=[turn.text] if turn.text.strip() else [], attachments=[attachment])
    if has_words(turn.text):
        return await take_question(turn, texts=[turn.text], attachments=[attachment])
    return Goto(Flow.ASK, QUESTION, {"attachments": [attachment]})


async def take_question(turn: Turn, *, texts: list[str], attachments: list[dict[str, Any]]) -> Next:
    """Asks which language to continue in when the words call for it (they wait in the question), else files."""
    asked = start.check_language(turn, texts=texts, attachments=attachments)
    if asked is not None:
        return asked
    return await file_question(turn, texts=texts, attachments=attachments)


async def file_question(
    turn: Turn, *, texts: list[str], attachments: list[dict[str, Any]], offer: str | None = None
) -> Next:
    """Adds the words and files where they belong, or opens a question at the right desk, with the application
    of the programme `offer` under its thanks."""
    thread = await _thread(turn)
    if thread is not None:
        return await _file_in(turn, thread, texts=texts, attachments=attachments, offer=offer)
    return await _file_new(turn, texts=texts, attachments=attachments, offer=offer)


async def _file_in(
    turn: Turn,
    thread: Request | list[Request],
    *,
    texts: list[str],
    attachments: list[dict[str, Any]],
    offer: str | None = None,
) -> Next:
    """Adds to the one thread, or asks which of several (the words and files wait in the question)."""
    if isinstance(thread, Request):
        return await _add_to_thread(turn, thread, texts=texts, attachments=attachments, offer=offer)
    candidates = [
        {
            "reference": r.reference,
            "shown": format_reference(r.reference),
            "programme": programme_name(turn, r.programme),
        }
        for r in thread
    ]
    new_allowed = not any(r.kind == QUESTION_KIND for r in thread)  # no second question while one is open
    data = {"texts": texts, "attachments": attachments, "offer": offer}
    return Goto(Flow.ASK, WHICH, {**data, "candidates": candidates, "new_allowed": new_allowed})


async def _file_new(
    turn: Turn, *, texts: list[str], attachments: list[dict[str, Any]], offer: str | None = None
) -> Next:
    """Opens a question at the right desk with these words and files (once the question notice is accepted)."""
    offers = _offer_rows(offer)
    words = [t for t in texts if has_words(t)]
    if not words:  # files without a word: wait for the words
        return Goto(Flow.ASK, QUESTION, {"attachments": attachments})
    notice = turn.catalogue.city.privacy_notice_version
    # Words kept from earlier events were screened as they came (a disclosure among them was filed then).
    if not contacts.knows_question_notice(turn.contact, notice) and not turn.discloses:
        return Goto(Flow.ASK, NOTICE, {"texts": texts, "attachments": attachments, "offer": offer})
    request = await _new_question(turn, words=words, attachments=attachments)
    if not safeguarding.is_held(request):  # a flagged one is answered with help, not with a waiting time
        programme = turn.catalogue.programme(request.programme)
        say_in_time(
            turn,
            days_key="ask-received-days",
            hours_key="ask-received-hours",
            hours=programme.sla_hours,
            reference=format_reference(request.reference),
            desk=turn.render(f"desk-{programme.desk}"),
            choices=offers,
        )
        await queue_place.tell(turn, request)
    return END


async def file_disclosure(turn: Turn) -> Request:
    """Puts words that disclosed danger where staff see them now: the thread they belong to (the latest active
    of several: nobody in danger is asked to choose), else a new question."""
    thread = await _thread(turn)
    if isinstance(thread, list):
        thread = thread[0]
    if thread is not None:
        await _add_to_thread(turn, thread, texts=[turn.text], attachments=[], acknowledge=False)
        return thread
    return await _new_question(turn, words=[turn.text], attachments=[])


async def _new_question(turn: Turn, *, words: list[str], attachments: list[dict[str, Any]]) -> Request:
    """A question at the desk for its language, holding these words (in pieces the schema accepts) and files."""
    language = question_language(turn, words)
    pieces = [piece for text in words for piece in _pieces(text)]
    request = await requests.create(
        session=turn.session,
        contact=turn.contact,
        request_in=RequestIn(
            programme=_programme_for(turn, language),
            language=language,
            description=pieces[0],
            attachments=[AttachmentIn(**a) for a in attachments],
        ),
        catalogue=turn.catalogue,
        vault=turn.ctx.vault,
    )
    for piece in pieces[1:]:
        await requests.add_citizen_message(session=turn.session, request=request, text=piece, language=language)
    await assignment.push(  # once all its words are in: a flag among them pushes it whatever the capacity
        session=turn.session, request=request, interpreter_after=turn.ctx.settings.interpreter_after
    )
    _wrote_to(turn, request)
    return request


def question_language(turn: Turn, texts: Sequence[str]) -> str:
    """The language staff should read the question in: a reliable detection, else the person's language."""
    detection = detect_language("\n".join(texts), candidates=turn.catalogue.city.locales)
    if detection.reliable and detection.locale and not same_language(detection.locale, turn.locale):
        return detection.locale
    if detection.options and not any(same_language(option, turn.locale) for option in detection.options):
        return detection.options[0]  # Arabic or Cyrillic letters are never filed under Turkish (or English …)
    return turn.locale


def _programme_for(turn: Turn, language: str) -> str:
    """The Refugee Desk's question programme for its languages, the general one otherwise."""
    refugee = turn.catalogue.programme(REFUGEE_QUESTION)
    languages = turn.catalogue.desks[refugee.desk].languages
    if any(same_language(language, served) for served in languages):
        return REFUGEE_QUESTION
    return GENERAL_QUESTION


def _pieces(text: str) -> list[str]:
    """A long text as consecutive pieces the request schema accepts, nothing dropped."""
    return [text[i : i + FIRST_MESSAGE_LIMIT] for i in range(0, len(text), FIRST_MESSAGE_LIMIT)] or [text]


async def _thread(turn: Turn) -> Request | list[Request] | None:
    """Where free words go (see the module's docstring): one request, several to choose from, or None (new)."""
    threads = await requests.threads_of(session=turn.session, contact_id=turn.contact.id)
    if threads.focus is not None:
        return threads.focus
    wrote_to = turn.memo.get(WROTE_TO) or {}
    for request in threads.open:
        if request.reference == wrote_to.get("reference") and _within(wrote_to.get("at"), WROTE_TO_LASTS):
            return request
    if len(threads.open) == 1:
        only = threads.open[0]
        return only if only.kind == QUESTION_KIND or only.status == Status.NEEDS_INFO else None
    return threads.open or None


def _within(stamp: object, span: timedelta) -> bool:
    try:
        return isinstance(stamp, str) and utcnow() - datetime.fromisoformat(stamp) < span
    except ValueError:
        return False


def _wrote_to(turn: Turn, request: Request) -> None:
    turn.filed_in = request
    turn.memo[WROTE_TO] = {"reference": request.reference, "at": utcnow().isoformat()}


async def _own_open(turn: Turn, reference: str) -> Request | None:
    """The person's own request by a button's reference, while it is still open."""
    try:
        request = await requests.find_for_owner(
            session=turn.session, reference=parse_reference(reference), contact_id=turn.contact.id
        )
    except (InvalidReference, NotFound):
        return None
    return None if Status(request.status) in FINAL else request


def _offer_rows(offer: str | None) -> list[list[Choice]] | None:
    """The button that starts the application of a programme the words named."""
    return [[Choice(Say(f"programme-{offer}"), f"{apply.OFFER_PREFIX}{offer}")]] if offer else None


async def _add_to_thread(
    turn: Turn,
    thread: Request,
    *,
    texts: list[str],
    attachments: list[dict[str, Any]],
    acknowledge: bool = True,
    offer: str | None = None,
) -> Next:
    """Appends words and files to an open thread; an answer to 'needs info' sends the request back to review."""
    needed_info = thread.status == Status.NEEDS_INFO
    _wrote_to(turn, thread)
    language = question_language(turn, texts) if any(has_words(t) for t in texts) else turn.locale
    messages: list[tuple[str | None, list[dict[str, Any]]]] = [(text, []) for text in texts]
    if attachments:
        if messages:
            messages[-1] = (messages[-1][0], attachments)
        else:
            messages.append((None, attachments))
    for number, (text, files) in enumerate(messages, start=1):
        await requests.add_citizen_message(
            session=turn.session,
            request=thread,
            text=text,
            language=language,
            attachments=files,
            platform_message_id=_message_id(turn) if number == len(messages) else None,
        )
    becomes = thread.answers.get(requests.BECOMES)
    if acknowledge and isinstance(becomes, str) and thread.kind == QUESTION_KIND:
        return await apply.from_question(turn, thread, becomes)  # staff asked them to apply: that starts now
    if acknowledge:
        key = "ask-info-received" if needed_info else "ask-added"
        turn.say(key, reference=format_reference(thread.reference), choices=_offer_rows(offer))
    return END


async def keep_without_answer(turn: Turn) -> None:
    """During a flood: what the person typed or sent still joins their open thread, silently."""
    if turn.kind not in (InboundKind.TEXT, InboundKind.ATTACHMENT):
        return
    texts = [turn.text] if turn.text.strip() else []
    attachment = attachment_dict(turn) if turn.inbound.attachment is not None else None
    if not texts and attachment is None:
        return
    if turn.flow == Flow.LANGUAGE or (turn.flow == Flow.ASK and turn.step in (NOTICE, WHICH)):
        keep_pending(turn)  # words waiting for an answer: these wait with them
        return
    thread = await _thread(turn)
    if isinstance(thread, list):
        thread = thread[0]  # the latest active: nobody is asked during a flood
    if thread is not None:
        await _add_to_thread(
            turn, thread, texts=texts, attachments=[attachment] if attachment else [], acknowledge=False
        )


def _message_id(turn: Turn) -> str | None:
    return turn.inbound.message_id[:64] if turn.inbound.message_id else None
