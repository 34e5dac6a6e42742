"""The webhook worker: claims due deliveries, signs and posts them, retries with backoff, never loses one.

Unlike a Telegram message, a webhook can be sent again safely: every attempt carries the same event id, on which
the receiver deduplicates. So a delivery a dead worker was sending is not parked for staff but given back and
sent again (`recover`), and no delivery is ever lost. It runs beside the delivery worker, in the same process.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import json
import logging
import socket
import time
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from sqlalchemy import select, update

from core.db import AnyRow, Database, claim_due, rows_matched, utcnow
from core.delivery.journal import away, backoff, pause
from core.webhooks.models import DeliveryState, WebhookDelivery, WebhookTarget
from core.webhooks.service import is_public

if TYPE_CHECKING:  # loaded when a first delivery is due (a city without webhooks never loads it)
    import httpx

log = logging.getLogger(__name__)

# Seconds a request, and its connection, may take: a slow receiver waits its next attempt, it does not hold the worker
TIMEOUT, CONNECT_TIMEOUT = 10.0, 5.0
MAX_ATTEMPTS = 10  # with backoff capped at 10 minutes: about half an hour of trying before a delivery is dead
# A delivery `sending` longer than this was left by a worker that died (a send lasts at most TIMEOUT): given back.
RELEASE_AFTER = timedelta(minutes=2)
RECOVER_EVERY = 30.0
USER_AGENT = "Hemsehri-Webhooks/1"


def signature(secret: str, timestamp: int, body: bytes) -> str:
    """The X-Hemsehri-Signature header: `t=<unix time>,v1=<hex HMAC-SHA256(secret, "<t>." + body)>`."""
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={mac}"


class WebhookWorker:
    """Posts due webhook deliveries, a batch at a time, each outcome written as soon as it is known."""

    def __init__(
        self,
        *,
        db: Database,
        allow_private: bool,
        name: str | None = None,
        batch: int = 16,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.db, self.allow_private, self.batch = db, allow_private, batch
        self.name = name or f"{socket.gethostname()}:webhooks:{id(self):x}"
        self._transport = transport
        self._http: httpx.AsyncClient | None = None

    def _client(self) -> httpx.AsyncClient:
        """The worker's HTTP client, made for its first delivery."""
        if self._http is None:
            import httpx

            timeout = httpx.Timeout(TIMEOUT, connect=CONNECT_TIMEOUT)
            self._http = httpx.AsyncClient(timeout=timeout, follow_redirects=False, transport=self._transport)
        return self._http

    async def close(self) -> None:
        if self._http is not None:
            await self._http.aclose()

    async def run(self, *, idle_poll: float = 1.0, stop: asyncio.Event | None = None) -> None:
        """Delivers until stopped; looks again after `idle_poll` seconds when nothing is due (as the outbox does)."""
        stop = stop or asyncio.Event()
        failures, last_recovery = 0, float("-inf")
        while not stop.is_set():
            try:
                if time.monotonic() - last_recovery > RECOVER_EVERY:
                    if released := await self.recover():
                        log.warning("gave back %d webhook deliveries a stopped worker was sending", released)
                    last_recovery = time.monotonic()
                handled = await self.deliver_due()
                failures = 0
            except away() as exc:  # the database is away: wait and try again, never exit
                failures += 1
                log.warning("webhooks paused: %s (%d in a row)", type(exc).__name__, failures)
                await pause(failures, stop)
                continue
            if handled == 0:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), timeout=idle_poll)

    async def recover(self, *, now: datetime | None = None) -> int:
        """Gives back the deliveries a dead worker was sending: sent again, with the same event id."""
        table = WebhookDelivery.__table__
        async with self.db.transaction() as session:
            result = await session.execute(
                update(table)
                .where(
                    table.c.state == DeliveryState.SENDING,
                    table.c.claimed_at < (now or utcnow()) - RELEASE_AFTER,
                )
                .values(state=DeliveryState.PENDING, claimed_by=None)
            )
            return rows_matched(result)

    async def deliver_due(self, *, now: datetime | None = None) -> int:
        """Sends one batch of due deliveries of active targets; returns how many it took."""
        table, targets = WebhookDelivery.__table__, WebhookTarget.__table__
        async with self.db.transaction() as session:
            rows = await claim_due(
                session,
                table,
                table.c.id,
                table.c.target_id,
                table.c.event,
                table.c.event_id,
                table.c.body,
                table.c.person,
                table.c.attempts,
                worker=self.name,
                limit=self.batch,
                now=now or utcnow(),
                claimed=DeliveryState.SENDING,
                where=(table.c.target_id.in_(select(targets.c.id).where(targets.c.active.is_(True))),),
            )
            if not rows:
                return 0
            wanted = {row.target_id for row in rows}
            found = (await session.execute(select(WebhookTarget).where(WebhookTarget.id.in_(wanted)))).scalars()
            by_id = {t.id: (t.url, t.secret, t.personal_data) for t in found}
        await asyncio.gather(*(self._deliver(row, *by_id[row.target_id]) for row in rows))
        return len(rows)

    async def _deliver(self, row: AnyRow, url: str, secret: str, personal_data: bool) -> None:
        """Posts one delivery and writes its outcome."""
        client = self._client()
        import httpx  # loaded by the client

        body: dict[str, Any] = row.body
        if personal_data and row.person:
            body = {**body, "request": {**body["request"], "person": row.person}}
        raw = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
        code: int | None = None
        try:
            parts = urlsplit(url)
            port = parts.port or (443 if parts.scheme == "https" else 80)
            if not self.allow_private and not await is_public(parts.hostname or "", port):
                error: str | None = "refused: the target's address is not a public one"
            else:
                answer = await client.post(
                    url,
                    content=raw,
                    headers={
                        "Content-Type": "application/json",
                        "User-Agent": USER_AGENT,
                        "X-Hemsehri-Event": row.event,
                        "X-Hemsehri-Event-Id": row.event_id,
                        "X-Hemsehri-Signature": signature(secret, int(time.time()), raw),
                    },
                )
                code = answer.status_code
                error = None if answer.is_success else f"HTTP {code}"
        except httpx.HTTPError as exc:
            error = f"{type(exc).__name__}: {exc}"[:500]
        await self._record(row, code, error)

    async def _record(self, row: AnyRow, code: int | None, error: str | None) -> None:
        """Delivered, tried again after a backoff, or dead after MAX_ATTEMPTS (only while the row is this worker's)."""
        now = utcnow()
        if error is None:
            values: dict[str, Any] = {"state": DeliveryState.DELIVERED, "delivered_at": now, "last_error": None}
        elif row.attempts >= MAX_ATTEMPTS:
            values = {"state": DeliveryState.DEAD, "last_error": error}
        else:
            retry_at = now + backoff(row.attempts)
            values = {"state": DeliveryState.PENDING, "next_attempt_at": retry_at, "last_error": error}
        table = WebhookDelivery.__table__
        failures = 0
        while True:  # only this worker knows the outcome: keep trying to write it down
            try:
                async with self.db.transaction() as session:
                    await session.execute(
                        update(table)
                        .where(
                            table.c.id == row.id,
                            table.c.state == DeliveryState.SENDING,
                            table.c.claimed_by == self.name,
                        )
                        .values(status_code=code, claimed_by=None, **values)
                    )
                return
            except away() as exc:
                failures += 1
                log.warning("could not write a webhook outcome yet: %s (%d in a row)", type(exc).__name__, failures)
                await pause(failures, None)
