"""Safeguarding flags on requests: raised by what a person discloses, confirmed or cleared by staff, never lost.

A flagged request goes to the top of its desk's queue (its priority is raised above any programme's) and
to the safeguarding list; it is never closed by the system (core.requests.statuses lets no system actor
close anything) and retention leaves its person alone while the flag holds (`contact_has_held_flag`).
"""

from collections.abc import Collection
from datetime import datetime
from enum import StrEnum

from sqlalchemy import ColumnElement, exists, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from core.audit import service as audit
from core.audit.models import Action
from core.catalogue import Catalogue
from core.db import utcnow
from core.errors import InvalidInput
from core.requests.models import Request
from core.safeguarding.detector import URGENCY, Category, Disclosure, detect
from core.webhooks import service as webhooks
from core.webhooks.schemas import Event

# Above the highest priority a programme may have (core.catalogue.Programme.priority <= 9).
SAFEGUARDING_PRIORITY = 10
MAX_REASON = 1000


class FlagState(StrEnum):
    FLAGGED = "flagged"  # raised by the detector, not yet looked at
    CONFIRMED = "confirmed"  # staff agree: a person at risk
    CLEARED = "cleared"  # staff found no risk (the reason is in the audit log)


HELD = (FlagState.FLAGGED.value, FlagState.CONFIRMED.value)


def is_held(request: Request) -> bool:
    """True while the request's flag is raised or confirmed."""
    return request.safeguarding in HELD


async def screen(
    *,
    session: AsyncSession,
    request: Request,
    text: str | None,
    catalogue: Catalogue | None = None,
    now: datetime | None = None,
) -> Disclosure | None:
    """Flags the request when `text` (something the citizen wrote on it) discloses danger.

    An application to the city's emergency shelter saying the person has nowhere to sleep is that programme's
    ordinary case (it is urgent by itself): only another danger in its words raises the flag.
    """
    disclosure = detect(text)
    if disclosure is not None and catalogue is not None and request.programme == catalogue.city.shelter_programme:
        rest = tuple(c for c in disclosure.categories if c != Category.NO_SHELTER)
        disclosure = Disclosure(categories=rest, lists=disclosure.lists) if rest else None
    if disclosure is not None:
        await flag(session=session, request=request, disclosure=disclosure, now=now)
    return disclosure


async def flag(*, session: AsyncSession, request: Request, disclosure: Disclosure, now: datetime | None = None) -> None:
    """Raises the request's flag with these categories (added to any it had) and puts it first in its queue."""
    known = set(request.safeguarding_categories or ())
    categories = sorted(known | set(disclosure.categories), key=lambda c: URGENCY[Category(c)])
    if request.safeguarding in HELD and set(categories) == known:
        return
    request.safeguarding_categories = [str(c) for c in categories]
    if request.safeguarding not in HELD:
        request.safeguarding = FlagState.FLAGGED
        request.safeguarding_at = now or utcnow()
    request.priority = SAFEGUARDING_PRIORITY
    await audit.record(
        session=session,
        staff_id=None,
        action=Action.SAFEGUARDING_FLAG,
        target=request.reference,
        details={"categories": [str(c) for c in disclosure.categories], "lists": list(disclosure.lists)},
    )
    await webhooks.emit(session=session, event=Event.SAFEGUARDING_FLAGGED, request=request, now=now)


async def confirm(*, session: AsyncSession, request: Request, staff_id: int, reason: str) -> None:
    """Staff confirm the person is at risk: the flag stays until cleared (webhook targets are told, as for a flag)."""
    await _decide(session=session, request=request, staff_id=staff_id, reason=reason, state=FlagState.CONFIRMED)
    await webhooks.emit(session=session, event=Event.SAFEGUARDING_FLAGGED, request=request)


async def clear(*, session: AsyncSession, request: Request, staff_id: int, reason: str, catalogue: Catalogue) -> None:
    """Staff find no risk: the flag is lowered and the request takes its programme's place in the queue again."""
    await _decide(session=session, request=request, staff_id=staff_id, reason=reason, state=FlagState.CLEARED)
    request.priority = catalogue.programme(request.programme).priority


async def _decide(*, session: AsyncSession, request: Request, staff_id: int, reason: str, state: FlagState) -> None:
    reason = " ".join(reason.split())
    if not reason:
        raise InvalidInput("error-safeguarding-reason-missing")
    if len(reason) > MAX_REASON:
        raise InvalidInput("error-safeguarding-reason-too-long", max=MAX_REASON)
    if request.safeguarding is None:
        raise InvalidInput("error-safeguarding-not-flagged")
    previous = request.safeguarding
    request.safeguarding = state
    request.updated_at = utcnow()
    await audit.record(
        session=session,
        staff_id=staff_id,
        action=Action.SAFEGUARDING_CONFIRMED if state == FlagState.CONFIRMED else Action.SAFEGUARDING_CLEARED,
        target=request.reference,
        details={"reason": reason, "from": previous, "categories": list(request.safeguarding_categories or ())},
    )


async def record_view(*, session: AsyncSession, request: Request, staff_id: int) -> None:
    """Audits a staff member's look at a request whose flag holds (every view of it is in the log)."""
    if is_held(request):
        await audit.record(
            session=session, staff_id=staff_id, action=Action.SAFEGUARDING_VIEW, target=request.reference
        )


async def list_flagged(
    *, session: AsyncSession, desks: Collection[str], limit: int = 50, offset: int = 0
) -> list[Request]:
    """The safeguarding list of these desks: flags nobody has looked at first, then confirmed ones, oldest first."""
    result = await session.execute(
        select(Request)
        .where(Request.desk.in_(list(desks)), Request.safeguarding.in_(HELD))
        .order_by((Request.safeguarding == FlagState.FLAGGED).desc(), Request.safeguarding_at, Request.id)
        .limit(limit)
        .offset(offset)
    )
    return list(result.scalars())


async def count_unseen(*, session: AsyncSession, desks: Collection[str]) -> int:
    """How many flags of these desks nobody has confirmed or cleared yet (the supervisors' live alert)."""
    return int(
        await session.scalar(
            select(func.count())
            .select_from(Request)
            .where(Request.desk.in_(list(desks)), Request.safeguarding == FlagState.FLAGGED)
        )
        or 0
    )


async def has_held_flag(*, session: AsyncSession, contact_id: int) -> bool:
    """True when one of this person's requests has a flag that holds."""
    return bool(await session.scalar(select(contact_has_held_flag(contact_id))))


def contact_has_held_flag(contact_id: ColumnElement[int] | InstrumentedAttribute[int] | int) -> ColumnElement[bool]:
    """SQL condition: the contact has a request whose safeguarding flag holds (retention must not destroy it)."""
    return exists().where(Request.contact_id == contact_id, Request.safeguarding.in_(HELD))
