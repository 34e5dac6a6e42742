"""What the delivery worker hands a channel's sender: a rendered notification, and the sender's interface."""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True)
class Rendered:
    """A notification ready to send: the full text, and what a template-only channel needs."""

    text: str
    locale: str
    kind: str  # status_changed | moved | invited | staff_reply | announcement
    params: Mapping[str, str]  # plain values for a template (reference, status name …)
    last_inbound_at: datetime | None  # when the person last wrote (WhatsApp's 24-hour window)


class Sender(Protocol):
    async def send(self, *, chat_id: str, message: Rendered) -> str:
        """Sends the message and returns the platform's message id, or raises a SendError."""
        ...
