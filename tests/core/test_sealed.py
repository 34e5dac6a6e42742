"""Personal data sealed at rest (issue 13): what the database holds is never a person's value in the clear.

Each test reads the tables raw, as someone holding a copy of the database (a backup, a stolen disk) would:
plain SQL, no model types, so nothing is opened for them.
"""

import os
import stat
from datetime import UTC, datetime
from pathlib import Path

import asyncpg
import pytest
from sqlalchemy import bindparam, select, text

from core import migrate
from core.contacts import service as contacts
from core.contacts.models import Contact
from core.conversations import service as states
from core.conversations.models import state_key
from core.crypto import InvalidToken, Vault
from core.db import Database, UTCDateTime
from core.identity import mask_in_text
from core.requests import service as requests
from core.requests.models import Message, Request
from core.requests.statuses import Actor, Status
from core.schema import metadata
from tests import factories
from tests.conftest import PG_ADMIN_DSN, TEST_SECRET

NAME, PHONE, TC = "Ayşe Yılmaz", "+905321234567", factories.VALID_TC
NEIGHBOURHOOD, STORY = "Bostanlı Mahallesi", "Eşim hasta, kira ödeyemiyoruz, üç çocuğumuz var"
REPLY, NOTE = "Ayşe Hanım, belgelerinizi getirin", "Komşusu da başvurdu"


async def raw_cells(db: Database) -> str:
    """Every cell of every table, as the database stores it, in one text."""
    cells = []
    async with db.engine.connect() as connection:
        for table in metadata.sorted_tables:
            for row in await connection.execute(text(f"SELECT * FROM {table.name}")):
                cells.extend(str(value) for value in row)
    return "\n".join(cells)


async def a_person_with_everything(ctx) -> tuple[int, str]:
    """A consented person with an application, a thread, notes, a staff reply and a conversation under way."""
    async with ctx.db.transaction() as session:
        person = await factories.contact(session)
        person.display_name = NAME
        request = await factories.request(
            session, ctx.catalogue, ctx.vault, owner=person, neighbourhood=NEIGHBOURHOOD, description=STORY
        )
        staff = await factories.agent(session)
        await requests.change_status(session=session, request=request, to=Status.IN_REVIEW, actor=Actor.STAFF)
        await requests.change_status(
            session=session,
            request=request,
            to=Status.NEEDS_INFO,
            actor=Actor.STAFF,
            staff_id=staff.id,
            public_note=REPLY,
            internal_note=NOTE,
        )
        await requests.reply(session=session, request=request, staff_id=staff.id, text=REPLY)
        await requests.add_citizen_message(
            session=session,
            request=request,
            text=STORY,
            language="tr",
            attachments=[{"kind": "document", "file_id": "x.pdf", "file_name": f"{NAME} kimlik.pdf"}],
        )
        await states.put_state(
            session=session,
            key=state_key("telegram", person.platform_user_id),
            state={"flow": "apply", "data": {"answers": {"phone": PHONE, "neighbourhood": NEIGHBOURHOOD}}},
        )
        return person.id, request.reference


async def test_personal_values_never_reach_the_tables_in_the_clear(ctx):
    _, reference = await a_person_with_everything(ctx)
    stored = await raw_cells(ctx.db)
    for value in (NAME, PHONE, "5321234567", TC, NEIGHBOURHOOD, STORY, REPLY, NOTE, "kimlik.pdf"):
        assert value not in stored, f"{value!r} is stored in the clear"
    async with ctx.db.transaction() as session:  # and the service reads them back as they were
        request = await requests.get_by_reference(session=session, reference=reference)
        messages, events = await requests.thread(session=session, request_id=request.id)
    assert (request.phone, request.neighbourhood) == (PHONE, NEIGHBOURHOOD)
    assert STORY in [m.text for m in messages] and REPLY in [m.text for m in messages]
    assert NOTE in [e.internal_note for e in events]


async def test_platform_ids_are_sealed_but_still_find_the_person(ctx):
    async with ctx.db.transaction() as session:
        person = await factories.contact(session, channel="whatsapp")
        number = person.platform_user_id
    assert number not in await raw_cells(ctx.db)
    async with ctx.db.transaction() as session:
        again = await contacts.get_or_create(
            session=session, channel="whatsapp", platform_user_id=number, chat_id=number, language="tr"
        )
    assert again.id == person.id and again.platform_user_id == number


async def test_staff_find_a_request_by_phone_or_identity_number_through_keyed_indexes(ctx):
    async with ctx.db.transaction() as session:
        mine = await factories.request(session, ctx.catalogue, ctx.vault)
        await factories.request(session, ctx.catalogue, ctx.vault, phone="0533 765 43 21", national_id="10000000078")
    async with ctx.db.transaction() as session:
        by_phone, _ = await requests.search(session=session, desks=["social_aid"], phone=PHONE)
        by_number, _ = await requests.search(session=session, desks=["social_aid"], national_id=TC)
        row = (await session.execute(text("SELECT phone_index, national_id_index FROM requests"))).first()
    assert [r.id for r in by_phone] == [mine.id] and [r.id for r in by_number] == [mine.id]
    assert PHONE not in row.phone_index and TC not in row.national_id_index and len(row.phone_index) == 64


def test_a_sealed_column_refuses_a_comparison_that_would_silently_match_nothing():
    with pytest.raises(TypeError, match="Keyed index"):
        select(Request.id).where(Request.phone == PHONE)
    with pytest.raises(TypeError, match="equality"):
        select(Contact.id).where(Contact.platform_user_id.like("9%"))
    assert "IS NULL" in str(select(Request.id).where(Request.phone.is_(None)))


async def test_an_identity_number_typed_in_free_text_is_kept_masked(ctx):
    # Finding 15: "TC 10000000146" in a question was stored and shown to staff in the clear.
    async with ctx.db.transaction() as session:
        person = await factories.contact(session, consent=False)
        question = await requests.create(
            session=session,
            contact=person,
            catalogue=ctx.catalogue,
            vault=ctx.vault,
            request_in=factories.RequestIn(
                programme="general_question", language="tr", description=f"Kimlik no {TC}, başvurum nerede?"
            ),
        )
        await requests.add_citizen_message(
            session=session, request=question, text="رقمي ٩٩١٢٣٤٥٦٧٨٩ والهاتف 0532 123 45 67", language="ar"
        )
    async with ctx.db.transaction() as session:
        texts = [m.text for m in (await session.execute(select(Message).order_by(Message.id))).scalars()]
    assert texts == ["Kimlik no 10*******46, başvurum nerede?", "رقمي ٩٩*******٨٩ والهاتف 0532 123 45 67"]


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("100 000 001 46", "10* *** *** 46"),
        ("ref 627 586 033", "ref 627 586 033"),  # a reference: nine digits
        ("+90 532 123 45 67", "+90 532 123 45 67"),  # a phone
        ("05321234567", "05321234567"),
        ("123456789012", "123456789012"),  # twelve digits: not an identity number
    ],
)
def test_what_counts_as_an_identity_number_in_text(typed, kept):
    assert mask_in_text(typed) == kept


def test_the_vault_opens_with_the_previous_secret_and_seals_with_the_new_one():
    old, new = Vault("old-secret-" + "x" * 40), Vault("new-secret-" + "y" * 40, previous=["old-secret-" + "x" * 40])
    sealed, same_id, file = old.seal("Ayşe"), old.seal_id("7000000000001"), old.seal_file(b"%PDF-1.4 kimlik")
    assert new.unseal(sealed) == "Ayşe" and new.unseal_id(same_id) == "7000000000001"
    assert (
        new.open_file(file) == b"%PDF-1.4 kimlik" and not new.is_current(file) and new.is_current(new.seal_file(b"x"))
    )
    assert new.seal_id("7000000000001") != same_id and new.seal_id("7000000000001") == new.seal_id("7000000000001")
    with pytest.raises(InvalidToken):
        Vault("another-" + "z" * 40).unseal(sealed)


# ----------------------------------------------------------------------------- data stored before sealing


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
async def empty_database(request: pytest.FixtureRequest, tmp_path: Path):
    """A database with no schema yet, on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'old.db'}"
        return
    name = f"hemsehri_migrate_{os.urandom(5).hex()}"
    admin = await asyncpg.connect(PG_ADMIN_DSN)
    await admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql+asyncpg://{PG_ADMIN_DSN.split('://', 1)[1].rsplit('/', 1)[0]}/{name}"
    finally:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()


async def test_data_stored_before_sealing_is_sealed_by_the_migration(empty_database):
    vault = Vault(TEST_SECRET)
    database = Database(empty_database, vault=vault)
    async with database.engine.begin() as connection:
        await connection.run_sync(lambda sync: _upgrade_to(sync, "0005"))
    now = datetime.now(UTC)

    def legacy(sql: str):  # type: ignore[no-untyped-def]
        return text(sql).bindparams(bindparam("now", type_=UTCDateTime()))

    async with database.engine.begin() as connection:
        await connection.execute(
            legacy(
                "INSERT INTO contacts (id, channel, platform_user_id, chat_id, display_name, phone, language, "
                "language_source, consent_at, blocked, created_at) VALUES (1, 'telegram', '7000000000001', "
                "'7000000000001', :name, NULL, 'tr', 'chosen', :now, false, :now), (2, 'whatsapp', '905551112233', "
                "'905551112233', 'Mehmet', NULL, 'tr', 'platform', NULL, false, :now)"
            ),
            {"name": NAME, "now": now},
        )
        await connection.execute(
            legacy(
                "INSERT INTO requests (id, reference, contact_id, channel, programme, desk, kind, status, priority, "
                "language, district, neighbourhood, phone, national_id_encrypted, national_id_masked, answers, "
                "sla_due_at, created_at, updated_at) VALUES (1, '123456782', 1, 'telegram', 'winter_fuel', "
                "'social_aid', 'application', 'received', 0, 'tr', 'Buca', :hood, :phone, :sealed, '10*******46', "
                "'{}', :now, :now, :now)"
            ),
            {"hood": NEIGHBOURHOOD, "phone": PHONE, "sealed": _fernet_token(TC), "now": now},
        )
        await connection.execute(
            legacy(
                "INSERT INTO messages (id, request_id, contact_id, direction, text, attachments, delivery_state, "
                'created_at) VALUES (1, 1, 1, \'in\', :story, \'[{"kind": "photo", "file_id": "a.jpg"}]\', '
                "'received', :now)"
            ),
            {"story": STORY, "now": now},
        )
        await connection.execute(
            legacy(
                "INSERT INTO conversation_states (key, state, updated_at) VALUES ('telegram:7000000000001', :s, :now)"
            ),
            {"s": '{"flow": "apply", "data": {"answers": {"phone": "+905321234567"}}}', "now": now},
        )
    await migrate.upgrade(database.engine)

    stored = await raw_cells(database)
    for value in (NAME, PHONE, NEIGHBOURHOOD, STORY, "7000000000001", "905551112233", "Mehmet", "a.jpg"):
        assert value not in stored, f"{value!r} is still in the clear"
    async with database.transaction() as session:
        request = await session.get(Request, 1)
        found, _ = await requests.search(session=session, desks=["social_aid"], phone=PHONE, national_id=TC)
        message = await session.get(Message, 1)
        state = await states.get_state(session=session, key="telegram:7000000000001")
        people = {c.id: c for c in (await session.execute(select(Contact))).scalars()}
    assert (request.phone, request.neighbourhood, vault.decrypt(request.national_id_encrypted)) == (
        PHONE,
        NEIGHBOURHOOD,
        TC,
    )
    assert [r.id for r in found] == [1] and message.text == STORY and message.attachments[0]["file_id"] == "a.jpg"
    assert state["data"]["answers"]["phone"] == PHONE
    assert people[1].display_name == NAME and people[1].platform_user_id == "7000000000001"
    assert people[2].display_name is None, "a name kept before consent is dropped (finding 16)"
    await database.dispose()


async def test_answers_stored_before_they_held_names_are_sealed_by_the_migration(empty_database):
    database = Database(empty_database, vault=Vault(TEST_SECRET))
    async with database.engine.begin() as connection:
        await connection.run_sync(lambda sync: _upgrade_to(sync, "0010"))
        await connection.execute(
            text(
                "INSERT INTO contacts (id, channel, platform_user_id, chat_id, language, language_source, blocked, "
                "created_at) VALUES (1, 'telegram', 'x', 'x', 'tr', 'chosen', false, CURRENT_TIMESTAMP)"
            )
        )
        await connection.execute(
            text(
                "INSERT INTO requests (id, reference, contact_id, channel, programme, desk, kind, status, priority, "
                "language, answers, sla_due_at, created_at, updated_at) VALUES (1, '123456782', 1, 'telegram', "
                "'winter_fuel', 'social_aid', 'application', 'received', 0, 'tr', "
                """'{"national_id_checksum_ok": false}', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"""
            )
        )
    await migrate.upgrade(database.engine)

    stored = await raw_cells(database)
    assert "national_id_checksum_ok" not in stored and "sealed" in stored
    async with database.transaction() as session:
        assert (await session.get(Request, 1)).answers == {"national_id_checksum_ok": False}
    await database.dispose()


def _upgrade_to(connection, revision: str) -> None:  # type: ignore[no-untyped-def]
    from alembic import command

    config = migrate.alembic_config(str(connection.engine.url))
    config.attributes["connection"] = connection
    command.upgrade(config, revision)


def _fernet_token(value: str) -> bytes:
    """An identity number as the vault sealed it before 0006 (Fernet)."""
    import base64

    from cryptography.fernet import Fernet

    from core.crypto import _derive

    return Fernet(base64.urlsafe_b64encode(_derive(TEST_SECRET, b"personal-data"))).encrypt(value.encode())


# ----------------------------------------------------------------------------- files on disk (finding 19)


async def test_the_embedded_database_and_its_directory_are_readable_by_their_owner_only(tmp_path):
    # Finding 19: under the default umask the SQLite database and its WAL were world-readable (0644).
    previous = os.umask(0o022)
    try:
        data = tmp_path / "data"
        database = Database(f"sqlite+aiosqlite:///{data / 'hemsehri.db'}", vault=Vault(TEST_SECRET))
        await migrate.upgrade(database.engine)
        async with database.transaction() as session:
            await factories.contact(session)
        files = [data / "hemsehri.db", data / "hemsehri.db-wal", data / "hemsehri.db-shm"]
        modes = {path.name: stat.S_IMODE(path.stat().st_mode) for path in files}
        await database.dispose()
    finally:
        os.umask(previous)
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    assert modes == dict.fromkeys(modes, 0o600)
