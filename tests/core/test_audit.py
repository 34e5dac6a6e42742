"""The audit log is tamper-evident (issue 13): each entry chained to the one before by a keyed hash."""

import asyncio
import json
import re
import sqlite3
import uuid
from pathlib import Path

import asyncpg
import pytest
from sqlalchemy import make_url, text
from sqlalchemy.exc import DBAPIError

from core.audit import service as audit
from core.audit.models import Action
from core.context import build_core
from core.crypto import Vault
from core.db import Database, Driver
from core.settings import Settings
from core.staff.models import StaffUser
from tests.conftest import PG_ADMIN_DSN, TEST_SECRET, statements_on
from tests.test_cli import run_cli

README = Path(__file__).resolve().parents[2] / "README.md"


async def append(db: Database, count: int, *, action: Action = Action.REVEAL) -> None:
    for n in range(count):
        async with db.transaction() as session:
            await audit.record(session=session, staff_id=None, action=action, target=f"12345678{n % 10}")


async def test_every_entry_is_chained_and_each_kind_of_tampering_is_named(db):
    await append(db, 5)
    async with db.transaction() as session:  # two entries in one transaction chain one after the other
        await audit.record(session=session, staff_id=None, action=Action.EXPORT, details={"rows": 3})
        await audit.record(session=session, staff_id=None, action=Action.SIGN_OUT)
    assert await audit.verify(db=db) == (7, None)

    async with db.engine.begin() as connection:  # someone with the database's password edits an entry
        await connection.execute(text("UPDATE audit_log SET target = '999999999' WHERE seq = 3"))
    intact, broken = await audit.verify(db=db)
    assert intact == 2 and (broken.seq, broken.reason) == (3, "altered")

    async with db.engine.begin() as connection:  # … puts it back, and removes another
        await connection.execute(text("UPDATE audit_log SET target = '123456782' WHERE seq = 3"))
        await connection.execute(text("DELETE FROM audit_log WHERE seq = 5"))
    intact, broken = await audit.verify(db=db)
    assert intact == 4 and (broken.seq, broken.entry_id, broken.reason) == (5, None, "missing")


async def test_a_chain_forged_without_the_audit_key_does_not_hold(db):
    await append(db, 3)
    forger = Database(db.url, vault=Vault("someone-else-" + "f" * 40))  # recomputes links, with another key
    async with db.engine.begin() as connection:
        await connection.execute(text("DELETE FROM audit_log WHERE seq = 3"))
    await append(forger, 1)
    await forger.dispose()
    intact, broken = await audit.verify(db=db)
    assert intact == 2 and (broken.seq, broken.reason) == (3, "altered")


async def test_entries_appended_together_are_chained_in_order_naming_the_staff_made_in_the_same_transaction(db):
    await append(db, 2)
    async with db.transaction() as session:
        agent = StaffUser(username="ayse", display_name="Ayşe", role="agent", password_hash="x", desks=["social_aid"])
        session.add(agent)
        await session.flush()  # its id, for the entries
        agent.display_name = "Ayşe K."  # a change still to write, at commit
        entries = [audit.Entry(agent.id, Action.CLAIM, f"REF-{n}", {"via": "api", "n": n}) for n in range(3)]
        await audit.record_all(session=session, entries=entries)
    assert await audit.verify(db=db) == (5, None)
    async with db.transaction() as session:
        rows = (
            await session.execute(
                text("SELECT seq, staff_id, target, CAST(details AS TEXT) FROM audit_log ORDER BY seq")
            )
        ).all()
        assert await session.scalar(text(f"SELECT display_name FROM staff_users WHERE id = {agent.id}")) == "Ayşe K."
    assert [(seq, staff, target) for seq, staff, target, _ in rows[2:]] == [
        (3, agent.id, "REF-0"),
        (4, agent.id, "REF-1"),
        (5, agent.id, "REF-2"),
    ]
    assert [json.loads(details) for *_, details in rows[2:]] == [{"via": "api", "n": n} for n in range(3)]


@pytest.mark.postgres
async def test_concurrent_appends_on_postgresql_form_one_chain(postgres_url):
    db = Database(postgres_url, vault=Vault(TEST_SECRET))
    try:
        await asyncio.gather(*(append(db, 3, action=Action.CLAIM) for _ in range(12)))
        assert await audit.verify(db=db) == (36, None)
    finally:
        async with db.transaction() as session:
            await session.execute(text("TRUNCATE audit_log"))
        await db.dispose()


@pytest.mark.postgres
async def test_the_append_lock_is_taken_once_per_transaction_and_again_after_a_savepoint_let_it_go(postgres_url):
    db = Database(postgres_url, vault=Vault(TEST_SECRET))

    async def held(session) -> bool:
        query = "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND granted"
        return bool(await session.scalar(text(query)))

    try:
        async with db.transaction() as session:
            async with session.begin_nested() as savepoint:
                await audit.hold(session=session)
                assert await held(session)
                await savepoint.rollback()  # a rolled-back savepoint releases what it took
            assert not await held(session)
            await audit.hold(session=session)
            assert await held(session)
            statements = await statements_on(await Driver.of(session))
            await audit.record_all(session=session, entries=[audit.Entry(None, Action.EXPORT)] * 3)
        # (asyncpg tells its loggers at the loop's next turn: the commit's round trip has given them theirs)
        assert len([s for s in statements if s.startswith("INSERT INTO audit_log")]) == 1  # one for the three
        assert not any("pg_advisory_xact_lock" in statement for statement in statements)  # held already
        assert await audit.verify(db=db) == (3, None)
    finally:
        async with db.transaction() as session:
            await session.execute(text("TRUNCATE audit_log"))
        await db.dispose()


def grant_statements(role: str, database: str) -> list[str]:
    """The GRANT block of README's "Security and privacy", for this role and database."""
    block = re.search(r"```sql\n(-- the application's role.*?)```", README.read_text(), re.DOTALL)
    assert block, "README lost its GRANT block"
    sql = block.group(1).replace("hemsehri_app", role).replace("DATABASE hemsehri ", f'DATABASE "{database}" ')
    sql = "\n".join(line for line in sql.splitlines() if not line.startswith("--"))
    return [statement.strip() for statement in sql.split(";") if statement.strip()]


@pytest.mark.postgres
async def test_the_applications_role_cannot_update_or_delete_the_audit_log(postgres_url):
    role, database = f"hemsehri_app_{uuid.uuid4().hex[:8]}", postgres_url.rsplit("/", 1)[1]
    owner = await asyncpg.connect(PG_ADMIN_DSN.rsplit("/", 1)[0] + f"/{database}")
    try:
        for statement in grant_statements(role, database):
            await owner.execute(statement.replace("'change me'", "'test'"))
        as_role = make_url(postgres_url).set(username=role, password="test")  # whoever the admin DSN names
        as_app = Database(as_role.render_as_string(hide_password=False), vault=Vault(TEST_SECRET))
        await append(as_app, 2)  # it appends, and reads the chain
        assert await audit.verify(db=as_app) == (2, None)
        for tampering in ("UPDATE audit_log SET target = 'x'", "DELETE FROM audit_log", "TRUNCATE audit_log"):
            with pytest.raises(DBAPIError, match="permission denied"):
                async with as_app.engine.begin() as connection:
                    await connection.execute(text(tampering))
        await as_app.dispose()
    finally:
        await owner.execute("TRUNCATE audit_log")
        await owner.execute(f'DROP OWNED BY "{role}"')
        await owner.execute(f'DROP ROLE IF EXISTS "{role}"')
        await owner.close()


def test_hemsehri_audit_verify_names_the_first_broken_link(env):
    assert run_cli("db", "upgrade", env=env).returncode == 0
    data = Path(env["HEMSEHRI_DATA_DIR"])

    async def seed() -> None:
        ctx = build_core(Settings(data_dir=data, secret_key=TEST_SECRET))  # the audit key the command reads
        try:
            await append(ctx.db, 3)
        finally:
            await ctx.close()

    asyncio.run(seed())
    intact = run_cli("audit", "verify", env=env)
    assert intact.returncode == 0 and "audit log intact: 3 entries" in intact.stdout, intact.stderr
    with sqlite3.connect(data / "hemsehri.db") as connection:
        connection.execute("UPDATE audit_log SET action = 'sign_in' WHERE seq = 2")
    broken = run_cli("audit", "verify", env=env)
    assert broken.returncode == 1 and "entry 2 (id 2) was altered" in broken.stderr
    assert "the 1 entries before it hold" in broken.stderr
