"""Events between processes: new requests, citizen messages, outbox wake-ups, live console updates.

In-process in the embedded mode; Redis Streams when HEMSEHRI_REDIS_URL is set, so every `serve`
and `worker` process sees every event. Work itself is never handed out through the broker: the
database rows are the work, claimed with SKIP LOCKED; an event only says "look now".
"""

import asyncio
import json
from collections import defaultdict
from collections.abc import AsyncIterator
from typing import Any, Protocol

from redis.asyncio import Redis

STREAM_LENGTH = 10_000


class Broker(Protocol):
    async def publish(self, topic: str, event: dict[str, Any]) -> None: ...

    async def subscribe(self, topic: str) -> AsyncIterator[dict[str, Any]]:
        """Returns an iterator over every event published on `topic` from the moment this returns."""
        ...

    async def close(self) -> None: ...


class MemoryBroker:
    """Fan-out to subscribers of this process; a slow subscriber loses its oldest events, never blocks others."""

    def __init__(self, queue_size: int = 1000) -> None:
        self._subscribers: dict[str, set[asyncio.Queue[dict[str, Any]]]] = defaultdict(set)
        self._queue_size = queue_size

    async def publish(self, topic: str, event: dict[str, Any]) -> None:
        for queue in list(self._subscribers[topic]):
            if queue.full():
                queue.get_nowait()
            queue.put_nowait(event)

    async def subscribe(self, topic: str) -> AsyncIterator[dict[str, Any]]:
        queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue(self._queue_size)
        self._subscribers[topic].add(queue)
        return self._read(topic, queue)

    async def _read(self, topic: str, queue: asyncio.Queue[dict[str, Any]]) -> AsyncIterator[dict[str, Any]]:
        try:
            while True:
                yield await queue.get()
        finally:
            self._subscribers[topic].discard(queue)

    async def close(self) -> None:
        self._subscribers.clear()


class RedisBroker:
    """Redis Streams, capped in length; each subscriber reads from the moment it subscribed."""

    def __init__(self, redis: Redis, *, prefix: str = "hemsehri") -> None:
        self.redis = redis
        self._prefix = prefix

    async def publish(self, topic: str, event: dict[str, Any]) -> None:
        await self.redis.xadd(
            f"{self._prefix}:{topic}", {"event": json.dumps(event)}, maxlen=STREAM_LENGTH, approximate=True
        )

    async def subscribe(self, topic: str) -> AsyncIterator[dict[str, Any]]:
        stream = f"{self._prefix}:{topic}"
        newest = await self.redis.xrevrange(stream, count=1)
        return self._read(stream, newest[0][0] if newest else "0-0")

    async def _read(self, stream: str, last: str | bytes) -> AsyncIterator[dict[str, Any]]:
        while True:
            batches = await self.redis.xread({stream: last}, block=5000, count=100)
            for _, entries in batches:
                for entry_id, fields in entries:
                    last = entry_id
                    yield json.loads(fields[b"event"])

    async def close(self) -> None:
        await self.redis.aclose()


def make_broker(redis_url: str | None) -> Broker:
    """The in-process broker, or the Redis one when a Redis URL is configured."""
    return RedisBroker(Redis.from_url(redis_url)) if redis_url else MemoryBroker()
