"""Operations on contacts: find or create, language, consent, reachability."""

from collections.abc import Collection
from datetime import timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.util import identity_key

from core.contacts.models import Contact
from core.db import AnyRow, Driver, flush_pending, insert_or_ignore, utcnow
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

    Known people (nearly every event) cost one SELECT; only a first contact also inserts. The display name
    is kept only once the person has agreed to the privacy notice.
    """
    statement = select(Contact).where(Contact.channel == channel, Contact.platform_user_id == platform_user_id)
    contact = (await session.execute(statement)).scalar_one_or_none()
    if contact is None:
        await add_if_new(
            session=session,
            channel=channel,
            platform_user_id=platform_user_id,
            chat_id=chat_id,
            language=language,
            language_source=language_source,
        )
        contact = (await session.execute(statement)).scalar_one()
    if contact.chat_id != chat_id:
        contact.chat_id = chat_id
    remember_name(contact=contact, display_name=display_name)
    return contact


async def add_if_new(
    *,
    session: AsyncSession,
    channel: str,
    platform_user_id: str,
    chat_id: str,
    language: str,
    language_source: str,
) -> None:
    """Adds the contact for this channel user unless it exists (safe when two first events race).

    Nothing that names the person is stored yet: not before they agree to the privacy notice. On the session's
    driver (`insert_or_ignore`): through the session, a first contact was the one reason most first events ran the
    ORM.
    """
    await insert_or_ignore(
        session,
        Contact,
        {
            "channel": channel,
            "platform_user_id": platform_user_id,
            "chat_id": chat_id,
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


def acknowledge_question_notice(*, contact: Contact, notice_version: str, locale: str) -> None:
    """Records that the person read the question notice of this version, shown in this language."""
    contact.question_notice_at = utcnow()
    contact.question_notice_version = notice_version
    contact.question_notice_locale = locale


def knows_question_notice(contact: Contact, notice_version: str) -> bool:
    """Whether a question of this person's may be kept: they acknowledged this version of the question notice,
    or consented to this version of the full notice."""
    return notice_version in (contact.question_notice_version, contact.consent_notice_version)


def record_consent(*, contact: Contact, notice_version: str, locale: str, display_name: str | None = None) -> None:
    """Records explicit consent to the privacy notice of this version, shown in this language (and the name)."""
    contact.consent_at = utcnow()
    contact.consent_notice_version = notice_version
    contact.consent_locale = locale
    remember_name(contact=contact, display_name=display_name)


def remember_name(*, contact: Contact, display_name: str | None) -> None:
    """Keeps the name the platform shows for the person, once they have agreed to the privacy notice."""
    name = display_name[:256] if display_name else None
    if name and contact.consent_at is not None and contact.erased_at is None and contact.display_name != name:
        contact.display_name = name


def mark_blocked(*, contact: Contact) -> None:
    """Marks a contact who blocked the bot: nothing more is sent to them until they write again."""
    contact.blocked = True
    contact.blocked_at = utcnow()


async def block(*, session: AsyncSession, contact_id: int) -> None:
    """Marks a contact who blocked the bot, by id (the delivery worker holds no Contact object)."""
    await session.execute(update(Contact).where(Contact.id == contact_id).values(blocked=True, blocked_at=utcnow()))


# What a send needs of a contact, read as plain rows (no ORM objects on the delivery worker's hot path).
DELIVERY_COLUMNS = (
    Contact.id,
    Contact.chat_id,
    Contact.language,
    Contact.last_inbound_at,
    Contact.blocked,
    Contact.erased_at,
)


async def delivery_targets(*, session: AsyncSession, contact_ids: Collection[int]) -> dict[int, AnyRow]:
    """What a send needs of each of these contacts (DELIVERY_COLUMNS), by contact id."""
    rows = await session.execute(select(*DELIVERY_COLUMNS).where(Contact.id.in_(set(contact_ids))))
    return {row.id: row for row in rows}


def note_inbound(*, contact: Contact) -> None:
    """Records that the person just wrote: they are reachable again (and WhatsApp's window opens).

    Written with the person's other changes, in one UPDATE on the event's driver when it ends (core.db: the
    event's changed rows), or before a driver statement reads them (`flush_pending`).
    """
    now = utcnow()
    if contact.last_inbound_at is None or now - contact.last_inbound_at >= INBOUND_STAMP_EVERY:
        contact.last_inbound_at = now
    if contact.blocked:
        contact.blocked, contact.blocked_at = False, None


async def verify_phone(*, session: AsyncSession, contact: Contact, phone: str, via: str) -> None:
    """Records the person's own number as a channel verified it (E.164), and links their contacts that share it.

    Kept only once the person agreed to the privacy notice, like everything else that names them. Every contact
    with the same verified number, and every contact already linked to one of them, becomes one person: their
    `person_id` is the lowest id among them.

    One statement on the session's driver (core.db.Driver), where the ORM made four (bench/RESULTS.md, issue 18);
    the contacts the session holds take what it wrote as committed.
    """
    if contact.consent_at is None or contact.erased_at is not None:
        return
    await flush_pending(session, Contact)  # the statement must see the contact as the session has it
    driver = await Driver.of(session)
    columns = Contact.__table__.c
    linked = await driver.fetch(
        _LINK,
        contact.id,
        driver.bind(columns.phone, phone),
        driver.bind(columns.phone_index, phone),
        driver.bind(columns.phone_verified_via, via),
    )
    for contact_id, person in linked:
        held = session.identity_map.get(identity_key(Contact, contact_id))
        if held is not None:
            set_committed_value(held, "person_id", person)
    for name in ("phone", "phone_index"):
        set_committed_value(contact, name, phone)
    set_committed_value(contact, "phone_verified_via", via)


# $1 the contact, $2 its number sealed, $3 the number's keyed index, $4 the channel that verified it. Those
# sharing the number (not erased) and the contact; the persons they belong to; everyone in those persons.
_LINK = """
WITH sharing AS (
    SELECT id, person_id FROM contacts WHERE (phone_index = $3 AND erased_at IS NULL) OR id = $1
), persons AS (
    SELECT coalesce(person_id, id) AS id FROM sharing WHERE person_id IS NOT NULL OR id = $1
), everyone AS (
    SELECT id FROM contacts
    WHERE person_id IN (SELECT id FROM persons) OR id IN (SELECT id FROM sharing) OR id IN (SELECT id FROM persons)
)
UPDATE contacts SET
    person_id = (SELECT min(id) FROM everyone),
    phone = CASE WHEN id = $1 THEN $2 ELSE phone END,
    phone_index = CASE WHEN id = $1 THEN $3 ELSE phone_index END,
    phone_verified_via = CASE WHEN id = $1 THEN $4 ELSE phone_verified_via END
WHERE id IN (SELECT id FROM everyone)
RETURNING id, person_id
"""


def person_of(contact: Contact | AnyRow) -> int:
    """The person a contact belongs to: linked contacts share it; a contact on its own is its own person."""
    return contact.person_id or contact.id


async def linked(*, session: AsyncSession, contact_id: int) -> list[Contact]:
    """All the contacts of the person this contact belongs to (itself included), oldest first."""
    contact = await get(session=session, contact_id=contact_id)
    person = person_of(contact)
    rows = await session.execute(
        select(Contact)
        .where((Contact.person_id == person) | (Contact.id == person) | (Contact.id == contact.id))
        .order_by(Contact.id)
    )
    return list(rows.scalars())
