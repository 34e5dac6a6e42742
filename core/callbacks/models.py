"""A person no channel could reach about a request: staff phone them and mark it done."""

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from core.db import Base, BigId, UTCDateTime, utcnow


class Callback(Base):
    __tablename__ = "callbacks"
    __table_args__ = (Index("ix_callbacks_open", "done_at", "created_at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"))
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id"))  # where the notification was first sent
    outbox_id: Mapped[int] = mapped_column(ForeignKey("outbox.id"), unique=True)  # the last row that failed
    tried: Mapped[str] = mapped_column(String(120))  # the channels tried, in order, comma-separated
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    done_by: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    outcome: Mapped[str | None] = mapped_column(String(16))  # reached | unreachable
