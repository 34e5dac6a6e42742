"""Operations on requests: create, thread messages, status changes, lookups."""

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, exists, false, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from core.catalogue import Catalogue, Programme
from core.contacts.models import Contact
from core.crypto import Vault
from core.db import Driver, adopt, flush_pending, utcnow
from core.digits import strip_invisible
from core.errors import Forbidden, InvalidInput, NotFound
from core.files import service as files
from core.identity import mask_in_text, parse_identity_number
from core.outbox import service as outbox
from core.phones import parse_phone
from core.questions import is_asked, under_age
from core.references import new_reference
from core.requests.models import Message, NameToken, Request, StatusEvent
from core.requests.schemas import AttachmentIn, RequestIn
from core.requests.search import name_words
from core.requests.statuses import FINAL, Actor, Status, check_transition
from core.safeguarding import service as safeguarding
from core.webhooks import service as webhooks
from core.webhooks.schemas import Event

OPTIONAL_FIELDS = frozenset({"documents"})
# How long the citizen's free words go to the request staff last replied on or asked information for.
FOCUS_WINDOW = timedelta(days=7)
OPEN_LISTED = 5  # open requests offered when the person is asked which one they are writing about
CHECKLIST = "documents_checklist"  # in answers: how many files were sent for each document the programme needs


async def create(
    *,
    session: AsyncSession,
    contact: Contact,
    request_in: RequestIn,
    catalogue: Catalogue,
    vault: Vault,
    now: datetime | None = None,
) -> Request:
    """Validates and stores a new request with its first message and its 'received' event."""
    now = now or utcnow()
    programme = catalogue.programme(request_in.programme)
    values = _validated_fields(programme, request_in, catalogue)
    if programme.kind == "application" and contact.consent_at is None:
        raise Forbidden("error-consent-missing")
    identity = values.pop("identity", None)
    await flush_pending(session, Contact)  # a person added in this transaction through the session: it refers to them
    row = {
        "contact_id": contact.id,
        "channel": contact.channel,
        "programme": programme.code,
        "desk": programme.desk,
        "kind": programme.kind,
        "status": Status.RECEIVED,
        "priority": programme.priority,
        "language": request_in.language,
        "district": None,
        "neighbourhood": None,
        "household_size": None,
        "phone": None,
        "national_id_encrypted": vault.encrypt(identity.value) if identity else None,
        "national_id_masked": identity.masked if identity else None,
        "national_id_index": identity.value if identity else None,
        "phone_index": values.get("phone"),
        "answers": values.pop("answers") | ({"national_id_checksum_ok": identity.checksum_ok} if identity else {}),
        "assignee_id": None,
        "claimed_at": None,
        "sla_due_at": now + programme.sla,
        "created_at": now,
        "updated_at": now,
        "closed_at": None,
        "sla_breached_at": None,
        "safeguarding": None,
        "safeguarding_categories": [],
        "safeguarding_at": None,
        "erased_at": None,
        **values,
    }
    driver = await Driver.of(session)
    request = adopt(session, Request, await _stored(driver, row))
    await webhooks.emit(session=session, event=Event.REQUEST_CREATED, request=request, now=now)
    await safeguarding.screen(
        session=session, request=request, text=request_in.description, catalogue=catalogue, now=now
    )
    # Its first event, name tokens and message on the driver too, as the request: nothing reads them back here.
    received = {"to_status": Status.RECEIVED, "actor_kind": Actor.CITIZEN, "created_at": now}
    await driver.insert(StatusEvent.__table__, {"request_id": request.id, **received})
    for word in name_words(request.answers.get("full_name") or ""):
        await driver.insert(NameToken.__table__, {"request_id": request.id, "word": word, "token": word})
    if request_in.description or request_in.attachments:
        attachments = [a.model_dump(exclude_none=True) for a in request_in.attachments]
        text = mask_in_text(request_in.description) if request_in.description else None
        message = {"request_id": request.id, "contact_id": contact.id, "direction": "in", "text": text}
        message |= {"language": request_in.language, "delivery_state": "received", "attachments": attachments}
        message_id = await driver.insert(Message.__table__, {**message, "created_at": now})
        assert message_id is not None  # nothing makes a message's insert give way
        if attachments:
            await files.file_in(
                session=session, contact_id=contact.id, message_id=message_id, names=_file_names(attachments)
            )
    return request


async def _file_uploads(session: AsyncSession, message: Message) -> None:
    """Ties the stored files a citizen's message carries to it (they no longer wait to be swept)."""
    if message.attachments:
        await session.flush()
        names = _file_names(message.attachments)
        await files.file_in(session=session, contact_id=message.contact_id, message_id=message.id, names=names)


def _file_names(attachments: list[dict[str, Any]]) -> list[str]:
    """The stored files' names a message's attachments carry."""
    return [str(item.get("file_id", "")) for item in attachments]


def _validated_fields(programme: Programme, request_in: RequestIn, catalogue: Catalogue) -> dict[str, Any]:
    """Checks that the programme's fields are present and valid; returns the columns (and answers) to store."""
    fields = [field for field in programme.fields if field not in programme.questions]
    if request_in.phone_owner == "none":
        fields = [field for field in fields if field != "phone"]  # reached only on the channel they wrote from
    for field in fields:
        value = request_in.attachments if field == "documents" else getattr(request_in, field)
        if field not in OPTIONAL_FIELDS and (value is None or (isinstance(value, str) and not value.strip())):
            raise InvalidInput("error-field-missing", field=field)
    values: dict[str, Any] = {}
    if "phone" in fields:
        values["phone"] = parse_phone(request_in.phone or "", default_region=catalogue.city.phone_region)
    if "national_id" in fields:
        values["identity"] = parse_identity_number(request_in.national_id or "")
    if "district" in fields:
        values["district"] = catalogue.districts.match(request_in.district or "")
    if "neighbourhood" in fields:
        values["neighbourhood"] = (request_in.neighbourhood or "").strip()
    if "household_size" in fields:
        values["household_size"] = request_in.household_size
    values["answers"] = _answers(programme, request_in, today=datetime.now(UTC).date())
    return values


def _answers(programme: Programme, request_in: RequestIn, *, today: date) -> dict[str, Any]:
    """The full name and the programme's own answers, each question asked answered, none it did not ask."""
    answers: dict[str, Any] = {}
    if "phone" in programme.fields and request_in.phone_owner != "own":
        answers["phone_owner"] = request_in.phone_owner
    if "full_name" in programme.fields:
        answers["full_name"] = " ".join(strip_invisible(request_in.full_name or "").split())
    given = request_in.answers
    if programme.documents_needed:
        posted = given.get(CHECKLIST)
        sent = posted if isinstance(posted, dict) else {}
        answers[CHECKLIST] = {code: int(sent.get(code) or 0) for code in programme.documents_needed}
    for code, question in programme.questions.items():
        if not is_asked(question, given):
            continue
        value = given.get(code)
        items = value if isinstance(value, list) else [value]
        if value is None or value == [] or len(items) > question.repeat:
            raise InvalidInput("error-field-missing", field=code)
        if question.under_years and not any(
            under_age(date.fromisoformat(str(item)), question.under_years, today) for item in items
        ):
            raise InvalidInput("error-field-missing", field=code)
        answers[code] = value
    return answers


async def _stored(driver: Driver, row: dict[str, Any]) -> dict[str, Any]:
    """Inserts the request under a random reference no other holds (a clash is rare: 90 million numbers) in one
    statement on the driver, not through the ORM's flush (bench/RESULTS.md, issue 18); returns the row as stored."""
    while True:
        reference = new_reference()
        stored = await driver.insert(Request.__table__, {"reference": reference, **row}, unless_taken=("reference",))
        if stored is not None:
            return {"id": stored, "reference": reference, **row}


async def add_citizen_message(
    *,
    session: AsyncSession,
    request: Request,
    text: str | None,
    language: str | None,
    attachments: list[dict[str, Any]] | None = None,
    platform_message_id: str | None = None,
) -> Message:
    """Adds the citizen's words to the thread (flagging any danger they disclose); answering 'needs info' reopens it.

    An identity number written in the text is kept masked: the full number belongs in the request's field.
    """
    await safeguarding.screen(session=session, request=request, text=text)
    message = Message(
        request_id=request.id,
        contact_id=request.contact_id,
        direction="in",
        text=mask_in_text(text) if text else text,
        language=language,
        attachments=attachments or [],
        platform_message_id=platform_message_id,
        delivery_state="received",
    )
    session.add(message)
    await _file_uploads(session, message)
    request.updated_at = utcnow()
    if request.status == Status.NEEDS_INFO:
        await change_status(session=session, request=request, to=Status.IN_REVIEW, actor=Actor.CITIZEN)
    return message


async def reply(
    *,
    session: AsyncSession,
    request: Request,
    staff_id: int,
    text: str,
    translated: str | None = None,
    attachment: AttachmentIn | None = None,
) -> Message:
    """Adds a staff reply to the thread and queues it for delivery to the citizen (machine-translated, marked so,
    when `translated` is given; the thread keeps what staff wrote too), with a stored file when one is attached."""
    if not text.strip():
        raise InvalidInput("error-reply-empty")
    message = Message(
        request_id=request.id,
        contact_id=request.contact_id,
        direction="out",
        author_staff_id=staff_id,
        text=text,
        translated_text=translated,
        attachments=[attachment.model_dump(exclude_none=True)] if attachment else [],
        delivery_state="queued",
    )
    session.add(message)
    await session.flush()
    sent_file: dict[str, Any] = {}
    if attachment is not None:  # the person's file, like theirs: erased with them, opened only by their chat
        await files.record(session=session, contact_id=request.contact_id, name=attachment.file_id)
        await files.file_in(
            session=session, contact_id=request.contact_id, message_id=message.id, names=[attachment.file_id]
        )
        sent_file = {"file": attachment.model_dump(include={"kind", "file_id", "file_name", "mime_type"})}
    outbox.enqueue(
        session=session,
        contact_id=request.contact_id,
        channel=request.channel,
        kind="staff_reply",
        payload={"text": translated or text, "reference": request.reference}
        | ({"machine_translated": True} if translated else {})
        | sent_file,
        request_id=request.id,
        message_id=message.id,
    )
    request.updated_at = utcnow()
    return message


def move(*, session: AsyncSession, request: Request, to: Programme) -> None:
    """Files the request under another programme of the same kind, and so at its desk: back in that desk's queue,
    unclaimed, its service time counted from when it came; the citizen is told in their language."""
    if Status(request.status) in FINAL:
        raise InvalidInput("error-move-final")
    if to.code == request.programme:
        raise InvalidInput("error-move-same")
    if to.kind != request.kind:
        raise InvalidInput("error-move-kind")
    held = safeguarding.is_held(request)
    request.programme, request.desk = to.code, to.desk
    request.priority = max(to.priority, request.priority if held else 0)  # a flag keeps it at the top
    request.sla_due_at = request.created_at + to.sla
    request.assignee_id, request.claimed_at = None, None
    request.updated_at = utcnow()
    _tell(session, request, "moved", programme=to.code, desk=to.desk)


def _tell(session: AsyncSession, request: Request, kind: str, **payload: str) -> None:
    """Queues a notification about the request to its citizen (core.delivery.render shows it in their language)."""
    outbox.enqueue(
        session=session,
        contact_id=request.contact_id,
        channel=request.channel,
        kind=kind,
        payload={"reference": request.reference, **payload},
        request_id=request.id,
    )


BECOMES = "becomes"  # in a question's answers: the programme staff invited its author to apply for
BECAME = "became"  # in a question's answers: the reference of the application it became


def invite_to_apply(*, session: AsyncSession, request: Request, to: Programme) -> None:
    """Turns a question into an application: its author is invited to apply for `to`, and the next words they
    write start that application with what the question already says (handlers.ask). The question closes once
    the application is made."""
    if Status(request.status) in FINAL:
        raise InvalidInput("error-move-final")
    if request.kind != "question" or to.kind != "application":
        raise InvalidInput("error-move-kind")
    request.answers = {**request.answers, BECOMES: to.code}
    request.updated_at = utcnow()
    _tell(session, request, "invited", programme=to.code)


def add_internal_note(*, session: AsyncSession, request: Request, staff_id: int, text: str) -> Message:
    """Adds a note only staff ever see."""
    if not text.strip():
        raise InvalidInput("error-note-empty")
    message = Message(
        request_id=request.id,
        contact_id=request.contact_id,
        direction="internal",
        author_staff_id=staff_id,
        text=text,
        delivery_state="internal",
    )
    session.add(message)
    return message


async def change_status(
    *,
    session: AsyncSession,
    request: Request,
    to: Status,
    actor: Actor,
    staff_id: int | None = None,
    public_note: str | None = None,
    internal_note: str | None = None,
) -> StatusEvent:
    """Moves a request along its lifecycle, records the event and queues the citizen's notification and the webhooks.

    Changes the citizen makes themselves are answered in the conversation, so they queue nothing.
    """
    current = Status(request.status)
    check_transition(current, to, actor)
    now = utcnow()
    request.status = to
    request.updated_at = now
    if to in FINAL:
        request.closed_at = now
    event = StatusEvent(
        request_id=request.id,
        from_status=current,
        to_status=to,
        actor_kind=actor,
        actor_staff_id=staff_id,
        public_note=public_note or None,
        internal_note=internal_note or None,
        created_at=now,
    )
    session.add(event)
    await webhooks.emit(session=session, event=Event.STATUS_CHANGED, request=request, previous_status=current, now=now)
    if actor != Actor.CITIZEN:
        outbox.enqueue(
            session=session,
            contact_id=request.contact_id,
            channel=request.channel,
            kind="status_changed",
            payload=status_notice(
                status=to.value,
                reference=request.reference,
                programme=request.programme,
                public_note=public_note or None,
            ),
            request_id=request.id,
        )
    return event


def status_notice(*, status: Any, reference: Any, programme: Any, public_note: Any) -> dict[str, Any]:
    """The payload of the citizen's "status changed" notification (values, or SQL expressions giving them)."""
    return {"status": status, "reference": reference, "programme": programme, "public_note": public_note}


async def get_by_reference(*, session: AsyncSession, reference: str, for_update: bool = False) -> Request:
    """Returns the request with this reference or raises NotFound."""
    statement = select(Request).where(Request.reference == reference)
    if for_update:
        statement = statement.with_for_update()
    request = (await session.execute(statement)).scalar_one_or_none()
    if request is None:
        raise NotFound("error-request-not-found")
    return request


async def find_for_owner(
    *, session: AsyncSession, reference: str, contact_id: int, for_update: bool = False
) -> Request:
    """Returns the contact's own request; someone else's gives the same NotFound as an unknown number."""
    statement = select(Request).where(Request.reference == reference, Request.contact_id == contact_id)
    if for_update:  # held until the caller commits: a staff change at the same moment waits, then sees this one
        statement = statement.with_for_update()
    request = (await session.execute(statement.execution_options(populate_existing=True))).scalar_one_or_none()
    if request is None:
        raise NotFound("error-request-not-found")
    return request


async def list_for_contact(
    *, session: AsyncSession, contact_id: int, limit: int = 10, desks: Collection[str] | None = None
) -> list[Request]:
    """The contact's requests, newest first; only those of `desks` when given."""
    statement = select(Request).where(Request.contact_id == contact_id)
    if desks is not None:
        statement = statement.where(Request.desk.in_(list(desks)))
    result = await session.execute(statement.order_by(Request.created_at.desc()).limit(limit))
    return list(result.scalars())


@dataclass(frozen=True)
class Threads:
    """Where a citizen's free words may belong."""

    focus: Request | None  # the open request staff last replied on or asked information for, within FOCUS_WINDOW
    open: list[Request]  # the person's open requests, the latest active first (at most OPEN_LISTED)


# The person's open requests, latest active first, each with when staff last replied on it and last asked for
# information on it since $2 (NULL: not since). On the session's driver: through the ORM these were two statements,
# each costing several times its database work (bench/RESULTS.md, issue 18).
_REQUEST_COLUMNS = tuple(Request.__table__.c)
_THREADS = f"""
SELECT {", ".join(f"r.{column.name}" for column in _REQUEST_COLUMNS)},
    (SELECT max(m.created_at) FROM messages m
     WHERE m.request_id = r.id AND m.direction = 'out' AND m.created_at >= $2),
    (SELECT max(e.created_at) FROM status_events e
     WHERE e.request_id = r.id AND e.to_status = '{Status.NEEDS_INFO.value}' AND e.created_at >= $2)
FROM requests r
WHERE r.contact_id = $1 AND r.status NOT IN ({", ".join(f"'{status.value}'" for status in FINAL)})
ORDER BY r.updated_at DESC, r.id DESC
LIMIT {OPEN_LISTED}
"""  # noqa: S608 (the model's own names and the statuses' values)


async def threads_of(*, session: AsyncSession, contact_id: int, now: datetime | None = None) -> Threads:
    """The person's open requests, and the one their next words answer: where staff last replied or asked."""
    await flush_pending(session, Request, Message, StatusEvent)
    driver = await Driver.of(session)
    stamp = Message.__table__.c.created_at  # a time as both tables keep it
    since = driver.bind(stamp, (now or utcnow()) - FOCUS_WINDOW)
    rows = await driver.fetch(_THREADS, contact_id, since)
    open_ = [adopt(session, Request, driver.read_all(_REQUEST_COLUMNS, row)) for row in rows]
    spoken = [
        (at, request)
        for request, row in zip(open_, rows, strict=True)
        for at in (driver.read(stamp, row[-2]), driver.read(stamp, row[-1]))
        if at is not None
    ]
    focus = max(spoken, key=lambda pair: pair[0])[1] if spoken else None
    return Threads(focus=focus, open=open_)


async def thread(*, session: AsyncSession, request_id: int) -> tuple[list[Message], list[StatusEvent]]:
    """The request's messages and status events, oldest first."""
    messages = await session.execute(
        select(Message).where(Message.request_id == request_id).order_by(Message.created_at, Message.id)
    )
    events = await session.execute(
        select(StatusEvent).where(StatusEvent.request_id == request_id).order_by(StatusEvent.id)
    )
    return list(messages.scalars()), list(events.scalars())


def latest_public_note(events: Sequence[StatusEvent]) -> str | None:
    """The last note staff wrote for the citizen, if any."""
    for event in reversed(events):
        if event.public_note:
            return event.public_note
    return None


async def search(
    *,
    session: AsyncSession,
    desks: Collection[str],
    statuses: Collection[str] | None = None,
    programmes: Collection[str] | None = None,
    languages: Collection[str] | None = None,
    district: str | None = None,
    references: Collection[str] | None = None,
    phone: str | None = None,
    national_id: str | None = None,
    name: Collection[str] | None = None,
    assignee_id: int | None = None,
    created_from: datetime | None = None,
    created_to: datetime | None = None,
    newest_first: bool = False,
    limit: int = 50,
    offset: int = 0,
) -> tuple[list[Request], int]:
    """Requests of these desks matching every filter given, one page of them and how many match in all.

    A filter given as an empty collection matches nothing; None leaves it out. A phone (E.164) or an
    identity number (11 digits) is found by its keyed index, a name by every one of its folded words
    (`search.name_words`). The order is the queue's (most urgent, then
    oldest) unless `newest_first`.
    """
    conditions: list[ColumnElement[bool]] = [Request.desk.in_(list(desks))]
    if statuses is not None:
        conditions.append(Request.status.in_(list(statuses)))
    if programmes is not None:
        conditions.append(Request.programme.in_(list(programmes)))
    if languages is not None:
        conditions.append(Request.language.in_(list(languages)))
    if district:
        conditions.append(Request.district == district)
    if references is not None:
        conditions.append(Request.reference.in_(list(references)))
    if phone is not None:
        conditions.append(Request.phone_index == phone)
    if national_id is not None:
        conditions.append(Request.national_id_index == national_id)
    if name is not None:
        if not name:
            conditions.append(false())
        conditions += [exists().where(NameToken.request_id == Request.id, NameToken.token == word) for word in name]
    if assignee_id is not None:
        conditions.append(Request.assignee_id == assignee_id)
    if created_from is not None:
        conditions.append(Request.created_at >= created_from)
    if created_to is not None:
        conditions.append(Request.created_at <= created_to)
    total = await session.scalar(select(func.count()).select_from(Request).where(*conditions))
    order = (
        (Request.created_at.desc(), Request.id.desc())
        if newest_first
        else (Request.priority.desc(), Request.created_at, Request.id)
    )
    result = await session.execute(select(Request).where(*conditions).order_by(*order).limit(limit).offset(offset))
    return list(result.scalars()), int(total or 0)


async def last_status_changes(*, session: AsyncSession, request_ids: Sequence[int]) -> dict[int, datetime]:
    """When each of these requests last changed status (its latest status event)."""
    if not request_ids:
        return {}
    result = await session.execute(
        select(StatusEvent.request_id, func.max(StatusEvent.created_at))
        .where(StatusEvent.request_id.in_(list(request_ids)))
        .group_by(StatusEvent.request_id)
    )
    return {request_id: _aware(moment) for request_id, moment in result.all()}


def _aware(moment: datetime) -> datetime:
    """An aggregate skips the column type's conversion: SQLite hands back a naive UTC time (or text)."""
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
