"""The call-back list (issue 16 item 5): people no channel reached, for the staff of their request's desk to phone."""

import re

from sqlalchemy import select

from core.audit.models import AuditEntry
from core.callbacks.models import Callback
from core.contacts import service as contacts
from core.delivery.fallback import fall_back
from core.outbox.models import OutboxItem, OutboxState
from core.requests import service as requests
from tests import factories
from tests.staff.conftest import sign_in

PHONE = "+905321234567"


async def unreachable(ctx, *, programme: str = "winter_fuel", language: str = "ar") -> str:
    """A person whose reply could be delivered nowhere: their request's reference."""
    async with ctx.db.transaction() as session:
        person = await factories.contact(session, language=language)
        await contacts.verify_phone(session=session, contact=person, phone=PHONE, via="telegram")
        request = await factories.request(
            session, ctx.catalogue, ctx.vault, owner=person, programme=programme, language=language
        )
        agent = await factories.agent(session, desks=[request.desk])
        message = await requests.reply(session=session, request=request, staff_id=agent.id, text="Kimliğinizi getirin.")
        item = (await session.execute(select(OutboxItem).where(OutboxItem.message_id == message.id))).scalar_one()
        item.state = OutboxState.DEAD
        assert isinstance(await fall_back(session=session, item=item, order=()), Callback)
        return request.reference


def listed(html: str) -> list[str]:
    return re.findall(r'<tr data-callback="(\d+)"', html)


async def audited(ctx, action: str) -> list[AuditEntry]:
    async with ctx.db.transaction() as session:
        return list((await session.execute(select(AuditEntry).where(AuditEntry.action == action))).scalars())


async def test_the_desk_sees_who_to_phone_and_marks_the_call(ctx, client, team):
    reference = await unreachable(ctx)
    elsewhere = await unreachable(ctx, programme="stationery_set")  # the education desk's
    csrf = await sign_in(client, "ayse")
    page = (await client.get("/console/callbacks")).text
    [entry] = listed(page)
    assert reference in page and elsewhere not in page
    assert f'href="tel:{PHONE}" class="phone"><bdi dir="ltr">+90 532 123 45 67</bdi>' in page, "in full, to phone"
    assert "Kimliğinizi getirin." in page and ("Arapça" in page or "Arabic" in page)
    assert "Telegram" in page
    [view] = await audited(ctx, "callbacks_view")
    assert view.staff_id == team.agent.user.id and view.details["references"] == [reference]

    refused = await client.post(f"/console/callbacks/{entry}", data={"csrf": csrf, "outcome": "<b>"})
    assert refused.status_code == 303 and "error=" in refused.headers["location"]
    done = await client.post(f"/console/callbacks/{entry}", data={"csrf": csrf, "outcome": "reached"})
    assert done.status_code == 303 and "notice=callback-done" in done.headers["location"]
    assert listed((await client.get("/console/callbacks")).text) == []
    [record] = await audited(ctx, "callback_done")
    assert (record.staff_id, record.target, record.details) == (
        team.agent.user.id,
        f"request:{reference}",
        {"outcome": "reached"},
    )


async def test_another_desk_can_neither_see_nor_close_an_entry(ctx, client, team):
    await unreachable(ctx)
    async with ctx.db.transaction() as session:
        [entry] = (await session.execute(select(Callback.id))).scalars().all()
    csrf = await sign_in(client, "leyla")  # the Refugee Desk
    assert listed((await client.get("/console/callbacks")).text) == []
    answer = await client.post(f"/console/callbacks/{entry}", data={"csrf": csrf, "outcome": "reached"})
    assert answer.status_code == 404 and "<html" in answer.text
    async with ctx.db.transaction() as session:
        assert (await session.get(Callback, entry)).done_at is None


async def test_the_request_page_shows_the_persons_linked_channels(ctx, client, team):
    async with ctx.db.transaction() as session:
        telegram_side = await factories.contact(session, language="tr")
        await contacts.verify_phone(session=session, contact=telegram_side, phone=PHONE, via="telegram")
        whatsapp_side = await factories.contact(session, language="tr", channel="whatsapp")
        await contacts.verify_phone(session=session, contact=whatsapp_side, phone=PHONE, via="whatsapp")
        request = await factories.request(session, ctx.catalogue, ctx.vault, owner=telegram_side)
    await sign_in(client, "ayse")
    page = (await client.get(f"/console/requests/{request.reference}")).text
    channels = re.search(r'<dd id="person-channels">(.*?)</dd>', page, re.S).group(1)
    assert "Telegram" in channels and "WhatsApp" in channels
    assert channels.count("numara doğrulandı") + channels.count("number verified") == 2
