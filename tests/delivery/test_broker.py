"""The broker, in-process and on a real Redis."""

import uuid

import pytest
from redis.asyncio import Redis

from core.broker import MemoryBroker, RedisBroker


async def test_memory_broker_fans_out_to_every_subscriber():
    broker = MemoryBroker()
    subscriptions = [await broker.subscribe("queue"), await broker.subscribe("queue")]
    for i in range(3):
        await broker.publish("queue", {"n": i})
    for subscription in subscriptions:
        assert [await anext(subscription) for _ in range(3)] == [{"n": 0}, {"n": 1}, {"n": 2}]
        await subscription.aclose()


async def test_memory_broker_drops_oldest_for_a_slow_subscriber():
    broker = MemoryBroker(queue_size=2)
    subscription = await broker.subscribe("t")
    for i in range(5):
        await broker.publish("t", {"n": i})
    assert [await anext(subscription), await anext(subscription)] == [{"n": 3}, {"n": 4}]
    await subscription.aclose()
@pytest.mark.redis
async def test_redis_broker_carries_events_between_two_processes_connections():
    prefix = f"test:{uuid.uuid4().hex}"
    publisher = RedisBroker(Redis.from_url("redis://127.0.0.1:6379/0"), prefix=prefix)
    listener = RedisBroker(Redis.from_url("redis://127.0.0.1:6379/0"), prefix=prefix)
    await publisher.publish("outbox", {"wake": 0})  # before the subscription: not seen
    subscription = await listener.subscribe("outbox")
    await publisher.publish("outbox", {"wake": 1})
    await publisher.publish("outbox", {"wake": 2})
    assert await anext(subscription) == {"wake": 1}
    assert await anext(subscription) == {"wake": 2}
    await subscription.aclose()
    await publisher.close()
    await listener.close()
