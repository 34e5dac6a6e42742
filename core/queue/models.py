"""What the queue keeps per staff member: which requests they have read and have open, their saved filters."""

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from core.db import Base, BigId, UTCDateTime, utcnow


class RequestView(Base):
    """A staff member's look at a request: when they last opened its page, and when it was last open (presence)."""

    __tablename__ = "request_views"
    __table_args__ = (Index("ix_request_views_here", "request_id", "here_at"),)

    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"), primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), primary_key=True)
    read_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    here_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class SavedFilter(Base):
    """A queue filter an agent named, as the queue's query string (checked again each time it is used)."""

    __tablename__ = "saved_filters"
    __table_args__ = (UniqueConstraint("staff_id", "name"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"), index=True)
    name: Mapped[str] = mapped_column(String(64))
    query: Mapped[str] = mapped_column(String(512))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
