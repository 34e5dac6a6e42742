"""The page, its static files, the WebSocket and the upload endpoint, under /chat."""

from __future__ import annotations

import contextlib
import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request, WebSocket, WebSocketDisconnect
from fastapi.responses import HTMLResponse, JSONResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.datastructures import UploadFile

from bot.channel import Conversations
from bot.webchat import CHANNEL
from bot.webchat.admission import Admission, make_admission
from bot.webchat.chat import LANGUAGE_TAG, MAX_TEXT_CHARS, MESSAGE_ID, WebChat, is_chat_code
from bot.webchat.connection import MAX_FRAME_BYTES, Connection
from bot.webchat.mailbox import Mailbox
from bot.webchat.render import own_message
from bot.webchat.uploads import ACCEPT, MAX_UPLOAD_BYTES, TooLarge, clean_file_name, limited, store
from core.context import CoreContext
from core.files import service as files
from core.files.sniff import sniff
from core.i18n import CITY_TIMEZONE, Translator
from handlers.types import Attachment, InboundKind

log = logging.getLogger("bot.webchat")

STATIC_DIR = Path(__file__).with_name("static")


def preferred_locale(translator: Translator, accept_language: str | None) -> str:
    """The best supported locale for an Accept-Language header, or the default."""
    ranked: list[tuple[float, int, str]] = []
    for index, part in enumerate((accept_language or "").split(",")[:20]):
        tag, _, params = (piece.strip() for piece in part.partition(";"))
        try:
            quality = float(params[2:]) if params.startswith("q=") else 1.0
        except ValueError:
            continue
        if LANGUAGE_TAG.fullmatch(tag) and quality > 0:
            ranked.append((-quality, index, tag))
    for _, _, tag in sorted(ranked):
        found = translator.resolve(tag)
        if found.split("-")[0].lower() == tag.split("-")[0].lower():
            return found
    return translator.default


def _security_headers(*, page: bool) -> dict[str, str]:
    headers = {
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "Cross-Origin-Resource-Policy": "same-origin",
    }
    if page:
        headers |= {
            "Content-Security-Policy": (
                "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; "
                "connect-src 'self'; "
                "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
            ),
            "X-Frame-Options": "DENY",
            "Cross-Origin-Opener-Policy": "same-origin",
            "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
            "Cache-Control": "no-store",
        }
    return headers


@dataclass(frozen=True)
class _Static:
    body: bytes
    media_type: str
    version: str


def _load_static() -> dict[str, _Static]:
    files = {
        "chat.js": "text/javascript; charset=utf-8",
        "chat.css": "text/css; charset=utf-8",
        "icon.svg": "image/svg+xml",
        "naskh-arabic.woff2": "font/woff2",  # naskh-arabic-OFL.txt: its licence and how it was made
    }
    loaded = {}
    for name, media_type in files.items():
        body = (STATIC_DIR / name).read_bytes()
        loaded[name] = _Static(body, media_type, hashlib.sha256(body).hexdigest()[:12])
    return loaded


def build_webchat_router(
    ctx: CoreContext,
    conversations: Conversations,
    translator: Translator,
    mailbox: Mailbox,
    admission: Admission | None = None,
) -> APIRouter:
    """The page, its static files, the WebSocket and the upload endpoint, under /chat.

    `admission` budgets new chats and uploads per address (in this process when not given).
    """
    chat = WebChat(
        conversations=conversations,
        translator=translator,
        mailbox=mailbox,
        admission=admission or make_admission(None),
        files=ctx.files,
        city=ctx.catalogue.city.name,
        phone_region=ctx.catalogue.city.phone_region,
    )
    static = _load_static()
    templates = Environment(loader=FileSystemLoader(STATIC_DIR), autoescape=select_autoescape(["html"]))
    page = templates.get_template("chat.html")
    router = APIRouter(prefix="/chat", include_in_schema=False)

    @router.get("")
    async def chat_page(request: Request) -> HTMLResponse:
        locale = preferred_locale(translator, request.headers.get("accept-language"))
        html = page.render(
            locale=locale,
            dir=translator.direction(locale),
            t=chat.renderer.page_strings(locale),
            versions={name: item.version for name, item in static.items()},
            time_zone=CITY_TIMEZONE.key,
            max_frame=MAX_FRAME_BYTES,
            max_text=MAX_TEXT_CHARS,
            max_upload=MAX_UPLOAD_BYTES,
            accept=ACCEPT,
        )
        return HTMLResponse(html, headers=_security_headers(page=True))

    @router.get("/static/{name}")
    async def chat_static(name: str, v: str | None = None) -> Response:
        item = static.get(name)
        if item is None:
            return Response(status_code=404, headers=_security_headers(page=False))
        cache = "public, max-age=31536000, immutable" if v == item.version else "no-cache"
        return Response(
            item.body,
            media_type=item.media_type,
            headers={**_security_headers(page=False), "Cache-Control": cache, "ETag": f'"{item.version}"'},
        )

    @router.websocket("/ws")
    async def chat_socket(ws: WebSocket) -> None:
        await ws.accept()
        connection = Connection(chat, ws)
        try:
            await connection.run()
        except WebSocketDisconnect:
            pass
        except Exception:  # never a traceback to the page: log it and close
            log.exception("web chat socket failed")
            with contextlib.suppress(Exception):
                await ws.close(code=1011)

    @router.post("/upload")
    async def chat_upload(request: Request) -> JSONResponse:
        locale = translator.resolve(request.headers.get("x-hemsehri-locale") or None)

        def answer(code: str, status: int, message_id: str | None = None) -> JSONResponse:
            body: dict[str, Any] = {"ok": False, "code": code, "text": chat.renderer.error_text(locale, code)}
            if message_id:
                body["id"] = message_id
            return JSONResponse(body, status_code=status, headers=_security_headers(page=False))

        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > MAX_UPLOAD_BYTES + 64 * 1024:
            return answer("too_large", 413)
        try:
            form = await limited(request, MAX_UPLOAD_BYTES + 64 * 1024).form(
                max_files=1, max_fields=4, max_part_size=1024
            )
        except TooLarge:
            return answer("too_large", 413)
        except Exception:  # a malformed multipart body
            log.debug("unreadable upload", exc_info=True)
            return answer("bad_frame", 400)
        try:
            chat_id, message_id, upload = form.get("chat"), form.get("id"), form.get("file")
            if not is_chat_code(chat_id):
                return answer("bad_chat", 400)
            if not isinstance(message_id, str) or not MESSAGE_ID.fullmatch(message_id):
                return answer("bad_frame", 400)
            if not isinstance(upload, UploadFile):
                return answer("bad_frame", 400, message_id)
            if not chat.upload_allowed(chat_id):
                return answer("slow_down", 429, message_id)
            address = request.client.host if request.client else ""
            if not await chat.admission.upload(address):
                return answer("upload_busy", 429, message_id)
            if await chat.is_new(chat_id) and not await chat.admission.new_chat(address):
                return answer("busy", 429, message_id)
            stored = await store(upload, chat.files)
            if isinstance(stored, str):
                return answer(stored, 413 if stored == "too_large" else 415, message_id)
            saved, (kind, mime, extension), size = stored
            name = clean_file_name(upload.filename)
        finally:
            await form.close()
        language = form.get("language")
        language = language if isinstance(language, str) and LANGUAGE_TAG.fullmatch(language) else None
        attachment = Attachment(kind, saved, file_name=name, mime_type=mime, size=size)
        inbound = chat.inbound(chat_id, message_id, language, kind=InboundKind.ATTACHMENT, attachment=attachment)
        shown = {"kind": kind, "name": name or extension.lstrip(".").upper()}
        mine = own_message(message_id, locale, attachment=shown)
        status = await chat.converse(inbound, mine)
        if status != "ok":  # the file is not the engine's: a copy of one it has, or not recorded at all
            chat.files.remove([saved])
        if status == "retry":
            return answer("upload_failed", 503, message_id)
        if status == "failed":
            return answer("failed", 200, message_id)
        return JSONResponse({"ok": True, "id": message_id, "status": status}, headers=_security_headers(page=False))

    @router.post("/files/{name}")
    async def chat_file(request: Request, name: str) -> Response:
        """A file of this chat's thread (one staff sent), to the page that holds the chat's code: the code travels
        in the body, never in an address; another chat's code, or none, finds nothing."""
        try:
            form = await request.form(max_files=0, max_fields=2, max_part_size=256)
        except Exception:  # a malformed body
            return Response(status_code=400, headers=_security_headers(page=False))
        chat_id = form.get("chat")
        if not is_chat_code(chat_id):
            return Response(status_code=400, headers=_security_headers(page=False))
        async with ctx.db.transaction() as session:
            theirs = await files.is_theirs(session=session, channel=CHANNEL, platform_user_id=chat_id, name=name)
        if not theirs or not chat.files.holds(name):
            return Response(status_code=404, headers=_security_headers(page=False))
        data = chat.files.read(name)
        found = sniff(data[:64])
        return Response(
            data,
            media_type=found[1] if found else "application/octet-stream",
            headers={
                **_security_headers(page=False),
                "Content-Disposition": f'attachment; filename="{name}"',
                "Content-Security-Policy": "default-src 'none'; sandbox",
                "Cache-Control": "private, no-store",
            },
        )

    return router
