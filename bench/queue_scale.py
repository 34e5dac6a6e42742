"""The queue at city scale: status lookups, queue pages and 50 agents claiming at once, on a seeded PostgreSQL.

    uv run python bench/seed_city.py --database-url postgresql+asyncpg://root@127.0.0.1/hemsehri_bench
    uv run python bench/queue_scale.py --database-url postgresql+asyncpg://root@127.0.0.1/hemsehri_bench
"""

import argparse
import asyncio
import random
import time
from collections import Counter

from sqlalchemy import select, text
from sqlalchemy.dialects import postgresql

from core.db import Database
from core.queue import service as queue
from core.requests import service as requests
from core.requests.models import Request
from core.staff.models import StaffUser

DESKS = ["social_aid", "refugee_desk", "disability_services", "education", "employment", "contact_centre"]


def percentiles(samples: list[float]) -> str:
    ordered = sorted(samples)
    p = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000  # noqa: E731
    return f"p50 {p(0.50):6.2f} ms  p95 {p(0.95):6.2f} ms  p99 {p(0.99):6.2f} ms  (n={len(ordered)})"


async def explain(db: Database, statement) -> str:  # type: ignore[no-untyped-def]
    compiled = statement.compile(dialect=postgresql.dialect(), compile_kwargs={"literal_binds": True})
    async with db.transaction() as session:
        rows = await session.execute(text(f"EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) {compiled}"))
        plan = "\n".join("    " + r[0] for r in rows)
        await session.rollback()
    return plan


async def bench(
    url: str, lookups: int, pages: int, agents: int, claims_each: int, pace: float = 2.0, paced_claims: int = 5
) -> None:
    db = Database(url)
    async with db.transaction() as session:
        references = list((await session.execute(
            select(Request.reference).order_by(text("random()")).limit(lookups)
        )).scalars())
        total = await session.scalar(text("SELECT count(*) FROM requests"))
        waiting = await session.scalar(text("SELECT count(*) FROM requests WHERE status IN ('received','in_review')"))
    print(f"requests: {total:,}; waiting for staff: {waiting:,}")

    samples = []
    for reference in references:
        started = time.perf_counter()
        async with db.transaction() as session:
            await requests.get_by_reference(session=session, reference=reference)
        samples.append(time.perf_counter() - started)
    print(f"status lookup by reference   {percentiles(samples)}")

    rng = random.Random(7)
    samples = []
    for _ in range(pages):
        desks = rng.sample(DESKS, k=rng.randint(1, 3))
        languages = rng.choice([None, ["tr"], ["ar", "fa"], ["uk", "ru"]])
        started = time.perf_counter()
        async with db.transaction() as session:
            await queue.list_queue(session=session, desks=desks, languages=languages, limit=50,
                                   offset=rng.choice([0, 0, 0, 50, 100]))
        samples.append(time.perf_counter() - started)
    print(f"queue page (50 rows)         {percentiles(samples)}")

    async with db.transaction() as session:
        # Agents of an earlier run give their claims back, so every run starts from the same queue.
        await session.execute(text(
            "UPDATE requests SET assignee_id = NULL, claimed_at = NULL WHERE assignee_id IN "
            "(SELECT id FROM staff_users WHERE username LIKE 'bench-agent-%')"
        ))
        existing = {u.username: u for u in (await session.execute(
            select(StaffUser).where(StaffUser.username.like("bench-agent-%")))).scalars()}
        staff = [
            existing.get(f"bench-agent-{i}") or StaffUser(
                username=f"bench-agent-{i}", display_name=f"Agent {i}", password_hash="x", role="agent",
                desks=["social_aid", "refugee_desk"], languages=[], active=True, failed_logins=0,
                console_locale="tr")
            for i in range(agents)
        ]
        session.add_all(staff)
    claim_samples: list[float] = []
    claimed: Counter[int] = Counter()

    async def claim(user: StaffUser) -> None:
        started = time.perf_counter()
        async with db.transaction() as session:
            request = await queue.claim_next(session=session, staff=user)
        claim_samples.append(time.perf_counter() - started)
        if request is not None:
            claimed[request.id] += 1

    for _ in range(claims_each):
        await claim(staff[0])
    print(f"claim next, one agent        {percentiles(claim_samples)}")
    claim_samples.clear()
    started = time.perf_counter()
    for _ in range(claims_each):  # every agent presses "claim next" at the same moment, again and again
        await asyncio.gather(*(claim(user) for user in staff))
    elapsed = time.perf_counter() - started
    print(f"claim next, {agents} at once     {percentiles(claim_samples)}; "
          f"{len(claim_samples) / elapsed:,.0f} claims/s; claimed twice: {sum(1 for c in claimed.values() if c > 1)}")

    # The same 50 agents working side by side as on a busy morning: each presses "claim next" about every
    # `pace` seconds (random, open loop), so claims overlap without all landing in the same millisecond.
    claim_samples.clear()
    pace_rng = random.Random(11)

    async def working(user: StaffUser) -> None:
        for _ in range(paced_claims):
            await asyncio.sleep(pace_rng.expovariate(1 / pace))
            await claim(user)

    started = time.perf_counter()
    await asyncio.gather(*(working(user) for user in staff))
    elapsed = time.perf_counter() - started
    print(f"claim next, {agents} working   {percentiles(claim_samples)}; one claim per agent every ~{pace:g} s "
          f"({len(claim_samples) / elapsed:,.0f} claims/s); claimed twice: {sum(1 for c in claimed.values() if c > 1)}")

    print("\nplans:")
    print("  status lookup:\n" + await explain(db, select(Request).where(Request.reference == references[0])))
    print("  queue page:\n" + await explain(db, queue._queue_query(desks=["social_aid"], languages=["ar"]).limit(50)))
    print("  claim next:\n" + await explain(
        db, queue._queue_query(desks=["social_aid", "refugee_desk"]).where(Request.assignee_id.is_(None)).limit(1)
        .with_for_update(skip_locked=True)))
    print(f"\nreproduce: uv run python bench/queue_scale.py --database-url {url} --lookups {lookups} "
          f"--pages {pages} --agents {agents} --claims-each {claims_each} --pace {pace:g} "
          f"--paced-claims {paced_claims}")
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
    args = parser.parse_args()
    asyncio.run(bench(args.database_url, args.lookups, args.pages, args.agents, args.claims_each, args.pace,
                      args.paced_claims))


if __name__ == "__main__":
    main()
