"""Where am I in the queue: a waiting request's place and the expected wait, on the receipt and when asked.

The expected wait is a range from the last days' pace (core.queue.place), said as an estimate, never a promise.
"""

from core.queue import place as queue_place
from core.queue.service import WAITING
from core.references import format_reference
from core.requests import service as requests
from core.requests.models import Request
from core.safeguarding.service import is_held
from handlers.status import LIST_LIMIT
from handlers.turn import END, Next, Turn


async def tell(turn: Turn, request: Request) -> bool:
    """Says the request's place in line (if it waits there) and the expected wait; True when an estimate was said."""
    if not queue_place.is_waiting(request) or is_held(request):  # a flagged one is answered with help instead
        return False
    found = await queue_place.place(session=turn.session, request=request)
    turn.say(
        "queue-place",
        reference=format_reference(request.reference),
        position=found.position,
        desk=turn.render(f"desk-{request.desk}"),
    )
    if found.estimate is None:
        return False
    turn.say(f"queue-estimate-{found.estimate.unit}", low=found.estimate.low, high=found.estimate.high)
    return True


async def on_when(turn: Turn) -> Next:
    """'When?': the place and expected wait of each of the person's requests waiting for staff."""
    mine = await requests.list_for_contact(session=turn.session, contact_id=turn.contact.id, limit=LIST_LIMIT)
    open_ = [request for request in mine if request.status in WAITING]
    for request in open_:
        if not queue_place.is_waiting(request) or is_held(request):  # claimed, or first in the safeguarding view
            turn.say("queue-in-hand", reference=format_reference(request.reference))
        elif not await tell(turn, request):
            turn.say("queue-no-estimate")
    if not open_:
        turn.say("queue-none")
    return END
