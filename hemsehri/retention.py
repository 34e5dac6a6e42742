"""The retention period's destruction (KVKK), run by the worker beside deliveries and by `privacy purge`."""

from datetime import timedelta

from core.context import CoreContext
from core.privacy import service as privacy


async def destroy_expired(ctx: CoreContext) -> int:
    """Erases everyone past HEMSEHRI_RETENTION_DAYS, a few hundred per transaction; returns how many."""
    retention = timedelta(days=ctx.settings.retention_days)
    erased = 0
    while True:
        async with ctx.db.transaction() as session:
            due = await privacy.due_for_destruction(session=session, retention=retention)
            for contact_id in due:
                files = await privacy.erase_contact(session=session, contact_id=contact_id, reason="retention")
                privacy.remove_local_files(ctx.settings.data_dir / "attachments", files)
        erased += len(due)
        if not due:
            return erased
