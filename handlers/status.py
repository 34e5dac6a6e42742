"""My applications: the person's requests with status and next step, or one of them by its reference.

A reference that is not the sender's gets the same answer as a number that does not exist, so nobody
learns anything about someone else's application by guessing numbers: outside a journey, the question of
a second factor (handlers.status_check), which tells the status to whoever knows it.
"""

from datetime import datetime
from typing import TypedDict

from core.errors import InvalidReference, NotFound
from core.references import format_reference, parse_reference
from core.requests import service as requests
from core.requests.models import Request
from handlers import withdraw
from handlers.turn import END, Flow, Goto, Next, Turn, button, programme_name

REF_PREFIX = "ref:"
LIST_LIMIT = 5
CHECK_STEP = "factor"  # the step of the STATUS_CHECK journey that asks for the second factor


async def on_status(turn: Turn) -> Next:
    """Lists the person's latest requests, newest first, each with a button for its details."""
    mine = await requests.list_for_contact(session=turn.session, contact_id=turn.contact.id, limit=LIST_LIMIT)
    if not mine:
        turn.say("status-none", choices=[[button("menu-apply", "menu:apply")]])
        return END
    changed = await requests.last_status_changes(session=turn.session, request_ids=[r.id for r in mine])
    turn.say("status-list", count=len(mine))
    for request in mine:
        turn.say(
            "status-item",
            choices=[[button("status-details", f"{REF_PREFIX}{request.reference}")]],
            **_describe(turn, request, changed.get(request.id, request.updated_at)),
        )
    turn.say("status-reference-hint")
    return END


async def on_reference_text(turn: Turn) -> Next:
    """A reference typed or pasted, in any digits and grouping."""
    try:
        reference = parse_reference(turn.text)
    except InvalidReference as exc:
        turn.say(exc.key, **exc.params)
        return END
    return await show(turn, reference)


async def on_reference_button(turn: Turn) -> Next:
    """The details button of a listed request."""
    try:
        reference = parse_reference(turn.button.removeprefix(REF_PREFIX))
    except InvalidReference:
        turn.say("common-button-expired")
        return END
    return await show(turn, reference)


async def show(turn: Turn, reference: str) -> Next:
    """One request of the person's, with the latest note staff wrote for them."""
    try:
        request = await requests.find_for_owner(session=turn.session, reference=reference, contact_id=turn.contact.id)
    except NotFound:
        if turn.flow in (None, Flow.STATUS_CHECK):  # perhaps made from another phone or account: ask the second factor
            return Goto(Flow.STATUS_CHECK, CHECK_STEP, {"reference": reference})
        turn.say("status-not-found", reference=format_reference(reference))
        return END
    _, events = await requests.thread(session=turn.session, request_id=request.id)
    changed = events[-1].created_at if events else request.updated_at
    note = requests.latest_public_note(events)
    turn.say("status-detail", choices=None if note else withdraw.offer(request), **_describe(turn, request, changed))
    if note:
        turn.say("status-public-note", note=note, choices=withdraw.offer(request))
    return END


class StatusAndNext(TypedDict):
    """All a status check from elsewhere tells of a request, rendered."""

    reference: str
    status: str
    next: str


class _Described(StatusAndNext):
    """What every status sentence says of a request, rendered."""

    programme: str
    date: str


def status_and_next(turn: Turn, request: Request) -> StatusAndNext:
    """A request's status and next step in the person's language."""
    return {
        "reference": format_reference(request.reference),
        "status": turn.render(f"status-{request.status}"),
        "next": turn.translator.attribute(turn.locale, f"status-{request.status}", "next"),
    }


def _describe(turn: Turn, request: Request, changed: datetime) -> _Described:
    """The parameters every status sentence shares, rendered in the person's language."""
    return {
        **status_and_next(turn, request),
        "programme": programme_name(turn, request.programme),
        "date": turn.translator.datetime(turn.locale, changed),
    }
