"""Long pastes: a text that fills its channel's limit may be the first part of a longer one, so a step taking one
typed answer keeps it, tells the person, and takes the parts joined once the rest has come, never one of them.

A person's app sends a paste longer than one message as several messages (Telegram's apps split at 4,096
characters, the web chat at its own limit), each part but the last filling most of a message.
"""

from handlers.turn import Turn, button, cancel_row
from handlers.types import Choice

CONTINUES_FROM = 0.9  # a text at least this share of its channel's limit is taken as a part, not as the whole
MAX_PARTS = 8  # a longer text is not collected further: its length is told instead
PARTS_DONE = "parts:done"


def may_continue(turn: Turn) -> bool:
    """True when the text fills (almost) one message of its channel, so more of it may follow."""
    limit = turn.inbound.text_limit
    return limit is not None and len(turn.text) >= CONTINUES_FROM * limit


def gather(turn: Turn) -> str | None:
    """The whole typed answer (parts joined), or None while its parts arrive (each one kept and acknowledged)."""
    parts: list[str] = [part for part in turn.data.pop("parts", []) if isinstance(part, str)]
    if turn.button == PARTS_DONE:
        return "".join(parts)
    parts.append(turn.text)
    if may_continue(turn) and len(parts) < MAX_PARTS:
        turn.data["parts"] = parts
        turn.say("long-text-part", count=sum(map(len, parts)), choices=_choices())
        return None
    return "".join(parts)


def _choices() -> list[list[Choice]]:
    return [[button("long-text-done", PARTS_DONE)], cancel_row()]
