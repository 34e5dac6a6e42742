"""Who may start a new web chat or send a file: budgets per address and for everyone (issue 13, finding 8).

A chat code costs nothing to make, so without these one address could fill the staff's queue with new chats
(40 requests in 2 s) or the disk with files. The budgets are core.ratelimit's two token buckets, one overall
and one per address: in this process, or in Redis shared by every `serve` process. Addresses are generous,
since a mobile network or a shelter's Wi-Fi puts many people behind one; a chat that already has a mailbox
is never a new one, however often its page reconnects.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.ratelimit import Limits, MemoryPacer, Pacer, RedisPacer

if TYPE_CHECKING:  # the Redis client is loaded by the scaled mode only
    from redis.asyncio import Redis

# New chats: 10 at once from one address, then one a minute; overall 100 at once, then 10 a second.
NEW_CHATS = Limits(per_second=10, per_chat_per_second=1 / 60, per_chat_burst=10, burst=100)
# Files (on top of each chat's own budget): 10 at once from one address, then one every 6 s; overall 50, then 5/s.
UPLOADS = Limits(per_second=5, per_chat_per_second=1 / 6, per_chat_burst=10, burst=50)


@dataclass(frozen=True)
class Admission:
    """The budgets for new chats and for uploads; each check takes one from both of its buckets, or refuses."""

    chats: Pacer
    uploads: Pacer

    async def new_chat(self, address: str) -> bool:
        return await self.chats.reserve(address) == 0

    async def upload(self, address: str) -> bool:
        return await self.uploads.reserve(address) == 0


def make_admission(
    redis: Redis | None, *, chats: Limits = NEW_CHATS, uploads: Limits = UPLOADS, prefix: str = "hemsehri:webchat"
) -> Admission:
    """The budgets in this process, or in Redis when the process shares its limits with others."""
    if redis is None:
        return Admission(MemoryPacer(chats), MemoryPacer(uploads))
    return Admission(
        RedisPacer(redis, chats, prefix=f"{prefix}:new-chats"), RedisPacer(redis, uploads, prefix=f"{prefix}:uploads")
    )
