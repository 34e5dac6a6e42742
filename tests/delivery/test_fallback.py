"""Nobody unreachable (issue 16 items 5 and 6): a notification its channel cannot deliver tries the person's other
verified channels in the city's order (Telegram → WhatsApp template → SMS), then lands on the call-back list.

Real clients against fake platforms on 127.0.0.1: the Telegram runtime on the fake Bot API, the WhatsApp sender on
the fake Graph API, NetGSM's client on a fake NetGSM.
"""

from collections.abc import AsyncIterator

import pytest
from pydantic import SecretStr
from sqlalchemy import select

from bot.sms.netgsm import NetGsmSender
from bot.whatsapp.graph import GraphApi
from bot.whatsapp.sender import WhatsAppSender
from core.callbacks.models import Callback
from core.contacts import service as contacts
from core.contacts.models import Contact
from core.delivery import reports
from core.delivery.worker import DeliveryWorker
from core.files.service import FileStore
from core.files.sniff import sniff
from core.i18n import Translator
from core.outbox import service as outbox
from core.outbox.models import OutboxItem
from core.ratelimit import Limits, MemoryPacer
from core.requests import service as requests
from core.requests.schemas import AttachmentIn
from core.settings import Settings, TemplateSpec
from tests import factories
from tests.conftest import TEST_SECRET, serving
from tests.fakes.graph_api import FakeGraph
from tests.fakes.netgsm import FakeNetGsm
from tests.fakes.telegram_api import FakeTelegram
from tests.media import PNG, pdf

PHONE = "+905321234567"
WA = PHONE.removeprefix("+")
ORDER = ("telegram", "whatsapp", "sms")
FAST = Limits(per_second=1000, per_chat_per_second=1000, per_chat_burst=100)
TEMPLATES = {
    "staff_reply": TemplateSpec(name="hemsehri_reply", languages={"tr": "tr", "ar": "ar"}),
    "status_changed": TemplateSpec(name="hemsehri_status", languages={"tr": "tr", "ar": "ar"}),
}


@pytest.fixture
async def graph() -> AsyncIterator[FakeGraph]:
    async with FakeGraph(templates={"hemsehri_reply": {"tr": 2, "ar": 2}}) as fake:
        yield fake


@pytest.fixture
async def telegram() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram() as fake:
        yield fake


@pytest.fixture
async def netgsm() -> AsyncIterator[tuple[FakeNetGsm, str]]:
    fake = FakeNetGsm()
    async with serving(fake.app()) as base:
        yield fake, base


class Senders:
    """The three real senders over the fakes, and a worker that falls back in ORDER."""

    def __init__(
        self, telegram: FakeTelegram, graph: FakeGraph, netgsm_base: str, tmp_path, files: FileStore | None = None
    ) -> None:
        self.telegram, self.graph, self.netgsm_base, self.tmp_path = telegram, graph, netgsm_base, tmp_path
        self.files = files

    async def __aenter__(self) -> "Senders":
        from tests.delivery.test_worker import telegram_runtime

        self.runtime = await telegram_runtime("aiogram", self.telegram, self.tmp_path)
        settings = self.graph.settings(templates=TEMPLATES)
        self.api = GraphApi.from_settings(settings)
        self.sms = NetGsmSender(FakeNetGsm.settings(self.netgsm_base))
        self.senders = {"telegram": self.runtime, "whatsapp": WhatsAppSender(self.api, settings), "sms": self.sms}
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.runtime.close()
        await self.api.aclose()
        await self.sms.aclose()

    async def drain(self, db, *, order=ORDER) -> None:
        worker = DeliveryWorker(
            db=db,
            translator=Translator(["tr", "ar"], "tr"),
            senders=self.senders,
            pacers={name: MemoryPacer(FAST) for name in self.senders},
            fallback_order=order,
            files=self.files,
        )
        while await worker.deliver_due():
            pass


async def telegram_person(ctx, *, language: str = "ar", chat: int = 7001, verify: bool = True) -> Contact:
    """A person on Telegram who shared their own contact (so their number is verified)."""
    async with ctx.db.transaction() as session:
        person = await contacts.get_or_create(
            session=session, channel="telegram", platform_user_id=str(chat), chat_id=str(chat), language=language
        )
        contacts.record_consent(contact=person, notice_version="2026-11", locale=language)
        if verify:
            await contacts.verify_phone(session=session, contact=person, phone=PHONE, via="telegram")
        return person


async def reply_to(ctx, person: Contact, text: str = "Belgeniz geldi.", file: bytes | None = None) -> int:
    """A staff reply on the person's request (with this file attached): the notification's outbox row id."""
    async with ctx.db.transaction() as session:
        owner = await session.get(Contact, person.id)
        request = await factories.request(session, ctx.catalogue, ctx.vault, owner=owner, language=owner.language)
        agent = await factories.agent(session)
        attachment = None
        if file is not None:
            kind, mime, extension = sniff(file[:64]) or ("", "", "")
            stored = ctx.files.save(file, suffix=extension)
            attachment = AttachmentIn(kind=kind, file_id=stored, file_name=f"belge{extension}", mime_type=mime)
        message = await requests.reply(
            session=session, request=request, staff_id=agent.id, text=text, attachment=attachment
        )
        return (await session.execute(select(OutboxItem.id).where(OutboxItem.message_id == message.id))).scalar_one()


async def rows(ctx) -> list[OutboxItem]:
    async with ctx.db.transaction() as session:
        return list((await session.execute(select(OutboxItem).order_by(OutboxItem.id))).scalars())


async def callbacks(ctx) -> list[Callback]:
    async with ctx.db.transaction() as session:
        return list((await session.execute(select(Callback))).scalars())


async def test_blocked_on_telegram_then_whatsapp_template_then_sms(ctx, telegram, graph, netgsm, tmp_path):
    fake_sms, base = netgsm
    person = await telegram_person(ctx)
    first = await reply_to(ctx, person)
    telegram.block(7001)
    graph.block(WA)  # WhatsApp refuses too (131050): the SMS is the one that arrives
    async with Senders(telegram, graph, base, tmp_path) as senders:
        await senders.drain(ctx.db)
    chain = await rows(ctx)
    assert [(r.channel, r.state) for r in chain] == [("telegram", "dead"), ("whatsapp", "dead"), ("sms", "sent")]
    assert chain[1].fallback_of == first and chain[2].fallback_of == chain[1].id
    [text] = fake_sms.texts_to(PHONE)
    assert "Belgeniz geldi." in text and text != "Belgeniz geldi.", "the notification's own words, in Arabic"
    assert any("\u0600" <= ch <= "\u06ff" for ch in text), text
    assert await callbacks(ctx) == [], "reached: nobody needs to phone"
    async with ctx.db.transaction() as session:
        mine = await contacts.linked(session=session, contact_id=person.id)
    assert sorted(c.channel for c in mine) == ["sms", "telegram", "whatsapp"], "one person, three channels"


async def test_the_whatsapp_template_reaches_a_person_blocked_on_telegram(ctx, telegram, graph, netgsm, tmp_path):
    _, base = netgsm
    person = await telegram_person(ctx, language="tr")
    await reply_to(ctx, person)
    telegram.block(7001)
    async with Senders(telegram, graph, base, tmp_path) as senders:
        await senders.drain(ctx.db)
    assert [(r.channel, r.state) for r in await rows(ctx)] == [("telegram", "dead"), ("whatsapp", "sent")]
    [sent] = graph.sent_to(WA)
    name, language, values = sent.template
    assert (name, language) == ("hemsehri_reply", "tr") and "Belgeniz geldi." in values[-1]


async def test_nothing_left_puts_the_person_on_the_call_back_list(ctx, telegram, graph, netgsm, tmp_path):
    fake_sms, base = netgsm
    fake_sms.answer = "30"  # NetGSM refuses the account: SMS cannot reach them either
    person = await telegram_person(ctx)
    first = await reply_to(ctx, person)
    telegram.block(7001)
    graph.block(WA)
    async with Senders(telegram, graph, base, tmp_path) as senders:
        await senders.drain(ctx.db)
    chain = await rows(ctx)
    assert [r.state for r in chain] == ["dead", "dead", "dead"]
    [entry] = await callbacks(ctx)
    assert (entry.contact_id, entry.outbox_id, entry.tried) == (person.id, chain[-1].id, "telegram,whatsapp,sms")
    assert entry.done_at is None
    assert chain[0].id == first


async def test_without_a_verified_number_a_blocked_person_goes_straight_to_the_call_back_list(
    ctx, telegram, graph, netgsm, tmp_path
):
    _, base = netgsm
    person = await telegram_person(ctx, verify=False)
    await reply_to(ctx, person)
    telegram.block(7001)
    async with Senders(telegram, graph, base, tmp_path) as senders:
        await senders.drain(ctx.db)
    assert [(r.channel, r.state) for r in await rows(ctx)] == [("telegram", "dead")]
    [entry] = await callbacks(ctx)
    assert entry.tried == "telegram"


async def test_whatsapp_failed_after_acceptance_falls_back_to_sms(ctx, telegram, graph, netgsm, tmp_path):
    fake_sms, base = netgsm
    async with ctx.db.transaction() as session:
        person = await contacts.get_or_create(
            session=session, channel="whatsapp", platform_user_id=WA, chat_id=WA, language="tr"
        )
        contacts.record_consent(contact=person, notice_version="2026-11", locale="tr")
        await contacts.verify_phone(session=session, contact=person, phone=PHONE, via="whatsapp")
        contacts.note_inbound(contact=person)
    graph.customer_wrote(WA)
    await reply_to(ctx, person, "Randevunuz yarın 10:00.")
    async with Senders(telegram, graph, base, tmp_path) as senders:
        senders.senders.pop("telegram")
        await senders.drain(ctx.db)
        [sent] = graph.sent_to(WA)
        assert [(r.channel, r.state) for r in await rows(ctx)] == [("whatsapp", "sent")]
        # Meta accepted it, then reports it failed (131026: the number cannot receive it).
        record = reports.recorder(ctx.db, "whatsapp", ORDER)
        await record(sent.wamid, "failed", "131026")
        await record(sent.wamid, "failed", "131026")  # a report comes twice: tried elsewhere once
        await senders.drain(ctx.db)
    assert [(r.channel, r.state) for r in await rows(ctx)] == [("whatsapp", "dead"), ("sms", "sent")]
    [text] = fake_sms.texts_to(PHONE)
    assert "Randevunuz yarın 10:00." in text


async def test_a_verification_code_goes_by_sms_to_the_number_typed(ctx, telegram, graph, netgsm, tmp_path):
    fake_sms, base = netgsm
    async with ctx.db.transaction() as session:
        person = await factories.contact(session, language="ar", channel="webchat")
        outbox.enqueue(
            session=session,
            contact_id=person.id,
            channel="sms",
            kind="verify_code",
            payload={"code": "482913", "to": PHONE, "language": "ar"},
        )
    async with Senders(telegram, graph, base, tmp_path) as senders:
        await senders.drain(ctx.db)
    [text] = fake_sms.texts_to(PHONE)
    assert "482913" in text and "رمزك" in text
    assert [(r.channel, r.state) for r in await rows(ctx)] == [("sms", "sent")]


async def test_an_announcement_is_not_followed_up_on_other_channels(ctx, telegram, graph, netgsm, tmp_path):
    _, base = netgsm
    person = await telegram_person(ctx)
    async with ctx.db.transaction() as session:
        outbox.enqueue(
            session=session,
            contact_id=person.id,
            channel="telegram",
            kind="announcement",
            payload={"texts": {"ar": "إعلان"}},
        )
    telegram.block(7001)
    async with Senders(telegram, graph, base, tmp_path) as senders:
        await senders.drain(ctx.db)
    assert [(r.channel, r.state) for r in await rows(ctx)] == [("telegram", "dead")]
    assert await callbacks(ctx) == []


async def test_a_verified_number_links_the_channels_and_erasure_forgets_them_all(ctx):
    telegram_side = await telegram_person(ctx, language="tr", chat=7002)
    async with ctx.db.transaction() as session:
        whatsapp_side = await contacts.get_or_create(
            session=session, channel="whatsapp", platform_user_id=WA, chat_id=WA, language="tr"
        )
        contacts.record_consent(contact=whatsapp_side, notice_version="2026-11", locale="tr")
        await contacts.verify_phone(session=session, contact=whatsapp_side, phone=PHONE, via="whatsapp")
        stranger = await factories.contact(session)
        await session.flush()
        linked = await contacts.linked(session=session, contact_id=whatsapp_side.id)
        assert {c.id for c in linked} == {telegram_side.id, whatsapp_side.id}
        assert {contacts.person_of(c) for c in linked} == {telegram_side.id}
        await ctx.privacy.erase_person(session=session, contact_id=whatsapp_side.id, reason="asked in the chat")
    async with ctx.db.transaction() as session:
        for contact_id in (telegram_side.id, whatsapp_side.id):
            gone = await session.get(Contact, contact_id)
            assert gone.erased_at is not None and gone.phone is None and gone.phone_index is None
        assert (await session.get(Contact, stranger.id)).erased_at is None


async def test_a_number_is_not_kept_before_consent(ctx):
    async with ctx.db.transaction() as session:
        person = await factories.contact(session, consent=False)
        await contacts.verify_phone(session=session, contact=person, phone=PHONE, via="telegram")
        assert person.phone is None and person.person_id is None


def test_the_fallback_order_names_only_known_channels(tmp_path):
    from core.errors import ConfigurationError
    from core.settings import load_settings

    assert Settings(data_dir=tmp_path, fallback_order="sms, telegram").fallback_channels == ("sms", "telegram")
    with pytest.raises(ConfigurationError, match="HEMSEHRI_FALLBACK_ORDER"):
        load_settings(data_dir=tmp_path, fallback_order="telegram,fax")
    with pytest.raises(ConfigurationError, match="HEMSEHRI_SMS_PASSWORD"):
        from hemsehri.service import fallback_order

        fallback_order(Settings(data_dir=tmp_path, sms={"usercode": "1", "header": "X"}))
    configured = Settings(
        data_dir=tmp_path,
        secret_key=SecretStr(TEST_SECRET),
        telegram_token=SecretStr("1:x"),
        sms={"usercode": "1", "password": "p", "header": "X"},
    )
    from hemsehri.service import fallback_order

    assert fallback_order(configured) == ("telegram", "sms"), "WhatsApp is not set up: passed over"


async def test_a_reply_with_a_file_reaches_telegram_as_a_photo_and_an_sms_says_a_document_waits(
    ctx, telegram, graph, netgsm, tmp_path
):
    fake_sms, base = netgsm
    person = await telegram_person(ctx, language="tr")
    await reply_to(ctx, person, file=PNG)
    async with Senders(telegram, graph, base, tmp_path, ctx.files) as senders:
        await senders.drain(ctx.db)
    [(channel, state)] = [(r.channel, r.state) for r in await rows(ctx)]
    assert (channel, state) == ("telegram", "sent")
    [call] = telegram.calls_to("sendPhoto")
    assert call.params["photo"].content == PNG and "Belgeniz geldi." in call.params["caption"]

    other = await telegram_person(ctx, chat=7002)  # Arabic, blocked on Telegram and WhatsApp: the SMS says it
    await reply_to(ctx, other, file=pdf("Karar"))
    telegram.block(7002)
    graph.block(WA)
    async with Senders(telegram, graph, base, tmp_path, ctx.files) as senders:
        await senders.drain(ctx.db)
    assert [(r.channel, r.state) for r in (await rows(ctx))[1:]] == [
        ("telegram", "dead"),
        ("whatsapp", "dead"),
        ("sms", "sent"),
    ]
    [text] = fake_sms.texts_to(PHONE)
    assert "Belgeniz geldi." in text and text.endswith(Translator(["tr", "ar"], "tr").text("ar", "notify-file-waiting"))
