"""Canned replies: a desk's ready answers, one text per language, each optionally a macro (a status, tags)."""

from datetime import datetime

from sqlalchemy import JSON, Boolean, String
from sqlalchemy.orm import Mapped, mapped_column

from core.db import Base, BigId, UTCDateTime, utcnow


class CannedReply(Base):
    __tablename__ = "canned_replies"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    desk: Mapped[str] = mapped_column(String(64), index=True)
    title: Mapped[str] = mapped_column(String(128))
    texts: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)  # locale -> text
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # A macro: the status the request moves to and the desk's tags it gets, with the reply, in one go.
    status: Mapped[str | None] = mapped_column(String(16))
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
