"""The delivery worker: claims due outbox rows, paces them per bot and per chat, sends each at most once."""

import asyncio
import contextlib
import logging
import socket
from collections.abc import Coroutine, Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta

from core import heap
from core.contacts import service as people
from core.db import AnyRow, Database
from core.delivery.errors import RetryLater, Undeliverable, Unreachable
from core.delivery.journal import Journal, Outcome, away, pause
from core.delivery.render import render
from core.delivery.schemas import Rendered, Sender
from core.files.service import FileStore
from core.i18n import Translator
from core.outbox import service as outbox
from core.ratelimit import Pacer
from core.redis_errors import with_redis_errors

log = logging.getLogger(__name__)

# A row claimed longer than this and not sent was left by a worker that died: any worker may send it. A live
# worker holds a claim only while it paces its batch (seconds), and never sends a row taken back meanwhile.
RELEASE_AFTER = timedelta(seconds=30)
# A row `sending` longer than this was left by a worker that died with its request out: parked, never resent.
ABANDONED_AFTER = timedelta(minutes=2)
CONCURRENCY = 64  # sends in flight at once, at most: so also the most rows a killed worker leaves uncertain
PACER_AWAY_RETRY = 5.0  # seconds before a row whose pacing failed is tried again
RECOVER_EVERY = 30.0  # seconds between two looks for rows a dead worker left behind
# The shortest wait for the bot's budget: at 1,000/s a wake per token cost ~0.05 ms of CPU per send more.
# The bot's bucket holds more than this earns (core.ratelimit.BURST_SECONDS), so nothing is lost by it.
PACE_TICK = 0.002


@dataclass(frozen=True)
class _Ready:
    """A row that can be sent: its sender, its platform's pacer, the message and the chat it goes to."""

    sender: Sender
    pacer: Pacer
    message: Rendered
    chat_id: str


class _Turn:
    """A send's place among the sends to its chat: when its budget was reserved, and when its request went out.

    Marking a row in flight puts a commit between its reservation and its request: a send whose commit was quicker
    than the one before it to the same chat would arrive early, and be refused (429). So a send goes no sooner after
    the previous one than its reservation came after theirs. Only sends reserved within a second of each other
    (the per-chat budget's scale) are held to it, so a slow commit long ago delays nobody.
    """

    def __init__(self, loop: asyncio.AbstractEventLoop, before: "_Turn | None") -> None:
        self._loop, self.before = loop, before
        self.reserved = loop.time()
        self.out: asyncio.Future[float | None] = loop.create_future()  # the time of the request; None: never made

    async def keep_spacing(self) -> None:
        before = self.before
        if before is None or self.reserved - before.reserved > 1.0:
            return
        went = await asyncio.shield(before.out)
        if went is not None and (due := went + (self.reserved - before.reserved) - self._loop.time()) > 0:
            await asyncio.sleep(due)

    def went_out(self, going: bool) -> None:
        """Its request goes now (or never): the next send to the chat may go."""
        if not self.out.done():
            self.out.set_result(self._loop.time() if going else None)
        self.before = None


class DeliveryWorker:
    """Claims due outbox rows, paces them per bot and per chat, sends each at most once.

    A batch is claimed (`claimed`); each row is marked `sending` just before its request goes out and its
    outcome written as soon as it is known (core.delivery.journal). If the process is killed, only the rows
    whose request was out cannot be known to be sent or not, since Telegram has no idempotency key: at most
    `concurrency` of them. They are never resent automatically; `recover` parks them for staff, and gives the
    rest of the dead worker's claims back to be sent.
    """

    def __init__(
        self,
        *,
        db: Database,
        translator: Translator,
        senders: Mapping[str, Sender],
        pacers: Mapping[str, Pacer],
        batch: int = 50,
        concurrency: int = CONCURRENCY,
        name: str | None = None,
        fallback_order: Sequence[str] = (),
        files: FileStore | None = None,
    ) -> None:
        self.db, self.translator, self.senders, self.pacers = db, translator, senders, pacers
        self.files = files  # where the files staff attach to replies are stored
        self.batch, self.name = batch, name or f"{socket.gethostname()}:{id(self):x}"
        self._slots = asyncio.Semaphore(concurrency)
        self._turn = asyncio.Lock()
        self._journal = Journal(db, self.name, fallback_order)
        self._turns: dict[str, _Turn] = {}  # each chat's latest send
        self._queued: dict[str, asyncio.Task[None]] = {}  # each chat's latest row under way, in either batch

    async def run(self, *, idle_poll: float = 1.0, stop: asyncio.Event | None = None) -> None:
        """Delivers until stopped; looks again after `idle_poll` seconds when nothing is due.

        Nothing wakes the worker when a row is queued: an idle look is one indexed query (about 1 ms of CPU),
        and a notification a second late is not late for the person (README, "How delivery finds its work").

        Two batches are under way at a time, so one is being sent while the other is claimed or marked:
        with one, the budget that refilled while the database worked went unused.
        """
        stop = stop or asyncio.Event()
        failures = 0
        while not stop.is_set():
            try:
                await self.recover()
                break
            except away() as exc:
                failures += 1
                log.warning("delivery waiting for the database: %s (%d in a row)", type(exc).__name__, failures)
                await pause(failures, stop)
        # What exists by now (the libraries' classes and models) lives as long as the process: keep it out of
        # full garbage collections, which stopped the event loop for 200 ms every few seconds at 1,000/s.
        heap.settle()
        await asyncio.gather(self._lane(idle_poll, stop), self._lane(idle_poll, stop), self._recovering(stop))

    async def _recovering(self, stop: asyncio.Event, every: float = RECOVER_EVERY) -> None:
        """Recovers, now and then, what another worker left behind when it died while this one runs on."""
        while not stop.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=every)
            if stop.is_set():
                return
            try:
                if parked := await self.recover():
                    log.warning("parked %d rows a stopped worker left unconfirmed", parked)
            except away() as exc:
                log.warning("recovery skipped: %s", type(exc).__name__)

    async def _lane(self, idle_poll: float, stop: asyncio.Event) -> None:
        failures = 0
        while not stop.is_set():
            try:
                handled = await self.deliver_due()
                failures = 0
            except away() as exc:  # the database or Redis is away: wait and try again, never exit
                failures += 1
                log.warning("delivery paused: %s (%d in a row)", type(exc).__name__, failures)
                await pause(failures, stop)
                continue
            if handled == 0:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), timeout=idle_poll)

    async def recover(self) -> int:
        """Gives back the rows a dead worker had claimed and not sent; parks those it was sending. How many parked."""
        async with self.db.transaction() as session:
            if released := await outbox.release_abandoned(session=session, older_than=RELEASE_AFTER):
                log.warning("gave back %d rows a stopped worker had claimed and not sent", released)
            return await outbox.park_abandoned(session=session, older_than=ABANDONED_AFTER)

    async def deliver_due(self) -> int:
        """Sends one batch of due rows, writing each outcome as it comes; returns how many rows it handled."""
        async with self.db.transaction() as session:
            items = await outbox.claim_due(
                session=session, worker=self.name, limit=self.batch, channels=list(self.senders)
            )
            if not items:
                return 0
            contacts = await people.delivery_targets(session=session, contact_ids={i.contact_id for i in items})
        await self._send_batch(items, contacts)
        return len(items)

    async def _send_batch(self, items: list[AnyRow], contacts: Mapping[int, AnyRow]) -> None:
        """Sends the batch: the rows take the budget in order, each sent while the next one waits for it.

        One coroutine paces the batch, not a task per row queueing for the budget: a row costs one reservation
        and at most one timer (CPU per row was the limit at 1,000/s). Up to `concurrency` sends are in flight;
        a row whose chat must wait under a second waits in a task of its own, holding nobody up. Each row's
        outcome is written as soon as it is known; a row stopped before it went out stays claimed.

        A person reads their messages in the order they were queued: a row whose chat has an earlier row under
        way (in this batch or the other one) waits for that row's outcome, and a row whose chat was put off is
        put off as long, after it. Without this, two rows waiting out the same chat's second raced for it, and
        "approved: your question was answered" could arrive before the answer.
        """
        running: list[asyncio.Task[None]] = []
        put_off: dict[str, float] = {}  # chats whose earlier row in this batch comes back later, and when

        async def send(item: AnyRow, contact: AnyRow, ready: _Ready, turn: _Turn) -> None:
            try:  # the slot is held until the outcome is written: at most `concurrency` rows are uncertain
                outcome = await self._send(ready.sender, ready.chat_id, ready.message, item.id, turn)
                if outcome is not None:
                    await self._journal.outcome(item, contact, outcome)
            finally:
                self._slots.release()

        async def deliver(item: AnyRow, contact: AnyRow, wait: float) -> None:
            await asyncio.sleep(wait)
            await self._deliver(item, contact)

        async def after(before: asyncio.Task[None], item: AnyRow, contact: AnyRow) -> None:
            await asyncio.wait([before])  # its outcome, whatever it is, is written first
            await self._deliver(item, contact)

        try:
            for item in items:
                contact = contacts[item.contact_id]
                ready = self._prepare(item, contact)
                if not isinstance(ready, _Ready):
                    await self._journal.outcome(item, contact, ready)
                    continue
                if ready.chat_id in put_off:
                    await self._journal.outcome(item, contact, ("later", put_off[ready.chat_id]))
                    continue
                if (before := self._queued.get(ready.chat_id)) is not None:
                    running.append(self._in_line(ready.chat_id, after(before, item, contact)))
                    continue
                await self._slots.acquire()
                try:
                    wait = await self._pace(ready.pacer, ready.chat_id, chat_in_line=False)
                except with_redis_errors(OSError) as exc:  # the shared budget is unreachable: not sent, try later
                    self._slots.release()
                    log.warning("pacer unavailable: %s", type(exc).__name__)
                    await self._journal.outcome(item, contact, ("later", PACER_AWAY_RETRY))
                    continue
                except BaseException:
                    self._slots.release()
                    raise
                if wait <= 0:
                    turn = self._turn_of(ready.chat_id)
                    running.append(self._in_line(ready.chat_id, send(item, contact, ready, turn)))
                    continue
                self._slots.release()
                if wait > 1.0:  # this chat is busy: come back later
                    put_off[ready.chat_id] = wait
                    await self._journal.outcome(item, contact, ("later", wait))
                else:
                    running.append(self._in_line(ready.chat_id, deliver(item, contact, wait)))
            await asyncio.gather(*running)
        except BaseException:  # stopped (or killed) mid-batch: what is under way stops too
            for task in running:
                task.cancel()
            raise

    def _prepare(self, item: AnyRow, contact: AnyRow) -> Outcome | _Ready:
        """The outcome of a row that cannot be sent, or what sends one that can."""
        if contact.blocked or contact.erased_at is not None:
            return "unreachable", "the person blocked the bot or asked to be forgotten"
        sender, pacer = self.senders.get(item.channel), self.pacers.get(item.channel)
        if sender is None or pacer is None:
            return "dead", f"no sender for channel {item.channel!r}"
        try:
            # A code sent to a number being verified goes to that number, not to the chat the person wrote from.
            chat_id = item.payload.get("to") or contact.chat_id
            return _Ready(sender, pacer, render(item, contact, self.translator, self.files), chat_id)
        except (Undeliverable, KeyError) as exc:
            return "dead", str(exc)

    async def _deliver(self, item: AnyRow, contact: AnyRow) -> None:
        """One row on its own: prepared, paced (waiting out its chat's budget), sent, and its outcome written."""
        ready = self._prepare(item, contact)
        if not isinstance(ready, _Ready):
            await self._journal.outcome(item, contact, ready)
            return
        async with self._slots:  # held until the outcome is written: at most `concurrency` rows are uncertain
            outcome: Outcome | None
            try:
                wait = await self._pace(ready.pacer, ready.chat_id)
            except with_redis_errors(OSError) as exc:  # the shared budget is unreachable: not sent, try later
                log.warning("pacer unavailable: %s", type(exc).__name__)
                wait = PACER_AWAY_RETRY
            if wait > 0:  # this chat is busy: come back later
                outcome = "later", wait
            else:
                turn = self._turn_of(ready.chat_id)
                outcome = await self._send(ready.sender, ready.chat_id, ready.message, item.id, turn)
            if outcome is not None:
                await self._journal.outcome(item, contact, outcome)

    async def _send(self, sender: Sender, chat_id: str, message: Rendered, item_id: int, turn: _Turn) -> Outcome | None:
        """Marks a row whose budget is reserved (`turn`) `sending`, sends it and returns its outcome.

        None when the row is no longer this worker's (given back while it waited).
        """
        going = False
        try:
            if not await self._journal.going_out(item_id):
                return None
            await turn.keep_spacing()
            going = True
        finally:
            turn.went_out(going)
        try:
            return "sent", await sender.send(chat_id=chat_id, message=message)
        except RetryLater as exc:
            return "retry", exc
        except Unreachable as exc:
            return "unreachable", str(exc)
        except Undeliverable as exc:
            return "dead", str(exc)
        except Exception as exc:  # an unknown failure of a platform client is retried, never lost
            log.exception("send failed for outbox row %s", item_id)
            return "retry", RetryLater(f"{type(exc).__name__}: {exc}")

    def _in_line(self, chat_id: str, sending: Coroutine[None, None, None]) -> asyncio.Task[None]:
        """Starts a row's sending as its chat's latest row under way: the chat's next row waits for it."""
        task = asyncio.create_task(sending)
        self._queued[chat_id] = task

        def done(finished: asyncio.Task[None]) -> None:
            if self._queued.get(chat_id) is finished:
                del self._queued[chat_id]

        task.add_done_callback(done)
        return task

    def _turn_of(self, chat_id: str) -> "_Turn":
        """A send to this chat whose budget was just reserved, after the chat's previous one."""
        turn = _Turn(asyncio.get_running_loop(), self._turns.get(chat_id))
        self._turns[chat_id] = turn
        if len(self._turns) > 10_000:  # forget the chats nothing was reserved for in the last second
            self._turns = {chat: t for chat, t in self._turns.items() if t.reserved > turn.reserved - 1.0}
        return turn

    async def _pace(self, pacer: Pacer, chat_id: str, *, chat_in_line: bool = True) -> float:
        """Waits for the budgets and returns 0 with a send reserved, or the wait when this chat's is over a second.

        Waits for the bot's budget (at most one token's time) are taken in turn, so each token wakes one
        sender instead of every one of them, and last at least PACE_TICK, so a wake finds a few tokens instead
        of one; a chat's own wait is slept out of line, holding nobody up. With `chat_in_line` False, a chat's
        wait is returned at once, whatever its length.
        """
        limits = getattr(pacer, "limits", None)
        in_line = 1 / limits.global_rate if limits else 0.05
        while True:
            async with self._turn:
                wait = await pacer.reserve(chat_id)
                while 0 < wait <= in_line:
                    await asyncio.sleep(max(wait, PACE_TICK))
                    wait = await pacer.reserve(chat_id)
            if wait <= 0 or wait > 1.0 or not chat_in_line:
                return wait
            await asyncio.sleep(wait)
