"""Recording platform updates by id, so each is acted on once."""

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from core.db import Driver, utcnow
from core.inbox.models import ProcessedUpdate

# The record, on the session's driver (core.db.Driver): a row back when it is new. core.conversations puts it in
# front of its own statement on PostgreSQL (one round trip for an event's start).
RECORD = """
INSERT INTO processed_updates (source, update_id, received_at) VALUES ($1, $2, $3)
ON CONFLICT (source, update_id) DO NOTHING RETURNING id
"""


async def record_update(*, session: AsyncSession, source: str, update_id: str) -> bool:
    """Records an update id for this source; False means it was seen before and must be ignored."""
    driver = await Driver.of(session)
    return await driver.fetchrow(RECORD, *record_values(driver, source, update_id)) is not None


def record_values(driver: Driver, source: str, update_id: str) -> tuple[Any, ...]:
    """RECORD's parameters, as the columns' types bind them on the driver's database (the update id is sealed)."""
    columns = ProcessedUpdate.__table__.c
    return source, driver.bind(columns.update_id, update_id), driver.bind(columns.received_at, utcnow())
