"""Withdrawing one's own application from "My applications": asked, confirmed, cancelled; nothing is erased.

Separate from /forget: the request stays (staff see it cancelled, the city keeps it as the law asks), only
the person no longer wants it. A reference that is not the sender's is answered like an expired button.
"""

from core.assignment import service as assignment
from core.errors import InvalidReference, NotFound
from core.references import format_reference, parse_reference
from core.requests import service as requests
from core.requests.models import Request
from core.requests.statuses import Actor, Status, allowed_next
from handlers.turn import END, Next, Turn, button, programme_name
from handlers.types import Choice

PREFIX = "withdraw:"
ASK, YES, NO = "withdraw:ask:", "withdraw:yes:", "withdraw:no"


def offer(request: Request) -> list[list[Choice]] | None:
    """The withdraw button under a request's details, when the person may still withdraw it."""
    if Status.CANCELLED not in allowed_next(Status(request.status), Actor.CITIZEN):
        return None
    return [[button("withdraw-button", f"{ASK}{request.reference}")]]


async def on_button(turn: Turn) -> Next:
    """Asks to confirm, withdraws on 'yes', keeps the application on 'no'."""
    if turn.button == NO:
        turn.say("withdraw-kept")
        turn.menu = True
        return END
    data = turn.button
    request = await _own_request(turn, data.removeprefix(ASK).removeprefix(YES))
    if request is None or offer(request) is None:
        turn.say("withdraw-not-possible" if request is not None else "common-button-expired")
        return END
    reference = format_reference(request.reference)
    if data.startswith(ASK):
        choices = [[button("withdraw-yes", f"{YES}{request.reference}")], [button("withdraw-no", NO)]]
        turn.say(
            "withdraw-ask", choices=choices, reference=reference, programme=programme_name(turn, request.programme)
        )
        return END
    await requests.change_status(session=turn.session, request=request, to=Status.CANCELLED, actor=Actor.CITIZEN)
    await assignment.freed(
        session=turn.session, agent_id=request.assignee_id, interpreter_after=turn.ctx.settings.interpreter_after
    )
    turn.say("withdraw-done", reference=reference)
    turn.menu = True
    return END


async def _own_request(turn: Turn, reference: str) -> Request | None:
    try:
        return await requests.find_for_owner(
            session=turn.session, reference=parse_reference(reference), contact_id=turn.contact.id, for_update=True
        )
    except (InvalidReference, NotFound):
        return None
