"""The web chat against the real conversations engine and the real delivery worker (SQLite)."""

import re
from collections.abc import AsyncIterator

import httpx
import pytest
from sqlalchemy import select

from bot.webchat.mailbox import MemoryMailbox
from bot.webchat.sender import WebChatSender
from core.contacts import service as contacts
from core.contacts.models import Contact
from core.delivery.worker import DeliveryWorker
from core.i18n import FSI, PDI, Translator
from core.outbox import service as outbox
from core.outbox.models import OutboxItem
from core.person_guards import MemoryFloodGuard
from core.ratelimit import Limits, MemoryPacer
from core.requests import service as requests
from core.requests.models import Request
from core.requests.schemas import AttachmentIn
from core.requests.statuses import Actor, Status
from handlers.engine import Conversations
from tests import factories
from tests.bot.test_webchat import CHAT, of, peer, png_bytes, serving, webchat_app
from tests.media import pdf


@pytest.fixture
def city_translator(ctx) -> Translator:
    return Translator(ctx.catalogue.city.locales, ctx.catalogue.city.default_locale)


@pytest.fixture
def real_engine(ctx, city_translator) -> Conversations:
    return Conversations(ctx, city_translator, flood=MemoryFloodGuard(limit=50, window=5.0))


@pytest.fixture
def mailbox() -> MemoryMailbox:
    return MemoryMailbox()


@pytest.fixture
async def site(ctx, real_engine, city_translator, mailbox) -> AsyncIterator[str]:
    async with serving(webchat_app(ctx, real_engine, city_translator, mailbox)) as address:
        yield address


def delivery_worker(ctx, city_translator, mailbox) -> DeliveryWorker:
    """The delivery worker sending to the web chat's mailbox, unpaced."""
    return DeliveryWorker(
        db=ctx.db,
        translator=city_translator,
        senders={"webchat": WebChatSender(mailbox, city_translator)},
        pacers={"webchat": MemoryPacer(Limits(per_second=1000, per_chat_per_second=1000))},
        files=ctx.files,
    )


def bot(frames: list[dict]) -> list[dict]:
    return of(frames, "msg", **{"from": "bot"})


async def test_start_picks_arabic_then_the_menu_and_a_notification_from_the_worker_arrive_on_reconnect(
    site, ctx, city_translator, mailbox
):
    async with peer(site, language="tr-TR") as (client, _):
        frames = await client.acked(await client.say("command", command="start"))
        greeting = bot(frames)
        assert greeting[0]["text"].startswith("Merhaba, Hemşehri'ye hoş geldiniz") and greeting[0]["dir"] == "ltr"
        picker = {c["data"]: c["label"] for m in greeting for row in m.get("choices", []) for c in row}
        assert picker["lang:ar"] == "العربية" and "lang:fa" in picker and "lang:tr" in picker
        assert greeting[-1]["menu"][0] == ["📝 Başvuru yap"]

        frames = await client.acked(await client.say("button", data="lang:ar", label="العربية"))
        assert of(frames, "state")[0]["locale"] == "ar" and of(frames, "state")[0]["dir"] == "rtl"
        answer = bot(frames)
        assert all(m["dir"] == "rtl" and m["lang"] == "ar" for m in answer)
        assert answer[0]["text"].startswith("تم، سنكتب لك من الآن بهذه اللغة")
        assert ["📋 طلباتي", "💬 اطرح سؤالاً"] in answer[-1]["menu"]

        frames = await client.acked(await client.say("text", text="📋 طلباتي"))  # a menu label, as the page sends it
        assert bot(frames) and all(m["dir"] == "rtl" for m in bot(frames))
        last = max(f["seq"] for f in of(frames, "msg"))
        epoch = of(frames, "msg")[0]["epoch"]

    # The city sends an announcement while the page is closed: the delivery worker puts it in the mailbox.
    async with ctx.db.transaction() as session:
        contact = (await session.execute(select(Contact).where(Contact.channel == "webchat"))).scalar_one()
        assert (contact.platform_user_id, contact.chat_id, contact.language) == (CHAT, CHAT, "ar")
        outbox.enqueue(
            session=session,
            contact_id=contact.id,
            channel="webchat",
            kind="announcement",
            payload={"texts": {"tr": "Yarın dağıtım var.", "ar": "غدًا يوم التوزيع في Konak."}, "fallback": "tr"},
        )
    assert await delivery_worker(ctx, city_translator, mailbox).deliver_due() == 1
    async with ctx.db.transaction() as session:
        item = (await session.execute(select(OutboxItem))).scalar_one()
        assert (item.state, item.platform_message_id) == ("sent", str(last + 1))

    async with peer(site, since=last, epoch=epoch, locale="ar") as (_, frames):
        assert [(m["seq"], m["text"], m["dir"]) for m in bot(frames)] == [
            (last + 1, "غدًا يوم التوزيع في Konak.", "rtl")
        ]


async def test_the_phone_step_asks_for_a_contact_and_an_upload_is_an_attachment(site, ctx, real_engine):
    async with peer(site, language="tr") as (client, _):
        await client.acked(await client.say("command", command="apply"))
        await client.acked(await client.say("button", data="prog:winter_fuel"))
        await client.acked(await client.say("button", data="apply:start"))
        await client.acked(await client.say("button", data="consent:yes"))
        frames = await client.acked(await client.say("text", text="Ayşe Yılmaz"))
        asks = [m for m in bot(frames) if m.get("ask_phone")]
        assert asks, "the phone question comes with ask_phone"
        assert not any(m.get("menu") for m in bot(frames))  # the phone input replaces the menu, as on Telegram
        frames = await client.acked(await client.say("contact", phone="0532 123 45 67"))
        assert of(frames, "ack")[0]["status"] == "ok"
        assert bot(frames) and not any(m.get("ask_phone") for m in bot(frames))  # on to the next question

        async with httpx.AsyncClient(base_url=f"http://{site}") as http:
            answer = await http.post(
                "/chat/upload",
                data={"chat": CHAT, "id": "upload-real-1"},
                files={"file": ("belge.png", png_bytes(), "image/png")},
            )
        assert answer.status_code == 200 and answer.json()["ok"] is True
        frames = await client.until(lambda f: f["type"] == "msg" and f["from"] == "bot")
        assert of(frames, "msg", id="upload-real-1")[0]["attachment"]["name"] == "belge.png"
    stored = list((ctx.settings.data_dir / "attachments").iterdir())
    assert len(stored) == 1 and re.fullmatch(r"[0-9a-f]{32}\.png", stored[0].name)


async def test_what_a_person_types_is_never_markup_and_rtl_text_is_isolated(site):
    async with peer(site, language="ar") as (client, _):
        await client.acked(await client.say("command", command="start"))
        frames = await client.acked(await client.say("text", text='<img src=x onerror="alert(1)"> ' + "ب" * 3000))
        mine = of(frames, "msg", **{"from": "me"})[0]
        assert mine["text"].startswith("<img src=x") and mine["dir"] == "auto"
        assert all(FSI not in m["text"] or PDI in m["text"] for m in bot(frames))


async def test_no_phone_on_the_web_chat_gives_the_chat_code_and_the_news_arrive_in_the_chat(
    site, ctx, city_translator, mailbox
):
    async with peer(site, language="tr") as (client, _):
        for kind, value in (("command", "apply"), ("button", "prog:hot_meals"), ("button", "apply:start")):
            await client.acked(await client.say(kind, **({"command": value} if kind == "command" else {"data": value})))
        await client.acked(await client.say("button", data="consent:yes"))
        frames = await client.acked(await client.say("text", text="Ayşe Yılmaz"))
        offered = [c["data"] for m in bot(frames) for row in m.get("choices", []) for c in row]
        assert {"phone:relative", "phone:neighbour", "phone:none"} <= set(offered)
        frames = await client.acked(await client.say("button", data="phone:none"))
        assert CHAT in bot(frames)[0]["text"] and "sohbet kodunuzu saklayın" in bot(frames)[0]["text"]
        for answer in ("Buca", "Şirinyer", "3"):
            await client.acked(await client.say("text", text=answer))
        frames = await client.acked(await client.say("button", data="apply:confirm"))
        assert any("Başvurunuz alındı" in m["text"] for m in bot(frames))
        last = max(f["seq"] for f in of(frames, "msg"))
        epoch = of(frames, "msg")[0]["epoch"]

    async with ctx.db.transaction() as session:
        request = (await session.execute(select(Request))).scalar_one()
        assert request.phone is None and request.answers["phone_owner"] == "none"
        await requests.change_status(session=session, request=request, to=Status.IN_REVIEW, actor=Actor.STAFF)
    assert await delivery_worker(ctx, city_translator, mailbox).deliver_due() == 1
    async with peer(site, since=last, epoch=epoch, locale="tr") as (_, frames):
        [news] = bot(frames)
        assert city_translator.text("tr", "status-in_review").split()[0] in news["text"]


async def test_a_file_staff_sent_is_a_link_only_this_chat_opens_and_it_goes_with_the_persons_erasure(
    site, ctx, city_translator, mailbox
):
    async with ctx.db.transaction() as session:
        person = await contacts.get_or_create(
            session=session, channel="webchat", platform_user_id=CHAT, chat_id=CHAT, language="tr"
        )
        contacts.record_consent(contact=person, notice_version="2026-11", locale="tr")
        request = await factories.request(session, ctx.catalogue, ctx.vault, owner=person)
        agent = await factories.agent(session)
        name = ctx.files.save(pdf("Karar"), suffix=".pdf")
        attached = AttachmentIn(kind="document", file_id=name, file_name="karar.pdf", mime_type="application/pdf")
        await requests.reply(session=session, request=request, staff_id=agent.id, text="Ekte.", attachment=attached)
    assert await delivery_worker(ctx, city_translator, mailbox).deliver_due() == 1

    async with peer(site, locale="tr") as (_, frames):
        [reply] = [m for m in bot(frames) if m.get("attachment")]
        assert reply["attachment"] == {"name": "karar.pdf", "file": name, "kind": "document"}
        assert "Ekte." in reply["text"]
    async with httpx.AsyncClient(base_url=f"http://{site}") as http:
        opened = await http.post(f"/chat/files/{name}", data={"chat": CHAT})
        assert opened.status_code == 200 and opened.content == pdf("Karar")
        assert opened.headers["content-type"] == "application/pdf"
        assert opened.headers["content-disposition"] == f'attachment; filename="{name}"'
        assert opened.headers["x-content-type-options"] == "nosniff"
        assert (await http.post(f"/chat/files/{name}", data={"chat": "f" * 32})).status_code == 404  # another chat
        assert (await http.post(f"/chat/files/{name}", data={})).status_code == 400
        assert (await http.get(f"/chat/files/{name}?chat={CHAT}")).status_code == 405  # never by address

        async with ctx.db.transaction() as session:
            await ctx.privacy.erase_person(session=session, contact_id=person.id, reason="asked at the desk")
        assert not ctx.files.holds(name)
        assert (await http.post(f"/chat/files/{name}", data={"chat": CHAT})).status_code == 404
