"""The migrations build exactly the schema the models declare (PostgreSQL reflects every index SQLite cannot)."""

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from core.db import Database
from core.schema import metadata


@pytest.mark.postgres
async def test_the_migrations_build_what_the_models_declare(postgres_url):
    database = Database(postgres_url)

    def differences(connection):  # type: ignore[no-untyped-def]
        return compare_metadata(MigrationContext.configure(connection, opts={"compare_type": True}), metadata)

    try:
        async with database.engine.connect() as connection:
            assert await connection.run_sync(differences) == []
    finally:
        await database.dispose()


def test_the_heads_read_from_the_files_are_alembics():
    from alembic.script import ScriptDirectory

    from core import migrate

    assert migrate.heads() == frozenset(ScriptDirectory.from_config(migrate.alembic_config("sqlite://")).get_heads())


async def test_a_database_is_current_only_once_migrated(tmp_path):
    from core import migrate

    missing = Database(f"sqlite+aiosqlite:///{tmp_path / 'absent' / 'hemsehri.db'}")  # not even its directory
    database = Database(f"sqlite+aiosqlite:///{tmp_path / 'hemsehri.db'}")
    try:
        assert not await migrate.is_current(missing.engine)
        assert not await migrate.is_current(database.engine)  # empty: no alembic_version table
        await migrate.upgrade(database.engine)
        assert await migrate.is_current(database.engine)
        async with database.engine.begin() as connection:
            await connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0001'")
        assert not await migrate.is_current(database.engine)
    finally:
        await missing.dispose()
        await database.dispose()


@pytest.mark.postgres
async def test_a_url_with_percent_signs_migrates_as_a_unix_socket_url_has_them(postgres_url):
    """A connection over the server's socket, written as SQLAlchemy writes it (`?host=%2Fvar%2Frun…`): Alembic's
    configuration took the percent signs for its own interpolation and refused to start."""
    from sqlalchemy.engine import make_url

    from core import migrate

    over_tcp = Database(postgres_url)
    try:
        async with over_tcp.engine.connect() as connection:
            directory = (await connection.exec_driver_sql("SHOW unix_socket_directories")).scalar_one()
    finally:
        await over_tcp.dispose()
    url = make_url(postgres_url).set(host=None, port=None, query={"host": directory.split(",")[0].strip()})
    assert "%" in url.render_as_string(hide_password=False)
    database = Database(url.render_as_string(hide_password=False))
    try:
        await migrate.upgrade(database.engine)
        assert await migrate.is_current(database.engine)
    finally:
        await database.dispose()
