"""One request as staff read it: its thread and history, the person's other requests, attachments, full numbers."""

import asyncio
import logging
import re
from collections.abc import Sequence
from datetime import date
from typing import Annotated, Any

from cryptography.fernet import InvalidToken
from fastapi import APIRouter, Form, Request, Response
from sqlalchemy.ext.asyncio import AsyncSession

from core.canned import service as canned_service
from core.canned.models import CannedReply
from core.contacts import service as contacts
from core.db import utcnow
from core.errors import InvalidInput, NotFound
from core.files import service as files
from core.files.errors import FetchFailed, FileGone, FileTooLarge, FileUnavailable
from core.files.sniff import sniff
from core.questions import show_answer, under_age
from core.queue import glance
from core.queue.service import WAITING
from core.requests import actions
from core.requests import service as requests
from core.requests.models import Message
from core.requests.models import Request as RequestRow
from core.requests.service import CHECKLIST
from core.requests.statuses import FINAL, Actor, Status, allowed_next
from core.safeguarding import service as safeguarding
from core.staff import service as staff_service
from core.staff.models import StaffUser
from core.tags import service as tags
from staff.common import Labels, display_name, mask_phone, reads, sla_state
from staff.console.auth import Me
from staff.console.context import Console, ConsoleDep, ConsoleRoute, Poster, Reader, signed_in
from staff.console.views import native_name, timeline
from staff.http import CSP, Db

log = logging.getLogger("staff.console")

router = APIRouter(prefix="/console", route_class=ConsoleRoute)


def answer_rows(console: Console, labels: Labels, row: RequestRow) -> list[dict[str, str]]:
    """The programme's own answers as staff read them: each question's label and answer in the console's language."""
    try:
        programme = console.ctx.catalogue.programme(row.programme)
    except NotFound:
        return []
    answers, shown = row.answers or {}, []
    for code, question in programme.questions.items():
        value = answers.get(code)
        if value is None or value == []:
            continue
        text = show_answer(question, code, value, labels.translator, labels.locale)
        if question.under_years:
            today = (row.created_at or utcnow()).date()
            text = ", ".join(
                f"{show_answer(question, code, item, labels.translator, labels.locale)} ("
                + labels(
                    "console-answer-under-age"
                    if under_age(date.fromisoformat(str(item)), question.under_years, today)
                    else "console-answer-over-age",
                    years=question.under_years,
                )
                + ")"
                for item in (value if isinstance(value, list) else [value])
            )
        label = labels.translator.attribute(labels.locale, f"question-{code}", "label")
        shown.append({"label": label, "value": text})
    sent = answers.get(CHECKLIST)
    if programme.documents_needed and isinstance(sent, dict):
        marks = [
            f"{'✅' if sent.get(code) else '❌'} {labels.named(f'document-{code}', code)}"
            for code in programme.documents_needed
        ]
        shown.append({"label": labels("console-documents-checklist"), "value": ", ".join(marks)})
    return shown


def canned_view(console: Console, reply: CannedReply, citizen_locale: str) -> dict[str, Any]:
    """A canned reply as the answer form offers it: in Turkish, and as the citizen would read it."""
    default = console.default_locale
    used, text = canned_service.text_for(reply=reply, locale=citizen_locale, default_locale=default)
    return {
        "id": reply.id,
        "title": reply.title,
        "default": reply.texts.get(default, ""),
        "citizen": text,
        "citizen_locale": used,
        "translated": used != default,
        "status": reply.status,  # a macro: the status it sets and the tags it puts on, with the reply
        "tags": list(reply.tags or []),
    }


def move_options(console: Console, labels: Labels, row: RequestRow) -> list[dict[str, str]]:
    """Where a request can go: another programme of its kind; a question also into an application."""
    options = []
    for p in console.ctx.catalogue.programmes:
        if p.code == row.programme or (p.kind != row.kind and row.kind != "question"):
            continue
        label = labels.programme(p.code)
        if p.kind != row.kind:
            label = labels("console-move-as-application", programme=label)
        options.append({"code": p.code, "label": label, "desk": labels.desk(p.desk)})
    return options


async def _translations(
    console: Console, me: Me, labels: Labels, row: RequestRow, messages: Sequence[Message]
) -> dict[int, str]:
    """The citizen's words the viewer does not read, machine-translated into the console's language (when on)."""
    translation = console.ctx.translation
    if translation is None:
        return {}
    viewer = labels.locale
    foreign = [
        m
        for m in messages
        if m.direction == "in" and m.text and not reads(me.user.languages or [viewer], m.language or row.language)
    ]
    done = await asyncio.gather(
        *(translation.translate(m.text or "", source=m.language or row.language, target=viewer) for m in foreign)
    )
    return {m.id: text for m, text in zip(foreign, done, strict=True) if text}


async def request_page(
    request: Request,
    console: Console,
    session: AsyncSession,
    me: Me,
    row: RequestRow,
    *,
    revealed: dict[str, str] | None = None,
) -> Response:
    """The request's page: thread, history, the forms this user may use, who else has it open."""
    await safeguarding.record_view(session=session, request=row, staff_id=me.user.id)  # a flagged one: audited
    await glance.opened(session=session, staff_id=me.user.id, request_id=row.id)  # read, and open here
    labels = console.labels(request)
    translator = console.translator
    messages, events = await requests.thread(session=session, request_id=row.id)
    contact = await contacts.get(session=session, contact_id=row.contact_id)
    linked = [c for c in await contacts.linked(session=session, contact_id=contact.id) if c.erased_at is None]
    channel_of, fetchable = {c.id: c.channel for c in [contact, *linked]}, console.ctx.file_sources
    others = [
        r
        for r in await requests.list_for_contact(
            session=session, contact_id=row.contact_id, limit=20, desks=me.user.desks
        )
        if r.id != row.id
    ]
    ids = [m.author_staff_id for m in messages] + [e.actor_staff_id for e in events] + [row.assignee_id]
    people = await staff_service.users_by_id(session=session, ids=ids)
    canned = await canned_service.list_replies(session=session, desks=[row.desk])
    citizen_locale = contact.language or row.language
    foreign = not reads(me.user.languages or [labels.locale], citizen_locale)
    offered = sorted((canned_view(console, c, citizen_locale) for c in canned), key=lambda c: not c["translated"])
    colleagues: list[StaffUser] = []
    if me.user.supervises:
        colleagues = [u for u in await staff_service.list_users(session=session) if u.active and row.desk in u.desks]
    holder = people.get(row.assignee_id) if row.assignee_id else None
    return console.render(
        request,
        "request.html",
        r=row,
        items=timeline(
            messages, events, labels, people, row.language, await _translations(console, me, labels, row, messages)
        ),
        translating=console.ctx.translation is not None,
        contact_name=display_name(contact.display_name),
        channels=[  # the person's channels, linked by a number one of them verified
            {"channel": c.channel, "verified": c.phone_verified_via, "blocked": c.blocked} for c in linked
        ],
        flag=(  # a person may be at risk: the caseworker reading the thread sees it first, as the queue does
            {
                "state": labels(f"console-safeguarding-state-{row.safeguarding}"),
                "categories": [labels(f"console-safeguarding-category-{c}") for c in row.safeguarding_categories],
            }
            if row.safeguarding in safeguarding.HELD
            else None
        ),
        citizen_locale=citizen_locale,
        citizen_dir=labels.direction(citizen_locale),
        citizen_native=native_name(translator, citizen_locale),
        phone_masked=mask_phone(row.phone),
        revealed=revealed or {},
        checksum_warning=row.answers.get("national_id_checksum_ok") is False,
        full_name=row.answers.get("full_name"),
        phone_owner=row.answers.get("phone_owner"),
        answers=answer_rows(console, labels, row),
        others=[
            {
                "reference": o.reference,
                "programme": labels.programme(o.programme),
                "status": labels.status(o.status),
                "when": labels.datetime(o.created_at),
            }
            for o in others
        ],
        canned=offered,
        move_to=move_options(console, labels, row),
        held=[  # attachments kept here, or that their platform hands over when asked: photos get a thumbnail
            [m.id, i]
            for m in messages
            for i, a in enumerate(m.attachments or [])
            if console.ctx.files.holds(str(a.get("file_id", ""))) or channel_of.get(m.contact_id) in fetchable
        ],
        foreign_reader=foreign,
        next_statuses=allowed_next(Status(row.status), Actor.STAFF),
        can_act=actions.can_act(row, me.user),
        holder=holder.display_name if holder else None,
        mine=row.assignee_id == me.user.id,
        claimable=row.assignee_id is None and row.status in WAITING,
        colleagues=colleagues,
        sla=sla_state(row),
        final=Status(row.status) in FINAL,
        language_dir=labels.direction(row.language),
        language_native=native_name(translator, row.language),
        viewers=await others_here(session, me, row),
        tags=(await tags.tags_of(session=session, request_ids=[row.id])).get(row.id, []),
        desk_tags=await tags.desk_tags(session=session, desks=[row.desk]),
    )


async def others_here(session: AsyncSession, me: Me, row: RequestRow) -> list[str]:
    """The colleagues who have this request open now, by name."""
    found = await glance.viewers(session=session, request_ids=[row.id])
    return [u.display_name for u in found.get(row.id, []) if u.id != me.user.id]


@router.post("/requests/{reference}/here")
async def still_here(request: Request, console: ConsoleDep, session: Db, me: Poster, reference: str) -> Response:
    """The open page's heartbeat: keeps it marked open, and answers who else has it open (an escaped fragment)."""
    row = await actions.load(session=session, staff=me.user, reference=reference)
    await glance.still_open(session=session, staff_id=me.user.id, request_id=row.id)
    return console.render(request, "_viewers.html", viewers=await others_here(session, me, row))


@router.get("/requests/{reference}")
async def request_view(request: Request, console: ConsoleDep, session: Db, me: Reader, reference: str) -> Response:
    row = await actions.load(session=session, staff=me.user, reference=reference)
    return await request_page(request, console, session, me, row)


# Shown in the page: photos and sound in their elements, a PDF in Chromium's viewer inside a frame. Anything else
# (HTML, SVG, a file of no known kind) is only ever a download.
INLINE = ("image/", "audio/", "application/pdf")
# The attachment page's policy: the console's, and a frame for a PDF of this site (the file itself is sandboxed).
ATTACHMENT_CSP = CSP + "; frame-src 'self'"
# What staff are told when a platform's file cannot be brought here.
NOT_FETCHED: dict[type[FetchFailed], str] = {
    FileGone: "error-attachment-gone",
    FileTooLarge: "error-attachment-too-large",
    FileUnavailable: "error-attachment-unavailable",
}


@router.get("/requests/{reference}/attachments/{message_id}/{index}")
async def attachment(request: Request, console: ConsoleDep, reference: str, message_id: int, index: int) -> Response:
    """An attachment's page: a photo shown, a voice note playable, a PDF viewable, anything else to download; a
    platform's file is fetched and kept here the first time, or the page says why it cannot be."""
    problem = None
    try:
        row, item, name = await _held(request, console, reference, message_id, index)
    except NotOpened as exc:
        row, item, name = exc.row, exc.item, ""
        problem = console.error_text(request, exc.key) if exc.key else None
    found = sniff(console.ctx.files.read(name)[:64]) if name else None
    response = console.render(
        request,
        "attachment.html",
        r=row,
        kind=item.get("kind", ""),
        file_name=item.get("file_name") or "",
        held=bool(name),
        shown=found[1] if found else None,
        problem=problem,
        href=f"/console/requests/{row.reference}/attachments/{message_id}/{index}/file",
    )
    response.headers["Content-Security-Policy"] = ATTACHMENT_CSP
    return response


@router.get("/requests/{reference}/attachments/{message_id}/{index}/file")
async def attachment_file(
    request: Request, console: ConsoleDep, reference: str, message_id: int, index: int, download: int = 0
) -> Response:
    """The file itself, to staff who may see the request: its type from its own bytes (never its name), shown in
    the page only for photos, sound and PDFs; anything else, and any download, as an attachment."""
    try:
        row, _, name = await _held(request, console, reference, message_id, index)
    except NotOpened as exc:
        raise NotFound(exc.key or "error-attachment-unknown") from None
    data = console.ctx.files.read(name)
    found = sniff(data[:64])
    media_type = found[1] if found else "application/octet-stream"
    inline = not download and media_type.startswith(INLINE)
    suffix = found[2] if found else ".bin"
    disposition = "inline" if inline else f'attachment; filename="{row.reference}-{message_id}-{index}{suffix}"'
    headers = {"Accept-Ranges": "bytes"}
    status, wanted = 200, _byte_range(request.headers.get("range"), len(data))
    if wanted is not None:  # a player asking for the end of a voice note, to know its length and to seek
        status, headers["Content-Range"] = 206, f"bytes {wanted[0]}-{wanted[1]}/{len(data)}"
        data = data[wanted[0] : wanted[1] + 1]
    return Response(
        data,
        status_code=status,
        media_type=media_type,
        headers={
            **headers,
            "Content-Disposition": disposition,
            "X-Content-Type-Options": "nosniff",
            "Cache-Control": "private, no-store",
            # Never a page of this site: no script, no same origin; only the console's own pages may frame it.
            "Content-Security-Policy": "default-src 'none'; sandbox; frame-ancestors 'self'",
            "X-Frame-Options": "SAMEORIGIN",
        },
    )


def _byte_range(header: str | None, size: int) -> tuple[int, int] | None:
    """The one byte range a Range header asks for, first and last byte; None for the whole file."""
    found = re.fullmatch(r"bytes=(\d*)-(\d*)", (header or "").strip())
    if found is None or found.group(1) == found.group(2) == "":
        return None
    first, last = found.groups()
    start, end = (
        (max(size - int(last), 0), size - 1) if first == "" else (int(first), min(int(last or size - 1), size - 1))
    )
    return (start, end) if 0 <= start <= end < size else None


class NotOpened(Exception):
    """A platform's file that cannot be opened here now: why (an error key), or None when this process does not
    serve its channel."""

    def __init__(self, row: RequestRow, item: dict[str, Any], key: str | None) -> None:
        super().__init__(key)
        self.row, self.item, self.key = row, item, key


async def _held(
    request: Request, console: Console, reference: str, message_id: int, index: int
) -> tuple[RequestRow, dict[str, Any], str]:
    """The request, the attachment and its stored file's name; a platform's file is fetched from the person's
    channel and sealed here the first time. No transaction is held across the fetch (on SQLite it would stop
    every other writer), so this route checks sign-in in short transactions of its own."""
    async with console.ctx.db.transaction() as session:
        me = await signed_in(request, console, session)
    async with console.ctx.db.transaction() as session:  # apart: a refusal's rollback leaves `me` for its page
        row, item, channel = await _attachment_of(session, me, reference, message_id, index)
    name = str(item.get("file_id", ""))
    if console.ctx.files.holds(name):
        return row, item, name
    source = console.ctx.file_sources.get(channel)
    if source is None:
        raise NotOpened(row, item, None)
    try:
        stored = await files.fetch(source=source, store=console.ctx.files, file_id=name)
    except FetchFailed as exc:
        log.info(
            "attachment %s/%s of a %s message not fetched: %s %s", message_id, index, channel, type(exc).__name__, exc
        )
        raise NotOpened(row, item, NOT_FETCHED.get(type(exc), "error-attachment-unavailable")) from None
    async with console.ctx.db.transaction() as session:
        kept = await files.keep(session=session, message_id=message_id, index=index, file_id=name, name=stored)
    if kept != stored:  # another view kept its copy first, or the message was erased meanwhile
        console.ctx.files.remove([stored])
    if kept is None or not console.ctx.files.holds(kept):
        raise NotFound("error-attachment-unknown")
    return row, item, kept


async def _attachment_of(
    session: AsyncSession, me: Me, reference: str, message_id: int, index: int
) -> tuple[RequestRow, dict[str, Any], str]:
    """The request (on the viewer's desks), the attachment, and the channel its sender wrote on."""
    row = await actions.load(session=session, staff=me.user, reference=reference)
    messages, _ = await requests.thread(session=session, request_id=row.id)
    message = next((m for m in messages if m.id == message_id), None)
    if message is None or not 0 <= index < len(message.attachments or []):
        raise NotFound("error-attachment-unknown")
    contact = await contacts.get(session=session, contact_id=message.contact_id)
    return row, message.attachments[index], contact.channel


@router.post("/requests/{reference}/reveal")
async def reveal(
    request: Request,
    console: ConsoleDep,
    session: Db,
    me: Poster,
    reference: str,
    field: Annotated[str, Form()] = "",
) -> Response:
    """Shows a personal number in full, once, to who may act on the request; each look is audited and counted."""
    request.state.back = f"/console/requests/{reference}"
    row = await actions.reveal(session=session, staff=me.user, reference=reference, field=field)
    value = row.phone or ""
    if field == "national_id" and row.national_id_encrypted:
        try:
            value = console.ctx.vault.decrypt(row.national_id_encrypted)
        except InvalidToken:
            raise InvalidInput("error-decrypt-failed") from None
    return await request_page(request, console, session, me, row, revealed={field: value})
