"""Applying for support: a programme, what it is, the privacy notice and consent, its questions, a summary, a reference.

Nothing personal is asked before the person has read the privacy notice and agreed. Only the questions the
programme declares are asked, in its order. Answers live in the conversation state until the person
confirms; the identity number is kept there encrypted with the vault (and shown masked only), so state at
rest never holds it in the clear. Cancelling, or leaving the journey in any way, forgets every answer.
"""

import secrets
import time
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from core.assignment import service as assignment
from core.catalogue import FIELD_NAMES, Programme
from core.contacts import service as contacts
from core.crypto import InvalidToken
from core.digits import only_digits
from core.districts import fold as district_key
from core.errors import HemsehriError, InvalidIdentityNumber, InvalidPhone, NotFound, UnknownDistrict
from core.identity import parse_identity_number
from core.outbox import service as outbox
from core.phones import parse_phone
from core.questions import Question, is_asked, parse_answer, show_answer, under_age
from core.references import format_reference
from core.requests import service as requests
from core.requests.models import Request
from core.requests.schemas import AttachmentIn, RequestIn
from core.requests.service import CHECKLIST
from core.requests.statuses import FINAL, Actor, Status
from core.safeguarding import service as safeguarding
from core.text_folding import fold
from handlers import queue_place
from handlers.long_text import PARTS_DONE, gather
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
    plain_params,
    programme_name,
    say_in_time,
    too_large,
    type_answer,
    use_buttons,
)
from handlers.types import Choice, InboundKind, Say


class Step(StrEnum):
    PROGRAMME = "programme"
    DESCRIBE = "describe"
    CONSENT = "consent"
    # one step per field a programme may declare (core.catalogue.FieldName), named alike
    FULL_NAME = "full_name"
    PHONE = "phone"
    PHONE_CODE = "phone_code"  # the code sent by SMS to the number typed in the web chat
    NATIONAL_ID = "national_id"
    DISTRICT = "district"
    NEIGHBOURHOOD = "neighbourhood"
    HOUSEHOLD_SIZE = "household_size"
    DESCRIPTION = "description"
    DOCUMENTS = "documents"
    QUESTION = "question"  # one of the programme's own questions (core.questions), named in data["question"]
    SUMMARY = "summary"


PROGRAMMES_PER_PAGE = 6
DISTRICTS_PER_PAGE = 12
DISTRICTS_PER_ROW = 3
MAX_NEIGHBOURHOOD = 128
FULL_NAME_RULE = Question(kind="text", max=120)  # checked like any text answer: some words, not too long
MAX_DESCRIPTION = 1000
MAX_DOCUMENTS = 5
HOUSEHOLD_MIN, HOUSEHOLD_MAX = 1, 30
DOCUMENT_KINDS = frozenset({"photo", "document"})

# Button data (ASCII, well under Telegram's 64 bytes).
PROGRAMME_PREFIX, PAGE_PREFIX = "prog:", "page:"
START, BACK = "apply:start", "apply:back"
AGREE, DISAGREE = "consent:yes", "consent:no"
CODE_AGAIN, CODE_SKIP = "code:again", "code:skip"
CODE_DIGITS, CODE_TRIES, CODE_VALID_SECONDS = 6, 5, 600  # a code of 6 digits, 5 guesses, for 10 minutes
DISTRICT_PREFIX, DISTRICT_PAGE_PREFIX = "dist:", "dpage:"
DOCUMENTS_DONE, DOCUMENTS_NEXT = "docs:done", "docs:next"
CONFIRM, EDIT_PREFIX = "apply:confirm", "edit:"
ANSWER_PREFIX, ANSWERS_DONE, ANSWER_AGAIN = "ans:", "ans:-done", "ans:-again"
OFFER_PREFIX = "offer:"
PHONE_PREFIX = "phone:"
OTHER_PHONES = ("relative", "neighbour")  # someone who passes our messages on


async def begin(turn: Turn) -> Next:
    """Starts an application (or a look at the programmes) with the list of programmes."""
    return Goto(Flow.APPLY, Step.PROGRAMME, {"page": 0})


async def offer(turn: Turn, code: str) -> Next:
    """Offers one programme's application (what it is, and the button to start), or the list if it is not one."""
    if code not in applicable_codes(turn):
        return await begin(turn)
    return Goto(Flow.APPLY, Step.DESCRIBE, {"programme": code})


async def from_question(turn: Turn, question: Request, code: str) -> Next:
    """The application staff invited the author of a question to make: what the question said is its description,
    so only what the programme still needs is asked."""
    if code not in applicable_codes(turn):
        return await begin(turn)
    messages, _ = await requests.thread(session=turn.session, request_id=question.id)
    words = "\n".join(m.text for m in messages if m.direction == "in" and m.text and has_words(m.text))
    answers = (
        {"description": words[:MAX_DESCRIPTION]}
        if words and "description" in turn.catalogue.programme(code).fields
        else {}
    )
    turn.say("apply-from-question", reference=format_reference(question.reference))
    return Goto(Flow.APPLY, Step.DESCRIBE, {"programme": code, "answers": answers, "from_question": question.reference})


async def on_offer_button(turn: Turn) -> Next:
    """The `offer:<code>` button shown beside an answer that named a programme."""
    return await offer(turn, turn.button.removeprefix(OFFER_PREFIX))


def applicable_codes(turn: Turn) -> frozenset[str]:
    """The codes of the programmes one can apply for."""
    return frozenset(p.code for p in _applicable(turn))


# ----------------------------------------------------------------------------- programme and consent


async def ask_programme(turn: Turn) -> None:
    """Shows one page of the programmes one can apply for."""
    programmes = _applicable(turn)
    pages = max(1, -(-len(programmes) // PROGRAMMES_PER_PAGE))
    page = _clamp(turn.data.get("page"), pages)
    turn.data["page"] = page
    shown = programmes[page * PROGRAMMES_PER_PAGE : (page + 1) * PROGRAMMES_PER_PAGE]
    rows = [[Choice(Say(f"programme-{p.code}"), f"{PROGRAMME_PREFIX}{p.code}")] for p in shown]
    rows += _pager(page, pages, PAGE_PREFIX)
    rows.append(cancel_row())
    turn.say("apply-pick-programme", page=page + 1, pages=pages, choices=rows)


async def on_programme(turn: Turn) -> Next:
    """Turns a page, or takes the programme picked (by button, or by typing its name)."""
    if turn.button.startswith(PAGE_PREFIX):
        turn.data["page"] = _int(turn.button.removeprefix(PAGE_PREFIX)) or 0
        return Step.PROGRAMME
    codes = applicable_codes(turn)
    code = turn.button.removeprefix(PROGRAMME_PREFIX) if turn.button.startswith(PROGRAMME_PREFIX) else None
    if turn.kind == InboundKind.TEXT:
        typed = fold(turn.text)
        code = next((c for c in codes if typed and fold(programme_name(turn, c)) == typed), None)
        named = [c for c in turn.intents.programmes_named(turn.text, locale=turn.locale) if c in codes]
        code = code or (named[0] if len(named) == 1 else None)  # "süt", "حليب": the words people use for it
    if code not in codes:
        return await use_buttons(turn)
    turn.data = {"programme": code}
    return Step.DESCRIBE


async def ask_describe(turn: Turn) -> None:
    """What the programme is, how many questions follow, and the choice to start or look at another."""
    programme = _programme(turn)
    if programme is None:
        return await _restart(turn)
    turn.say(
        "apply-programme-about",
        programme=programme_name(turn, programme.code),
        description=turn.translator.attribute(turn.locale, f"programme-{programme.code}", "description"),
        count=len([field for field in programme.fields if field not in _answers(turn)]),  # what is still to ask
        choices=[[button("apply-start", START)], [button("apply-back", BACK)], cancel_row()],
    )


async def on_describe(turn: Turn) -> Next:
    """Starts the application (the privacy notice first, when not yet agreed) or goes back to the list."""
    programme = _programme(turn)
    if programme is None:
        return await begin(turn)
    if turn.button == BACK:
        return Goto(Flow.APPLY, Step.PROGRAMME, {"page": 0})
    if turn.button != START:
        return await use_buttons(turn)
    return Step.CONSENT if _needs_consent(turn) else _first_question(turn, programme)


async def ask_consent(turn: Turn) -> None:
    """The privacy notice, then the explicit question: agree or not."""
    city = turn.catalogue.city
    turn.say("privacy-notice", city=city.name, version=city.privacy_notice_version)
    turn.say("consent-ask", choices=[[button("consent-agree", AGREE)], [button("consent-disagree", DISAGREE)]])


async def on_consent(turn: Turn) -> Next:
    """Records consent with the notice's version and language, or ends here with nothing personal kept."""
    programme = _programme(turn)
    if programme is None:
        return await begin(turn)
    if turn.button == AGREE:
        contacts.record_consent(
            contact=turn.contact,
            notice_version=turn.catalogue.city.privacy_notice_version,
            locale=turn.locale,
            display_name=turn.inbound.display_name,
        )
        if turn.inbound.channel == "whatsapp":  # WhatsApp's sender is a number the person holds: verified
            await _verify_own_number(turn, f"+{turn.inbound.user_id}")
        turn.say("consent-thanks")
        return _first_question(turn, programme)
    if turn.button == DISAGREE:
        turn.say(
            "consent-refused",
            choices=[[button("menu-ask", "menu:ask")], [button("apply-read-programmes", "menu:info")]],
        )
        turn.menu = True
        return END
    return await use_buttons(turn)


# ----------------------------------------------------------------------------- the programme's questions


async def ask_full_name(turn: Turn) -> None:
    """The documents to have ready (before any question), then the applicant's name."""
    programme = _programme(turn)
    if programme is not None and programme.documents_needed and not turn.data.get("editing"):
        names = "\n".join(f"• {turn.render(f'document-{code}')}" for code in programme.documents_needed)
        turn.say("apply-documents-needed", documents=names)
    turn.say("apply-ask-full-name", choices=[cancel_row()])


async def on_full_name(turn: Turn) -> Next:
    """The applicant's name as they write it, in one piece (never split into first and last)."""
    if turn.kind != InboundKind.TEXT:
        return await type_answer(turn)
    try:
        value = parse_answer(FULL_NAME_RULE, turn.text, phone_region=turn.catalogue.city.phone_region, today=_today())
    except HemsehriError as exc:
        turn.say(exc.key, **plain_params(exc.params))
        return Step.FULL_NAME
    _answers(turn)["full_name"] = value
    return _after(turn, Step.FULL_NAME)


async def ask_phone(turn: Turn) -> None:
    """The person's own number (shared or typed), or: someone else's who passes messages on, or no phone at all."""
    owner = turn.data.get("phone_owner")
    if owner in OTHER_PHONES:
        turn.say(f"apply-ask-phone-{owner}", choices=[[button("apply-phone-own", f"{PHONE_PREFIX}own")], cancel_row()])
        return
    rows = [[button(f"apply-phone-{choice}", f"{PHONE_PREFIX}{choice}")] for choice in (*OTHER_PHONES, "none")]
    turn.say("apply-ask-phone", ask_phone=True, choices=[*rows, cancel_row()])


async def on_phone(turn: Turn) -> Next:
    """Takes the shared contact (the adapter passes only the person's own as CONTACT) or a typed number.

    A relative's or neighbour's number is marked as theirs for staff; with no phone at all, the person is reached
    where they wrote from (the web chat's code brings them back to it). Notifications always go to that chat.
    """
    choice = turn.button.removeprefix(PHONE_PREFIX) if turn.button.startswith(PHONE_PREFIX) else None
    if choice in (*OTHER_PHONES, "own"):
        turn.data["phone_owner"] = choice
        return Step.PHONE
    if choice == "none":
        turn.data.pop("phone_owner", None)
        _answers(turn).update(phone=None, phone_owner="none")
        if turn.inbound.channel == "webchat":
            turn.say("apply-phone-none-webchat", code=turn.inbound.chat_id)
        else:
            turn.say("apply-phone-none-noted")
        return _after(turn, Step.PHONE)
    owner = str(turn.data.get("phone_owner") or "own")
    if turn.kind == InboundKind.CONTACT:
        owner = "own"  # the adapter passes only the person's own number as a contact
        raw = (turn.inbound.phone or "").strip()
        raw = raw if raw.startswith("+") or not raw else f"+{raw}"
    elif turn.kind == InboundKind.TEXT:
        raw = turn.text[:64]
    else:
        return await type_answer(turn)
    try:
        phone = parse_phone(raw, default_region=turn.catalogue.city.phone_region)
    except InvalidPhone as exc:
        turn.say(exc.key)
        return Step.PHONE
    turn.data.pop("phone_owner", None)
    _answers(turn).update(phone=phone, phone_owner=owner)
    if turn.kind == InboundKind.CONTACT:  # shared by the platform from the person's own account: verified
        await _verify_own_number(turn, phone)
    elif owner == "own" and turn.inbound.channel == "webchat" and _texts_codes(turn):
        _send_code(turn, phone)
        return Step.PHONE_CODE
    return _after(turn, Step.PHONE)


def _texts_codes(turn: Turn) -> bool:
    """Whether a number typed in the web chat can be verified by a code sent by SMS (SMS is set up for fallback)."""
    settings = turn.ctx.settings
    return settings.sms.enabled() and "sms" in settings.fallback_channels


def _send_code(turn: Turn, phone: str) -> None:
    """Sends a fresh code by SMS to the number; only its keyed digest is kept, with the time and the tries left."""
    code = f"{secrets.randbelow(10**CODE_DIGITS):0{CODE_DIGITS}d}"
    outbox.enqueue(
        session=turn.session,
        contact_id=turn.contact.id,
        channel="sms",
        kind="verify_code",
        payload={"code": code, "to": phone, "language": turn.locale},
    )
    turn.data["code"] = {"digest": turn.ctx.vault.index(f"{phone}:{code}"), "at": time.time(), "tries": CODE_TRIES}


async def ask_phone_code(turn: Turn) -> None:
    phone = str(_answers(turn).get("phone") or "")
    turn.say(
        "apply-code-sent",
        ending=phone[-2:],
        choices=[[button("apply-code-again", CODE_AGAIN)], [button("apply-code-skip", CODE_SKIP)], cancel_row()],
    )


async def on_phone_code(turn: Turn) -> Next:
    """Takes the code: the number is verified and links the person's channels; wrong or late, they may skip it."""
    phone = str(_answers(turn).get("phone") or "")
    sent = turn.data.get("code") or {}
    if turn.button == CODE_SKIP or not phone or not sent:
        turn.data.pop("code", None)
        return _after(turn, Step.PHONE)
    if turn.button == CODE_AGAIN:
        _send_code(turn, phone)
        return Step.PHONE_CODE
    if turn.kind != InboundKind.TEXT:
        return await use_buttons(turn)
    if time.time() - float(sent.get("at", 0)) > CODE_VALID_SECONDS:
        turn.say("apply-code-expired")
        return KEEP
    typed = only_digits(turn.text) or ""
    if turn.ctx.vault.index(f"{phone}:{typed}") != sent.get("digest"):
        sent["tries"] = int(sent.get("tries", 0)) - 1
        if sent["tries"] <= 0:  # no more guesses: the number stays as typed, not verified
            turn.data.pop("code", None)
            turn.say("apply-code-too-many")
            return _after(turn, Step.PHONE)
        turn.say("apply-code-wrong", left=sent["tries"])
        return KEEP
    turn.data.pop("code", None)
    await contacts.verify_phone(session=turn.session, contact=turn.contact, phone=phone, via="sms")
    turn.say("apply-code-ok")
    return _after(turn, Step.PHONE)


async def _verify_own_number(turn: Turn, number: str) -> None:
    """Keeps the number the channel verified as the person's own, linking their other channels that share it."""
    try:
        phone = parse_phone(number, default_region=turn.catalogue.city.phone_region)
    except InvalidPhone:
        return
    await contacts.verify_phone(session=turn.session, contact=turn.contact, phone=phone, via=turn.inbound.channel)


async def ask_national_id(turn: Turn) -> None:
    turn.say("apply-ask-identity", choices=[cancel_row()])


async def on_national_id(turn: Turn) -> Next:
    """Checks the number; keeps it encrypted and echoes it masked; a foreign number failing its check is warned."""
    if turn.kind != InboundKind.TEXT:
        return await type_answer(turn)
    try:
        number = parse_identity_number(turn.text[:64])
    except InvalidIdentityNumber as exc:
        turn.say(exc.key, **plain_params(exc.params))
        return Step.NATIONAL_ID
    _answers(turn)["national_id"] = {
        "sealed": turn.ctx.vault.encrypt(number.value).decode("ascii"),
        "masked": number.masked,
        "checksum_ok": number.checksum_ok,
    }
    turn.say("apply-identity-noted" if number.checksum_ok else "apply-identity-warning", masked=number.masked)
    return _after(turn, Step.NATIONAL_ID)


async def ask_district(turn: Turn) -> None:
    """One page of the city's districts as buttons (typing the name works too)."""
    names = turn.catalogue.city.districts
    pages = max(1, -(-len(names) // DISTRICTS_PER_PAGE))
    page = _clamp(turn.data.get("district_page"), pages)
    turn.data["district_page"] = page
    shown = [_district_choice(name) for name in names[page * DISTRICTS_PER_PAGE : (page + 1) * DISTRICTS_PER_PAGE]]
    rows = [shown[i : i + DISTRICTS_PER_ROW] for i in range(0, len(shown), DISTRICTS_PER_ROW)]
    rows += _pager(page, pages, DISTRICT_PAGE_PREFIX)
    rows.append(cancel_row())
    turn.say("apply-ask-district", page=page + 1, pages=pages, choices=rows)


async def on_district(turn: Turn) -> Next:
    """Takes a district by button or by name, forgiving spelling; an unknown name gets suggestions."""
    if turn.button.startswith(DISTRICT_PAGE_PREFIX):
        turn.data["district_page"] = _int(turn.button.removeprefix(DISTRICT_PAGE_PREFIX)) or 0
        return Step.DISTRICT
    if turn.button.startswith(DISTRICT_PREFIX):
        typed = turn.button.removeprefix(DISTRICT_PREFIX)
    elif turn.kind == InboundKind.TEXT:
        typed = turn.text[:200]
    else:
        return await use_buttons(turn)
    try:
        district = turn.catalogue.districts.match(typed)
    except UnknownDistrict as exc:
        turn.say(exc.key)
        suggestions = [s for s in exc.params.get("suggestions", []) if isinstance(s, str)]
        if not suggestions:
            return Step.DISTRICT
        rows = [[_district_choice(name)] for name in suggestions]
        rows.append([button("apply-district-all", f"{DISTRICT_PAGE_PREFIX}0")])
        turn.say("apply-district-suggestions", choices=rows)
        return KEEP
    _answers(turn)["district"] = district
    return _after(turn, Step.DISTRICT)


async def ask_neighbourhood(turn: Turn) -> None:
    turn.say("apply-ask-neighbourhood", choices=[cancel_row()])


async def on_neighbourhood(turn: Turn) -> Next:
    if turn.kind != InboundKind.TEXT:
        return await type_answer(turn)
    value = " ".join(turn.text.split())
    if not has_words(value):
        turn.say("error-neighbourhood-empty")
        return Step.NEIGHBOURHOOD
    if len(value) > MAX_NEIGHBOURHOOD:
        turn.say("error-neighbourhood-too-long", max=MAX_NEIGHBOURHOOD)
        return Step.NEIGHBOURHOOD
    _answers(turn)["neighbourhood"] = value
    return _after(turn, Step.NEIGHBOURHOOD)


async def ask_household_size(turn: Turn) -> None:
    turn.say("apply-ask-household", min=HOUSEHOLD_MIN, max=HOUSEHOLD_MAX, choices=[cancel_row()])


async def on_household_size(turn: Turn) -> Next:
    """A number of people, in any digits."""
    if turn.kind != InboundKind.TEXT:
        return await type_answer(turn)
    digits = only_digits(turn.text[:64])
    if not digits:
        turn.say("error-household-not-number")
        return Step.HOUSEHOLD_SIZE
    size = int(digits) if len(digits) <= 3 else HOUSEHOLD_MAX + 1
    if not HOUSEHOLD_MIN <= size <= HOUSEHOLD_MAX:
        turn.say("error-household-range", min=HOUSEHOLD_MIN, max=HOUSEHOLD_MAX)
        return Step.HOUSEHOLD_SIZE
    _answers(turn)["household_size"] = size
    return _after(turn, Step.HOUSEHOLD_SIZE)


async def ask_description(turn: Turn) -> None:
    turn.say("apply-ask-description", max=MAX_DESCRIPTION, choices=[cancel_row()])


async def on_description(turn: Turn) -> Next:
    """A few sentences; a paste the person's app sent in parts is taken whole."""
    if turn.kind != InboundKind.TEXT and turn.button != PARTS_DONE:
        return await type_answer(turn)
    whole = gather(turn)
    if whole is None:
        return KEEP
    value = whole.strip()
    if not has_words(value):
        turn.say("error-description-empty")
        return Step.DESCRIPTION
    if len(value) > MAX_DESCRIPTION:
        turn.say("error-description-too-long", max=MAX_DESCRIPTION, given=len(value))
        return Step.DESCRIPTION
    _answers(turn)["description"] = value
    return _after(turn, Step.DESCRIPTION)


async def ask_documents(turn: Turn) -> None:
    """Invites optional photos or files: the programme's documents one by one, or any; a button to go on."""
    needed = _needed_document(turn)
    if needed is not None:
        programme, position = _programme(turn), int(turn.data.get("document") or 0)
        total = len(programme.documents_needed) if programme else 0
        document = turn.render(f"document-{needed}")
        turn.say("apply-ask-document", document=document, count=position + 1, max=total, choices=_document_rows(turn))
        return
    count = len(_answers(turn).get("documents", []))
    label = "apply-documents-done" if count else "apply-documents-skip"
    turn.say("apply-ask-documents", max=MAX_DOCUMENTS, choices=[[button(label, DOCUMENTS_DONE)], cancel_row()])


async def on_documents(turn: Turn) -> Next:
    """Keeps each photo or file (up to the maximum, each within the size limit) until 'done'."""
    if turn.button == DOCUMENTS_DONE:
        return _after(turn, Step.DOCUMENTS)
    if turn.button == DOCUMENTS_NEXT and _needed_document(turn) is not None:
        turn.data["document"] = int(turn.data.get("document") or 0) + 1
        return Step.DOCUMENTS if _needed_document(turn) is not None else _after(turn, Step.DOCUMENTS)
    if turn.kind != InboundKind.ATTACHMENT:
        return await use_buttons(turn)
    attachment = turn.inbound.attachment
    if attachment is None or attachment.kind not in DOCUMENT_KINDS:
        turn.say("error-file-kind")
        return KEEP
    if too_large(turn):
        return KEEP
    documents: list[dict[str, Any]] = _answers(turn).setdefault("documents", [])
    if len(documents) >= MAX_DOCUMENTS:
        turn.say("error-too-many-files", max=MAX_DOCUMENTS)
        return _after(turn, Step.DOCUMENTS)
    documents.append(attachment_dict(turn))
    needed = _needed_document(turn)
    if needed is not None:
        sent: dict[str, int] = _answers(turn).setdefault(CHECKLIST, {})
        sent[needed] = sent.get(needed, 0) + 1
    if len(documents) >= MAX_DOCUMENTS:
        turn.say("apply-documents-full", max=MAX_DOCUMENTS)
        return _after(turn, Step.DOCUMENTS)
    rows = _document_rows(turn) if needed else [[button("apply-documents-done", DOCUMENTS_DONE)]]
    turn.say("apply-document-received", count=len(documents), max=MAX_DOCUMENTS, choices=rows)
    return KEEP


def _needed_document(turn: Turn) -> str | None:
    """The programme's document being asked for at the documents step, if it lists them and some are left."""
    programme = _programme(turn)
    position = int(turn.data.get("document") or 0)
    needed = programme.documents_needed if programme else []
    return needed[position] if position < len(needed) else None


def _document_rows(turn: Turn) -> list[list[Choice]]:
    """Next document (sent, or not at hand now), or on to the summary with the rest missing."""
    needed = _needed_document(turn)
    sent = _answers(turn).get(CHECKLIST, {}).get(needed, 0)
    label = "apply-document-next" if sent else "apply-document-later"
    return [[button(label, DOCUMENTS_NEXT)], [button("apply-documents-finish", DOCUMENTS_DONE)], cancel_row()]


async def ask_question(turn: Turn) -> None:
    """One of the programme's own questions: its words, and buttons for a choice or yes/no."""
    found = _question(turn)
    if found is None:
        return await _restart(turn)
    code, question = found
    given = _answers(turn).get(code)
    if question.repeat > 1 and given:
        done = [[button("apply-question-done", ANSWERS_DONE)], cancel_row()]
        turn.say("apply-question-more", count=len(given), max=question.repeat, choices=done)
        return
    rows = [[Choice(Say(_option_key(code, question, value)), f"{ANSWER_PREFIX}{value}")] for value in question.values()]
    turn.say(f"question-{code}", choices=[*rows, cancel_row()])


async def on_question(turn: Turn) -> Next:
    """Checks the answer for its kind; a repeated question takes answers until 'that's all' or its maximum."""
    found = _question(turn)
    if found is None:
        return await begin(turn)
    code, question = found
    if turn.button == ANSWER_AGAIN:
        _answers(turn).pop(code, None)
        return Step.QUESTION
    if turn.button == ANSWERS_DONE and question.repeat > 1 and _answers(turn).get(code):
        return _after_repeated(turn, code, question)
    if turn.button.startswith(ANSWER_PREFIX):
        typed = turn.button.removeprefix(ANSWER_PREFIX)
    elif turn.kind == InboundKind.TEXT and not question.values():
        typed = turn.text
    else:
        return await (use_buttons(turn) if question.values() else type_answer(turn))
    try:
        if question.kind == "district":
            value = turn.catalogue.districts.match(typed[:200])
        else:
            value = parse_answer(question, typed, phone_region=turn.catalogue.city.phone_region, today=_today())
    except HemsehriError as exc:
        turn.say(exc.key, **plain_params(exc.params))
        return KEEP
    if question.repeat == 1:
        _answers(turn)[code] = value
        return _after(turn, code)
    given: list[Any] = _answers(turn).setdefault(code, [])
    given.append(value)
    if question.under_years and not under_age(date.fromisoformat(value), question.under_years, _today()):
        turn.say(f"question-{code}-over", date=show_answer(question, code, value, turn.translator, turn.locale))
    if len(given) >= question.repeat:
        return _after_repeated(turn, code, question)
    return Step.QUESTION


def _after_repeated(turn: Turn, code: str, question: Question) -> Next:
    """Goes on once a repeated question is answered, unless none of its dates is recent enough (said kindly)."""
    given = _answers(turn).get(code, [])
    years = question.under_years
    if years and not any(under_age(date.fromisoformat(item), years, _today()) for item in given):
        rows = [
            [button("apply-question-again", ANSWER_AGAIN)],
            [button("apply-read-programmes", "menu:info")],
            [button("menu-ask", "menu:ask")],
            cancel_row(),
        ]
        turn.say(f"question-{code}-none", choices=rows)
        return KEEP
    return _after(turn, code)


# ----------------------------------------------------------------------------- summary and submission


async def ask_summary(turn: Turn) -> None:
    """Everything collected, masked where it must be, with 'confirm' and one 'edit' button per answer."""
    programme = _programme(turn)
    if programme is None:
        return await _restart(turn)
    lines = [turn.render("apply-summary-programme", programme=programme_name(turn, programme.code))]
    asked = _asked_fields(turn, programme)
    lines += [_summary_line(turn, programme, field) for field in asked]
    edits = [_edit_button(turn, programme, field) for field in asked]
    rows = [[button("apply-confirm", CONFIRM)], *(edits[i : i + 2] for i in range(0, len(edits), 2)), cancel_row()]
    turn.say("apply-summary", details="\n".join(lines), choices=rows)


async def on_summary(turn: Turn) -> Next:
    """Confirms (creating the request), or goes to one answer to change it and comes back here."""
    programme = _programme(turn)
    if programme is None:
        return await begin(turn)
    if turn.button == CONFIRM:
        return await _submit(turn, programme)
    field = turn.button.removeprefix(EDIT_PREFIX) if turn.button.startswith(EDIT_PREFIX) else None
    if field in _asked_fields(turn, programme):
        turn.data["editing"] = True
        if field in programme.questions:
            _answers(turn).pop(field, None)  # a repeated answer is given again whole
        if field == "documents":
            turn.data["document"] = 0  # the checklist from its start; files sent so far stay
        return _step_of(turn, field)
    return await use_buttons(turn)


async def _submit(turn: Turn, programme: Programme) -> Next:
    """Creates the request and gives the reference and the expected time; an error goes back to the summary."""
    answers = _answers(turn)
    values: dict[str, Any] = {"answers": {code: answers[code] for code in programme.questions if code in answers}}
    if programme.documents_needed:
        values["answers"][CHECKLIST] = answers.get(CHECKLIST, {})
    for field in programme.fields:
        if field in programme.questions:
            continue
        if field == "national_id":
            try:
                values["national_id"] = turn.ctx.vault.decrypt(answers["national_id"]["sealed"].encode("ascii"))
            except (InvalidToken, KeyError, TypeError, AttributeError):
                turn.say("apply-identity-again")
                turn.data["editing"] = True
                return Step.NATIONAL_ID
        elif field == "documents":
            values["attachments"] = [AttachmentIn(**a) for a in answers.get("documents", [])]
        else:
            values[field] = answers.get(field)
    if "phone" in programme.fields:
        values["phone_owner"] = answers.get("phone_owner") or "own"
    try:
        request = await requests.create(
            session=turn.session,
            contact=turn.contact,
            request_in=RequestIn(programme=programme.code, language=turn.locale, **values),
            catalogue=turn.catalogue,
            vault=turn.ctx.vault,
        )
    except HemsehriError as exc:
        turn.say(exc.key, **plain_params(exc.params))
        return Step.SUMMARY
    await assignment.push(session=turn.session, request=request, interpreter_after=turn.ctx.settings.interpreter_after)
    if isinstance(origin := turn.data.get("from_question"), str):
        await _close_question(turn, origin, request)
    turn.say(
        "apply-submitted",
        reference=format_reference(request.reference),
        programme=programme_name(turn, programme.code),
    )
    if not await queue_place.tell(turn, request):  # no estimate from the last days: the programme's usual time
        say_in_time(turn, days_key="apply-next-days", hours_key="apply-next-hours", hours=programme.sla_hours)
    turn.menu = True
    return END


APPLY = Journey(
    Flow.APPLY,
    {
        Step.PROGRAMME: State(ask=ask_programme, answer=on_programme, buttons=True),
        Step.DESCRIBE: State(ask=ask_describe, answer=on_describe, buttons=True),
        Step.CONSENT: State(ask=ask_consent, answer=on_consent, buttons=True),
        Step.FULL_NAME: State(ask=ask_full_name, answer=on_full_name),
        Step.PHONE: State(ask=ask_phone, answer=on_phone),
        Step.PHONE_CODE: State(ask=ask_phone_code, answer=on_phone_code),
        Step.NATIONAL_ID: State(ask=ask_national_id, answer=on_national_id),
        Step.DISTRICT: State(ask=ask_district, answer=on_district),
        Step.NEIGHBOURHOOD: State(ask=ask_neighbourhood, answer=on_neighbourhood),
        Step.HOUSEHOLD_SIZE: State(ask=ask_household_size, answer=on_household_size),
        Step.DESCRIPTION: State(ask=ask_description, answer=on_description),
        Step.DOCUMENTS: State(ask=ask_documents, answer=on_documents),
        Step.QUESTION: State(ask=ask_question, answer=on_question),
        Step.SUMMARY: State(ask=ask_summary, answer=on_summary, buttons=True),
    },
)


# ----------------------------------------------------------------------------- helpers


async def _close_question(turn: Turn, reference: str, application: Request) -> None:
    """The question staff turned into this application closes by the person's own act, naming it; a question
    whose safeguarding flag holds stays open for staff."""
    try:
        question = await requests.find_for_owner(
            session=turn.session, reference=reference, contact_id=turn.contact.id, for_update=True
        )
    except NotFound:
        return
    question.answers = {**question.answers, requests.BECAME: application.reference}
    if Status(question.status) not in FINAL and not safeguarding.is_held(question):
        await requests.change_status(session=turn.session, request=question, to=Status.CLOSED, actor=Actor.CITIZEN)


def _applicable(turn: Turn) -> list[Programme]:
    return [p for p in turn.catalogue.programmes if p.kind == "application"]


def _programme(turn: Turn) -> Programme | None:
    """The programme being applied for, if it is still one of the catalogue's applications."""
    try:
        programme = turn.catalogue.programme(str(turn.data.get("programme")))
    except NotFound:
        return None
    return programme if programme.kind == "application" else None


async def _restart(turn: Turn) -> None:
    """The state names a programme the catalogue no longer has: back to the list, answers forgotten."""
    turn.step, turn.data = Step.PROGRAMME, {"page": 0}
    turn.say("apply-programme-gone")
    await ask_programme(turn)


def _needs_consent(turn: Turn) -> bool:
    contact = turn.contact
    return contact.consent_at is None or contact.consent_notice_version != turn.catalogue.city.privacy_notice_version


def _answers(turn: Turn) -> dict[str, Any]:
    answers: dict[str, Any] = turn.data.setdefault("answers", {})
    return answers


def _first_question(turn: Turn, programme: Programme) -> Step:
    """The first field not answered yet (a question staff turned into this application may have given some)."""
    answers = _answers(turn)
    pending = [field for field in programme.fields if field not in answers]
    return _step_of(turn, pending[0]) if pending else Step.SUMMARY


def _step_of(turn: Turn, field: str) -> Step:
    """The step that asks a field, or the question step set to one of the programme's own questions."""
    if field in FIELD_NAMES:
        return Step(field)
    turn.data["question"] = field
    return Step.QUESTION


def _asked_fields(turn: Turn, programme: Programme) -> list[str]:
    """The programme's fields that apply given the answers so far (a question's condition may leave it out)."""
    answers = _answers(turn)
    return [f for f in programme.fields if f not in programme.questions or is_asked(programme.questions[f], answers)]


def _after(turn: Turn, field: str) -> Step:
    """The next question that applies; after changing one answer, any question it now opens, then the summary."""
    programme = _programme(turn)
    if programme is None or field not in programme.fields:
        return Step.SUMMARY
    asked = _asked_fields(turn, programme)
    answers = _answers(turn)
    for code in set(programme.questions) - set(asked):
        answers.pop(code, None)  # a condition no longer met: its answer goes
    if turn.data.get("editing"):
        opened = [code for code in asked if code in programme.questions and code not in answers]
        if opened:
            return _step_of(turn, opened[0])
        turn.data.pop("editing")
        return Step.SUMMARY
    later = [f for f in asked[asked.index(field) + 1 :] if f not in answers] if field in asked else []
    return _step_of(turn, later[0]) if later else Step.SUMMARY


def _question(turn: Turn) -> tuple[str, Question] | None:
    """The programme's own question being asked, if the catalogue still has it."""
    programme = _programme(turn)
    code = str(turn.data.get("question"))
    question = programme.questions.get(code) if programme else None
    return (code, question) if question else None


def _option_key(code: str, question: Question, value: str) -> str:
    return f"apply-answer-{value}" if question.kind == "yes_no" else f"question-{code}-{value}"


def _edit_button(turn: Turn, programme: Programme, field: str) -> Choice:
    if field in programme.questions:
        label = turn.translator.attribute(turn.locale, f"question-{field}", "label")
        return button("apply-edit-answer", f"{EDIT_PREFIX}{field}", label=label)
    return button(f"apply-edit-{field}", f"{EDIT_PREFIX}{field}")


def _today() -> date:
    return datetime.now(UTC).date()


def _summary_line(turn: Turn, programme: Programme, field: str) -> str:
    answers = _answers(turn)
    missing = turn.render("apply-summary-missing")
    if field in programme.questions:
        question, value = programme.questions[field], answers.get(field)
        shown = show_answer(question, field, value, turn.translator, turn.locale) if value else missing
        label = turn.translator.attribute(turn.locale, f"question-{field}", "label")
        return turn.render("apply-summary-answer", label=label, value=shown)
    if field == "national_id":
        sealed = answers.get("national_id")
        return turn.render("apply-summary-national_id", masked=sealed.get("masked", missing) if sealed else missing)
    if field == "phone" and answers.get("phone_owner") not in (None, "own"):
        owner = answers["phone_owner"]
        return turn.render(f"apply-summary-phone-{owner}", value=answers.get("phone") or missing)
    if field == "documents":
        lines = [turn.render("apply-summary-documents", count=len(answers.get("documents", [])))]
        sent = answers.get(CHECKLIST, {})
        for code in programme.documents_needed:
            document = turn.render(f"document-{code}")
            if sent.get(code):
                lines.append(turn.render("apply-summary-document-sent", document=document, count=sent[code]))
            else:
                lines.append(turn.render("apply-summary-document-missing", document=document))
        return "\n".join(lines)
    if field == "household_size":
        size = answers.get("household_size")
        return turn.render("apply-summary-household_size", count=size if isinstance(size, int) else 0)
    value = answers.get(field)
    return turn.render(f"apply-summary-{field}", value=value if value not in (None, "") else missing)


def _district_choice(name: str) -> Choice:
    """A district's button: its official name, and its folded ASCII name as data."""
    return Choice(name, f"{DISTRICT_PREFIX}{district_key(name)[:40]}")


def _pager(page: int, pages: int, prefix: str) -> list[list[Choice]]:
    nav = []
    if page > 0:
        nav.append(button("button-previous", f"{prefix}{page - 1}"))
    if page < pages - 1:
        nav.append(button("button-next", f"{prefix}{page + 1}"))
    return [nav] if nav else []


def _int(text: str) -> int | None:
    return int(text) if text.isascii() and text.isdigit() and len(text) < 6 else None


def _clamp(value: Any, pages: int) -> int:
    return min(max(value, 0), pages - 1) if isinstance(value, int) else 0
