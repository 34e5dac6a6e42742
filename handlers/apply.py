"""Applying for support: a programme, what it is, the privacy notice and consent, its questions, a summary, a reference.

Nothing personal is asked before the person has read the privacy notice and agreed. Only the questions the
programme declares are asked, in its order. Answers live in the conversation state until the person
confirms; the identity number is kept there encrypted with the vault (and shown masked only), so state at
rest never holds it in the clear. Cancelling, or leaving the journey in any way, forgets every answer.
"""

from enum import StrEnum
from typing import Any

from core.catalogue import Programme
from core.contacts import service as contacts
from core.crypto import InvalidToken
from core.digits import only_digits
from core.districts import fold
from core.errors import HemsehriError, InvalidIdentityNumber, InvalidPhone, NotFound, UnknownDistrict
from core.identity import parse_identity_number
from core.phones import parse_phone
from core.references import format_reference
from core.requests import service as requests
from core.requests.schemas import AttachmentIn, RequestIn
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
    fold_label,
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
    PHONE = "phone"
    NATIONAL_ID = "national_id"
    DISTRICT = "district"
    NEIGHBOURHOOD = "neighbourhood"
    HOUSEHOLD_SIZE = "household_size"
    DESCRIPTION = "description"
    DOCUMENTS = "documents"
    SUMMARY = "summary"


PROGRAMMES_PER_PAGE = 6
DISTRICTS_PER_PAGE = 12
DISTRICTS_PER_ROW = 3
MAX_NEIGHBOURHOOD = 128
MAX_DESCRIPTION = 1000
MAX_DOCUMENTS = 5
HOUSEHOLD_MIN, HOUSEHOLD_MAX = 1, 30
DOCUMENT_KINDS = frozenset({"photo", "document"})

# Button data (ASCII, well under Telegram's 64 bytes).
PROGRAMME_PREFIX, PAGE_PREFIX = "prog:", "page:"
START, BACK = "apply:start", "apply:back"
AGREE, DISAGREE = "consent:yes", "consent:no"
DISTRICT_PREFIX, DISTRICT_PAGE_PREFIX = "dist:", "dpage:"
DOCUMENTS_DONE = "docs:done"
CONFIRM, EDIT_PREFIX = "apply:confirm", "edit:"


async def begin(turn: Turn) -> Next:
    """Starts an application (or a look at the programmes) with the list of programmes."""
    return Goto(Flow.APPLY, Step.PROGRAMME, {"page": 0})


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
    codes = {p.code for p in _applicable(turn)}
    code = turn.button.removeprefix(PROGRAMME_PREFIX) if turn.button.startswith(PROGRAMME_PREFIX) else None
    if turn.kind == InboundKind.TEXT:
        typed = fold_label(turn.text)
        code = next((c for c in codes if typed and fold_label(programme_name(turn, c)) == typed), None)
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
        count=len(programme.fields),
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
    return Step.CONSENT if _needs_consent(turn) else _first_question(programme)


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
            contact=turn.contact, notice_version=turn.catalogue.city.privacy_notice_version, locale=turn.locale
        )
        turn.say("consent-thanks")
        return _first_question(programme)
    if turn.button == DISAGREE:
        turn.say(
            "consent-refused",
            choices=[[button("menu-ask", "menu:ask")], [button("apply-read-programmes", "menu:info")]],
        )
        turn.menu = True
        return END
    return await use_buttons(turn)


# ----------------------------------------------------------------------------- the programme's questions


async def ask_phone(turn: Turn) -> None:
    turn.say("apply-ask-phone", ask_phone=True)


async def on_phone(turn: Turn) -> Next:
    """Takes the shared contact (the adapter passes only the person's own as CONTACT) or a typed number."""
    if turn.kind == InboundKind.CONTACT:
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
    _answers(turn)["phone"] = phone
    return _after(turn, Step.PHONE)


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
    if turn.kind != InboundKind.TEXT:
        return await type_answer(turn)
    value = turn.text.strip()
    if not has_words(value):
        turn.say("error-description-empty")
        return Step.DESCRIPTION
    if len(value) > MAX_DESCRIPTION:
        turn.say("error-description-too-long", max=MAX_DESCRIPTION, given=len(value))
        return Step.DESCRIPTION
    _answers(turn)["description"] = value
    return _after(turn, Step.DESCRIPTION)


async def ask_documents(turn: Turn) -> None:
    """Invites optional photos or files of documents; a button to go on without (more)."""
    count = len(_answers(turn).get("documents", []))
    label = "apply-documents-done" if count else "apply-documents-skip"
    turn.say("apply-ask-documents", max=MAX_DOCUMENTS, choices=[[button(label, DOCUMENTS_DONE)], cancel_row()])


async def on_documents(turn: Turn) -> Next:
    """Keeps each photo or file (up to the maximum, each within the size limit) until 'done'."""
    if turn.button == DOCUMENTS_DONE:
        return _after(turn, Step.DOCUMENTS)
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
    if len(documents) >= MAX_DOCUMENTS:
        turn.say("apply-documents-full", max=MAX_DOCUMENTS)
        return _after(turn, Step.DOCUMENTS)
    turn.say(
        "apply-document-received", count=len(documents), max=MAX_DOCUMENTS,
        choices=[[button("apply-documents-done", DOCUMENTS_DONE)]],
    )
    return KEEP


# ----------------------------------------------------------------------------- summary and submission


async def ask_summary(turn: Turn) -> None:
    """Everything collected, masked where it must be, with 'confirm' and one 'edit' button per answer."""
    programme = _programme(turn)
    if programme is None:
        return await _restart(turn)
    lines = [turn.render("apply-summary-programme", programme=programme_name(turn, programme.code))]
    lines += [_summary_line(turn, field) for field in programme.fields]
    edits = [button(f"apply-edit-{field}", f"{EDIT_PREFIX}{field}") for field in programme.fields]
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
    if field in programme.fields:
        turn.data["editing"] = True
        return Step(field)
    return await use_buttons(turn)


async def _submit(turn: Turn, programme: Programme) -> Next:
    """Creates the request and gives the reference and the expected time; an error goes back to the summary."""
    answers = _answers(turn)
    values: dict[str, Any] = {}
    for field in programme.fields:
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
    turn.say(
        "apply-submitted",
        reference=format_reference(request.reference),
        programme=programme_name(turn, programme.code),
    )
    say_in_time(turn, days_key="apply-next-days", hours_key="apply-next-hours", hours=programme.sla_hours)
    turn.menu = True
    return END


APPLY = Journey(
    Flow.APPLY,
    {
        Step.PROGRAMME: State(ask=ask_programme, answer=on_programme),
        Step.DESCRIBE: State(ask=ask_describe, answer=on_describe),
        Step.CONSENT: State(ask=ask_consent, answer=on_consent),
        Step.PHONE: State(ask=ask_phone, answer=on_phone),
        Step.NATIONAL_ID: State(ask=ask_national_id, answer=on_national_id),
        Step.DISTRICT: State(ask=ask_district, answer=on_district),
        Step.NEIGHBOURHOOD: State(ask=ask_neighbourhood, answer=on_neighbourhood),
        Step.HOUSEHOLD_SIZE: State(ask=ask_household_size, answer=on_household_size),
        Step.DESCRIPTION: State(ask=ask_description, answer=on_description),
        Step.DOCUMENTS: State(ask=ask_documents, answer=on_documents),
        Step.SUMMARY: State(ask=ask_summary, answer=on_summary),
    },
)


# ----------------------------------------------------------------------------- helpers


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
    return turn.data.setdefault("answers", {})


def _first_question(programme: Programme) -> Step:
    return Step(programme.fields[0]) if programme.fields else Step.SUMMARY


def _after(turn: Turn, field: Step) -> Step:
    """The next question, or back to the summary when the person was changing one answer."""
    programme = _programme(turn)
    if turn.data.pop("editing", False) or programme is None or field not in programme.fields:
        return Step.SUMMARY
    position = programme.fields.index(field)
    return Step(programme.fields[position + 1]) if position + 1 < len(programme.fields) else Step.SUMMARY


def _summary_line(turn: Turn, field: str) -> str:
    answers = _answers(turn)
    missing = turn.render("apply-summary-missing")
    if field == "national_id":
        sealed = answers.get("national_id")
        return turn.render("apply-summary-national_id", masked=sealed.get("masked", missing) if sealed else missing)
    if field == "documents":
        return turn.render("apply-summary-documents", count=len(answers.get("documents", [])))
    if field == "household_size":
        size = answers.get("household_size")
        return turn.render("apply-summary-household_size", count=size if isinstance(size, int) else 0)
    value = answers.get(field)
    return turn.render(f"apply-summary-{field}", value=value if value not in (None, "") else missing)


def _district_choice(name: str) -> Choice:
    """A district's button: its official name, and its folded ASCII name as data."""
    return Choice(name, f"{DISTRICT_PREFIX}{fold(name)[:40]}")


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
