"""Requests (applications and questions), their message threads and their status history."""

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, LargeBinary, String, text
from sqlalchemy.orm import Mapped, mapped_column

from core.db import Base, BigId, Keyed, Sealed, SealedJSON, UTCDateTime, utcnow

SLA_UNRECORDED = "sla_breached_at IS NULL AND status NOT IN ('delivered', 'rejected', 'cancelled', 'closed')"


class Request(Base):
    __tablename__ = "requests"
    __table_args__ = (
        # The queue reads only requests waiting for staff, most urgent and oldest first: a partial
        # index in that order lets a page or a claim stop after the first matching rows.
        Index(
            "ix_requests_waiting",
            text("priority DESC"),
            "created_at",
            "id",
            postgresql_where=text("status IN ('received', 'in_review')"),
            sqlite_where=text("status IN ('received', 'in_review')"),
        ),
        # What nobody has claimed yet: claimed rows leave it, so claim-next never walks past them.
        Index(
            "ix_requests_claimable",
            text("priority DESC"),
            "created_at",
            "id",
            postgresql_where=text("status IN ('received', 'in_review') AND assignee_id IS NULL"),
            sqlite_where=text("status IN ('received', 'in_review') AND assignee_id IS NULL"),
        ),
        # A page of one desk (most agents work one) walks only that desk's rows, already in queue order: with
        # the desk in a filter instead, a small desk's page read ~23,000 other rows at city scale.
        Index(
            "ix_requests_waiting_desk",
            "desk",
            text("priority DESC"),
            "created_at",
            "id",
            postgresql_where=text("status IN ('received', 'in_review')"),
            sqlite_where=text("status IN ('received', 'in_review')"),
        ),
        # Queue pages filtered to a rare language (Pashto, Somali) find their few rows directly.
        Index(
            "ix_requests_waiting_language",
            "language",
            text("priority DESC"),
            "created_at",
            postgresql_where=text("status IN ('received', 'in_review')"),
            sqlite_where=text("status IN ('received', 'in_review')"),
        ),
        Index("ix_requests_contact", "contact_id", "created_at"),
        # The safeguarding list: requests whose flag staff have not cleared, oldest flag first.
        Index(
            "ix_requests_safeguarding",
            "safeguarding_at",
            postgresql_where=text("safeguarding IN ('flagged', 'confirmed')"),
            sqlite_where=text("safeguarding IN ('flagged', 'confirmed')"),
        ),
        # The SLA check (core.requests.sla): open requests whose breach is not recorded yet, soonest due first.
        # Rows leave it once recorded or closed, so a look every minute reads only what may breach.
        Index(
            "ix_requests_sla_unrecorded",
            "sla_due_at",
            postgresql_where=text(SLA_UNRECORDED),
            sqlite_where=text(SLA_UNRECORDED),
        ),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    reference: Mapped[str] = mapped_column(String(12), unique=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id"))
    channel: Mapped[str] = mapped_column(String(16))
    programme: Mapped[str] = mapped_column(String(64))
    desk: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(16))  # application | question
    status: Mapped[str] = mapped_column(String(16))
    priority: Mapped[int] = mapped_column(Integer, default=0)
    language: Mapped[str] = mapped_column(String(12))
    district: Mapped[str | None] = mapped_column(String(64))
    neighbourhood: Mapped[str | None] = mapped_column(Sealed)
    household_size: Mapped[int | None] = mapped_column(Integer)
    phone: Mapped[str | None] = mapped_column(Sealed)
    national_id_encrypted: Mapped[bytes | None] = mapped_column(LargeBinary)
    national_id_masked: Mapped[str | None] = mapped_column(String(16))
    # What staff search by, as keyed indexes of the normalised values (E.164 phone, 11-digit number).
    phone_index: Mapped[str | None] = mapped_column(Keyed, index=True)
    national_id_index: Mapped[str | None] = mapped_column(Keyed, index=True)
    answers: Mapped[dict[str, Any]] = mapped_column(SealedJSON, default=dict)  # full name, programme questions
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sla_due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # When the SLA check found it open past its due time: recorded once, kept if its due time moves later.
    sla_breached_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Safeguarding (core.safeguarding): flagged | confirmed | cleared, the categories disclosed, when first flagged.
    safeguarding: Mapped[str | None] = mapped_column(String(12))
    safeguarding_categories: Mapped[list[str]] = mapped_column(JSON, default=list)
    safeguarding_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    erased_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # its personal data destroyed (erasure, retention)


class Message(Base):
    __tablename__ = "messages"
    __table_args__ = (Index("ix_messages_thread", "request_id", "created_at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("requests.id"))
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id"), index=True)
    direction: Mapped[str] = mapped_column(String(8))  # in | out | internal
    author_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    text: Mapped[str | None] = mapped_column(Sealed)
    # A staff reply as it went out machine-translated (core.translation); `text` keeps what the agent wrote.
    translated_text: Mapped[str | None] = mapped_column(Sealed)
    language: Mapped[str | None] = mapped_column(String(12))
    attachments: Mapped[list[dict[str, Any]]] = mapped_column(SealedJSON, default=list)
    platform_message_id: Mapped[str | None] = mapped_column(String(64))
    # received | queued | sent | delivered | read | failed | internal
    delivery_state: Mapped[str] = mapped_column(String(12))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class StatusEvent(Base):
    __tablename__ = "status_events"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), index=True)
    from_status: Mapped[str | None] = mapped_column(String(16))
    to_status: Mapped[str] = mapped_column(String(16))
    actor_kind: Mapped[str] = mapped_column(String(8))  # citizen | staff | system
    actor_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    public_note: Mapped[str | None] = mapped_column(Sealed)
    internal_note: Mapped[str | None] = mapped_column(Sealed)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class NameToken(Base):
    """One word of a request's full name, folded, kept as its keyed blind index so staff can search by name.

    The folded word is sealed beside it only so that `hemsehri keys rotate` can compute the index again.
    """

    __tablename__ = "request_name_tokens"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), index=True)
    word: Mapped[str] = mapped_column(Sealed)
    token: Mapped[str] = mapped_column(Keyed, index=True)
