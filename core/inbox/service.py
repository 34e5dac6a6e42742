"""Recording platform updates by id, so each is acted on once."""

from sqlalchemy.ext.asyncio import AsyncSession

from core.db import insert_or_ignore, utcnow
from core.inbox.models import ProcessedUpdate


async def record_update(*, session: AsyncSession, source: str, update_id: str) -> bool:
    """Records an update id for this source; False means it was seen before and must be ignored."""
    return await insert_or_ignore(
        session,
        ProcessedUpdate,
        {"source": source, "update_id": update_id, "received_at": utcnow()},
        conflict=["source", "update_id"],
    )
