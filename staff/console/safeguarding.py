"""Safeguarding: the list of flagged requests of my desks and staff's decision on a flag.

The list puts flags nobody has looked at first; confirming or clearing one takes a reason and is audited
(core.safeguarding.service). Supervisors' pages fetch their alert every few seconds (staff.console.supervision):
it names how many flags of their desks wait for a decision, and links here.
"""

from typing import Annotated

from fastapi import APIRouter, Form, Request, Response

from core.errors import InvalidInput
from core.requests import actions
from core.safeguarding import service as safeguarding
from staff.console.context import ConsoleDep, ConsoleRoute, Notice, Poster, Reader, redirect
from staff.http import Db

router = APIRouter(prefix="/console", route_class=ConsoleRoute)
DECISIONS = ("confirm", "clear")


@router.get("/safeguarding")
async def flagged(request: Request, console: ConsoleDep, session: Db, me: Reader) -> Response:
    labels = console.labels(request)
    rows = await safeguarding.list_flagged(session=session, desks=me.user.desks, limit=200)
    return console.render(
        request,
        "safeguarding.html",
        rows=[
            {
                "reference": r.reference,
                "state": r.safeguarding,
                "categories": [labels(f"console-safeguarding-category-{c}") for c in r.safeguarding_categories],
                "flagged_at": labels.datetime(r.safeguarding_at),
                "desk": labels.desk(r.desk),
                "language": labels.language(r.language),
                "status": labels.status(r.status),
            }
            for r in rows
        ],
        max_reason=safeguarding.MAX_REASON,
    )


@router.post("/safeguarding/{reference}")
async def decide(
    request: Request,
    console: ConsoleDep,
    session: Db,
    me: Poster,
    reference: str,
    decision: Annotated[str, Form()] = "",
    reason: Annotated[str, Form()] = "",
) -> Response:
    """Confirms or clears a flag, with the reason, as the staff member signed in."""
    request.state.back = "/console/safeguarding"
    row = await actions.load(session=session, staff=me.user, reference=reference, lock=True)
    if decision not in DECISIONS:
        raise InvalidInput("error-invalid-input")
    if decision == "confirm":
        await safeguarding.confirm(session=session, request=row, staff_id=me.user.id, reason=reason)
        return redirect("/console/safeguarding", Notice.SAFEGUARDING_CONFIRMED)
    await safeguarding.clear(
        session=session, request=row, staff_id=me.user.id, reason=reason, catalogue=console.ctx.catalogue
    )
    return redirect("/console/safeguarding", Notice.SAFEGUARDING_CLEARED)
