"""Platform updates already taken in, so a redelivered one is recognised and ignored."""

from datetime import datetime

from sqlalchemy import String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from core.db import Base, BigId, SealedId, UTCDateTime, utcnow


class ProcessedUpdate(Base):
    __tablename__ = "processed_updates"
    __table_args__ = (UniqueConstraint("source", "update_id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    source: Mapped[str] = mapped_column(String(64))  # e.g. "telegram:<bot id>", "whatsapp:<phone id>"
    # Sealed: a web chat's update id holds the person's chat code, a WhatsApp message id their number.
    update_id: Mapped[str] = mapped_column(SealedId)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
