"""Database engine, sessions and the column types every table shares."""

import functools
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime

from sqlalchemy import BigInteger, DateTime, Insert, Integer, MetaData, bindparam, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp stored in UTC and always read back timezone-aware (SQLite keeps no zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use datetime.now(UTC)")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


def utcnow() -> datetime:
    """The current time, timezone-aware."""
    return datetime.now(UTC)


def is_sqlite(url: str) -> bool:
    return url.startswith("sqlite")


def make_engine(url: str, *, echo: bool = False) -> AsyncEngine:
    """Builds the engine: one shared connection for SQLite (a single writer), a pool for PostgreSQL."""
    if is_sqlite(url):
        engine = create_async_engine(url, echo=echo, pool_size=1, max_overflow=0, pool_timeout=60)

        @event.listens_for(engine.sync_engine, "connect")
        def _pragmas(dbapi_connection, _record):  # type: ignore[no-untyped-def]
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=5000")
            cursor.close()

        return engine
    # A fixed pool, no overflow: an overflow connection is closed as soon as it is checked in while the pool is
    # full, so whenever more than pool_size transactions were in flight (a webhook under load) every extra one
    # opened a new connection (a backend fork, a TLS attempt, authentication) and closed it again. Same peak of
    # 20 connections per process as before; bench/inbound.py measured ~1.3 ms less CPU per update.
    # No pool_pre_ping: on asyncpg it costs three round trips per checkout (BEGIN, ";", ROLLBACK), about a third
    # of the CPU of a one-query transaction (bench/queue_scale.py). A connection the server closed (a restart,
    # pg_terminate_backend) is already marked closed by asyncpg when its socket ended, so the checkout below
    # replaces it without a round trip; one that dies mid-use fails as a disconnect (see below), which
    # invalidates the whole pool.
    engine = create_async_engine(url, echo=echo, pool_size=20, max_overflow=0)
    event.listen(engine.sync_engine, "checkout", _replace_closed)
    event.listen(engine.sync_engine, "handle_error", _server_away_is_a_disconnect)
    return engine


def _replace_closed(_dbapi_connection, record, _proxy) -> None:  # type: ignore[no-untyped-def]
    """Makes the pool open a fresh connection instead of handing out one the server has closed."""
    if record.driver_connection.is_closed():
        raise sa_exc.DisconnectionError("the server closed this connection")


# SQLSTATEs saying the server is away or full rather than that the statement is wrong: connection exceptions
# (class 08), admin or crash shutdown (57P01, 57P02), "the database system is shutting down / starting up /
# in recovery mode" (57P03), too many connections (53300). asyncpg raises them as PostgresErrors, which
# SQLAlchemy wraps in a bare DBAPIError not marked as a disconnect: callers could not tell them from a bad
# statement, so a webhook answered 200 for an update it never recorded while PostgreSQL restarted.
_SERVER_AWAY = ("57P01", "57P02", "57P03", "53300")


def _server_away_is_a_disconnect(context) -> None:  # type: ignore[no-untyped-def]
    """Marks such errors as disconnects, so they reach callers with `connection_invalidated` set."""
    state = getattr(context.original_exception, "sqlstate", None)
    if not context.is_disconnect and isinstance(state, str) and (state.startswith("08") or state in _SERVER_AWAY):
        context.is_disconnect = True


class Database:
    """The engine and its sessions; `transaction()` is the one unit of work per event."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = url
        self.engine = make_engine(url, echo=echo)
        self.sessions = async_sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return is_sqlite(self.url)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncSession]:
        """Opens a session and commits on success, rolls back on any error."""
        async with self.sessions() as session, session.begin():
            yield session

    async def dispose(self) -> None:
        await self.engine.dispose()


# 64-bit ids on PostgreSQL; SQLite only auto-increments a column declared INTEGER.
BigId = BigInteger().with_variant(Integer, "sqlite")


async def insert_or_ignore(session: AsyncSession, model: type[Base], values: dict, *, conflict: list[str]) -> bool:
    """Inserts a row unless one with the same unique `conflict` columns exists; tells whether it did."""
    statement = _insert_or_ignore(session.bind.dialect.name, model, tuple(values), tuple(conflict))
    result = await (await session.connection()).execute(statement, values)  # Core: the ORM adds nothing here
    return bool(result.rowcount)


@functools.cache
def _insert_or_ignore(dialect: str, model: type[Base], columns: tuple[str, ...], conflict: tuple[str, ...]) -> Insert:
    """The statement, built once per shape: building it on every call cost more than running it."""
    insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
    values = {column: bindparam(column) for column in columns}
    return insert(model).values(values).on_conflict_do_nothing(index_elements=list(conflict))


@functools.cache
def upsert(dialect: str, model: type[Base], columns: tuple[str, ...], key: tuple[str, ...]) -> Insert:
    """INSERT … ON CONFLICT (key) DO UPDATE of the other columns, a bind parameter per column; built once per shape."""
    insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
    statement = insert(model).values({column: bindparam(column) for column in columns})
    updates = {column: statement.excluded[column] for column in columns if column not in key}
    return statement.on_conflict_do_update(index_elements=list(key), set_=updates)


def is_transient(exc: BaseException) -> bool:
    """Whether a failure means "could not be recorded now, try again" rather than "this input is bad"."""
    if isinstance(exc, sa_exc.DBAPIError) and exc.connection_invalidated:
        return True
    transient = (
        sa_exc.OperationalError, sa_exc.InterfaceError, sa_exc.TimeoutError, sa_exc.IntegrityError,
        sa_exc.DisconnectionError, ConnectionError, TimeoutError, OSError,
    )
    return isinstance(exc, transient)
