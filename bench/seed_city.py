"""Seeds a PostgreSQL database at city scale for the queue benchmark (COPY, with a progress bar).

    uv run python bench/seed_city.py --database-url postgresql+asyncpg://root@127.0.0.1/hemsehri_bench \
        --contacts 300000 --requests 1000000 --messages 5000000
"""

import argparse
import asyncio
import json
import random
import sys
import time
from datetime import UTC, datetime, timedelta

import asyncpg

from core import migrate
from core.catalogue import load_catalogue
from core.crypto import Vault
from core.db import Database
from core.references import new_reference
from core.requests.statuses import Status
from core.settings import PACKAGED_CATALOGUE

CHUNK = 50_000
# Personal columns are sealed: the rows are sealed here with this key, and bench/queue_scale.py opens them with it.
SECRET_KEY = "bench-secret-key-not-for-production-0123456789"
LANGUAGES = ["tr"] * 71 + ["ar"] * 15 + ["fa"] * 5 + ["ps", "kmr", "ckb", "uk", "ru", "en", "fr", "so", "fa-AF"]
# Most requests of two years are finished; a few percent wait for staff or the citizen.
STATUSES = (
    [Status.DELIVERED] * 55
    + [Status.CLOSED] * 15
    + [Status.REJECTED] * 10
    + [Status.CANCELLED] * 4
    + [Status.APPROVED] * 4
    + [Status.READY] * 3
    + [Status.NEEDS_INFO] * 3
    + [Status.IN_REVIEW] * 3
    + [Status.RECEIVED] * 3
)


def progress(label: str, done: int, total: int, started: float) -> None:
    width = 40
    filled = int(width * done / total)
    rate = done / max(time.monotonic() - started, 1e-9)
    sys.stderr.write(f"\r{label:>9} [{'#' * filled}{'.' * (width - filled)}] {done:>9,}/{total:,} {rate:>9,.0f}/s")
    if done >= total:
        sys.stderr.write("\n")
    sys.stderr.flush()


async def copy_in(connection: asyncpg.Connection, table: str, columns: list[str], rows, total: int) -> None:
    started, done, chunk = time.monotonic(), 0, []
    for row in rows:
        chunk.append(row)
        if len(chunk) == CHUNK:
            await connection.copy_records_to_table(table, records=chunk, columns=columns)
            done += len(chunk)
            chunk.clear()
            progress(table, done, total, started)
    if chunk:
        await connection.copy_records_to_table(table, records=chunk, columns=columns)
        done += len(chunk)
        progress(table, done, total, started)


async def seed(url: str, contacts: int, requests: int, messages: int) -> None:
    vault = Vault(SECRET_KEY)
    database = Database(url, vault=vault)
    await migrate.upgrade(database.engine)
    await database.dispose()
    catalogue = load_catalogue(PACKAGED_CATALOGUE)
    programmes = catalogue.programmes
    districts = catalogue.city.districts
    rng = random.Random(2026)
    now = datetime.now(UTC)
    connection = await asyncpg.connect(url.replace("postgresql+asyncpg", "postgresql"))
    try:
        await connection.execute(
            "TRUNCATE contacts, requests, messages, status_events, outbox, staff_users RESTART IDENTITY CASCADE"
        )
        await copy_in(
            connection,
            "contacts",
            ["id", "channel", "platform_user_id", "chat_id", "language", "language_source", "blocked", "created_at"],
            (
                (
                    i,
                    "telegram",
                    vault.seal_id(str(10**12 + i)),
                    vault.seal(str(10**12 + i)),
                    rng.choice(LANGUAGES),
                    "chosen",
                    False,
                    now - timedelta(days=rng.uniform(0, 730)),
                )
                for i in range(1, contacts + 1)
            ),
            contacts,
        )
        references: set[str] = set()

        def request_rows():
            for i in range(1, requests + 1):
                reference = new_reference()
                while reference in references:
                    reference = new_reference()
                references.add(reference)
                programme = rng.choice(programmes)
                created = now - timedelta(days=rng.uniform(0, 730) ** 1.0)
                status = rng.choice(STATUSES)
                yield (
                    i,
                    reference,
                    rng.randint(1, contacts),
                    "telegram",
                    programme.code,
                    programme.desk,
                    programme.kind,
                    status.value,
                    programme.priority,
                    rng.choice(LANGUAGES),
                    rng.choice(districts),
                    vault.seal("Merkez"),
                    rng.randint(1, 8),
                    "{}",
                    created + programme.sla,
                    created,
                    created,
                )

        # JSON columns travel in COPY's binary format as their UTF-8 text.
        await connection.set_type_codec(
            "json", encoder=lambda v: v.encode(), decoder=bytes.decode, schema="pg_catalog", format="binary"
        )
        await copy_in(
            connection,
            "requests",
            [
                "id",
                "reference",
                "contact_id",
                "channel",
                "programme",
                "desk",
                "kind",
                "status",
                "priority",
                "language",
                "district",
                "neighbourhood",
                "household_size",
                "answers",
                "sla_due_at",
                "created_at",
                "updated_at",
            ],
            request_rows(),
            requests,
        )
        await copy_in(
            connection,
            "messages",
            [
                "id",
                "request_id",
                "contact_id",
                "direction",
                "text",
                "language",
                "attachments",
                "delivery_state",
                "created_at",
            ],
            (
                (
                    i,
                    rng.randint(1, requests),
                    rng.randint(1, contacts),
                    rng.choice(("in", "in", "out", "internal")),
                    vault.seal("Merhaba, başvurumun durumu nedir?"),
                    "tr",
                    json.dumps({"sealed": vault.seal("[]")}),
                    "sent",
                    now - timedelta(days=rng.uniform(0, 730)),
                )
                for i in range(1, messages + 1)
            ),
            messages,
        )
        for table in ("contacts", "requests", "messages"):
            await connection.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"
            )
        await connection.execute("ANALYZE")
    finally:
        await connection.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--contacts", type=int, default=300_000)
    parser.add_argument("--requests", type=int, default=1_000_000)
    parser.add_argument("--messages", type=int, default=5_000_000)
    args = parser.parse_args()
    started = time.monotonic()
    asyncio.run(seed(args.database_url, args.contacts, args.requests, args.messages))
    print(
        f"seeded {args.contacts:,} contacts, {args.requests:,} requests, {args.messages:,} messages "
        f"in {time.monotonic() - started:.0f} s"
    )


if __name__ == "__main__":
    main()
