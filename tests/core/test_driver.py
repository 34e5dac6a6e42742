"""The session's driver connection (core.db.Driver): the statements every event runs, outside SQLAlchemy's
execution machinery but inside the session's transaction, failing as SQLAlchemy's statements fail; on SQLite and
PostgreSQL."""

import gc
import json
import weakref

import asyncpg
import pytest
from sqlalchemy import inspect, select, text
from sqlalchemy.orm.exc import StaleDataError

from core.audit.models import AuditEntry
from core.contacts import service as contacts
from core.contacts.models import Contact
from core.conversations import service as states
from core.conversations.models import ConversationState
from core.db import Database, Driver, adopt, insert_or_ignore, is_transient, utcnow
from core.inbox.models import ProcessedUpdate
from core.tags.models import Tag
from tests.conftest import statements_on

on_postgres = pytest.mark.parametrize(
    "database_url", [pytest.param("postgresql", marks=pytest.mark.postgres)], indirect=True
)
on_sqlite = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)

PERSON = {
    "key": "telegram:501",
    "channel": "telegram",
    "platform_user_id": "501",
    "chat_id": "501",
    "language": "ar",
    "language_source": "platform",
}


class Failed(Exception):
    pass


async def test_what_runs_on_the_driver_first_is_rolled_back_with_the_session(db: Database) -> None:
    with pytest.raises(Failed):
        async with db.transaction() as session:
            opened = await states.open_event(session=session, update=("telegram:1", "7"), **PERSON)
            assert opened is not None
            await states.put_state(session=session, key="telegram:501", state={"flow": "apply"})
            raise Failed
    async with db.transaction() as session:
        assert (await session.execute(select(ProcessedUpdate))).first() is None
        assert (await session.execute(select(ConversationState))).first() is None
        # the first contact's own row came through the session (SQLAlchemy) after the driver's first statement
        assert await states.open_event(session=session, update=("telegram:1", "7"), **PERSON) is not None


async def test_an_update_is_taken_once_and_the_person_comes_back_as_the_session_loaded_them(db: Database) -> None:
    async with db.transaction() as session:
        opened = await states.open_event(session=session, update=("telegram:1", "8"), **PERSON)
        assert opened is not None
        contact, state = opened
        assert state == {}
        contact.language = "fa"  # a change the session writes at commit, like any loaded object's
        await states.put_state(session=session, key="telegram:501", state={"flow": "apply", "data": {"n": "١"}})
    async with db.transaction() as session:
        assert await states.open_event(session=session, update=("telegram:1", "8"), **PERSON) is None
        again = await states.open_event(session=session, update=("telegram:1", "9"), **{**PERSON, "chat_id": "777"})
        assert again is not None
        contact, state = again
        assert (contact.language, contact.chat_id, contact.platform_user_id) == ("fa", "777", "501")
        assert state == {"flow": "apply", "data": {"n": "١"}}
    async with db.transaction() as session:
        stored = await session.scalar(select(ConversationState.state))
        assert stored == {"flow": "apply", "data": {"n": "١"}}  # sealed on the way in, opened by the column's type


@on_postgres
async def test_a_connection_lost_under_a_driver_statement_is_transient_and_not_handed_out_again(db: Database) -> None:
    with pytest.raises(Exception) as failure:
        async with db.transaction() as session:
            driver = await Driver.of(session)
            pid = (await driver.fetchrow("SELECT pg_backend_pid() AS pid"))["pid"]
            killer = await asyncpg.connect(db.url.replace("postgresql+asyncpg", "postgresql"))
            try:
                await killer.execute("SELECT pg_terminate_backend($1)", pid)
            finally:
                await killer.close()
            await driver.fetchrow("SELECT 1 AS one")
    assert is_transient(failure.value)
    async with db.transaction() as session:
        assert (await (await Driver.of(session)).fetchrow("SELECT 1 AS one"))["one"] == 1


@on_postgres
@pytest.mark.parametrize("failing", ["driver", "orm"])
async def test_a_connection_lost_after_the_session_joined_it_is_transient_and_not_handed_out_again(
    db: Database, failing: str
) -> None:
    with pytest.raises(Exception) as failure:
        async with db.transaction() as session:
            await states.put_state(session=session, key="telegram:501", state={"flow": "apply"})
            pid = await session.scalar(text("SELECT pg_backend_pid()"))  # the session runs on the driver's connection
            killer = await asyncpg.connect(db.url.replace("postgresql+asyncpg", "postgresql"))
            try:
                await killer.execute("SELECT pg_terminate_backend($1)", pid)
            finally:
                await killer.close()
            if failing == "driver":
                await (await Driver.of(session)).fetchrow("SELECT 1 AS one")
            else:
                await session.execute(select(ConversationState.key))
    assert is_transient(failure.value)
    async with db.transaction() as session:
        assert await states.get_state(session=session, key="telegram:501") == {}, "rolled back with the connection"
        assert (await (await Driver.of(session)).fetchrow("SELECT 1 AS one"))["one"] == 1


@on_postgres
async def test_a_bad_statement_is_not_taken_for_a_lost_connection(db: Database) -> None:
    with pytest.raises(asyncpg.PostgresError) as failure:
        async with db.transaction() as session:
            await (await Driver.of(session)).fetchrow("SELECT 1 / 0 AS never")
    assert not is_transient(failure.value)


async def test_an_event_has_one_driver_and_its_session_runs_on_the_same_connection(db: Database) -> None:
    async with db.transaction() as session:
        driver = await Driver.of(session)
        assert await Driver.of(session) is driver
        await states.put_state(session=session, key="telegram:501", state={"flow": "apply"})
        # the ORM, used after the driver, joins its connection and transaction: it reads the unwritten row
        assert (await session.execute(select(ConversationState.key))).scalar_one() == "telegram:501"
        orm = (await (await session.connection()).get_raw_connection()).driver_connection
        assert orm is driver._driver
    async with db.transaction() as session:
        assert await states.get_state(session=session, key="telegram:501") == {"flow": "apply"}


@on_postgres
async def test_what_the_session_rolls_back_takes_the_drivers_statements_with_it_and_the_driver_begins_again(
    db: Database,
) -> None:
    with pytest.raises(Failed):
        async with db.transaction() as session:
            await states.put_state(session=session, key="telegram:501", state={"flow": "apply"})
            await session.execute(select(ConversationState.key))
            await session.rollback()
            await states.put_state(session=session, key="telegram:502", state={"flow": "ask"})  # in a new transaction
            raise Failed
    async with db.transaction() as session:
        assert await states.get_state(session=session, key="telegram:501") == {}
        assert await states.get_state(session=session, key="telegram:502") == {}, "rolled back, not autocommitted"
        await states.put_state(session=session, key="telegram:502", state={"flow": "ask"})
        await session.execute(select(ConversationState.key))
        await session.rollback()
        await states.put_state(session=session, key="telegram:503", state={"flow": "ask"})
    async with db.transaction() as session:
        assert await states.get_state(session=session, key="telegram:502") == {}
        assert await states.get_state(session=session, key="telegram:503") == {"flow": "ask"}, "committed at the end"


async def test_an_events_session_is_freed_when_it_ends_not_left_to_the_garbage_collector(db: Database) -> None:
    # A reference cycle through the session would be freed only by a full collection, which under load took
    # 20-50 ms at a time (bench/RESULTS.md, issue 18).
    gc.collect()
    gc.disable()
    try:
        async with db.transaction() as session:
            opened = await states.open_event(session=session, update=("telegram:1", "10"), **PERSON)
            assert opened is not None
            await states.put_state(session=session, key="telegram:501", state={"flow": "apply"})
            ended = weakref.ref(session.sync_session)
            del session, opened
        assert ended() is None
    finally:
        gc.enable()


async def test_the_inbound_stamp_goes_with_the_persons_other_changes_in_one_update_on_the_driver(
    db: Database,
) -> None:
    async with db.transaction() as session:
        opened = await states.open_event(session=session, update=None, **PERSON)
        assert opened is not None
        contacts.mark_blocked(contact=opened[0])  # they had blocked the bot
    async with db.transaction() as session:
        opened = await states.open_event(session=session, update=None, **PERSON)
        assert opened is not None
        contact = opened[0]
        assert contact.last_inbound_at is None and contact.blocked
        contacts.note_inbound(contact=contact)
        contacts.set_language(contact=contact, language="fa", source="chosen")
        assert contact.last_inbound_at is not None and not contact.blocked and contact.blocked_at is None
        stamped = contact.last_inbound_at
        driver = await Driver.of(session)
        ran = await statements_on(driver)
    (update,) = [statement for statement in ran if statement.startswith("UPDATE contacts")]
    assert all(name in update for name in ("last_inbound_at", "blocked", "blocked_at", "language")), update
    assert not driver.joined, "the ORM never ran: the event committed on the driver"
    async with db.transaction() as session:
        again = await session.scalar(select(Contact))
        assert again is not None
        assert (again.last_inbound_at, again.blocked, again.blocked_at, again.language) == (stamped, False, None, "fa")
        contacts.note_inbound(contact=again)  # a minute has not gone by: nothing to write
        assert not inspect(again).attrs.last_inbound_at.history.has_changes()


async def test_the_persons_changed_row_is_written_on_the_driver_sealed_and_the_orm_never_runs(db: Database) -> None:
    async with db.transaction() as session:
        assert await states.open_event(session=session, update=None, **PERSON) is not None
    async with db.transaction() as session:
        opened = await states.open_event(session=session, update=None, **PERSON)
        assert opened is not None
        contact = opened[0]
        contacts.record_consent(contact=contact, notice_version="v3", locale="ar", display_name="Amira")
        contacts.set_language(contact=contact, language="ar", source="platform")  # as it was: nothing to write
        driver = await Driver.of(session)
    assert not driver.joined, "the ORM never ran: the event committed on the driver"
    assert not inspect(contact).attrs.consent_at.history.has_changes(), "taken as committed"
    async with db.transaction() as session:
        again = await session.scalar(select(Contact))
        sealed = await session.scalar(text("SELECT display_name FROM contacts"))
    assert again is not None
    assert (again.consent_at, again.consent_notice_version, again.consent_locale) == (contact.consent_at, "v3", "ar")
    assert (again.display_name, again.language_source) == ("Amira", "platform")
    assert sealed and "Amira" not in sealed


async def test_a_changed_row_a_statement_reads_next_is_written_first_and_a_rollback_takes_it_back(db: Database) -> None:
    async with db.transaction() as session:
        assert await states.open_event(session=session, update=None, **PERSON) is not None
    with pytest.raises(Failed):
        async with db.transaction() as session:
            opened = await states.open_event(session=session, update=None, **PERSON)
            assert opened is not None
            contacts.record_consent(contact=opened[0], notice_version="v3", locale="ar")
            await contacts.verify_phone(session=session, contact=opened[0], phone="+905321234567", via="telegram")
            driver = await Driver.of(session)
            assert await driver.fetchrow("SELECT id FROM contacts WHERE consent_at IS NOT NULL") is not None
            raise Failed
    assert not driver.joined
    async with db.transaction() as session:
        again = await session.scalar(select(Contact))
    assert again is not None and (again.consent_at, again.phone) == (None, None)


@on_postgres
async def test_a_changed_row_gone_meanwhile_fails_as_the_orms_flush_would(db: Database) -> None:
    async with db.transaction() as session:
        assert await states.open_event(session=session, update=None, **PERSON) is not None
    with pytest.raises(StaleDataError):
        async with db.transaction() as session:
            opened = await states.open_event(session=session, update=None, **PERSON)
            assert opened is not None
            row = {key: getattr(opened[0], key) for key in Contact.__table__.c.keys()}
            adopted = adopt(session, Contact, {**row, "id": opened[0].id + 1000})
            adopted.language = "fa"  # a row this event never locked, deleted (or never there) meanwhile
    async with db.transaction() as session:
        assert (await session.scalar(select(Contact.language))) == "ar"


async def test_a_change_the_orm_must_complete_is_left_to_it(db: Database) -> None:
    async with db.transaction() as session:
        await states.put_state(session=session, key="telegram:501", state={"flow": "apply"})
    async with db.transaction() as session:
        row = await session.get(ConversationState, "telegram:501")
        assert row is not None
        before = row.updated_at
        row.state = {"flow": "ask"}
    async with db.transaction() as session:
        again = await session.get(ConversationState, "telegram:501")
    assert again is not None and again.state == {"flow": "ask"} and again.updated_at > before, "filled on update"


@on_sqlite
async def test_a_connection_returned_with_its_transaction_open_is_rolled_back_and_a_committed_one_is_left_alone(
    db: Database,
) -> None:
    async with db.transaction() as session:
        await states.put_state(session=session, key="telegram:501", state={"flow": "apply"})
        connection = (await (await session.connection()).get_raw_connection()).driver_connection
    assert not connection.in_transaction, "committed"
    async with db.engine.connect() as held:  # a write SQLAlchemy never saw, on the pool's one connection
        raw = (await held.get_raw_connection()).driver_connection
        await raw.execute("DELETE FROM conversation_states")
        assert raw.in_transaction
    assert not connection.in_transaction, "the pool's reset rolled it back"
    async with db.transaction() as session:
        assert await states.get_state(session=session, key="telegram:501") == {"flow": "apply"}


async def test_insert_returns_the_new_id_or_none_when_the_unique_value_is_taken_and_fetch_reads_every_row(
    db: Database,
) -> None:
    table = ProcessedUpdate.__table__
    async with db.transaction() as session:
        driver = await Driver.of(session)
        row = {"source": "telegram:1", "update_id": "9", "received_at": utcnow()}
        first = await driver.insert(table, row)
        again = await driver.insert(table, {**row, "source": "telegram:2"}, unless_taken=("source", "update_id"))
        taken = await driver.insert(table, row, unless_taken=("source", "update_id"))
        rows = await driver.fetch("SELECT id, source FROM processed_updates ORDER BY id")
    assert first is not None and again is not None and again > first and taken is None
    assert [tuple(r) for r in rows] == [(first, "telegram:1"), (again, "telegram:2")]


async def test_a_column_left_out_takes_its_default_and_insert_or_ignore_tells_whether_it_inserted(
    db: Database,
) -> None:
    async with db.transaction() as session:
        before = utcnow()
        made = await insert_or_ignore(session, Tag, {"desk": "social_aid", "name": "rent"}, conflict=["desk", "name"])
        again = await insert_or_ignore(session, Tag, {"desk": "social_aid", "name": "rent"}, conflict=["desk", "name"])
        driver = await Driver.of(session)
        await driver.insert(AuditEntry.__table__, {"seq": 1, "action": "claim", "chain": "0" * 64})
        tag = (await session.execute(select(Tag))).scalar_one()
        details = await session.scalar(text("SELECT CAST(details AS TEXT) FROM audit_log"))
    assert (made, again) == (True, False)
    assert tag.created_at >= before  # `default=utcnow`, made as SQLAlchemy's own insert makes it
    assert json.loads(details) == {}  # `default=dict`


async def test_adopt_takes_a_whole_row_only(db: Database) -> None:
    async with db.transaction() as session:
        with pytest.raises(ValueError, match="every column"):
            adopt(session, ProcessedUpdate, {"source": "telegram:1", "update_id": "11"})
        whole = {"id": 7, "source": "telegram:1", "update_id": "11", "received_at": utcnow()}
        adopted = adopt(session, ProcessedUpdate, whole)
        assert adopted in session and inspect(adopted).persistent and not session.dirty
