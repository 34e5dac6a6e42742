"""The delivery worker's sending rate against a fake Bot API that enforces Telegram's flood limits.

For each configured rate (30/s, Telegram's default for a bot, and 1,000/s, a bot allowed paid broadcasts) it
starts the fake Bot API in its own process, answering 429 past the limits (the bot's rate overall, one message
a second per chat), seeds outbox rows across many chats (announcements, each to every chat in turn), runs one
DeliveryWorker with the real aiogram (or python-telegram-bot) client until every row is settled, and prints
the rate the fake saw, what was lost or doubled, and how many 429s it answered.

    uv run python bench/delivery_rate.py                 # ~20 s of sending at each rate, SQLite in a temp dir
    uv run python bench/delivery_rate.py --smoke         # a few seconds, for CI (exits 1 on a lost or doubled row)
    uv run python bench/delivery_rate.py --database-url postgresql+asyncpg://127.0.0.1/hemsehri_bench
"""

import argparse
import asyncio
import json
import math
import os
import shlex
import sys
import tempfile
import time
import uuid
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pydantic import SecretStr  # noqa: E402
from sqlalchemy import func, insert, select  # noqa: E402

from bot.telegram.channel import build_runtime  # noqa: E402
from core import migrate  # noqa: E402
from core.contacts.models import Contact  # noqa: E402
from core.crypto import Vault  # noqa: E402
from core.db import Database, utcnow  # noqa: E402
from core.delivery.worker import DeliveryWorker  # noqa: E402
from core.i18n import Translator  # noqa: E402
from core.outbox.models import OutboxItem  # noqa: E402
from core.ratelimit import Limits, MemoryPacer  # noqa: E402
from core.settings import Settings  # noqa: E402

TOKEN = "123456:BENCH-TOKEN"
SECRET_KEY = "bench-secret-key-not-for-production-0123456789"


@dataclass(frozen=True)
class Scenario:
    """One run: the configured rate, how many rows to how many chats, the worker's batch."""

    rate: float
    rows: int
    chats: int
    batch: int


@dataclass(frozen=True)
class Figures:
    scenario: Scenario
    sent: int
    achieved: float  # rows/s the fake accepted over the steady part (10th to 90th percentile of arrivals)
    overall: float  # rows/s from the first to the last accepted send
    lost: int  # rows whose text never reached the fake
    doubled: int  # rows whose text reached it more than once
    too_many: int  # 429 answers
    busiest: int  # the most sends the fake accepted in any one second (its limit is the configured rate)
    not_sent: Counter[str]  # rows not in state `sent` at the end, by state
    seconds: float
    cpu_ms_per_row: float  # CPU time of the worker's process (worker, client library, database driver) per row
    cpu_share: float  # that CPU time over the run's wall time: near 1.0, the worker is bound by one core
    fake_cpu_share: float  # the fake Bot API's CPU time over the run's wall time
    cpu_wait_share: float  # time the worker's event loop was ready to run but waited for a CPU (Linux), over wall


# ------------------------------------------------------------------------------------------ the fake

# The fake Bot API's process: its own interpreter (so it neither shares the worker's CPU nor imports aiogram),
# serving until a line arrives on stdin, then printing what it accepted as one line of JSON.
FAKE_SERVER = """
import asyncio, gc, json, sys, time
from tests.fakes.telegram_api import FakeTelegram, Limits

async def main():
    limits = Limits(**json.loads(sys.argv[1]))
    async with FakeTelegram([sys.argv[2]], limits=limits) as fake:
        print(json.dumps({"base_url": fake.base_url, "cpu": time.process_time()}), flush=True)
        await asyncio.to_thread(sys.stdin.readline)
        accepted = [[c.params.get("text"), c.time] for c in fake.calls
                    if c.method == "sendMessage" and c.status == 200]
        print(json.dumps({"accepted": accepted, "too_many": fake.too_many_requests, "cpu": time.process_time()}))

gc.disable()  # the fake stands in for Telegram's servers: its collection pauses are not the worker's
asyncio.run(main())
"""


class FakeProcess:
    """The fake Bot API enforcing these limits, in a process of its own."""

    def __init__(self, limits: Limits) -> None:
        self.limits = {
            "global_per_second": int(limits.per_second),
            "per_chat_per_second": limits.per_chat_per_second,
            "per_chat_burst": limits.per_chat_burst,
            "per_group_per_minute": int(limits.per_group_per_minute),
        }

    async def __aenter__(self) -> "FakeProcess":
        self.process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-c",
            FAKE_SERVER,
            json.dumps(self.limits),
            TOKEN,
            cwd=ROOT,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            limit=2**28,
        )
        assert self.process.stdout is not None
        ready = await self.process.stdout.readline()
        if not ready.startswith(b"{"):
            raise SystemExit("the fake Bot API did not start")
        self.base_url, self.cpu_at_start = json.loads(ready)["base_url"], json.loads(ready)["cpu"]
        return self

    async def results(self) -> tuple[list[tuple[str, float]], int, float]:
        """(text, arrival time) of every accepted send, the number of 429 answers, and its CPU seconds since ready."""
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(b"stop\n")
        await self.process.stdin.drain()
        answer = json.loads(await self.process.stdout.readline())
        return [(text, at) for text, at in answer["accepted"]], answer["too_many"], answer["cpu"] - self.cpu_at_start

    async def __aexit__(self, *exc: object) -> None:
        if self.process.returncode is None:
            self.process.kill()
        await self.process.wait()


# ------------------------------------------------------------------------------------------ the run


class NoConversations:
    async def handle(self, inbound):  # type: ignore[no-untyped-def]
        raise AssertionError("the benchmark pushes no updates")

    def menu_labels(self, locale: str) -> list:
        return []


async def seed(db: Database, scenario: Scenario, tag: str) -> tuple[int, int]:
    """Inserts the chats and the rows (announcement n goes to every chat before n+1); returns the id range."""
    now = utcnow()
    base = 7_000_000_000 + int(uuid.uuid4().int % 1_000_000) * 1_000_000
    async with db.transaction() as session:
        await session.execute(
            insert(Contact),
            [
                {
                    "channel": "telegram",
                    "platform_user_id": f"{tag}-{i}",
                    "chat_id": str(base + i),
                    "language": "tr",
                    "language_source": "platform",
                    "blocked": False,
                    "created_at": now,
                }
                for i in range(scenario.chats)
            ],
        )
        mine = [f"{tag}-{i}" for i in range(scenario.chats)]  # platform ids are sealed: found by equality only
        ids = list(
            (
                await session.execute(select(Contact.id).where(Contact.platform_user_id.in_(mine)).order_by(Contact.id))
            ).scalars()
        )
        first = (await session.execute(select(func.coalesce(func.max(OutboxItem.id), 0)))).scalar_one() + 1
        chunk = 5_000
        for start in range(0, scenario.rows, chunk):
            await session.execute(
                insert(OutboxItem),
                [
                    {
                        "contact_id": ids[n % len(ids)],
                        "channel": "telegram",
                        "kind": "announcement",
                        "payload": {"texts": {"tr": f"Duyuru {n // len(ids)}: {tag} #{n}"}},
                        "state": "pending",
                        "attempts": 0,
                        "next_attempt_at": now,
                        "created_at": now,
                    }
                    for n in range(start, min(scenario.rows, start + chunk))
                ],
            )
        last = (await session.execute(select(func.max(OutboxItem.id)))).scalar_one()
    return first, last


async def unsettled(db: Database, first: int, last: int) -> bool:
    """Whether a row of the run is still pending or being sent (one index probe: the check shares the worker's CPU)."""
    async with db.transaction() as session:
        waiting = OutboxItem.state.in_(["pending", "claimed", "sending"])
        return (
            await session.execute(select(OutboxItem.id).where(waiting, OutboxItem.id.between(first, last)).limit(1))
        ).first() is not None


async def settled(db: Database, first: int, last: int) -> Counter[str]:
    async with db.transaction() as session:
        rows = await session.execute(
            select(OutboxItem.state, func.count()).where(OutboxItem.id.between(first, last)).group_by(OutboxItem.state)
        )
        return Counter(dict(rows.all()))


async def run(scenario: Scenario, url: str, runtime_kind: str, data_dir: Path) -> Figures:
    limits = Limits(per_second=scenario.rate, per_chat_per_second=1, per_chat_burst=1)
    db = Database(url, vault=Vault(SECRET_KEY))
    await migrate.upgrade(db.engine)
    async with db.transaction() as session:
        busy = (
            await session.execute(
                select(func.count())
                .select_from(OutboxItem)
                .where(OutboxItem.state.in_(["pending", "claimed", "sending"]))
            )
        ).scalar_one()
    if busy:
        raise SystemExit(f"{url}: the outbox has {busy} rows waiting; use an empty database for the benchmark")
    tag = f"bench-{uuid.uuid4().hex[:8]}"
    first, last = await seed(db, scenario, tag)
    texts = {}
    async with db.transaction() as session:
        for row_id, payload in await session.execute(
            select(OutboxItem.id, OutboxItem.payload).where(OutboxItem.id.between(first, last))
        ):
            texts[row_id] = payload["texts"]["tr"]

    async with FakeProcess(limits) as fake:
        settings = Settings(
            data_dir=data_dir,
            telegram_token=SecretStr(TOKEN),
            telegram_api_url=fake.base_url,
            telegram_runtime=runtime_kind,
        )
        translator = Translator(["tr"], "tr")
        runtime = build_runtime(settings, conversations=NoConversations(), translator=translator)
        await runtime.me()  # the token check every start makes
        worker = DeliveryWorker(
            db=db,
            translator=translator,
            senders={"telegram": runtime},
            pacers={"telegram": MemoryPacer(limits)},
            batch=scenario.batch,
            name="bench",
        )
        stop = asyncio.Event()
        started, cpu, queued = time.perf_counter(), time.process_time(), run_queue_wait()
        task = asyncio.create_task(worker.run(stop=stop, idle_poll=0.1))
        while await unsettled(db, first, last) and not task.done():  # noqa: ASYNC110
            await asyncio.sleep(0.25)  # the worker has no "all done" signal: look at the outbox four times a second
        seconds, cpu, queued = time.perf_counter() - started, time.process_time() - cpu, run_queue_wait() - queued
        stop.set()
        await task
        await runtime.close()
        accepted, too_many, fake_cpu = await fake.results()
    states = await settled(db, first, last)
    await db.dispose()

    ours = set(texts.values())
    counts = Counter(text for text, _ in accepted if text in ours)
    times = sorted(at for text, at in accepted if text in ours)
    return Figures(
        scenario=scenario,
        sent=len(times),
        achieved=steady_rate(times),
        overall=overall_rate(times),
        lost=sum(1 for text in ours if counts[text] == 0),
        doubled=sum(1 for n in counts.values() if n > 1),
        too_many=too_many,
        busiest=busiest_second(times),
        seconds=seconds,
        not_sent=Counter({k: v for k, v in states.items() if k != "sent"}),
        cpu_ms_per_row=1000 * cpu / scenario.rows,
        cpu_share=cpu / seconds,
        fake_cpu_share=fake_cpu / seconds,
        cpu_wait_share=queued / seconds,
    )


def run_queue_wait() -> float:
    """Seconds this process's main thread has spent runnable but waiting for a CPU (0 where /proc has no schedstat)."""
    try:
        return int(Path("/proc/self/schedstat").read_text().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return 0.0


def busiest_second(times: list[float]) -> int:
    """The most sends in any window (t - 1, t], the fake's own rule."""
    most, first = 0, 0
    for last, t in enumerate(times):
        while times[first] <= t - 1:
            first += 1
        most = max(most, last - first + 1)
    return most


def steady_rate(times: list[float]) -> float:
    """Sends per second between the 10th and the 90th percentile of arrivals (no warm-up, no tail)."""
    if len(times) < 10:
        return overall_rate(times)
    lo, hi = len(times) // 10, len(times) * 9 // 10
    return (hi - lo) / (times[hi] - times[lo]) if times[hi] > times[lo] else math.nan


def overall_rate(times: list[float]) -> float:
    return (len(times) - 1) / (times[-1] - times[0]) if len(times) > 1 and times[-1] > times[0] else math.nan


def report(results: list[Figures]) -> str:
    """The figures as a table, then where the worker's time went."""
    lines = [
        f"{'configured':>10}  {'achieved':>9}  {'of conf.':>8}  {'lost':>4}  {'sent twice':>10}  {'429s':>4}  "
        f"{'not sent':>8}  {'busiest s':>9}  {'rows':>6} to {'chats':<6}  {'batch':>5}  {'overall':>9}  {'time':>6}"
    ]
    for f in results:
        s = f.scenario
        lines.append(
            f"{s.rate:>8.0f}/s  {f.achieved:>7.1f}/s  {f.achieved / s.rate:>8.1%}  {f.lost:>4}  {f.doubled:>10}  "
            f"{f.too_many:>4}  {sum(f.not_sent.values()):>8}  {f.busiest:>9}  {s.rows:>6} to {s.chats:<6}  "
            f"{s.batch:>5}  {f.overall:>7.1f}/s  {f.seconds:>5.1f}s"
        )
    lines.append(
        "achieved: rows/s the fake accepted between the 10th and the 90th percentile of arrivals; "
        "overall: first to last; busiest s: the most it accepted in any one second"
    )
    for f in results:
        lines.append(
            f"{f.scenario.rate:>8.0f}/s: worker process CPU {f.cpu_ms_per_row:.2f} ms/row, on a CPU {f.cpu_share:.0%} "
            f"of the run and waiting for one {f.cpu_wait_share:.0%}; the fake used {f.fake_cpu_share:.0%} of a core"
            + (f"; not sent: {dict(f.not_sent)}" if f.not_sent else "")
        )
    return "\n".join(lines)


def scenarios(seconds: float, rates: list[float]) -> list[Scenario]:
    """`seconds` of sending at each rate; two announcements per chat, so each chat hears twice, far apart."""
    chosen = []
    for rate in rates:
        rows = max(20, int(rate * seconds))
        chosen.append(Scenario(rate=rate, rows=rows, chats=max(10, rows // 2), batch=max(10, int(rate / 4))))
    return chosen


async def main(args: argparse.Namespace) -> int:
    seconds = 2.0 if args.smoke else args.seconds
    results = []
    with tempfile.TemporaryDirectory(prefix="hemsehri-bench-") as tmp:
        for scenario in scenarios(seconds, args.rates):
            url = args.database_url or f"sqlite+aiosqlite:///{tmp}/delivery-{scenario.rate:g}.db"
            print(f"{scenario.rate:g}/s: {scenario.rows} rows to {scenario.chats} chats", file=sys.stderr, flush=True)
            results.append(await run(scenario, url, args.runtime, Path(tmp) / "data"))
    print(report(results))
    command = ["uv", "run", "python", "bench/delivery_rate.py", *sys.argv[1:]]
    database = args.database_url or "SQLite in a temp dir"
    print(
        f"\nDeliveryWorker with {args.runtime}, {database}; the fake Bot API in its own process answers 429 past "
        f"the configured rate overall and 1 message/s per chat; {os.cpu_count()} CPUs, load average "
        f"{' '.join(f'{x:.1f}' for x in os.getloadavg())}"
    )
    print(f"reproduce: {shlex.join(command)}")
    # A stray 429 on a busy machine is retried as Telegram asks and costs nothing; lost, doubled or
    # unsettled rows, or 429s by the hundred (pacing broken), fail the run.
    ok = all(
        f.lost == 0 and f.doubled == 0 and not f.not_sent and f.too_many <= max(1, f.scenario.rows // 100)
        for f in results
    )
    return 0 if ok else 1


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--smoke", action="store_true", help="a tiny run of a few seconds (CI)")
    parser.add_argument("--database-url", help="e.g. postgresql+asyncpg://127.0.0.1/hemsehri_bench (default: SQLite)")
    parser.add_argument("--runtime", choices=["aiogram", "ptb"], default="aiogram")
    parser.add_argument("--seconds", type=float, default=20.0, help="seconds of sending at each rate")
    parser.add_argument("--rates", type=float, nargs="+", default=[30.0, 1000.0])
    sys.exit(asyncio.run(main(parser.parse_args())))
