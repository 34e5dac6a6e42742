"""Where each person is in a conversation, kept across restarts (embedded mode)."""

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Mapped, mapped_column

from core.db import Base, SealedId, SealedJSON, UTCDateTime, utcnow


class ConversationState(Base):
    __tablename__ = "conversation_states"

    key: Mapped[str] = mapped_column(SealedId, primary_key=True)  # "<channel>:<platform user id>", sealed
    state: Mapped[dict[str, Any]] = mapped_column(SealedJSON)  # answers under way: sealed
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


def state_key(channel: str, user_id: str) -> str:
    """The key of a person's conversation state and lock: `<channel>:<platform user id>`."""
    return f"{channel}:{user_id}"[:96]
