"""Where each person is in a conversation: read, write and forget their state in the caller's transaction."""

from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from core.conversations.models import ConversationState
from core.db import insert_or_ignore, utcnow


async def get_state(*, session: AsyncSession, key: str) -> dict[str, Any]:
    """Returns the stored state for this key (`"<channel>:<platform user id>"`), or an empty dict."""
    state = await session.scalar(select(ConversationState.state).where(ConversationState.key == key))
    return dict(state) if isinstance(state, dict) else {}


async def put_state(*, session: AsyncSession, key: str, state: dict[str, Any]) -> None:
    """Stores the state for this key, replacing what was there (safe when two writers race to create it)."""
    now = utcnow()
    inserted = await insert_or_ignore(
        session, ConversationState, {"key": key, "state": state, "updated_at": now}, conflict=["key"]
    )
    if not inserted:
        await session.execute(
            update(ConversationState).where(ConversationState.key == key).values(state=state, updated_at=now)
        )


async def clear_state(*, session: AsyncSession, key: str) -> None:
    """Forgets the state for this key (nothing happens when there is none)."""
    await session.execute(delete(ConversationState).where(ConversationState.key == key))
