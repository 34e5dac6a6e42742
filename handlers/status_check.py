"""Status from anywhere: a reference that is not among the sender's, then the last four digits of its phone.

Someone writing from a neighbour's phone or the library's web chat types their reference; it is not theirs on
this channel, so they are asked for the last four digits of the phone number given in the application. The
right ones tell the status and the next step, nothing else (core.requests.status_check limits and audits the
answers). Anything but four digits leaves the question and is understood as usual.
"""

from core.references import format_reference
from core.requests import status_check
from handlers import free_text
from handlers.status import CHECK_STEP, status_and_next
from handlers.turn import END, Flow, Journey, Next, State, Turn, cancel_row, type_answer
from handlers.types import InboundKind


async def ask_factor(turn: Turn) -> None:
    turn.say("status-check-ask", reference=format_reference(turn.data["reference"]), choices=[cancel_row()])


async def on_factor(turn: Turn) -> Next:
    """Four digits are checked; other words are not an answer to this question and are acted on as usual."""
    if turn.kind != InboundKind.TEXT:
        return await type_answer(turn)
    reference = turn.data.get("reference")
    factor = status_check.factor_in(turn.text)
    if factor is None or not isinstance(reference, str):
        turn.flow, turn.step, turn.data = None, None, {}
        return await free_text.on_text(turn)
    checked = await status_check.check(
        session=turn.session,
        reference=reference,
        factor=factor,
        contact_id=turn.contact.id,
        channel=turn.contact.channel,
    )
    if checked.request is not None:
        turn.say("status-check-detail", **status_and_next(turn, checked.request))
    elif checked.outcome == status_check.Outcome.LOCKED:
        turn.say("status-check-locked")
    else:
        turn.say("status-check-mismatch", reference=format_reference(reference))
    return END


STATUS_CHECK = Journey(Flow.STATUS_CHECK, {CHECK_STEP: State(ask=ask_factor, answer=on_factor)})
