"""What every console route is given: the console's configuration, pages, the signed-in user, error handling.

The composition root builds one `Console` and `build_console_router` binds it to every request the console
serves; routes receive it, the request's transaction and the signed-in user as typed dependencies.
"""

import asyncio
import re
from collections import Counter
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from datetime import timedelta
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, NoReturn
from urllib.parse import quote

from fastapi import Depends, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.routing import APIRoute
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from sqlalchemy.ext.asyncio import AsyncSession

from core.context import CoreContext
from core.errors import Forbidden, HemsehriError, InvalidInput, NotFound
from core.i18n import Translator
from core.references import format_reference
from core.requests import actions
from core.staff import service as staff_service
from core.staff.models import StaffUser
from staff import common
from staff.common import CONSOLE_LOCALES, Labels, reads
from staff.console.auth import (
    CookiePolicy,
    CsrfRejected,
    Me,
    NotSignedIn,
    is_passive,
    safe_next,
    same_origin,
    same_token,
)
from staff.console.views import native_name
from staff.http import Db

HERE = Path(__file__).parent
ERROR_KEY = re.compile(r"^error-[a-z0-9-]{1,60}$")
STATUS_CODES: dict[type[HemsehriError], int] = {NotFound: 404, Forbidden: 403, InvalidInput: 422}


class Notice(StrEnum):
    """What a page says after a form did what was asked (`?notice=`); other values are not shown."""

    CLAIMED = "claimed"
    QUEUE_EMPTY = "queue-empty"
    REPLY_QUEUED = "reply-queued"
    CANNED_SENT = "canned-sent"
    STATUS_CHANGED = "status-changed"
    MOVED = "moved"
    NOTE_ADDED = "note-added"
    RELEASED = "released"
    REASSIGNED = "reassigned"
    STAFF_CREATED = "staff-created"
    STAFF_UPDATED = "staff-updated"
    DESK_SAVED = "desk-saved"
    TOKENS_REVOKED = "tokens-revoked"
    CANNED_SAVED = "canned-saved"
    LOCALE_CHANGED = "locale-changed"
    ANNOUNCEMENT_SENT = "announcement-sent"
    ANNOUNCEMENT_CANCELLED = "announcement-cancelled"
    DELIVERY_RETRIED = "delivery-retried"
    CALLBACK_DONE = "callback-done"
    PERSON_ERASED = "person-erased"
    SAFEGUARDING_CONFIRMED = "safeguarding-confirmed"
    SAFEGUARDING_CLEARED = "safeguarding-cleared"
    WEBHOOK_UPDATED = "webhook-updated"
    WEBHOOK_DELETED = "webhook-deleted"
    WEBHOOK_REDELIVERED = "webhook-redelivered"
    FILTER_SAVED = "filter-saved"
    FILTER_DELETED = "filter-deleted"
    TAGGED = "tagged"
    UNTAGGED = "untagged"


LIVE_STREAMS_PER_SESSION = 3  # a few tabs of the console; more would let one session take every slot


@dataclass
class LiveSlots:
    """The live-update streams open in this process, bounded in number overall and per console session."""

    limit: int
    per_session: int = LIVE_STREAMS_PER_SESSION
    by_session: Counter[int] = field(default_factory=Counter)

    def take(self, session_id: int) -> bool:
        """Takes a slot for this console session; False when all of them, or all of the session's, are in use."""
        if self.by_session.total() >= self.limit or self.by_session[session_id] >= self.per_session:
            return False
        self.by_session[session_id] += 1
        return True

    def give_back(self, session_id: int) -> None:
        self.by_session[session_id] -= 1
        if self.by_session[session_id] <= 0:
            del self.by_session[session_id]


@dataclass
class Console:
    """The console's configuration and what it builds once: templates, cookie policy, live-update slots."""

    ctx: CoreContext
    translator: Translator
    https: bool
    session_idle: timedelta
    session_lifetime: timedelta
    poll_interval: float
    stream_lifetime: float
    live: LiveSlots
    closing: asyncio.Event  # set when the server shuts down: live streams end
    templates: Environment = field(init=False)
    cookies: CookiePolicy = field(init=False)

    def __post_init__(self) -> None:
        self.templates = Environment(
            loader=FileSystemLoader(HERE / "templates"),
            autoescape=True,
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.templates.globals["reads"] = reads
        self.cookies = CookiePolicy(secure=self.https, lifetime=self.session_lifetime)

    @property
    def default_locale(self) -> str:
        return self.ctx.catalogue.city.default_locale

    def labels(self, request: Request) -> Labels:
        """Labels in the signed-in user's console language, else in the browser's."""
        me: Me | None = getattr(request.state, "me", None)
        if me is not None:
            return Labels(self.translator, me.user.console_locale)
        return Labels(self.translator, browser_locale(request.headers.get("accept-language", "")))

    def error_text(self, request: Request, key: str) -> str:
        return error_text(self.labels(request), key)

    def render(self, request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
        """A page from the templates, with what every page shows (who is signed in, a notice, an error)."""
        me: Me | None = getattr(request.state, "me", None)
        labels = self.labels(request)
        notice = request.query_params.get("notice", "")
        error = request.query_params.get("error", "")
        context.setdefault("error_text", error_text(labels, error) if error else None)
        context.setdefault("console_locales", CONSOLE_LOCALES)
        html = self.templates.get_template(template).render(
            request=request,
            t=labels,
            me=me.user if me else None,
            csrf=me.csrf if me else "",
            locale=labels.locale,
            supervisor=bool(me and me.user.supervises),
            admin=bool(me and me.user.is_admin),
            notice_text=labels(f"console-notice-{notice}") if notice in list(Notice) else None,
            format_reference=format_reference,
            path=request.url.path,
            **context,
        )
        return HTMLResponse(html, status_code=status)

    def error_page(self, request: Request, status: int, key: str) -> HTMLResponse:
        return self.render(request, "error.html", status=status, error_text=self.error_text(request, key))

    def back_to(self, request: Request, key: str, status: int) -> Response:
        """After a failed form: back to the page it came from with the reason; else an error page."""
        back = getattr(request.state, "back", None)
        if request.method == "POST" and back:
            return RedirectResponse(f"{back}?error={quote(key)}", status_code=303)
        return self.error_page(request, status, key)

    def locale_fields(self) -> list[dict[str, str]]:
        """The city's languages as a form shows one text field each: code, direction, name in itself."""
        fields = []
        for code in self.ctx.catalogue.city.locales:
            try:
                direction = self.translator.direction(code)
            except Exception:  # a language CLDR does not know reads left to right
                direction = "ltr"
            fields.append({"code": code, "dir": direction, "native": native_name(self.translator, code)})
        return fields


def current_console(request: Request) -> Console:
    """The console bound to this request by `build_console_router`."""
    console: Console = request.state.console
    return console


ConsoleDep = Annotated[Console, Depends(current_console)]


def redirect(path: str, notice: Notice | None = None) -> RedirectResponse:
    """After a form did its work: see the page, with what happened."""
    separator = "&" if "?" in path else "?"
    return RedirectResponse(f"{path}{separator}notice={notice}" if notice else path, status_code=303)


def signed_out(request: Request) -> Response:
    """A page asks to sign in first (and come back); what the page fetches by itself gets 401."""
    if request.method == "GET" and not is_passive(request):
        target = quote(safe_next(request.url.path + (f"?{request.url.query}" if request.url.query else "")))
        return RedirectResponse(f"/console/login?next={target}", status_code=303)
    return Response(status_code=401)


class ConsoleRoute(APIRoute):
    """Turns sign-in, CSRF and domain errors into pages or redirects."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def handle(request: Request) -> Response:
            try:
                response = await handler(request)
            except NotSignedIn:
                response = signed_out(request)
            except CsrfRejected:
                response = current_console(request).error_page(request, 403, "error-csrf")
            except RequestValidationError:
                response = current_console(request).back_to(request, "error-invalid-input", 422)
            except NotFound as exc:
                response = current_console(request).error_page(request, 404, exc.key)
            except HemsehriError as exc:
                response = current_console(request).back_to(request, exc.key, STATUS_CODES.get(type(exc), 409))
            return response

        return handle


# -- who is asking -------------------------------------------------------------------------------


async def signed_in(request: Request, console: ConsoleDep, session: Db) -> Me:
    """The signed-in staff member; page views keep the session alive, the page's own refreshes do not."""
    token = console.cookies.token(request)
    if token is None:
        raise NotSignedIn
    try:
        user, row = await staff_service.resume_session(
            session=session, token=token, idle=console.session_idle, touch=not is_passive(request)
        )
    except Forbidden:
        raise NotSignedIn from None
    me = Me(user=user, session=row)
    request.state.me = me
    return me


async def checked(request: Request, console: ConsoleDep, me: Annotated[Me, Depends(signed_in)]) -> Me:
    """A form post: it must carry this session's CSRF token and come from this site."""
    form = await request.form()
    sent = form.get("csrf") or request.headers.get("x-csrf-token")
    if not same_token(sent, me.csrf) or not same_origin(request, console.ctx.settings.public_url):
        raise CsrfRejected
    return me


async def supervising(me: Annotated[Me, Depends(signed_in)]) -> Me:
    staff_service.ensure_supervisor(me.user)
    return me


async def supervising_post(me: Annotated[Me, Depends(checked)]) -> Me:
    staff_service.ensure_supervisor(me.user)
    return me


async def administering(me: Annotated[Me, Depends(signed_in)]) -> Me:
    if not me.user.is_admin:
        raise Forbidden("error-admin-only")
    return me


async def administering_post(me: Annotated[Me, Depends(checked)]) -> Me:
    if not me.user.is_admin:
        raise Forbidden("error-admin-only")
    return me


Reader = Annotated[Me, Depends(signed_in)]
Poster = Annotated[Me, Depends(checked)]
Supervisor = Annotated[Me, Depends(supervising)]
SupervisorPoster = Annotated[Me, Depends(supervising_post)]
Admin = Annotated[Me, Depends(administering)]
AdminPoster = Annotated[Me, Depends(administering_post)]


# -- helpers of more than one page ---------------------------------------------------------------


def error_text(labels: Labels, key: str) -> str:
    """The console's sentence for a domain error key; a generic one for keys it does not know."""
    if ERROR_KEY.match(key):
        text = labels(f"console-{key}")
        if text != f"console-{key}":
            return text
    return labels("console-error-generic")


def browser_locale(accept_language: str) -> str:
    """The console language for someone not signed in yet, from the browser's preferences."""
    for part in accept_language.split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in CONSOLE_LOCALES:
            return code
    return CONSOLE_LOCALES[0]


async def refuse(session: AsyncSession, user: StaffUser, reference: str, key: str) -> NoReturn:
    """A value a request's form never offers: refused after the request's own checks, so those errors come first."""
    actions.ensure_can_act(await actions.load(session=session, staff=user, reference=reference), user)
    raise InvalidInput(key)


def desks_in_scope(user: StaffUser, console: Console) -> list[str]:
    """The desks this user acts for: every desk for admins, their own for everyone else."""
    return common.desks_in_scope(user, console.ctx.catalogue)
