"""Who an announcement is for, and what the console is shown before and while it is sent."""

from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from core.catalogue import Catalogue

CODE = r"^[A-Za-z0-9_\-]{1,64}$"


class Segment(BaseModel):
    """The people who have a request matching every field given; a field left out matches everyone.

    Programme, status, district and desks are those of a request; language and channel are the person's own
    (the language they read now, the channel the message goes out on). A supervisor's segment without a
    programme names their desks, so that it never reaches people of another desk.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    programme: str | None = Field(None, pattern=CODE)
    status: str | None = Field(None, pattern=CODE)
    district: str | None = Field(None, min_length=1, max_length=64)
    language: str | None = Field(None, pattern=CODE)
    channel: str | None = Field(None, pattern=CODE)
    desks: tuple[Annotated[str, Field(pattern=CODE)], ...] | None = Field(None, min_length=1, max_length=64)

    def stored(self) -> dict[str, Any]:
        """The fields given, as kept on the announcement."""
        return self.model_dump(mode="json", exclude_none=True)

    def desks_reached(self, catalogue: Catalogue) -> frozenset[str] | None:
        """The desks whose people it can reach; None when it reaches every desk's."""
        if self.programme:
            return frozenset({catalogue.programme(self.programme).desk})
        return frozenset(self.desks) if self.desks else None


@dataclass(frozen=True)
class Preview:
    """How many people a segment reaches, and how many of them read a language the texts do not cover."""

    recipients: int  # people who match and can be written to
    by_language: dict[str, int]  # of them, how many read each language
    lacking: int  # of them, how many read a language with no text
    fallback_possible: bool  # whether the default language's text is there to fall back on

    def sent(self, allow_fallback: bool) -> int:
        """How many would get a message."""
        return self.recipients - self.skipped(allow_fallback)

    def skipped(self, allow_fallback: bool) -> int:
        """How many would be left out, having no text in their language."""
        return 0 if allow_fallback and self.fallback_possible else self.lacking


@dataclass(frozen=True)
class Progress:
    """Where an announcement's messages are: waiting for the worker, sent, failed or stopped by a cancel."""

    queued: int = 0
    sent: int = 0
    failed: int = 0
    cancelled: int = 0

    @property
    def total(self) -> int:
        return self.queued + self.sent + self.failed + self.cancelled

    @property
    def percent(self) -> int:
        """How much of it is settled (sent, failed or cancelled), in whole percent."""
        return 100 if self.total == 0 else (self.total - self.queued) * 100 // self.total
