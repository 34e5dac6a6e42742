"""The retention period's destruction (KVKK), run by the worker beside deliveries and by `privacy purge`."""

from datetime import timedelta

from core.context import CoreContext
from core.privacy.service import Destroyed


async def destroy(ctx: CoreContext) -> Destroyed:
    """Destroys what is past its retention period: requests by their programme's period, people, stale uploads."""
    return await ctx.privacy.destroy_expired(
        db=ctx.db, catalogue=ctx.catalogue, retention=timedelta(days=ctx.settings.retention_days)
    )


async def destroy_expired(ctx: CoreContext) -> int:
    """Runs the destruction; returns how many people were erased."""
    return (await destroy(ctx)).people
