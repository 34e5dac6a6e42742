"""The flood budget of each person, shared by every process through Redis.

The conversations engine takes it in the scaled mode (its in-process guard serves the embedded mode; one
event per person at a time is the database's row lock, see core.conversations.service). A Redis failure is
raised as the built-in ConnectionError, which the channels treat as "could not be recorded": the platform
delivers the update again instead of it being lost.
"""

import time
import uuid
from collections.abc import Callable

from redis.asyncio import Redis
from redis.exceptions import RedisError

PREFIX = "hemsehri:person"

# Sliding window: ZSET of event stamps; the note ("slow down") is said at most once per window.
_FLOOD = """
local now, window, limit = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
redis.call('ZADD', KEYS[1], now, ARGV[4])
redis.call('PEXPIRE', KEYS[1], math.ceil(window * 1000))
if redis.call('ZCARD', KEYS[1]) <= limit then return 'allow' end
if redis.call('SET', KEYS[2], '1', 'NX', 'PX', math.ceil(window * 1000)) then return 'note' end
return 'quiet'
"""


class RedisFloodGuard:
    """At most `limit` events per person in any `window` seconds, counted across every process."""

    def __init__(
        self, redis: Redis, *, limit: int = 8, window: float = 5.0, clock: Callable[[], float] = time.time,
        prefix: str = PREFIX,
    ) -> None:
        if limit < 1 or window <= 0:
            raise ValueError("flood limit must be at least 1 and the window positive")
        self.limit, self.window, self._clock, self._prefix = limit, window, clock, prefix
        self._script = redis.register_script(_FLOOD)

    async def check(self, key: str) -> str:
        """'allow', 'note' (over the limit: say slow down) or 'quiet' (over it and already told)."""
        try:
            verdict = await self._script(
                keys=[f"{self._prefix}:flood:{key}", f"{self._prefix}:noted:{key}"],
                args=[self._clock(), self.window, self.limit, uuid.uuid4().hex],
            )
        except RedisError as exc:
            raise ConnectionError(f"flood guard unavailable: {type(exc).__name__}") from exc
        return verdict.decode() if isinstance(verdict, bytes) else str(verdict)
