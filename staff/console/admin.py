"""Running the desks: staff accounts (create, edit, disable), how each desk hands out requests, and the desks'
canned replies."""

import re
from typing import Annotated

from fastapi import APIRouter, Form, Request, Response
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.datastructures import FormData

from core.assignment import service as assignment
from core.assignment.models import MAX_CAPACITY, Mode
from core.audit import service as audit
from core.audit.models import Action
from core.canned import service as canned_service
from core.errors import Forbidden, InvalidInput, NotFound
from core.staff import service as staff_service
from core.staff.models import Role, StaffUser
from staff.common import CONSOLE_LOCALES, clean_text
from staff.console.context import (
    Console,
    ConsoleDep,
    ConsoleRoute,
    Notice,
    Supervisor,
    SupervisorPoster,
    desks_in_scope,
    redirect,
)
from staff.http import Db

router = APIRouter(prefix="/console", route_class=ConsoleRoute)


# -- staff accounts ------------------------------------------------------------------------------


def roles_for(user: StaffUser) -> list[str]:
    """The roles this user may give: every role for admins, agent and supervisor for supervisors."""
    return [r.value for r in Role if user.is_admin or r != Role.ADMIN]


def check_account(console: Console, me: StaffUser, role: str, desks: list[str], languages: list[str]) -> None:
    """Refuses a role, desk or language this user may not give, or that does not exist."""
    catalogue = console.ctx.catalogue
    if role not in roles_for(me):
        raise Forbidden("error-role-not-allowed")
    if any(d not in catalogue.desks for d in desks) or not set(desks) <= set(desks_in_scope(me, console)):
        raise Forbidden("error-desk-not-allowed")
    if any(code not in catalogue.city.locales for code in languages):
        raise InvalidInput("error-language-unknown")


async def manageable_user(session: AsyncSession, me: StaffUser, staff_id: int) -> StaffUser:
    """The account with this id if this user manages it; others are answered like unknown ones."""
    user = await staff_service.get_user(session=session, staff_id=staff_id)
    if not staff_service.manages(user=me, other=user):
        raise NotFound("error-staff-unknown")
    return user


@router.get("/staff")
async def staff_list(request: Request, console: ConsoleDep, session: Db, me: Supervisor) -> Response:
    users = [u for u in await staff_service.list_users(session=session) if staff_service.manages(user=me.user, other=u)]
    desks = desks_in_scope(me.user, console)
    return console.render(
        request,
        "staff.html",
        users=users,
        roles=roles_for(me.user),
        all_desks=desks,
        all_languages=list(console.ctx.catalogue.city.locales),
        desk_settings=list((await assignment.desk_settings(session=session, desks=desks)).values()),
        modes=[m.value for m in Mode],
        max_capacity=MAX_CAPACITY,
    )


def capacity_field(value: str) -> int:
    """A capacity as typed in a form, checked."""
    if not value.strip().isdigit():
        raise InvalidInput("error-capacity-invalid", max=MAX_CAPACITY)
    capacity = int(value.strip()[:6])
    assignment.check_capacity(capacity)
    return capacity


@router.post("/desks/{desk}")
async def desk_update(
    request: Request,
    console: ConsoleDep,
    session: Db,
    me: SupervisorPoster,
    desk: str,
    mode: Annotated[str, Form()] = "",
    capacity: Annotated[str, Form()] = "",
) -> Response:
    """An admin sets how a desk hands out its requests: claim-next, or pushed to available agents (audited)."""
    request.state.back = "/console/staff"
    if not me.user.is_admin:
        raise Forbidden("error-forbidden")
    if desk not in console.ctx.catalogue.desks or mode not in list(Mode):
        raise InvalidInput("error-invalid-input")
    before = (await assignment.desk_settings(session=session, desks=[desk]))[desk].mode
    await audit.record(
        session=session,
        staff_id=me.user.id,
        action=Action.DESK_UPDATE,
        target=desk,
        details={"mode": mode, "capacity": capacity_field(capacity), "from": before},
    )
    await assignment.set_desk(session=session, desk=desk, mode=mode, capacity=capacity_field(capacity))
    if mode == Mode.PUSH:
        await assignment.desk_now_pushes(
            session=session, desk=desk, interpreter_after=console.ctx.settings.interpreter_after
        )
    return redirect("/console/staff", Notice.DESK_SAVED)


@router.post("/staff")
async def staff_create(
    request: Request,
    console: ConsoleDep,
    session: Db,
    me: SupervisorPoster,
    username: Annotated[str, Form()] = "",
    display: Annotated[str, Form()] = "",
    password: Annotated[str, Form()] = "",
    role: Annotated[str, Form()] = Role.AGENT.value,
    desks: Annotated[list[str] | None, Form()] = None,
    languages: Annotated[list[str] | None, Form()] = None,
) -> Response:
    request.state.back = "/console/staff"
    desks, languages = list(desks or []), list(languages or [])
    check_account(console, me.user, role, desks, languages)
    if not re.fullmatch(r"[a-z0-9._-]{2,64}", username.strip().lower()):
        raise InvalidInput("error-username-invalid")
    user = await staff_service.create_user(
        session=session,
        username=username,
        password=password,
        role=role,
        desks=desks,
        languages=languages,
        display_name=clean_text(display.strip())[:128] or None,
    )
    await audit.record(
        session=session,
        staff_id=me.user.id,
        action=Action.STAFF_CREATE,
        target=user.username,
        details={"role": role, "desks": desks, "languages": languages},
    )
    return redirect("/console/staff", Notice.STAFF_CREATED)


@router.get("/staff/{staff_id}")
async def staff_edit(request: Request, console: ConsoleDep, session: Db, me: Supervisor, staff_id: int) -> Response:
    return console.render(
        request,
        "staff_edit.html",
        user=await manageable_user(session, me.user, staff_id),
        roles=roles_for(me.user),
        all_desks=desks_in_scope(me.user, console),
        all_languages=list(console.ctx.catalogue.city.locales),
        max_capacity=MAX_CAPACITY,
    )


@router.post("/staff/{staff_id}")
async def staff_update(
    request: Request,
    console: ConsoleDep,
    session: Db,
    me: SupervisorPoster,
    staff_id: int,
    display: Annotated[str, Form()] = "",
    role: Annotated[str, Form()] = "",
    desks: Annotated[list[str] | None, Form()] = None,
    languages: Annotated[list[str] | None, Form()] = None,
    console_locale: Annotated[str, Form()] = "",
) -> Response:
    request.state.back = f"/console/staff/{staff_id}"
    user = await manageable_user(session, me.user, staff_id)
    role = role or user.role
    desks, languages = list(desks or []), list(languages or [])
    check_account(console, me.user, role, desks, languages)
    if user.id == me.user.id and role != user.role:
        raise Forbidden("error-own-role")
    staff_service.update_user(
        user=user,
        role=role,
        desks=desks,
        languages=languages,
        display_name=clean_text(display)[:128],
        console_locale=console_locale if console_locale in CONSOLE_LOCALES else None,
    )
    await audit.record(
        session=session,
        staff_id=me.user.id,
        action=Action.STAFF_UPDATE,
        target=user.username,
        details={"role": role, "desks": desks, "languages": languages},
    )
    return redirect(f"/console/staff/{user.id}", Notice.STAFF_UPDATED)


@router.post("/staff/{staff_id}/capacity")
async def staff_capacity(
    request: Request, session: Db, me: SupervisorPoster, staff_id: int, capacity: Annotated[str, Form()] = ""
) -> Response:
    """An admin gives one person their own capacity on push desks, or (empty) the desks' again; audited."""
    request.state.back = f"/console/staff/{staff_id}"
    if not me.user.is_admin:
        raise Forbidden("error-forbidden")
    user = await manageable_user(session, me.user, staff_id)
    own = capacity_field(capacity) if capacity.strip() else None
    await audit.record(
        session=session,
        staff_id=me.user.id,
        action=Action.STAFF_UPDATE,
        target=user.username,
        details={"capacity": own},
    )
    user.capacity = own
    return redirect(f"/console/staff/{user.id}", Notice.STAFF_UPDATED)


@router.post("/staff/{staff_id}/active")
async def staff_active(
    request: Request, session: Db, me: SupervisorPoster, staff_id: int, active: Annotated[str, Form()] = ""
) -> Response:
    request.state.back = f"/console/staff/{staff_id}"
    user = await manageable_user(session, me.user, staff_id)
    if user.id == me.user.id:
        raise Forbidden("error-own-account")
    enable = active == "1"
    await audit.record(  # before the account's row is written: core.assignment takes the log's lock, then rows
        session=session,
        staff_id=me.user.id,
        action=Action.STAFF_ENABLE if enable else Action.STAFF_DISABLE,
        target=user.username,
    )
    await staff_service.set_active(session=session, user=user, active=enable)
    return redirect(f"/console/staff/{user.id}", Notice.STAFF_UPDATED)


@router.post("/staff/{staff_id}/tokens/revoke")
async def staff_tokens_revoke(request: Request, session: Db, me: SupervisorPoster, staff_id: int) -> Response:
    """Ends every API token of the account (a script or system that used one needs a new one)."""
    request.state.back = f"/console/staff/{staff_id}"
    user = await manageable_user(session, me.user, staff_id)
    revoked = await staff_service.revoke_tokens(session=session, user=user)
    await audit.record(
        session=session,
        staff_id=me.user.id,
        action=Action.TOKENS_REVOKE,
        target=user.username,
        details={"revoked": revoked},
    )
    return redirect(f"/console/staff/{user.id}", Notice.TOKENS_REVOKED)


# -- canned replies ------------------------------------------------------------------------------


def canned_texts(console: Console, form: FormData) -> dict[str, str]:
    """The reply's text in each of the city's languages, as typed."""
    return {code: clean_text(str(form.get(f"text_{code}") or ""))[:4000] for code in console.ctx.catalogue.city.locales}


def macro_tags(typed: str) -> list[str]:
    """The tags a macro puts on, typed separated by commas."""
    return clean_text(typed)[:400].split(",")


@router.get("/canned")
async def canned_list(request: Request, console: ConsoleDep, session: Db, me: Supervisor) -> Response:
    replies = await canned_service.list_replies(session=session, desks=me.user.desks, include_inactive=True)
    return console.render(
        request,
        "canned.html",
        replies=replies,
        reply=None,
        desks=list(me.user.desks),
        locales=console.locale_fields(),
        macro_statuses=canned_service.MACRO_STATUSES,
    )


@router.post("/canned")
async def canned_create(
    request: Request,
    console: ConsoleDep,
    session: Db,
    me: SupervisorPoster,
    desk: Annotated[str, Form()] = "",
    title: Annotated[str, Form()] = "",
    status: Annotated[str, Form()] = "",
    tags: Annotated[str, Form()] = "",
) -> Response:
    request.state.back = "/console/canned"
    if desk not in me.user.desks:
        raise Forbidden("error-desk-not-allowed")
    reply = await canned_service.create(
        session=session,
        desk=desk,
        title=clean_text(title)[:128],
        texts=canned_texts(console, await request.form()),
        default_locale=console.default_locale,
        status=status,
        tags=macro_tags(tags),
    )
    await audit.record(session=session, staff_id=me.user.id, action=Action.CANNED_CREATE, target=str(reply.id))
    return redirect("/console/canned", Notice.CANNED_SAVED)


@router.get("/canned/{canned_id}")
async def canned_edit(request: Request, console: ConsoleDep, session: Db, me: Supervisor, canned_id: int) -> Response:
    reply = await canned_service.get(session=session, canned_id=canned_id)
    if reply.desk not in me.user.desks:
        raise NotFound("error-canned-unknown")
    return console.render(
        request,
        "canned.html",
        replies=[],
        reply=reply,
        desks=list(me.user.desks),
        locales=console.locale_fields(),
        macro_statuses=canned_service.MACRO_STATUSES,
    )


@router.post("/canned/{canned_id}")
async def canned_update(
    request: Request,
    console: ConsoleDep,
    session: Db,
    me: SupervisorPoster,
    canned_id: int,
    title: Annotated[str, Form()] = "",
    active: Annotated[str, Form()] = "",
    status: Annotated[str, Form()] = "",
    tags: Annotated[str, Form()] = "",
) -> Response:
    request.state.back = f"/console/canned/{canned_id}"
    reply = await canned_service.get(session=session, canned_id=canned_id)
    if reply.desk not in me.user.desks:
        raise NotFound("error-canned-unknown")
    canned_service.update(
        reply=reply,
        title=clean_text(title)[:128],
        texts=canned_texts(console, await request.form()),
        active=active == "1",
        default_locale=console.default_locale,
        status=status,
        tags=macro_tags(tags),
    )
    await audit.record(session=session, staff_id=me.user.id, action=Action.CANNED_UPDATE, target=str(reply.id))
    return redirect(f"/console/canned/{reply.id}", Notice.CANNED_SAVED)
