"""The call-back list: people no channel reached about a request of my desks, with the numbers to phone.

A notification lands here once every channel of the person's in the city's order failed (core.delivery.fallback).
The list shows numbers in full, so each look at it is audited; marking an entry done records who and how it ended.
"""

from typing import Annotated

from fastapi import APIRouter, Form, Request, Response

from core.audit import service as audit
from core.audit.models import Action
from core.callbacks import service as callbacks
from core.errors import InvalidInput, NotFound
from staff.common import show_phone
from staff.console.context import ConsoleDep, ConsoleRoute, Notice, Poster, Reader, redirect
from staff.http import Db

router = APIRouter(prefix="/console", route_class=ConsoleRoute)


@router.get("/callbacks")
async def to_call(request: Request, console: ConsoleDep, session: Db, me: Reader) -> Response:
    """Who to phone, oldest first, about requests of my desks (an admin: all)."""
    labels = console.labels(request)
    entries = await callbacks.open_entries(session=session, desks=None if me.user.is_admin else me.user.desks)
    if entries:
        await audit.record(
            session=session,
            staff_id=me.user.id,
            action=Action.CALLBACKS_VIEW,
            details={"references": [entry.reference for entry in entries]},
        )
    rows = [
        {
            "id": entry.callback.id,
            "since": labels.datetime(entry.callback.created_at),
            "reference": entry.reference,
            "desk": labels.desk(entry.desk),
            "name": entry.name,
            "phones": [(phone, show_phone(phone)) for phone in entry.phones],
            "language": labels.language(entry.language),
            "dir": labels.direction(entry.language),
            "what": labels.named(f"console-deliveries-kind-{entry.kind}", entry.kind),
            "status": labels.status(entry.told["status"]) if "status" in entry.told else None,
            "text": entry.told.get("text"),
            "tried": [labels.named(f"console-channel-{name}", name) for name in entry.callback.tried.split(",")],
        }
        for entry in entries
    ]
    return console.render(request, "callbacks.html", rows=rows, outcomes=callbacks.OUTCOMES)


@router.post("/callbacks/{callback_id}")
async def done(
    request: Request, session: Db, me: Poster, callback_id: int, outcome: Annotated[str, Form()] = ""
) -> Response:
    """Marks a call made: the person was reached, or could not be reached by phone either."""
    request.state.back = "/console/callbacks"
    if outcome not in callbacks.OUTCOMES:
        raise InvalidInput("error-invalid-input")
    reference = await callbacks.mark_done(
        session=session,
        callback_id=callback_id,
        staff_id=me.user.id,
        outcome=outcome,
        desks=None if me.user.is_admin else me.user.desks,
    )
    if reference is None:
        raise NotFound("error-not-found")
    await audit.record(
        session=session,
        staff_id=me.user.id,
        action=Action.CALLBACK_DONE,
        target=f"request:{reference}",
        details={"outcome": outcome},
    )
    return redirect("/console/callbacks", Notice.CALLBACK_DONE)
