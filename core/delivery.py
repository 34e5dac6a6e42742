"""The delivery worker: sends outbox rows once, in the contact's language, at the platform's pace."""

import asyncio
import contextlib
import gc
import logging
import random
import socket
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from redis.exceptions import RedisError
from sqlalchemy import Row, select, update
from sqlalchemy.exc import SQLAlchemyError

from core.contacts.models import Contact
from core.db import Database, utcnow
from core.i18n import Translator
from core.outbox import service as outbox
from core.outbox.models import OutboxItem
from core.ratelimit import Pacer
from core.references import format_reference

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 8


class SendError(Exception):
    """A send failed; the subclass says what to do about it."""


class RetryLater(SendError):
    """The platform asked to slow down (429) or failed for a while (5xx, network)."""

    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.retry_after = retry_after


class Unreachable(SendError):
    """The person blocked the bot or deleted their account: stop sending to them."""


class Undeliverable(SendError):
    """This message can never be sent as it is (bad request)."""


@dataclass(frozen=True)
class Rendered:
    """A notification ready to send: the full text, and what a template-only channel needs."""

    text: str
    locale: str
    kind: str  # status_changed | staff_reply | announcement
    params: Mapping[str, str]  # plain values for a template (reference, status name …)
    last_inbound_at: datetime | None  # when the person last wrote (WhatsApp's 24-hour window)


class Sender(Protocol):
    async def send(self, *, chat_id: str, message: Rendered) -> str:
        """Sends the message and returns the platform's message id, or raises a SendError."""
        ...


def render(item: OutboxItem | Row[Any], contact: Contact | Row[Any], translator: Translator) -> Rendered:
    """Renders a notification in the contact's language as it is now (they may have changed it)."""
    locale = translator.resolve(contact.language)
    payload: Mapping[str, Any] = item.payload
    params: dict[str, str] = {}
    if item.kind == "status_changed":
        params = {
            "reference": format_reference(payload["reference"]),
            "programme": translator.text(locale, f"programme-{payload['programme']}"),
            "status": translator.text(locale, f"status-{payload['status']}"),
        }
        text = translator.text(locale, "notify-status", **params)
        if payload.get("public_note"):
            text += "\n\n" + translator.text(locale, "notify-public-note", note=payload["public_note"])
    elif item.kind == "staff_reply":
        params = {"reference": format_reference(payload["reference"]), "text": payload["text"]}
        text = translator.text(locale, "notify-staff-reply", **params)
    elif item.kind == "announcement":
        texts: Mapping[str, str] = payload["texts"]
        text = texts.get(locale) or texts.get(payload.get("fallback") or "", "")
        if not text:
            raise Undeliverable(f"announcement has no text in {locale} and no fallback")
    else:
        raise Undeliverable(f"unknown notification kind {item.kind!r}")
    return Rendered(text, locale, item.kind, params, contact.last_inbound_at)


# What a send needs of a contact, read as plain rows (no ORM objects on the worker's hot path).
CONTACT_COLUMNS = (
    Contact.id, Contact.chat_id, Contact.language, Contact.last_inbound_at, Contact.blocked, Contact.erased_at,
)

# What "the database or Redis is away" looks like; the worker waits these out instead of stopping.
AWAY = (SQLAlchemyError, RedisError, OSError)
PACER_AWAY_RETRY = 5.0  # seconds before a row whose pacing failed is tried again
RECOVER_EVERY = 60.0  # seconds between two looks for rows a dead worker left in `sending`
# The shortest wait for the bot's budget: at 1,000/s a wake per token cost ~0.05 ms of CPU per send more.
# The bot's bucket holds more than this earns (core.ratelimit.BURST_SECONDS), so nothing is lost by it.
PACE_TICK = 0.002


async def _pause(failures: int, stop: asyncio.Event | None) -> None:
    """Waits 1, 2, 4 … up to 30 seconds (or until stopped) after `failures` failures in a row."""
    delay = min(30.0, 2.0 ** (failures - 1))
    if stop is None:
        await asyncio.sleep(delay)
        return
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), timeout=delay)


def backoff(attempts: int) -> timedelta:
    """Exponential backoff with full jitter: up to 2, 4, 8 … seconds, capped at 10 minutes."""
    return timedelta(seconds=random.uniform(1, min(600, 2**attempts)))  # noqa: S311 - jitter, not secrecy


class DeliveryWorker:
    """Claims due outbox rows, paces them per bot and per chat, sends each at most once.

    A batch is claimed (`sending`) before it is sent and marked after: if the process is killed
    in between, those rows cannot be known to be sent or not, since Telegram has no idempotency
    key. They are never resent automatically; `recover` parks them for staff. `run` keeps two batches
    under way: keep `batch` near a quarter of a second of sends at the configured rate so that window
    stays small.
    """

    def __init__(
        self, *, db: Database, translator: Translator, senders: Mapping[str, Sender], pacers: Mapping[str, Pacer],
        batch: int = 50, concurrency: int = 64, name: str | None = None,
    ) -> None:
        self.db, self.translator, self.senders, self.pacers = db, translator, senders, pacers
        self.batch, self.name = batch, name or f"{socket.gethostname()}:{id(self):x}"
        self._slots = asyncio.Semaphore(concurrency)
        self._turn = asyncio.Lock()
        self._wake = asyncio.Event()

    def wake(self) -> None:
        """Tells the worker new rows are waiting (from the broker or the same process)."""
        self._wake.set()

    async def run(self, *, idle_poll: float = 1.0, stop: asyncio.Event | None = None) -> None:
        """Delivers until stopped; sleeps on the wake event (or `idle_poll` seconds) when nothing is due.

        Two batches are under way at a time, so one is being sent while the other is claimed or marked:
        with one, the budget that refilled while the database worked went unused.
        """
        stop = stop or asyncio.Event()
        failures = 0
        while not stop.is_set():
            try:
                await self.recover()
                break
            except AWAY as exc:
                failures += 1
                log.warning("delivery waiting for the database: %s (%d in a row)", type(exc).__name__, failures)
                await _pause(failures, stop)
        # What exists by now (the libraries' classes and models) lives as long as the process: keep it out of
        # full garbage collections, which stopped the event loop for 200 ms every few seconds at 1,000/s.
        gc.collect()
        gc.freeze()
        await asyncio.gather(self._lane(idle_poll, stop), self._lane(idle_poll, stop), self._recovering(stop))

    async def _recovering(self, stop: asyncio.Event, every: float = RECOVER_EVERY) -> None:
        """Parks, now and then, what another worker left in `sending` when it died while this one runs on."""
        while not stop.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=every)
            if stop.is_set():
                return
            try:
                if parked := await self.recover():
                    log.warning("parked %d rows a stopped worker left unconfirmed", parked)
            except AWAY as exc:
                log.warning("recovery skipped: %s", type(exc).__name__)

    async def _lane(self, idle_poll: float, stop: asyncio.Event) -> None:
        failures = 0
        while not stop.is_set():
            try:
                handled = await self.deliver_due()
                failures = 0
            except AWAY as exc:  # the database or Redis is away: wait and try again, never exit
                failures += 1
                log.warning("delivery paused: %s (%d in a row)", type(exc).__name__, failures)
                await _pause(failures, stop)
                continue
            if handled == 0:
                self._wake.clear()
                try:
                    await asyncio.wait_for(self._wake.wait(), timeout=idle_poll)
                except TimeoutError:
                    pass

    async def recover(self) -> int:
        """Rows another worker left in `sending` when it died: sent or not, nobody knows, so never resend.

        They are parked as dead with the reason, for staff to check and retry by hand.
        """
        async with self.db.transaction() as session:
            result = await session.execute(
                update(OutboxItem)
                .where(OutboxItem.state == "sending", OutboxItem.claimed_at < utcnow() - timedelta(minutes=2))
                .values(state="dead", last_error="uncertain: the worker stopped while sending; check before retrying")
            )
            return result.rowcount or 0

    async def deliver_due(self) -> int:
        """Sends one batch of due rows; returns how many rows it handled."""
        async with self.db.transaction() as session:
            items = await outbox.claim_due(
                session=session, worker=self.name, limit=self.batch, channels=list(self.senders)
            )
            if not items:
                return 0
            contacts = {
                c.id: c for c in await session.execute(
                    select(*CONTACT_COLUMNS).where(Contact.id.in_({i.contact_id for i in items}))
                )
            }
        results = await self._send_batch(items, contacts)
        sent = [(item, value) for item, (kind, value) in zip(items, results, strict=True) if kind == "sent"]
        others = [(item, outcome) for item, outcome in zip(items, results, strict=True) if outcome[0] != "sent"]
        failures = 0
        while True:  # only this process knows what was sent: keep trying to write it down
            try:
                async with self.db.transaction() as session:
                    await outbox.mark_sent(session=session, sent=sent)  # one statement for the batch
                    for item, outcome in others:  # the few that failed or wait: each its own way
                        row = await session.get(OutboxItem, item.id)
                        await self._record(session, row, contacts[item.contact_id], outcome)
                return len(items)
            except AWAY as exc:
                failures += 1
                log.warning("could not mark %d sent rows yet: %s (%d in a row)", len(items), type(exc).__name__,
                            failures)
                await _pause(failures, None)

    async def _send_batch(self, items: list[Row[Any]], contacts: Mapping[int, Row[Any]]) -> list[tuple[str, Any]]:
        """Each row's outcome: the rows take the budget in order, each sent while the next one waits for it.

        One coroutine paces the batch, not a task per row queueing for the budget: a row costs one reservation
        and at most one timer (CPU per row was the limit at 1,000/s). Up to `concurrency` sends are in flight;
        a row whose chat must wait under a second waits in a task of its own, holding nobody up.
        """
        results: list[tuple[str, Any]] = [("dead", "not tried")] * len(items)
        running: list[asyncio.Task[None]] = []

        async def send(n: int, sender: Sender, chat_id: str, message: Rendered, item_id: int) -> None:
            try:
                results[n] = await self._send(sender, chat_id, message, item_id)
            finally:
                self._slots.release()

        async def deliver(n: int, item: Row[Any], contact: Row[Any], wait: float) -> None:
            await asyncio.sleep(wait)
            results[n] = await self._deliver(item, contact)

        try:
            for n, item in enumerate(items):
                contact = contacts[item.contact_id]
                outcome, ready = self._prepare(item, contact)
                if ready is None:
                    results[n] = outcome
                    continue
                sender, pacer, message = ready
                await self._slots.acquire()
                try:
                    wait = await self._pace(pacer, contact.chat_id, chat_in_line=False)
                except (RedisError, OSError) as exc:  # the shared budget is unreachable: not sent, try later
                    self._slots.release()
                    log.warning("pacer unavailable: %s", type(exc).__name__)
                    results[n] = ("later", PACER_AWAY_RETRY)
                    continue
                except BaseException:
                    self._slots.release()
                    raise
                if wait <= 0:
                    running.append(asyncio.create_task(send(n, sender, contact.chat_id, message, item.id)))
                    continue
                self._slots.release()
                if wait > 1.0:  # this chat is busy: come back later
                    results[n] = ("later", wait)
                else:
                    running.append(asyncio.create_task(deliver(n, item, contact, wait)))
            await asyncio.gather(*running)
        except BaseException:  # stopped (or killed) mid-batch: what is under way stops too, marked by nobody
            for task in running:
                task.cancel()
            raise
        return results

    def _prepare(
        self, item: Row[Any], contact: Row[Any]
    ) -> tuple[tuple[str, Any], None] | tuple[None, tuple[Sender, Pacer, Rendered]]:
        """(outcome, None) for a row that cannot be sent, or (None, (sender, pacer, message)) for one that can."""
        if contact.blocked or contact.erased_at is not None:
            return ("unreachable", "the person blocked the bot or asked to be forgotten"), None
        sender, pacer = self.senders.get(item.channel), self.pacers.get(item.channel)
        if sender is None or pacer is None:
            return ("dead", f"no sender for channel {item.channel!r}"), None
        try:
            return None, (sender, pacer, render(item, contact, self.translator))
        except (Undeliverable, KeyError) as exc:
            return ("dead", str(exc)), None

    async def _deliver(self, item: Row[Any], contact: Row[Any]) -> tuple[str, Any]:
        """One row on its own: prepared, paced (waiting out its chat's budget) and sent."""
        outcome, ready = self._prepare(item, contact)
        if ready is None:
            return outcome
        sender, pacer, message = ready
        async with self._slots:
            try:
                wait = await self._pace(pacer, contact.chat_id)
            except (RedisError, OSError) as exc:  # the shared budget is unreachable: not sent, try later
                log.warning("pacer unavailable: %s", type(exc).__name__)
                return "later", PACER_AWAY_RETRY
            if wait > 0:  # this chat is busy: come back later
                return "later", wait
            return await self._send(sender, contact.chat_id, message, item.id)

    async def _send(self, sender: Sender, chat_id: str, message: Rendered, item_id: int) -> tuple[str, Any]:
        """Sends a row whose budget is reserved; its outcome."""
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

    async def _record(self, session, item: OutboxItem, contact: Row[Any], outcome: tuple[str, Any]) -> None:  # type: ignore[no-untyped-def]
        kind, value = outcome  # "sent" rows are marked together by deliver_due
        if kind == "later":
            item.state, item.claimed_by = "pending", None
            item.attempts -= 1  # not tried: the chat's budget was spent
            item.next_attempt_at = utcnow() + timedelta(seconds=value)
        elif kind == "retry":
            retry_in = timedelta(seconds=value.retry_after) if value.retry_after else backoff(item.attempts)
            if item.attempts >= MAX_ATTEMPTS and not value.retry_after:
                retry_in = None
            await outbox.mark_failed(session=session, item=item, error=str(value), retry_in=retry_in)
        elif kind == "unreachable":
            await session.execute(
                update(Contact).where(Contact.id == contact.id).values(blocked=True, blocked_at=utcnow())
            )
            await outbox.mark_failed(session=session, item=item, error=f"unreachable: {value}", retry_in=None)
        else:
            await outbox.mark_failed(session=session, item=item, error=str(value), retry_in=None)
