"""A person talking to the conversations engine, so tests read like the conversation itself.

No Telegram: each call builds an Inbound as an adapter would, and the Reply is rendered to plain text
with the real translator (isolates stripped for matching, as a reader sees the text).
"""

import itertools
import re
from dataclasses import dataclass, field

from core.i18n import Translator, strip_isolates
from handlers.engine import Conversations
from handlers.types import Attachment, Choice, Inbound, InboundKind, OutMessage, Reply, Say

_users = itertools.count(7_000_000_000_001)  # beyond 32 bits, as real Telegram ids are
_updates = itertools.count(1)
REFERENCE = re.compile(r"\d{3}\s\d{3}\s\d{3}")  # grouped with no-break spaces


class FakeClock:
    """A monotonic clock the test moves; `step` seconds pass on every reading unless frozen."""

    def __init__(self, step: float = 1.0) -> None:
        self.now = 1000.0
        self.step = step

    def __call__(self) -> float:
        self.now += self.step
        return self.now


def render_say(translator: Translator, locale: str, item: Say | str) -> str:
    return item if isinstance(item, str) else translator.text(locale, item.key, **item.params)


def render_message(translator: Translator, locale: str, message: OutMessage) -> str:
    return render_say(translator, locale, message.text)


@dataclass
class Person:
    conversations: Conversations
    translator: Translator
    platform_language: str | None = "tr"
    channel: str = "telegram"
    user_id: str = field(default_factory=lambda: str(next(_users)))
    display_name: str | None = "Ayşe"
    text_limit: int | None = 4096  # Telegram's, as its adapter says
    replies: list[Reply] = field(default_factory=list)

    # -- sending

    def inbound(self, kind: InboundKind, **fields) -> Inbound:
        fields.setdefault("update_id", str(next(_updates)))
        return Inbound(
            channel=self.channel,
            user_id=self.user_id,
            chat_id=self.user_id,
            kind=kind,
            platform_language=self.platform_language,
            display_name=self.display_name,
            source=f"{self.channel}:test-bot",
            message_id=str(next(_updates)),
            text_limit=self.text_limit,
            **fields,
        )

    async def send(self, inbound: Inbound) -> Reply:
        reply = await self.conversations.handle(inbound)
        self.replies.append(reply)
        return reply

    async def say(self, text: str) -> str:
        await self.send(self.inbound(InboundKind.TEXT, text=text))
        return self.text

    async def command(self, name: str, args: str | None = None) -> str:
        await self.send(self.inbound(InboundKind.COMMAND, command=name, text=args))
        return self.text

    async def press(self, data: str) -> str:
        await self.send(self.inbound(InboundKind.BUTTON, button=data))
        return self.text

    async def press_label(self, label: str) -> str:
        """Presses the button of the last reply whose label contains `label`."""
        matches = [data for text, data in self.buttons() if label in text]
        assert matches, f"no button {label!r} in {self.buttons()}"
        return await self.press(matches[0])

    async def accept_notice(self) -> str:
        """Agrees to the question notice a first question waits on: the question is then filed."""
        assert self.keys[-2:] == ["question-notice", "question-notice-ask"], self.keys
        return await self.press("qnotice:yes")

    async def share_phone(self, phone: str) -> str:
        await self.send(self.inbound(InboundKind.CONTACT, phone=phone))
        return self.text

    async def send_photo(self, *, caption: str | None = None, size: int = 200_000, kind: str = "photo") -> str:
        attachment = Attachment(
            kind, f"file-{next(_updates)}", size=size, file_name="belge.pdf" if kind == "document" else None
        )
        await self.send(self.inbound(InboundKind.ATTACHMENT, attachment=attachment, text=caption))
        return self.text

    async def send_kind(self, kind: InboundKind) -> str:
        fields = {"location": (38.46, 27.13)} if kind == InboundKind.LOCATION else {}
        await self.send(self.inbound(kind, **fields))
        return self.text

    # -- reading the last reply

    @property
    def last(self) -> Reply:
        return self.replies[-1]

    @property
    def locale(self) -> str:
        return self.last.locale

    @property
    def keys(self) -> list[str]:
        return [m.text.key if isinstance(m.text, Say) else m.text for m in self.last.messages]

    @property
    def text(self) -> str:
        """Every message of the last reply, rendered and joined, isolates stripped."""
        return strip_isolates("\n---\n".join(self.raw_texts()))

    def raw_texts(self, reply: Reply | None = None) -> list[str]:
        reply = reply or self.last
        return [render_message(self.translator, reply.locale, m) for m in reply.messages]

    def buttons(self, reply: Reply | None = None) -> list[tuple[str, str]]:
        """(label, data) of every inline button of the last reply."""
        reply = reply or self.last
        return [
            (strip_isolates(render_say(self.translator, reply.locale, choice.label)), choice.data)
            for message in reply.messages
            for row in message.choices
            for choice in row
        ]

    def choices(self) -> list[Choice]:
        return [choice for m in self.last.messages for row in m.choices for choice in row]

    def reference(self) -> str:
        found = REFERENCE.search(self.text)
        assert found, self.text
        return found.group(0)
