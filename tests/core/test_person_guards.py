"""The flood guard on the real Redis: one budget per person, shared by every process."""

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
