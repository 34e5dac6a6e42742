"""Pacing: the in-process buckets and the Redis ones that several workers share."""

import uuid

import pytest
from redis.asyncio import Redis

from core.ratelimit import Limits, MemoryPacer, RedisPacer


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def sends_in(pacer, chats, seconds, clock, step=0.001):
    """Sends as fast as the pacer allows for `seconds` of simulated time; returns (time, chat) of each send."""
    sent, end = [], clock.now + seconds
    while clock.now < end:
        for chat in chats:
            if await pacer.reserve(chat) == 0:
                sent.append((clock.now, chat))
        clock.now += step
    return sent


def most_in_window(times, window):
    times = sorted(times)
    return max(sum(1 for u in times if t - window < u <= t) for t in times)


async def test_memory_pacer_keeps_under_the_global_limit_and_close_to_it():
    clock = Clock()
    pacer = MemoryPacer(Limits(per_second=30), clock=clock)
    sent = await sends_in(pacer, [str(i) for i in range(100)], 5.0, clock)
    assert most_in_window([t for t, _ in sent], 1.0) <= 30
    assert len(sent) >= 0.95 * 30 * 5


async def test_memory_pacer_keeps_each_chat_to_one_per_second():
    clock = Clock()
    pacer = MemoryPacer(Limits(per_second=1000), clock=clock)
    sent = await sends_in(pacer, ["a", "b"], 3.0, clock)
    for chat in ("a", "b"):
        assert most_in_window([t for t, c in sent if c == chat], 1.0) == 1


async def test_groups_get_twenty_a_minute():
    clock = Clock()
    pacer = MemoryPacer(Limits(per_second=1000), clock=clock)
    sent = 0
    while clock.now < 1060:
        if await pacer.reserve("-100", group=True) == 0:
            sent += 1
        clock.now += 0.01
    assert 19 <= sent <= 20


@pytest.mark.redis
async def test_two_redis_pacers_share_one_budget():
    redis = Redis.from_url("redis://127.0.0.1:6379/0")
    prefix = f"test:{uuid.uuid4().hex}"
    clock = Clock()
    first = RedisPacer(redis, Limits(per_second=30), prefix=prefix, clock=clock)
    second = RedisPacer(redis, Limits(per_second=30), prefix=prefix, clock=clock)
    sent = []
    while clock.now < 1003:
        for i, pacer in enumerate((first, second)):
            chat = f"{i}-{int(clock.now * 1000)}"
            if await pacer.reserve(chat) == 0:
                sent.append(clock.now)
        clock.now += 0.005
    assert most_in_window(sent, 1.0) <= 30
    assert len(sent) >= 0.95 * 30 * 3
    await redis.aclose()
