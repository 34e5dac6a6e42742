"""What the console's templates show, built from core's rows: queue filters, queue rows, a thread, announcements."""

import unicodedata
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urlencode

from core.announcements.models import Announcement
from core.announcements.schemas import Preview, Progress
from core.announcements.service import text_locale
from core.catalogue import Catalogue
from core.db import utcnow
from core.i18n import Translator
from core.queue.service import WAITING
from core.references import format_reference
from core.requests.models import Message, Request, StatusEvent
from core.requests.statuses import Status
from core.safeguarding.service import HELD
from core.staff.models import StaffUser
from core.tags.models import MAX_TAG_LENGTH
from staff.common import Labels, sla_state


@dataclass(frozen=True)
class QueueFilters:
    """The queue's filters as chosen in the page, already checked against what this user may see."""

    desk: str = ""
    lang: str = ""  # "" = my languages, "*" = all, else one language code
    status: str = ""  # "" = waiting for staff
    programme: str = ""
    district: str = ""
    tag: str = ""  # one of the desks' tags
    holder: str = ""  # "" = anyone, "me", "nobody"

    @classmethod
    def parse(cls, query: Mapping[str, str], user: StaffUser, catalogue: Catalogue) -> "QueueFilters":
        """Keeps only values that exist and that this user may filter on; anything else is ignored."""
        desk = query.get("desk", "")
        lang = query.get("lang", "")
        status = query.get("status", "")
        programme = query.get("programme", "")
        district = query.get("district", "")
        tag = " ".join(query.get("tag", "").split())
        holder = query.get("holder", "")
        return cls(
            desk=desk if desk in user.desks else "",
            lang=lang if lang == "*" or lang in catalogue.city.locales else "",
            status=status if status in {s.value for s in Status} else "",
            programme=programme
            if any(p.code == programme and p.desk in user.desks for p in catalogue.programmes)
            else "",
            district=district if district in catalogue.city.districts else "",
            tag=tag if len(tag) <= MAX_TAG_LENGTH else "",
            holder=holder if holder in ("me", "nobody") else "",
        )

    def desks(self, user: StaffUser) -> list[str]:
        return [self.desk] if self.desk else list(user.desks)

    def languages(self, user: StaffUser) -> list[str] | None:
        if self.lang == "*":
            return None
        if self.lang:
            return [self.lang]
        return list(user.languages) or None

    def statuses(self) -> list[str]:
        return [self.status] if self.status else list(WAITING)

    def query(self) -> str:
        """The filters as a query string (for the live refresh and links)."""
        return urlencode({k: v for k, v in self.__dict__.items() if v})


@dataclass(frozen=True)
class QueueRow:
    reference: str
    reference_display: str
    programme: str
    desk: str
    status: str
    status_label: str
    priority: int
    language: str
    language_label: str
    language_native: str
    language_dir: str
    channel: str
    district: str
    waited: str
    received: str
    sla: str
    sla_label: str
    due: str
    assignee: str | None
    preview: str | None = None  # the citizen's latest words, cut short (never for a request under a flag)
    preview_language: str = ""
    preview_dir: str = "auto"
    held: bool = False  # under a safeguarding flag
    unread: bool = False
    viewers: tuple[str, ...] = ()  # colleagues who have it open now
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Glance:
    """What the queue shows of each row beyond the request itself, for one staff member, by request id."""

    latest: Mapping[int, Message] = field(default_factory=dict)
    unread: Collection[int] = ()
    viewers: Mapping[int, Sequence[str]] = field(default_factory=dict)
    tags: Mapping[int, Sequence[str]] = field(default_factory=dict)


PREVIEW_LENGTH = 120
_JOINERS = {"\u200d", "\u034f"}  # a zero-width joiner (emoji sequences), the grapheme joiner


def _joins_previous(character: str) -> bool:
    """Whether a character belongs to the grapheme before it: a mark, a joiner, a variation selector, a skin tone."""
    point = ord(character)
    return (
        unicodedata.combining(character) != 0
        or unicodedata.category(character) in ("Mn", "Me", "Mc")
        or character in _JOINERS
        or 0xFE00 <= point <= 0xFE0F
        or 0xE0100 <= point <= 0xE01EF
        or 0x1F3FB <= point <= 0x1F3FF
        or 0xE0020 <= point <= 0xE007F  # tag characters (subdivision flags)
    )


def preview(text: str, limit: int = PREVIEW_LENGTH) -> str:
    """The text on one line, cut to about `limit` characters at a word or at least a grapheme's end, marked '…'."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = limit
    space = text.rfind(" ", limit * 2 // 3, limit + 1)
    if space > 0:
        cut = space
    else:
        # never split a letter from its marks, an emoji from its modifiers, or a joined sequence
        while cut > 1 and (_joins_previous(text[cut]) or text[cut - 1] in _JOINERS):
            cut -= 1
        flags = 0  # regional indicators pair up into flags: keep whole pairs
        while flags < cut and 0x1F1E6 <= ord(text[cut - 1 - flags]) <= 0x1F1FF:
            flags += 1
        cut -= flags % 2
    return text[:cut].rstrip() + "…"


def native_name(translator: Translator, code: str) -> str:
    """A language's name in itself ('العربية'), or its code when nothing knows it."""
    try:
        return translator.native_name(code)
    except Exception:  # an unknown code anywhere in Babel or Fluent must not break a page
        return code


def queue_rows(
    requests: Sequence[Request],
    labels: Labels,
    translator: Translator,
    staff: Mapping[int, StaffUser],
    now: datetime | None = None,
    glance: Glance | None = None,
) -> list[QueueRow]:
    """One row per request, with everything the queue shows at a glance (previews, unread marks, who has it open
    and tags with `glance`). A request under a safeguarding flag shows the flag, never its words: reading them
    is the request page's, where each look is audited."""
    now = now or utcnow()
    glance = glance or Glance()
    rows = []
    for request in requests:
        state = sla_state(request, now)
        holder = staff.get(request.assignee_id) if request.assignee_id else None
        held = request.safeguarding in HELD
        latest = None if held else glance.latest.get(request.id)
        language = (latest.language if latest else None) or request.language
        words = preview(latest.text) if latest and latest.text else None
        if latest and not words and latest.attachments:
            words = labels("console-preview-attachment")
        rows.append(
            QueueRow(
                reference=request.reference,
                reference_display=format_reference(request.reference),
                programme=labels.programme(request.programme),
                desk=labels.desk(request.desk),
                status=request.status,
                status_label=labels.status(request.status),
                priority=request.priority,
                language=request.language,
                language_label=labels.language(request.language),
                language_native=native_name(translator, request.language),
                language_dir=labels.direction(request.language),
                channel=request.channel,
                district=request.district or "",
                waited=labels.duration(now - request.created_at),
                received=labels.datetime(request.created_at),
                sla=state,
                sla_label=labels(f"console-sla-{state}"),
                due=labels.datetime(request.sla_due_at),
                assignee=holder.display_name if holder else None,
                preview=words,
                preview_language=language,
                preview_dir=labels.direction(language),
                held=held,
                unread=request.id in glance.unread,
                viewers=tuple(glance.viewers.get(request.id, ())),
                tags=tuple(glance.tags.get(request.id, ())),
            )
        )
    return rows


@dataclass
class TimelineItem:
    """One entry of a request's thread: a message or a change of status, in time order."""

    kind: str  # in | out | internal | status
    at: datetime
    when: str
    author: str
    text: str | None = None
    language: str | None = None
    language_label: str = ""
    delivery: str = ""
    attachments: list[dict[str, Any]] = field(default_factory=list)
    from_status: str | None = None
    to_status: str | None = None
    public_note: str | None = None
    internal_note: str | None = None
    message_id: int | None = None
    translation: str | None = None  # machine-translated: a citizen's words for the viewer, or a reply as it went out


def timeline(
    messages: Sequence[Message],
    events: Sequence[StatusEvent],
    labels: Labels,
    staff: Mapping[int, StaffUser],
    request_language: str,
    translations: Mapping[int, str] | None = None,
) -> list[TimelineItem]:
    """The thread and the status history merged, oldest first (citizens' words with `translations` by id)."""

    def who(staff_id: int | None, actor: str) -> str:
        if staff_id is not None and staff_id in staff:
            return staff[staff_id].display_name
        return labels(f"console-actor-{actor}")

    items: list[TimelineItem] = []
    for message in messages:
        if message.direction == "in":
            author = labels("console-actor-citizen")
        elif message.direction == "internal":
            author = who(message.author_staff_id, "staff")
        else:
            author = who(message.author_staff_id, "bot")
        language = message.language or (request_language if message.direction == "in" else None)
        items.append(
            TimelineItem(
                kind=message.direction,
                at=message.created_at,
                when=labels.datetime(message.created_at),
                author=author,
                text=message.text,
                language=language,
                language_label=labels.language(language) if language else "",
                delivery=labels(f"console-delivery-{message.delivery_state}") if message.direction == "out" else "",
                attachments=[
                    {"index": i, "kind": a.get("kind", ""), "name": a.get("file_name") or a.get("kind", "")}
                    for i, a in enumerate(message.attachments or [])
                ],
                message_id=message.id,
                translation=message.translated_text or (translations or {}).get(message.id),
            )
        )
    for event in events:
        items.append(
            TimelineItem(
                kind="status",
                at=event.created_at,
                when=labels.datetime(event.created_at),
                author=who(event.actor_staff_id, event.actor_kind),
                from_status=labels.status(event.from_status) if event.from_status else None,
                to_status=labels.status(event.to_status),
                public_note=event.public_note,
                internal_note=event.internal_note,
            )
        )
    items.sort(key=lambda item: (item.at, item.kind != "status"))
    return items


@dataclass(frozen=True)
class AnnouncementRow:
    """One announcement as the list shows it, with its progress."""

    id: int
    when: str
    author: str
    segment: list[str]  # the segment's values, named; empty for everyone
    texts: list[dict[str, str]]  # code, language, dir, text
    state: str
    state_label: str
    progress: Progress
    recipients: int
    fallbacks: int
    skipped: int
    cancellable: bool  # by the one reading the list


def segment_names(segment: Mapping[str, Any], labels: Labels) -> list[str]:
    """The values of a segment in the console's language: programme, status, district, language, channel, desks."""
    named: dict[str, Callable[[str], str]] = {
        "programme": labels.programme,
        "status": labels.status,
        "district": str,
        "language": labels.language,
        "channel": lambda code: labels.named(f"console-channel-{code}", code),
    }
    names = [named[key](segment[key]) for key in named if segment.get(key)]
    return names + [labels.desk(desk) for desk in segment.get("desks") or ()]


def announcement_rows(
    items: Sequence[Announcement],
    progress: Mapping[int, Progress],
    labels: Labels,
    staff: Mapping[int, StaffUser],
    cancellable: Collection[int],
) -> list[AnnouncementRow]:
    """The announcements with who sent them to whom, their texts and how far the worker has got."""
    return [
        AnnouncementRow(
            id=item.id,
            when=labels.datetime(item.created_at),
            author=staff[item.created_by].display_name if item.created_by in staff else "",
            segment=segment_names(item.segment, labels),
            texts=[
                {"code": code, "language": labels.language(code), "dir": labels.direction(code), "text": text}
                for code, text in item.texts.items()
            ],
            state=item.state,
            state_label=labels(f"console-announcement-state-{item.state}"),
            progress=progress.get(item.id, Progress()),
            recipients=item.recipients,
            fallbacks=item.fallbacks,
            skipped=item.skipped,
            cancellable=item.id in cancellable,
        )
        for item in items
    ]


def audience_rows(
    preview: Preview,
    texts: Mapping[str, str],
    allow_fallback: bool,
    default_locale: str,
    labels: Labels,
    translator: Translator,
) -> list[dict[str, Any]]:
    """Per language of the people reached: how many, and which text they would get."""
    rows = []
    for code, count in sorted(preview.by_language.items(), key=lambda pair: (-pair[1], pair[0])):
        own = text_locale(code, texts)
        if own == code:
            coverage = "own"
        elif own is not None:
            coverage = "parent"
        elif allow_fallback and default_locale in texts:
            coverage = "fallback"
        else:
            coverage = "none"
        rows.append(
            {
                "code": code,
                "language": labels.language(code),
                "native": native_name(translator, code),
                "dir": labels.direction(code),
                "count": count,
                "coverage": coverage,
            }
        )
    return rows
