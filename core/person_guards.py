"""What keeps one person from disturbing the others: their lock, and their flood budget (in process or in Redis).

One event per person at a time: in this process by :class:`KeyedLocks` (in arrival order), across processes by
the database's row lock on the person (see core.conversations.service). The flood budget is kept in this process
by :class:`MemoryFloodGuard` (the embedded mode) or shared by every process through Redis by
:class:`RedisFloodGuard` (the scaled mode); both answer a :class:`Flood`. A Redis failure is raised as the
built-in ConnectionError, which the channels treat as "could not be recorded": the platform delivers the update
again instead of it being lost.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import time
import uuid
from collections import deque
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

from core.batches import Batches
from core.redis_errors import with_redis_errors

if TYPE_CHECKING:  # the Redis client is loaded by the scaled mode only
    from redis.asyncio import Redis

PREFIX = "hemsehri:person"


class Flood(StrEnum):
    ALLOW = "allow"  # handle as usual
    NOTE = "note"  # over the limit: say the slow-down note (once per window), run no journey
    QUIET = "quiet"  # over the limit and already told: run no journey, say nothing


class FloodGuard(Protocol):
    async def check(self, key: str) -> Flood: ...


class MemoryFloodGuard:
    """At most `limit` events per person in any `window` seconds (in this process)."""

    def __init__(self, *, limit: int = 8, window: float = 5.0, clock: Callable[[], float] = time.monotonic) -> None:
        if limit < 1 or window <= 0:
            raise ValueError("flood limit must be at least 1 and the window positive")
        self.limit, self.window, self._clock = limit, window, clock
        self._hits: dict[str, deque[float]] = {}
        self._noted: dict[str, float] = {}
        self._pruned_at = -math.inf

    async def check(self, key: str) -> Flood:
        now = self._clock()
        if now - self._pruned_at > self.window:  # only people who wrote in the last window or two are kept
            self._forget_idle(now)
        hits = self._hits.get(key)
        if hits is None:
            hits = self._hits[key] = deque(maxlen=self.limit + 1)
        hits.append(now)
        if len(hits) <= self.limit or hits[0] <= now - self.window:
            return Flood.ALLOW
        noted = self._noted.get(key)
        if noted is not None and now - noted < self.window:
            return Flood.QUIET
        self._noted[key] = now
        return Flood.NOTE

    def _forget_idle(self, now: float) -> None:
        self._pruned_at = now
        for key in [k for k, hits in self._hits.items() if not hits or hits[-1] <= now - self.window]:
            del self._hits[key]
            self._noted.pop(key, None)


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
    """At most `limit` events per person in any `window` seconds, counted across every process.

    The checks asked for while one round trip is out go together in the next (one pipeline): redis-py spends
    ~130 µs of CPU on one command, of which a pipeline shares most among its commands (bench/RESULTS.md, issue 18).
    """

    def __init__(
        self,
        redis: Redis,
        *,
        limit: int = 8,
        window: float = 5.0,
        clock: Callable[[], float] = time.time,
        prefix: str = PREFIX,
    ) -> None:
        if limit < 1 or window <= 0:
            raise ValueError("flood limit must be at least 1 and the window positive")
        self.limit, self.window, self._clock, self._prefix = limit, window, clock, prefix
        self._redis = redis
        self._checks: Batches[str, Flood] = Batches(self._check_all)

    async def check(self, key: str) -> Flood:
        """ALLOW, NOTE (over the limit: say slow down) or QUIET (over it and already told)."""
        return await self._checks.ask(key)

    async def _check_all(self, keys: list[str]) -> list[Flood]:
        """The verdicts for these people's events, in one pipeline."""
        try:
            async with self._redis.pipeline(transaction=False) as pipe:
                now = self._clock()
                for key in keys:
                    names = (f"{self._prefix}:flood:{key}", f"{self._prefix}:noted:{key}")
                    # EVAL, not a registered Script: redis-py's pipeline asks SCRIPT EXISTS first, each time
                    pipe.eval(_FLOOD, 2, *names, now, self.window, self.limit, uuid.uuid4().hex)
                verdicts = await pipe.execute()
        except with_redis_errors() as exc:
            raise ConnectionError(f"flood guard unavailable: {type(exc).__name__}") from exc
        return [Flood(verdict.decode() if isinstance(verdict, bytes) else str(verdict)) for verdict in verdicts]


@dataclass
class _Held:
    lock: asyncio.Lock
    users: int = 0
    owner: asyncio.Task[object] | None = None


class KeyedLocks:
    """One asyncio lock per person while in use: their events run one after another, in arrival order.

    Re-entrant within a task: a channel holds a person's lock around handling an event and answering it, and
    the conversations engine's own hold inside it is the same lock, not a second one.
    """

    def __init__(self) -> None:
        self._locks: dict[str, _Held] = {}

    @contextlib.asynccontextmanager
    async def hold(self, key: str) -> AsyncIterator[None]:
        task = asyncio.current_task()
        held = self._locks.get(key)
        if held is not None and held.owner is task:
            yield
            return
        if held is None:
            held = self._locks[key] = _Held(asyncio.Lock())
        held.users += 1
        try:
            async with held.lock:
                held.owner = task
                try:
                    yield
                finally:
                    held.owner = None
        finally:
            held.users -= 1
            if not held.users:
                del self._locks[key]
