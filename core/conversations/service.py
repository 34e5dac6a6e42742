"""Where each person is in a conversation: read, write and forget their state in the caller's transaction."""

from typing import Any

from sqlalchemy import bindparam, delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from core.contacts import service as contacts
from core.contacts.models import Contact
from core.conversations.models import ConversationState
from core.db import upsert, utcnow

# Built once: building a SELECT per event cost more CPU than PostgreSQL spent running it. FOR NO KEY UPDATE:
# the person's row stays locked until the event's transaction ends, so two processes never handle one
# person's events at the same time (SQLite has one writer and ignores it); unlike FOR UPDATE it leaves the
# foreign-key checks of other transactions alone (a staff reply queueing a notification for this person does
# not wait for the event, and cannot deadlock with it).
_CONTACT_AND_STATE = (
    select(Contact, ConversationState.state)
    .outerjoin(ConversationState, ConversationState.key == bindparam("key"))
    .where(Contact.channel == bindparam("channel"), Contact.platform_user_id == bindparam("platform_user_id"))
    .with_for_update(of=Contact, key_share=True)
)


async def open_conversation(
    *,
    session: AsyncSession,
    key: str,
    channel: str,
    platform_user_id: str,
    chat_id: str,
    language: str,
    language_source: str,
    display_name: str | None = None,
) -> tuple[Contact, dict[str, Any]]:
    """The person writing (found, or created on first contact) and their stored state, for one event.

    A known person (nearly every event) costs one SELECT for both, which also locks the person's row until
    the caller's transaction ends: one event per person at a time, whichever process handles it. The
    platform's display name is kept only once the person has agreed to the privacy notice.
    """
    who = {"channel": channel, "platform_user_id": platform_user_id, "key": key}
    row = (await session.execute(_CONTACT_AND_STATE, who)).one_or_none()
    if row is None:  # first contact: create the row (safe when two events race), then lock it as above
        await contacts.add_if_new(
            session=session,
            channel=channel,
            platform_user_id=platform_user_id,
            chat_id=chat_id,
            language=language,
            language_source=language_source,
        )
        row = (await session.execute(_CONTACT_AND_STATE, who)).one()
    contact, state = row
    if contact.chat_id != chat_id:
        contact.chat_id = chat_id
    contacts.remember_name(contact=contact, display_name=display_name)
    return contact, dict(state) if isinstance(state, dict) else {}


async def get_state(*, session: AsyncSession, key: str) -> dict[str, Any]:
    """Returns the stored state for this key (`"<channel>:<platform user id>"`), or an empty dict."""
    state = await session.scalar(select(ConversationState.state).where(ConversationState.key == key))
    return dict(state) if isinstance(state, dict) else {}


async def put_state(*, session: AsyncSession, key: str, state: dict[str, Any]) -> None:
    """Stores the state for this key, replacing what was there, in one INSERT … ON CONFLICT DO UPDATE (race-safe)."""
    statement = upsert(session.get_bind().dialect.name, ConversationState, ("key", "state", "updated_at"), ("key",))
    await (await session.connection()).execute(statement, {"key": key, "state": state, "updated_at": utcnow()})


async def clear_state(*, session: AsyncSession, key: str) -> None:
    """Forgets the state for this key (nothing happens when there is none)."""
    await session.execute(delete(ConversationState).where(ConversationState.key == key))
