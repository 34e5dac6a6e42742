"""An agent's saved queue filters: a name and the queue's query string, shown as quick links above the queue."""

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from core.errors import InvalidInput, NotFound
from core.queue.models import SavedFilter

MAX_SAVED = 20
MAX_NAME = 64
MAX_QUERY = 512


async def list_saved(*, session: AsyncSession, staff_id: int) -> list[SavedFilter]:
    """This staff member's saved filters, by name."""
    result = await session.execute(
        select(SavedFilter).where(SavedFilter.staff_id == staff_id).order_by(SavedFilter.name, SavedFilter.id)
    )
    return list(result.scalars())


async def save(*, session: AsyncSession, staff_id: int, name: str, query: str) -> SavedFilter:
    """Saves the filters under a name (replacing those saved under the same name); `query` as the queue checked it."""
    name = " ".join(name.split())
    if not name:
        raise InvalidInput("error-field-missing", field="name")
    if len(name) > MAX_NAME or len(query) > MAX_QUERY:
        raise InvalidInput("error-invalid-input")
    found = await session.scalar(select(SavedFilter).where(SavedFilter.staff_id == staff_id, SavedFilter.name == name))
    if found is not None:
        found.query = query
        return found
    count = await session.scalar(select(func.count()).where(SavedFilter.staff_id == staff_id))
    if (count or 0) >= MAX_SAVED:
        raise InvalidInput("error-saved-filters-full", limit=MAX_SAVED)
    saved = SavedFilter(staff_id=staff_id, name=name, query=query)
    session.add(saved)
    await session.flush()
    return saved


async def delete(*, session: AsyncSession, staff_id: int, filter_id: int) -> None:
    """Forgets one of this staff member's saved filters (someone else's is not found)."""
    found = await session.get(SavedFilter, filter_id)
    if found is None or found.staff_id != staff_id:
        raise NotFound("error-not-found")
    await session.delete(found)
