"""Shared fixtures: real databases (SQLite file and PostgreSQL), a built core, factories.

The application, the database drivers and uvicorn are imported by the fixtures that use them, not here: every
test run imports this file, and a test of the catalogues need not pay for the rest.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import socket
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from playwright.async_api import Browser

    from core.catalogue import Catalogue
    from core.context import CoreContext
    from core.db import Database, Driver
    from core.settings import Settings

PG_ADMIN_DSN = os.environ.get("HEMSEHRI_TEST_PG", "postgresql://127.0.0.1:5432/test")
TEST_SECRET = "test-secret-key-not-for-production-0123456789"


def pytest_configure(config: pytest.Config) -> None:
    """The processes this run starts (xdist's workers, `hemsehri` and the other interpreters the tests run) keep
    compiled bytecode in the run's cache (.pytest_cache/d/pycache), even where PYTHONDONTWRITEBYTECODE is set.

    Without it each of them compiled the app and its libraries from source again: about 2 of the 3 seconds a
    `hemsehri staff token` took, and the suite starts dozens of such processes. Nothing is written beside
    the sources.
    """
    cache = getattr(config, "cache", None)  # none with -p no:cacheprovider
    if hasattr(config, "workerinput") or cache is None:  # the workers inherit the environment
        return
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ.setdefault("PYTHONPYCACHEPREFIX", str(cache.mkdir("pycache")))


@pytest.fixture(scope="session", autouse=True)
def packaged_catalogues_built_once() -> Iterator[None]:
    """Every translator over the packaged catalogues shares one bundle per locale in this worker.

    Building a bundle parses and prepares its .ftl files: about a second for the city's twelve languages, paid again
    by each test that builds an app. A bundle is only read once built; catalogues elsewhere (a test's own) are built
    as usual.
    """
    from core import i18n

    build = i18n.Translator._parse
    built: dict[str, Any] = {}

    def parse(translator: i18n.Translator, locale: str) -> Any:
        if translator._directory != i18n.LOCALES_DIR:
            return build(translator, locale)
        if locale not in built:
            built[locale] = build(translator, locale)
        return built[locale]

    with pytest.MonkeyPatch.context() as patch:  # each translator still takes a language up on its first render
        patch.setattr(i18n.Translator, "_parse", parse)
        yield


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file, copied for each test."""
    from core import migrate
    from core.db import Database

    path = tmp_path_factory.mktemp("template") / "template.db"

    async def build() -> None:
        database = Database(f"sqlite+aiosqlite:///{path}")
        await migrate.upgrade(database.engine)
        await database.dispose()

    asyncio.run(build())
    return path


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A fresh PostgreSQL database for this test run, migrated once, dropped at the end."""
    import asyncpg

    from core import migrate
    from core.db import Database

    name = f"hemsehri_test_{uuid.uuid4().hex[:10]}"

    async def admin(sql: str) -> None:
        connection = await asyncpg.connect(PG_ADMIN_DSN)
        try:
            await connection.execute(sql)
        finally:
            await connection.close()

    asyncio.run(admin(f'CREATE DATABASE "{name}"'))
    url = f"postgresql+asyncpg://{PG_ADMIN_DSN.split('://', 1)[1].rsplit('/', 1)[0]}/{name}"

    async def build() -> None:
        database = Database(url)
        await migrate.upgrade(database.engine)
        await database.dispose()

    asyncio.run(build())
    yield url
    asyncio.run(admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each storage test runs once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        path = tmp_path / "hemsehri.db"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        return f"sqlite+aiosqlite:///{path}"
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def quick_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cheap argon2 parameters for the accounts a test makes and signs in with (the service's cost 0.1-0.3 s a hash,
    one at a time). The `hemsehri` command run as a process keeps the service's own: tests/test_cli.py checks them."""
    from argon2 import PasswordHasher

    from core.staff import service as staff

    monkeypatch.setattr(staff, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture
async def db(database_url: str, quick_password_hashing: None) -> AsyncIterator[Database]:
    from core.crypto import Vault
    from core.db import Database

    database = Database(database_url, vault=Vault(TEST_SECRET))
    if not database.is_sqlite:  # what an earlier test left without this fixture (ci15: a 'leyla' from somewhere)
        async with database.transaction() as session:
            await empty_postgres(session)
    yield database
    if not database.is_sqlite:
        async with database.transaction() as session:
            await empty_postgres(session)
    await database.dispose()


async def statements_on(driver: Driver) -> list[str]:
    """What the event's connection runs from here on, the session's statements and the Driver's alike (asyncpg
    tells its loggers at the loop's next turn: read the list once the event has ended)."""
    ran: list[str] = []
    if driver.sqlite:
        await driver._driver.set_trace_callback(ran.append)
    else:
        driver._driver.add_query_logger(lambda query: ran.append(query.query))
    return ran


async def empty_postgres(session: Any) -> None:
    """Leaves the worker's PostgreSQL database as migrated: no rows, every id sequence back at its start.

    A test leaves a few rows, which DELETE removes in about a millisecond, where TRUNCATE gives each of the 25 tables
    and their indexes new files and took 0.4-0.8 s a test. Children go before their parents; setval does what
    TRUNCATE's RESTART IDENTITY did. A test that left thousands of rows gets the TRUNCATE: deleting them would
    check each parent row's foreign keys against its children's dead rows (40 s after fifty thousand).
    """
    from sqlalchemy import text

    from core.schema import metadata

    tables = metadata.sorted_tables
    rows = " UNION ALL ".join(f"SELECT count(*) AS n FROM {table.name}" for table in tables)
    most = await session.scalar(text(f"SELECT max(n) FROM ({rows}) AS counted"))
    if most == 0:
        return
    if most > 1000:
        await session.execute(text(f"TRUNCATE {', '.join(t.name for t in tables)} RESTART IDENTITY CASCADE"))
        return
    for table in reversed(tables):
        await session.execute(table.delete())
    await session.execute(text("SELECT setval(seqrelid::regclass, seqstart, false) FROM pg_sequence"))


@pytest.fixture
def settings(tmp_path: Path, database_url: str) -> Settings:
    from core.settings import Settings

    return Settings(data_dir=tmp_path / "data", database_url=database_url, secret_key=TEST_SECRET)


@pytest.fixture
def catalogue() -> Catalogue:
    from core.catalogue import load_catalogue
    from core.settings import PACKAGED_CATALOGUE

    return load_catalogue(PACKAGED_CATALOGUE)


@pytest.fixture
def ctx(settings: Settings, db: Database, catalogue: Catalogue) -> CoreContext:
    from core.context import CoreContext
    from core.crypto import Vault

    return CoreContext(settings=settings, db=db, catalogue=catalogue, vault=Vault(TEST_SECRET))


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """The environment for running `hemsehri` as a process: no HEMSEHRI_ setting but a fresh data directory."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("HEMSEHRI_")}
    clean.update(HEMSEHRI_DATA_DIR=str(tmp_path / "data"), HEMSEHRI_SECRET_KEY=TEST_SECRET)
    return clean


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


CHROMIUM = "/usr/bin/chromium"  # Debian's, installed by .ci/run; a test never downloads a browser
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture
def chromium() -> str:
    assert Path(CHROMIUM).exists(), "Debian's chromium is missing: .ci/run installs it (apt-get install chromium)"
    return CHROMIUM


@pytest.fixture
async def browser(chromium: str) -> AsyncIterator[Browser]:
    """Headless Chromium driven by Playwright, for the page tests."""
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        launched = await playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        yield launched
        await launched.close()


@contextlib.asynccontextmanager
async def serving(app: Any, *, lifespan: str = "off", log_level: str = "warning", **config: Any) -> AsyncIterator[str]:
    """Serves the app with uvicorn on a socket of 127.0.0.1 already listening (no wait for start-up); yields its URL."""
    import uvicorn

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(256)
    server = uvicorn.Server(
        uvicorn.Config(app, log_level=log_level, lifespan=lifespan, timeout_graceful_shutdown=5, **config)
    )
    task = asyncio.create_task(server.serve(sockets=[sock]))
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        await task
        sock.close()
