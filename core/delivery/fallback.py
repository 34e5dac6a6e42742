"""A notification its channel could not deliver tries the person's other channels, then the call-back list.

Blocked, unreachable, no template in their language, failed after the platform accepted it, or out of attempts:
the notification is tried again, in the city's order (HEMSEHRI_FALLBACK_ORDER, say Telegram → WhatsApp → SMS), on
each channel of the person's not tried yet: a contact a verified number linked to theirs, or their verified number
itself on WhatsApp (a template) and by SMS. When none is left, the person lands on the call-back list for staff to
phone. Only notifications about a request are followed up so; an announcement reaches whom it reaches.
"""

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from core.callbacks.models import Callback
from core.contacts import service as people
from core.contacts.models import Contact
from core.db import insert_or_ignore, utcnow
from core.outbox import service as outbox
from core.outbox.models import OutboxItem

# Channels that reach a verified number even when the person never wrote on them, and its form as their user id.
BY_NUMBER = {"whatsapp": lambda phone: phone.removeprefix("+"), "sms": lambda phone: phone}


async def fall_back(*, session: AsyncSession, item: OutboxItem, order: Sequence[str]) -> OutboxItem | Callback | None:
    """Tries the notification on the person's next channel, or puts them on the call-back list; None: not followed.

    Written in the caller's transaction, with the row that failed. The new row says it in the language of the first
    one (the person's language where they asked), and lists the channels tried so far.
    """
    if item.request_id is None:
        return None
    contact = await session.get(Contact, item.contact_id)
    if contact is None or contact.erased_at is not None:
        return None
    payload: dict[str, Any] = dict(item.payload)
    tried = [*payload.get("tried", []), item.channel]
    payload.update(tried=tried, language=payload.get("language") or contact.language)
    payload.setdefault("first_contact", contact.id)
    mine = await people.linked(session=session, contact_id=contact.id)  # the person's channels, read once
    for channel in order:
        if channel in tried:
            continue
        target = await _reach(session, mine, channel, payload["language"])
        if target is None:
            continue
        row = outbox.enqueue(
            session=session,
            contact_id=target.id,
            channel=channel,
            kind=item.kind,
            payload=payload,
            request_id=item.request_id,
            message_id=item.message_id,
        )
        row.fallback_of = item.id
        return row
    await insert_or_ignore(
        session,
        Callback,
        {
            "request_id": item.request_id,
            "contact_id": payload["first_contact"],
            "outbox_id": item.id,
            "tried": ",".join(tried)[:120],
            "created_at": utcnow(),
        },
        conflict=["outbox_id"],
    )
    return (await session.execute(select(Callback).where(Callback.outbox_id == item.id))).scalar_one()


async def _reach(session: AsyncSession, mine: list[Contact], channel: str, language: str) -> Contact | None:
    """Of the person's contacts (`mine`), the one on this channel that can still be reached, made from their verified
    number if need be."""
    for other in mine:
        if other.channel == channel:
            return None if other.blocked or other.erased_at is not None else other
    verified = next((other for other in mine if other.phone_verified_via and other.phone), None)
    if verified is None or channel not in BY_NUMBER or verified.phone is None:
        return None
    user_id = BY_NUMBER[channel](verified.phone)
    made = await people.get_or_create(
        session=session, channel=channel, platform_user_id=user_id, chat_id=user_id, language=language
    )
    if made.erased_at is not None or made.blocked:
        return None
    if made.consent_at is None:  # the person agreed on the channel that verified the number
        made.consent_at = verified.consent_at
        made.consent_notice_version, made.consent_locale = verified.consent_notice_version, verified.consent_locale
    via = verified.phone_verified_via or channel
    await people.verify_phone(session=session, contact=made, phone=verified.phone, via=via)
    return made
