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
