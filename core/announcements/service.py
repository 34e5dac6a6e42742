"""Announcements: preview a segment, write one outbox row per person, follow the worker's progress, cancel."""

from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from typing import Any

from sqlalchemy import ColumnElement, exists, func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from core.announcements.models import Announcement
from core.announcements.schemas import Preview, Progress, Segment
from core.audit import service as audit
from core.audit.models import Action
from core.catalogue import Catalogue
from core.contacts.models import Contact
from core.db import rows_matched, utcnow
from core.errors import InvalidInput, NotFound
from core.i18n import parents
from core.outbox.models import OutboxItem, OutboxState
from core.requests.models import Request

MAX_TEXT = 4000  # Telegram takes 4096 characters a message; leave room for what a platform adds
# Requests filed by another city system (Open311) have no chat to write back to.
NO_CHAT_CHANNELS = ("open311",)
# An outbox row's state, as the console counts it.
PROGRESS_OF_STATE = {
    OutboxState.PENDING: "queued",
    OutboxState.CLAIMED: "queued",
    OutboxState.SENDING: "queued",
    OutboxState.SENT: "sent",
    OutboxState.DEAD: "failed",
    OutboxState.CANCELLED: "cancelled",
}
_INSERT_CHUNK = 5000  # rows per INSERT statement: well under PostgreSQL's 32,767 bind parameters per batch


def _reachable(segment: Segment) -> list[ColumnElement[bool]]:
    """Conditions on contacts: reachable, and holding at least one request in the segment."""
    wanted = [Request.contact_id == Contact.id]
    if segment.programme:
        wanted.append(Request.programme == segment.programme)
    if segment.status:
        wanted.append(Request.status == segment.status)
    if segment.district:
        wanted.append(Request.district == segment.district)
    if segment.desks:
        wanted.append(Request.desk.in_(segment.desks))
    conditions: list[ColumnElement[bool]] = [
        Contact.blocked.is_(False),
        Contact.erased_at.is_(None),
        Contact.channel.not_in(NO_CHAT_CHANNELS),
        exists(select(Request.id).where(*wanted)),
    ]
    if segment.language:
        conditions.append(Contact.language == segment.language)
    if segment.channel:
        conditions.append(Contact.channel == segment.channel)
    return conditions


def clean_texts(texts: Mapping[str, str]) -> dict[str, str]:
    """The texts without empty ones; refuses too long a text."""
    cleaned = {locale: text.strip() for locale, text in texts.items() if text and text.strip()}
    for locale, text in cleaned.items():
        if len(text) > MAX_TEXT:
            raise InvalidInput("error-invalid-input", field=f"text_{locale}", maximum=MAX_TEXT)
    return cleaned


def text_locale(language: str, texts: Mapping[str, str]) -> str | None:
    """The text someone reading `language` gets: their own, else their language's parent (fa-AF -> fa)."""
    for candidate in parents(language):
        if candidate in texts:
            return candidate
    return None


async def _audience(session: AsyncSession, segment: Segment) -> dict[str, int]:
    """How many reachable people of the segment read each language."""
    rows = await session.execute(
        select(Contact.language, func.count()).where(*_reachable(segment)).group_by(Contact.language)
    )
    return {language: count for language, count in rows}


async def preview(
    *, session: AsyncSession, segment: Segment, texts: Mapping[str, str] | None = None, default_locale: str = "tr"
) -> Preview:
    """How many people the segment reaches, and how many of them the texts (if given) do not cover."""
    texts = clean_texts(texts or {})
    audience = await _audience(session, segment)
    lacking = sum(count for language, count in audience.items() if text_locale(language, texts) is None)
    return Preview(
        recipients=sum(audience.values()),
        by_language=audience,
        lacking=lacking,
        fallback_possible=default_locale in texts,
    )


async def create(
    *,
    session: AsyncSession,
    staff_id: int,
    segment: Segment,
    texts: Mapping[str, str],
    allow_fallback: bool,
    default_locale: str = "tr",
) -> Announcement:
    """Records the announcement and queues one message per reachable person of the segment, in bulk.

    Each person gets the text of their language; someone whose language has none gets the default
    language's text if `allow_fallback`, else nothing (counted as skipped). A row carries only the
    texts its reader may need, so 50,000 rows do not hold 50,000 copies of every translation.
    """
    texts = clean_texts(texts)
    if not texts:
        raise InvalidInput("error-announcement-empty")
    if allow_fallback and default_locale not in texts:
        raise InvalidInput("error-announcement-fallback-missing", locale=default_locale)
    now = utcnow()
    announcement = Announcement(
        created_by=staff_id,
        created_at=now,
        segment=segment.stored(),
        texts=texts,
        allow_fallback=allow_fallback,
        state="sending",
        recipients=0,
        fallbacks=0,
        skipped=0,
    )
    session.add(announcement)
    await session.flush()

    people = (
        await session.execute(
            select(Contact.id, Contact.channel, Contact.language).where(*_reachable(segment)).order_by(Contact.id)
        )
    ).all()
    payloads: dict[str, dict[str, Any] | None] = {}  # per language: what its readers' rows carry, or None
    counts: Counter[str] = Counter()
    rows: list[dict[str, Any]] = []
    for contact_id, channel, language in people:
        if language not in payloads:
            payloads[language] = _payload(language, texts, default_locale if allow_fallback else None)
        payload = payloads[language]
        if payload is None:
            counts["skipped"] += 1
            continue
        if not payload["own"]:
            counts["fallbacks"] += 1
        rows.append(
            {
                "contact_id": contact_id,
                "channel": channel,
                "kind": "announcement",
                "payload": payload["payload"],
                "announcement_id": announcement.id,
                "state": OutboxState.PENDING,
                "attempts": 0,
                "next_attempt_at": now,
                "created_at": now,
            }
        )
    for start in range(0, len(rows), _INSERT_CHUNK):
        await session.execute(insert(OutboxItem), rows[start : start + _INSERT_CHUNK])

    announcement.recipients = len(rows)
    announcement.fallbacks = counts["fallbacks"]
    announcement.skipped = counts["skipped"]
    if not rows:
        announcement.state, announcement.finished_at = "done", now
    await audit.record(
        session=session,
        staff_id=staff_id,
        action=Action.ANNOUNCEMENT_CREATE,
        target=str(announcement.id),
        details=announcement.details(),
    )
    return announcement


def _payload(language: str, texts: Mapping[str, str], fallback: str | None) -> dict[str, Any] | None:
    """The payload for readers of `language` (and whether it is in their language), or None to skip them.

    The worker renders `texts[their language]`, else `texts[fallback]`; a parent language's text is
    filed under their own code so that a reader of fa-AF gets the Persian text, not the fallback.
    """
    own = text_locale(language, texts)
    if own is not None:
        chosen = {language: texts[own]}
        if fallback is not None:
            chosen.setdefault(fallback, texts[fallback])
        return {"own": True, "payload": {"texts": chosen, "fallback": fallback}}
    if fallback is not None:
        return {"own": False, "payload": {"texts": {fallback: texts[fallback]}, "fallback": fallback}}
    return None


async def get(*, session: AsyncSession, announcement_id: int, for_update: bool = False) -> Announcement:
    """Returns the announcement or raises NotFound."""
    statement = select(Announcement).where(Announcement.id == announcement_id)
    if for_update:
        statement = statement.with_for_update()
    announcement = (await session.execute(statement)).scalar_one_or_none()
    if announcement is None:
        raise NotFound("error-not-found")
    return announcement


async def list_recent(*, session: AsyncSession, limit: int = 50) -> list[Announcement]:
    """The latest announcements, newest first."""
    result = await session.execute(
        select(Announcement).order_by(Announcement.created_at.desc(), Announcement.id.desc()).limit(limit)
    )
    return list(result.scalars())


async def progress_of(*, session: AsyncSession, announcement_ids: Sequence[int]) -> dict[int, Progress]:
    """The progress of several announcements, in one query."""
    if not announcement_ids:
        return {}
    tallies: dict[int, Counter[str]] = {i: Counter() for i in announcement_ids}
    rows = await session.execute(
        select(OutboxItem.announcement_id, OutboxItem.state, func.count())
        .where(OutboxItem.announcement_id.in_(list(announcement_ids)))
        .group_by(OutboxItem.announcement_id, OutboxItem.state)
    )
    for announcement_id, state, count in rows:
        assert announcement_id is not None  # the column is nullable, but the filter asked for given ids
        tallies[announcement_id][PROGRESS_OF_STATE.get(OutboxState(state), "queued")] += count
    return {i: Progress(**tally) for i, tally in tallies.items()}


async def progress(*, session: AsyncSession, announcement_id: int) -> Progress:
    """Its messages by where they are; once none is waiting, a sending announcement is marked done."""
    announcement = await get(session=session, announcement_id=announcement_id)
    counted = (await progress_of(session=session, announcement_ids=[announcement_id]))[announcement_id]
    settle(announcement, counted)
    return counted


def in_scope(announcement: Announcement, *, desks: Collection[str], catalogue: Catalogue) -> bool:
    """Whether everyone the announcement can reach has a request on one of these desks."""
    reached = Segment(**announcement.segment).desks_reached(catalogue)
    return reached is not None and reached <= set(desks)


def settle(announcement: Announcement, counted: Progress) -> None:
    """Marks a sending announcement done when the worker has nothing of it left to send."""
    if announcement.state == "sending" and counted.queued == 0:
        announcement.state = "done"
        announcement.finished_at = utcnow()


async def cancel(
    *,
    session: AsyncSession,
    announcement_id: int,
    staff_id: int,
    within: Collection[str] | None = None,
    catalogue: Catalogue | None = None,
) -> Progress:
    """Stops an announcement: what is sent stays sent, what waits is never sent (the worker claims only pending rows).

    Cancelling one that is no longer sending changes nothing. With `within` (a supervisor's desks, and the
    `catalogue` that tells a programme's desk), one reaching people of any other desk is answered as unknown.

    A message the worker holds at this moment still goes; one it gives back to wait longer is
    dropped when next claimed (see core.outbox.service.claim_due).
    """
    announcement = await get(session=session, announcement_id=announcement_id, for_update=True)
    if within is not None and (catalogue is None or not in_scope(announcement, desks=within, catalogue=catalogue)):
        raise NotFound("error-not-found")
    if announcement.state != "sending":  # cancelled already, or done: nothing is left to stop
        return (await progress_of(session=session, announcement_ids=[announcement_id]))[announcement_id]
    result = await session.execute(
        update(OutboxItem)
        .where(OutboxItem.announcement_id == announcement_id, OutboxItem.state == OutboxState.PENDING)
        .values(state=OutboxState.CANCELLED, claimed_by=None)
        .execution_options(synchronize_session=False)
    )
    now = utcnow()
    announcement.state, announcement.cancelled_by, announcement.cancelled_at = "cancelled", staff_id, now
    announcement.finished_at = now
    stopped = rows_matched(result)
    await audit.record(
        session=session,
        staff_id=staff_id,
        action=Action.ANNOUNCEMENT_CANCEL,
        target=str(announcement.id),
        details={"stopped": stopped},
    )
    return (await progress_of(session=session, announcement_ids=[announcement_id]))[announcement_id]
