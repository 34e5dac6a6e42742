"""An announcement to a segment: its texts per language, who sent it, and what became of it."""

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from core.db import Base, BigId, UTCDateTime, utcnow


class Announcement(Base):
    __tablename__ = "announcements"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    created_by: Mapped[int] = mapped_column(ForeignKey("staff_users.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    # Who it is for: {"programme", "status", "district", "language", "channel", "desks": [...]}, any subset.
    segment: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    texts: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)  # locale -> text, as the supervisor wrote it
    allow_fallback: Mapped[bool] = mapped_column(Boolean, default=False)  # the default language for the others
    state: Mapped[str] = mapped_column(String(12), default="sending")  # sending | cancelled | done
    recipients: Mapped[int] = mapped_column(Integer, default=0)  # outbox rows written, one per person
    fallbacks: Mapped[int] = mapped_column(Integer, default=0)  # of them, how many get the default language's text
    skipped: Mapped[int] = mapped_column(Integer, default=0)  # matched, but no text in their language and no fallback
    cancelled_by: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    def details(self) -> dict[str, Any]:
        """What the audit log keeps about it (the texts stay on the announcement)."""
        return {
            "segment": dict(self.segment),
            "languages": sorted(self.texts),
            "allow_fallback": self.allow_fallback,
            "recipients": self.recipients,
            "skipped": self.skipped,
        }
