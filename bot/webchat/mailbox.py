"""What was said to each web chat, numbered and kept a while: in the database, in Redis shared by all, or in memory."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import secrets
import weakref
from collections import OrderedDict, deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from core.db import Database
from core.privacy.service import Person
from core.redis_errors import with_redis_errors
from core.transcripts.models import TranscriptEntry

if TYPE_CHECKING:  # the Redis client is loaded by the scaled mode only
    from redis.asyncio import Redis

log = logging.getLogger("bot.webchat")
# Redis connections of one process's mailbox: sockets only borrow one for a read or an append, and the one
# subscriber that wakes every waiting socket holds one more. Past this, a read waits for a free one.
POOL_SIZE = 32
POOL_TIMEOUT = 10.0  # seconds a read may wait for a free connection before it fails (the page reconnects)


@dataclass(frozen=True)
class Entry:
    seq: int
    data: dict[str, Any]


@dataclass(frozen=True)
class Batch:
    """Entries of one chat after a sequence number, and the mailbox's epoch ('' when it holds nothing)."""

    epoch: str
    entries: list[Entry]


class Mailbox(Protocol):
    """What was said to each web chat, numbered, kept for a while so a reconnecting client gets it."""

    async def append(self, chat_id: str, items: Sequence[dict[str, Any]]) -> list[int]:
        """Adds items in order and returns their sequence numbers."""
        ...

    async def read(self, chat_id: str, *, after: int, limit: int = 100) -> Batch:
        """Up to `limit` entries with a sequence number above `after`, oldest first."""
        ...

    async def wait(self, chat_id: str, *, epoch: str, after: int, block: float) -> None:
        """Returns when the chat has an entry above `after` or another epoch, or after `block` seconds."""
        ...

    async def forget(self, chat_id: str) -> None:
        """Deletes what the chat holds outside the database; an open page then starts over from an empty mailbox.

        The database's transcript goes with the person's erasure itself (core.privacy), in its transaction.
        """
        ...

    async def close(self) -> None: ...


@dataclass(frozen=True)
class MailboxEraser:
    """The mailboxes as a place erasure walks (core.privacy's PersonalStore): a forgotten person's chat goes."""

    mailbox: Mailbox
    channel: str

    async def forget(self, person: Person) -> None:
        if person.channel == self.channel:
            await self.mailbox.forget(person.chat_id)


@dataclass
class _Box:
    epoch: str
    seq: int = 0
    chars: int = 0
    entries: deque[Entry] = field(default_factory=deque)


def _weight(item: dict[str, Any]) -> int:
    return 200 + len(item.get("text") or "")


class _Waiters:
    """The sockets of this process waiting on each chat, woken together when the chat changes."""

    def __init__(self) -> None:
        self._events: dict[str, asyncio.Event] = {}
        self._counts: dict[str, int] = {}

    def __contains__(self, chat_id: str) -> bool:
        return chat_id in self._counts

    @contextlib.contextmanager
    def watching(self, chat_id: str) -> Iterator[asyncio.Event]:
        """The event set at the chat's next change; registered before the caller looks, so no change is missed."""
        event = self._events.setdefault(chat_id, asyncio.Event())
        self._counts[chat_id] = self._counts.get(chat_id, 0) + 1
        try:
            yield event
        finally:
            self._counts[chat_id] -= 1
            if not self._counts[chat_id]:
                del self._counts[chat_id]
                if self._events.get(chat_id) is event:
                    del self._events[chat_id]

    def wake(self, chat_id: str) -> None:
        if event := self._events.pop(chat_id, None):
            event.set()

    def wake_all(self) -> None:
        for chat_id in list(self._events):
            self.wake(chat_id)


async def _until(event: asyncio.Event, block: float) -> None:
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(event.wait(), block)


class MemoryMailbox:
    """Mailboxes in this process, lost with it: bounded per chat, in chats and in total size.

    The least recently used chats are forgotten first, never one a socket is waiting on.
    """

    def __init__(self, *, per_chat: int = 200, max_chats: int = 10_000, max_chars: int = 64_000_000) -> None:
        self.per_chat, self.max_chats, self.max_chars = per_chat, max_chats, max_chars
        self._boxes: OrderedDict[str, _Box] = OrderedDict()
        self._waiters = _Waiters()
        self._chars = 0

    async def append(self, chat_id: str, items: Sequence[dict[str, Any]]) -> list[int]:
        box = self._boxes.get(chat_id)
        if box is None:
            box = self._boxes[chat_id] = _Box(epoch=secrets.token_hex(4))
        self._boxes.move_to_end(chat_id)
        seqs = []
        for item in items:
            box.seq += 1
            box.entries.append(Entry(box.seq, item))
            box.chars += _weight(item)
            self._chars += _weight(item)
            seqs.append(box.seq)
            if len(box.entries) > self.per_chat:
                dropped = _weight(box.entries.popleft().data)
                box.chars -= dropped
                self._chars -= dropped
        self._evict()
        self._waiters.wake(chat_id)
        return seqs

    def _evict(self) -> None:
        for chat_id in list(self._boxes):
            if len(self._boxes) <= self.max_chats and self._chars <= self.max_chars:
                return
            if chat_id not in self._waiters:
                self._chars -= self._boxes.pop(chat_id).chars

    async def read(self, chat_id: str, *, after: int, limit: int = 100) -> Batch:
        box = self._boxes.get(chat_id)
        if box is None or not box.entries:
            return Batch(box.epoch if box else "", [])
        start = max(0, after - box.entries[0].seq + 1)
        return Batch(box.epoch, list(islice(box.entries, start, start + limit)))

    async def wait(self, chat_id: str, *, epoch: str, after: int, block: float) -> None:
        box = self._boxes.get(chat_id)
        if (box.epoch if box else "") != epoch or (box is not None and box.seq > after):
            return
        with self._waiters.watching(chat_id) as changed:
            await _until(changed, block)

    async def forget(self, chat_id: str) -> None:
        if box := self._boxes.pop(chat_id, None):
            self._chars -= box.chars
        self._waiters.wake(chat_id)

    async def close(self) -> None:
        self._boxes.clear()
        self._chars = 0


class DatabaseMailbox:
    """Mailboxes in the database (the embedded mode): a restart keeps them, erasure and retention remove them.

    Entries are sealed like every other personal text; at most `per_chat` are kept per chat. Only the serving
    process writes them (the embedded mode has one), so its sockets are woken in-process, and a per-chat
    lock numbers concurrent appends in order. A chat gets a new epoch when it starts with no entries.
    """

    def __init__(self, db: Database, channel: str, *, per_chat: int = 200) -> None:
        self.db, self.channel, self.per_chat = db, channel, per_chat
        self._waiters = _Waiters()
        self._locks: weakref.WeakValueDictionary[str, asyncio.Lock] = weakref.WeakValueDictionary()

    def _of(self, chat_id: str) -> Any:
        return (TranscriptEntry.channel == self.channel) & (TranscriptEntry.chat == chat_id)

    async def _head(self, chat_id: str, session: AsyncSession | None = None) -> tuple[str, int]:
        """The chat's epoch and last sequence number ('', 0 when it holds nothing)."""
        if session is None:
            async with self.db.transaction() as session:
                return await self._head(chat_id, session)
        last = await session.execute(
            select(TranscriptEntry.epoch, TranscriptEntry.seq)
            .where(self._of(chat_id))
            .order_by(TranscriptEntry.seq.desc())
            .limit(1)
        )
        row = last.one_or_none()
        return (row.epoch, row.seq) if row else ("", 0)

    async def append(self, chat_id: str, items: Sequence[dict[str, Any]]) -> list[int]:
        lock = self._locks.setdefault(chat_id, asyncio.Lock())
        async with lock, self.db.transaction() as session:
            epoch, last = await self._head(chat_id, session)
            epoch = epoch or secrets.token_hex(4)
            seqs = list(range(last + 1, last + 1 + len(items)))
            if seqs:
                session.add_all(
                    TranscriptEntry(channel=self.channel, chat=chat_id, seq=seq, epoch=epoch, entry=item)
                    for seq, item in zip(seqs, items, strict=True)
                )
                oldest_kept = seqs[-1] - self.per_chat + 1
                await session.execute(
                    delete(TranscriptEntry)
                    .where(self._of(chat_id), TranscriptEntry.seq < oldest_kept)
                    .execution_options(synchronize_session=False)
                )
        self._waiters.wake(chat_id)
        return seqs

    async def read(self, chat_id: str, *, after: int, limit: int = 100) -> Batch:
        async with self.db.transaction() as session:
            rows = (
                await session.execute(
                    select(TranscriptEntry.epoch, TranscriptEntry.seq, TranscriptEntry.entry)
                    .where(self._of(chat_id), TranscriptEntry.seq > after)
                    .order_by(TranscriptEntry.seq)
                    .limit(limit)
                )
            ).all()
        if not rows:
            return Batch((await self._head(chat_id))[0], [])
        return Batch(rows[0].epoch, [Entry(row.seq, row.entry) for row in rows])

    async def wait(self, chat_id: str, *, epoch: str, after: int, block: float) -> None:
        with self._waiters.watching(chat_id) as changed:  # watched before looking: no change is missed
            current, seq = await self._head(chat_id)
            if current != epoch or seq > after:
                return
            await _until(changed, block)

    async def forget(self, chat_id: str) -> None:
        """Wakes the chat's open pages: its rows went with the person's erasure (core.privacy's PLACES)."""
        self._waiters.wake(chat_id)

    async def close(self) -> None:
        """Nothing to close: the database belongs to the composition root."""


# Adds entries atomically: numbers them, sets the epoch on first use, renews the expiry, tells every process.
_APPEND = """
redis.call('HSETNX', KEYS[1], 'epoch', ARGV[3])
local seqs = {}
for i = 5, #ARGV do
  local seq = redis.call('HINCRBY', KEYS[1], 'seq', 1)
  redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[1], seq .. '-0', 'e', ARGV[i])
  seqs[#seqs + 1] = seq
end
redis.call('EXPIRE', KEYS[1], ARGV[2])
redis.call('EXPIRE', KEYS[2], ARGV[2])
redis.call('PUBLISH', KEYS[3], ARGV[4])
return seqs
"""


class RedisMailbox:
    """The same mailboxes in Redis (the scaled mode), so every `serve` and `worker` process shares them.

    One stream per chat whose entry ids are the sequence numbers (`<seq>-0`); both keys expire after `ttl`
    seconds of quiet. Every change is published on one channel with the chat's code, and one subscriber per
    process wakes the sockets waiting on that chat: an idle socket holds no Redis connection, only an event.
    A change published while the subscriber was away is not lost: waiters look again when it comes back,
    and at the latest when their `block` runs out.
    """

    def __init__(
        self, redis: Redis, *, prefix: str = "hemsehri:webchat", per_chat: int = 200, ttl: int = 7 * 24 * 3600
    ) -> None:
        self.redis, self.prefix, self.per_chat, self.ttl = redis, prefix, per_chat, ttl
        self._append = redis.register_script(_APPEND)
        self._channel = f"{prefix}:changed"
        self._waiters = _Waiters()
        self._listening = asyncio.Event()
        self._listener: asyncio.Task[None] | None = None

    def _keys(self, chat_id: str) -> tuple[str, str]:
        return f"{self.prefix}:{chat_id}:meta", f"{self.prefix}:{chat_id}:log"

    async def append(self, chat_id: str, items: Sequence[dict[str, Any]]) -> list[int]:
        payloads = [json.dumps(item, ensure_ascii=False) for item in items]
        seqs = await self._append(
            keys=[*self._keys(chat_id), self._channel],
            args=[self.per_chat, self.ttl, secrets.token_hex(4), chat_id, *payloads],
        )
        return [int(seq) for seq in seqs]

    async def _meta(self, chat_id: str) -> tuple[str, int]:
        epoch, seq = await self.redis.hmget(self._keys(chat_id)[0], ["epoch", "seq"])
        return (_text(epoch) if epoch else ""), int(seq or 0)

    async def read(self, chat_id: str, *, after: int, limit: int = 100) -> Batch:
        epoch, _ = await self._meta(chat_id)
        rows = await self.redis.xrange(self._keys(chat_id)[1], min=f"({after}-0", max="+", count=limit) or []
        return Batch(epoch, [_entry(entry_id, fields) for entry_id, fields in rows if entry_id and fields])

    async def wait(self, chat_id: str, *, epoch: str, after: int, block: float) -> None:
        if self._listener is None or self._listener.done():
            self._listener = asyncio.create_task(self._listen())
        with self._waiters.watching(chat_id) as changed:
            # Looked at once the subscriber listens: a change before is seen here, one after wakes `changed`.
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._listening.wait(), block)
            current, seq = await self._meta(chat_id)
            if current != epoch or seq > after:
                return
            await _until(changed, block)

    async def forget(self, chat_id: str) -> None:
        async with self.redis.pipeline(transaction=True) as pipe:
            await pipe.delete(*self._keys(chat_id))  # queued: awaiting a pipeline's command gives the pipeline
            await pipe.publish(self._channel, chat_id)
            await pipe.execute()

    async def _listen(self) -> None:
        """The process's one subscriber: wakes the waiters of each chat that changed; resubscribes after a loss."""
        pause = 0.5
        while True:
            try:
                async with self.redis.pubsub(ignore_subscribe_messages=True) as pubsub:
                    await pubsub.subscribe(self._channel)
                    self._listening.set()
                    self._waiters.wake_all()  # what changed while nobody listened is looked at again
                    pause = 0.5
                    async for message in pubsub.listen():
                        if message.get("type") == "message":
                            self._waiters.wake(_text(message["data"]))
            except with_redis_errors(OSError) as exc:
                log.warning("web chat mailbox subscriber lost Redis: %s", type(exc).__name__)
            self._listening.clear()
            self._waiters.wake_all()  # each waiter looks for itself, and its page reconnects if Redis is down
            await asyncio.sleep(pause)
            pause = min(pause * 2, 10.0)

    async def close(self) -> None:
        if self._listener is not None:
            self._listener.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._listener
        await self.redis.aclose()


def _text(value: str | bytes) -> str:
    return value.decode() if isinstance(value, bytes) else value


def _entry(entry_id: str | bytes, fields: dict[Any, Any]) -> Entry:
    payload = fields[b"e"] if b"e" in fields else fields["e"]
    return Entry(int(_text(entry_id).split("-", 1)[0]), json.loads(payload))


def make_mailbox(redis_url: str | None, db: Database, channel: str) -> Mailbox:
    """The database's mailbox (the embedded mode), or the Redis one over a bounded pool (the scaled mode)."""
    if not redis_url:
        return DatabaseMailbox(db, channel)
    return redis_mailbox(redis_url)


def redis_mailbox(redis_url: str) -> RedisMailbox:
    """The scaled mode's mailbox in Redis, over a bounded pool of connections."""
    from redis.asyncio import BlockingConnectionPool, Redis

    pool = BlockingConnectionPool.from_url(redis_url, max_connections=POOL_SIZE, timeout=POOL_TIMEOUT)
    return RedisMailbox(Redis.from_pool(pool))
