"""Signing in and out of the console, choosing its language, saying whether I am available, and its static files."""

import secrets
from typing import Annotated

from fastapi import APIRouter, Form, Request, Response
from fastapi.responses import FileResponse, RedirectResponse

from core.assignment import service as assignment
from core.audit import service as audit
from core.audit.models import Action
from core.errors import Busy, Forbidden
from core.staff import service as staff_service
from staff.common import CONSOLE_LOCALES
from staff.console.auth import LOGIN_COOKIE, safe_next, same_origin, same_token
from staff.console.context import HERE, ConsoleDep, ConsoleRoute, Poster, redirect
from staff.http import Db

STATIC_FILES = {"console.js": "text/javascript; charset=utf-8", "console.css": "text/css; charset=utf-8"}

router = APIRouter(prefix="/console", route_class=ConsoleRoute)


@router.get("/static/{name}")
async def static(name: str) -> Response:
    if name not in STATIC_FILES:
        return Response(status_code=404)
    return FileResponse(
        HERE / "static" / name, media_type=STATIC_FILES[name], headers={"Cache-Control": "public, max-age=300"}
    )


def login_page(
    request: Request, console: ConsoleDep, *, error: str | None = None, status: int = 200, username: str = ""
) -> Response:
    """The sign-in form, with its own CSRF token in a cookie (no session exists yet)."""
    login_token = secrets.token_urlsafe(32)
    page = console.render(
        request,
        "login.html",
        status=status,
        login_csrf=login_token,
        username=username,
        next=safe_next(request.query_params.get("next")),
        error_text=console.error_text(request, error) if error else None,
    )
    console.cookies.set_login_token(page, login_token)
    return page


@router.get("/login")
async def login_form(request: Request, console: ConsoleDep, session: Db) -> Response:
    token = console.cookies.token(request)
    if token:
        try:
            await staff_service.resume_session(session=session, token=token, idle=console.session_idle, touch=False)
            return RedirectResponse(safe_next(request.query_params.get("next")), status_code=303)
        except Forbidden:
            pass
    return login_page(request, console)


@router.post("/login")
async def login(
    request: Request,
    console: ConsoleDep,
    username: Annotated[str, Form()] = "",
    password: Annotated[str, Form()] = "",
    csrf: Annotated[str, Form()] = "",
) -> Response:
    """Signs in: the attempt is counted in one transaction, the password checked outside any, the result recorded
    in a second one, so that no database connection waits for argon2."""
    username = username[:64]
    if not same_token(csrf, request.cookies.get(LOGIN_COOKIE)) or not same_origin(
        request, console.ctx.settings.public_url
    ):
        return login_page(request, console, error="error-csrf", status=403, username=username)
    address = request.client.host if request.client else "-"
    async with console.ctx.db.transaction() as session:
        attempt = await staff_service.begin_sign_in(session=session, username=username, address=address)
    try:
        matches, new_hash = await staff_service.check_password(attempt=attempt, password=password[:1024])
    except Busy as exc:
        return login_page(request, console, error=exc.key, status=503, username=username)
    async with console.ctx.db.transaction() as session:
        try:
            user = await staff_service.finish_sign_in(
                session=session, attempt=attempt, matches=matches, new_hash=new_hash
            )
        except Forbidden as exc:
            await audit.record(
                session=session,
                staff_id=attempt.user_id,
                action=Action.SIGN_IN_FAILED,
                details={"reason": exc.key} if attempt.user_id else {"reason": exc.key, "unknown_user": True},
            )
            status = 429 if exc.key == "error-login-slow" else 401
            return login_page(request, console, error=exc.key, status=status, username=username)
        await staff_service.purge_sessions(session=session, idle=console.session_idle)
        previous = console.cookies.token(request)
        if previous:
            await staff_service.end_session(session=session, token=previous)
        token, _ = await staff_service.start_session(session=session, user=user, lifetime=console.session_lifetime)
        await audit.record(session=session, staff_id=user.id, action=Action.SIGN_IN)
    response = RedirectResponse(safe_next(request.query_params.get("next")), status_code=303)
    console.cookies.set(response, token)
    console.cookies.clear_login_token(response)
    return response


@router.post("/logout")
async def logout(request: Request, console: ConsoleDep, session: Db, me: Poster) -> Response:
    await staff_service.end_session(session=session, token=console.cookies.token(request) or "")
    await audit.record(session=session, staff_id=me.user.id, action=Action.SIGN_OUT)
    response = redirect("/console/login")
    console.cookies.clear(response)
    return response


@router.post("/locale")
async def switch_locale(me: Poster, locale: Annotated[str, Form()] = "", next: Annotated[str, Form()] = "") -> Response:
    if locale in CONSOLE_LOCALES:
        staff_service.update_user(user=me.user, console_locale=locale)
    return RedirectResponse(safe_next(next), status_code=303)


@router.post("/availability")
async def availability(
    console: ConsoleDep,
    session: Db,
    me: Poster,
    available: Annotated[str, Form()] = "",
    next: Annotated[str, Form()] = "",
) -> Response:
    """Says I am available (push desks fill me up at once) or away (they push me nothing); audited."""
    now_available = available == "1"
    if now_available != me.user.available:
        await audit.record(
            session=session, staff_id=me.user.id, action=Action.AVAILABILITY, details={"available": now_available}
        )
        await assignment.set_available(
            session=session,
            agent=me.user,
            available=now_available,
            interpreter_after=console.ctx.settings.interpreter_after,
        )
    return RedirectResponse(safe_next(next), status_code=303)
