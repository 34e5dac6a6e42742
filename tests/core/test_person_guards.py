"""The flood guard on the real Redis: one budget per person, shared by every process."""

import asyncio
import uuid

import pytest
from redis.asyncio import Redis

from core.person_guards import Flood, RedisFloodGuard

pytestmark = pytest.mark.redis
REDIS_URL = "redis://127.0.0.1:6379/0"


@pytest.fixture
async def redis():
    client = Redis.from_url(REDIS_URL)
    yield client
    await client.aclose()


@pytest.fixture
def prefix():
    return f"test:{uuid.uuid4().hex}"


async def test_flood_budget_is_shared_by_two_processes_and_noted_once(redis, prefix):
    now = [1000.0]
    first = RedisFloodGuard(redis, limit=4, window=5.0, clock=lambda: now[0], prefix=prefix)
    other_process = Redis.from_url(REDIS_URL)
    second = RedisFloodGuard(other_process, limit=4, window=5.0, clock=lambda: now[0], prefix=prefix)
    verdicts = []
    for i in range(7):
        now[0] += 0.1
        verdicts.append(await (first if i % 2 else second).check("telegram:42"))
    assert verdicts == ["allow"] * 4 + ["note", "quiet", "quiet"]
    assert verdicts[4] == Flood.NOTE  # the engine compares with its enum: the same strings
    assert await first.check("telegram:43") == "allow", "another person is unaffected"
    now[0] += 5.1
    assert await second.check("telegram:42") == "allow", "the window has passed"
    await other_process.aclose()


async def test_redis_down_is_a_connection_error_so_the_platform_retries(prefix):
    gone = Redis.from_url("redis://127.0.0.1:1/0", socket_connect_timeout=1)
    with pytest.raises(ConnectionError):
        await RedisFloodGuard(gone, prefix=prefix).check("telegram:42")
    await gone.aclose()


async def test_people_checked_at_once_share_one_round_trip_and_each_get_their_own_verdict(prefix):
    client = Redis.from_url(REDIS_URL, client_name=prefix)
    guard = RedisFloodGuard(client, limit=4, window=5.0, clock=lambda: 1000.0, prefix=prefix)
    people = ["telegram:1", "whatsapp:2", "webchat:3"]
    verdicts = await asyncio.gather(*(guard.check(person) for _ in range(6) for person in people))
    for place, person in enumerate(people):
        assert verdicts[place::3] == ["allow"] * 4 + ["note", "quiet"], person
    held = [c for c in await client.client_list() if c["name"] == prefix]
    assert len(held) == 1, "18 checks asked together went in one pipeline, not over 18 connections"
    await client.aclose()


async def test_a_caller_that_goes_away_leaves_the_others_answered(redis, prefix):
    guard = RedisFloodGuard(redis, limit=4, window=5.0, clock=lambda: 1000.0, prefix=prefix)
    first, gone, last = (asyncio.create_task(guard.check(f"telegram:{n}")) for n in range(3))
    await asyncio.sleep(0)  # each has asked and waits for the round trip
    gone.cancel()
    assert await first == "allow" and await last == "allow"
    assert gone.cancelled()
    assert await guard.check("telegram:9") == "allow", "the guard serves the next check"


async def test_redis_down_fails_every_check_waiting_with_it(prefix):
    gone = Redis.from_url("redis://127.0.0.1:1/0", socket_connect_timeout=1)
    guard = RedisFloodGuard(gone, prefix=prefix)
    failed = await asyncio.gather(*(guard.check(f"telegram:{n}") for n in range(5)), return_exceptions=True)
    assert all(isinstance(error, ConnectionError) for error in failed), failed
    await gone.aclose()
