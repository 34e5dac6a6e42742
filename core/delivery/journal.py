"""What the delivery worker writes down: each row just before its request goes out, and each send's outcome.

Both as soon as they are known, so that a worker killed at any moment leaves uncertain only the rows whose request
was out (`sending`); the rest of its batch stays `claimed` and is given back. Writes wait for one another and go
in groups: whoever writes takes everything noted meanwhile, so a send waits for one commit, not one per row.
"""

import asyncio
import contextlib
import logging
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncSession

from core.contacts import service as people
from core.db import AnyRow, Database
from core.delivery.fallback import fall_back
from core.outbox import service as outbox
from core.outbox.models import OutboxItem, OutboxState
from core.redis_errors import with_redis_errors

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 8
GROUP_WINDOW = 0.005  # seconds between two writes, at least: what a send may wait to be marked in flight
GROUP_MAX = 200  # rows noted that are written at once, without waiting for the window
# An outcome: ("sent", platform message id), ("later", seconds), ("retry", RetryLater),
# ("unreachable", reason) or ("dead", reason).
Outcome = tuple[str, Any]


def away() -> tuple[type[Exception], ...]:
    """What "the database or Redis is away" looks like; the workers wait these out instead of stopping."""
    return with_redis_errors(SQLAlchemyError, OSError)


async def pause(failures: int, stop: asyncio.Event | None) -> None:
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


@dataclass(frozen=True)
class _Noted:
    item: AnyRow
    contact: AnyRow
    outcome: Outcome


class Journal:
    """One worker's writes to the outbox, grouped; it keeps trying while the database is away.

    Whoever waits for a write makes it, one at a time, taking everything noted so far; GROUP_WINDOW passes between
    two writes, so that under load one transaction carries many rows (at 1,000 sends a second, one per row cost
    more CPU than the sends), while a lone send waits for nobody. Nothing writes but a waiting sender: a worker
    stopped (or killed) writes nothing more.
    """

    def __init__(self, db: Database, worker: str, fallback_order: Sequence[str] = ()) -> None:
        self.db, self.worker, self.fallback_order = db, worker, fallback_order
        self._going: dict[int, asyncio.Future[bool]] = {}
        self._outcomes: list[tuple[_Noted, asyncio.Future[None]]] = []
        self._writing = asyncio.Lock()
        self._last_write = float("-inf")

    async def going_out(self, item_id: int) -> bool:
        """Marks a claimed row `sending`, committed on return; False when it is no longer this worker's to send."""
        mine: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        self._going[item_id] = mine
        try:
            await self._write_until(mine)
        finally:
            if not mine.done():  # stopped before a write took it: never marked, never sent
                self._going.pop(item_id, None)
        return mine.result()

    async def outcome(self, item: AnyRow, contact: AnyRow, outcome: Outcome) -> None:
        """Writes what became of a row (with whatever else is waiting to be written); returns once it is."""
        written: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._outcomes.append((_Noted(item, contact, outcome), written))
        await self._write_until(written)

    async def _write_until(self, mine: asyncio.Future[Any]) -> None:
        loop = asyncio.get_running_loop()
        async with self._writing:
            if mine.done():  # written by the one before
                return
            if (wait := self._last_write + GROUP_WINDOW - loop.time()) > 0 and not self._full():
                await asyncio.sleep(wait)
            self._last_write = loop.time()
            going, noted = self._going, self._outcomes
            self._going, self._outcomes = {}, []
            marked: set[int] = set()
            try:  # a write begun is finished even if its writer is stopped: a transaction cut off holds the database
                await asyncio.shield(self._commit(set(going), [n for n, _ in noted], marked))
            finally:  # stopped mid-write: nothing of it is known to be marked, so nothing of it may go out
                for item_id, future in going.items():
                    if not future.done():
                        future.set_result(item_id in marked)
                for _, written in noted:
                    if not written.done():
                        written.set_result(None)

    def _full(self) -> bool:
        return len(self._going) + len(self._outcomes) >= GROUP_MAX

    async def _commit(self, going: set[int], noted: list[_Noted], marked: set[int]) -> None:
        """Writes outcomes and in-flight marks in one transaction; adds to `marked` the rows marked, once committed."""
        failures = 0
        while True:  # only this process knows what it sent: keep trying to write it down
            try:
                async with self.db.transaction() as session:
                    await self._write(session, noted)
                    ours = await outbox.mark_in_flight(session=session, worker=self.worker, ids=going)
                marked |= ours  # only once committed: a row marked by a rolled-back write must not go out
                return
            except away() as exc:
                failures += 1
                log.warning(
                    "could not write %d outcomes yet: %s (%d in a row)", len(noted), type(exc).__name__, failures
                )
                await pause(failures, None)

    async def _write(self, session: AsyncSession, noted: list[_Noted]) -> None:
        sent = [(n.item, n.outcome[1]) for n in noted if n.outcome[0] == "sent"]
        await outbox.mark_sent(session=session, sent=sent)  # one statement for all of them
        for n in noted:  # the few that failed or wait: each its own way
            if n.outcome[0] == "sent":
                continue
            row = await outbox.get(session=session, item_id=n.item.id)
            # Gone (erased with its person), or given back after a long stall and another worker's now.
            if row is not None and row.claimed_by == self.worker and row.state in _HELD:
                await _record(session, row, n.contact, n.outcome, self.fallback_order)


_HELD = (OutboxState.CLAIMED, OutboxState.SENDING)


async def _record(
    session: AsyncSession, item: OutboxItem, contact: AnyRow, outcome: Outcome, fallback_order: Sequence[str]
) -> None:
    """Writes a row's outcome other than "sent": back in line, retried later, or parked (and tried elsewhere)."""
    kind, value = outcome
    if kind == "later":
        await outbox.give_back(session=session, item=item, after=timedelta(seconds=value))
        return
    if kind == "retry":
        retry_in: timedelta | None = (
            timedelta(seconds=value.retry_after) if value.retry_after else backoff(item.attempts)
        )
        if item.attempts >= MAX_ATTEMPTS and not value.retry_after:
            retry_in = None
        await outbox.mark_failed(session=session, item=item, error=str(value), retry_in=retry_in)
        if retry_in is not None:
            return
    elif kind == "unreachable":
        await people.block(session=session, contact_id=contact.id)
        await outbox.mark_failed(session=session, item=item, error=f"unreachable: {value}", retry_in=None)
    else:
        await outbox.mark_failed(session=session, item=item, error=str(value), retry_in=None)
    await fall_back(session=session, item=item, order=fallback_order)
