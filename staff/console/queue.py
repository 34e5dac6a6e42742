"""The queue: what waits for my desks and languages, its live updates, claiming the next request or one opened."""

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable, Sequence
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request, Response
from fastapi.responses import StreamingResponse
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.types import Receive, Scope, Send

from core.errors import Forbidden
from core.queue import glance as glances
from core.queue import saved
from core.queue import service as queue
from core.requests import actions
from core.requests.models import Request as RequestRow
from core.requests.statuses import Status
from core.staff import service as staff_service
from core.tags import service as tags
from staff.common import Labels
from staff.console.auth import Me
from staff.console.context import Console, ConsoleDep, ConsoleRoute, Notice, Poster, Reader, redirect
from staff.console.views import Glance, QueueFilters, queue_rows
from staff.http import Db

router = APIRouter(prefix="/console", route_class=ConsoleRoute)


async def queue_context(
    session: AsyncSession, console: Console, me: Me, filters: QueueFilters, labels: Labels
) -> dict[str, Any]:
    takes = None  # by default an agent who lists languages sees what claim-next could give them
    if not filters.lang and me.user.languages:
        interpreter_after = console.ctx.settings.interpreter_after
        takes = await queue.what_one_takes(session=session, staff=me.user, interpreter_after=interpreter_after)
    waiting = await queue.list_queue(
        session=session,
        desks=filters.desks(me.user),
        languages=None if takes else filters.languages(me.user),
        statuses=filters.statuses(),
        programme=filters.programme or None,
        district=filters.district or None,
        tag=filters.tag or None,
        holder=me.user.id if filters.holder == "me" else None,
        unassigned=filters.holder == "nobody",
        limit=100,
        takes=takes,
    )
    mine = await queue.list_assigned(session=session, staff_id=me.user.id)
    holders = await staff_service.users_by_id(session=session, ids=[r.assignee_id for r in waiting])
    holders[me.user.id] = me.user
    seen = await glance(session, me, [*waiting, *mine])
    return {
        "rows": queue_rows(waiting, labels, console.translator, holders, glance=seen),
        "mine": queue_rows(mine, labels, console.translator, holders, glance=seen),
        "version": await queue.fingerprint(session=session, desks=me.user.desks),
        "filters": filters,
    }


async def glance(session: AsyncSession, me: Me, rows: Sequence[RequestRow]) -> Glance:
    """For these rows, one query each: the citizens' latest words, what I have not read, who else has them open,
    their tags."""
    ids = [r.id for r in rows]
    viewers = await glances.viewers(session=session, request_ids=ids)
    return Glance(
        latest=await glances.latest_citizen_messages(session=session, request_ids=ids),
        unread=await glances.unread(session=session, staff_id=me.user.id, request_ids=ids),
        viewers={i: [u.display_name for u in users if u.id != me.user.id] for i, users in viewers.items()},
        tags=await tags.tags_of(session=session, request_ids=ids),
    )


@router.get("")
async def queue_page(request: Request, console: ConsoleDep, session: Db, me: Reader) -> Response:
    catalogue = console.ctx.catalogue
    filters = QueueFilters.parse(request.query_params, me.user, catalogue)
    context = await queue_context(session, console, me, filters, console.labels(request))
    return console.render(
        request,
        "queue.html",
        **context,
        desks=list(me.user.desks),
        programmes=[p.code for p in catalogue.programmes if p.desk in me.user.desks],
        languages=list(catalogue.city.locales),
        statuses=[s.value for s in Status],
        districts=list(catalogue.city.districts),
        tags=await tags.desk_tags(session=session, desks=me.user.desks),
        saved=[
            {"id": f.id, "name": f.name, "query": f.query, "current": f.query == filters.query()}
            for f in await saved.list_saved(session=session, staff_id=me.user.id)
        ],
    )


@router.post("/filters")
async def save_filters(
    request: Request, console: ConsoleDep, session: Db, me: Poster, name: Annotated[str, Form()] = ""
) -> Response:
    """Saves the queue's current filters (as the page shows them) under a name of mine."""
    form = await request.form()
    query = {k: str(v) for k, v in form.items() if k in QueueFilters.__dataclass_fields__}
    filters = QueueFilters.parse(query, me.user, console.ctx.catalogue)
    request.state.back = "/console"
    await saved.save(session=session, staff_id=me.user.id, name=name, query=filters.query())
    return redirect(f"/console?{filters.query()}" if filters.query() else "/console", Notice.FILTER_SAVED)


@router.post("/filters/{filter_id}/delete")
async def delete_filters(request: Request, session: Db, me: Poster, filter_id: int) -> Response:
    request.state.back = "/console"
    await saved.delete(session=session, staff_id=me.user.id, filter_id=filter_id)
    return redirect("/console", Notice.FILTER_DELETED)


@router.get("/queue/rows")
async def queue_fragment(request: Request, console: ConsoleDep, session: Db, me: Reader) -> Response:
    filters = QueueFilters.parse(request.query_params, me.user, console.ctx.catalogue)
    context = await queue_context(session, console, me, filters, console.labels(request))
    return console.render(request, "_queue_list.html", **context)


@router.get("/events")
async def events(request: Request, console: ConsoleDep) -> Response:
    """Server-sent events: 'queue' whenever the waiting requests of my desks change."""
    token = console.cookies.token(request)
    if token is None:
        return Response(status_code=401)
    async with console.ctx.db.transaction() as session:
        try:
            user, row = await staff_service.resume_session(
                session=session, token=token, idle=console.session_idle, touch=False
            )
        except Forbidden:
            return Response(status_code=401)
        desks, session_id = list(user.desks), row.id
    if not console.live.take(session_id):
        return Response(status_code=503, headers={"Retry-After": "10"})
    since = request.query_params.get("since", "")[:32] or None
    return LiveStream(changes(console, token, desks, since), release=lambda: console.live.give_back(session_id))


class LiveStream(StreamingResponse):
    """An event stream that gives its live-update slot back however it ends (even before it started)."""

    def __init__(self, content: AsyncIterator[str], *, release: Callable[[], None]) -> None:
        super().__init__(
            content, media_type="text/event-stream", headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"}
        )
        self.release = release

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await super().__call__(scope, receive, send)
        finally:
            self.release()


async def changes(console: Console, token: str, desks: list[str], last: str | None) -> AsyncIterator[str]:
    """Polls the queue's fingerprint; bounded in time (the browser reconnects), over when the server shuts down."""
    yield "retry: 3000\n\n"
    loop = asyncio.get_running_loop()
    deadline = loop.time() + console.stream_lifetime
    quiet = 0.0
    while loop.time() < deadline and not console.closing.is_set():
        async with console.ctx.db.transaction() as session:
            try:
                await staff_service.resume_session(session=session, token=token, idle=console.session_idle, touch=False)
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
        with contextlib.suppress(TimeoutError):  # the server shutting down ends the wait, and the stream
            await asyncio.wait_for(console.closing.wait(), timeout=console.poll_interval)
        quiet += console.poll_interval


@router.post("/claim")
async def claim(request: Request, console: ConsoleDep, session: Db, me: Poster) -> Response:
    request.state.back = "/console"
    claimed = await actions.claim_next(
        session=session,
        claims=console.ctx.claims,
        staff=me.user,
        interpreter_after=console.ctx.settings.interpreter_after,
        via=actions.Via.CONSOLE,
    )
    if claimed is None:
        return redirect("/console", Notice.QUEUE_EMPTY)
    return redirect(f"/console/requests/{claimed.reference}", Notice.CLAIMED)


@router.post("/requests/{reference}/claim")
async def claim_one(request: Request, console: ConsoleDep, session: Db, me: Poster, reference: str) -> Response:
    """Takes the request this page shows (opened from a search or a queue row), by claim-next's rules."""
    request.state.back = f"/console/requests/{reference}"
    claimed = await actions.claim(
        session=session,
        staff=me.user,
        reference=reference,
        interpreter_after=console.ctx.settings.interpreter_after,
        via=actions.Via.CONSOLE,
    )
    return redirect(f"/console/requests/{claimed.reference}", Notice.CLAIMED)
