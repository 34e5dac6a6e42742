"""Delivery reports a platform sends after it accepted a message (WhatsApp's statuses), written down."""

from collections.abc import Awaitable, Callable, Sequence

from core.db import Database
from core.delivery.fallback import fall_back
from core.outbox import service as outbox

ReportHook = Callable[[str, str, str | None], Awaitable[None]]


def recorder(db: Database, channel: str, fallback_order: Sequence[str] = ()) -> ReportHook:
    """What a channel calls with (platform message id, state, error) for each report: one transaction each.

    A message that failed after the platform accepted it is tried on the person's other channels.
    """

    async def record(platform_message_id: str, state: str, error: str | None) -> None:
        async with db.transaction() as session:
            failed = await outbox.record_report(
                session=session, channel=channel, platform_message_id=platform_message_id, state=state, error=error
            )
            for item in failed:
                await fall_back(session=session, item=item, order=fallback_order)

    return record
