"""Inbound Telegram throughput: webhook -> runtime -> conversations engine -> database -> replies, against its floor.

    uv run python bench/inbound.py                      # everything: aiogram and ptb; SQLite, PostgreSQL ×1 and ×2
    uv run python bench/inbound.py --smoke              # a few seconds on SQLite with aiogram (CI); exits 1 on failure
    uv run python bench/inbound.py --runtime ptb --store postgres --processes 2 --seconds 30
    uv run python bench/inbound.py ... --py-spy /tmp/pyspy/bin/py-spy          # collapsed stacks of each pipeline
    uv run python bench/inbound.py --vs-peer            # floor, peer (bench/peer_bot.py), Hemşehri: 3 rounds, medians
    uv run python bench/inbound.py --vs-peer --runtime both --rounds 5         # ... with python-telegram-bot too
    uv run python bench/inbound.py --vs-peer --smoke    # one short round of each (CI); exits 1 on failure

What runs, each in its own process on 127.0.0.1:
* the fake Bot API (tests/fakes/telegram_api.py), which takes the replies (sendMessage, answerCallbackQuery);
* the server under test: `python -m hemsehri serve` with HEMSEHRI_* set (webhook mode, the chosen runtime). On
  SQLite that is the embedded mode (migrations and the delivery worker in the same process, as `hemsehri
  demo`); on PostgreSQL (+ Redis) one or two `serve` processes on two ports (no load balancer here: the
  generator spreads its connections over the ports);
* the floor: uvicorn with the same settings, on the same event loop, and the same webhook route
  (bot/telegram/webhook.py) whose feed does nothing;
* with --vs-peer, the peer: bench/peer_bot.py, the bot a typical team would write (aiogram Dispatcher, FSM in
  Redis, an ORM session per update) on the same PostgreSQL and Redis, run between the floor and Hemşehri in each
  round, so a busy machine slows every side alike; the report ends with the medians and the line
  `ratio peer/project server CPU per update: X.XX`;
* the load generator is this process: realistic updates (people mid-application pressing buttons and typing
  answers, /status, free-text questions in a dozen languages; unique update ids; one update in flight per
  person and >= 0.8 s between two, so the engine's flood guard never trips). First a closed loop (N
  connections per server process, each sending its next update when the answer comes; the webhook answers
  only after the update was handled and replied to), then an open loop at half the closed loop's rate
  (Poisson arrivals, latency counted from the scheduled time, so queueing shows in p99).

Per configuration: updates/s, latency percentiles, CPU per update of the server processes (utime+stime from
/proc before and after the closed loop) and of PostgreSQL, the fake and the generator (all share the same
cores), the ratio to the floor, and the server's RSS (idle before load, peak under load). The machine's CPU spent
by other processes is shown too, and a reference loop's CPU time: throughput and latency on a shared machine are
only as good as its quietness; CPU per update is the steadier figure.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import platform
import random
import shlex
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field, replace
from importlib.metadata import version
from pathlib import Path
from statistics import median
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _load import (
    BOT_TOKEN,
    ROOT,
    Connection,
    Phase,
    Population,
    calibrate,
    cpu_of,
    cpu_seconds,
    cpu_spent,
    cpu_split,
    machine_cpu,
    memory_kb,
    pids_named,
)

SECRET = "bench-webhook-secret_0123456789"
PG_ADMIN = "postgresql://127.0.0.1:5432/test"
PG_DATABASE = "hemsehri_inbound_bench"
REDIS_URL = "redis://127.0.0.1:6379/0"
TARGET_RATE, TARGET_RATIO, TARGET_P99_MS, TARGET_RSS_MB = 1000, 0.4, 50.0, 250


@dataclass(frozen=True)
class Config:
    kind: str  # floor | peer | pipeline
    processes: int
    runtime: str = "-"
    store: str = "-"
    round: int = 0  # --vs-peer: which round of the interleaved runs
    tree: str = ""  # --baseline: the server's code from this other checkout

    @property
    def name(self) -> str:
        suffix = (" · baseline" if self.tree else "") + (f" · r{self.round}" if self.round else "")
        if self.kind == "floor":
            return f"floor ({self.processes} proc){suffix}"
        if self.kind == "peer":
            return f"peer · PostgreSQL+Redis · {self.processes} proc{suffix}"
        store = "SQLite embedded" if self.store == "sqlite" else "PostgreSQL+Redis"
        return f"{self.runtime} · {store} · {self.processes} proc{suffix}"


@dataclass
class Result:
    config: Config
    closed: Phase | None = None
    open: Phase | None = None
    open_rate: float = 0.0
    server_cpu: float = 0.0  # seconds, closed loop
    server_sys: float = 0.0  # of which in the kernel
    postgres_cpu: float = 0.0
    fake_cpu: float = 0.0
    generator_cpu: float = 0.0
    machine_cpu: float = 0.0  # every process on the machine, ours and others'
    steal: float = 0.0
    wall: float = 0.0
    rss_idle_mb: list[float] = field(default_factory=list)
    rss_peak_mb: list[float] = field(default_factory=list)
    calls: dict[str, int] = field(default_factory=dict)  # Bot API calls during the closed loop
    log_lines: int = 0
    logged_errors: list[str] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)
    people: int = 0
    kinds: dict[str, int] = field(default_factory=dict)
    error: str | None = None

    def per_update_ms(self, seconds: float) -> float:
        return seconds / self.closed.count * 1000 if self.closed and self.closed.count else float("nan")


# ------------------------------------------------------------------------------------------- processes


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get_json(url: str, timeout: float = 2.0) -> Any:
    with urllib.request.urlopen(url, timeout=timeout) as answer:
        return json.loads(answer.read())


async def wait_healthy(process: subprocess.Popen[bytes], port: int, within: float = 90.0) -> None:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server on port {port} exited with {process.returncode}")
        try:
            await asyncio.to_thread(get_json, f"http://127.0.0.1:{port}/healthz", 1.0)
            return
        except OSError:
            await asyncio.sleep(0.2)
    raise RuntimeError(f"server on port {port} not healthy after {within:.0f} s")


def spawn(command: list[str], env: dict[str, str], log: Path, cwd: Path = ROOT) -> subprocess.Popen[bytes]:
    with open(log, "ab") as out:
        return subprocess.Popen(command, env=env, cwd=cwd, stdout=out, stderr=out)


def stop(process: subprocess.Popen[bytes], timeout: float = 15.0) -> None:
    """SIGINT (uvicorn shuts down gracefully), then SIGKILL; only the processes this benchmark started."""
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


class Fake:
    """The fake Bot API in its own process."""

    def __init__(self, workdir: Path) -> None:
        self.log = open(workdir / "fake-telegram.log", "wb")
        self.process = subprocess.Popen(
            [sys.executable, str(ROOT / "bench" / "_load.py"), "fake"],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=self.log,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline().decode().split()
        if not line or line[0] != "READY":
            raise RuntimeError(f"the fake Bot API did not start; see {workdir / 'fake-telegram.log'}")
        self.base_url, self.stats_url = line[1], line[2]

    def stats(self, *, reset: bool = False) -> dict[str, int]:
        return get_json(self.stats_url + ("?reset=1" if reset else ""))

    def close(self) -> None:
        stop(self.process)
        self.log.close()


def server_env(config: Config, *, port: int, fake: Fake, data_dir: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("HEMSEHRI_")}
    env.update(
        HEMSEHRI_HOST="127.0.0.1",
        HEMSEHRI_PORT=str(port),
        HEMSEHRI_DATA_DIR=str(data_dir),
        HEMSEHRI_SECRET_KEY="bench-secret-key-not-for-production-0123456789",
        HEMSEHRI_TELEGRAM_TOKEN=BOT_TOKEN,
        HEMSEHRI_TELEGRAM_API_URL=fake.base_url,
        HEMSEHRI_TELEGRAM_RUNTIME=config.runtime,
        HEMSEHRI_TELEGRAM_MODE="webhook",
        HEMSEHRI_WEBHOOK_SECRET=SECRET,
        HEMSEHRI_LOG_LEVEL=os.environ.get("HEMSEHRI_LOG_LEVEL", "INFO"),
    )
    if config.store == "postgres":
        env.update(
            HEMSEHRI_DATABASE_URL=f"postgresql+asyncpg://127.0.0.1:5432/{PG_DATABASE}", HEMSEHRI_REDIS_URL=REDIS_URL
        )
    return env


async def postgres_admin(sql: str) -> None:
    import asyncpg

    connection = await asyncpg.connect(PG_ADMIN)
    try:
        await connection.execute(sql)
    finally:
        await connection.close()


async def fresh_postgres(env: dict[str, str] | None, log: Path, tree: Path = ROOT) -> None:
    """An empty benchmark database, migrated for Hemşehri (env given) or left empty (the peer makes its tables)."""
    await postgres_admin(f'DROP DATABASE IF EXISTS "{PG_DATABASE}" WITH (FORCE)')
    await postgres_admin(f'CREATE DATABASE "{PG_DATABASE}"')
    if env is None:
        return
    migrating = spawn([sys.executable, "-m", "hemsehri", "db", "upgrade"], env, log, tree)
    if await asyncio.to_thread(migrating.wait):
        raise RuntimeError(f"`hemsehri db upgrade` failed; see {log}")


async def count_rows(config: Config, data_dir: Path) -> dict[str, int]:
    tables = ("processed_updates", "contacts", "conversation_states", "requests", "messages", "outbox")
    if config.store == "postgres":
        import asyncpg

        connection = await asyncpg.connect(f"postgresql://127.0.0.1:5432/{PG_DATABASE}")
        try:
            return {t: await connection.fetchval(f"SELECT count(*) FROM {t}") for t in tables}
        finally:
            await connection.close()
    with contextlib.closing(sqlite3.connect(data_dir / "hemsehri.db")) as connection:
        return {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


async def forget_fsm(prefixes: list[str]) -> None:
    """Deletes the peer's FSM keys of a run from Redis (aiogram's RedisStorage keeps them forever)."""
    import redis.asyncio

    client = redis.asyncio.Redis.from_url(REDIS_URL)
    try:
        for prefix in prefixes:
            keys = [key async for key in client.scan_iter(f"{prefix}:*", count=1000)]
            for at in range(0, len(keys), 1000):
                await client.delete(*keys[at : at + 1000])
    finally:
        await client.aclose()


# ------------------------------------------------------------------------------------------- load


class Generator:
    """Closed and open loops over N keep-alive connections per server port."""

    def __init__(self, ports: list[int], connections: int, population: Population) -> None:
        self.ports, self.connections, self.population = ports, connections, population
        headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
        self.pools = [
            [Connection("127.0.0.1", port, "/telegram/webhook", headers) for _ in range(connections)] for port in ports
        ]
        self.rng = random.Random(11)

    async def connect(self) -> None:
        await asyncio.gather(*(c.connect() for pool in self.pools for c in pool))

    def close(self) -> None:
        for pool in self.pools:
            for connection in pool:
                connection.close()

    async def _send(self, connection: Connection) -> tuple[int, float]:
        population = self.population
        person = population.take(time.perf_counter())
        body = population.next_update(person)
        started = time.perf_counter()
        status = await connection.post(body)
        done = time.perf_counter()
        population.give_back(person, done)
        return status, started

    async def closed(self, seconds: float, on_end: Any = None) -> Phase:
        phase = Phase(seconds)
        end = time.perf_counter() + seconds

        async def worker(connection: Connection) -> None:
            while time.perf_counter() < end:
                status, started = await self._send(connection)
                done = time.perf_counter()
                if done <= end:
                    if status == 200:
                        phase.latencies.append(done - started)
                    else:
                        phase.failures[status] += 1

        async def at_end() -> None:
            await asyncio.sleep(max(0.0, end - time.perf_counter()))
            if on_end:
                on_end()

        ending = asyncio.create_task(at_end())
        await asyncio.gather(*(worker(c) for pool in self.pools for c in pool))
        await ending
        return phase

    async def open(self, rate: float, seconds: float) -> Phase:
        """Poisson arrivals at `rate`, spread over the ports; latency from each arrival's scheduled time."""
        phase = Phase(seconds)
        idle: list[asyncio.Queue[Connection]] = []
        for pool in self.pools:
            queue: asyncio.Queue[Connection] = asyncio.LifoQueue()  # the most recently used first, as clients do
            for connection in pool:
                queue.put_nowait(connection)
            idle.append(queue)
        tasks: set[asyncio.Task[None]] = set()

        async def one(scheduled: float, queue: asyncio.Queue[Connection]) -> None:
            if queue.empty():
                phase.late += 1
            connection = await queue.get()
            try:
                status, _ = await self._send(connection)
            finally:
                queue.put_nowait(connection)
            if status == 200:
                phase.latencies.append(time.perf_counter() - scheduled)
            else:
                phase.failures[status] += 1

        start = time.perf_counter()
        end, at, n = start + seconds, start, 0
        while True:
            at += self.rng.expovariate(rate)
            if at >= end:
                break
            delay = at - time.perf_counter()
            if delay > 0.0005:
                await asyncio.sleep(delay)
            task = asyncio.create_task(one(at, idle[n % len(idle)]))
            n += 1
            tasks.add(task)
            task.add_done_callback(tasks.discard)
        if tasks:
            await asyncio.gather(*tasks)
        return phase


async def sample_rss(pids: list[int], peaks: dict[int, int], stop_event: asyncio.Event) -> None:
    while not stop_event.is_set():
        for pid in pids:
            peaks[pid] = max(peaks.get(pid, 0), memory_kb(pid))
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop_event.wait(), 0.2)


async def run_config(config: Config, args: argparse.Namespace, fake: Fake, workdir: Path) -> Result:
    result = Result(config)
    run_dir = Path(
        tempfile.mkdtemp(prefix=f"{config.kind}-{config.runtime}-{config.store}-{config.processes}-", dir=workdir)
    )
    data_dir = run_dir / "data"
    ports = [free_port() for _ in range(config.processes)]
    processes: list[subprocess.Popen[bytes]] = []
    logs = [run_dir / f"server-{port}.log" for port in ports]
    generator: Generator | None = None
    try:
        if config.kind == "pipeline" and config.store == "postgres":
            env = server_env(config, port=ports[0], fake=fake, data_dir=data_dir)
            await fresh_postgres(env, run_dir / "migrate.log", Path(config.tree or ROOT))
        elif config.kind == "peer":
            await fresh_postgres(None, run_dir / "migrate.log")
        for port, log in zip(ports, logs, strict=True):
            if config.kind == "peer":
                command = [
                    sys.executable,
                    str(ROOT / "bench" / "peer_bot.py"),
                    "--port",
                    str(port),
                    "--api-url",
                    fake.base_url,
                    "--token",
                    BOT_TOKEN,
                    "--secret",
                    SECRET,
                    "--database-url",
                    f"postgresql+asyncpg://127.0.0.1:5432/{PG_DATABASE}",
                    "--redis-url",
                    REDIS_URL,
                    "--redis-prefix",
                    f"peer-bench-{port}",
                ]
                env = dict(os.environ)
            elif config.kind == "floor":
                command = [
                    sys.executable,
                    str(ROOT / "bench" / "_load.py"),
                    "floor",
                    "--port",
                    str(port),
                    "--secret",
                    SECRET,
                ]
                env = dict(os.environ)
            else:
                command = [sys.executable, "-m", "hemsehri", "serve"]
                env = server_env(config, port=port, fake=fake, data_dir=data_dir)
            processes.append(spawn(command, env, log, Path(config.tree or ROOT)))
        for process, port in zip(processes, ports, strict=True):
            await wait_healthy(process, port)
        pids = [p.pid for p in processes]
        await asyncio.sleep(1.0)
        result.rss_idle_mb = [memory_kb(pid) / 1024 for pid in pids]

        gap = 0.0 if config.kind == "floor" else 0.8  # the floor handles nothing: no flood guard to respect
        population = Population(seed=7, min_gap=gap)
        generator = Generator(ports, args.connections, population)
        await generator.connect()
        peaks: dict[int, int] = {}
        sampling = asyncio.Event()
        sampler = asyncio.create_task(sample_rss(pids, peaks, sampling))
        if args.warmup:
            await generator.closed(args.warmup)

        # the closed loop, with the CPU of everything on the machine read at its start and end
        backends = f" {PG_DATABASE} "  # only the backends serving this benchmark's database
        others = {
            "postgres": pids_named("postgres", holding=backends),
            "fake": [fake.process.pid],
            "generator": [os.getpid()],
        }
        fake.stats(reset=True)
        before = {"server": cpu_of(pids), **{k: cpu_of(v) for k, v in others.items()}}
        sys_before = sum(cpu_split(pid)[1] for pid in pids)
        after: dict[str, dict[int, float]] = {}
        machine_before = machine_cpu()

        def read_end() -> None:
            busy, steal = machine_cpu()
            result.server_sys = sum(cpu_split(pid)[1] for pid in pids) - sys_before
            result.machine_cpu, result.steal = busy - machine_before[0], steal - machine_before[1]
            after.update(
                server=cpu_of(pids),
                postgres=cpu_of(pids_named("postgres", holding=backends)),
                fake=cpu_of([fake.process.pid]),
                generator={os.getpid(): cpu_seconds(os.getpid())},
            )

        profiler = start_profiler(args, config, pids)
        kinds_before = dict(population.kinds)
        result.closed = await generator.closed(args.seconds, on_end=read_end)
        stop_profiler(profiler)
        result.calls = fake.stats(reset=True)
        result.kinds = {k: v - kinds_before.get(k, 0) for k, v in population.kinds.items()}
        result.server_cpu = cpu_spent(before["server"], after["server"])
        result.postgres_cpu = cpu_spent(before["postgres"], after["postgres"])
        result.fake_cpu = cpu_spent(before["fake"], after["fake"])
        result.generator_cpu = cpu_spent(before["generator"], after["generator"])

        # the open loop at half the closed loop's rate
        result.open_rate = result.closed.rate / 2
        if result.open_rate > 0 and args.seconds:
            result.open = await generator.open(result.open_rate, args.seconds)
        sampling.set()
        await sampler
        result.rss_peak_mb = [peaks.get(pid, 0) / 1024 for pid in pids]
        result.people = population.people
    except Exception as exc:  # report it and go on with the other configurations
        result.error = f"{type(exc).__name__}: {exc}"
    finally:
        if generator is not None:
            generator.close()
        for process in processes:
            stop(process)
        if config.kind == "peer":
            await forget_fsm([f"peer-bench-{port}" for port in ports])
        for log in logs:
            if log.exists():
                lines = log.read_text(errors="replace").splitlines()
                result.log_lines += len(lines)
                result.logged_errors += [line for line in lines if " ERROR " in line or line.startswith("Traceback")]
        if result.error:
            for log in logs:
                tail = log.read_text(errors="replace").splitlines()[-15:] if log.exists() else []
                print(f"  {config.name}: {result.error}; last lines of {log}:", *tail, sep="\n    ", file=sys.stderr)
    if config.kind == "pipeline" and not result.error:
        with contextlib.suppress(Exception):
            result.rows = await count_rows(config, data_dir)
    return result


def start_profiler(args: argparse.Namespace, config: Config, pids: list[int]) -> list[subprocess.Popen[bytes]]:
    """With --py-spy, samples the first server process during the closed loop (collapsed stacks, which
    flamegraph.pl and speedscope read; `--nonblocking` so the sampled process is not paused)."""
    if not args.py_spy or config.kind != "pipeline":
        return []
    output = Path(tempfile.gettempdir()) / f"inbound-{config.runtime}-{config.store}-{config.processes}p.txt"
    print(f"  py-spy: {output}", file=sys.stderr)
    return [
        subprocess.Popen(
            [
                args.py_spy,
                "record",
                "--pid",
                str(pids[0]),
                "--rate",
                "250",
                "--nonblocking",
                "--format",
                "raw",
                "--output",
                str(output),
                "--duration",
                str(max(1, int(args.seconds))),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    ]


def stop_profiler(profilers: list[subprocess.Popen[bytes]]) -> None:
    for profiler in profilers:
        with contextlib.suppress(subprocess.TimeoutExpired):
            profiler.wait(30)


# --------------------------------------------------------------------------------------------- report


def fmt(value: float, digits: int = 1) -> str:
    return "-" if value != value else f"{value:,.{digits}f}"  # NaN -> "-"


def table(results: list[Result], floors: dict[tuple[int, int], Result]) -> str:
    head = (
        f"{'configuration':<44} {'upd/s':>7} {'p50':>6} {'p95':>6} {'p99':>6} │ {'open/s':>6} {'p50':>6} "
        f"{'p99':>6} │ {'srv ms':>6} {'pg ms':>6} {'×floor':>6} │ {'RSS idle':>8} {'peak':>6} │ {'non-200':>7}"
    )
    lines = [head, "─" * len(head)]
    for r in results:
        if r.error or r.closed is None:
            lines.append(f"{r.config.name:<44} FAILED: {r.error}")
            continue
        c, o = r.closed, r.open
        floor = floors.get((r.config.processes, r.config.round))
        ratio = c.rate / floor.closed.rate if r.config.kind != "floor" and floor and floor.closed else float("nan")
        failures = sum(c.failures.values()) + (sum(o.failures.values()) if o else 0)
        pg = r.per_update_ms(r.postgres_cpu) if r.config.store == "postgres" else float("nan")
        lines.append(
            f"{r.config.name:<44} {c.rate:>7,.0f} {fmt(c.percentile(0.5)):>6} {fmt(c.percentile(0.95)):>6} "
            f"{fmt(c.percentile(0.99)):>6} │ {r.open_rate:>6,.0f} {fmt(o.percentile(0.5) if o else float('nan')):>6} "
            f"{fmt(o.percentile(0.99) if o else float('nan')):>6} │ {fmt(r.per_update_ms(r.server_cpu), 2):>6} "
            f"{fmt(pg, 2):>6} {fmt(ratio, 2):>6} │ {max(r.rss_idle_mb):>6.0f}MB {max(r.rss_peak_mb):>4.0f}MB │ "
            f"{failures:>7}"
        )
    return "\n".join(lines)


def details(results: list[Result]) -> str:
    lines = [
        "CPU ms per update during the closed loop (server, with its share in the kernel | PostgreSQL | fake"
        " Bot API | generator), CPU ms/s"
        " of these and of everything else on the machine (2 cores = 2000 ms/s; 'others' is load this"
        " benchmark did not make), Bot API calls and server log lines per update, rows at the end:"
    ]
    for r in results:
        if r.error or r.closed is None or not r.closed.count:
            continue
        n = r.closed.count
        total = r.server_cpu + r.postgres_cpu + r.fake_cpu + r.generator_cpu
        others = max(0.0, r.machine_cpu - total)
        calls = ", ".join(f"{k} {v / n:.2f}" for k, v in sorted(r.calls.items()))
        lines.append(
            f"  {r.config.name:<44} {r.per_update_ms(r.server_cpu):5.2f} "
            f"({r.server_sys / r.server_cpu if r.server_cpu else 0:.0%} sys) | "
            f"{r.per_update_ms(r.postgres_cpu):5.2f} | "
            f"{r.per_update_ms(r.fake_cpu):5.2f} | {r.per_update_ms(r.generator_cpu):5.2f} | "
            f"ours {total / r.closed.seconds * 1000:4.0f} ms/s, others {others / r.closed.seconds * 1000:4.0f} ms/s"
            f"{f', steal {r.steal / r.closed.seconds * 1000:.0f} ms/s' if r.steal > 0.05 else ''};  "
            f"calls/update: {calls or '-'};  "
            f"log lines {r.log_lines / max(1, n + (r.open.count if r.open else 0)):.3f}/update"
        )
        if r.config.kind == "pipeline":
            mix = ", ".join(f"{k} {v / max(1, sum(r.kinds.values())):.0%}" for k, v in sorted(r.kinds.items()))
            rows = ", ".join(f"{k} {v:,}" for k, v in r.rows.items())
            late = f"; open loop: {r.open.late} arrivals waited for a free connection" if r.open else ""
            statuses = (r.closed.failures + r.open.failures) if r.open else r.closed.failures
            if statuses:
                late += "; not 200: " + ", ".join(f"{k or 'no answer'} ×{v}" for k, v in sorted(statuses.items()))
            lines.append(f"  {'':<44} mix: {mix}; people {r.people:,}; rows: {rows}{late}")
            if r.logged_errors:
                lines.append(
                    f"  {'':<44} {len(r.logged_errors)} ERROR lines in the server log, first: "
                    f"{r.logged_errors[0][:160]}"
                )
    return "\n".join(lines)


def targets(results: list[Result], floors: dict[tuple[int, int], Result]) -> str:
    lines = [
        f"Targets (issue): PostgreSQL pipeline >= {TARGET_RATIO}x floor and >= {TARGET_RATE:,} updates/s, "
        f"p99 <= {TARGET_P99_MS:.0f} ms at half the max rate; RSS < {TARGET_RSS_MB} MB under load:"
    ]
    for r in results:
        if r.config.kind != "pipeline" or r.error or r.closed is None:
            continue
        floor = floors.get((r.config.processes, r.config.round))
        ratio = r.closed.rate / floor.closed.rate if floor and floor.closed and floor.closed.rate else float("nan")
        p99 = r.open.percentile(0.99) if r.open else float("nan")
        checks = [
            ("ratio", ratio >= TARGET_RATIO, f"{ratio:.2f}x"),
            ("rate", r.closed.rate >= TARGET_RATE, f"{r.closed.rate:,.0f}/s"),
            ("p99", p99 <= TARGET_P99_MS, f"{p99:.1f} ms"),
            ("RSS", max(r.rss_peak_mb) < TARGET_RSS_MB, f"{max(r.rss_peak_mb):.0f} MB"),
        ]
        if r.config.store != "postgres":
            checks = [c for c in checks if c[0] in ("p99", "RSS")]
        lines.append(
            f"  {r.config.name:<44} "
            + "  ".join(f"{name} {shown} {'ok' if good else 'MISSED'}" for name, good, shown in checks)
        )
    return "\n".join(lines)


def machine() -> str:
    model = "?"
    with contextlib.suppress(OSError), open("/proc/cpuinfo") as handle:
        model = next((line.split(":", 1)[1].strip() for line in handle if line.startswith("model name")), "?")
    packages = ", ".join(
        f"{name} {version(name)}"
        for name in ("aiogram", "python-telegram-bot", "uvicorn", "fastapi", "sqlalchemy", "asyncpg", "aiosqlite")
    )
    return f"{os.cpu_count()} CPUs ({model}); Python {platform.python_version()}; {packages}"


# ------------------------------------------------------------------------------------------------ main


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--smoke", action="store_true", help="a few seconds on SQLite with aiogram only (CI)")
    parser.add_argument(
        "--runtime", choices=("aiogram", "ptb", "both"), help="both by default; aiogram by default with --vs-peer"
    )
    parser.add_argument("--store", choices=("sqlite", "postgres", "both"), default="both")
    parser.add_argument(
        "--processes",
        choices=("1", "2", "both"),
        default="both",
        help="server processes on PostgreSQL (SQLite is always 1: the embedded mode)",
    )
    parser.add_argument("--seconds", type=float, default=20.0, help="length of the closed loop and of the open loop")
    parser.add_argument("--warmup", type=float, default=8.0, help="unmeasured closed loop first (people get under way)")
    parser.add_argument(
        "--connections",
        type=int,
        default=40,
        help="connections per server process (Telegram's default max_connections is 40)",
    )
    parser.add_argument("--no-floor", action="store_true", help="skip the floor (no ratio)")
    parser.add_argument(
        "--vs-peer",
        action="store_true",
        help="the floor, the peer (bench/peer_bot.py) and Hemşehri on PostgreSQL+Redis, interleaved, --rounds times",
    )
    parser.add_argument("--rounds", type=int, default=3, help="--vs-peer: rounds of the three servers")
    parser.add_argument(
        "--baseline",
        metavar="DIR",
        default="",
        help="--vs-peer: Hemşehri from this other checkout too (e.g. `git archive` of an older commit), interleaved",
    )
    parser.add_argument("--py-spy", metavar="PATH", help="py-spy binary: profile each pipeline's closed loop")
    args = parser.parse_args(argv)
    if args.runtime is None:
        args.runtime = "aiogram" if args.vs_peer else "both"
    if args.smoke:
        args.runtime, args.store, args.processes = "aiogram", "sqlite", "1"
        args.seconds, args.warmup, args.connections = 2.0, 2.0, 16  # warm-up past the first-use costs
        if args.vs_peer:
            args.store, args.rounds = "postgres", 1
    return args


def configurations(args: argparse.Namespace) -> list[Config]:
    runtimes = ("aiogram", "ptb") if args.runtime == "both" else (args.runtime,)
    stores = ("sqlite", "postgres") if args.store == "both" else (args.store,)
    counts = (1, 2) if args.processes == "both" else (int(args.processes),)
    configs = []
    for runtime in runtimes:
        for store in stores:
            for n in counts if store == "postgres" else (1,):
                configs.append(Config("pipeline", n, runtime, store))
    return configs


def peer_configs(args: argparse.Namespace, n: int) -> list[Config]:
    """One round of --vs-peer after its floor: the peer, then Hemşehri (the chosen runtime, PostgreSQL+Redis)."""
    runtimes = ("aiogram", "ptb") if args.runtime == "both" else (args.runtime,)
    baseline = [Config("pipeline", 1, r, "postgres", round=n, tree=args.baseline) for r in runtimes if args.baseline]
    return [
        Config("peer", 1, "aiogram", "postgres", round=n),
        *baseline,
        *(Config("pipeline", 1, runtime, "postgres", round=n) for runtime in runtimes),
    ]


def versus(results: list[Result]) -> str:
    """Medians over the rounds of --vs-peer, and the peer/project ratio of server CPU per update."""
    groups: dict[str, list[Result]] = {}
    for r in results:
        if not r.error and r.closed and r.closed.count:
            groups.setdefault(replace(r.config, round=0).name, []).append(r)
    lines = [f"medians over the rounds: {'':<20} {'upd/s':>7} {'srv ms':>6} {'open p99':>8} {'RSS peak':>8}  rounds"]
    cpu: dict[str, float] = {}
    for name, rs in groups.items():
        side = rs[0].config.kind + rs[0].config.runtime + rs[0].config.tree
        cpu[side] = median([r.per_update_ms(r.server_cpu) for r in rs])
        p99 = median([r.open.percentile(0.99) if r.open else float("nan") for r in rs])
        lines.append(
            f"  {name:<42} {median([r.closed.rate for r in rs if r.closed]):>7,.0f} "
            f"{cpu[side]:>6.2f} {fmt(p99):>8} "
            f"{median([max(r.rss_peak_mb) for r in rs]):>6.0f}MB  {len(rs)}"
        )
    peer = cpu.get("peeraiogram", float("nan"))
    for runtime in ("aiogram", "ptb"):
        if "pipeline" + runtime in cpu:
            project = cpu["pipeline" + runtime]
            label = "" if runtime == "aiogram" else f" ({runtime})"
            lines.append(f"ratio peer/project{label} server CPU per update: {peer / project:.2f}")
            before = [v for k, v in cpu.items() if k.startswith("pipeline" + runtime) and k != "pipeline" + runtime]
            if before:
                lines.append(f"ratio baseline/project{label} server CPU per update: {before[0] / project:.2f}")
    if "pipelineaiogram" in cpu and "pipelineptb" in cpu:
        lines.append(f"ratio ptb/aiogram server CPU per update: {cpu['pipelineptb'] / cpu['pipelineaiogram']:.2f}")
    return "\n".join(lines)


async def main_async(args: argparse.Namespace) -> int:
    configs = configurations(args)
    workdir = Path(tempfile.mkdtemp(prefix="hemsehri-inbound-"))
    calibration = [calibrate()]
    print(f"machine: {machine()}; reference loop {calibration[0]:.0f} ms CPU", file=sys.stderr)
    print(f"work directory (logs): {workdir}", file=sys.stderr)
    fake = Fake(workdir)
    results: list[Result] = []
    floors: dict[tuple[int, int], Result] = {}
    try:
        if args.vs_peer:
            for n in range(1, args.rounds + 1):  # interleaved: the machine's noise hits every side alike
                for config in (Config("floor", 1, round=n), *peer_configs(args, n)):
                    print(f"• {config.name}", file=sys.stderr)
                    results.append(await run_config(config, args, fake, workdir))
                    if config.kind == "floor":
                        floors[1, n] = results[-1]
        elif not args.no_floor:
            for n in sorted({c.processes for c in configs}):
                print(f"• floor, {n} process(es)", file=sys.stderr)
                floors[n, 0] = await run_config(Config("floor", n), args, fake, workdir)
                results.append(floors[n, 0])
        for config in [] if args.vs_peer else configs:
            print(f"• {config.name}", file=sys.stderr)
            results.append(await run_config(config, args, fake, workdir))
    finally:
        fake.close()
        if args.vs_peer or any(c.store == "postgres" for c in configs):
            with contextlib.suppress(Exception):
                await postgres_admin(f'DROP DATABASE IF EXISTS "{PG_DATABASE}" WITH (FORCE)')

    calibration.append(calibrate())
    command = "uv run python bench/inbound.py " + " ".join(shlex.quote(a) for a in sys.argv[1:])
    print()
    print(f"Inbound Telegram webhook benchmark — {machine()}")
    print(
        f"reference loop (2M iterations of pure Python): {calibration[0]:.0f} ms CPU before, {calibration[1]:.0f} ms "
        "after (higher than usual = a contended machine: CPU figures are inflated too)"
    )
    print(
        "server: `python -m hemsehri serve`; "
        f"closed loop {args.seconds:g} s with {args.connections} connections per server process (after "
        f"{args.warmup:g} s warm-up), then open loop {args.seconds:g} s at half its rate; latencies in ms; "
        "srv/pg ms = CPU ms per update of the server processes / of PostgreSQL; RSS per server process"
    )
    print(table(results, floors))
    print()
    print(details(results))
    print()
    if args.vs_peer:
        print(versus(results))
    else:
        print(targets(results, floors))
    print()
    print(f"reproduce: {command.strip()}")

    failed = [r for r in results if r.error or r.closed is None or not r.closed.count]
    failed += [r for r in results if r.closed and (r.closed.failures or (r.open and r.open.failures))]
    if args.smoke:
        failed += [r for r in results if r.logged_errors]
        failed += [
            r
            for r in results
            if r.config.kind != "floor"
            and r.closed
            and r.closed.count
            and r.calls.get("sendMessage", 0) < r.closed.count * 0.9
        ]
    if failed:
        print(f"FAILED: {', '.join(sorted({r.config.name for r in failed}))}", file=sys.stderr)
        return 1
    return 0


def main() -> int:
    args = parse_args()
    import uvloop

    return uvloop.run(main_async(args))


if __name__ == "__main__":
    sys.exit(main())
