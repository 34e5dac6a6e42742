"""Schema migrations (Alembic), run from the `hemsehri db` command and at start in the embedded mode.

Alembic (with Mako and Pygments, ~8 MB and ~0.4 s of CPU to import) is imported only where a migration runs: a
serving process asks the database whether it is at the newest revision already, and migrates through a child only
when it is not (`upgrade_apart`), so nothing imported for one start-up stays in it for its whole life.
"""

from __future__ import annotations

import ast
import asyncio
import logging
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.exc import DBAPIError

from core.private_files import private_directory

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection
    from sqlalchemy.ext.asyncio import AsyncEngine

MIGRATIONS = Path(__file__).with_name("migrations")
# A revision file's own id and its parents' (script.py.mako writes both as Python literals)
_DECLARED = re.compile(r"^(revision|down_revision)\b[^=\n]*=(.+)$", re.MULTILINE)


def alembic_config(url: str) -> Config:
    """An Alembic configuration pointing at the packaged migrations and this database."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    # Alembic reads its options through configparser, which takes "%" as its own (a socket's `?host=%2Fvar…`).
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


async def upgrade(engine: AsyncEngine) -> None:
    """Brings the database to the newest schema (an empty one included)."""
    if engine.dialect.name != "sqlite":
        async with engine.begin() as connection:
            await connection.run_sync(_upgrade_sync)
        return
    private_directory(Path(engine.url.database or "").parent)
    async with engine.connect() as connection:
        # SQLite alters a table by copying it: foreign keys are checked after the migration, not while it copies.
        await connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        await connection.commit()
        try:
            async with connection.begin():
                await connection.run_sync(_upgrade_sync)
                if (await connection.exec_driver_sql("PRAGMA foreign_key_check")).first() is not None:
                    raise RuntimeError("the migration left rows whose foreign keys point nowhere")
        finally:
            await connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            await connection.commit()


def _upgrade_sync(connection: Connection) -> None:
    # Alembic logs its plugins' set-up at import: unseen while it was imported before logging was configured
    # (at start-up), and not worth a person's reading now that it is imported when a migration runs.
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)
    from alembic import command

    config = alembic_config(str(connection.engine.url))
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


def heads() -> frozenset[str]:
    """The newest revisions of the packaged migrations: those no other revision names as its parent.

    Read from the files without Alembic (tests/core/test_migrations.py checks it against Alembic's own answer).
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        declared = {name: ast.literal_eval(value.strip()) for name, value in _DECLARED.findall(path.read_text())}
        revisions.add(declared["revision"])
        down = declared.get("down_revision")
        parents.update((down,) if isinstance(down, str) else down or ())
    return frozenset(revisions - parents)


async def is_current(engine: AsyncEngine) -> bool:
    """Whether the database is at the newest revisions already (no database, or no schema yet: it is not)."""
    try:
        async with engine.connect() as connection:
            stamped = await connection.exec_driver_sql("SELECT version_num FROM alembic_version")
            return frozenset(row[0] for row in stamped) == heads()
    except DBAPIError:
        return False


async def upgrade_apart(engine: AsyncEngine) -> None:
    """`upgrade`, in a child process over the same settings (the environment, the data directory's keys), when the
    database is not at the newest revisions already.

    The child's log lines go where this process's go; a failed migration raises here once the child has said why.
    """
    if await is_current(engine):
        return
    child = await asyncio.create_subprocess_exec(sys.executable, "-m", "core.migrate", stdin=asyncio.subprocess.DEVNULL)
    if await child.wait() != 0:
        raise RuntimeError(f"the database migration failed (exit status {child.returncode}; its error is above)")


async def _upgrade_configured() -> None:
    from core.context import build_vault
    from core.db import Database
    from core.settings import LOG_FORMAT, load_settings

    settings = load_settings()
    logging.basicConfig(level=settings.log_level, format=LOG_FORMAT)
    # The vault: migrations that seal personal data reach it through the engine, as in the serving process.
    db = Database(settings.effective_database_url, vault=build_vault(settings))
    try:
        await upgrade(db.engine)
    finally:
        await db.dispose()


if __name__ == "__main__":
    asyncio.run(_upgrade_configured())
