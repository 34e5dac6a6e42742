"""Machine translation through a LibreTranslate server (a fake on 127.0.0.1): off by default, the city's terms kept."""

from collections.abc import AsyncIterator

import pytest
from sqlalchemy import select

from core.contacts.models import Contact
from core.delivery.render import render
from core.i18n import Translator, strip_isolates
from core.outbox.models import OutboxItem
from core.requests.models import Message, Request
from core.translation import MachineTranslation
from tests import factories
from tests.conftest import serving
from tests.fakes.libretranslate import FakeLibreTranslate
from tests.staff.conftest import sign_in

REPLY = "Nakdi yardım için belgelerinizi Sosyal Yardım Masası'na getirin."


@pytest.fixture
def fake() -> FakeLibreTranslate:
    return FakeLibreTranslate()


@pytest.fixture
async def translating(ctx, fake) -> AsyncIterator[MachineTranslation]:
    """Machine translation on, against the fake (set before the app is built)."""
    translator = Translator(ctx.catalogue.city.locales, ctx.catalogue.city.default_locale)
    async with serving(fake.app()) as url:
        ctx.translation = MachineTranslation(url, api_key="city-key", translator=translator, catalogue=ctx.catalogue)
        yield ctx.translation
        await ctx.translation.close()


async def arabic_request_held_by(ctx, agent) -> Request:
    async with ctx.db.transaction() as session:
        request = await factories.request(session, ctx.catalogue, ctx.vault, programme="cash_aid", language="ar")
        request.assignee_id = agent.user.id
        session.add(
            Message(
                request_id=request.id,
                contact_id=request.contact_id,
                direction="in",
                text="أحتاج إلى مساعدة في دفع الإيجار",
                language="ar",
                delivery_state="received",
            )
        )
        return request


async def test_a_reply_goes_out_translated_with_the_city_s_terms_and_marked(ctx, translating, fake, client, team):
    request = await arabic_request_held_by(ctx, team.agent)
    csrf = await sign_in(client, "ayse")
    page = (await client.get(f"/console/requests/{request.reference}")).text
    # The citizen's words for her, a programme they name kept as the city names it, the original a click away.
    assert "«tr» أحتاج إلى Kira yardımı" in page and "makine çevirisi" in page
    assert 'class="original"' in page and "Arapça okuyan birine yazıyorsunuz" in page
    sent = await client.post(f"/console/requests/{request.reference}/reply", data={"csrf": csrf, "text": REPLY})
    assert sent.headers["location"].endswith("notice=reply-queued")
    asked = fake.received[-1]
    assert (asked["source"], asked["target"], asked["api_key"]) == ("tr", "ar", "city-key")
    assert (
        "Nakdi yardım" not in asked["q"] and "[[0]]" in asked["q"]
    )  # the programme's name never went out to translate
    async with ctx.db.transaction() as session:
        message = (
            await session.execute(select(Message).where(Message.request_id == request.id, Message.direction == "out"))
        ).scalar_one()
        [item] = (await session.execute(select(OutboxItem).where(OutboxItem.kind == "staff_reply"))).scalars()
    assert message.text == REPLY and message.translated_text.startswith("«ar»")
    arabic_name = strip_isolates(translating.translator.text("ar", "programme-cash_aid"))
    assert arabic_name in message.translated_text and item.payload["machine_translated"] is True
    async with ctx.db.transaction() as session:
        contact = await session.get(Contact, request.contact_id)
    told = render(item, contact, translating.translator)
    assert "تُرجمت هذه الرسالة آلياً" in told.text and arabic_name in told.text
    page = (await client.get(f"/console/requests/{request.reference}")).text
    assert 'class="sent-translated"' in page and REPLY.replace("'", "&#39;") in page  # what she wrote, and what went


async def test_when_the_provider_fails_nothing_is_sent_and_the_agent_is_told(ctx, translating, fake, client, team):
    request = await arabic_request_held_by(ctx, team.agent)
    csrf = await sign_in(client, "ayse")
    fake.failing = True
    sent = await client.post(f"/console/requests/{request.reference}/reply", data={"csrf": csrf, "text": REPLY})
    assert sent.status_code == 303 and "error=" in sent.headers["location"]
    async with ctx.db.transaction() as session:
        assert (await session.execute(select(OutboxItem))).scalars().all() == []
        assert (await session.execute(select(Message).where(Message.direction == "out"))).scalars().all() == []


async def test_off_by_default_no_citizen_text_leaves_the_city(ctx, fake, client, team):
    async with serving(fake.app()):  # a translation server listening, but not configured
        request = await arabic_request_held_by(ctx, team.agent)
        csrf = await sign_in(client, "ayse")
        page = (await client.get(f"/console/requests/{request.reference}")).text
        assert "çevrilmeden gider" in page and "makine çevirisi" not in page
        await client.post(f"/console/requests/{request.reference}/reply", data={"csrf": csrf, "text": REPLY})
    assert ctx.translation is None and fake.received == []
    async with ctx.db.transaction() as session:
        [item] = (await session.execute(select(OutboxItem))).scalars()
    assert item.payload["text"] == REPLY and "machine_translated" not in item.payload
