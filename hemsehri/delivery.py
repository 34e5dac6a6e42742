"""Builds the delivery worker from the channels at hand: each one's sender, paced to its platform's limits."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.channel import Channel
from core.context import CoreContext
from core.delivery.schemas import Sender
from core.delivery.worker import DeliveryWorker
from core.i18n import Translator
from core.ratelimit import MemoryPacer, Pacer, RedisPacer

if TYPE_CHECKING:  # the Redis client is loaded by the scaled mode only
    from redis.asyncio import Redis


def build_worker(
    ctx: CoreContext,
    translator: Translator,
    *,
    channels: Sequence[Channel],
    redis: Redis | None,
    fallback_order: Sequence[str] = (),
) -> DeliveryWorker:
    """The worker over the channels' senders; with Redis, every worker shares each platform's budget."""
    senders: dict[str, Sender] = {}
    pacers: dict[str, Pacer] = {}
    for channel in channels:
        if channel.sender is None:
            continue
        senders[channel.name] = channel.sender
        if redis is not None:
            pacers[channel.name] = RedisPacer(redis, channel.limits, prefix=f"hemsehri:pace:{channel.name}")
        else:
            pacers[channel.name] = MemoryPacer(channel.limits)
    return DeliveryWorker(
        db=ctx.db,
        translator=translator,
        senders=senders,
        pacers=pacers,
        fallback_order=fallback_order,
        files=ctx.files,
    )
