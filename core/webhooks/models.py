"""Webhook targets, chosen by an admin, and their deliveries (an outbox: a row per event and target)."""

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from core.db import Base, BigId, Sealed, SealedJSON, UTCDateTime, utcnow


class DeliveryState(StrEnum):
    """Where a webhook delivery stands."""

    PENDING = "pending"  # waiting for its time (next_attempt_at): new, or failed and to be tried again
    SENDING = "sending"  # taken by a worker (claimed_by); a dead worker's row goes back to pending and is sent again
    DELIVERED = "delivered"  # the target answered 2xx
    DEAD = "dead"  # every attempt failed: kept for the console's log, redelivered only by an admin


class WebhookTarget(Base):
    __tablename__ = "webhook_targets"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    url: Mapped[str] = mapped_column(String(2000))
    events: Mapped[list[str]] = mapped_column(JSON, default=list)  # the event names it is sent (core.webhooks.schemas)
    # May the body name the person (full name, phone)? Never the words they wrote, whatever this says.
    personal_data: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    secret: Mapped[str] = mapped_column(Sealed)  # the HMAC key, shown to the admin once
    created_by: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class WebhookDelivery(Base):
    __tablename__ = "webhook_deliveries"
    __table_args__ = (
        Index("ix_webhook_deliveries_due", "state", "next_attempt_at"),
        Index("ix_webhook_deliveries_target", "target_id", "id"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    target_id: Mapped[int] = mapped_column(ForeignKey("webhook_targets.id"))
    request_id: Mapped[int | None] = mapped_column(ForeignKey("requests.id"), index=True)
    event: Mapped[str] = mapped_column(String(40))
    event_id: Mapped[str] = mapped_column(String(36))  # the same on every attempt: receivers deduplicate on it
    body: Mapped[dict[str, Any]] = mapped_column(JSON)  # what is sent, without the person
    # Who the request is about, for a target allowed personal data: merged into the body when sent, so that
    # erasure can take it out of a delivery still waiting (sealed like every personal value).
    person: Mapped[dict[str, Any] | None] = mapped_column(SealedJSON)
    state: Mapped[str] = mapped_column(String(12), default=DeliveryState.PENDING)  # a DeliveryState
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    status_code: Mapped[int | None] = mapped_column(Integer)  # the target's last answer
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
