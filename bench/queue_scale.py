"""The queue at city scale: status lookups, queue pages and 50 agents claiming at once, on a seeded PostgreSQL.

    uv run python bench/seed_city.py --database-url postgresql+asyncpg://root@127.0.0.1/hemsehri_bench
    uv run python bench/queue_scale.py --database-url postgresql+asyncpg://root@127.0.0.1/hemsehri_bench

Each line gives latency percentiles and this process's CPU per operation (the machine's load average is printed
at the start and the end). A claim is the console's and the API's: core.queue.claims, which serves the claims
arriving together as one batch (one statement per filter set) and commits each with its audit entry. The 50
agents press "claim next" at the same moment in one process (one pool of 20 connections, and the batches' own
connection), then again spread over --processes serve processes, each with its own, as behind a load
balancer. Each run first gives back the claims of earlier runs and undoes their moves to review, so its claims
of 'received' requests write their status event and notification again; the database is then checked for
requests moved or notified twice.
"""

import argparse
import asyncio
import multiprocessing
import os
import random
import time
from collections import Counter
from datetime import datetime, timedelta

from _load import percentile_ms
from seed_city import SECRET_KEY
from sqlalchemy import select, text
from sqlalchemy.dialects import postgresql

from core import heap
from core.crypto import Vault
from core.db import Database, utcnow
from core.queue import service as queue
from core.queue.claims import Claims
from core.requests import service as requests
from core.requests.actions import Via
from core.requests.models import Request
from core.settings import Settings
from core.staff.models import StaffUser

INTERPRETER_AFTER = timedelta(hours=Settings.model_fields["interpreter_after_hours"].default)  # the default
DESKS = ["social_aid", "refugee_desk", "disability_services", "education", "employment", "contact_centre"]


def percentiles(samples: list[float], cpu: float | None = None) -> str:
    """Latency percentiles, and this process's CPU time per sample when `cpu` (seconds in all) is given."""
    p50, p95, p99 = (percentile_ms(samples, q) for q in (0.50, 0.95, 0.99))
    per = f"; cpu {cpu / len(samples) * 1000:.2f} ms each" if cpu is not None else ""
    return f"p50 {p50:6.2f} ms  p95 {p95:6.2f} ms  p99 {p99:6.2f} ms  (n={len(samples)}{per})"


def load_average() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


async def explain(db: Database, statement) -> str:  # type: ignore[no-untyped-def]
    compiled = statement.compile(dialect=postgresql.dialect(), compile_kwargs={"literal_binds": True})
    async with db.transaction() as session:
        rows = await session.execute(text(f"EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) {compiled}"))
        plan = "\n".join("    " + r[0] for r in rows)
        await session.rollback()
    return plan


async def warm(db: Database, claims: Claims) -> None:
    """Opens every connection of the pool, as in a process that has been serving for a while, and does what a
    serving process does at start-up (hemsehri.processes): readies the claims (`Claims.warm`: their connection and
    statements), then keeps what was built so far out of the garbage collector's walks. Without the latter, a full
    collection walking every object this process holds (~130-170 ms here) landed in one burst of 50 claims and set
    their p99."""

    async def hold() -> None:
        async with db.engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
            await asyncio.sleep(0.05)

    await asyncio.gather(*(hold() for _ in range(db.engine.pool.size())))
    await claims.warm()
    heap.settle()  # as a serving process settles after start-up


async def timed_claim(db: Database, claims: Claims, user: StaffUser) -> tuple[float, int | None]:
    """One agent pressing "claim next": how long it took, and the id of the request it got (None: nothing)."""
    started = time.perf_counter()
    async with db.transaction() as session:
        request = await claims.claim_next(session=session, staff=user, interpreter_after=INTERPRETER_AFTER, via=Via.API)
        request_id = None if request is None else request.id
    return time.perf_counter() - started, request_id


def serve_process(url: str, staff_ids: list[int], rounds: int, start, results) -> None:  # type: ignore[no-untyped-def]
    """One `serve` process with its own pool: its agents press "claim next" when every process is ready."""

    async def run() -> tuple[list[float], list[int], float]:
        db = Database(url, vault=Vault(SECRET_KEY))
        claims = Claims(db)
        async with db.transaction() as session:
            staff = list((await session.execute(select(StaffUser).where(StaffUser.id.in_(staff_ids)))).scalars())
        samples: list[float] = []
        ids: list[int] = []

        async def claim(user: StaffUser) -> None:
            took, request_id = await timed_claim(db, claims, user)
            samples.append(took)
            if request_id is not None:
                ids.append(request_id)

        await warm(db, claims)
        cpu = 0.0
        for round_ in range(rounds):
            start.wait()  # blocks this process only: every process starts the round at the same moment
            if round_ == 0:
                began = time.time()
            before = time.process_time()
            await asyncio.gather(*(claim(user) for user in staff))
            cpu += time.process_time() - before
        ended = time.time()
        await db.dispose()
        return samples, ids, cpu, began, ended

    results.put(asyncio.run(run()))


def claims_in_processes(url: str, staff_ids: list[int], rounds: int, processes: int) -> tuple[list, list, float, float]:
    """The same burst with the agents spread over `processes` serve processes, as behind a load balancer."""
    context = multiprocessing.get_context("spawn")
    start, results = context.Barrier(processes), context.Queue()
    workers = [
        context.Process(target=serve_process, args=(url, staff_ids[i::processes], rounds, start, results))
        for i in range(processes)
    ]
    for worker in workers:
        worker.start()
    samples, ids, cpu, began, ended = [], [], 0.0, [], []
    for _ in workers:
        got_samples, got_ids, got_cpu, got_began, got_ended = results.get()
        samples += got_samples
        ids += got_ids
        cpu += got_cpu
        began.append(got_began)
        ended.append(got_ended)
    for worker in workers:
        worker.join()
    return samples, ids, cpu, max(ended) - min(began)


async def bench(
    url: str,
    lookups: int,
    pages: int,
    agents: int,
    claims_each: int,
    pace: float = 2.0,
    paced_claims: int = 5,
    processes: int = 2,
) -> None:
    db = Database(url, vault=Vault(SECRET_KEY))
    claims = Claims(db)
    async with db.transaction() as session:
        references = list(
            (await session.execute(select(Request.reference).order_by(text("random()")).limit(lookups))).scalars()
        )
        total = await session.scalar(text("SELECT count(*) FROM requests"))
        waiting = await session.scalar(text("SELECT count(*) FROM requests WHERE status IN ('received','in_review')"))
    print(f"requests: {total:,}; waiting for staff: {waiting:,}; load average {load_average()} at start")

    samples = []
    cpu = time.process_time()
    for reference in references:
        started = time.perf_counter()
        async with db.transaction() as session:
            await requests.get_by_reference(session=session, reference=reference)
        samples.append(time.perf_counter() - started)
    print(f"status lookup by reference   {percentiles(samples, time.process_time() - cpu)}")

    rng = random.Random(7)
    samples = []
    cpu = time.process_time()
    for _ in range(pages):
        desks = rng.sample(DESKS, k=rng.randint(1, 3))
        languages = rng.choice([None, ["tr"], ["ar", "fa"], ["uk", "ru"]])
        started = time.perf_counter()
        async with db.transaction() as session:
            await queue.list_queue(
                session=session, desks=desks, languages=languages, limit=50, offset=rng.choice([0, 0, 0, 50, 100])
            )
        samples.append(time.perf_counter() - started)
    print(f"queue page (50 rows)         {percentiles(samples, time.process_time() - cpu)}")

    async with db.transaction() as session:
        # Agents of an earlier run give their claims back and undo their moves to review (events, notifications),
        # so every run starts from the same queue and its claims of 'received' requests do the whole work again.
        await session.execute(
            text(
                "UPDATE requests r SET status = e.from_status FROM status_events e "
                "WHERE e.request_id = r.id AND e.to_status = 'in_review' AND e.actor_staff_id IN "
                "(SELECT id FROM staff_users WHERE username LIKE 'bench-agent-%')"
            )
        )
        await session.execute(
            text(
                "DELETE FROM outbox o USING status_events e WHERE o.request_id = e.request_id "
                "AND o.kind = 'status_changed' AND e.actor_staff_id IN "
                "(SELECT id FROM staff_users WHERE username LIKE 'bench-agent-%')"
            )
        )
        await session.execute(
            text(
                "DELETE FROM status_events WHERE actor_staff_id IN "
                "(SELECT id FROM staff_users WHERE username LIKE 'bench-agent-%')"
            )
        )
        await session.execute(
            text(
                "UPDATE requests SET assignee_id = NULL, claimed_at = NULL WHERE assignee_id IN "
                "(SELECT id FROM staff_users WHERE username LIKE 'bench-agent-%')"
            )
        )
        existing = {
            u.username: u
            for u in (
                await session.execute(select(StaffUser).where(StaffUser.username.like("bench-agent-%")))
            ).scalars()
        }
        staff = [
            existing.get(f"bench-agent-{i}")
            or StaffUser(
                username=f"bench-agent-{i}",
                display_name=f"Agent {i}",
                password_hash="x",
                role="agent",
                desks=["social_aid", "refugee_desk"],
                languages=[],
                active=True,
                console_locale="tr",
            )
            for i in range(agents)
        ]
        session.add_all(staff)
    async with db.transaction() as session:
        claims_started: datetime = await session.scalar(text("SELECT now()"))
    claim_samples: list[float] = []
    claimed: Counter[int] = Counter()

    async def claim(user: StaffUser) -> None:
        took, request_id = await timed_claim(db, claims, user)
        claim_samples.append(took)
        if request_id is not None:
            claimed[request_id] += 1

    await warm(db, claims)
    cpu = time.process_time()
    for _ in range(claims_each):
        await claim(staff[0])
    print(f"claim next, one agent        {percentiles(claim_samples, time.process_time() - cpu)}")
    claim_samples.clear()
    started, cpu = time.perf_counter(), time.process_time()
    for _ in range(claims_each):  # every agent presses "claim next" at the same moment, again and again
        await asyncio.gather(*(claim(user) for user in staff))
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(
        f"claim next, {agents} at once     {percentiles(claim_samples, cpu)}; "
        f"{len(claim_samples) / elapsed:,.0f} claims/s; claimed twice: {sum(1 for c in claimed.values() if c > 1)}"
    )

    if processes > 1:
        samples, ids, cpu, elapsed = await asyncio.to_thread(
            claims_in_processes, url, [user.id for user in staff], claims_each, processes
        )
        claimed.update(ids)
        print(
            f"claim next, {agents} at once over {processes} processes  {percentiles(samples, cpu)}; "
            f"{len(samples) / elapsed:,.0f} claims/s; claimed twice: {sum(1 for c in claimed.values() if c > 1)}"
        )

    # The same 50 agents working side by side as on a busy morning: each presses "claim next" about every
    # `pace` seconds (random, open loop), so claims overlap without all landing in the same millisecond.
    claim_samples.clear()
    pace_rng = random.Random(11)

    async def working(user: StaffUser) -> None:
        for _ in range(paced_claims):
            await asyncio.sleep(pace_rng.expovariate(1 / pace))
            await claim(user)

    started, cpu = time.perf_counter(), time.process_time()
    await asyncio.gather(*(working(user) for user in staff))
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(
        f"claim next, {agents} working   {percentiles(claim_samples, cpu)}; one claim per agent every ~{pace:g} s "
        f"({len(claim_samples) / elapsed:,.0f} claims/s); claimed twice: {sum(1 for c in claimed.values() if c > 1)}"
    )

    async with db.transaction() as session:
        # What the database says: each claimed request moved to review at most once, and notified once.
        events, doubled_events = (
            await session.execute(
                text(
                    "SELECT count(*), count(*) FILTER (WHERE n > 1) FROM (SELECT request_id, count(*) AS n "
                    "FROM status_events WHERE created_at >= :t AND to_status = 'in_review' GROUP BY request_id) e"
                ),
                {"t": claims_started},
            )
        ).one()
        notices, doubled_notices = (
            await session.execute(
                text(
                    "SELECT count(*), count(*) FILTER (WHERE n > 1) FROM (SELECT request_id, count(*) AS n "
                    "FROM outbox WHERE created_at >= :t AND kind = 'status_changed' GROUP BY request_id) o"
                ),
                {"t": claims_started},
            )
        ).one()
        audited = await session.scalar(
            text("SELECT count(*) FROM audit_log WHERE created_at >= :t AND action = 'claim'"), {"t": claims_started}
        )
    print(
        f"claims: {sum(claimed.values()):,} of {len(claimed):,} requests; audited: {audited:,}; moved to review: "
        f"{events:,} (twice: {doubled_events}); notifications queued: {notices:,} (twice: {doubled_notices}); "
        f"load average {load_average()} at end"
    )

    print("\nplans:")
    print("  status lookup:\n" + await explain(db, select(Request).where(Request.reference == references[0])))
    print("  queue page:\n" + await explain(db, queue._queue_query(desks=["social_aid"], languages=["ar"]).limit(50)))
    print(
        "  queue page of a small desk (page 3):\n"
        + await explain(db, queue._queue_query(desks=["contact_centre"]).limit(50).offset(100))
    )
    # The whole claim of 50 agents as executed (EXPLAIN ANALYZE runs it; explain() rolls it back).
    print(
        f"  claim next, {agents} agents in one statement:\n"
        + await explain(
            db,
            queue.claim_statement(by_language=False).params(
                queue.claim_parameters(staff=staff[0], stranded_before=utcnow(), read=[]),
                staff_ids=[user.id for user in staff],
                now=utcnow(),
            ),
        )
    )
    print(
        f"\nreproduce: uv run python bench/queue_scale.py --database-url {url} --lookups {lookups} "
        f"--pages {pages} --agents {agents} --claims-each {claims_each} --pace {pace:g} "
        f"--paced-claims {paced_claims} --processes {processes}"
    )
    await db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--lookups", type=int, default=2000)
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--agents", type=int, default=50)
    parser.add_argument("--claims-each", type=int, default=20)
    parser.add_argument("--pace", type=float, default=2.0, help="seconds between one working agent's claims")
    parser.add_argument("--paced-claims", type=int, default=5, help="claims per working agent")
    parser.add_argument(
        "--processes",
        type=int,
        default=2,
        help="also run the burst with the agents spread over this many serve processes (1: don't)",
    )
    args = parser.parse_args()
    asyncio.run(
        bench(
            args.database_url,
            args.lookups,
            args.pages,
            args.agents,
            args.claims_each,
            args.pace,
            args.paced_claims,
            args.processes,
        )
    )


if __name__ == "__main__":
    main()
