"""The call-back list: who no channel reached, about which request, what we tried to tell them; marked done by staff."""

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from core.callbacks.models import Callback
from core.contacts import service as people
from core.contacts.models import Contact
from core.db import rows_matched, utcnow
from core.outbox.models import OutboxItem
from core.requests.models import Request

OUTCOMES = ("reached", "unreachable")  # the person was reached by phone, or could not be reached that way either


@dataclass(frozen=True)
class ToCall:
    """One person to phone: the entry, their request, what the notification said, and how to reach them."""

    callback: Callback
    reference: str
    desk: str
    language: str
    name: str | None
    phones: tuple[str, ...]  # the number given in the application first, then the numbers their channels verified
    kind: str  # the notification's kind (status_changed, staff_reply …)
    told: dict[str, Any]  # its payload: the status, or the words of the reply


async def open_entries(*, session: AsyncSession, desks: Collection[str] | None, limit: int = 200) -> list[ToCall]:
    """People still to phone, oldest first; with `desks`, only about requests of those desks."""
    statement = (
        select(Callback, Request, Contact, OutboxItem)
        .join(Request, Request.id == Callback.request_id)
        .join(Contact, Contact.id == Callback.contact_id)
        .join(OutboxItem, OutboxItem.id == Callback.outbox_id)
        .where(Callback.done_at.is_(None))
        .order_by(Callback.created_at, Callback.id)
        .limit(limit)
    )
    if desks is not None:
        statement = statement.where(Request.desk.in_(list(desks)))
    found = []
    for callback, request, contact, item in (await session.execute(statement)).all():
        verified = [c.phone for c in await people.linked(session=session, contact_id=contact.id) if c.phone]
        payload = item.payload or {}
        found.append(
            ToCall(
                callback=callback,
                reference=request.reference,
                desk=request.desk,
                language=payload.get("language") or contact.language,
                name=(request.answers or {}).get("full_name") or contact.display_name,
                phones=tuple(dict.fromkeys([p for p in (request.phone, *verified) if p])),
                kind=item.kind,
                told={key: value for key, value in payload.items() if key in ("status", "text", "programme")},
            )
        )
    return found


async def count_open(*, session: AsyncSession, desks: Collection[str] | None) -> int:
    """How many people are still to phone (about requests of `desks`, or all)."""
    statement = select(func.count()).select_from(Callback).where(Callback.done_at.is_(None))
    if desks is not None:
        statement = statement.join(Request, Request.id == Callback.request_id).where(Request.desk.in_(list(desks)))
    return int((await session.execute(statement)).scalar_one())


async def mark_done(
    *, session: AsyncSession, callback_id: int, staff_id: int, outcome: str, desks: Collection[str] | None
) -> str | None:
    """Marks an open entry done with its outcome; returns its request's reference, or None when it is not open (or,
    with `desks`, not about a request of those desks)."""
    if outcome not in OUTCOMES:
        return None
    of_desks = select(Request.id) if desks is None else select(Request.id).where(Request.desk.in_(list(desks)))
    result = await session.execute(
        update(Callback)
        .where(Callback.id == callback_id, Callback.done_at.is_(None), Callback.request_id.in_(of_desks))
        .values(done_at=utcnow(), done_by=staff_id, outcome=outcome)
    )
    if not rows_matched(result):
        return None
    request_id = (await session.execute(select(Callback.request_id).where(Callback.id == callback_id))).scalar_one()
    return (await session.execute(select(Request.reference).where(Request.id == request_id))).scalar_one()
