"""What the staff REST API takes in and gives out (identity numbers and phones only masked)."""

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

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
