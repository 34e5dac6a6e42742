"""What the staff REST API takes in and gives out (identity numbers and phones only masked)."""

from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from core.reports.service import Dimension
from core.requests.statuses import Status
from staff.common import SlaState

# Patterns are checked with Python's `re`, so "blank" means what `str.strip()` removes, as in core.
_STRICT = ConfigDict(extra="forbid", regex_engine="python-re")
NOT_BLANK = r"^[^\x00]*[^\s\x00][^\x00]*$"
NO_NUL = r"^[^\x00]*$"


class ReplyIn(BaseModel):
    """A free-text answer to the citizen, sent on their channel."""

    model_config = _STRICT

    text: Annotated[str, Field(min_length=1, max_length=4096, pattern=NOT_BLANK)]


class StatusIn(BaseModel):
    """A change of status: the public note goes to the citizen, the internal note never does."""

    model_config = _STRICT

    status: Status
    public_note: Annotated[str | None, Field(max_length=2000, pattern=NO_NUL)] = None
    internal_note: Annotated[str | None, Field(max_length=2000, pattern=NO_NUL)] = None


class ErrorDetail(BaseModel):
    key: str = Field(description="Message key in the locales/ catalogues, e.g. error-transition-forbidden")
    params: dict[str, Any] = Field(default_factory=dict)


class ErrorOut(BaseModel):
    detail: ErrorDetail


class ProgrammeOut(BaseModel):
    code: str
    name: str
    desk: str
    desk_name: str
    kind: Literal["application", "question"]
    sla_hours: int
    priority: int
    fields: list[str]
    confidential: bool


class RequestSummary(BaseModel):
    reference: str
    programme: str
    desk: str
    kind: str
    status: Status
    priority: int
    language: str
    channel: str
    district: str | None
    assignee_id: int | None
    sla_due_at: datetime
    sla_state: SlaState
    created_at: datetime
    updated_at: datetime
    closed_at: datetime | None


class AttachmentOut(BaseModel):
    kind: str
    file_name: str | None = None
    mime_type: str | None = None
    size: int | None = None


class MessageOut(BaseModel):
    id: int
    direction: Literal["in", "out", "internal"]
    text: str | None
    language: str | None
    author_staff_id: int | None
    delivery_state: str
    attachments: list[AttachmentOut]
    created_at: datetime


class StatusEventOut(BaseModel):
    from_status: Status | None
    to_status: Status
    actor_kind: str
    actor_staff_id: int | None
    public_note: str | None
    internal_note: str | None
    created_at: datetime


class RequestDetail(RequestSummary):
    neighbourhood: str | None
    household_size: int | None
    national_id_masked: str | None = Field(description="Only ever masked in the API: 10*******46")
    phone_masked: str | None
    allowed_next: list[Status] = Field(description="Statuses staff may move this request to now")
    messages: list[MessageOut]
    events: list[StatusEventOut]


class RequestPage(BaseModel):
    items: list[RequestSummary]
    total: int
    limit: int
    offset: int


class SpreadOut(BaseModel):
    """Median and 90th percentile (nearest rank) of `count` durations; null when fewer than the minimum cell."""

    count: int
    median_seconds: int | None
    p90_seconds: int | None


class FiguresOut(BaseModel):
    """One group's figures over the period: counts, times and the share closed within the service level."""

    group: str = Field(description="The desk, programme, language, channel or district code, or a week's Monday")
    received: int
    closed: int
    first_response: SpreadOut
    resolution: SpreadOut
    sla_met_percent: float | None
    needs_info_round_trips: int
    undelivered_notifications: int


class EquityRowOut(BaseModel):
    """A language (on one channel, or on all: null) beside Turkish-speaking requests of the same channels."""

    channel: str | None
    language: str
    figures: FiguresOut
    gaps: dict[str, float | None] = Field(
        description="Per figure, this language's minus Turkish speakers': seconds for times, points for sla_met"
    )
    worse: list[str] = Field(description="The figures worse than Turkish speakers' by more than the margin")


class ReportOut(BaseModel):
    """A period's figures of the caller's desks by one grouping, and the equity view; counts only."""

    first_day: date
    last_day: date
    by: Dimension
    min_cell: int
    equity_margin: float
    rows: list[FiguresOut]
    total: FiguresOut
    equity: list[EquityRowOut]
