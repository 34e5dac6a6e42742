"""A request's status for someone writing from a channel it was not made on: its reference and a second factor.

The second factor is the last four digits of the phone number given in the application. Every answer is written
to the audit log, and the wrong ones recorded there are what limits the next: a reference and a person each have
a few wrong answers a day. A reference that does not exist is answered exactly like a wrong factor (and counted
the same), so nothing is learnt by guessing numbers; a request under a safeguarding flag is never told this way.
"""

import hmac
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from core.audit import service as audit
from core.audit.models import Action, AuditEntry
from core.db import utcnow
from core.digits import only_digits
from core.requests.models import Request
from core.safeguarding.service import is_held

FACTOR_DIGITS = 4
WINDOW = timedelta(hours=24)
WRONG_PER_REFERENCE = 5  # wrong answers a reference takes in WINDOW, from anyone, before it is locked
WRONG_PER_PERSON = 5  # wrong answers one person (contact) may give in WINDOW, for any references


class Outcome(StrEnum):
    MATCH = "match"
    MISMATCH = "mismatch"  # a wrong factor, no such request, or one that cannot be told this way
    LOCKED = "locked"  # too many wrong answers lately: not even checked


@dataclass(frozen=True)
class Checked:
    outcome: Outcome
    request: Request | None = None  # only with MATCH


def factor_in(text: str) -> str | None:
    """The four digits of a second factor typed alone (any script, spaces allowed), else None."""
    digits = only_digits(text)
    return digits if digits is not None and len(digits) == FACTOR_DIGITS else None


async def check(
    *,
    session: AsyncSession,
    reference: str,
    factor: str,
    contact_id: int,
    channel: str,
    now: datetime | None = None,
) -> Checked:
    """Checks `factor` against the request's phone on file, within the limits, and audits the attempt."""
    now = now or utcnow()
    details = {"channel": channel, "contact": contact_id}
    if await _wrong_lately(session, now, reference=reference, contact_id=contact_id):
        await _audit(session, Action.STATUS_CHECK_REFUSED, reference, {**details, "reason": "limit"})
        return Checked(Outcome.LOCKED)
    request = (await session.execute(select(Request).where(Request.reference == reference))).scalar_one_or_none()
    if request is not None and is_held(request):
        await _audit(session, Action.STATUS_CHECK_REFUSED, reference, {**details, "reason": "safeguarding"})
        return Checked(Outcome.MISMATCH)
    on_file = (request.phone or "")[-FACTOR_DIGITS:] if request is not None else ""
    if len(on_file) == FACTOR_DIGITS and hmac.compare_digest(on_file, factor):
        await _audit(session, Action.STATUS_CHECK_PASSED, reference, details)
        return Checked(Outcome.MATCH, request)
    await _audit(session, Action.STATUS_CHECK_FAILED, reference, details)
    return Checked(Outcome.MISMATCH)


async def _wrong_lately(session: AsyncSession, now: datetime, *, reference: str, contact_id: int) -> bool:
    """Whether the reference, or the person, has used up the wrong answers of the last WINDOW."""
    recent = (AuditEntry.action == Action.STATUS_CHECK_FAILED.value, AuditEntry.created_at > now - WINDOW)
    count = select(func.count()).select_from(AuditEntry).where(*recent)
    by_reference = await session.scalar(count.where(AuditEntry.target == reference))
    if (by_reference or 0) >= WRONG_PER_REFERENCE:
        return True
    by_person = await session.scalar(count.where(AuditEntry.details["contact"].as_integer() == contact_id))
    return (by_person or 0) >= WRONG_PER_PERSON


async def _audit(session: AsyncSession, action: Action, reference: str, details: dict[str, object]) -> None:
    await audit.record(session=session, staff_id=None, action=action, target=reference, details=details)
