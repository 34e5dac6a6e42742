"""A person who writes to the city on one channel."""

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from core.db import Base, BigId, Keyed, Sealed, SealedId, UTCDateTime, utcnow


class Contact(Base):
    __tablename__ = "contacts"
    __table_args__ = (
        UniqueConstraint("channel", "platform_user_id"),
        # Nothing that names a person is kept before they agreed to the privacy notice.
        CheckConstraint(
            "consent_at IS NOT NULL OR (display_name IS NULL AND phone IS NULL)", name="named_after_consent"
        ),
        Index("ix_contacts_person_id", "person_id"),
        Index("ix_contacts_phone_index", "phone_index"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    channel: Mapped[str] = mapped_column(String(16))
    # Platform ids as text (Telegram's exceed 32 bits, WhatsApp's are phone numbers, web chat's random codes),
    # sealed so that the same id seals the same way: the person is still found by it.
    platform_user_id: Mapped[str] = mapped_column(SealedId)
    chat_id: Mapped[str] = mapped_column(Sealed)
    display_name: Mapped[str | None] = mapped_column(Sealed)
    # The person's own number as a channel verified it (Telegram's shared contact, the WhatsApp sender, a code sent
    # by SMS), in E.164, with its blind index and which channel verified it; never a number merely typed.
    phone: Mapped[str | None] = mapped_column(Sealed)
    phone_index: Mapped[str | None] = mapped_column(Keyed)
    phone_verified_via: Mapped[str | None] = mapped_column(String(12))
    # The person this contact belongs to: the lowest id among the contacts a verified number links (None: alone).
    person_id: Mapped[int | None] = mapped_column(BigId)
    language: Mapped[str] = mapped_column(String(12))
    language_source: Mapped[str] = mapped_column(String(12))  # platform | detected | chosen | default
    consent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    consent_notice_version: Mapped[str | None] = mapped_column(String(32))
    consent_locale: Mapped[str | None] = mapped_column(String(12))
    # The shorter notice a first question waits on (what a question keeps and why): acknowledged when, which
    # version, in which language. Consent to the full notice above covers it too.
    question_notice_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    question_notice_version: Mapped[str | None] = mapped_column(String(32))
    question_notice_locale: Mapped[str | None] = mapped_column(String(12))
    blocked: Mapped[bool] = mapped_column(Boolean, default=False)
    blocked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_inbound_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    erased_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
