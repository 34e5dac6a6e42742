"""Per-person guards on the real Redis: shared flood control and one event at a time across processes."""

import asyncio
import uuid

import pytest
from redis.asyncio import Redis

from core.person_guards import RedisFloodGuard, RedisPersonLocks
from handlers.engine import Flood, KeyedLocks

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


async def test_one_persons_events_run_one_at_a_time_across_processes(prefix):
    clients = [Redis.from_url(REDIS_URL) for _ in range(2)]
    processes = [KeyedLocks(shared=RedisPersonLocks(client, prefix=prefix)) for client in clients]
    inside, most, order = [0], [0], []

    async def event(n: int) -> None:
        async with processes[n % 2].hold("telegram:42"):
            inside[0] += 1
            most[0] = max(most[0], inside[0])
            order.append(n)
            await asyncio.sleep(0)  # let every other event try to enter
            inside[0] -= 1

    await asyncio.gather(*(event(n) for n in range(20)))
    assert most[0] == 1 and sorted(order) == list(range(20))
    for client in clients:
        await client.aclose()


async def test_redis_down_is_a_connection_error_so_the_platform_retries(prefix):
    gone = Redis.from_url("redis://127.0.0.1:1/0", socket_connect_timeout=1)
    with pytest.raises(ConnectionError):
        await RedisFloodGuard(gone, prefix=prefix).check("telegram:42")
    with pytest.raises(ConnectionError):
        async with RedisPersonLocks(gone, prefix=prefix).hold("telegram:42"):
            pass
    await gone.aclose()
