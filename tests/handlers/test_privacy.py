"""What the conversations keep about a person (issue 13): uploads waiting in a conversation, names before consent."""

from datetime import timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from core.contacts.models import Contact
from core.db import utcnow
from core.files.models import Upload
from core.requests import service as requests
from core.requests.models import Request
from core.requests.statuses import Actor, Status
from handlers.types import Attachment, InboundKind
from tests import factories
from tests.handlers.test_apply import start_application

JPEG = b"\xff\xd8\xff\xe0" + b"belge" * 100


async def upload(ctx, p, *, caption: str | None = None) -> str:
    """A file stored as the web chat stores one, then sent to the conversation; returns its stored name."""
    name = ctx.files.save(JPEG, suffix=".jpg")
    await p.send(p.inbound(InboundKind.ATTACHMENT, attachment=Attachment("photo", name, size=len(JPEG)), text=caption))
    return name


async def uploads(ctx) -> list[Upload]:
    async with ctx.db.transaction() as session:
        return list((await session.execute(select(Upload).order_by(Upload.id))).scalars())


async def sweep(ctx, days: int) -> None:
    await ctx.privacy.destroy_expired(
        db=ctx.db, catalogue=ctx.catalogue, retention=timedelta(days=730), now=utcnow() + timedelta(days=days)
    )


async def test_an_upload_waiting_in_a_conversation_goes_when_the_person_is_forgotten(ctx, person):
    # Finding 3: "belgeleriniz silinir", but a file referenced only from the conversation state stayed on disk.
    p = person("tr")
    await p.command("ask")
    name = await upload(ctx, p)
    assert p.keys == ["ask-attachment-kept"] and ctx.files.holds(name) and ctx.files.read(name) == JPEG
    await p.command("forget")
    await p.press("forget:yes")
    assert p.keys == ["forget-done"]
    assert not ctx.files.holds(name) and await uploads(ctx) == []


async def test_an_upload_a_cancelled_journey_leaves_behind_goes_at_once(ctx, person):
    p = person("tr")
    await p.command("ask")
    name = await upload(ctx, p)
    await p.command("cancel")
    assert p.keys == ["cancel-done"]
    assert not ctx.files.holds(name) and await uploads(ctx) == []


async def test_an_upload_nothing_took_is_swept_and_a_filed_one_stays_until_its_request_goes(ctx, person):
    p = person("tr")
    await p.command("ask")
    waiting = await upload(ctx, p)  # the person never writes the words, never comes back
    other = person("tr")
    filed = await upload(ctx, other, caption="Kira sözleşmem ekte, kira yardımı alabilir miyim?")
    await other.accept_notice()
    assert [u.message_id is None for u in await uploads(ctx)] == [True, False]

    await sweep(ctx, days=1)  # within the day a conversation lasts: both stay
    assert ctx.files.holds(waiting) and ctx.files.holds(filed)
    await sweep(ctx, days=3)
    assert not ctx.files.holds(waiting) and ctx.files.holds(filed)
    assert [u.name for u in await uploads(ctx)] == [filed]

    async with ctx.db.transaction() as session:  # staff answer and close the question
        [question] = (await session.execute(select(Request))).scalars()
        await requests.change_status(session=session, request=question, to=Status.CLOSED, actor=Actor.STAFF)
    await sweep(ctx, days=800)  # the question ended long ago: its file goes with its words
    assert not ctx.files.holds(filed) and await uploads(ctx) == []


async def test_a_file_on_disk_is_sealed(ctx, person):
    name = ctx.files.save(JPEG, suffix=".jpg")
    stored = (ctx.files.directory / name).read_bytes()
    assert b"belge" not in stored and ctx.files.read(name) == JPEG
    assert oct((ctx.files.directory / name).stat().st_mode & 0o777) == "0o600"


async def test_no_name_is_kept_before_the_privacy_notice_is_agreed_to(ctx, person):
    # Finding 16: contacts kept the platform's name from their first message, before any notice.
    p = person("tr", display_name="Ayşe Yılmaz")
    await p.say("Merhaba")
    assert (await contact(ctx, p)).display_name is None
    await start_application(p, "food_package")  # agrees to the notice on the way
    assert (await contact(ctx, p)).display_name == "Ayşe Yılmaz"


async def test_the_database_refuses_a_name_without_consent(ctx):
    with pytest.raises(IntegrityError):
        async with ctx.db.transaction() as session:
            person = await factories.contact(session, consent=False)
            person.display_name = "Ayşe Yılmaz"


async def contact(ctx, p) -> Contact:
    async with ctx.db.transaction() as session:
        return (await session.execute(select(Contact).where(Contact.platform_user_id == p.user_id))).scalar_one()
