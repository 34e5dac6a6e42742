"""Searching: one box on every console page finds a request of my desks by reference, phone, identity number or name."""

from fastapi import APIRouter, Request, Response

from core.errors import InvalidInput
from core.requests import actions
from core.staff import service as staff_service
from staff.console.context import ConsoleDep, ConsoleRoute, Reader, error_text
from staff.console.views import queue_rows
from staff.http import Db

router = APIRouter(prefix="/console", route_class=ConsoleRoute)
SHOWN = 50


@router.get("/search")
async def search(request: Request, console: ConsoleDep, session: Db, me: Reader) -> Response:
    """The requests of my desks the search box finds, newest first; a search of personal data is audited."""
    labels = console.labels(request)
    text = request.query_params.get("q")
    if text is None:
        return console.render(request, "search.html", q="", found=None, rows=[])
    try:
        found = await actions.search(
            session=session,
            staff=me.user,
            text=text,
            phone_region=console.ctx.catalogue.city.phone_region,
            via=actions.Via.CONSOLE,
            limit=SHOWN,
        )
    except InvalidInput as exc:
        return console.render(
            request, "search.html", status=422, q=text, found=None, rows=[], error_text=error_text(labels, exc.key)
        )
    people = await staff_service.users_by_id(session=session, ids=[r.assignee_id for r in found.requests])
    return console.render(
        request,
        "search.html",
        q=text,
        found=found,
        rows=queue_rows(found.requests, labels, console.translator, people),
    )
