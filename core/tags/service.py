"""A desk's tags: made the first time someone of the desk uses a name, put on and taken off its requests."""

import re
import unicodedata
from collections.abc import Collection

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from core.db import insert_or_ignore, rows_matched
from core.errors import InvalidInput
from core.requests.models import Request
from core.tags.models import MAX_TAG_LENGTH, RequestTag, Tag

_NOT_SHOWN = re.compile("[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]")


def clean_name(name: str) -> str:
    """A tag's name as kept: NFC, without control or bidi characters, spaces collapsed; 1 to 32 characters."""
    name = " ".join(_NOT_SHOWN.sub("", unicodedata.normalize("NFC", name)).split())
    if not name or len(name) > MAX_TAG_LENGTH:
        raise InvalidInput("error-tag-invalid", max=MAX_TAG_LENGTH)
    return name


async def desk_tags(*, session: AsyncSession, desks: Collection[str]) -> list[str]:
    """The names of the tags these desks have made, sorted, each once."""
    result = await session.execute(select(Tag.name).where(Tag.desk.in_(list(desks))).distinct().order_by(Tag.name))
    return list(result.scalars())


async def tags_of(*, session: AsyncSession, request_ids: Collection[int]) -> dict[int, list[str]]:
    """The tags on each of these requests, by request id, sorted by name."""
    if not request_ids:
        return {}
    result = await session.execute(
        select(RequestTag.request_id, Tag.name)
        .join(Tag, Tag.id == RequestTag.tag_id)
        .where(RequestTag.request_id.in_(list(request_ids)))
        .order_by(RequestTag.request_id, Tag.name)
    )
    found: dict[int, list[str]] = {}
    for request_id, name in result.all():
        found.setdefault(request_id, []).append(name)
    return found


async def add(*, session: AsyncSession, request: Request, name: str) -> bool:
    """Puts the desk's tag of this name on the request, making the tag if the desk has none; False if already on."""
    name = clean_name(name)
    await insert_or_ignore(session, Tag, {"desk": request.desk, "name": name}, conflict=["desk", "name"])
    tag_id = await session.scalar(select(Tag.id).where(Tag.desk == request.desk, Tag.name == name))
    return await insert_or_ignore(
        session, RequestTag, {"request_id": request.id, "tag_id": tag_id}, conflict=["request_id", "tag_id"]
    )


async def remove(*, session: AsyncSession, request: Request, name: str) -> bool:
    """Takes the tag of this name off the request; False if it was not on it."""
    tag_ids = select(Tag.id).where(Tag.name == clean_name(name))
    result = await session.execute(
        delete(RequestTag).where(RequestTag.request_id == request.id, RequestTag.tag_id.in_(tag_ids.scalar_subquery()))
    )
    return rows_matched(result) > 0
