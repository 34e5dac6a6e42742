"""What the delivery worker hands a channel's sender: a rendered notification, and the sender's interface."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True)
class SentFile:
    """A file staff attached to a notification: its stored name, kind (photo | document), type and name to show,
    its bytes, and the sentence a channel that cannot carry a file says instead (in the person's language)."""

    name: str
    kind: str
    mime: str
    file_name: str
    data: bytes = field(repr=False)
    instead: str


@dataclass(frozen=True)
class Rendered:
    """A notification ready to send: the full text, what a template-only channel needs, and a file if attached."""

    text: str
    locale: str
    kind: str  # status_changed | moved | invited | staff_reply | announcement
    params: Mapping[str, str]  # plain values for a template (reference, status name …)
    last_inbound_at: datetime | None  # when the person last wrote (WhatsApp's 24-hour window)
    attachment: SentFile | None = None


class Sender(Protocol):
    async def send(self, *, chat_id: str, message: Rendered) -> str:
        """Sends the message and returns the platform's message id, or raises a SendError."""
        ...
