"""Where each person is in a conversation: read, write and forget their state in the caller's transaction."""

from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from core.conversations.models import ConversationState
from core.db import utcnow


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
