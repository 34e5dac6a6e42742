"""Answering a request: a reply in free text or a canned one (a macro), a change of status, an internal note,
the desk's tags, letting go."""

from typing import Annotated

from fastapi import APIRouter, File, Form, Request, Response, UploadFile

from core.files.uploads import clean_file_name, store
from core.requests import actions
from core.requests.schemas import AttachmentIn
from core.requests.statuses import Status
from staff.common import clean_text
from staff.console.context import ConsoleDep, ConsoleRoute, Notice, Poster, redirect, refuse
from staff.http import Db

router = APIRouter(prefix="/console", route_class=ConsoleRoute)
VIA = actions.Via.CONSOLE


# What staff may send a citizen, told by the file's own bytes: photos every channel shows, and PDF documents.
REPLY_FILE_TYPES = frozenset({"image/jpeg", "image/png", "image/webp", "application/pdf"})
REPLY_FILE_REFUSED = {"bad_type": "error-reply-file-type", "too_large": "error-reply-file-too-large"}


@router.post("/requests/{reference}/reply")
async def reply(
    request: Request,
    console: ConsoleDep,
    session: Db,
    me: Poster,
    reference: str,
    text: Annotated[str, Form()] = "",
    file: Annotated[UploadFile | None, File()] = None,
) -> Response:
    """Sends the agent's words, and a photo or PDF when one is attached; with machine translation on, the words
    translated from the console's language."""
    request.state.back = f"/console/requests/{reference}"
    attachment = None
    if file is not None and (file.filename or file.size):  # an empty file input still sends a part
        stored = await store(file, console.ctx.files, types=REPLY_FILE_TYPES)
        if isinstance(stored, str):
            await refuse(session, me.user, reference, REPLY_FILE_REFUSED[stored])
        name, (kind, mime, extension), size = stored
        shown = clean_file_name(file.filename) or f"{reference}{extension}"
        attachment = AttachmentIn(kind=kind, file_id=name, file_name=shown, mime_type=mime, size=size)
    try:
        row, _ = await actions.reply(
            session=session,
            staff=me.user,
            reference=reference,
            text=clean_text(text),
            via=VIA,
            translation=console.ctx.translation,
            written_in=console.labels(request).locale,
            attachment=attachment,
        )
    except BaseException:  # refused or failed: the file goes with the reply
        if attachment is not None:
            console.ctx.files.remove([attachment.file_id])
        raise
    return redirect(f"/console/requests/{row.reference}", Notice.REPLY_QUEUED)


@router.post("/requests/{reference}/canned")
async def send_canned(
    request: Request,
    console: ConsoleDep,
    session: Db,
    me: Poster,
    reference: str,
    canned_id: Annotated[str, Form()] = "",
) -> Response:
    request.state.back = f"/console/requests/{reference}"
    if not canned_id.isdigit():
        await refuse(session, me.user, reference, "error-canned-unknown")
    row, _ = await actions.reply_canned(
        session=session,
        staff=me.user,
        reference=reference,
        canned_id=int(canned_id),
        default_locale=console.default_locale,
        via=VIA,
        interpreter_after=console.ctx.settings.interpreter_after,
    )
    return redirect(f"/console/requests/{row.reference}", Notice.CANNED_SENT)


@router.post("/requests/{reference}/status")
async def change_status(
    request: Request,
    console: ConsoleDep,
    session: Db,
    me: Poster,
    reference: str,
    status: Annotated[str, Form()] = "",
    public_note: Annotated[str, Form()] = "",
    internal_note: Annotated[str, Form()] = "",
) -> Response:
    request.state.back = f"/console/requests/{reference}"
    if status not in list(Status):
        await refuse(session, me.user, reference, "error-status-unknown")
    row = await actions.change_status(
        session=session,
        staff=me.user,
        reference=reference,
        to=Status(status),
        public_note=clean_text(public_note.strip()) or None,
        internal_note=clean_text(internal_note.strip()) or None,
        via=VIA,
        interpreter_after=console.ctx.settings.interpreter_after,
    )
    return redirect(f"/console/requests/{row.reference}", Notice.STATUS_CHANGED)


@router.post("/requests/{reference}/move")
async def move(
    request: Request,
    console: ConsoleDep,
    session: Db,
    me: Poster,
    reference: str,
    programme: Annotated[str, Form()] = "",
) -> Response:
    """Files the request under another programme (and its desk); the citizen is told in their language."""
    request.state.back = f"/console/requests/{reference}"
    catalogue = console.ctx.catalogue
    row = await actions.move(
        session=session, staff=me.user, reference=reference, programme=programme, catalogue=catalogue, via=VIA
    )
    return redirect(f"/console/requests/{row.reference}", Notice.MOVED)


@router.post("/requests/{reference}/note")
async def note(
    request: Request, session: Db, me: Poster, reference: str, text: Annotated[str, Form()] = ""
) -> Response:
    request.state.back = f"/console/requests/{reference}"
    row = await actions.add_note(session=session, staff=me.user, reference=reference, text=clean_text(text))
    return redirect(f"/console/requests/{row.reference}", Notice.NOTE_ADDED)


@router.post("/requests/{reference}/tags")
async def tag(request: Request, session: Db, me: Poster, reference: str, name: Annotated[str, Form()] = "") -> Response:
    """Puts one of the desk's tags on the request; a new name makes a new tag of the desk."""
    request.state.back = f"/console/requests/{reference}"
    row = await actions.tag(session=session, staff=me.user, reference=reference, name=clean_text(name), via=VIA)
    return redirect(f"/console/requests/{row.reference}", Notice.TAGGED)


@router.post("/requests/{reference}/tags/remove")
async def untag(
    request: Request, session: Db, me: Poster, reference: str, name: Annotated[str, Form()] = ""
) -> Response:
    request.state.back = f"/console/requests/{reference}"
    row = await actions.untag(session=session, staff=me.user, reference=reference, name=clean_text(name), via=VIA)
    return redirect(f"/console/requests/{row.reference}", Notice.UNTAGGED)


@router.post("/requests/{reference}/release")
async def release(request: Request, console: ConsoleDep, session: Db, me: Poster, reference: str) -> Response:
    request.state.back = f"/console/requests/{reference}"
    await actions.release(
        session=session,
        staff=me.user,
        reference=reference,
        via=VIA,
        interpreter_after=console.ctx.settings.interpreter_after,
    )
    return redirect("/console", Notice.RELEASED)
