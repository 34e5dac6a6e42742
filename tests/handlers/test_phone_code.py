"""A number typed in the web chat is verified by a code sent by SMS (issue 16 item 6), then links the person's
channels; wrong codes are limited, and the person can always go on without one."""

import pytest
from pydantic import SecretStr
from sqlalchemy import select

from core.contacts import service as contacts
from core.contacts.models import Contact
from core.outbox.models import OutboxItem
from core.settings import SmsSettings
from tests.handlers.test_apply import contact_of, start_application

PHONE = "+905321234567"
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@pytest.fixture
def sms(ctx):
    ctx.settings.sms = SmsSettings(
        usercode="1", password=SecretStr("p"), header="BELEDIYE", api_url="http://127.0.0.1:9"
    )


async def sent_codes(ctx) -> list[OutboxItem]:
    async with ctx.db.transaction() as session:
        return list(
            (await session.execute(select(OutboxItem).where(OutboxItem.kind == "verify_code").order_by(OutboxItem.id)))
            .scalars()
            .all()
        )


async def typed_own_number(p) -> None:
    await start_application(p)
    assert p.keys[-1] == "apply-ask-phone"
    await p.say("0532 123 45 67")


async def test_the_right_code_verifies_the_number_and_links_the_channels(ctx, person, sms):
    async with ctx.db.transaction() as session:  # the same person on Telegram, who shared their own contact
        telegram_side = await contacts.get_or_create(
            session=session, channel="telegram", platform_user_id="8001", chat_id="8001", language="ar"
        )
        contacts.record_consent(contact=telegram_side, notice_version="2026-11", locale="ar")
        await contacts.verify_phone(session=session, contact=telegram_side, phone=PHONE, via="telegram")
    p = person("ar", channel="webchat")
    await typed_own_number(p)
    assert p.keys == ["apply-code-sent"] and "67" in p.text
    [code] = await sent_codes(ctx)
    assert (code.channel, code.payload["to"], code.payload["language"]) == ("sms", PHONE, "ar")
    wrong = "000000" if code.payload["code"] != "000000" else "111111"
    await p.say(wrong)
    assert p.keys == ["apply-code-wrong"] and "4" in p.text
    await p.say(code.payload["code"].translate(ARABIC_INDIC))  # typed on an Arabic keyboard
    assert p.keys == ["apply-code-ok", "apply-ask-identity"]
    mine = await contact_of(ctx, p)
    assert (mine.phone, mine.phone_verified_via) == (PHONE, "sms")
    async with ctx.db.transaction() as session:
        linked = await contacts.linked(session=session, contact_id=mine.id)
    assert {c.id for c in linked} == {mine.id, telegram_side.id}


async def test_five_wrong_codes_keep_the_number_unverified_and_go_on(ctx, person, sms):
    p = person("tr", channel="webchat")
    await typed_own_number(p)
    [code] = await sent_codes(ctx)
    wrong = "000000" if code.payload["code"] != "000000" else "111111"
    for _ in range(4):
        await p.say(wrong)
        assert p.keys == ["apply-code-wrong"]
    await p.say(wrong)
    assert p.keys == ["apply-code-too-many", "apply-ask-identity"]
    await p.say(code.payload["code"])  # too late: now it is an answer to the next question
    assert (await contact_of(ctx, p)).phone is None


async def test_the_code_can_be_sent_again_or_skipped(ctx, person, sms):
    p = person("tr", channel="webchat")
    await typed_own_number(p)
    await p.press("code:again")
    first, second = await sent_codes(ctx)
    assert p.keys == ["apply-code-sent"] and first.payload["to"] == second.payload["to"] == PHONE
    if first.payload["code"] != second.payload["code"]:  # one chance in a million that they are the same
        await p.say(first.payload["code"])
        assert p.keys == ["apply-code-wrong"], "only the latest code counts"
    await p.press("code:skip")
    assert p.keys == ["apply-ask-identity"]
    async with ctx.db.transaction() as session:
        state = (await session.execute(select(Contact).where(Contact.platform_user_id == p.user_id))).scalar_one()
    assert state.phone is None


async def test_without_sms_no_code_is_asked(ctx, person):
    p = person("tr", channel="webchat")
    await typed_own_number(p)
    assert p.keys == ["apply-ask-identity"] and await sent_codes(ctx) == []


async def test_on_telegram_a_typed_number_is_not_asked_for_a_code(ctx, person, sms):
    p = person("tr")
    await typed_own_number(p)
    assert p.keys == ["apply-ask-identity"]
