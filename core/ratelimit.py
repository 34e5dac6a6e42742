"""Pacing sends to a platform's limits: one budget per bot and one per chat, shared across workers via Redis.

The same two budgets admit anything else that is limited overall and per key (the web chat's new chats and
uploads, per address).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # the Redis client is loaded by the scaled mode only
    from redis.asyncio import Redis

# Pace a little under each limit: the platform counts arrivals, and arrivals jitter.
SAFETY = 0.97
# How late (seconds) a sender may wake and still find the bot's budget it waited for (see Limits.global_burst).
BURST_SECONDS = 0.005


@dataclass(frozen=True)
class Limits:
    """Telegram's limits as observed in practice; raise `per_second` for bots allowed paid broadcasts."""

    per_second: float = 30.0
    per_chat_per_second: float = 1.0
    per_chat_burst: int = 1
    per_group_per_minute: float = 20.0
    burst: float | None = None  # what the overall bucket holds, when it is not a pacer's (see global_burst)

    def chat_bucket(self, *, group: bool) -> tuple[float, float]:
        """(rate per second, capacity) of one chat's bucket."""
        if group:
            return self.per_group_per_minute / 60 * SAFETY, 1
        return self.per_chat_per_second * SAFETY, self.per_chat_burst

    @property
    def global_rate(self) -> float:
        return self.per_second * SAFETY

    @property
    def global_burst(self) -> float:
        """What the bot's bucket holds: one send, plus what the paced rate earns in BURST_SECONDS.

        Holding exactly one, a sender that woke late (the event loop sleeps in whole milliseconds and waits
        for the CPU) lost the budget it had waited for: 30/s came out at 28 and 1,000/s near 500. A full
        bucket plus a second at the paced rate stays under the limit with about 25 ms to spare for arrivals
        that jitter (30/s: 1.15 + 29.1; 1,000/s: 5.9 + 970). 15 ms (15.6 + 970) was tried and is too much:
        on a loaded machine arrivals bunched and the fake answered 429s (13 in 20,000).
        """
        return self.burst if self.burst is not None else 1 + self.global_rate * BURST_SECONDS


class Pacer(Protocol):
    async def reserve(self, chat_id: str, *, group: bool = False) -> float:
        """Takes one send from the budgets and returns 0, or returns how many seconds to wait and takes nothing."""
        ...


class _Bucket:
    __slots__ = ("capacity", "rate", "stamp", "tokens")

    def __init__(self, rate: float, capacity: float, now: float) -> None:
        self.rate, self.capacity, self.tokens, self.stamp = rate, capacity, capacity, now

    def wait(self, now: float) -> float:
        self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        return 0.0 if self.tokens >= 1 else (1 - self.tokens) / self.rate


class MemoryPacer:
    """Token buckets in this process (the embedded mode)."""

    def __init__(self, limits: Limits, clock: Callable[[], float] = time.monotonic) -> None:
        self.limits = limits
        self._clock = clock
        self._global = _Bucket(limits.global_rate, limits.global_burst, clock())
        self._chats: dict[str, _Bucket] = {}

    async def reserve(self, chat_id: str, *, group: bool = False) -> float:
        now = self._clock()
        chat = self._chats.get(chat_id)
        if chat is None:
            rate, burst = self.limits.chat_bucket(group=group)
            chat = self._chats[chat_id] = _Bucket(rate, burst, now)
            if len(self._chats) > 100_000:
                self._forget_idle(now)
        wait = max(chat.wait(now), self._global.wait(now))
        if wait == 0:
            chat.tokens -= 1
            self._global.tokens -= 1
        return wait

    def _forget_idle(self, now: float) -> None:
        for key in [k for k, b in self._chats.items() if b.wait(now) == 0 and b.tokens >= b.capacity]:
            del self._chats[key]


# Both buckets checked and taken in one atomic step, so several workers share one budget.
_RESERVE = """
local now = tonumber(ARGV[1])
local function refill(key, rate, capacity)
  local state = redis.call('HMGET', key, 't', 's')
  local tokens = tonumber(state[1]) or capacity
  local stamp = tonumber(state[2]) or now
  tokens = math.min(capacity, tokens + (now - stamp) * rate)
  return tokens
end
local g = refill(KEYS[1], tonumber(ARGV[2]), tonumber(ARGV[3]))
local c = refill(KEYS[2], tonumber(ARGV[4]), tonumber(ARGV[5]))
local wait = 0
if g < 1 then wait = math.max(wait, (1 - g) / tonumber(ARGV[2])) end
if c < 1 then wait = math.max(wait, (1 - c) / tonumber(ARGV[4])) end
if wait == 0 then g = g - 1; c = c - 1 end
redis.call('HSET', KEYS[1], 't', g, 's', now)
redis.call('HSET', KEYS[2], 't', c, 's', now)
redis.call('EXPIRE', KEYS[1], ARGV[6])
redis.call('EXPIRE', KEYS[2], ARGV[7])
return tostring(wait)
"""


def _refilled(rate: float, capacity: float) -> int:
    """Seconds after which an untouched bucket is full again, so its key can go (a missing bucket is a full one)."""
    return math.ceil(capacity / rate) + 1


class RedisPacer:
    """The same buckets in Redis, shared by every worker of the bot."""

    def __init__(self, redis: Redis, limits: Limits, *, prefix: str, clock: Callable[[], float] = time.time) -> None:
        self.limits = limits
        self._clock = clock
        self._redis = redis
        self._prefix = prefix
        self._script = redis.register_script(_RESERVE)

    async def reserve(self, chat_id: str, *, group: bool = False) -> float:
        rate, burst = self.limits.chat_bucket(group=group)
        wait = await self._script(
            keys=[f"{self._prefix}:global", f"{self._prefix}:chat:{chat_id}"],
            args=[
                self._clock(),
                self.limits.global_rate,
                self.limits.global_burst,
                rate,
                burst,
                _refilled(self.limits.global_rate, self.limits.global_burst),
                _refilled(rate, burst),
            ],
        )
        return float(wait)
