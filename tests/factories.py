"""Builders of test data through the real services."""

import itertools
from collections.abc import Collection
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from core.catalogue import Catalogue
from core.contacts import service as contacts
from core.contacts.models import Contact
from core.crypto import Vault
from core.outbox.models import OutboxItem, OutboxState
from core.requests import service as requests
from core.requests.models import Request
from core.requests.schemas import RequestIn
from core.requests.statuses import FINAL, Actor, Status
from core.staff import service as staff
from core.staff.models import StaffUser
from core.webhooks import service as webhooks
from core.webhooks.models import WebhookTarget

_ids = itertools.count(1_000_000_000_000)  # beyond 32 bits, as real Telegram ids are

VALID_TC = "10000000146"


async def contact(
    session: AsyncSession, *, language: str = "tr", consent: bool = True, channel: str = "telegram"
) -> Contact:
    user_id = str(next(_ids))
    person = await contacts.get_or_create(
        session=session, channel=channel, platform_user_id=user_id, chat_id=user_id, language=language
    )
    if consent:
        contacts.record_consent(contact=person, notice_version="2026-11", locale=language)
    return person


def application(programme: str = "winter_fuel", *, language: str = "tr", **overrides) -> RequestIn:
    fields = {
        "programme": programme,
        "language": language,
        "phone": "0532 123 45 67",
        "national_id": VALID_TC,
        "district": "karsiyaka",
        "neighbourhood": "Bostanlı",
        "household_size": 4,
        "description": "Kışın kömür lazım.",
        "full_name": "Ayşe Yılmaz",
        # Answers to every programme's own questions; each programme stores only its own.
        "answers": {
            "child_birth_dates": [date(date.today().year - 2, 5, 1).isoformat()],
            "income_band": "below_half",
            "rent_amount": 7500,
            "landlord_name": "Mehmet Demir",
            "landlord_phone_known": "no",
            "school": "Karşıyaka Ortaokulu",
            "grade": 6,
        },
    }
    fields.update(overrides)
    return RequestIn(**fields)


async def request(
    session: AsyncSession,
    catalogue: Catalogue,
    vault: Vault,
    *,
    programme: str = "winter_fuel",
    language: str = "tr",
    owner: Contact | None = None,
    **overrides,
) -> Request:
    owner = owner or await contact(session, language=language)
    return await requests.create(
        session=session,
        contact=owner,
        request_in=application(programme, language=language, **overrides),
        catalogue=catalogue,
        vault=vault,
    )


async def agent(
    session: AsyncSession,
    *,
    username: str | None = None,
    role: str = "agent",
    desks=("social_aid",),
    languages=("tr",),
) -> StaffUser:
    return await staff.create_user(
        session=session,
        username=username or f"agent{next(_ids)}",
        password="correct horse battery",
        role=role,
        desks=list(desks),
        languages=list(languages),
    )


async def webhook_target(
    session: AsyncSession, *, url: str, events: Collection[str], personal_data: bool = False
) -> tuple[WebhookTarget, str]:
    """An admin's webhook target, with its secret; private addresses allowed (the tests' receivers are on
    127.0.0.1)."""
    return await webhooks.create_target(
        session=session, url=url, events=events, personal_data=personal_data, staff_id=None, allow_private=True
    )


async def handled_request(
    session: AsyncSession,
    catalogue: Catalogue,
    vault: Vault,
    *,
    staff_id: int,
    created: datetime,
    programme: str = "hot_meals",
    language: str = "tr",
    channel: str = "telegram",
    answered: timedelta | None = None,
    asked: bool = False,
    closed: timedelta | None = None,
    undelivered: bool = False,
) -> Request:
    """A request with its history at the given times: claimed half an hour in (into review), first answered by a
    reply (or, `asked`, by asking for information, which the citizen gives), then rejected; `undelivered`: the
    first answer's notification is parked as dead."""
    owner = await contact(session, language=language, channel=channel)
    row = await requests.create(
        session=session,
        contact=owner,
        request_in=application(programme, language=language),
        catalogue=catalogue,
        vault=vault,
        now=created,
    )

    async def change(to: Status, actor: Actor, at: datetime) -> None:
        event = await requests.change_status(session=session, request=row, to=to, actor=actor, staff_id=staff_id)
        event.created_at = at
        if to in FINAL:
            row.closed_at = at

    await change(Status.IN_REVIEW, Actor.STAFF, created + timedelta(minutes=30))
    if answered is not None:
        at = created + answered
        if asked:
            await change(Status.NEEDS_INFO, Actor.STAFF, at)
            await change(Status.IN_REVIEW, Actor.CITIZEN, at + timedelta(minutes=1))
        else:
            message = await requests.reply(session=session, request=row, staff_id=staff_id, text="Merhaba")
            message.created_at = at
        await session.flush()
        if undelivered:
            notice = await session.scalar(
                select(OutboxItem).where(OutboxItem.request_id == row.id).order_by(OutboxItem.id.desc()).limit(1)
            )
            assert notice is not None
            notice.state, notice.created_at = OutboxState.DEAD, at
    if closed is not None:
        await change(Status.REJECTED, Actor.STAFF, created + closed)
    await session.flush()
    return row
