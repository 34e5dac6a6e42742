"""One request as staff read it: its thread and history, the person's other requests, attachments, full numbers."""

import asyncio
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
from core.files.sniff import sniff
from core.questions import show_answer, under_age
from core.queue import glance
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
from staff.console.context import Console, ConsoleDep, ConsoleRoute, Poster, Reader
from staff.console.views import native_name, timeline
from staff.http import Db

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
        held=[  # attachments kept here (web chat uploads): photos get a thumbnail in the thread
            [m.id, i]
            for m in messages
            for i, a in enumerate(m.attachments or [])
            if console.ctx.files.holds(str(a.get("file_id", "")))
        ],
        foreign_reader=foreign,
        next_statuses=allowed_next(Status(row.status), Actor.STAFF),
        can_act=actions.can_act(row, me.user),
        holder=holder.display_name if holder else None,
        mine=row.assignee_id == me.user.id,
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


@router.get("/requests/{reference}/attachments/{message_id}/{index}")
async def attachment(
    request: Request, console: ConsoleDep, session: Db, me: Reader, reference: str, message_id: int, index: int
) -> Response:
    """An attachment's page: a photo shown, a voice note playable, a document to open or download."""
    row, item = await _attachment_of(session, me, reference, message_id, index)
    held = console.ctx.files.holds(str(item.get("file_id", "")))
    found = sniff(console.ctx.files.read(item["file_id"])[:64]) if held else None
    return console.render(
        request,
        "attachment.html",
        r=row,
        kind=item.get("kind", ""),
        file_name=item.get("file_name") or "",
        shown=found[1] if found else None,
        href=f"/console/requests/{row.reference}/attachments/{message_id}/{index}/file",
    )


@router.get("/requests/{reference}/attachments/{message_id}/{index}/file")
async def attachment_file(
    console: ConsoleDep, session: Db, me: Reader, reference: str, message_id: int, index: int, download: int = 0
) -> Response:
    """The file itself, to staff who may see the request: its type from its own bytes (never its name), shown in
    the page only for photos and sound; anything else, and any download, as an attachment."""
    row, item = await _attachment_of(session, me, reference, message_id, index)
    name = str(item.get("file_id", ""))
    if not console.ctx.files.holds(name):
        raise NotFound("error-attachment-unknown")
    data = console.ctx.files.read(name)
    found = sniff(data[:64])
    media_type = found[1] if found else "application/octet-stream"
    inline = not download and media_type.startswith(("image/", "audio/"))
    suffix = found[2] if found else ".bin"
    disposition = "inline" if inline else f'attachment; filename="{row.reference}-{message_id}-{index}{suffix}"'
    return Response(
        data,
        media_type=media_type,
        headers={
            "Content-Disposition": disposition,
            "X-Content-Type-Options": "nosniff",
            "Cache-Control": "private, no-store",
            "Content-Security-Policy": "default-src 'none'; sandbox",
        },
    )


async def _attachment_of(
    session: AsyncSession, me: Me, reference: str, message_id: int, index: int
) -> tuple[RequestRow, dict[str, Any]]:
    row = await actions.load(session=session, staff=me.user, reference=reference)
    messages, _ = await requests.thread(session=session, request_id=row.id)
    message = next((m for m in messages if m.id == message_id), None)
    if message is None or not 0 <= index < len(message.attachments or []):
        raise NotFound("error-attachment-unknown")
    return row, message.attachments[index]


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
