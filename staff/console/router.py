"""The staff console: sign-in, the queue with live updates, a request's thread and answers, supervision.

Every route is a thin edge: it parses the form, calls core's services in the request's one
transaction, and answers with a page or a redirect. Domain errors become a message on the page
the form came from, never a server error.
"""

import asyncio
import csv
import io
import re
import secrets
from collections.abc import AsyncIterator, Callable, Coroutine
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote

from cryptography.fernet import InvalidToken
from fastapi import APIRouter, Depends, Form, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, StreamingResponse
from fastapi.routing import APIRoute
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from core.announcements import service as announcements
from core.announcements.schemas import Segment
from core.contacts import service as contacts
from core.context import CoreContext
from core.db import utcnow
from core.errors import Forbidden, HemsehriError, InvalidInput, NotFound
from core.i18n import Translator
from core.outbox import service as outbox
from core.privacy import service as privacy
from core.queue import service as queue
from core.references import format_reference, parse_reference
from core.requests import service as requests
from core.requests.models import Request as RequestRow
from core.requests.statuses import FINAL, Actor, Status, allowed_next
from core.staff import service as staff_service
from core.staff.models import StaffUser
from staff.common import (
    CONSOLE_LOCALES,
    SUPERVISORS,
    Labels,
    clean_text,
    display_name,
    ensure_can_act,
    ensure_supervisor,
    ensure_visible,
    mask_phone,
    sla_state,
)
from staff.console.auth import (
    LOGIN_COOKIE,
    CookiePolicy,
    CsrfRejected,
    Me,
    NotSignedIn,
    is_passive,
    safe_next,
    same_origin,
    same_token,
)
from staff.console.views import (
    QueueFilters,
    announcement_rows,
    audience_rows,
    native_name,
    queue_rows,
    timeline,
)
from staff.http import is_https, secure_headers, session_dependency

HERE = Path(__file__).parent
STATIC_FILES = {"console.js": "text/javascript; charset=utf-8", "console.css": "text/css; charset=utf-8"}
NOTICES = frozenset({
    "claimed", "queue-empty", "reply-queued", "canned-sent", "status-changed", "note-added", "released",
    "reassigned", "staff-created", "staff-updated", "canned-saved", "locale-changed", "announcement-sent",
    "announcement-cancelled", "delivery-retried", "person-erased",
})
ERROR_KEY = re.compile(r"^error-[a-z0-9-]{1,60}$")
ROLES = ("agent", "supervisor", "admin")
# The channels an announcement can go out on (a city system's requests have no chat to write to).
MESSAGING_CHANNELS = ("telegram", "whatsapp", "webchat")
STATUS_CODES: dict[type[HemsehriError], int] = {NotFound: 404, Forbidden: 403, InvalidInput: 422}


def build_console_router(
    ctx: CoreContext,
    translator: Translator,
    *,
    poll_interval: float = 2.0,
    stream_lifetime: float = 300.0,
    max_streams: int = 100,
    session_idle: timedelta = staff_service.SESSION_IDLE,
    session_lifetime: timedelta = staff_service.SESSION_ABSOLUTE,
) -> APIRouter:
    """The console under /console; live updates poll the database at most every `poll_interval` seconds."""
    catalogue = ctx.catalogue
    default_locale = catalogue.city.default_locale
    https = is_https(ctx)
    cookies = CookiePolicy(secure=https, lifetime=session_lifetime)
    templates = Environment(
        loader=FileSystemLoader(HERE / "templates"), autoescape=True, undefined=StrictUndefined,
        trim_blocks=True, lstrip_blocks=True,
    )
    Db = session_dependency(ctx)
    streams = {"open": 0}

    # -- rendering -------------------------------------------------------------------------------

    def labels_for(request: Request) -> Labels:
        me: Me | None = getattr(request.state, "me", None)
        if me is not None:
            return Labels(translator, me.user.console_locale)
        return Labels(translator, _browser_locale(request.headers.get("accept-language", "")))

    def render(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
        me: Me | None = getattr(request.state, "me", None)
        labels = labels_for(request)
        notice = request.query_params.get("notice", "")
        error = request.query_params.get("error", "")
        context.setdefault("error_text", _error_text(labels, error) if error else None)
        html = templates.get_template(template).render(
            request=request, t=labels, me=me.user if me else None, csrf=me.csrf if me else "",
            locale=labels.locale, supervisor=bool(me and me.user.role in SUPERVISORS),
            admin=bool(me and me.user.role == "admin"),
            notice_text=labels(f"console-notice-{notice}") if notice in NOTICES else None,
            format_reference=format_reference, path=request.url.path, **context,
        )
        return HTMLResponse(html, status_code=status)

    def error_page(request: Request, status: int, key: str) -> HTMLResponse:
        return render(request, "error.html", status=status, error_text=_error_text(labels_for(request), key))

    def back_to(request: Request, key: str, status: int) -> Response:
        """After a failed form: back to the page it came from with the reason; else an error page."""
        back = getattr(request.state, "back", None)
        if request.method == "POST" and back:
            return RedirectResponse(f"{back}?error={quote(key)}", status_code=303)
        return error_page(request, status, key)

    def signed_out(request: Request) -> Response:
        if request.method == "GET" and not is_passive(request):
            target = quote(safe_next(request.url.path + (f"?{request.url.query}" if request.url.query else "")))
            return RedirectResponse(f"/console/login?next={target}", status_code=303)
        return Response(status_code=401)

    class ConsoleRoute(APIRoute):
        """Turns sign-in, CSRF and domain errors into pages or redirects, and adds the security headers."""

        def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
            handler = super().get_route_handler()

            async def handle(request: Request) -> Response:
                try:
                    response = await handler(request)
                except NotSignedIn:
                    response = signed_out(request)
                except CsrfRejected:
                    response = error_page(request, 403, "error-csrf")
                except RequestValidationError:
                    response = back_to(request, "error-invalid-input", 422)
                except NotFound as exc:
                    response = error_page(request, 404, exc.key)
                except HemsehriError as exc:
                    response = back_to(request, exc.key, STATUS_CODES.get(type(exc), 409))
                cache = request.url.path.startswith("/console/static/")
                return secure_headers(response, https=https, cache=cache)

            return handle

    router = APIRouter(prefix="/console", route_class=ConsoleRoute, include_in_schema=False)

    # -- who is asking ---------------------------------------------------------------------------

    async def signed_in(request: Request, session: Db) -> Me:
        token = cookies.token(request)
        if token is None:
            raise NotSignedIn
        try:
            user, row = await staff_service.resume_session(
                session=session, token=token, idle=session_idle, touch=not is_passive(request)
            )
        except Forbidden:
            raise NotSignedIn from None
        me = Me(user=user, session=row)
        request.state.me = me
        return me

    async def checked(request: Request, me: Annotated[Me, Depends(signed_in)]) -> Me:
        """A form post: it must carry this session's CSRF token and come from this site."""
        form = await request.form()
        sent = form.get("csrf") or request.headers.get("x-csrf-token")
        if not same_token(sent, me.csrf) or not same_origin(request, ctx.settings.public_url):
            raise CsrfRejected
        return me

    async def supervising(me: Annotated[Me, Depends(signed_in)]) -> Me:
        ensure_supervisor(me.user)
        return me

    async def supervising_post(me: Annotated[Me, Depends(checked)]) -> Me:
        ensure_supervisor(me.user)
        return me

    Reader = Annotated[Me, Depends(signed_in)]
    Poster = Annotated[Me, Depends(checked)]
    Supervisor = Annotated[Me, Depends(supervising)]
    SupervisorPoster = Annotated[Me, Depends(supervising_post)]

    # -- static files ----------------------------------------------------------------------------

    @router.get("/static/{name}")
    async def static(name: str) -> Response:
        if name not in STATIC_FILES:
            return Response(status_code=404)
        return FileResponse(HERE / "static" / name, media_type=STATIC_FILES[name],
                            headers={"Cache-Control": "public, max-age=300"})

    # -- signing in and out ----------------------------------------------------------------------

    @router.get("/login")
    async def login_form(request: Request, session: Db) -> Response:
        token = cookies.token(request)
        if token:
            try:
                await staff_service.resume_session(session=session, token=token, idle=session_idle, touch=False)
                return RedirectResponse(safe_next(request.query_params.get("next")), status_code=303)
            except Forbidden:
                pass
        return login_page(request)

    def login_page(request: Request, *, error: str | None = None, status: int = 200, username: str = "") -> Response:
        login_token = secrets.token_urlsafe(32)
        page = render(request, "login.html", status=status, login_csrf=login_token, username=username,
                      next=safe_next(request.query_params.get("next")),
                      error_text=_error_text(labels_for(request), error) if error else None)
        cookies.set_login_token(page, login_token)
        return page

    @router.post("/login")
    async def login(
        request: Request, session: Db, username: Annotated[str, Form()] = "", password: Annotated[str, Form()] = "",
        csrf: Annotated[str, Form()] = "",
    ) -> Response:
        if not same_token(csrf, request.cookies.get(LOGIN_COOKIE)) or not same_origin(request, ctx.settings.public_url):
            return login_page(request, error="error-csrf", status=403, username=username[:64])
        try:
            user = await staff_service.authenticate(session=session, username=username[:64], password=password[:1024])
        except Forbidden as exc:
            known = None
            try:
                known = await staff_service.get_by_username(session=session, username=username[:64])
            except NotFound:
                pass
            staff_service.audit(
                session=session, staff_id=known.id if known else None, action="sign_in_failed",
                details={"reason": exc.key} if known else {"reason": exc.key, "unknown_user": True},
            )
            return login_page(request, error=exc.key, status=401, username=username[:64])
        await staff_service.purge_sessions(session=session, idle=session_idle)
        previous = cookies.token(request)
        if previous:
            await staff_service.end_session(session=session, token=previous)
        token, _ = await staff_service.start_session(session=session, user=user, lifetime=session_lifetime)
        staff_service.audit(session=session, staff_id=user.id, action="sign_in")
        response = RedirectResponse(safe_next(request.query_params.get("next")), status_code=303)
        cookies.set(response, token)
        cookies.clear_login_token(response)
        return response

    @router.post("/logout")
    async def logout(request: Request, session: Db, me: Poster) -> Response:
        await staff_service.end_session(session=session, token=cookies.token(request) or "")
        staff_service.audit(session=session, staff_id=me.user.id, action="sign_out")
        response = RedirectResponse("/console/login", status_code=303)
        cookies.clear(response)
        return response

    @router.post("/locale")
    async def switch_locale(
        me: Poster, locale: Annotated[str, Form()] = "", next: Annotated[str, Form()] = ""
    ) -> Response:
        if locale in CONSOLE_LOCALES:
            staff_service.update_user(user=me.user, console_locale=locale)
        return RedirectResponse(safe_next(next), status_code=303)

    # -- the queue -------------------------------------------------------------------------------

    async def queue_context(session: Any, me: Me, filters: QueueFilters, labels: Labels) -> dict[str, Any]:
        waiting = await queue.list_queue(
            session=session, desks=filters.desks(me.user), languages=filters.languages(me.user),
            statuses=filters.statuses(), programme=filters.programme or None, district=filters.district or None,
            limit=100,
        )
        mine = await queue.list_assigned(session=session, staff_id=me.user.id)
        holders = await staff_service.users_by_id(session=session, ids=[r.assignee_id for r in waiting])
        holders[me.user.id] = me.user
        return {
            "rows": queue_rows(waiting, labels, translator, holders),
            "mine": queue_rows(mine, labels, translator, holders),
            "version": await queue.fingerprint(session=session, desks=me.user.desks),
            "filters": filters,
        }

    @router.get("")
    async def queue_page(request: Request, session: Db, me: Reader) -> Response:
        labels = labels_for(request)
        filters = QueueFilters.parse(request.query_params, me.user, catalogue)
        context = await queue_context(session, me, filters, labels)
        programmes = [p.code for p in catalogue.programmes if p.desk in me.user.desks]
        return render(
            request, "queue.html", **context, desks=list(me.user.desks), programmes=programmes,
            languages=list(catalogue.city.locales), statuses=[s.value for s in Status],
            districts=list(catalogue.city.districts),
        )

    @router.get("/queue/rows")
    async def queue_fragment(request: Request, session: Db, me: Reader) -> Response:
        labels = labels_for(request)
        filters = QueueFilters.parse(request.query_params, me.user, catalogue)
        return render(request, "_queue_list.html", **await queue_context(session, me, filters, labels))

    @router.get("/events")
    async def events(request: Request) -> Response:
        """Server-sent events: 'queue' whenever the waiting requests of my desks change."""
        token = cookies.token(request)
        if token is None:
            return Response(status_code=401)
        async with ctx.db.transaction() as session:
            try:
                user, _ = await staff_service.resume_session(session=session, token=token, idle=session_idle,
                                                             touch=False)
            except Forbidden:
                return Response(status_code=401)
            desks = list(user.desks)
        if streams["open"] >= max_streams:
            return Response(status_code=503, headers={"Retry-After": "10"})
        since = request.query_params.get("since", "")[:32] or None
        return StreamingResponse(
            changes(token, desks, since), media_type="text/event-stream",
            headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
        )

    async def changes(token: str, desks: list[str], last: str | None) -> AsyncIterator[str]:
        """Polls the queue's fingerprint; bounded in time (the browser reconnects) and in number of streams."""
        streams["open"] += 1
        try:
            yield "retry: 3000\n\n"
            loop = asyncio.get_running_loop()
            deadline = loop.time() + stream_lifetime
            quiet = 0.0
            while loop.time() < deadline:
                async with ctx.db.transaction() as session:
                    try:
                        await staff_service.resume_session(session=session, token=token, idle=session_idle,
                                                           touch=False)
                    except Forbidden:
                        yield "event: signed-out\ndata: -\n\n"
                        return
                    current = await queue.fingerprint(session=session, desks=desks)
                if last is not None and current != last:
                    yield f"event: queue\ndata: {current}\n\n"
                    quiet = 0.0
                elif quiet >= 15:
                    yield ": keep-alive\n\n"
                    quiet = 0.0
                last = current
                await asyncio.sleep(poll_interval)
                quiet += poll_interval
        finally:
            streams["open"] -= 1

    @router.post("/claim")
    async def claim(request: Request, session: Db, me: Poster) -> Response:
        request.state.back = "/console"
        claimed = await queue.claim_next(session=session, staff=me.user)
        if claimed is None:
            return RedirectResponse("/console?notice=queue-empty", status_code=303)
        staff_service.audit(session=session, staff_id=me.user.id, action="claim", target=claimed.reference)
        return RedirectResponse(f"/console/requests/{claimed.reference}?notice=claimed", status_code=303)

    # -- one request -----------------------------------------------------------------------------

    async def load(session: Any, reference: str, me: Me, *, lock: bool = False) -> RequestRow:
        try:
            reference = parse_reference(reference)
        except InvalidInput:
            raise NotFound("error-request-not-found") from None
        request = await requests.get_by_reference(session=session, reference=reference, for_update=lock)
        ensure_visible(request, me.user)
        return request

    async def request_page(
        request: Request, session: Any, me: Me, row: RequestRow, *, revealed: dict[str, str] | None = None
    ) -> Response:
        labels = labels_for(request)
        messages, events = await requests.thread(session=session, request_id=row.id)
        contact = await contacts.get(session=session, contact_id=row.contact_id)
        others = [r for r in await requests.list_for_contact(session=session, contact_id=row.contact_id, limit=20)
                  if r.id != row.id]
        ids = [m.author_staff_id for m in messages] + [e.actor_staff_id for e in events] + [row.assignee_id]
        people = await staff_service.users_by_id(session=session, ids=ids)
        canned = await staff_service.list_canned_replies(session=session, desks=[row.desk])
        citizen_locale = contact.language or row.language
        colleagues: list[StaffUser] = []
        if me.user.role in SUPERVISORS:
            colleagues = [u for u in await staff_service.list_users(session=session)
                          if u.active and row.desk in u.desks]
        can_act = True
        try:
            ensure_can_act(row, me.user)
        except Forbidden:
            can_act = False
        holder = people.get(row.assignee_id) if row.assignee_id else None
        return render(
            request, "request.html", r=row,
            items=timeline(messages, events, labels, people, row.language),
            contact_name=display_name(contact.display_name), citizen_locale=citizen_locale,
            citizen_dir=labels.direction(citizen_locale), citizen_native=native_name(translator, citizen_locale),
            phone_masked=mask_phone(row.phone), revealed=revealed or {},
            checksum_warning=row.answers.get("national_id_checksum_ok") is False,
            others=[{"reference": o.reference, "programme": labels.programme(o.programme),
                     "status": labels.status(o.status), "when": labels.datetime(o.created_at),
                     "visible": o.desk in me.user.desks} for o in others],
            canned=[canned_view(c, citizen_locale) for c in canned],
            next_statuses=allowed_next(Status(row.status), Actor.STAFF), can_act=can_act,
            holder=holder.display_name if holder else None, mine=row.assignee_id == me.user.id,
            colleagues=colleagues, sla=sla_state(row), final=Status(row.status) in FINAL,
            language_dir=labels.direction(row.language), language_native=native_name(translator, row.language),
        )

    def canned_view(reply: Any, citizen_locale: str) -> dict[str, Any]:
        used, text = staff_service.canned_text(reply, citizen_locale, default_locale)
        return {"id": reply.id, "title": reply.title, "default": reply.texts.get(default_locale, ""),
                "citizen": text, "citizen_locale": used, "translated": used != default_locale}

    @router.get("/requests/{reference}")
    async def request_view(request: Request, session: Db, me: Reader, reference: str) -> Response:
        return await request_page(request, session, me, await load(session, reference, me))

    @router.get("/requests/{reference}/attachments/{message_id}/{index}")
    async def attachment(request: Request, session: Db, me: Reader, reference: str, message_id: int,
                         index: int) -> Response:
        row = await load(session, reference, me)
        messages, _ = await requests.thread(session=session, request_id=row.id)
        message = next((m for m in messages if m.id == message_id), None)
        if message is None or not 0 <= index < len(message.attachments or []):
            raise NotFound("error-attachment-unknown")
        item = message.attachments[index]
        return render(request, "attachment.html", r=row, kind=item.get("kind", ""),
                      file_name=item.get("file_name") or "")

    @router.post("/requests/{reference}/reply")
    async def reply(request: Request, session: Db, me: Poster, reference: str,
                    text: Annotated[str, Form()] = "") -> Response:
        request.state.back = f"/console/requests/{reference}"
        row = await load(session, reference, me, lock=True)
        ensure_can_act(row, me.user)
        message = await requests.reply(session=session, request=row, staff_id=me.user.id, text=clean_text(text))
        staff_service.audit(session=session, staff_id=me.user.id, action="reply", target=row.reference,
                            details={"message_id": message.id})
        return RedirectResponse(f"/console/requests/{row.reference}?notice=reply-queued", status_code=303)

    @router.post("/requests/{reference}/canned")
    async def send_canned(request: Request, session: Db, me: Poster, reference: str,
                          canned_id: Annotated[str, Form()] = "") -> Response:
        request.state.back = f"/console/requests/{reference}"
        row = await load(session, reference, me, lock=True)
        ensure_can_act(row, me.user)
        if not canned_id.isdigit():
            raise InvalidInput("error-canned-unknown")
        canned = await staff_service.get_canned_reply(session=session, canned_id=int(canned_id))
        if canned.desk != row.desk or not canned.active:
            raise InvalidInput("error-canned-unknown")
        contact = await contacts.get(session=session, contact_id=row.contact_id)
        used, text = staff_service.canned_text(canned, contact.language or row.language, default_locale)
        message = await requests.reply(session=session, request=row, staff_id=me.user.id, text=text)
        staff_service.audit(session=session, staff_id=me.user.id, action="reply", target=row.reference,
                            details={"message_id": message.id, "canned_id": canned.id, "locale": used})
        return RedirectResponse(f"/console/requests/{row.reference}?notice=canned-sent", status_code=303)

    @router.post("/requests/{reference}/status")
    async def change_status(
        request: Request, session: Db, me: Poster, reference: str, status: Annotated[str, Form()] = "",
        public_note: Annotated[str, Form()] = "", internal_note: Annotated[str, Form()] = "",
    ) -> Response:
        request.state.back = f"/console/requests/{reference}"
        row = await load(session, reference, me, lock=True)
        ensure_can_act(row, me.user)
        if status not in {s.value for s in Status}:
            raise InvalidInput("error-status-unknown")
        before = row.status
        await requests.change_status(
            session=session, request=row, to=Status(status), actor=Actor.STAFF, staff_id=me.user.id,
            public_note=clean_text(public_note.strip()) or None,
            internal_note=clean_text(internal_note.strip()) or None,
        )
        staff_service.audit(session=session, staff_id=me.user.id, action="status_change", target=row.reference,
                            details={"from": before, "to": status})
        return RedirectResponse(f"/console/requests/{row.reference}?notice=status-changed", status_code=303)

    @router.post("/requests/{reference}/note")
    async def note(request: Request, session: Db, me: Poster, reference: str,
                   text: Annotated[str, Form()] = "") -> Response:
        request.state.back = f"/console/requests/{reference}"
        row = await load(session, reference, me)
        requests.add_internal_note(session=session, request=row, staff_id=me.user.id, text=clean_text(text))
        return RedirectResponse(f"/console/requests/{row.reference}?notice=note-added", status_code=303)

    @router.post("/requests/{reference}/release")
    async def release(request: Request, session: Db, me: Poster, reference: str) -> Response:
        request.state.back = f"/console/requests/{reference}"
        row = await load(session, reference, me, lock=True)
        queue.release(request=row, staff=me.user)
        staff_service.audit(session=session, staff_id=me.user.id, action="release", target=row.reference)
        return RedirectResponse("/console?notice=released", status_code=303)

    @router.post("/requests/{reference}/reassign")
    async def reassign(request: Request, session: Db, me: SupervisorPoster, reference: str,
                       staff_id: Annotated[str, Form()] = "") -> Response:
        request.state.back = f"/console/requests/{reference}"
        row = await load(session, reference, me, lock=True)
        if not staff_id.isdigit():
            raise InvalidInput("error-staff-unknown")
        target = await staff_service.get_user(session=session, staff_id=int(staff_id))
        if not target.active:
            raise Forbidden("error-staff-disabled")
        queue.reassign(request=row, to=target, by=me.user)
        staff_service.audit(session=session, staff_id=me.user.id, action="reassign", target=row.reference,
                            details={"to": target.id})
        return RedirectResponse(f"/console/requests/{row.reference}?notice=reassigned", status_code=303)

    @router.post("/requests/{reference}/erase")
    async def erase(request: Request, session: Db, me: SupervisorPoster, reference: str,
                    reason: Annotated[str, Form()] = "", confirm: Annotated[str, Form()] = "") -> Response:
        """Erases the person behind this request (their KVKK request made at a desk or by phone)."""
        request.state.back = f"/console/requests/{reference}"
        row = await load(session, reference, me, lock=True)
        reason = clean_text(reason)[:500]
        if not reason or confirm != "yes":
            raise InvalidInput("error-erase-needs-reason")
        files = await privacy.erase_contact(session=session, contact_id=row.contact_id, reason=reason,
                                            staff_id=me.user.id)
        privacy.remove_local_files(ctx.settings.data_dir / "attachments", files)
        return RedirectResponse("/console?notice=person-erased", status_code=303)

    @router.post("/requests/{reference}/reveal")
    async def reveal(request: Request, session: Db, me: Poster, reference: str,
                     field: Annotated[str, Form()] = "") -> Response:
        """Shows a personal number in full, once, and writes that to the audit log."""
        request.state.back = f"/console/requests/{reference}"
        row = await load(session, reference, me)
        if field == "national_id" and row.national_id_encrypted:
            try:
                value = ctx.vault.decrypt(row.national_id_encrypted)
            except InvalidToken:
                raise InvalidInput("error-decrypt-failed") from None
        elif field == "phone" and row.phone:
            value = row.phone
        else:
            raise InvalidInput("error-invalid-input")
        staff_service.audit(session=session, staff_id=me.user.id, action="reveal", target=row.reference,
                            details={"field": field})
        return await request_page(request, session, me, row, revealed={field: value})

    # -- supervision -----------------------------------------------------------------------------

    @router.get("/team")
    async def team(request: Request, session: Db, me: Supervisor) -> Response:
        labels = labels_for(request)
        now = utcnow()
        desks = list(me.user.desks)
        summary = await queue.waiting_summary(session=session, desks=desks, now=now)
        held = await queue.held_requests(session=session, desks=desks)
        late = await queue.breached(session=session, desks=desks, now=now)
        people = await staff_service.users_by_id(session=session, ids=[r.assignee_id for r in held + late])
        groups: dict[int, list[RequestRow]] = {}
        for row in held:
            groups.setdefault(row.assignee_id or 0, []).append(row)
        return render(
            request, "team.html", now=now,
            summary=[{"desk": labels.desk(w.desk), "language": labels.language(w.language), "code": w.language,
                      "dir": labels.direction(w.language), "waiting": w.waiting, "unassigned": w.unassigned,
                      "oldest": labels.duration(now - w.oldest) if w.oldest else "", "breached": w.breached}
                     for w in summary],
            holders=[{"name": people[i].display_name if i in people else str(i),
                      "rows": queue_rows(rows, labels, translator, people, now)} for i, rows in groups.items()],
            late=queue_rows(late, labels, translator, people, now),
        )

    @router.get("/team/export.csv")
    async def export(session: Db, me: Supervisor) -> Response:
        """The open requests of my desks as CSV, without personal data; the export is audited."""
        rows, total = await requests.search(
            session=session, desks=list(me.user.desks), statuses=[s.value for s in Status if s not in FINAL],
            limit=10_000,
        )
        people = await staff_service.users_by_id(session=session, ids=[r.assignee_id for r in rows])
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["reference", "programme", "desk", "status", "language", "channel", "district",
                         "created_at", "sla_due_at", "sla_state", "assignee"])
        for r in rows:
            writer.writerow([_cell(v) for v in (
                r.reference, r.programme, r.desk, r.status, r.language, r.channel, r.district or "",
                r.created_at.isoformat(), r.sla_due_at.isoformat(), sla_state(r),
                people[r.assignee_id].username if r.assignee_id in people else "",
            )])
        staff_service.audit(session=session, staff_id=me.user.id, action="export",
                            details={"rows": len(rows), "of": total, "desks": list(me.user.desks)})
        return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": 'attachment; filename="hemsehri-open-requests.csv"'})

    def desks_for(user: StaffUser) -> list[str]:
        """The desks this user may give to accounts: all of them for admins, their own for supervisors."""
        return sorted(catalogue.desks) if user.role == "admin" else list(user.desks)

    def manageable(me: StaffUser, target: StaffUser) -> bool:
        """Admins manage everyone; supervisors the non-admins whose desks are all theirs."""
        if me.role == "admin":
            return True
        return target.role != "admin" and set(target.desks) <= set(me.desks)

    def checked_account(me: StaffUser, role: str, desks: list[str], languages: list[str]) -> None:
        if role not in ROLES or (role == "admin" and me.role != "admin"):
            raise Forbidden("error-role-not-allowed")
        if any(d not in catalogue.desks for d in desks) or (me.role != "admin" and not set(desks) <= set(me.desks)):
            raise Forbidden("error-desk-not-allowed")
        if any(code not in catalogue.city.locales for code in languages):
            raise InvalidInput("error-language-unknown")

    @router.get("/staff")
    async def staff_list(request: Request, session: Db, me: Supervisor) -> Response:
        users = [u for u in await staff_service.list_users(session=session) if manageable(me.user, u)]
        return render(request, "staff.html", users=users, roles=_roles_for(me.user), all_desks=desks_for(me.user),
                      all_languages=list(catalogue.city.locales))

    @router.post("/staff")
    async def staff_create(
        request: Request, session: Db, me: SupervisorPoster, username: Annotated[str, Form()] = "",
        display: Annotated[str, Form()] = "", password: Annotated[str, Form()] = "",
        role: Annotated[str, Form()] = "agent", desks: Annotated[list[str] | None, Form()] = None,
        languages: Annotated[list[str] | None, Form()] = None,
    ) -> Response:
        request.state.back = "/console/staff"
        desks, languages = list(desks or []), list(languages or [])
        checked_account(me.user, role, desks, languages)
        if not re.fullmatch(r"[a-z0-9._-]{2,64}", username.strip().lower()):
            raise InvalidInput("error-username-invalid")
        user = await staff_service.create_user(
            session=session, username=username, password=password, role=role, desks=desks, languages=languages,
            display_name=clean_text(display.strip())[:128] or None,
        )
        staff_service.audit(session=session, staff_id=me.user.id, action="staff_create", target=user.username,
                            details={"role": role, "desks": desks, "languages": languages})
        return RedirectResponse("/console/staff?notice=staff-created", status_code=303)

    @router.get("/staff/{staff_id}")
    async def staff_edit(request: Request, session: Db, me: Supervisor, staff_id: int) -> Response:
        user = await staff_service.get_user(session=session, staff_id=staff_id)
        if not manageable(me.user, user):
            raise NotFound("error-staff-unknown")
        return render(request, "staff_edit.html", user=user, roles=_roles_for(me.user),
                      all_desks=desks_for(me.user), all_languages=list(catalogue.city.locales),
                      console_locales=CONSOLE_LOCALES)

    @router.post("/staff/{staff_id}")
    async def staff_update(
        request: Request, session: Db, me: SupervisorPoster, staff_id: int,
        display: Annotated[str, Form()] = "", role: Annotated[str, Form()] = "",
        desks: Annotated[list[str] | None, Form()] = None,
        languages: Annotated[list[str] | None, Form()] = None,
        console_locale: Annotated[str, Form()] = "",
    ) -> Response:
        request.state.back = f"/console/staff/{staff_id}"
        user = await staff_service.get_user(session=session, staff_id=staff_id)
        if not manageable(me.user, user):
            raise NotFound("error-staff-unknown")
        role = role or user.role
        desks, languages = list(desks or []), list(languages or [])
        checked_account(me.user, role, desks, languages)
        if user.id == me.user.id and role != user.role:
            raise Forbidden("error-own-role")
        staff_service.update_user(
            user=user, role=role, desks=desks, languages=languages, display_name=clean_text(display)[:128],
            console_locale=console_locale if console_locale in CONSOLE_LOCALES else None,
        )
        staff_service.audit(session=session, staff_id=me.user.id, action="staff_update", target=user.username,
                            details={"role": role, "desks": desks, "languages": languages})
        return RedirectResponse(f"/console/staff/{user.id}?notice=staff-updated", status_code=303)

    @router.post("/staff/{staff_id}/active")
    async def staff_active(request: Request, session: Db, me: SupervisorPoster, staff_id: int,
                           active: Annotated[str, Form()] = "") -> Response:
        request.state.back = f"/console/staff/{staff_id}"
        user = await staff_service.get_user(session=session, staff_id=staff_id)
        if not manageable(me.user, user):
            raise NotFound("error-staff-unknown")
        if user.id == me.user.id:
            raise Forbidden("error-own-account")
        enable = active == "1"
        await staff_service.set_active(session=session, user=user, active=enable)
        staff_service.audit(session=session, staff_id=me.user.id, action="staff_enable" if enable else "staff_disable",
                            target=user.username)
        return RedirectResponse(f"/console/staff/{user.id}?notice=staff-updated", status_code=303)

    def canned_texts(form: Any) -> dict[str, str]:
        return {code: clean_text(str(form.get(f"text_{code}") or ""))[:4000] for code in catalogue.city.locales}

    @router.get("/canned")
    async def canned_list(request: Request, session: Db, me: Supervisor) -> Response:
        replies = await staff_service.list_canned_replies(session=session, desks=me.user.desks, include_inactive=True)
        return render(request, "canned.html", replies=replies, reply=None, desks=list(me.user.desks),
                      locales=_locale_fields(catalogue.city.locales, translator))

    @router.post("/canned")
    async def canned_create(request: Request, session: Db, me: SupervisorPoster,
                            desk: Annotated[str, Form()] = "", title: Annotated[str, Form()] = "") -> Response:
        request.state.back = "/console/canned"
        if desk not in me.user.desks:
            raise Forbidden("error-desk-not-allowed")
        reply = await staff_service.create_canned_reply(
            session=session, desk=desk, title=clean_text(title)[:128], texts=canned_texts(await request.form()),
            default_locale=default_locale,
        )
        staff_service.audit(session=session, staff_id=me.user.id, action="canned_create", target=str(reply.id))
        return RedirectResponse("/console/canned?notice=canned-saved", status_code=303)

    @router.get("/canned/{canned_id}")
    async def canned_edit(request: Request, session: Db, me: Supervisor, canned_id: int) -> Response:
        reply = await staff_service.get_canned_reply(session=session, canned_id=canned_id)
        if reply.desk not in me.user.desks:
            raise NotFound("error-canned-unknown")
        return render(request, "canned.html", replies=[], reply=reply, desks=list(me.user.desks),
                      locales=_locale_fields(catalogue.city.locales, translator))

    @router.post("/canned/{canned_id}")
    async def canned_update(request: Request, session: Db, me: SupervisorPoster, canned_id: int,
                            title: Annotated[str, Form()] = "", active: Annotated[str, Form()] = "") -> Response:
        request.state.back = f"/console/canned/{canned_id}"
        reply = await staff_service.get_canned_reply(session=session, canned_id=canned_id)
        if reply.desk not in me.user.desks:
            raise NotFound("error-canned-unknown")
        staff_service.update_canned_reply(
            reply=reply, title=clean_text(title)[:128], texts=canned_texts(await request.form()),
            active=active == "1", default_locale=default_locale,
        )
        staff_service.audit(session=session, staff_id=me.user.id, action="canned_update", target=str(reply.id))
        return RedirectResponse(f"/console/canned/{reply.id}?notice=canned-saved", status_code=303)

    # -- announcements ---------------------------------------------------------------------------

    def announcement_programmes(user: StaffUser) -> list[str]:
        """The programmes this user may address: all for admins, their desks' for supervisors."""
        return [p.code for p in catalogue.programmes if user.role == "admin" or p.desk in user.desks]

    def announcement_input(form: Any, user: StaffUser) -> tuple[Segment, dict[str, str], bool]:
        """The segment, texts and fallback choice of the form; a value the form never offered is refused."""
        choices = {
            "programme": announcement_programmes(user), "status": [s.value for s in Status],
            "district": list(catalogue.city.districts), "language": list(catalogue.city.locales),
            "channel": list(MESSAGING_CHANNELS),
        }
        chosen: dict[str, str] = {}
        for field, allowed in choices.items():
            value = str(form.get(field) or "")
            if value and value not in allowed:
                raise InvalidInput("error-invalid-input")
            if value:
                chosen[field] = value
        texts = {code: clean_text(str(form.get(f"text_{code}") or ""))[:announcements.MAX_TEXT + 1]
                 for code in catalogue.city.locales}
        return Segment(**chosen), texts, form.get("allow_fallback") == "1"

    async def announcements_context(request: Request, session: Any) -> dict[str, Any]:
        labels = labels_for(request)
        items = await announcements.list_recent(session=session, limit=50)
        progress = await announcements.progress_of(session=session, announcement_ids=[a.id for a in items])
        for item in items:
            announcements.settle(item, progress[item.id])
        people = await staff_service.users_by_id(session=session, ids=[a.created_by for a in items])
        rows = announcement_rows(items, progress, labels, people)
        return {"announcements": rows, "live": any(row.state == "sending" for row in rows)}

    async def announcements_page(
        request: Request, session: Any, me: Me, *, status: int = 200, form: dict[str, Any] | None = None,
        preview: Any = None, changed: bool = False, error: str | None = None,
    ) -> Response:
        labels = labels_for(request)
        form = form or {"segment": Segment(), "texts": {}, "allow_fallback": False}
        context = await announcements_context(request, session)
        audience = None
        if preview is not None:
            audience = audience_rows(preview, form["texts"], form["allow_fallback"], default_locale, labels,
                                     translator)
        extra = {"error_text": _error_text(labels, error)} if error else {}
        return render(
            request, "announcements.html", status=status, **context, **extra,
            programmes=announcement_programmes(me.user), statuses=[s.value for s in Status],
            districts=list(catalogue.city.districts), languages=list(catalogue.city.locales),
            channels=list(MESSAGING_CHANNELS), locales=_locale_fields(catalogue.city.locales, translator),
            form=form, preview=preview, audience=audience, changed=changed,
            default_language=labels.language(default_locale),
        )

    @router.get("/announcements")
    async def announcement_list(request: Request, session: Db, me: Supervisor) -> Response:
        return await announcements_page(request, session, me)

    @router.get("/announcements/rows")
    async def announcement_fragment(request: Request, session: Db, me: Supervisor) -> Response:
        """The list alone, for the page's own refresh while something is being sent."""
        return render(request, "_announcement_list.html", **await announcements_context(request, session))

    @router.post("/announcements")
    async def announcement_send(request: Request, session: Db, me: SupervisorPoster) -> Response:
        """Previews the announcement, or sends it when the preview's numbers still hold."""
        request.state.back = "/console/announcements"
        form = await request.form()
        segment, texts, allow_fallback = announcement_input(form, me.user)
        filled = {"segment": segment, "texts": {k: v for k, v in texts.items() if v}, "allow_fallback": allow_fallback}
        try:
            preview = await announcements.preview(session=session, segment=segment, texts=texts,
                                                  default_locale=default_locale)
            expected = str(form.get("expected") or "")
            if form.get("action") != "send" or not expected.isdigit():
                return await announcements_page(request, session, me, form=filled, preview=preview)
            if int(expected) != preview.sent(allow_fallback):
                return await announcements_page(request, session, me, form=filled, preview=preview, changed=True,
                                                status=409)
            await announcements.create(session=session, staff_id=me.user.id, segment=segment, texts=texts,
                                       allow_fallback=allow_fallback, default_locale=default_locale)
        except InvalidInput as exc:  # keep what was written: a whole set of translations is not typed twice
            return await announcements_page(request, session, me, form=filled, error=exc.key, status=422)
        return RedirectResponse("/console/announcements?notice=announcement-sent", status_code=303)

    @router.post("/announcements/{announcement_id}/cancel")
    async def announcement_cancel(request: Request, session: Db, me: SupervisorPoster,
                                  announcement_id: int) -> Response:
        request.state.back = "/console/announcements"
        await announcements.cancel(session=session, announcement_id=announcement_id, staff_id=me.user.id)
        return RedirectResponse("/console/announcements?notice=announcement-cancelled", status_code=303)

    @router.get("/deliveries")
    async def deliveries(request: Request, session: Db, me: Supervisor) -> Response:
        """Notifications that could not be delivered, with the reason, each retryable."""
        dead = await outbox.list_dead_letters(session=session, limit=200)
        return render(request, "deliveries.html", dead=dead)

    @router.post("/deliveries/{item_id}/retry")
    async def delivery_retry(request: Request, session: Db, me: SupervisorPoster, item_id: int) -> Response:
        request.state.back = "/console/deliveries"
        if await outbox.retry_dead(session=session, item_id=item_id):
            staff_service.audit(session=session, staff_id=me.user.id, action="retry_delivery",
                                target=f"outbox:{item_id}")
        return RedirectResponse("/console/deliveries?notice=delivery-retried", status_code=303)

    @router.get("/audit")
    async def audit_log(request: Request, session: Db, me: Supervisor) -> Response:
        """The audit log, read-only, fifty entries a page."""
        page = request.query_params.get("page", "1")
        number = int(page) if page.isdigit() and 0 < int(page) < 100_000 else 1
        action = request.query_params.get("action", "")
        action = action if re.fullmatch(r"[a-z_0-9]{1,32}", action) else ""
        entries = await staff_service.list_audit(session=session, limit=51, offset=(number - 1) * 50,
                                                 action=action or None)
        people = await staff_service.users_by_id(session=session, ids=[e.staff_id for e in entries])
        return render(request, "audit.html", entries=entries[:50], people=people, page=number,
                      more=len(entries) > 50, action=action)

    return router


def _error_text(labels: Labels, key: str) -> str:
    """The console's sentence for a domain error key; a generic one for keys it does not know."""
    if ERROR_KEY.match(key):
        text = labels(f"console-{key}")
        if text != f"console-{key}":
            return text
    return labels("console-error-generic")


def _roles_for(user: StaffUser) -> list[str]:
    return list(ROLES) if user.role == "admin" else ["agent", "supervisor"]


def _browser_locale(accept_language: str) -> str:
    """The console language for someone not signed in yet, from the browser's preferences."""
    for part in accept_language.split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in CONSOLE_LOCALES:
            return code
    return CONSOLE_LOCALES[0]


def _locale_fields(locales: list[str], translator: Translator) -> list[dict[str, str]]:
    fields = []
    for code in locales:
        try:
            direction = translator.direction(code)
        except Exception:  # a language CLDR does not know reads left to right
            direction = "ltr"
        fields.append({"code": code, "dir": direction, "native": native_name(translator, code)})
    return fields


def _cell(value: str) -> str:
    """Keeps spreadsheet programs from running a cell as a formula."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value
