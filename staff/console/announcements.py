"""Announcements: a supervisor writes to a segment of people in their languages, previews who is reached,
sends, follows the sending and can cancel it."""

from typing import Any

from fastapi import APIRouter, Request, Response
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.datastructures import FormData

from core.announcements import service as announcements
from core.announcements.schemas import Preview, Segment
from core.errors import InvalidInput
from core.requests.statuses import Status
from core.staff import service as staff_service
from core.staff.models import StaffUser
from staff.common import clean_text
from staff.console.auth import Me
from staff.console.context import Console, ConsoleDep, ConsoleRoute, Notice, Supervisor, SupervisorPoster, redirect
from staff.console.views import announcement_rows, audience_rows
from staff.http import Db

router = APIRouter(prefix="/console", route_class=ConsoleRoute)
# The channels an announcement can go out on (a city system's requests have no chat to write to).
MESSAGING_CHANNELS = ("telegram", "whatsapp", "webchat")


def programmes_for(console: Console, user: StaffUser) -> list[str]:
    """The programmes this user may address: all for admins, their desks' for supervisors."""
    return [p.code for p in console.ctx.catalogue.programmes if user.is_admin or p.desk in user.desks]


def announcement_input(console: Console, form: FormData, user: StaffUser) -> tuple[Segment, dict[str, str], bool]:
    """The segment, texts and fallback choice of the form; a value the form never offered is refused."""
    city = console.ctx.catalogue.city
    choices = {
        "programme": programmes_for(console, user),
        "status": [s.value for s in Status],
        "district": list(city.districts),
        "language": list(city.locales),
        "channel": list(MESSAGING_CHANNELS),
    }
    chosen: dict[str, str] = {}
    for field, allowed in choices.items():
        value = str(form.get(field) or "")
        if value and value not in allowed:
            raise InvalidInput("error-invalid-input")
        if value:
            chosen[field] = value
    texts = {
        code: clean_text(str(form.get(f"text_{code}") or ""))[: announcements.MAX_TEXT + 1] for code in city.locales
    }
    desks = None if user.is_admin or "programme" in chosen else tuple(user.desks)  # my desks' people, no others
    return Segment(**chosen, desks=desks), texts, form.get("allow_fallback") == "1"


async def announcements_context(request: Request, console: Console, session: AsyncSession, me: Me) -> dict[str, Any]:
    """The recent announcements with their progress, and whether the page should keep refreshing."""
    items = await announcements.list_recent(session=session, limit=50)
    progress = await announcements.progress_of(session=session, announcement_ids=[a.id for a in items])
    for item in items:
        announcements.settle(item, progress[item.id])
    people = await staff_service.users_by_id(session=session, ids=[a.created_by for a in items])
    cancellable = {
        item.id
        for item in items
        if me.user.is_admin or announcements.in_scope(item, desks=me.user.desks, catalogue=console.ctx.catalogue)
    }
    rows = announcement_rows(items, progress, console.labels(request), people, cancellable)
    return {"announcements": rows, "live": any(row.state == "sending" for row in rows)}


async def announcements_page(
    request: Request,
    console: Console,
    session: AsyncSession,
    me: Me,
    *,
    status: int = 200,
    form: dict[str, Any] | None = None,
    preview: Preview | None = None,
    changed: bool = False,
    error: str | None = None,
) -> Response:
    """The page: the form (as filled in), the preview's audience, and the list."""
    labels = console.labels(request)
    city = console.ctx.catalogue.city
    form = form or {"segment": Segment(), "texts": {}, "allow_fallback": False}
    context = await announcements_context(request, console, session, me)
    audience = None
    if preview is not None:
        audience = audience_rows(
            preview, form["texts"], form["allow_fallback"], console.default_locale, labels, console.translator
        )
    extra = {"error_text": console.error_text(request, error)} if error else {}
    return console.render(
        request,
        "announcements.html",
        status=status,
        **context,
        **extra,
        programmes=programmes_for(console, me.user),
        statuses=[s.value for s in Status],
        districts=list(city.districts),
        languages=list(city.locales),
        channels=list(MESSAGING_CHANNELS),
        locales=console.locale_fields(),
        form=form,
        preview=preview,
        audience=audience,
        changed=changed,
        default_language=labels.language(console.default_locale),
    )


@router.get("/announcements")
async def announcement_list(request: Request, console: ConsoleDep, session: Db, me: Supervisor) -> Response:
    return await announcements_page(request, console, session, me)


@router.get("/announcements/rows")
async def announcement_fragment(request: Request, console: ConsoleDep, session: Db, me: Supervisor) -> Response:
    """The list alone, for the page's own refresh while something is being sent."""
    context = await announcements_context(request, console, session, me)
    return console.render(request, "_announcement_list.html", **context)


@router.post("/announcements")
async def announcement_send(request: Request, console: ConsoleDep, session: Db, me: SupervisorPoster) -> Response:
    """Previews the announcement, or sends it when the preview's numbers still hold."""
    request.state.back = "/console/announcements"
    form = await request.form()
    segment, texts, allow_fallback = announcement_input(console, form, me.user)
    filled = {"segment": segment, "texts": {k: v for k, v in texts.items() if v}, "allow_fallback": allow_fallback}
    try:
        preview = await announcements.preview(
            session=session, segment=segment, texts=texts, default_locale=console.default_locale
        )
        expected = str(form.get("expected") or "")
        if form.get("action") != "send" or not expected.isdigit():
            return await announcements_page(request, console, session, me, form=filled, preview=preview)
        if int(expected) != preview.sent(allow_fallback):
            return await announcements_page(
                request, console, session, me, form=filled, preview=preview, changed=True, status=409
            )
        await announcements.create(
            session=session,
            staff_id=me.user.id,
            segment=segment,
            texts=texts,
            allow_fallback=allow_fallback,
            default_locale=console.default_locale,
        )
    except InvalidInput as exc:  # keep what was written: a whole set of translations is not typed twice
        return await announcements_page(request, console, session, me, form=filled, error=exc.key, status=422)
    return redirect("/console/announcements", Notice.ANNOUNCEMENT_SENT)


@router.post("/announcements/{announcement_id}/cancel")
async def announcement_cancel(
    request: Request, console: ConsoleDep, session: Db, me: SupervisorPoster, announcement_id: int
) -> Response:
    request.state.back = "/console/announcements"
    await announcements.cancel(
        session=session,
        announcement_id=announcement_id,
        staff_id=me.user.id,
        within=None if me.user.is_admin else me.user.desks,
        catalogue=console.ctx.catalogue,
    )
    return redirect("/console/announcements", Notice.ANNOUNCEMENT_CANCELLED)
