"""Where each person is in a conversation, kept across restarts (embedded mode)."""

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from core.db import Base, UTCDateTime, utcnow


class ConversationState(Base):
    __tablename__ = "conversation_states"

    key: Mapped[str] = mapped_column(String(96), primary_key=True)  # "<channel>:<platform user id>"
    state: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
