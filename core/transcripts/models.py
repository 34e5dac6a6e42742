"""A chat's transcript: numbered entries, sealed, kept until the person is forgotten or the retention period ends."""

from datetime import datetime
from typing import Any

from sqlalchemy import Integer, PrimaryKeyConstraint, String
from sqlalchemy.orm import Mapped, mapped_column

from core.db import Base, SealedId, SealedJSON, UTCDateTime, utcnow


class TranscriptEntry(Base):
    """One entry of a chat's transcript; every entry of a chat carries the epoch the chat was started with."""

    __tablename__ = "transcript_entries"
    __table_args__ = (PrimaryKeyConstraint("channel", "chat", "seq"),)

    channel: Mapped[str] = mapped_column(String(16))
    # Sealed like the chat's contact row, so `keys rotate` can seal it again (a blind index could not follow).
    chat: Mapped[str] = mapped_column(SealedId)
    seq: Mapped[int] = mapped_column(Integer)
    epoch: Mapped[str] = mapped_column(String(16))
    entry: Mapped[dict[str, Any]] = mapped_column(SealedJSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
