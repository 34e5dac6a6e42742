"""Tags: a desk's free labels for its requests (staff words, never a citizen's data)."""

from datetime import datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from core.db import Base, BigId, UTCDateTime, utcnow

MAX_TAG_LENGTH = 32


class Tag(Base):
    """A label of one desk, made by its staff the first time they use it."""

    __tablename__ = "tags"
    __table_args__ = (UniqueConstraint("desk", "name"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    desk: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(MAX_TAG_LENGTH))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class RequestTag(Base):
    """A tag put on a request."""

    __tablename__ = "request_tags"

    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), primary_key=True)
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id"), primary_key=True, index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
