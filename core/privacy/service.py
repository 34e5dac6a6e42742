"""Erasure and retention (KVKK): a person can be forgotten, and what is past its retention period is destroyed.

Every place a person's data lives is listed once, here: the tables (PLACES, each saying how a person's or a
request's rows are found and what erasing them means) and, registered by the composition root, the stores
outside the database (a channel's mailbox, a Redis cache) through the PersonalStore protocol. Erasure and the
retention job walk that list and nothing else; tests/core/test_privacy.py fails when a table holding personal
data is missing from it.

Erasing a contact removes everything that identifies them or that they wrote (names, phones, identity
numbers, addresses, message texts and files, notes about them, queued notifications, conversation state,
uploads waiting in it, what the channels keep), cancels what is still open, and keeps only what the city must
count: programme, desk, district, household size, statuses and dates. The erasure is recorded in the audit log.
"""

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import ColumnElement, and_, case, delete, exists, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from core.audit import service as audit
from core.audit.models import Action
from core.callbacks.models import Callback
from core.catalogue import Catalogue
from core.contacts import service as people
from core.contacts.models import Contact
from core.conversations.models import ConversationState, state_key
from core.db import ERASED, Base, Database, rows_matched, utcnow
from core.errors import NotFound
from core.files import service as files
from core.files.models import Upload
from core.files.service import FileStore
from core.inbox.models import ProcessedUpdate
from core.outbox.models import OutboxItem, OutboxState
from core.queue.models import RequestView
from core.requests.models import Message, NameToken, Request, StatusEvent
from core.requests.statuses import FINAL, Actor, Status
from core.safeguarding.service import contact_has_held_flag
from core.tags.models import RequestTag
from core.transcripts.models import TranscriptEntry
from core.webhooks.models import WebhookDelivery

ERASED_CHAT = "erased"  # the chat id of a forgotten contact: nothing can be sent to it
# Update ids only serve to recognise a platform's redelivery (a day or two): older ones are dropped.
UPDATE_IDS_KEPT = timedelta(days=30)


@dataclass(frozen=True)
class Person:
    """Who is being forgotten, as the stores outside the database know them."""

    contact_id: int
    channel: str
    platform_user_id: str
    chat_id: str


class PersonalStore(Protocol):
    """A place outside the database that keeps a person's data (a web chat mailbox, a Redis cache)."""

    async def forget(self, person: Person) -> None:
        """Removes everything kept about this person (nothing happens for another channel's people)."""
        ...


@dataclass(frozen=True)
class Scope:
    """Whose data to erase: a person (their contact and all their requests), or some requests only.

    `chat` is the person's (channel, chat id), which finds what was said to their chat.
    """

    contact_id: int | None
    request_ids: tuple[int, ...]
    state_key: str | None = None
    chat: tuple[str, str] | None = None


@dataclass(frozen=True)
class Place:
    """Rows of one table holding a person's data: how a scope finds them, and what erasing them sets.

    `clear` gives the values erasing writes (None deletes the rows); `files` names a column listing the
    stored files the rows refer to, which are deleted with them.
    """

    table: type[Base]
    rows: Callable[[Scope], ColumnElement[bool] | None]
    clear: Callable[[Scope, datetime], Mapping[str, Any]] | None
    files: str | None = None


def _by(contact: Any = None, request: Any = None) -> Callable[[Scope], ColumnElement[bool] | None]:
    """Rows found by their contact (a person's erasure) or their request (both erasures)."""

    def rows(scope: Scope) -> ColumnElement[bool] | None:
        found = []
        if contact is not None and scope.contact_id is not None:
            found.append(contact == scope.contact_id)
        if request is not None and scope.request_ids:
            found.append(request.in_(scope.request_ids))
        return or_(*found) if found else None

    return rows


def _state(scope: Scope) -> ColumnElement[bool] | None:
    return ConversationState.key == scope.state_key if scope.state_key else None


def _transcript(scope: Scope) -> ColumnElement[bool] | None:
    if scope.chat is None:
        return None
    channel, chat_id = scope.chat
    return and_(TranscriptEntry.channel == channel, TranscriptEntry.chat == chat_id)


def _uploads(scope: Scope) -> ColumnElement[bool] | None:
    of_requests = select(Message.id).where(Message.request_id.in_(scope.request_ids))
    found: list[ColumnElement[bool]] = [Upload.message_id.in_(of_requests)] if scope.request_ids else []
    if scope.contact_id is not None:
        found.append(Upload.contact_id == scope.contact_id)
    return or_(*found) if found else None


# In the order they are walked: what refers to a row comes before it.
PLACES: tuple[Place, ...] = (
    Place(ConversationState, _state, None, files="state"),
    Place(TranscriptEntry, _transcript, None),
    Place(Upload, _uploads, None, files="name"),
    Place(Callback, _by(Callback.contact_id, Callback.request_id), None),
    # Tags are staff's words, but what they say is about the request's person ("pregnant", "wheelchair"); who
    # read or has open a request goes with it.
    Place(RequestTag, _by(request=RequestTag.request_id), None),
    Place(RequestView, _by(request=RequestView.request_id), None),
    Place(
        OutboxItem,
        _by(OutboxItem.contact_id, OutboxItem.request_id),
        lambda scope, now: {
            "payload": {},
            "platform_message_id": None,
            "last_error": None,
            "state": case(
                (OutboxItem.state == OutboxState.PENDING, OutboxState.CANCELLED.value), else_=OutboxItem.state
            ),
        },
    ),
    # A webhook delivery keeps the person only for a target allowed personal data; it is still sent, without them.
    Place(WebhookDelivery, _by(request=WebhookDelivery.request_id), lambda scope, now: {"person": None}),
    Place(
        Message,
        _by(Message.contact_id, Message.request_id),
        lambda scope, now: {"text": None, "translated_text": None, "attachments": [], "platform_message_id": None},
        files="attachments",
    ),
    Place(
        StatusEvent,
        _by(request=StatusEvent.request_id),
        lambda scope, now: {"public_note": None, "internal_note": None},
    ),
    Place(NameToken, _by(request=NameToken.request_id), None),
    Place(
        Request,
        _by(request=Request.id),
        lambda scope, now: {
            "phone": None,
            "phone_index": None,
            "national_id_encrypted": None,
            "national_id_masked": None,
            "national_id_index": None,
            "neighbourhood": None,
            "answers": {},
            "updated_at": now,
            "erased_at": now,
        },
    ),
    Place(
        Contact,
        _by(contact=Contact.id),
        lambda scope, now: {
            "display_name": None,
            "phone": None,
            "phone_index": None,
            "phone_verified_via": None,
            "person_id": None,
            "platform_user_id": f"erased:{scope.contact_id}",
            "chat_id": ERASED_CHAT,
            "erased_at": now,
        },
    ),
)
# Rows kept only for a while whoever they concern, then deleted by the retention job: (table, its time, how long,
# None for the retention period). A transcript entry goes with its person, or once it is older than the period.
AGED: tuple[tuple[type, Any, timedelta | None], ...] = (
    (ProcessedUpdate, ProcessedUpdate.received_at, UPDATE_IDS_KEPT),
    (TranscriptEntry, TranscriptEntry.created_at, None),
)
# Tables that hold no personal data of citizens: staff accounts, sessions and sign-in throttling, canned replies,
# announcements (texts to everyone), the audit log (it names what it touched by reference, never by values), the
# desks' settings, webhook targets (the city's own systems).
NOT_PERSONAL: frozenset[str] = frozenset(
    {
        "staff_users",
        "api_tokens",
        "staff_sessions",
        "sign_in_throttle",
        "canned_replies",
        "announcements",
        "audit_log",
        "desk_settings",
        "webhook_targets",
        # Staff's saved queue filters (checked filter values) and the names of desks' tags.
        "saved_filters",
        "tags",
    }
)


async def _walk(session: AsyncSession, scope: Scope, now: datetime) -> list[str]:
    """Erases what the scope finds in every place; returns the stored files its rows referred to."""
    names: list[str] = []
    for place in PLACES:
        condition = place.rows(scope)
        if condition is None:
            continue
        table = place.table.__table__
        if place.files:
            found = await session.execute(select(table.c[place.files]).where(condition))
            for value in found.scalars():
                names.extend([value] if isinstance(value, str) else sorted(files.names_in(value)))
        if place.clear is None:
            await session.execute(delete(place.table).where(condition))
        else:
            await session.execute(update(place.table).where(condition).values(dict(place.clear(scope, now))))
    session.info[ERASED] = True
    return names


async def erase_contact(
    *, session: AsyncSession, contact_id: int, reason: str, staff_id: int | None = None, now: datetime | None = None
) -> list[dict[str, Any]]:
    """Forgets a contact in the database; returns the stored files they had, as attachments, for the caller."""
    now = now or utcnow()
    contact = await session.get(Contact, contact_id, with_for_update=True)
    if contact is None:
        raise NotFound("error-not-found")
    if contact.erased_at is not None:
        return []
    request_ids = tuple((await session.execute(select(Request.id).where(Request.contact_id == contact_id))).scalars())
    for request_id, status in (
        await session.execute(select(Request.id, Request.status).where(Request.id.in_(request_ids)))
    ).all():
        if Status(status) not in FINAL:
            session.add(
                StatusEvent(
                    request_id=request_id,
                    from_status=status,
                    to_status=Status.CANCELLED,
                    actor_kind=Actor.SYSTEM,
                    created_at=now,
                )
            )
    if request_ids:
        await session.execute(
            update(Request)
            .where(Request.id.in_(request_ids), Request.status.not_in([s.value for s in FINAL]))
            .values(status=Status.CANCELLED, closed_at=now, assignee_id=None)
        )
    scope = Scope(
        contact_id,
        request_ids,
        state_key(contact.channel, contact.platform_user_id),
        (contact.channel, contact.chat_id),
    )
    names = await _walk(session, scope, now)
    await audit.record(
        session=session,
        staff_id=staff_id,
        action=Action.ERASE_CONTACT,
        target=f"contact:{contact_id}",
        details={"reason": reason, "requests": len(request_ids), "files": len(names)},
    )
    return [{"file_id": name} for name in dict.fromkeys(names)]


def remove_local_files(directory: Path, attachments: Iterable[dict[str, Any]]) -> int:
    """Deletes the stored files of erased attachments kept in `directory`; returns how many."""
    return files.remove(directory, (str(item.get("file_id", "")) for item in attachments))


def past_retention(catalogue: Catalogue | None, default: timedelta, now: datetime) -> ColumnElement[bool]:
    """Requests that ended longer ago than their programme keeps them (`default` when it sets no period)."""
    periods: dict[timedelta, list[str]] = {}
    for programme in catalogue.programmes if catalogue else ():
        periods.setdefault(programme.retention or default, []).append(programme.code)
    known = [code for codes in periods.values() for code in codes]
    ended = and_(Request.status.in_([s.value for s in FINAL]), Request.closed_at.is_not(None))
    by_programme = [
        and_(Request.programme.in_(codes), Request.closed_at < now - kept) for kept, codes in periods.items()
    ]
    others = and_(Request.programme.not_in(known), Request.closed_at < now - default)
    return and_(ended, or_(*by_programme, others))


async def due_for_destruction(
    *,
    session: AsyncSession,
    retention: timedelta,
    catalogue: Catalogue | None = None,
    now: datetime | None = None,
    limit: int = 500,
) -> list[int]:
    """Contacts silent for longer than `retention` whose requests all ended longer ago than they are kept."""
    now = now or utcnow()
    cutoff = now - retention
    kept = exists().where(Request.contact_id == Contact.id, ~past_retention(catalogue, retention, now))
    rows = await session.execute(
        select(Contact.id)
        .where(
            Contact.erased_at.is_(None),
            Contact.created_at < cutoff,
            (Contact.last_inbound_at.is_(None)) | (Contact.last_inbound_at < cutoff),
            ~kept,
            ~contact_has_held_flag(Contact.id),  # never destroyed while a safeguarding flag holds
        )
        .order_by(Contact.id)
        .limit(limit)
    )
    return list(rows.scalars())


async def requests_due(
    *, session: AsyncSession, retention: timedelta, catalogue: Catalogue, now: datetime | None = None, limit: int = 500
) -> list[int]:
    """Requests, not yet destroyed, that ended longer ago than their programme keeps them."""
    rows = await session.execute(
        select(Request.id)
        .where(
            Request.erased_at.is_(None),
            past_retention(catalogue, retention, now or utcnow()),
            ~contact_has_held_flag(Request.contact_id),  # the person is left alone while a safeguarding flag holds
        )
        .order_by(Request.id)
        .limit(limit)
    )
    return list(rows.scalars())


@dataclass
class Destroyed:
    """What one run of the retention job destroyed."""

    people: int = 0
    requests: int = 0
    uploads: int = 0
    conversations: int = 0


@dataclass
class Privacy:
    """Erasure and retention over every place a person's data lives: PLACES, the files and the stores."""

    files: FileStore
    stores: list[PersonalStore] = field(default_factory=list)

    def register(self, store: PersonalStore) -> None:
        """Adds a place outside the database (the composition root registers each channel's)."""
        self.stores.append(store)

    async def erase_person(
        self, *, session: AsyncSession, contact_id: int, reason: str, staff_id: int | None = None, linked: bool = True
    ) -> int:
        """Forgets a person everywhere: the database, their stored files, every registered store, on each of their
        channels (the contacts a verified number linked to this one; only this one with `linked` False).

        Returns how many stored files were deleted. Files and stores are erased at once, before the caller's
        transaction commits: an erasure that then fails has still removed them, never the reverse.
        """
        ids = [c.id for c in await people.linked(session=session, contact_id=contact_id)] if linked else [contact_id]
        return sum([await self._erase_contact(session, one, reason, staff_id) for one in ids])

    async def _erase_contact(self, session: AsyncSession, contact_id: int, reason: str, staff_id: int | None) -> int:
        row = (
            await session.execute(
                select(Contact.channel, Contact.platform_user_id, Contact.chat_id, Contact.erased_at).where(
                    Contact.id == contact_id
                )
            )
        ).one_or_none()
        attachments = await erase_contact(session=session, contact_id=contact_id, reason=reason, staff_id=staff_id)
        if row is None or row.erased_at is not None:
            return 0
        person = Person(contact_id, row.channel, row.platform_user_id, row.chat_id)
        for store in self.stores:
            await store.forget(person)
        return remove_local_files(self.files.directory, attachments)

    async def destroy_expired(
        self, *, db: Database, catalogue: Catalogue, retention: timedelta, now: datetime | None = None
    ) -> Destroyed:
        """Destroys what is past its retention period, a few hundred rows per transaction."""
        now = now or utcnow()
        done = Destroyed()
        while True:
            async with db.transaction() as session:
                due = await requests_due(session=session, retention=retention, catalogue=catalogue, now=now)
                if due:
                    self.files.remove(await _walk(session, Scope(None, tuple(due)), now))
                    await audit.record(
                        session=session, staff_id=None, action=Action.RETENTION, details={"requests": len(due)}
                    )
            done.requests += len(due)
            if not due:
                break
        while True:
            async with db.transaction() as session:
                people = await due_for_destruction(session=session, retention=retention, catalogue=catalogue, now=now)
                for contact_id in people:
                    await self.erase_person(session=session, contact_id=contact_id, reason="retention", linked=False)
            done.people += len(people)
            if not people:
                break
        while True:
            async with db.transaction() as session:
                stale = await files.sweep(session=session, now=now)
                self.files.remove(stale)
            done.uploads += len(stale)
            if not stale:
                break
        async with db.transaction() as session:
            done.conversations = await _forget_idle_conversations(session, now)
            for table, stamp, kept in AGED:
                await session.execute(delete(table).where(stamp < now - (kept or retention)))
            session.info[ERASED] = True
        return done


async def _forget_idle_conversations(session: AsyncSession, now: datetime) -> int:
    """Drops conversation states nobody touched for longer than an upload may wait (answers, pending files)."""
    cutoff = now - files.PENDING_TTL
    result = await session.execute(delete(ConversationState).where(ConversationState.updated_at < cutoff))
    return rows_matched(result)
