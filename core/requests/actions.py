"""What staff do to a request, written once for every staff edge: load it, check who may, change it, audit it.

The console and the REST API call these; each takes the signed-in staff member and the reference as typed,
and raises a domain error the edge turns into its own answer.
"""

from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from core.assignment import service as assignment
from core.audit import service as audit
from core.audit.models import Action, AuditEntry
from core.canned import service as canned
from core.catalogue import Catalogue
from core.contacts import service as contacts
from core.db import utcnow
from core.errors import Forbidden, InvalidInput, NotFound
from core.i18n import same_language
from core.identity import mask_in_text
from core.privacy.service import Privacy
from core.queue import service as queue
from core.queue.claims import Claims
from core.references import parse_reference
from core.requests import service as requests
from core.requests.models import Message, Request
from core.requests.schemas import AttachmentIn
from core.requests.search import Kind, read
from core.requests.statuses import FINAL, Actor, Status, check_transition
from core.staff import service as staff_service
from core.staff.models import StaffUser
from core.tags import service as tags
from core.translation import MachineTranslation

REVEALS_PER_HOUR = 30  # full identity numbers and phones one staff member may see in an hour


class Via(StrEnum):
    """The staff edge an action came through, as the audit log records it."""

    CONSOLE = "console"
    API = "api"
    SAMPLE = "sample"  # the demo's sample day (hemsehri/sample.py), acted out in the staff's names


def ensure_visible(request: Request, staff: StaffUser) -> None:
    """Another desk's request is answered exactly like an unknown reference."""
    if request.desk not in staff.desks:
        raise NotFound("error-request-not-found")


def ensure_can_act(request: Request, staff: StaffUser) -> None:
    """Agents answer and move only the requests they hold; supervisors and admins any of their desks."""
    ensure_visible(request, staff)
    if not staff.supervises and request.assignee_id != staff.id:
        raise Forbidden("error-not-your-claim")


def can_act(request: Request, staff: StaffUser) -> bool:
    """Whether `ensure_can_act` would let this staff member answer and move the request."""
    try:
        ensure_can_act(request, staff)
    except (Forbidden, NotFound):
        return False
    return True


async def load(*, session: AsyncSession, staff: StaffUser, reference: str, lock: bool = False) -> Request:
    """The request of a reference as typed (separators allowed), if it belongs to one of this staff member's desks."""
    try:
        reference = parse_reference(reference)
    except InvalidInput:
        raise NotFound("error-request-not-found") from None
    request = await requests.get_by_reference(session=session, reference=reference, for_update=lock)
    ensure_visible(request, staff)
    return request


async def reveal(*, session: AsyncSession, staff: StaffUser, reference: str, field: str) -> Request:
    """Allows one look at a personal number in full (the caller shows it once): only for a request this staff
    member may act on, at most REVEALS_PER_HOUR an hour, and written to the audit log."""
    request = await load(session=session, staff=staff, reference=reference)
    ensure_can_act(request, staff)
    if not {"national_id": request.national_id_encrypted, "phone": request.phone}.get(field):
        raise InvalidInput("error-invalid-input")
    await audit.hold(session=session)  # one count at a time; the log's lock, as core.assignment takes it before rows
    since = utcnow() - timedelta(hours=1)
    recent = await session.scalar(
        select(func.count())
        .select_from(AuditEntry)
        .where(AuditEntry.staff_id == staff.id, AuditEntry.action == Action.REVEAL, AuditEntry.created_at > since)
    )
    if (recent or 0) >= REVEALS_PER_HOUR:
        raise Forbidden("error-reveal-limit", limit=REVEALS_PER_HOUR)
    await audit.record(
        session=session, staff_id=staff.id, action=Action.REVEAL, target=request.reference, details={"field": field}
    )
    return request


async def claim_next(
    *, session: AsyncSession, claims: Claims, staff: StaffUser, interpreter_after: timedelta, via: Via
) -> queue.Claimed | None:
    """Gives this staff member the next request of the queue, audited, as a plain record; None when nothing waits
    for them.

    On PostgreSQL the claim and its audit entry have committed when this returns (with the claims of the other
    agents pressing at the same moment: core.queue.claims), whatever the caller's transaction does next."""
    return await claims.claim_next(session=session, staff=staff, interpreter_after=interpreter_after, via=via)


async def claim(
    *, session: AsyncSession, staff: StaffUser, reference: str, interpreter_after: timedelta, via: Via
) -> Request:
    """Gives this staff member the request they opened, by the rules claim-next follows; audited."""
    request = await load(session=session, staff=staff, reference=reference, lock=True)
    if request.assignee_id == staff.id:
        return request
    await queue.claim(session=session, staff=staff, request=request, interpreter_after=interpreter_after)
    await audit.record(
        session=session, staff_id=staff.id, action=Action.CLAIM, target=request.reference, details={"via": via}
    )
    return request


@dataclass(frozen=True)
class Found:
    """A search's page of requests, how many match in all, and what the search was read as."""

    kind: Kind
    requests: list[Request]
    total: int


async def search(
    *, session: AsyncSession, staff: StaffUser, text: str, phone_region: str, via: Via, limit: int = 50, offset: int = 0
) -> Found:
    """Requests of this staff member's desks found by a reference, phone, identity number or name, newest first.

    A search by a phone, an identity number or a name is audited with its kind and how many it found, never
    its value. A reference is not: it finds at most the one request, which the console shows as it shows any
    request of the desks (its queue row, its page), and a reference is no personal data.
    """
    terms = read(text, phone_region=phone_region)
    rows, total = await requests.search(
        session=session,
        desks=staff.desks,
        references=[terms.value] if terms.kind == Kind.REFERENCE else None,
        phone=terms.value if terms.kind == Kind.PHONE else None,
        national_id=terms.value if terms.kind == Kind.NATIONAL_ID else None,
        name=terms.words if terms.kind == Kind.NAME else None,
        newest_first=True,
        limit=limit,
        offset=offset,
    )
    if terms.kind != Kind.REFERENCE:
        await audit.record(
            session=session,
            staff_id=staff.id,
            action=Action.SEARCH,
            details={"kind": terms.kind.value, "results": total, "via": via},
        )
    return Found(terms.kind, rows, total)


async def reply(
    *,
    session: AsyncSession,
    staff: StaffUser,
    reference: str,
    text: str,
    via: Via,
    translation: MachineTranslation | None = None,
    written_in: str | None = None,
    attachment: AttachmentIn | None = None,
) -> tuple[Request, Message]:
    """Answers the citizen with free text (and a stored file, when attached), queued for delivery on their channel.

    With machine translation on, text `written_in` another language than the citizen's goes out translated
    (what the agent wrote stays in the thread); when the provider fails nothing is sent (TranslationFailed).
    """
    request = await _to_act_on(session, staff, reference)
    translated = None
    if translation is not None and written_in is not None:
        contact = await contacts.get(session=session, contact_id=request.contact_id)
        target = contact.language or request.language
        if not same_language(target, written_in):
            translated = await translation.translate(text, source=written_in, target=target)
            if translated is None:
                raise InvalidInput("error-translation-failed")
    message = await requests.reply(
        session=session, request=request, staff_id=staff.id, text=text, translated=translated, attachment=attachment
    )
    details = {"via": via, "translated": translated is not None} | ({"file": attachment.kind} if attachment else {})
    await _audit_answer(session, staff, request, message, details)
    return request, message


async def reply_canned(
    *,
    session: AsyncSession,
    staff: StaffUser,
    reference: str,
    canned_id: int,
    default_locale: str,
    via: Via,
    interpreter_after: timedelta,
) -> tuple[Request, Message]:
    """Answers the citizen with one of the desk's canned replies, in their language when it has one; a macro also
    puts its tags on the request and moves it to its status, all or nothing (a status the request cannot go to
    from where it is refuses the whole macro before anything is sent)."""
    request = await _to_act_on(session, staff, reference)
    chosen = await canned.get(session=session, canned_id=canned_id)
    if chosen.desk != request.desk or not chosen.active:
        raise InvalidInput("error-canned-unknown")
    target = Status(chosen.status) if chosen.status else None
    if target is not None:
        check_transition(Status(request.status), target, Actor.STAFF)
    contact = await contacts.get(session=session, contact_id=request.contact_id)
    locale = contact.language or request.language
    used, text = canned.text_for(reply=chosen, locale=locale, default_locale=default_locale)
    message = await requests.reply(session=session, request=request, staff_id=staff.id, text=text)
    await _audit_answer(session, staff, request, message, {"via": via, "canned_id": chosen.id, "locale": used})
    for name in chosen.tags:
        await _tag(session, staff, request, name, via)
    if target is not None:
        await change_status(
            session=session,
            staff=staff,
            reference=request.reference,
            to=target,
            public_note=None,
            internal_note=None,
            via=via,
            interpreter_after=interpreter_after,
        )
    return request, message


async def tag(*, session: AsyncSession, staff: StaffUser, reference: str, name: str, via: Via) -> Request:
    """Puts one of the desk's tags on the request (made on first use), for anyone of its desk; audited."""
    request = await load(session=session, staff=staff, reference=reference)
    await _tag(session, staff, request, name, via)
    return request


async def _tag(session: AsyncSession, staff: StaffUser, request: Request, name: str, via: Via) -> None:
    if await tags.add(session=session, request=request, name=name):
        await _record_tag(session, staff, request, Action.TAG_ADD, name, via)


async def untag(*, session: AsyncSession, staff: StaffUser, reference: str, name: str, via: Via) -> Request:
    """Takes a tag off the request; audited."""
    request = await load(session=session, staff=staff, reference=reference)
    if await tags.remove(session=session, request=request, name=name):
        await _record_tag(session, staff, request, Action.TAG_REMOVE, name, via)
    return request


async def _record_tag(
    session: AsyncSession, staff: StaffUser, request: Request, action: Action, name: str, via: Via
) -> None:
    """Audits a tag put on or taken off a request."""
    details = {"tag": tags.clean_name(name), "via": via}
    await audit.record(session=session, staff_id=staff.id, action=action, target=request.reference, details=details)


async def _to_act_on(session: AsyncSession, staff: StaffUser, reference: str) -> Request:
    """The request, locked, if this staff member may answer and move it."""
    request = await load(session=session, staff=staff, reference=reference, lock=True)
    ensure_can_act(request, staff)
    return request


async def _audit_answer(
    session: AsyncSession, staff: StaffUser, request: Request, message: Message, details: dict[str, Any]
) -> None:
    await audit.record(
        session=session,
        staff_id=staff.id,
        action=Action.REPLY,
        target=request.reference,
        details={**details, "message_id": message.id},
    )


async def move(
    *, session: AsyncSession, staff: StaffUser, reference: str, programme: str, catalogue: Catalogue, via: Via
) -> Request:
    """Files the request under another programme (and its desk), or invites a question's author to apply for an
    application programme; audited; the citizen is told."""
    request = await _to_act_on(session, staff, reference)
    target = catalogue.programme(programme)
    details: dict[str, Any] = {"from": request.programme, "to": target.code, "desk": target.desk, "via": via}
    if request.kind == "question" and target.kind == "application":
        requests.invite_to_apply(session=session, request=request, to=target)
        details["invited"] = True
    else:
        requests.move(session=session, request=request, to=target)
    await audit.record(
        session=session, staff_id=staff.id, action=Action.MOVE, target=request.reference, details=details
    )
    return request


async def change_status(
    *,
    session: AsyncSession,
    staff: StaffUser,
    reference: str,
    to: Status,
    public_note: str | None,
    internal_note: str | None,
    via: Via,
    interpreter_after: timedelta,
) -> Request:
    """Moves the request to a new status; the public note goes to the citizen, the internal one to staff only.

    An end frees its holder's place: a push desk fills it."""
    request = await _to_act_on(session, staff, reference)
    before = request.status
    await requests.change_status(
        session=session,
        request=request,
        to=to,
        actor=Actor.STAFF,
        staff_id=staff.id,
        public_note=public_note,
        internal_note=internal_note,
    )
    await audit.record(
        session=session,
        staff_id=staff.id,
        action=Action.STATUS_CHANGE,
        target=request.reference,
        details={"via": via, "from": before, "to": to.value},
    )
    if to in FINAL:
        await assignment.freed(session=session, agent_id=request.assignee_id, interpreter_after=interpreter_after)
    return request


async def add_note(*, session: AsyncSession, staff: StaffUser, reference: str, text: str) -> Request:
    """Adds a note to the thread that only staff ever see."""
    request = await load(session=session, staff=staff, reference=reference)
    requests.add_internal_note(session=session, request=request, staff_id=staff.id, text=text)
    return request


async def release(
    *, session: AsyncSession, staff: StaffUser, reference: str, via: Via, interpreter_after: timedelta
) -> Request:
    """Gives a claimed request back to the queue (a push desk then fills its holder's place, with another one)."""
    request = await load(session=session, staff=staff, reference=reference, lock=True)
    holder = request.assignee_id
    queue.release(request=request, staff=staff)
    await audit.record(
        session=session, staff_id=staff.id, action=Action.RELEASE, target=request.reference, details={"via": via}
    )
    # Not back to the one who gave it back: to another agent, if the desk pushes; them, another request.
    await assignment.push(
        session=session,
        request=request,
        interpreter_after=interpreter_after,
        trigger=assignment.Trigger.FREED,
        not_to=holder,
    )
    await assignment.freed(session=session, agent_id=holder, interpreter_after=interpreter_after, skip=request.id)
    return request


async def reassign(
    *, session: AsyncSession, staff: StaffUser, reference: str, to_staff_id: int, via: Via, interpreter_after: timedelta
) -> Request:
    """Hands the request to another active staff member of its desk (supervisors and admins only); a push desk
    fills the place it leaves."""
    staff_service.ensure_supervisor(staff)
    request = await load(session=session, staff=staff, reference=reference, lock=True)
    holder = request.assignee_id
    target = await staff_service.get_user(session=session, staff_id=to_staff_id)
    if not target.active:
        raise Forbidden("error-staff-disabled")
    queue.reassign(request=request, to=target, by=staff)
    await audit.record(
        session=session,
        staff_id=staff.id,
        action=Action.REASSIGN,
        target=request.reference,
        details={"via": via, "to": target.id},
    )
    if holder != target.id:
        await assignment.freed(session=session, agent_id=holder, interpreter_after=interpreter_after)
    return request


async def erase_person(
    *, session: AsyncSession, staff: StaffUser, reference: str, reason: str, privacy: Privacy, via: Via
) -> int:
    """Forgets the person behind this request (their KVKK request made at a desk); returns the files deleted.

    A supervisor may erase only a person whose requests are all on their desks; an admin anyone.
    """
    staff_service.ensure_supervisor(staff)
    request = await load(session=session, staff=staff, reference=reference, lock=True)
    reason = reason.strip()[:500]
    if not reason:
        raise InvalidInput("error-erase-needs-reason")
    if not staff.is_admin:
        desks = await session.scalars(select(Request.desk).where(Request.contact_id == request.contact_id).distinct())
        if not set(desks) <= set(staff.desks):  # erasing would cancel another desk's requests: an admin's call
            raise Forbidden("error-erase-other-desks")
    return await privacy.erase_person(
        session=session, contact_id=request.contact_id, reason=mask_in_text(reason), staff_id=staff.id
    )
