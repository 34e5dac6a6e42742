"""Shared pieces of bench/faults.py: a fake Telegram that delivers webhooks over several connections,
the `hemsehri serve` / `hemsehri worker` processes, a scratch PostgreSQL database, and the switches of
the shared PostgreSQL and Redis servers (always left running).

Everything here stays on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import asyncpg
from aiohttp import ClientError, ClientSession, ClientTimeout

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.fakes.telegram_api import DEFAULT_TOKEN, FakeTelegram, WebhookAttempt  # noqa: E402

# The shared servers by default; HEMSEHRI_BENCH_PG (an admin DSN) with HEMSEHRI_BENCH_PGDATA (that cluster's
# data directory, run by the postgres user) and HEMSEHRI_BENCH_REDIS_PORT point the bench at private ones.
PG_ADMIN_DSN = os.environ.get("HEMSEHRI_BENCH_PG", "postgresql://127.0.0.1:5432/test")
PG_PORT = str(urlsplit(PG_ADMIN_DSN).port or 5432)
PRIVATE_PGDATA = os.environ.get("HEMSEHRI_BENCH_PGDATA")
REDIS_HOST = "127.0.0.1"
REDIS_PORT = int(os.environ.get("HEMSEHRI_BENCH_REDIS_PORT", "6379"))
PRIVATE_REDIS = REDIS_PORT != 6379
# A Redis database of its own, so the pacing keys never meet those of test suites running beside us.
REDIS_DB = int(os.environ.get("HEMSEHRI_BENCH_REDIS_DB", "11"))
REDIS_URL = f"redis://{REDIS_HOST}:{REDIS_PORT}/{REDIS_DB}"
WEBHOOK_SECRET = "faults-bench-secret"
SECRET_KEY = "faults-bench-secret-key-not-for-production-0123456789"
TOKEN = DEFAULT_TOKEN
SOURCE = f"telegram:{TOKEN.split(':', 1)[0]}"
UNCERTAIN_PREFIX = "uncertain:"

now = time.monotonic


def log(message: str) -> None:
    print(f"  [{time.strftime('%H:%M:%S')}] {message}", flush=True)


# ------------------------------------------------------------------------------------------- fake


def chat_of(update: dict[str, Any]) -> int:
    """The chat an update belongs to (Telegram keeps one chat's updates in order)."""
    for key in ("message", "edited_message"):
        if isinstance(update.get(key), dict):
            return int(update[key]["chat"]["id"])
    query = update.get("callback_query")
    if isinstance(query, dict):
        return int(query["from"]["id"])
    return int(update["update_id"])


class LaneFake(FakeTelegram):
    """The project's fake Bot API, delivering the webhook over `lanes` connections at once.

    Telegram opens up to `max_connections` (40 by default) connections to a webhook; the project's fake
    keeps to one. Here each chat's updates stay in order on one lane, lanes run side by side, an update
    is retried until it is answered 2xx (never dropped), and the pause between tries doubles from
    `retry_delay` up to `retry_cap` seconds. Every try is recorded in `webhook_attempts` as the fake does.
    """

    def __init__(self, *args: Any, lanes: int = 16, retry_cap: float = 1.0, **kwargs: Any) -> None:
        kwargs.setdefault("retry_delay", 0.05)
        kwargs.setdefault("webhook_timeout", 30.0)
        super().__init__(*args, **kwargs)
        self.lanes = lanes
        self.retry_cap = retry_cap
        self.queued: list[deque[dict[str, Any]]] = []
        self.spans: list[tuple[int, float, float, int | None]] = []  # (update_id, posted, answered, status)

    def backlog(self) -> int:
        """Updates pushed and not yet answered 2xx."""
        bot = self._bot(None)
        return len(bot.pending) + sum(len(queue) for queue in self.queued)

    async def _deliver(self, bot: Any, webhook: Any) -> None:
        assert self._http is not None
        headers = {"X-Telegram-Bot-Api-Secret-Token": webhook.secret_token} if webhook.secret_token else {}
        self.queued = [deque() for _ in range(self.lanes)]
        wakes = [asyncio.Event() for _ in range(self.lanes)]

        async def lane(number: int) -> None:
            queue, wake, failures = self.queued[number], wakes[number], 0
            while True:
                while not queue:
                    wake.clear()
                    await wake.wait()
                update = queue[0]
                status, reason, error = None, None, None
                posted = self._clock()
                try:
                    async with self._http.post(
                        webhook.url, json=update, headers=headers, timeout=ClientTimeout(total=self.webhook_timeout)
                    ) as answer:
                        status, reason = answer.status, answer.reason
                        await answer.read()
                except (ClientError, TimeoutError, OSError) as exc:
                    error = f"{type(exc).__name__}: {exc}"
                self.webhook_attempts.append(WebhookAttempt(update["update_id"], status, error, self._clock()))
                self.spans.append((update["update_id"], posted, self._clock(), status))
                if status is not None and 200 <= status < 300:
                    failures = 0
                    queue.popleft()
                else:
                    failures += 1
                    bot.last_webhook_error = (
                        int(time.time()),
                        error or f"Wrong response from the webhook: {status} {reason}",
                    )
                self._signal.notify()
                if failures:
                    await asyncio.sleep(min(self.retry_cap, self.retry_delay * 2 ** (failures - 1)))

        tasks = [asyncio.create_task(lane(number)) for number in range(self.lanes)]
        try:
            while True:
                await self._signal.wait_for(lambda: bool(bot.pending))
                for update in bot.pending:
                    number = chat_of(update) % self.lanes
                    self.queued[number].append(update)
                    wakes[number].set()
                bot.pending.clear()
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

    async def set_webhook(self, url: str) -> None:
        """Registers the webhook as `hemsehri telegram set-webhook` would (only message and callback_query)."""
        async with (
            ClientSession() as http,
            http.post(
                f"{self.base_url}/bot{self.token}/setWebhook",
                json={"url": url, "secret_token": WEBHOOK_SECRET, "allowed_updates": ["message", "callback_query"]},
            ) as answer,
        ):
            body = await answer.json()
            if not body.get("ok"):
                raise RuntimeError(f"setWebhook failed: {body}")


# ------------------------------------------------------------------------------------ processes


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def base_env(database_url: str, data_dir: Path, **settings: str) -> dict[str, str]:
    """The environment of a `hemsehri` process: no inherited HEMSEHRI_ setting, only ours."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("HEMSEHRI_")}
    env.update(
        HEMSEHRI_DATABASE_URL=database_url,
        HEMSEHRI_DATA_DIR=str(data_dir),
        HEMSEHRI_SECRET_KEY=SECRET_KEY,
        HEMSEHRI_LOG_LEVEL="WARNING",
        PYTHONUNBUFFERED="1",
    )
    env.update({f"HEMSEHRI_{key.upper()}": value for key, value in settings.items()})
    return env


@dataclass
class Proc:
    """One `hemsehri` process we started; only ever signalled by its own pid."""

    name: str
    command: str
    env: dict[str, str]
    logs: Path
    process: subprocess.Popen[bytes] | None = None
    started_at: float = 0.0
    incarnation: int = 0
    exits: list[tuple[float, int]] = field(default_factory=list)  # (time, return code) of ended ones

    def start(self) -> None:
        self.incarnation += 1
        log_file = self.logs / f"{self.name}-{self.incarnation}.log"
        with log_file.open("wb") as out:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "hemsehri", self.command],
                env=self.env,
                cwd=ROOT,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.started_at = now()

    @property
    def pid(self) -> int | None:
        return self.process.pid if self.process else None

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def reap(self) -> int | None:
        """Notes the end of a process that ended by itself; returns its code, or None while it runs."""
        if self.process is None:
            return None
        code = self.process.poll()
        if code is not None:
            self.exits.append((now(), code))
            self.process = None
        return code

    async def kill9(self) -> float:
        """kill -9; returns when it happened."""
        assert self.process is not None
        os.kill(self.process.pid, signal.SIGKILL)
        at = now()
        await asyncio.to_thread(self.process.wait)
        self.exits.append((at, self.process.returncode))
        self.process = None
        return at

    async def stop(self, timeout: float = 20.0) -> int | None:  # noqa: ASYNC109
        """SIGTERM, then SIGKILL after `timeout` seconds; the return code."""
        if self.process is None:
            return None
        process = self.process
        with contextlib.suppress(ProcessLookupError):
            os.kill(process.pid, signal.SIGTERM)
        try:
            await asyncio.wait_for(asyncio.to_thread(process.wait), timeout)
        except TimeoutError:
            with contextlib.suppress(ProcessLookupError):
                os.kill(process.pid, signal.SIGKILL)
            await asyncio.to_thread(process.wait)
        self.exits.append((now(), process.returncode))
        self.process = None
        return process.returncode

    def tail(self, lines: int = 25) -> str:
        log_file = self.logs / f"{self.name}-{self.incarnation}.log"
        try:
            return "\n".join(log_file.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def all_logs(self) -> str:
        return "\n".join(
            (self.logs / f"{self.name}-{n}.log").read_text(errors="replace")
            for n in range(1, self.incarnation + 1)
            if (self.logs / f"{self.name}-{n}.log").exists()
        )


async def wait_http_ok(url: str, *, proc: Proc, timeout: float = 60.0) -> float:  # noqa: ASYNC109
    """Polls url until it answers 200; returns when. Fails if the process ends first."""
    deadline = now() + timeout
    async with ClientSession(timeout=ClientTimeout(total=2)) as http:
        while now() < deadline:
            if not proc.alive():
                raise RuntimeError(f"{proc.name} ended with {proc.process and proc.process.returncode}:\n{proc.tail()}")
            with contextlib.suppress(ClientError, TimeoutError, OSError):
                async with http.get(url) as answer:
                    if answer.status == 200:
                        return now()
            await asyncio.sleep(0.05)
    raise TimeoutError(f"{url} not ready within {timeout} s:\n{proc.tail()}")


# ------------------------------------------------------------------------------------- database


_MIGRATING = asyncio.Lock()


def vault() -> Any:
    """The vault of the processes under test (HEMSEHRI_SECRET_KEY = SECRET_KEY): reads what they sealed."""
    from core.crypto import Vault

    return Vault(SECRET_KEY)


def opened(payload: str | None) -> dict[str, Any]:
    """An outbox payload as asyncpg returns it (JSON text, sealed by the vault), in the clear."""
    value = json.loads(payload or "{}")
    return json.loads(vault().unseal(value["sealed"])) if set(value) == {"sealed"} else value


class ScratchDatabase:
    """A PostgreSQL database of our own for one scenario, migrated, dropped at the end."""

    def __init__(self) -> None:
        self.name = f"hemsehri_faults_{uuid.uuid4().hex[:10]}"
        host = PG_ADMIN_DSN.split("://", 1)[1].rsplit("/", 1)[0]
        self.url = f"postgresql+asyncpg://{host}/{self.name}"
        self.dsn = f"postgresql://{host}/{self.name}"

    async def create(self) -> None:
        connection = await asyncpg.connect(PG_ADMIN_DSN)
        try:
            await connection.execute(f'CREATE DATABASE "{self.name}"')
        finally:
            await connection.close()
        from core import migrate
        from core.db import Database

        async with _MIGRATING:  # Alembic keeps its context in module globals: one migration at a time
            database = Database(self.url)
            try:
                await migrate.upgrade(database.engine)
            finally:
                await database.dispose()

    async def drop(self) -> None:
        for _ in range(30):  # the server may be coming back from a restart
            try:
                connection = await asyncpg.connect(PG_ADMIN_DSN)
            except (OSError, asyncpg.PostgresError):
                await asyncio.sleep(0.5)
                continue
            try:
                await connection.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
            finally:
                await connection.close()
            return

    async def fetch(self, sql: str, *args: Any) -> list[asyncpg.Record]:
        connection = await asyncpg.connect(self.dsn)
        try:
            return await connection.fetch(sql, *args)
        finally:
            await connection.close()

    async def execute(self, sql: str, *args: Any) -> str:
        connection = await asyncpg.connect(self.dsn)
        try:
            return await connection.execute(sql, *args)
        finally:
            await connection.close()

    async def try_fetchval(self, sql: str, *args: Any) -> Any:
        """A value, or None while the server is away."""
        try:
            connection = await asyncpg.connect(self.dsn, timeout=2)
        except (OSError, asyncpg.PostgresError, TimeoutError):
            return None
        try:
            return await connection.fetchval(sql, *args)
        except (OSError, asyncpg.PostgresError):
            return None
        finally:
            with contextlib.suppress(Exception):
                await connection.close()


# ------------------------------------------------------------------------ the shared servers


def _pg_version() -> str:
    return sorted(os.listdir("/etc/postgresql"))[-1]


def _run(command: list[str], timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)


def pg_ready() -> bool:
    return _run(["pg_isready", "-h", "127.0.0.1", "-p", PG_PORT, "-t", "1"], timeout=5).returncode == 0


def pg_ctl(action: str) -> None:
    if PRIVATE_PGDATA:
        binary = f"/usr/lib/postgresql/{_pg_version()}/bin/pg_ctl"
        extra = "-m fast" if action == "stop" else f"-l {PRIVATE_PGDATA}/server.log"
        command = ["su", "postgres", "-c", f"{binary} -D {PRIVATE_PGDATA} -w {extra} {action}"]
    else:
        command = ["pg_ctlcluster", "--skip-systemctl-redirect", _pg_version(), "main", action]
    result = _run(command, timeout=90)
    if result.returncode != 0 and not (action == "stop" and result.returncode == 2):
        raise RuntimeError(f"pg_ctlcluster {action}: {result.returncode} {result.stderr.strip()}")


def redis_ready() -> bool:
    try:
        result = _run(["redis-cli", "-h", REDIS_HOST, "-p", str(REDIS_PORT), "ping"], timeout=3)
    except subprocess.TimeoutExpired:
        return False
    return result.stdout.strip() == "PONG"


def redis_stop() -> None:
    _run(["redis-cli", "-h", REDIS_HOST, "-p", str(REDIS_PORT), "shutdown", "nosave"], timeout=10)


def redis_start() -> None:
    where = (
        ["--dir", "/tmp", "--logfile", f"/tmp/redis-{REDIS_PORT}.log"]
        if PRIVATE_REDIS
        else ["--dir", "/var/lib/redis", "--logfile", "/var/log/redis/ci.log"]
    )
    result = _run(
        [
            "redis-server",
            "--daemonize",
            "yes",
            "--bind",
            "127.0.0.1",
            "-::1",
            "--port",
            str(REDIS_PORT),
            "--save",
            "",
            "--appendonly",
            "no",
            *where,
        ],
        timeout=15,
    )
    if result.returncode != 0:
        raise RuntimeError(f"redis-server: {result.returncode} {result.stderr.strip()}")


async def wait_until(check: Callable[[], bool], timeout: float, pause: float = 0.05) -> bool:  # noqa: ASYNC109
    deadline = now() + timeout
    while now() < deadline:
        if await asyncio.to_thread(check):
            return True
        await asyncio.sleep(pause)
    return False


async def ensure_servers_running() -> list[str]:
    """Starts PostgreSQL or Redis if either is down (whatever happened); says what it did."""
    done = []
    for name, ready, start in (("PostgreSQL", pg_ready, lambda: pg_ctl("start")), ("Redis", redis_ready, redis_start)):
        for attempt in range(3):  # a stop still under way can make the first start fail
            if await asyncio.to_thread(ready):
                break
            try:
                await asyncio.to_thread(start)
                await wait_until(ready, 30)
                done.append(f"started {name}")
            except Exception as exc:
                done.append(f"starting {name} failed (try {attempt + 1}): {exc}")
                await asyncio.sleep(2)
    return done


async def redis_forget_ours() -> None:
    """Deletes the pacing keys our workers left in our Redis database."""
    from redis.asyncio import Redis

    redis = Redis.from_url(REDIS_URL)
    try:
        keys = [key async for key in redis.scan_iter(match="hemsehri:*", count=1000)]
        if keys:
            await redis.delete(*keys)
    except Exception:
        pass
    finally:
        await redis.aclose()
