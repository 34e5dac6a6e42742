"""How each desk hands out its requests: agents claim the next one, or new requests are pushed to them."""

from datetime import datetime
from enum import StrEnum

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from core.db import Base, UTCDateTime, utcnow

DEFAULT_CAPACITY = 5  # open requests an agent holds before a push desk gives them no more
MAX_CAPACITY = 100


class Mode(StrEnum):
    CLAIM = "claim"  # agents press "claim next" (the default)
    PUSH = "push"  # new requests go to the available agent with the fewest open ones


class DeskSetting(Base):
    """A desk's way of handing out requests; a desk without a row claims."""

    __tablename__ = "desk_settings"

    desk: Mapped[str] = mapped_column(String(64), primary_key=True)
    mode: Mapped[str] = mapped_column(String(8), default=Mode.CLAIM)
    capacity: Mapped[int] = mapped_column(Integer, default=DEFAULT_CAPACITY)  # unless the agent has their own
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
