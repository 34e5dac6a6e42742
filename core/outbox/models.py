"""Notifications waiting to be sent, written in the same transaction as their cause."""

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from core.db import Base, BigId, SealedJSON, UTCDateTime, utcnow


class OutboxState(StrEnum):
    """Where an outbox row stands."""

    PENDING = "pending"  # waiting for its time (next_attempt_at)
    CLAIMED = "claimed"  # taken by a worker (claimed_by) for its batch, not sent yet: safe to give back
    SENDING = "sending"  # its request is out (or about to be): sent or not, only that worker knows
    SENT = "sent"
    DEAD = "dead"  # cannot be delivered, or nobody knows whether it was: parked for staff
    CANCELLED = "cancelled"  # an announcement stopped, or the person erased, before this row was sent


class OutboxItem(Base):
    __tablename__ = "outbox"
    __table_args__ = (
        Index("ix_outbox_due", "state", "next_attempt_at"),
        # An announcement's progress (rows by state) and its cancellation read only its own rows.
        Index("ix_outbox_announcement", "announcement_id", "state"),
        # A delivery report (WhatsApp's statuses) names the message by the platform's id only.
        Index("ix_outbox_platform_message", "platform_message_id"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id"), index=True)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("requests.id"))
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    announcement_id: Mapped[int | None] = mapped_column(ForeignKey("announcements.id"))
    channel: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(24))  # status_changed | moved | invited | staff_reply | announcement
    # What to say: a message key and its parameters, rendered in the contact's language at send time.
    # Sealed: a staff reply's text and a public note are personal data.
    payload: Mapped[dict[str, Any]] = mapped_column(SealedJSON)
    state: Mapped[str] = mapped_column(String(12), default=OutboxState.PENDING)  # an OutboxState
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The row this one tries again on another of the person's channels, because that one could not be delivered.
    fallback_of: Mapped[int | None] = mapped_column(BigId)
    platform_message_id: Mapped[str | None] = mapped_column(String(64))
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
