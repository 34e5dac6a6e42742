"""The delivery worker against the fake Bot API with the real aiogram and python-telegram-bot clients.

Every outbox row is reached exactly once, or parked as dead for staff when nobody can know whether it was;
the pacer keeps the fake's flood limits from ever answering 429.
"""

import asyncio
import socket
import time
import uuid
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from pydantic import SecretStr
from redis.asyncio import Redis
from sqlalchemy import select, update

from bot.telegram.channel import build_runtime
from bot.telegram.updates import TelegramRuntime
from core.contacts.models import Contact
from core.db import Database, utcnow
from core.delivery.errors import RetryLater, Undeliverable
from core.delivery.schemas import Rendered
from core.delivery.worker import DeliveryWorker
from core.i18n import Translator
from core.outbox import service as outbox
from core.outbox.models import OutboxItem
from core.ratelimit import Limits, MemoryPacer, RedisPacer
from core.requests import service as requests
from core.requests.models import Message
from core.requests.statuses import Actor, Status
from core.settings import Settings
from tests import factories
from tests.conftest import TEST_SECRET
from tests.fakes.telegram_api import FakeTelegram
from tests.fakes.telegram_api import Limits as FakeLimits
from tests.test_fake_telegram import PlainHttpSession

RUNTIMES = ["aiogram", "ptb"]
REDIS_URL = "redis://127.0.0.1:6379/0"


class NoConversations:
    """The runtimes need an engine for updates; the delivery worker never feeds them any."""

    async def handle(self, inbound):
        raise AssertionError("the delivery tests push no updates")

    def menu_labels(self, locale: str) -> list:
        return []


def fast_limits(per_second: int = 1000, per_chat_per_second: float = 1000) -> tuple[FakeLimits, Limits]:
    """The same limits for the fake (which answers 429 past them) and for the worker's pacer, high for speed."""
    return (
        FakeLimits(global_per_second=per_second, per_chat_per_second=per_chat_per_second, per_chat_burst=1),
        Limits(per_second=per_second, per_chat_per_second=per_chat_per_second, per_chat_burst=1),
    )


async def telegram_runtime(kind: str, fake: FakeTelegram, tmp_path: Path) -> TelegramRuntime:
    """A started runtime of this kind on the fake, its token checked as at start-up: the worker's sender."""
    settings = Settings(
        data_dir=tmp_path / "data",
        secret_key=TEST_SECRET,
        telegram_token=SecretStr(fake.token),
        telegram_api_url=fake.base_url,
        telegram_runtime=kind,
    )
    runtime = build_runtime(
        settings,
        conversations=NoConversations(),
        translator=Translator(["tr"], "tr"),
        aiogram_session_class=PlainHttpSession,
    )
    await runtime.me()
    return runtime


def make_worker(db: Database, sender, pacer, *, name: str, batch: int = 100, concurrency: int = 64) -> DeliveryWorker:
    return DeliveryWorker(
        db=db,
        translator=Translator(["tr"], "tr"),
        senders={"telegram": sender},
        pacers={"telegram": pacer},
        batch=batch,
        concurrency=concurrency,
        name=name,
    )


def text_for(round_: int, contact: Contact) -> str:
    return f"Duyuru {round_}: su kesintisi yarın 09:00-12:00 (kişi {contact.id})"


async def seed(db: Database, *, chats: int, per_chat: int) -> list[Contact]:
    """`per_chat` announcements to each of `chats` Telegram contacts, one announcement to everybody at a time."""
    async with db.transaction() as session:
        contacts = [await factories.contact(session) for _ in range(chats)]
        await session.flush()
        for round_ in range(per_chat):
            for contact in contacts:
                outbox.enqueue(
                    session=session,
                    contact_id=contact.id,
                    channel="telegram",
                    kind="announcement",
                    payload={"texts": {"tr": text_for(round_, contact)}},
                )
    return contacts


async def outbox_rows(db: Database) -> list[OutboxItem]:
    async with db.transaction() as session:
        return list((await session.execute(select(OutboxItem).order_by(OutboxItem.id))).scalars())


async def drain(worker: DeliveryWorker) -> int:
    """Delivers batch after batch until nothing is due; returns how many rows it handled."""
    handled = 0
    while n := await worker.deliver_due():
        handled += n
    return handled


def received(fake: FakeTelegram) -> Counter[str]:
    """How many times the fake accepted each text."""
    return Counter(sent.text for sent in fake.sent if sent.method == "sendMessage")


def row_text(row: OutboxItem) -> str:
    return row.payload["texts"]["tr"]


async def run_until_sent(worker: DeliveryWorker, fake: FakeTelegram, n: int) -> None:
    """Runs the worker as in production until the fake has accepted n messages, then stops it (it marks first)."""
    stop = asyncio.Event()
    running = asyncio.create_task(worker.run(stop=stop, idle_poll=0.05))
    try:
        await fake.wait_for_sent(n, timeout=60)
    finally:
        stop.set()
        await running


# aiogram only: python-telegram-bot's client costs about four times its CPU per send, and 2,000 of them
# would take the test past a few seconds; it is driven through every scenario below.
async def test_2000_notifications_to_500_chats_arrive_once_each_without_a_429(db, tmp_path):
    fake_limits, limits = fast_limits()
    contacts = await seed(db, chats=500, per_chat=4)
    async with FakeTelegram(limits=fake_limits) as fake:
        runtime = await telegram_runtime("aiogram", fake, tmp_path)
        try:
            await run_until_sent(make_worker(db, runtime, MemoryPacer(limits), name="w1", batch=250), fake, 2000)
        finally:
            await runtime.close()

    rows = await outbox_rows(db)
    counts = received(fake)
    chat_of = {c.id: int(c.chat_id) for c in contacts}
    by_text = {s.text: s for s in fake.sent}
    assert len(rows) == 2000
    assert fake.too_many_requests == 0
    assert [r.id for r in rows if r.state != "sent"] == []
    assert all(counts[row_text(r)] == 1 for r in rows), "every notification arrived exactly once"
    assert sum(counts.values()) == 2000, "and nothing else arrived"
    for row in rows:
        sent = by_text[row_text(row)]
        assert (sent.chat_id, str(sent.message_id)) == (chat_of[row.contact_id], row.platform_message_id)
        assert row.attempts == 1 and row.sent_at is not None
    assert len({s.chat_id for s in fake.sent}) == 500


class CrashAfter:
    """Wraps a sender; after `n` sends the platform accepted, kills the worker before it can mark the next one."""

    def __init__(self, sender, n: int) -> None:
        self.sender, self.n = sender, n
        self.accepted: list[str] = []
        self.task: asyncio.Task | None = None
        self.crashed = asyncio.Event()

    async def send(self, *, chat_id: str, message: Rendered) -> str:
        message_id = await self.sender.send(chat_id=chat_id, message=message)
        self.accepted.append(message.text)
        if len(self.accepted) >= self.n:
            assert self.task is not None
            self.crashed.set()
            self.task.cancel()  # the process dies here: Telegram has the message, the database does not know
            await asyncio.Event().wait()
        return message_id


async def crash_first_worker(kind, db, fake, tmp_path, limits: Limits, *, concurrency: int = 64) -> CrashAfter:
    """Drains 100 chats' rows in batches of 50 with a worker that dies 130 sends in (30 into the third batch)."""
    runtime = await telegram_runtime(kind, fake, tmp_path)
    crashing = CrashAfter(runtime, n=130)
    first = make_worker(db, crashing, MemoryPacer(limits), name="first", batch=50, concurrency=concurrency)
    crashing.task = asyncio.create_task(drain(first))
    with pytest.raises(asyncio.CancelledError):
        await crashing.task
    await runtime.close()
    assert crashing.crashed.is_set()
    return crashing


async def take_over(kind, db, fake, tmp_path, limits: Limits) -> tuple[list[int], int]:
    """A second worker starts once the dead one's grace is over (back-dated, not waited out), recovers and drains.

    Returns the ids of the rows left `sending` (their request was out) and how many rows the recovery parked.
    """
    async with db.transaction() as session:
        await session.execute(
            update(OutboxItem)
            .where(OutboxItem.state.in_(["claimed", "sending"]))
            .values(claimed_at=utcnow() - timedelta(minutes=3))
        )
    left = [r.id for r in await outbox_rows(db) if r.state == "sending"]
    runtime = await telegram_runtime(kind, fake, tmp_path)
    try:
        second = make_worker(db, runtime, MemoryPacer(limits), name="second", batch=50)
        parked = await second.recover()
        await drain(second)
    finally:
        await runtime.close()
    return left, parked


@pytest.mark.parametrize("kind", RUNTIMES)
async def test_a_worker_killed_between_send_and_mark_loses_nothing_and_doubles_nothing(kind, db, tmp_path):
    fake_limits, limits = fast_limits()
    await seed(db, chats=100, per_chat=3)
    async with FakeTelegram(limits=fake_limits) as fake:
        crashing = await crash_first_worker(kind, db, fake, tmp_path, limits)
        left, parked = await take_over(kind, db, fake, tmp_path, limits)
        assert left, "the crash left rows whose request was out"
        assert parked == len(left)

    rows = await outbox_rows(db)
    counts = received(fake)
    dead = [r for r in rows if r.state == "dead"]
    assert {r.id for r in dead} == set(left), "exactly the uncertain rows are parked"
    assert all(r.last_error.startswith("uncertain:") for r in dead)
    assert all(r.state == "sent" for r in rows if r.id not in {d.id for d in dead}), "nothing else is lost"
    assert max(counts.values()) == 1, "nothing was sent twice"
    assert all(counts[row_text(r)] == 1 for r in rows if r.state == "sent")
    assert crashing.accepted[-1] in {row_text(r) for r in dead}, "the row Telegram had when the worker died is parked"
    assert set(counts) <= {row_text(r) for r in rows}
    assert fake.too_many_requests == 0

    async with db.transaction() as session:
        parked = await outbox.list_by_state(session=session, state="dead", limit=1000)
    assert [r.id for r in parked] == [r.id for r in dead], "staff see them"


@pytest.mark.parametrize("kind", RUNTIMES)
async def test_a_worker_killed_mid_batch_parks_only_its_sends_in_flight_and_the_rest_go_out(kind, db, tmp_path):
    """Finding 13.10: of a batch claimed, only rows whose request was out can be uncertain; the rest are sent."""
    fake_limits, limits = fast_limits()
    await seed(db, chats=100, per_chat=3)
    async with FakeTelegram(limits=fake_limits) as fake:
        crashing = await crash_first_worker(kind, db, fake, tmp_path, limits, concurrency=4)  # 20 of a batch unsent
        await take_over(kind, db, fake, tmp_path, limits)

    rows = await outbox_rows(db)
    counts = received(fake)
    dead = [r for r in rows if r.state == "dead"]
    assert max(counts.values()) == 1, "nothing was sent twice"
    assert all(r.last_error.startswith("uncertain:") for r in dead)
    assert 1 <= len(dead) <= 4, "only the sends in flight (at most the worker's 4) are uncertain"
    assert crashing.accepted[-1] in {row_text(r) for r in dead}
    assert all(r.state == "sent" and counts[row_text(r)] == 1 for r in rows if r not in dead), "the rest went out"


@pytest.mark.postgres
@pytest.mark.redis
@pytest.mark.parametrize("kind", RUNTIMES)
@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
async def test_two_workers_on_one_database_and_one_redis_share_the_budget(kind, db, tmp_path):
    # 300/s for the bot: 600 rows take two seconds together; either worker alone would use nearly all of it, so two
    # that did not share the budget would send at twice the rate. The fake allows a tenth more: each row is marked
    # `sending` (a commit) between taking its budget and its request, and on a loaded machine commits that vary by
    # more than the pacer's margin (about 25 ms, core.ratelimit) bunch arrivals into one second (1 to 3
    # 429s in 600, in two of six fresh-clone CI runs).
    _, limits = fast_limits(per_second=300)
    fake_limits, _ = fast_limits(per_second=330)
    await seed(db, chats=200, per_chat=3)
    prefix = f"test:pace:{uuid.uuid4().hex}"
    other_db = Database(db.url, vault=db.vault)  # a second process has its own connection pool
    redis = [Redis.from_url(REDIS_URL), Redis.from_url(REDIS_URL)]
    async with FakeTelegram(limits=fake_limits) as fake:
        runtimes = [await telegram_runtime(kind, fake, tmp_path), await telegram_runtime(kind, fake, tmp_path)]
        workers = [
            make_worker(database, runtime, RedisPacer(client, limits, prefix=prefix), name=name, batch=50)
            for database, runtime, client, name in zip([db, other_db], runtimes, redis, ["left", "right"], strict=True)
        ]
        try:
            await asyncio.gather(*(run_until_sent(worker, fake, 600) for worker in workers))
        finally:
            for runtime in runtimes:
                await runtime.close()
            for client in redis:
                await client.aclose()
            await other_db.dispose()

    rows = await outbox_rows(db)
    counts = received(fake)
    by_worker = Counter(r.claimed_by for r in rows)
    assert len(rows) == 600
    assert fake.too_many_requests == 0
    assert set(by_worker) == {"left", "right"}, f"both workers took part: {by_worker}"
    assert all(r.state == "sent" and r.attempts == 1 and r.platform_message_id for r in rows)
    assert all(counts[row_text(r)] == 1 for r in rows) and sum(counts.values()) == 600


@pytest.mark.parametrize("kind", RUNTIMES)
async def test_a_blocked_chat_fails_for_good_and_others_are_unaffected(kind, db, tmp_path):
    fake_limits, limits = fast_limits()
    contacts = await seed(db, chats=20, per_chat=3)
    blocked = contacts[7]
    async with FakeTelegram(limits=fake_limits) as fake:
        fake.block(int(blocked.chat_id))
        runtime = await telegram_runtime(kind, fake, tmp_path)
        try:
            await drain(make_worker(db, runtime, MemoryPacer(limits), name="w1", batch=20))
        finally:
            await runtime.close()

    rows = await outbox_rows(db)
    async with db.transaction() as session:
        person = await session.get(Contact, blocked.id)
    theirs = [r for r in rows if r.contact_id == blocked.id]
    assert person.blocked and person.blocked_at is not None
    assert [r.state for r in theirs] == ["dead"] * 3
    assert all(r.last_error.startswith("unreachable:") and "blocked" in r.last_error for r in theirs)
    assert all(r.state == "sent" for r in rows if r.contact_id != blocked.id)
    assert received(fake) == Counter({row_text(r): 1 for r in rows if r.contact_id != blocked.id})
    assert len([c for c in fake.calls_to("sendMessage") if c.status == 403]) == 1, "no more tries once it is known"
    assert fake.too_many_requests == 0


@pytest.mark.parametrize("kind", RUNTIMES)
async def test_a_429_for_one_chat_delays_only_that_chat(kind, db, tmp_path):
    # Telegram's own per-chat rule, one a second; the budget for the bot stays high for the test's speed.
    fake_limits, limits = fast_limits(per_chat_per_second=1)
    contacts = await seed(db, chats=100, per_chat=1)
    busy = contacts[42]
    # The fake's clock stands still until the test moves it: the worker's first send meets the per-chat second
    # however slowly the machine runs, and the retry finds it passed.
    clock = [time.monotonic()]
    async with FakeTelegram(limits=fake_limits, clock=lambda: clock[0]) as fake:
        # The bot answered this person a moment ago outside the worker's pacer (another process, say):
        # the worker's first send to them meets Telegram's 429.
        direct = await telegram_runtime(kind, fake, tmp_path)
        await direct.send_text(busy.chat_id, "Az önce yazdığınız mesaja cevap.")
        await direct.close()

        runtime = await telegram_runtime(kind, fake, tmp_path)
        worker = make_worker(db, runtime, MemoryPacer(limits), name="w1", batch=200)
        try:
            before = utcnow()
            assert await worker.deliver_due() == 100
            rows = {r.contact_id: r for r in await outbox_rows(db)}
            late = rows[busy.id]
            assert late.state == "pending" and "retry" in late.last_error.lower()
            assert late.next_attempt_at >= before + timedelta(seconds=1), "retry_after is honoured"
            assert all(r.state == "sent" for contact_id, r in rows.items() if contact_id != busy.id), "nobody waited"
            assert fake.too_many_requests == 1

            clock[0] += 1  # Telegram's second for that chat has passed
            stop = asyncio.Event()
            running = asyncio.create_task(worker.run(idle_poll=0.05, stop=stop))
            try:
                await fake.wait_for_sent(2, chat_id=int(busy.chat_id))
            finally:
                stop.set()
                await running
        finally:
            await runtime.close()

    rows = {r.contact_id: r for r in await outbox_rows(db)}
    assert rows[busy.id].state == "sent" and rows[busy.id].attempts == 2
    assert fake.too_many_requests == 1, "the retry waited as told"
    assert [s.text for s in fake.sent_to(int(busy.chat_id))] == [
        "Az önce yazdığınız mesaja cevap.",
        row_text(rows[busy.id]),
    ]
    assert received(fake)[row_text(rows[busy.id])] == 1
    assert all(r.state == "sent" for r in rows.values())


class _Recording:
    """A sender that records what it was asked to send."""

    def __init__(self) -> None:
        self.sent: list[str] = []

    async def send(self, *, chat_id: str, message: Rendered) -> str:
        self.sent.append(chat_id)
        return str(len(self.sent))


async def test_redis_away_leaves_rows_waiting_and_the_worker_running(ctx):
    async with ctx.db.transaction() as session:
        person = await factories.contact(session)
        outbox.enqueue(
            session=session,
            contact_id=person.id,
            channel="telegram",
            kind="announcement",
            payload={"texts": {"tr": "Duyuru"}, "fallback": None},
        )
    gone = Redis.from_url("redis://127.0.0.1:1/0", socket_connect_timeout=0.2)
    sender = _Recording()
    worker = DeliveryWorker(
        db=ctx.db,
        translator=Translator(["tr"], "tr"),
        senders={"telegram": sender},
        pacers={"telegram": RedisPacer(gone, Limits(), prefix="test:away")},
    )
    assert await worker.deliver_due() == 1
    async with ctx.db.transaction() as session:
        [row] = (await session.execute(select(OutboxItem))).scalars().all()
        assert row.state == "pending" and row.attempts == 0 and sender.sent == []
        assert row.next_attempt_at > utcnow() + timedelta(seconds=3)
    await gone.aclose()

    # Back, the same row goes out once.
    worker.pacers = {"telegram": MemoryPacer(Limits())}
    async with ctx.db.transaction() as session:
        await session.execute(update(OutboxItem).values(next_attempt_at=utcnow()))
    assert await worker.deliver_due() == 1 and sender.sent == [person.chat_id]


async def test_a_database_away_at_start_is_waited_out_instead_of_ending_the_worker(ctx):
    stop = asyncio.Event()

    class AwayOnce(DeliveryWorker):
        calls = 0

        async def recover(self) -> int:
            self.calls += 1
            if self.calls == 1:
                raise OSError("connection refused")
            stop.set()  # back: the worker carries on (and is stopped here)
            return 0

    worker = AwayOnce(db=ctx.db, translator=Translator(["tr"], "tr"), senders={}, pacers={})
    await asyncio.wait_for(worker.run(stop=stop), 10)
    assert worker.calls == 2


async def test_a_staff_reply_sent_in_a_batch_marks_its_thread_message(ctx):
    async with ctx.db.transaction() as session:
        request = await factories.request(session, ctx.catalogue, ctx.vault)
        agent = await factories.agent(session)
        message = await requests.reply(session=session, request=request, staff_id=agent.id, text="Merhaba")
        await requests.change_status(session=session, request=request, to=Status.IN_REVIEW, actor=Actor.STAFF)
    sender = _Recording()  # both rows go to the same person: no per-chat limit here, so both go in one batch
    pacer = MemoryPacer(Limits(per_second=1000, per_chat_per_second=1000))
    worker = DeliveryWorker(
        db=ctx.db, translator=Translator(["tr"], "tr"), senders={"telegram": sender}, pacers={"telegram": pacer}
    )
    assert await worker.deliver_due() == 2
    async with ctx.db.transaction() as session:
        rows = (await session.execute(select(OutboxItem).order_by(OutboxItem.id))).scalars().all()
        stored = await session.get(Message, message.id)
    assert [(r.state, r.attempts, r.claimed_by) for r in rows] == [("sent", 1, worker.name)] * 2
    assert sorted(r.platform_message_id for r in rows) == ["1", "2"] and all(r.sent_at for r in rows)
    reply_row = next(r for r in rows if r.message_id == message.id)
    assert stored.delivery_state == "sent" and stored.platform_message_id == reply_row.platform_message_id


@pytest.mark.parametrize("kind", RUNTIMES)
async def test_a_chats_messages_due_within_a_second_wait_in_the_same_batch_and_arrive_in_order(kind, db, tmp_path):
    # Four a second per chat: each notice to a person waits a quarter second after the one before it, out of
    # everybody else's way, and they arrive in the order they were queued: a status change, a reply and a second
    # status change written within a second must not swap, or "approved: your question was answered" arrives
    # before the answer. The fake allows twice that pace: on a loaded machine two sends a quarter second apart
    # can arrive closer together (this failed once in CI so), and a worker that did not wait at all still meets
    # its 429.
    _, limits = fast_limits(per_chat_per_second=4)
    fake_limits, _ = fast_limits(per_chat_per_second=8)
    contacts = await seed(db, chats=3, per_chat=4)
    async with FakeTelegram(limits=fake_limits) as fake:
        runtime = await telegram_runtime(kind, fake, tmp_path)
        try:
            assert await make_worker(db, runtime, MemoryPacer(limits), name="w1", batch=20).deliver_due() == 12
        finally:
            await runtime.close()
    rows = await outbox_rows(db)
    assert [(r.state, r.attempts) for r in rows] == [("sent", 1)] * 12
    assert received(fake) == Counter({row_text(r): 1 for r in rows})
    for contact in contacts:
        queued = [row_text(r) for r in rows if r.contact_id == contact.id]
        assert [sent.text for sent in fake.sent_to(int(contact.chat_id))] == queued
    assert fake.too_many_requests == 0


async def test_a_persons_messages_split_over_the_workers_two_batches_still_arrive_in_order(db, tmp_path):
    # The worker's two lanes claim a batch each: the person's first two messages in one, the next two in the other.
    _, limits = fast_limits(per_chat_per_second=4)
    fake_limits, _ = fast_limits(per_chat_per_second=8)
    (person,) = await seed(db, chats=1, per_chat=4)
    async with FakeTelegram(limits=fake_limits) as fake:
        runtime = await telegram_runtime("aiogram", fake, tmp_path)
        try:
            worker = make_worker(db, runtime, MemoryPacer(limits), name="w1", batch=2)
            assert await asyncio.gather(worker.deliver_due(), worker.deliver_due()) == [2, 2]
        finally:
            await runtime.close()
    rows = await outbox_rows(db)
    assert [sent.text for sent in fake.sent_to(int(person.chat_id))] == [row_text(r) for r in rows]
    assert fake.too_many_requests == 0


def sender(tmp_path: Path, api_url: str, kind: str) -> TelegramRuntime:
    settings = Settings(
        data_dir=tmp_path / "data",
        secret_key=TEST_SECRET,
        telegram_token=SecretStr("123456:NOBODY"),
        telegram_api_url=api_url,
        telegram_runtime=kind,
    )
    return build_runtime(
        settings,
        conversations=NoConversations(),
        translator=Translator(["tr"], "tr"),
        aiogram_session_class=PlainHttpSession,
    )


@pytest.mark.parametrize("kind", ["aiogram", "ptb"])
async def test_a_bot_api_out_of_reach_is_retried_later(tmp_path, kind):
    # Nothing listens on this port: the connection is refused before any request is written.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    runtime = sender(tmp_path, f"http://127.0.0.1:{port}", kind)
    message = Rendered("Merhaba", "tr", "announcement", {}, None)
    try:
        with pytest.raises(RetryLater, match=r"ClientConnectorError|NetworkError"):
            await runtime.send(chat_id="7000000001", message=message)
    finally:
        await runtime.close()


@pytest.mark.parametrize("kind", ["aiogram", "ptb"])
async def test_a_send_cut_off_after_the_request_went_out_is_parked_not_resent(tmp_path, kind):
    """Telegram may have shown it: a row is sent at most once, so an unknown outcome is for staff to check."""
    requests_seen = []

    async def hang_up(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """Answers getMe (python-telegram-bot's start-up); takes any other request and closes without an answer."""
        while head := await reader.readuntil(b"\r\n\r\n"):
            if b"/getMe" not in head:
                requests_seen.append(head)
                break
            length = int(
                next(
                    (
                        line.split(b":")[1]
                        for line in head.split(b"\r\n")
                        if line.lower().startswith(b"content-length:")
                    ),
                    b"0",
                )
            )
            await reader.readexactly(length)
            body = b'{"ok":true,"result":{"id":123456,"is_bot":true,"first_name":"Test","username":"test_bot"}}'
            writer.write(
                b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                + str(len(body)).encode()
                + b"\r\n\r\n"
                + body
            )
            await writer.drain()
        writer.close()

    server = await asyncio.start_server(hang_up, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    runtime = sender(tmp_path, f"http://127.0.0.1:{port}", kind)
    message = Rendered("Merhaba", "tr", "announcement", {}, None)
    try:
        with pytest.raises(Undeliverable, match="uncertain"):
            await runtime.send(chat_id="7000000001", message=message)
    finally:
        await runtime.close()
        server.close()
        await server.wait_closed()
    assert len(requests_seen) == 1 and b"sendMessage" in requests_seen[0]
