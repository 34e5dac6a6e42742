"""Forget means forgotten (issue 13): someone who used every channel and feature is erased, each of their
contacts by another path (/forget, a supervisor at the desk, the retention job), and then none of their values
is anywhere: not in any table read raw (SQLite's file and WAL; PostgreSQL's pages after VACUUM, dead rows
included), not in the data directory, not in what the channels keep.
"""

from datetime import timedelta
from pathlib import Path

import asyncpg
import pytest
from sqlalchemy import select, text

from core.contacts.models import Contact
from core.db import Database, utcnow
from core.person_guards import MemoryFloodGuard
from core.privacy import service as privacy
from core.requests import actions
from core.requests import service as requests
from core.requests.statuses import Actor, Status
from core.schema import metadata
from handlers.engine import Conversations, build_translator
from handlers.types import Attachment, InboundKind
from tests import factories
from tests.conftest import PG_ADMIN_DSN
from tests.handlers.driver import FakeClock, Person
from tests.handlers.test_apply import start_application

NAME = "Zeynep Karagöz"
PHONE, TYPED_PHONE = "+905327654321", "0532 765 43 21"
TC = "10000000146"
NEIGHBOURHOOD = "Kemeraltı Çarşısı Sokağı"
STORY = "Kocam gitti, iki çocukla yalnız kaldım, kira borcum birikti"
QUESTION = "Geçici koruma kimliğim kayboldu, yenisini nereden alırım?"
REPLY = "Zeynep Hanım, kimlik yenileme için göç idaresine gidiniz"
NOTE = "Zeynep Hanım'ın komşusu da aramıştı"
FILE = b"%PDF-1.4 kira kontrati Zeynep Karagoz imza"
WHATSAPP = "905327654321"
VALUES = [NAME, "Karagöz", PHONE, "5327654321", TC, NEIGHBOURHOOD, STORY, QUESTION, REPLY, NOTE, WHATSAPP]


@pytest.fixture
def person(ctx):
    """Makes a person talking to one engine, as every channel adapter does."""
    translator = build_translator(ctx)
    conversations = Conversations(ctx, translator, flood=MemoryFloodGuard(limit=8, window=5.0, clock=FakeClock()))

    def make(platform_language: str | None = "tr", **fields) -> Person:  # type: ignore[no-untyped-def]
        return Person(conversations, translator, platform_language=platform_language, **fields)

    return make


async def a_life_in_the_city(ctx, person):  # type: ignore[no-untyped-def]
    """Applies on Telegram with documents, asks on WhatsApp with a photo waiting, gets answers; returns contacts."""
    telegram = person("tr", display_name=NAME)
    await start_application(telegram, "cash_aid", name=NAME)
    await telegram.say(TYPED_PHONE)
    await telegram.say(TC)
    await telegram.say("Konak")
    await telegram.say(NEIGHBOURHOOD)
    await telegram.say("3")
    await telegram.press("ans:below_half")
    await telegram.say(STORY)
    names = [ctx.files.save(FILE, suffix=".pdf") for _ in range(2)]
    for name in names:
        attachment = Attachment("document", name, file_name=f"{NAME}.pdf", size=len(FILE))
        await telegram.send(telegram.inbound(InboundKind.ATTACHMENT, attachment=attachment))
    await telegram.press("docs:done")
    await telegram.press("apply:confirm")
    await telegram.say(f"Kimlik numaram {TC}, telefonum {TYPED_PHONE}")  # joins nothing: a question

    whatsapp = person("tr", channel="whatsapp", user_id=WHATSAPP, display_name=NAME)
    await start_application(whatsapp, "food_package", name=NAME)  # agrees, then leaves the application for a question
    await whatsapp.command("cancel")
    await whatsapp.say(QUESTION)
    await whatsapp.command("ask")
    waiting = ctx.files.save(FILE, suffix=".pdf")  # a document waiting for its words, in the conversation
    attachment = Attachment("document", waiting, file_name=f"{NAME}.pdf", size=len(FILE))
    await whatsapp.send(whatsapp.inbound(InboundKind.ATTACHMENT, attachment=attachment))

    async with ctx.db.transaction() as session:
        supervisor = await factories.agent(
            session, role="supervisor", desks=["social_aid", "contact_centre", "refugee_desk"]
        )
        people = (await session.execute(select(Contact).order_by(Contact.id))).scalars().all()
        for request in (await session.execute(select(requests.Request))).scalars():
            await requests.reply(session=session, request=request, staff_id=supervisor.id, text=REPLY)
            requests.add_internal_note(session=session, request=request, staff_id=supervisor.id, text=NOTE)
            await requests.change_status(
                session=session,
                request=request,
                to=Status.IN_REVIEW,
                actor=Actor.STAFF,
                staff_id=supervisor.id,
                public_note=REPLY,
                internal_note=NOTE,
            )
    return [p.id for p in people], [*names, waiting], telegram, whatsapp, supervisor


async def raw_everything(db: Database) -> bytes:
    """What the database keeps on disk, as bytes: the SQLite file and its WAL, or every PostgreSQL page."""
    if db.is_sqlite:
        path = Path(db.engine.url.database)
        return b"".join(p.read_bytes() for p in (path, path.with_name(path.name + "-wal")) if p.exists())
    database = db.url.rsplit("/", 1)[1]
    connection = await asyncpg.connect(PG_ADMIN_DSN.rsplit("/", 1)[0] + f"/{database}")
    try:
        await connection.execute("CREATE EXTENSION IF NOT EXISTS pageinspect")
        for table in metadata.sorted_tables:
            await connection.execute(f"VACUUM {table.name}")
        relations = await connection.fetch(
            "SELECT c.oid::regclass::text AS name, pg_relation_size(c.oid) / current_setting('block_size')::int AS n "
            "FROM pg_class c WHERE c.relkind IN ('r', 't', 'i') AND (c.relnamespace = 'public'::regnamespace "
            "OR c.oid IN (SELECT reltoastrelid FROM pg_class WHERE relnamespace = 'public'::regnamespace) "
            "OR c.oid IN (SELECT indexrelid FROM pg_index WHERE indrelid IN "
            "(SELECT reltoastrelid FROM pg_class WHERE relnamespace = 'public'::regnamespace)))"
        )
        pages = []
        for relation in relations:
            for block in range(relation["n"]):
                pages.append(await connection.fetchval("SELECT get_raw_page($1, $2)", relation["name"], block))
        return b"".join(pages)
    finally:
        await connection.close()


def found_in(blob: bytes, values: list[str]) -> list[str]:
    return [v for v in values if v.encode() in blob or v.encode("utf-16-le") in blob]


async def test_a_person_erased_by_every_path_leaves_no_value_anywhere(ctx, person):
    contacts, files, telegram, _, supervisor = await a_life_in_the_city(ctx, person)
    assert len(contacts) == 2 and all(ctx.files.holds(name) for name in files)
    async with ctx.db.transaction() as session:  # all of it was kept, before
        kept = (await session.execute(select(requests.Request).order_by(requests.Request.id))).scalars().all()
        named = (await session.execute(select(Contact.display_name))).scalars().all()
        texts = {m.text for m in (await session.execute(select(requests.Message))).scalars()}
    assert [(r.programme, r.phone, r.neighbourhood) for r in kept] == [
        ("cash_aid", PHONE, NEIGHBOURHOOD),
        ("general_question", None, None),
        ("general_question", None, None),
    ]
    assert named == [NAME, NAME] and {STORY, QUESTION, REPLY, NOTE} <= texts
    assert "Kimlik numaram 10*******46, telefonum 0532 765 43 21" in texts  # masked as it came in
    places = [place.table.__tablename__ for place in privacy.PLACES]
    async with ctx.db.engine.connect() as connection:  # the sealed forms of everything about them
        sealed = [
            value
            for table in places
            for row in await connection.execute(text(f"SELECT * FROM {table}"))
            for value in row
            if isinstance(value, str) and value.startswith(("s1:", "d1:"))
        ]

    await telegram.command("forget")  # the person, in the chat
    await telegram.press("forget:yes")
    async with ctx.db.transaction() as session:  # at the desk, for the WhatsApp number
        [request] = (
            await session.execute(select(requests.Request).where(requests.Request.contact_id == contacts[1]))
        ).scalars()
        await actions.erase_person(
            session=session,
            staff=supervisor,
            reference=request.reference,
            reason="asked at the desk",
            privacy=ctx.privacy,
            via=actions.Via.CONSOLE,
        )
    await ctx.privacy.destroy_expired(  # and whatever time forgets
        db=ctx.db, catalogue=ctx.catalogue, retention=timedelta(days=730), now=utcnow() + timedelta(days=3)
    )

    async with ctx.db.transaction() as session:
        people = (await session.execute(select(Contact).where(Contact.id.in_(contacts)))).scalars().all()
    assert all(p.erased_at is not None for p in people)
    stored = await raw_everything(ctx.db)
    assert found_in(stored, VALUES) == []
    if ctx.db.is_sqlite:  # zeroed, not only unreadable: not even their sealed forms are left (secure_delete, WAL)
        assert sealed and [v for v in sealed if v.encode() in stored] == []
    data = b"".join(p.read_bytes() for p in ctx.settings.data_dir.rglob("*") if p.is_file())
    assert found_in(data, VALUES) == [] and FILE not in data
    assert not any(ctx.files.holds(name) for name in files)
