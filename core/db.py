"""Database engine, sessions and the column types every table shares."""

import functools
import json
import re
import sqlite3
from collections.abc import AsyncIterator, Callable, Collection, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, TypeAlias, TypeVar

from sqlalchemy import (
    JSON,
    BigInteger,
    DateTime,
    Insert,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    bindparam,
    event,
    inspect,
    select,
    update,
)
from sqlalchemy import exc as sa_exc
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection, CursorResult, Engine, ExceptionContext, Row
from sqlalchemy.engine.interfaces import DBAPIConnection, Dialect
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, create_async_engine
from sqlalchemy.orm import ClassManager, DeclarativeBase, Session, configure_mappers, make_transient_to_detached
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.orm.util import identity_key
from sqlalchemy.pool import ConnectionPoolEntry, PoolProxiedConnection, PoolResetState
from sqlalchemy.schema import ColumnDefault
from sqlalchemy.sql import operators
from sqlalchemy.sql.expression import ColumnClause
from sqlalchemy.types import TypeDecorator
from sqlalchemy.util import greenlet_spawn

from core.crypto import Vault
from core.private_files import private_database_files

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# A row of any shape, read by column name (a Core select's result).
AnyRow: TypeAlias = Row[*tuple[Any, ...]]


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)

    if TYPE_CHECKING:  # every model here maps a Table (none maps a join or a select), so its Core statements type-check
        __table__: ClassVar[Table]


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


def vault_of(holder: Any) -> Vault:
    """The vault a database (or a session, or an engine) was opened with."""
    bind = getattr(holder, "bind", None) or getattr(holder, "engine", None) or holder
    return _vault(bind.dialect)


def _vault(dialect: Any) -> Vault:
    vault: Vault | None = getattr(dialect, "hemsehri_vault", None)
    if vault is None:
        raise RuntimeError("this database was opened without a vault: personal data can be neither sealed nor read")
    return vault


_EQUALITY = (operators.eq, operators.ne, operators.in_op, operators.not_in_op, operators.is_, operators.is_not)


def _only(op: Any, other: tuple[Any, ...], allowed: tuple[Any, ...], advice: str) -> None:
    """Refuses an operator a sealed column cannot answer (it would silently match nothing)."""
    if op not in allowed and not all(isinstance(o, ColumnClause) for o in other):
        raise TypeError(f"a sealed column cannot be compared with {getattr(op, '__name__', op)}; {advice}")


class Sealed(TypeDecorator[str]):
    """Personal text sealed with the database's vault (AES-GCM), read back in the clear.

    A sealed column cannot be searched by value: what staff search by has a Keyed blind index beside it.
    """

    impl = Text
    cache_ok = True

    class comparator_factory(TypeDecorator.Comparator[str], Text.Comparator[str]):
        """IS NULL and IS NOT NULL only: a comparison with a value would silently never match its sealed form."""

        def operate(self, op: Any, *other: Any, **kwargs: Any) -> Any:
            _only(op, other, (operators.is_, operators.is_not), "search by its Keyed index")
            return super().operate(op, *other, **kwargs)

    def process_bind_param(self, value: str | None, dialect: Any) -> str | None:
        return None if value is None else _vault(dialect).seal(value)

    def process_result_value(self, value: str | None, dialect: Any) -> str | None:
        return None if value is None else _vault(dialect).unseal(value)


class SealedJSON(TypeDecorator[Any]):
    """A JSON value holding personal data, stored as {"sealed": token}.

    A plain JSON value is read as it is: one built by SQL (the queue's status notices) holds no personal data.
    """

    impl = JSON
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> Any:
        if value is None:
            return None
        return {"sealed": _vault(dialect).seal(json.dumps(value, ensure_ascii=False, separators=(",", ":")))}

    def process_result_value(self, value: Any, dialect: Any) -> Any:
        if isinstance(value, dict) and value.keys() == {"sealed"}:
            return json.loads(_vault(dialect).unseal(value["sealed"]))
        return value


class SealedId(TypeDecorator[str]):
    """An identifier sealed deterministically (AES-SIV): found by equality and unique, read back in the clear."""

    impl = Text
    cache_ok = True

    class comparator_factory(TypeDecorator.Comparator[str], Text.Comparator[str]):
        """Equality only (=, IN, IS NULL): a pattern or an order would silently miss."""

        def operate(self, op: Any, *other: Any, **kwargs: Any) -> Any:
            _only(op, other, _EQUALITY, "find it by equality")
            return super().operate(op, *other, **kwargs)

    def process_bind_param(self, value: str | None, dialect: Any) -> str | None:
        return None if value is None else _vault(dialect).seal_id(value)

    def process_result_value(self, value: str | None, dialect: Any) -> str | None:
        return None if value is None else _vault(dialect).unseal_id(value)


class Keyed(TypeDecorator[str]):
    """A value kept only as its keyed blind index (HMAC): found by equality, never read back in the clear."""

    impl = String(64)
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Any) -> str | None:
        return None if value is None else _vault(dialect).index(value)


def utcnow() -> datetime:
    """The current time, timezone-aware."""
    return datetime.now(UTC)


def is_sqlite(url: str) -> bool:
    return url.startswith("sqlite")


def make_engine(url: str, *, echo: bool = False, pool_size: int = 20) -> AsyncEngine:
    """Builds the engine: one shared connection for SQLite (a single writer), a pool for PostgreSQL."""
    if is_sqlite(url):
        # The connection is rolled back on its return to the pool only when a transaction is still open: nearly
        # every return follows a commit, and each rollback was a trip to aiosqlite's thread (see `_end_open`).
        engine = create_async_engine(
            url, echo=echo, pool_size=1, max_overflow=0, pool_timeout=60, pool_reset_on_return=None
        )
        event.listen(engine.sync_engine, "reset", _end_open)
        file = Path(engine.url.database or "")

        @event.listens_for(engine.sync_engine, "connect")
        def _pragmas(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
            if file.name and file.name != ":memory:":
                private_database_files(file)  # before WAL mode: SQLite gives its WAL and -shm files the database's mode
            cursor = dbapi_connection.cursor()
            # Deleted and overwritten values are zeroed in the file, not left in free space (erasure).
            cursor.execute("PRAGMA secure_delete=ON")
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
    engine = create_async_engine(url, echo=echo, pool_size=pool_size, max_overflow=0)
    event.listen(engine.sync_engine, "checkout", _replace_closed)
    event.listen(engine.sync_engine, "handle_error", _server_away_is_a_disconnect)
    return engine


def _end_open(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry, state: PoolResetState) -> None:
    """SQLite's reset of a connection returned to the pool: what is still open is rolled back.

    Python's sqlite3 tells whether a transaction is open without a trip to aiosqlite's thread; SQLAlchemy's own
    reset rolled back after every commit too, a trip per transaction for nothing (bench/RESULTS.md, issue 18).
    Not for a connection the garbage collector found unreturned (not `asyncio_safe`): SQLAlchemy closes it
    without a rollback there, as it would itself.
    """
    if state.asyncio_safe and dbapi_connection.driver_connection.in_transaction:
        dbapi_connection.rollback()


def _replace_closed(
    _dbapi_connection: DBAPIConnection, record: ConnectionPoolEntry, _proxy: PoolProxiedConnection
) -> None:
    """Makes the pool open a fresh connection instead of handing out one the server has closed."""
    connection = record.driver_connection
    if connection is not None and connection.is_closed():
        raise sa_exc.DisconnectionError("the server closed this connection")


# SQLSTATEs saying the server is away or full rather than that the statement is wrong: connection exceptions
# (class 08), admin or crash shutdown (57P01, 57P02), "the database system is shutting down / starting up /
# in recovery mode" (57P03), too many connections (53300). asyncpg raises them as PostgresErrors, which
# SQLAlchemy wraps in a bare DBAPIError not marked as a disconnect: callers could not tell them from a bad
# statement, so a webhook answered 200 for an update it never recorded while PostgreSQL restarted.
_SERVER_AWAY = ("57P01", "57P02", "57P03", "53300")


def _server_away(error: BaseException) -> bool:
    """Whether a driver error's SQLSTATE says the server is away or full (above)."""
    state = getattr(error, "sqlstate", None)
    return isinstance(state, str) and (state.startswith("08") or state in _SERVER_AWAY)


def _server_away_is_a_disconnect(context: ExceptionContext) -> None:
    """Marks such errors as disconnects, so they reach callers with `connection_invalidated` set."""
    if not context.is_disconnect and _server_away(context.original_exception):
        context.is_disconnect = True


# Set in a session's `info` by an erasure: once it commits, the file keeps no trace of the erased values.
ERASED = "hemsehri.erased"


class Database:
    """The engine and its sessions; `transaction()` is the one unit of work per event.

    The vault seals and opens the personal columns (Sealed, SealedJSON, Keyed) of every statement.
    """

    def __init__(self, url: str, *, vault: Vault | None = None, echo: bool = False) -> None:
        self.url = url
        self.engine = make_engine(url, echo=echo)
        self._apart: AsyncEngine | None = None  # one connection of its own, opened on first use (see `apart`)
        self.vault = vault

    @property
    def vault(self) -> Vault | None:
        return getattr(self.engine.dialect, "hemsehri_vault", None)

    @vault.setter
    def vault(self, vault: Vault | None) -> None:
        # The dialect is where every session, connection and migration can reach it; SQLAlchemy declares no such slot.
        for engine in filter(None, (self.engine, self._apart)):
            engine.dialect.hemsehri_vault = vault  # type: ignore[attr-defined]

    @property
    def is_sqlite(self) -> bool:
        return is_sqlite(self.url)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncSession]:
        """Opens an event's session (`_event`): committed on success, rolled back on any error."""
        async with _event(self.engine) as session:
            yield session
            erased = session.info.pop(ERASED, False)
        if erased:
            await self.settle()

    @asynccontextmanager
    async def apart(self) -> AsyncIterator[AsyncSession]:
        """Like `transaction()`, on a connection of its own outside the pool (PostgreSQL): for work done on behalf
        of several callers at once (claims grouped by core.queue.claims), which must never wait for a pooled
        connection one of those callers holds while it waits for the work."""
        if self._apart is None:
            self._apart = make_engine(self.url, pool_size=1)
            self.vault = self.vault  # its dialect carries the vault too
        async with _event(self._apart) as session:
            yield session

    async def settle(self) -> None:
        """Makes committed erasures final on disk: SQLite's WAL, which still holds the old pages, is emptied.

        (SQLite zeroes what is deleted in its file: secure_delete. PostgreSQL never sees the values in the
        clear; VACUUM, run by autovacuum, reclaims the dead rows' space.)
        """
        if self.is_sqlite:
            async with self.engine.connect() as connection:
                await connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    async def dispose(self) -> None:
        await self.engine.dispose()
        if self._apart is not None:
            await self._apart.dispose()


# 64-bit ids on PostgreSQL; SQLite only auto-increments a column declared INTEGER.
BigId = BigInteger().with_variant(Integer, "sqlite")


async def insert_or_ignore(
    session: AsyncSession, model: type[Base], values: dict[str, Any], *, conflict: list[str]
) -> bool:
    """Inserts a row unless one with the same unique `conflict` columns exists, on the event's Driver; tells
    whether it did."""
    driver = await Driver.of(session)
    return await driver.insert(model.__table__, values, unless_taken=tuple(conflict)) is not None


async def claim_due(
    session: AsyncSession,
    table: Table,
    *columns: Any,
    worker: str,
    limit: int,
    now: datetime,
    claimed: str,
    where: tuple[Any, ...] = (),
) -> list[AnyRow]:
    """Claims up to `limit` due rows of an outbox-shaped table (state, next_attempt_at, claimed_by, claimed_at,
    attempts) for this worker: they become `claimed`, and come back plain with `columns`.

    Rows another worker is claiming are skipped, not waited on (SKIP LOCKED), so two workers never take the
    same row; one UPDATE marks the whole batch.
    """
    rows = (
        await session.execute(
            select(*columns)
            .where(table.c.state == "pending", table.c.next_attempt_at <= now, *where)
            .order_by(table.c.next_attempt_at, table.c.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
    ).all()
    if rows:
        await session.execute(
            update(table)
            .where(table.c.id.in_([row.id for row in rows]))
            .values(state=claimed, claimed_by=worker, claimed_at=now, attempts=table.c.attempts + 1)
        )
    return list(rows)


# In an event's session info: its engine, and the Driver its first statement opened.
_ENGINE, _DRIVER = "hemsehri.engine", "hemsehri.driver"


class EventSession(Session):
    """An event's session (`_event`): whatever the ORM runs goes to the event's own pooled connection, through
    a SQLAlchemy Connection made on it only when the ORM is first used (`Driver.connection`)."""

    def get_bind(self, *args: Any, **kwargs: Any) -> Connection:
        return _opened(self.info).connection()  # called in SQLAlchemy's greenlet, where a checkout can wait


@asynccontextmanager
async def _event(engine: AsyncEngine) -> AsyncIterator[AsyncSession]:
    """One event's unit of work: a session, and the pooled connection its first statement takes, in one
    transaction. Committed on success, rolled back on any error, and the connection returned to the pool.

    Most events never need the ORM: their statements run on the Driver, and so do their BEGIN and COMMIT. An
    event's frame through SQLAlchemy's session alone (its connection, transaction, commit and close) was about a
    fifth of an update's CPU (bench/RESULTS.md, issue 18, eighth session); the session is still there, and takes
    over the transaction once anything is given to it or run through it.
    """
    session = AsyncSession(
        engine, expire_on_commit=False, sync_session_class=EventSession, info={_ENGINE: engine.sync_engine}
    )
    try:
        yield session
        if session.new or session.deleted or not await _wrote_changes(session, session.dirty) or _ran_orm(session):
            await session.commit()  # the ORM's changes, and the Driver's statements with them
        if (driver := session.info.get(_DRIVER)) is not None:
            await driver.commit()  # what only the Driver ran
    finally:
        if _ran_orm(session):  # an error came first: the ORM's part is rolled back
            await session.close()
        else:  # the session's transaction holds no connection (`adopt` begins one): closed without I/O
            session.sync_session.close()
        if (driver := session.info.pop(_DRIVER, None)) is not None:
            await driver.close()  # the pool's reset rolls back what is still open


def _ran_orm(session: AsyncSession) -> bool:
    """Whether the session's transaction is open on the event's connection: the ORM has run a statement in it."""
    driver: Driver | None = session.info.get(_DRIVER)
    return session.in_transaction() and driver is not None and driver.joined


def _opened(info: dict[str, Any]) -> "Driver":
    """The event's Driver (from its session's info), its connection taken from the engine's pool at the event's
    first statement. In SQLAlchemy's greenlet; failing to open a connection fails as SQLAlchemy's own checkout
    does."""
    driver: Driver | None = info.get(_DRIVER)
    if driver is None:
        engine: Engine = info[_ENGINE]
        try:
            raw = engine.raw_connection()
        except engine.dialect.loaded_dbapi.Error as exc:
            Connection._handle_dbapi_exception_noconnection(exc, engine.dialect, engine)
            raise
        driver = info[_DRIVER] = Driver(engine, raw)
    return driver


def dialect_name(session: AsyncSession) -> str:
    """The session's database ("postgresql", "sqlite"), known without taking a connection (see `EventSession`)."""
    name: str = session.info[_ENGINE].dialect.name
    return name


class Driver:
    """An event's own pooled driver connection (asyncpg, aiosqlite) and its transaction, for the statements every
    event runs (the inbox, the person's row and state): SQLAlchemy's execution machinery cost several times what
    the driver and the database spend on such a statement, and on SQLite each of its statements is four hops to
    aiosqlite's thread where this makes one (bench/RESULTS.md, issue 18). The event's session runs on the same
    connection and in the same transaction (`EventSession`).

    Statements are plain SQL with PostgreSQL's numbered parameters ($1, $2 …; SQLite is given ?1, ?2 …), prepared
    once per connection by the driver's statement cache; rows are read by position. Values go in and come out
    through the columns' own types (`bind`, `read`), so sealing stays where it is declared. A failure that
    means "try again" fails as SQLAlchemy's would: a lost PostgreSQL connection is invalidated, and it and SQLite's
    "database is locked" are transient (`is_transient`).
    """

    def __init__(self, engine: Engine, raw: PoolProxiedConnection) -> None:
        self._engine = engine
        self._dialect = engine.dialect
        self._raw = raw
        self._adapted: Any = raw.dbapi_connection
        self._driver: Any = raw.driver_connection
        self._connection: Connection | None = None
        self.sqlite = engine.dialect.name == "sqlite"

    @classmethod
    async def of(cls, session: AsyncSession) -> "Driver":
        """The event's driver connection, in its transaction (begun here when nothing has begun it) and in the
        session's savepoint, if one is open: the one the event's session runs on."""
        if session.sync_session.get_nested_transaction() is not None:
            await session.connection()  # a savepoint the session began lazily is opened before a statement of ours
        driver: Driver | None = session.info.get(_DRIVER)
        if driver is None:  # the event's first statement
            driver = await greenlet_spawn(_opened, session.info)
        # SQLAlchemy's asyncpg adapter sends BEGIN lazily, before its own first statement; ours may come first.
        # Its commit and rollback end the transaction started here. tests/core/test_driver.py holds it to that.
        # (Python's sqlite3 begins SQLite's transaction itself before the first write, as for SQLAlchemy's own.)
        if not driver.sqlite and driver._adapted._transaction is None:
            try:
                await driver._adapted._start_transaction()
            except Exception as exc:
                raise await driver._translated("BEGIN", exc) from exc
        return driver

    @property
    def joined(self) -> bool:
        """Whether the event's session has run on this connection (`connection`)."""
        return self._connection is not None

    @property
    def transaction(self) -> object | None:
        """The connection's open transaction (PostgreSQL), whichever of this and the session began it: the same
        object until it ends, None when none is open."""
        transaction: object | None = self._adapted._transaction
        return transaction

    def connection(self) -> Connection:
        """SQLAlchemy's Connection on this one, for the event's session (made when the ORM is first used)."""
        if self._connection is None:
            self._connection = Connection(self._engine, self._raw)
        return self._connection

    async def commit(self) -> None:
        """Commits what is open on the connection (what the session committed is not open any more)."""
        try:
            if self.sqlite:
                if self._driver.in_transaction:
                    await self._driver.commit()
            elif (transaction := self._adapted._transaction) is not None:
                await self._adapted._call_and_discard(transaction.commit)
        except Exception as exc:
            raise await self._translated("COMMIT", exc) from exc

    async def close(self) -> None:
        """Returns the connection to the pool, whose reset rolls back what is still open."""
        await greenlet_spawn(self._holder.close)

    @property
    def _holder(self) -> Connection | PoolProxiedConnection:
        """What holds the pooled connection: SQLAlchemy's Connection on it once the session joined, else itself."""
        return self._connection if self._connection is not None else self._raw

    def bind(self, column: Any, value: Any) -> Any:
        """The value as SQLAlchemy binds it to this column on this database (sealing included)."""
        return _binder(column, self._dialect)(value)

    def read(self, column: Any, value: Any) -> Any:
        """This column's value as SQLAlchemy reads it on this database (unsealing included)."""
        return _reader(column, self._dialect)(value)

    def read_all(self, columns: tuple[Any, ...], values: Sequence[Any]) -> dict[str, Any]:
        """A row's values (by position, extra ones ignored) keyed as the columns, read as `read` reads each."""
        return {
            key: value if read is None else read(value)
            for (key, read), value in zip(_readers(columns, self._dialect), values, strict=False)
        }

    async def fetchrow(self, sql: str, *args: Any) -> Sequence[Any] | None:
        """The statement's first row (by position), or None."""
        try:
            if self.sqlite:
                rows = await self._driver.execute_fetchall(_sqlite_parameters(sql), args)
                return rows[0] if rows else None
            row: Sequence[Any] | None = await self._driver.fetchrow(sql, *args)
            return row
        except Exception as exc:
            raise await self._translated(sql, exc) from exc

    async def fetch(self, sql: str, *args: Any) -> list[Sequence[Any]]:
        """The statement's rows (by position)."""
        try:
            if self.sqlite:
                return list(await self._driver.execute_fetchall(_sqlite_parameters(sql), args))
            rows: list[Sequence[Any]] = await self._driver.fetch(sql, *args)
            return rows
        except Exception as exc:
            raise await self._translated(sql, exc) from exc

    async def insert(self, table: Table, values: dict[str, Any], *, unless_taken: tuple[str, ...] = ()) -> int | None:
        """Inserts a row of these column values (a column left out takes its default, as SQLAlchemy's insert gives
        it) and returns its new id (a row keyed by several columns: its first key column's value); None, inserting
        nothing, when a row already holds the same values in the columns `unless_taken` (those of a unique
        constraint)."""
        values = {**{key: fill() for key, fill in _defaults(table) if key not in values}, **values}
        columns = tuple(values)
        row = await self.fetchrow(
            _insert_returning_id(table, columns, unless_taken), *(self.bind(table.c[c], values[c]) for c in columns)
        )
        return None if row is None else int(row[0])

    async def execute(self, sql: str, *args: Any) -> None:
        try:
            if self.sqlite:
                await self._driver.execute_fetchall(_sqlite_parameters(sql), args)
            else:
                await self._driver.execute(sql, *args)
        except Exception as exc:
            raise await self._translated(sql, exc) from exc

    async def _translated(self, sql: str, exc: Exception) -> Exception:
        if isinstance(exc, sqlite3.IntegrityError) or str(getattr(exc, "sqlstate", "")).startswith("23"):
            return sa_exc.IntegrityError(sql, None, exc)  # a constraint refused the values: as SQLAlchemy says it
        if self.sqlite:
            return sa_exc.OperationalError(sql, None, exc) if isinstance(exc, sqlite3.OperationalError) else exc
        if not (_server_away(exc) or self._driver.is_closed()):
            return exc
        await greenlet_spawn(self._holder.invalidate)
        return sa_exc.OperationalError(sql, None, exc, connection_invalidated=True)


@functools.cache
def _defaults(table: Table) -> tuple[tuple[str, Callable[[], Any]], ...]:
    """The table's columns with a value or function as their default (`default=`), and what makes each value."""
    made = []
    for column in table.c:
        default = column.default
        if not isinstance(default, ColumnDefault) or default.is_clause_element:
            continue
        make = functools.partial(default.arg, None) if default.is_callable else functools.partial(_same, default.arg)
        made.append((column.key, make))
    return tuple(made)  # (SQLAlchemy wraps a function so that it takes its execution context: None here)


@functools.cache
def _insert_returning_id(table: Table, columns: tuple[str, ...], unless_taken: tuple[str, ...]) -> str:
    """Driver.insert's statement, written once per shape."""
    names = ", ".join(table.c[key].name for key in columns)  # the table's own: an unknown key fails here
    places = ", ".join(f"${number}" for number in range(1, len(columns) + 1))
    taken = ", ".join(table.c[key].name for key in unless_taken)
    skip = f" ON CONFLICT ({taken}) DO NOTHING" if unless_taken else ""
    key = next(iter(table.primary_key.columns)).name
    return f"INSERT INTO {table.name} ({names}) VALUES ({places}){skip} RETURNING {key}"  # noqa: S608 (names above)


Model = TypeVar("Model", bound=Base)


def adopt(session: AsyncSession, model: type[Model], values: dict[str, Any]) -> Model:
    """The row with these values (every column's), given to the session as if it had loaded it: built as the ORM's
    own loading builds an instance (no attribute events), so that only what changes afterwards is written at
    commit; the session's own instance, as loading gives, when it already holds the row. For rows (found by `id`)
    read or written on the Driver."""
    manager, columns = _loading(model)
    if values.keys() != columns:
        raise ValueError(f"a {model.__name__} is adopted with every column's value, not only {sorted(values)}")
    held: Model | None = session.identity_map.get(identity_key(model, values["id"]))
    if held is not None:
        return held
    instance: Model = manager.new_instance()
    instance.__dict__.update(values)
    make_transient_to_detached(instance)
    session.add(instance)
    return instance


async def flush_pending(session: AsyncSession, *models: type[Base]) -> None:
    """Writes the session's pending changes to rows of these models: a statement on the Driver then reads them, as
    the ORM's autoflush would have made its own statement read them. Changed rows are written on the Driver
    (`_wrote_changes`); rows to add or delete, and changes the ORM must make, through the session's flush."""
    added_or_deleted = any(isinstance(row, models) for row in (*session.new, *session.deleted))
    changed = [row for row in session.dirty if isinstance(row, models)]
    if added_or_deleted or not await _wrote_changes(session, changed):
        await session.flush()


async def _wrote_changes(session: AsyncSession, rows: Collection[Base]) -> bool:
    """Writes the changed columns of these loaded rows on the event's Driver, one UPDATE per row as the ORM's flush
    would, and the rows take the values as committed; tells whether it did. False, writing nothing, when a row
    needs the ORM's flush (`_plain_columns`): the session then writes them.

    Most events that change anything change only the person's row (their consent, their language); its flush
    was the one reason such an event committed through the ORM (bench/RESULTS.md, issue 18, ninth session).
    """
    changes: list[tuple[Base, Any, dict[str, Any], dict[str, Any]]] = []
    for row in rows:
        columns = _plain_columns(type(row))
        state = inspect(row)
        changed = {key: state.dict[key] for key in state.committed_state if state.attrs[key].history.has_changes()}
        if columns is None or state.identity is None or not changed.keys() <= columns.keys():
            return False
        if changed:
            changes.append((row, state.identity[0], columns, changed))
    if not changes:
        return True
    driver = await Driver.of(session)
    for row, row_id, columns, changed in changes:
        table, keys = type(row).__table__.name, tuple(changed)
        statement = _update_by_id(table, tuple(columns[key].name for key in keys))
        values = (driver.bind(columns[key], changed[key]) for key in keys)
        if await driver.fetchrow(statement, *values, row_id) is None:
            raise StaleDataError(f"UPDATE on table '{table}' expected to update 1 row(s); 0 were matched.")
        for key in keys:
            set_committed_value(row, key, changed[key])
    return True


@functools.cache
def _plain_columns(model: type[Base]) -> dict[str, Any] | None:
    """The model's columns by attribute key, when a change to its rows is only the changed columns' values, keyed
    by `id` (no version counter, no value filled on update): None otherwise."""
    mapper = inspect(model)
    table = model.__table__
    if mapper.version_id_col is not None or [column.name for column in mapper.primary_key] != ["id"]:
        return None
    if any(column.onupdate is not None or column.server_onupdate is not None for column in table.c):
        return None
    return {prop.key: prop.columns[0] for prop in mapper.column_attrs if len(prop.columns) == 1}


@functools.cache
def _update_by_id(table: str, columns: tuple[str, ...]) -> str:
    """`_wrote_changes`'s statement, written once per shape (the names are the models' own); $n is the id."""
    names = ", ".join(f"{name} = ${number}" for number, name in enumerate(columns, start=1))
    return f"UPDATE {table} SET {names} WHERE id = ${len(columns) + 1} RETURNING id"  # noqa: S608


@functools.cache
def _loading(model: type[Base]) -> tuple[ClassManager[Any], frozenset[str]]:
    """The model's class manager, which makes instances as loading does, and its columns' keys."""
    configure_mappers()  # as the first query would: an instance made before that knows no attributes
    return inspect(model).class_manager, frozenset(model.__table__.c.keys())


@functools.cache
def _sqlite_parameters(sql: str) -> str:
    """$1, $2 … as SQLite's ?1, ?2 …"""
    return re.sub(r"\$(\d+)", r"?\1", sql)


@functools.cache
def _binder(column: Any, dialect: Dialect) -> Callable[[Any], Any]:
    """What SQLAlchemy does to a value bound to this column on this dialect (sealing included), as one function."""
    process = column.type.dialect_impl(dialect).bind_processor(dialect)
    return process or _same


@functools.cache
def _reader(column: Any, dialect: Dialect) -> Callable[[Any], Any]:
    """What SQLAlchemy does to this column's value read on this dialect (unsealing included), as one function."""
    process = column.type.dialect_impl(dialect).result_processor(dialect, None)
    return process or _same


@functools.cache
def _readers(columns: tuple[Any, ...], dialect: Dialect) -> tuple[tuple[str, Callable[[Any], Any] | None], ...]:
    """Each column's key and reader (None where a value is read as it comes), looked up once per row shape."""
    return tuple((column.key, None if (read := _reader(column, dialect)) is _same else read) for column in columns)


def _same(value: Any) -> Any:
    return value


def rows_matched(result: object) -> int:
    """How many rows an UPDATE or DELETE run through a session matched (a CursorResult, typed as Result)."""
    if not isinstance(result, CursorResult):
        raise TypeError(f"a {type(result).__name__} counts no rows: only a data-changing statement's result does")
    return result.rowcount


@functools.cache
def upsert(dialect: str, model: type[Base], columns: tuple[str, ...], key: tuple[str, ...]) -> Insert:
    """INSERT … ON CONFLICT (key) DO UPDATE of the other columns, a bind parameter per column; built once per shape."""
    insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
    statement = insert(model).values({column: bindparam(column) for column in columns})
    updates = {column: statement.excluded[column] for column in columns if column not in key}
    return statement.on_conflict_do_update(index_elements=list(key), set_=updates)


def is_transient(exc: BaseException) -> bool:
    """Whether a failure means "could not be recorded now, try again" rather than "this input is bad".

    The one classification of the conversations engine (which raises these and answers every other failure
    itself) and of the channels (which answer 5xx so the platform delivers the update again). Deliberately
    narrow: an integrity error or a file error is the same on every delivery, and retrying it would hold up
    every later update of the bot behind it (first contacts are race-safe, see core.conversations).
    """
    if isinstance(exc, sa_exc.DBAPIError) and exc.connection_invalidated:
        return True
    transient = (
        sa_exc.OperationalError,
        sa_exc.InterfaceError,
        sa_exc.TimeoutError,
        sa_exc.DisconnectionError,
        ConnectionError,
        TimeoutError,
    )
    return isinstance(exc, transient)
