"""Where each person is in a conversation: read, write and forget their state in the caller's transaction."""

from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from core.contacts import service as contacts
from core.contacts.models import Contact
from core.conversations.models import ConversationState
from core.db import utcnow


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

    A known person (nearly every event) costs one SELECT for both, the state joined to the contact.
    """
    statement = (
        contacts.known(channel=channel, platform_user_id=platform_user_id)
        .add_columns(ConversationState.state)
        .outerjoin(ConversationState, ConversationState.key == key)
    )
    row = (await session.execute(statement)).one_or_none()
    if row is None:
        contact = await contacts.get_or_create(
            session=session, channel=channel, platform_user_id=platform_user_id, chat_id=chat_id,
            language=language, language_source=language_source, display_name=display_name,
        )
        return contact, await get_state(session=session, key=key)
    contact, state = row
    if contact.chat_id != chat_id:
        contact.chat_id = chat_id
    return contact, dict(state) if isinstance(state, dict) else {}


async def get_state(*, session: AsyncSession, key: str) -> dict[str, Any]:
    """Returns the stored state for this key (`"<channel>:<platform user id>"`), or an empty dict."""
    state = await session.scalar(select(ConversationState.state).where(ConversationState.key == key))
    return dict(state) if isinstance(state, dict) else {}


async def put_state(*, session: AsyncSession, key: str, state: dict[str, Any]) -> None:
    """Stores the state for this key, replacing what was there, in one INSERT … ON CONFLICT DO UPDATE (race-safe)."""
    if session.bind.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    statement = insert(ConversationState).values(key=key, state=state, updated_at=utcnow())
    await session.execute(
        statement.on_conflict_do_update(
            index_elements=["key"],
            set_={"state": statement.excluded.state, "updated_at": statement.excluded.updated_at},
        )
    )


async def clear_state(*, session: AsyncSession, key: str) -> None:
    """Forgets the state for this key (nothing happens when there is none)."""
    await session.execute(delete(ConversationState).where(ConversationState.key == key))
