"""Delivery reports a platform sends after it accepted a message (WhatsApp's statuses), written down."""

from collections.abc import Awaitable, Callable

from core.db import Database
from core.outbox import service as outbox

ReportHook = Callable[[str, str, str | None], Awaitable[None]]


def recorder(db: Database, channel: str) -> ReportHook:
    """What a channel calls with (platform message id, state, error) for each report: one transaction each."""

    async def record(platform_message_id: str, state: str, error: str | None) -> None:
        async with db.transaction() as session:
            await outbox.record_report(
                session=session, channel=channel, platform_message_id=platform_message_id, state=state, error=error
            )

    return record
