"""The outgoing webhooks, described in the app's OpenAPI document (its `webhooks`): one entry per event."""

from typing import Annotated

from fastapi import FastAPI, Header

from core.webhooks.schemas import SUMMARIES, Event, WebhookBody


def describe_webhooks(app: FastAPI) -> None:
    """Adds each event to the OpenAPI document: the body, and the headers every delivery carries."""
    for event in Event:

        async def delivery(
            body: WebhookBody,
            x_hemsehri_event: Annotated[str, Header(description="the event's name")],
            x_hemsehri_event_id: Annotated[
                str, Header(description="the event's id, the same on every attempt: deduplicate on it")
            ],
            x_hemsehri_signature: Annotated[
                str,
                Header(description="t=<unix time>,v1=<hex HMAC-SHA256 of '<t>.<raw body>' under the target's secret>"),
            ],
        ) -> None:
            """Answer 2xx within 10 seconds; anything else is tried again with backoff (README, Outgoing webhooks)."""

        app.webhooks.post(event.value, summary=SUMMARIES[event], operation_id=f"webhook_{event.name.lower()}")(delivery)
