"""The conversations engine alone, in this process: CPU and database statements per Telegram update.

No HTTP and no Bot API: realistic updates (bench/_load.py's people applying, asking and checking status in a
dozen languages) go through the Telegram pipeline's `process` into the real engine and database; the replies'
Bot API calls are counted, not sent. It separates the engine's own cost from the webhook, the Bot API client
and the machine's other load, which bench/inbound.py measures all together.

    uv run python bench/engine.py                                  # SQLite and PostgreSQL (+ Redis flood guard)
    uv run python bench/engine.py --store postgres --updates 5000
    uv run python bench/engine.py --smoke                          # a few hundred updates on SQLite (CI)
    uv run python bench/engine.py --store postgres --profile /tmp/engine.prof   # cProfile on CPU time
    uv run python bench/engine.py --store postgres --by-kind       # one update at a time: CPU by kind of update
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import pstats
import re
import sys
import tempfile
import time
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import asyncpg  # noqa: E402
from redis.asyncio import Redis  # noqa: E402
from sqlalchemy import event  # noqa: E402

from bench._load import BOT_TOKEN, Population, calibrate, percentile_ms  # noqa: E402
from bot.telegram.parse import bot_id_from_token, source_for  # noqa: E402
from bot.telegram.render import ApiCall  # noqa: E402
from bot.telegram.updates import UpdatePipeline  # noqa: E402
from core import heap, migrate  # noqa: E402
from core.catalogue import load_catalogue  # noqa: E402
from core.context import CoreContext  # noqa: E402
from core.crypto import Vault  # noqa: E402
from core.db import Database  # noqa: E402
from core.i18n import Translator  # noqa: E402
from core.intents import intent_book  # noqa: E402
from core.language_detection import load_model  # noqa: E402
from core.person_guards import RedisFloodGuard  # noqa: E402
from core.safeguarding.detector import load_lists  # noqa: E402
from core.settings import PACKAGED_CATALOGUE, Settings  # noqa: E402
from handlers.engine import Conversations  # noqa: E402

PG_ADMIN = "postgresql://127.0.0.1/test"
REDIS_URL = "redis://127.0.0.1:6379/0"
SECRET = "bench-" + "k" * 40
_FROM = re.compile(r"\bFROM\s+(\w+)", re.IGNORECASE)


async def run_store(store: str, updates: int, concurrency: int, profile: str | None, by_kind: bool = False) -> str:
    """Feeds `updates` updates (after a warm-up) and returns the figures' lines."""
    scratch = f"hemsehri_engine_{uuid.uuid4().hex[:8]}"
    redis = None
    with tempfile.TemporaryDirectory() as data_dir:
        if store == "postgres":
            admin = await asyncpg.connect(PG_ADMIN)
            await admin.execute(f'CREATE DATABASE "{scratch}"')
            await admin.close()
            url = f"postgresql+asyncpg://127.0.0.1/{scratch}"
        else:
            url = f"sqlite+aiosqlite:///{data_dir}/hemsehri.db"
        db = Database(url)
        try:
            await migrate.upgrade(db.engine)
            catalogue = load_catalogue(PACKAGED_CATALOGUE)
            ctx = CoreContext(
                Settings(data_dir=Path(data_dir), database_url=url, secret_key=SECRET), db, catalogue, Vault(SECRET)
            )
            translator = Translator(catalogue.city.locales, catalogue.city.default_locale)
            if store == "postgres":  # the scaled mode: the flood budget in Redis
                redis = Redis.from_url(REDIS_URL)
                conversations = Conversations(ctx, translator, flood=RedisFloodGuard(redis, prefix=scratch))
            else:
                conversations = Conversations(ctx, translator)
            pipeline = UpdatePipeline(conversations, translator, source_for(bot_id_from_token(BOT_TOKEN)))
            # As `hemsehri serve` starts (hemsehri.processes): the language model, the phrase lists, the intent
            # book and every language's catalogue loaded before the first update, then the heap settled.
            load_model(Path(data_dir) / "cache")
            load_lists()
            intent_book(tuple(translator.locales))
            translator.parse_every_language()
            heap.settle()
            return await measure(store, db, pipeline, updates, concurrency, profile, by_kind)
        finally:
            await db.dispose()
            if redis is not None:
                await redis.aclose()
            if store == "postgres":
                admin = await asyncpg.connect(PG_ADMIN)
                await admin.execute(f'DROP DATABASE IF EXISTS "{scratch}" WITH (FORCE)')
                await admin.close()


async def pool_connections(db: Database) -> list[Any]:
    """The driver connections of the engine's pool (asyncpg, aiosqlite), all of them opened (the pool holds at most
    pool_size)."""
    held = [await db.engine.connect() for _ in range(db.engine.pool.size())]  # type: ignore[attr-defined]
    found = [(await held_one.get_raw_connection()).driver_connection for held_one in held]
    for held_one in held:
        await held_one.close()
    return found


async def measure(
    store: str,
    db: Database,
    pipeline: UpdatePipeline,
    updates: int,
    concurrency: int,
    profile: str | None,
    by_kind: bool = False,
) -> str:
    statements: Counter[str] = Counter()
    calls: Counter[str] = Counter()

    def count(statement: str) -> None:
        table = _FROM.search(statement)
        kind = f"SELECT {table.group(1)}" if statement.lstrip().upper().startswith("SELECT") and table else None
        statements[kind or " ".join(statement.split()[:3])] += 1

    # Every statement, SQLAlchemy's and those run on the driver directly (core.db.Driver); not the transactions'
    # BEGIN and COMMIT. asyncpg logs only the driver's (SQLAlchemy prepares its own); SQLite traces them all.
    if store == "postgres":
        event.listen(db.engine.sync_engine, "before_cursor_execute", lambda *args: count(args[2]))
        for connection in await pool_connections(db):
            connection.add_query_logger(lambda query: query.query in ("BEGIN;", "COMMIT;") or count(query.query))
    else:
        for connection in await pool_connections(db):
            await connection.set_trace_callback(lambda sql: sql.split()[0] in ("BEGIN", "COMMIT") or count(sql))

    async def execute(call: ApiCall) -> str:
        calls[call.method] += 1
        return "1"

    population = Population()
    spent: dict[str, list[tuple[float, int]]] = {}  # --by-kind: CPU seconds and statements of each update

    async def feed(total: int) -> None:
        left = [total]

        async def one_connection() -> None:
            while left[0] > 0:
                left[0] -= 1
                person = population.take(time.monotonic())
                update = json.loads(population.next_update(person))
                if by_kind:  # timed only here: the other figures are the whole run's
                    cpu, done = time.process_time(), statements.total()
                    await pipeline.process(update, execute)
                    spent.setdefault(kind_of(update), []).append((time.process_time() - cpu, statements.total() - done))
                else:
                    await pipeline.process(update, execute)
                population.give_back(person, time.monotonic())

        await asyncio.gather(*(one_connection() for _ in range(concurrency)))

    await feed(max(200, updates // 5))  # warm-up: people under way, statements compiled
    spent.clear()
    statements.clear()
    calls.clear()
    population.kinds.clear()
    profiler = cProfile.Profile(time.process_time) if profile else None
    cpu, wall = time.process_time(), time.perf_counter()
    if profiler:
        profiler.enable()
    await feed(updates)
    if profiler:
        profiler.disable()
        profiler.dump_stats(profile)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    per = lambda n: n / updates  # noqa: E731
    lines = [
        f"{store:8}  {updates:,} updates  {1000 * cpu / updates:5.2f} ms CPU/update (this process: engine, driver, "
        f"{'asyncpg' if store == 'postgres' else 'aiosqlite thread'})  {updates / wall:,.0f}/s wall  "
        f"statements/update {per(sum(statements.values())):.2f}  Bot API calls/update {per(sum(calls.values())):.2f}",
        "          statements: " + ", ".join(f"{kind} {per(n):.2f}" for kind, n in statements.most_common(8)),
        "          mix: " + ", ".join(f"{kind} {n}" for kind, n in population.kinds.most_common()),
    ]
    if profiler:  # a count that a busy machine does not change, unlike the CPU time
        lines.append(f"          Python function calls/update {per(pstats.Stats(profiler).total_calls):,.0f}")
    if by_kind:
        lines += by_kind_lines(spent)
    return "\n".join(lines)


def kind_of(update: dict[str, Any]) -> str:
    """What an update asks, for --by-kind: a button's action (its choice too, unless it is a language, a
    programme or a district), a command, or the kind of message."""
    if "callback_query" in update:
        action, _, choice = update["callback_query"]["data"].partition(":")
        return f"button {action}:{'*' if action in ('lang', 'prog', 'dist') else choice.partition(':')[0]}"
    message = update["message"]
    if "text" in message:
        return message["text"].split()[0] if message["text"].startswith("/") else "text"
    return next((kind for kind in ("contact", "photo", "document", "location") if kind in message), "other")


def by_kind_lines(spent: dict[str, list[tuple[float, int]]]) -> list[str]:
    """CPU per update by kind, most CPU first, and the percentiles of all (one update at a time: no queueing)."""
    every = [cpu for runs in spent.values() for cpu, _ in runs]
    total = sum(every)
    p50, p90, p99 = (percentile_ms(every, q) for q in (0.5, 0.9, 0.99))
    lines = [f"          one update at a time, ms CPU: p50 {p50:.2f}  p90 {p90:.2f}  p99 {p99:.2f}"]
    for kind, runs in sorted(spent.items(), key=lambda item: -sum(cpu for cpu, _ in item[1])):
        cpu = sum(cpu for cpu, _ in runs)
        lines.append(
            f"          {kind:24} {len(runs):5} updates  {1000 * cpu / len(runs):5.2f} ms CPU  "
            f"{100 * cpu / total:4.1f}% of all  {sum(n for _, n in runs) / len(runs):4.1f} statements"
        )
    return lines


async def main_async(args: argparse.Namespace) -> int:
    stores = ("sqlite", "postgres") if args.store == "both" else (args.store,)
    print(
        f"engine alone, in process; reference loop {calibrate():.0f} ms CPU (higher = a busier machine); "
        f"{args.concurrency} updates in flight"
    )
    for store in stores:
        print(await run_store(store, args.updates, args.concurrency, args.profile, args.by_kind), flush=True)
    argv = " ".join(sys.argv[1:])
    print(f"reproduce: uv run python bench/engine.py {argv}".rstrip())
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store", choices=("sqlite", "postgres", "both"), default="both")
    parser.add_argument("--updates", type=int, default=3000)
    parser.add_argument("--concurrency", type=int, default=32, help="updates in flight at once")
    parser.add_argument("--profile", metavar="FILE", help="cProfile (CPU time) of the measured updates")
    parser.add_argument(
        "--by-kind", action="store_true", help="one update at a time (--concurrency 1): CPU by kind of update"
    )
    parser.add_argument("--smoke", action="store_true", help="a few hundred updates on SQLite (CI)")
    args = parser.parse_args()
    if args.by_kind:
        args.concurrency = 1
    if args.smoke:
        args.store, args.updates = "sqlite", 300
    return asyncio.run(main_async(args))


if __name__ == "__main__":
    sys.exit(main())
