"""Operations on contacts: find or create, language, consent, reachability."""

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from core.contacts.models import Contact
from core.db import insert_or_ignore, utcnow
from core.errors import NotFound

# How stale the stored time of a person's last message may get: writing it on every event cost one UPDATE
# per event; read back, it is at most this much earlier than the truth, so WhatsApp's 24-hour window is
# never taken as open longer than it is.
INBOUND_STAMP_EVERY = timedelta(minutes=1)


async def get_or_create(
    *,
    session: AsyncSession,
    channel: str,
    platform_user_id: str,
    chat_id: str,
    language: str,
    language_source: str = "platform",
    display_name: str | None = None,
) -> Contact:
    """Returns the contact for this channel user, creating it (safely under concurrency) on first contact.

    Known people (nearly every event) cost one SELECT; only a first contact also inserts.
    """
    statement = select(Contact).where(Contact.channel == channel, Contact.platform_user_id == platform_user_id)
    contact = (await session.execute(statement)).scalar_one_or_none()
    if contact is not None:
        if contact.chat_id != chat_id:
            contact.chat_id = chat_id
        return contact
    await add_if_new(
        session=session, channel=channel, platform_user_id=platform_user_id, chat_id=chat_id, language=language,
        language_source=language_source, display_name=display_name,
    )
    contact = (await session.execute(statement)).scalar_one()
    if contact.chat_id != chat_id:
        contact.chat_id = chat_id
    return contact


async def add_if_new(
    *,
    session: AsyncSession,
    channel: str,
    platform_user_id: str,
    chat_id: str,
    language: str,
    language_source: str,
    display_name: str | None,
) -> None:
    """Adds the contact for this channel user unless it exists (safe when two first events race)."""
    await insert_or_ignore(
        session,
        Contact,
        {
            "channel": channel,
            "platform_user_id": platform_user_id,
            "chat_id": chat_id,
            "display_name": display_name,
            "language": language,
            "language_source": language_source,
            "blocked": False,
            "created_at": utcnow(),
        },
        conflict=["channel", "platform_user_id"],
    )


async def get(*, session: AsyncSession, contact_id: int) -> Contact:
    """Returns the contact or raises NotFound."""
    contact = await session.get(Contact, contact_id)
    if contact is None:
        raise NotFound("error-not-found")
    return contact


def set_language(*, contact: Contact, language: str, source: str) -> None:
    """Records the contact's language and how it was set (chosen, detected, platform)."""
    contact.language = language
    contact.language_source = source


def record_consent(*, contact: Contact, notice_version: str, locale: str) -> None:
    """Records explicit consent to the privacy notice of this version, shown in this language."""
    contact.consent_at = utcnow()
    contact.consent_notice_version = notice_version
    contact.consent_locale = locale


def mark_blocked(*, contact: Contact) -> None:
    """Marks a contact who blocked the bot: nothing more is sent to them until they write again."""
    contact.blocked = True
    contact.blocked_at = utcnow()


def note_inbound(*, contact: Contact) -> None:
    """Records that the person just wrote: they are reachable again (and WhatsApp's window opens)."""
    now = utcnow()
    if contact.last_inbound_at is None or now - contact.last_inbound_at >= INBOUND_STAMP_EVERY:
        contact.last_inbound_at = now
    if contact.blocked:
        contact.blocked = False
        contact.blocked_at = None
