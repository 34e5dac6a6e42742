"""Erasure and retention (KVKK): a person can be forgotten, and what is past its retention period is destroyed.

Erasing a contact removes everything that identifies them or that they wrote (names, phones, identity
numbers, addresses, message texts and files, notes about them, queued notifications, conversation state),
cancels what is still open, and keeps only what the city must count: programme, desk, district, household
size, statuses and dates. The erasure itself is recorded in the audit log.
"""

from collections.abc import Iterable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import delete, exists, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from core.contacts.models import Contact
from core.conversations.models import ConversationState
from core.db import utcnow
from core.errors import NotFound
from core.outbox.models import OutboxItem
from core.requests.models import Message, Request, StatusEvent
from core.requests.statuses import FINAL, Actor, Status
from core.staff.service import audit

ERASED_CHAT = "erased"  # the chat id of a forgotten contact: nothing can be sent to it


async def erase_contact(
    *, session: AsyncSession, contact_id: int, reason: str, staff_id: int | None = None, now: datetime | None = None
) -> list[dict[str, Any]]:
    """Forgets a contact; returns the attachments their messages carried, for the caller to delete files."""
    now = now or utcnow()
    contact = await session.get(Contact, contact_id, with_for_update=True)
    if contact is None:
        raise NotFound("error-not-found")
    if contact.erased_at is not None:
        return []
    request_ids = list((await session.execute(select(Request.id).where(Request.contact_id == contact_id))).scalars())
    carried = await session.execute(select(Message.attachments).where(Message.contact_id == contact_id))
    attachments = [item for row in carried.scalars() for item in (row or [])]
    await session.execute(update(Message).where(Message.contact_id == contact_id).values(text=None, attachments=[]))
    if request_ids:
        await session.execute(
            update(StatusEvent).where(StatusEvent.request_id.in_(request_ids))
            .values(public_note=None, internal_note=None)
        )
        for request_id, status in (
            await session.execute(select(Request.id, Request.status).where(Request.id.in_(request_ids)))
        ).all():
            if Status(status) not in FINAL:
                session.add(StatusEvent(request_id=request_id, from_status=status, to_status=Status.CANCELLED,
                                        actor_kind=Actor.SYSTEM, created_at=now))
        await session.execute(
            update(Request).where(Request.id.in_(request_ids), Request.status.not_in([s.value for s in FINAL]))
            .values(status=Status.CANCELLED, closed_at=now, assignee_id=None)
        )
        await session.execute(
            update(Request).where(Request.id.in_(request_ids)).values(
                phone=None, national_id_encrypted=None, national_id_masked=None, neighbourhood=None, answers={},
                updated_at=now,
            )
        )
    await session.execute(
        update(OutboxItem).where(OutboxItem.contact_id == contact_id, OutboxItem.state == "pending")
        .values(state="cancelled")
    )
    await session.execute(update(OutboxItem).where(OutboxItem.contact_id == contact_id).values(payload={}))
    await session.execute(
        delete(ConversationState).where(ConversationState.key == f"{contact.channel}:{contact.platform_user_id}")
    )
    contact.display_name = None
    contact.phone = None
    contact.platform_user_id = f"erased:{contact.id}"
    contact.chat_id = ERASED_CHAT
    contact.erased_at = now
    audit(session=session, staff_id=staff_id, action="erase_contact", target=f"contact:{contact_id}",
          details={"reason": reason, "requests": len(request_ids), "files": len(attachments)})
    return attachments


async def due_for_destruction(
    *, session: AsyncSession, retention: timedelta, now: datetime | None = None, limit: int = 500
) -> list[int]:
    """Contacts silent for longer than `retention` whose requests all ended before it: to be erased."""
    cutoff = (now or utcnow()) - retention
    open_or_recent = (
        Request.status.not_in([s.value for s in FINAL]) | Request.closed_at.is_(None) | (Request.closed_at > cutoff)
    )
    still_open_or_recent = exists().where(Request.contact_id == Contact.id, open_or_recent)
    rows = await session.execute(
        select(Contact.id)
        .where(Contact.erased_at.is_(None), Contact.created_at < cutoff,
               (Contact.last_inbound_at.is_(None)) | (Contact.last_inbound_at < cutoff), ~still_open_or_recent)
        .order_by(Contact.id)
        .limit(limit)
    )
    return list(rows.scalars())


def remove_local_files(directory: Path, attachments: Iterable[dict[str, Any]]) -> int:
    """Deletes the files of erased attachments kept in `directory` (web chat uploads); returns how many."""
    removed = 0
    for item in attachments:
        name = Path(str(item.get("file_id", ""))).name
        path = directory / name
        if name and path.is_file():
            path.unlink()
            removed += 1
    return removed
