"""The events a webhook target may be sent, and the JSON body each delivery carries (in the OpenAPI schema)."""

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, Field


class Event(StrEnum):
    """What happened to a request."""

    REQUEST_CREATED = "request.created"
    STATUS_CHANGED = "request.status_changed"
    SLA_BREACHED = "request.sla_breached"
    SAFEGUARDING_FLAGGED = "request.safeguarding_flagged"


# Each event as the OpenAPI document describes it (for the city's developers).
SUMMARIES = {
    Event.REQUEST_CREATED: "A request was made (an application or a question).",
    Event.STATUS_CHANGED: "A request's status changed (previous_status says from what).",
    Event.SLA_BREACHED: "A request passed its programme's service time still open (once per request).",
    Event.SAFEGUARDING_FLAGGED: "A request's words disclosed danger, or staff confirmed it: counts and categories.",
}


class Safeguarding(BaseModel):
    """A safeguarding flag: how many categories of danger and which; never the words that disclosed them."""

    state: str = Field(description="flagged | confirmed | cleared")
    count: int = Field(description="how many categories of danger the request's words disclosed")
    categories: list[str] = Field(description="their codes, most urgent first")


class Person(BaseModel):
    """Who the request is about: sent only to a target an admin allowed personal data."""

    full_name: str | None = None
    phone: str | None = Field(None, description="E.164")


class RequestData(BaseModel):
    """The request an event is about, as the city counts it (no personal data)."""

    reference: str = Field(description="nine digits, the last a check digit")
    programme: str
    desk: str
    kind: str = Field(description="application | question")
    status: str
    previous_status: str | None = Field(None, description="for request.status_changed: the status it left")
    language: str
    created_at: datetime
    updated_at: datetime
    sla_due_at: datetime
    sla_breached_at: datetime | None = Field(None, description="when it was found still open past its due time")
    closed_at: datetime | None = None
    safeguarding: Safeguarding | None = Field(None, description="for request.safeguarding_flagged")
    person: Person | None = Field(None, description="only for a target allowed personal data")


class WebhookBody(BaseModel):
    """The JSON body of every delivery. `id` is the same on every attempt: deduplicate on it."""

    id: str = Field(description="the event's id (also in the X-Hemsehri-Event-Id header)")
    event: Event
    occurred_at: datetime
    request: RequestData
