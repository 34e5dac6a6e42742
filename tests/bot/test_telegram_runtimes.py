"""Both runtimes, polling the fake Bot API with their real clients, behave the same over an echo engine."""

import asyncio

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from bot.channel import MAX_TEXT_LENGTH
from bot.telegram.parse import ALLOWED_UPDATES, parse_update
from core.delivery.errors import RetryLater, Undeliverable, Unreachable
from core.delivery.schemas import Rendered, SentFile
from core.inbox.models import ProcessedUpdate
from handlers.types import InboundKind
from tests.bot.conftest import RUNTIMES, EchoConversations, make_runtime, polling
from tests.fakes.telegram_api import FakeTelegram, Limits
from tests.media import PNG, pdf

pytestmark = pytest.mark.parametrize("kind", RUNTIMES)


async def processed_count(db) -> int:
    async with db.transaction() as session:
        return (await session.execute(select(func.count()).select_from(ProcessedUpdate))).scalar_one()


async def test_every_kind_of_update_reaches_the_engine_as_the_shared_parser_reads_it(
    kind, settings, fake, echo, translator
):
    updates = [
        fake.message_update(42, "/start@test_123456_bot", language_code="ar", first_name="Ayşe"),
        fake.message_update(42, "merhaba"),
        fake.callback_update(42, "lang:tr", message_id=1),
        fake.contact_update(42, "+905321234567"),
        fake.contact_update(42, "+905551112233", own=False),
        fake.location_update(42, 38.4192, 27.1287),
        fake.photo_update(42, caption="kimlik"),
        fake.document_update(42, file_name="ikamet.pdf"),
        fake.voice_update(42),
        fake.sticker_update(42),
    ]
    ids = [fake.push_update(update) for update in updates]
    expected = [
        parse_update({"update_id": i, **u}, source="telegram:123456") for i, u in zip(ids, updates, strict=True)
    ]

    async with polling(make_runtime(settings, fake, kind, echo, translator)) as runtime:
        await fake.wait_for_sent(len(updates) + 1, chat_id=42)  # /start also shows the menu

    assert echo.handled == expected
    assert [i.kind for i in echo.handled] == [
        InboundKind.COMMAND,
        InboundKind.TEXT,
        InboundKind.BUTTON,
        InboundKind.CONTACT,
        InboundKind.TEXT,
        InboundKind.LOCATION,
        InboundKind.ATTACHMENT,
        InboundKind.ATTACHMENT,
        InboundKind.ATTACHMENT,
        InboundKind.STICKER,
    ]
    assert set(runtime.allowed_updates) == set(ALLOWED_UPDATES)
    assert all(set(call.params["allowed_updates"]) == set(ALLOWED_UPDATES) for call in fake.calls_to("getUpdates"))
    assert [call.status for call in fake.calls_to("answerCallbackQuery")] == [200]


async def test_replies_are_plain_text_with_the_right_keyboards(kind, settings, fake, echo, translator):
    for text in ["/start", "phone", "menu", "<b>kalın</b> & *yıldız*"]:
        fake.push_update(fake.message_update(42, text, first_name="Ayşe"))
    fake.push_update(fake.contact_update(42, "+905321234567"))

    async with polling(make_runtime(settings, fake, kind, echo, translator)):
        sent = await fake.wait_for_sent(7, chat_id=42)

    menu_keyboard = {
        "keyboard": [[{"text": "Başvuru yap"}, {"text": "Başvurularım"}], [{"text": "Yardım"}]],
        "resize_keyboard": True,
        "is_persistent": True,
    }
    assert [(s.text, s.reply_markup) for s in sent] == [
        (
            "Hoş geldiniz, Ayşe! Dilinizi seçin.",
            {
                "inline_keyboard": [
                    [{"text": "Türkçe", "callback_data": "lang:tr"}, {"text": "العربية", "callback_data": "lang:ar"}]
                ]
            },
        ),
        ("Ne yapmak istersiniz?", menu_keyboard),  # every message had buttons: the menu comes with a prompt
        (
            "Telefon numaranızı paylaşın.\n\nYa da numaranızı yazın.",
            {
                "keyboard": [[{"text": "📱 Numaramı paylaş", "request_contact": True}]],
                "one_time_keyboard": True,
                "resize_keyboard": True,
            },
        ),
        ("Birini seçin.", {"inline_keyboard": [[{"text": "Yardım", "callback_data": "help"}]]}),
        ("Ne yapmak istersiniz?", menu_keyboard),
        ("Yazdığınız: <b>kalın</b> & *yıldız*", None),  # citizen text never becomes markup
        ("Telefonunuz: +905321234567", menu_keyboard),
    ]
    assert not any("parse_mode" in call.params for call in fake.calls_to("sendMessage"))


async def test_a_10000_character_reply_arrives_in_messages_of_at_most_4096(kind, settings, fake, echo, translator):
    fake.push_update(fake.message_update(42, "long"))

    async with polling(make_runtime(settings, fake, kind, echo, translator)):
        sent = await fake.wait_for_sent(3, chat_id=42)

    assert sum(len(s.text) for s in sent) >= 10_000 - 2
    assert all(len(s.text) <= MAX_TEXT_LENGTH for s in sent)
    keyboard = {"inline_keyboard": [[{"text": "Tamam", "callback_data": "ok"}]]}
    assert [s.reply_markup for s in sent] == [None, None, keyboard]
    assert all(
        len(call.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"].encode()) <= 64
        for call in fake.calls_to("sendMessage")
        if call.params.get("reply_markup")
    )


async def test_a_replayed_update_is_acted_on_once_even_across_a_restart(kind, settings, fake, db, translator):
    first_engine = EchoConversations(db)
    first = fake.push_update(fake.message_update(42, "bir"))
    async with polling(make_runtime(settings, fake, kind, first_engine, translator)):
        await fake.wait_for_sent(1)
        fake.push_update({**fake.message_update(42, "bir"), "update_id": first})  # redelivered while running
        marker = fake.push_update(fake.message_update(42, "iki"))
        await fake.wait_for_sent(2)
        await fake.wait_until(lambda: len(first_engine.seen) == 3)

    second_engine = EchoConversations(db)  # a new Dispatcher / Application over the same database
    fake.push_update({**fake.message_update(42, "bir"), "update_id": first})
    fake.push_update({**fake.message_update(42, "iki"), "update_id": marker})
    fake.push_update(fake.message_update(42, "üç"))
    async with polling(make_runtime(settings, fake, kind, second_engine, translator)):
        await fake.wait_for_sent(3)
        await fake.wait_until(lambda: len(second_engine.seen) == 3)  # one person's updates are handled in order

    assert [s.text for s in fake.sent] == ["Yazdığınız: bir", "Yazdığınız: iki", "Yazdığınız: üç"]
    assert [i.text for i in first_engine.handled + second_engine.handled] == ["bir", "iki", "üç"]
    assert await processed_count(db) == 3


async def test_groups_get_one_note_for_start_and_nothing_is_stored(kind, settings, fake, echo, db, translator):
    fake.push_update(fake.message_update(42, "/start@test_123456_bot", chat_id=-100555, language_code="ar"))
    fake.push_update(fake.message_update(42, "merhaba", chat_id=-100555))
    fake.push_update(fake.message_update(42, "/apply", chat_id=-100555))
    fake.push_update(fake.message_update(42, "özel"))

    async with polling(make_runtime(settings, fake, kind, echo, translator)):
        await fake.wait_for_sent(2)

    assert [(s.chat_id, s.text) for s in fake.sent] == [
        (-100555, "راسلني على الخاص من فضلك."),
        (42, "Yazdığınız: özel"),
    ]
    assert [i.text for i in echo.handled] == ["özel"] and await processed_count(db) == 1


async def test_a_poison_update_is_skipped_and_does_not_block_the_next(kind, settings, fake, db, translator):
    def fail(inbound):
        return ValueError("engine bug") if inbound.text == "boom" else None

    engine = EchoConversations(db, fail_with=fail)
    fake.push_update(fake.message_update(42, "boom"))
    fake.push_update(fake.callback_update(42, "x", message_id=1))
    fake.push_update(fake.message_update(42, "sonra"))

    async with polling(make_runtime(settings, fake, kind, engine, translator)):
        await fake.wait_for_sent(3)

    assert [s.text for s in fake.sent] == [
        "Bir sorun oldu, lütfen tekrar deneyin.",
        "Seçtiğiniz: x",
        "Yazdığınız: sonra",
    ]
    assert await processed_count(db) == 2, "the poison update's transaction was rolled back"


async def test_polling_retries_an_update_that_could_not_be_recorded(kind, settings, fake, db, translator):
    failures = [OperationalError("INSERT", {}, Exception("database is locked"))]
    engine = EchoConversations(db, fail_with=lambda inbound: failures.pop() if failures else None)
    runtime = make_runtime(settings, fake, kind, engine, translator)
    runtime.pipeline.retry_delays = (0.0,)
    fake.push_update(fake.message_update(42, "sabır"))

    async with polling(runtime):
        await fake.wait_for_sent(1)

    assert [s.text for s in fake.sent] == ["Yazdığınız: sabır"] and not failures
    assert await processed_count(db) == 1


async def test_one_persons_updates_are_answered_in_order(kind, settings, fake, db, translator):
    release = asyncio.Event()

    class Slow(EchoConversations):
        async def handle(self, inbound):
            if inbound.text == "1":
                await release.wait()
            return await super().handle(inbound)

    engine = Slow(db)
    for text in ["1", "2"]:
        fake.push_update(fake.message_update(42, text))
    fake.push_update(fake.message_update(43, "başka"))

    async with polling(make_runtime(settings, fake, kind, engine, translator)):
        await fake.wait_for_sent(1, chat_id=43)  # another person is not held up
        release.set()
        await fake.wait_for_sent(2, chat_id=42)

    assert [s.text for s in fake.sent_to(42)] == ["Yazdığınız: 1", "Yazdığınız: 2"]


async def test_the_sender_returns_message_ids_and_raises_typed_errors(kind, settings, echo, translator):
    now = 0.0
    async with FakeTelegram(limits=Limits(per_chat_per_second=0.1, per_chat_burst=2), clock=lambda: now) as fake:
        runtime = make_runtime(settings, fake, kind, echo, translator)
        fake.block(666)
        notification = Rendered("Başvurunuz onaylandı.", "tr", "status_changed", {}, None)
        try:
            first = await runtime.send(chat_id="42", message=notification)
            await runtime.send_text("42", "ikinci")
            with pytest.raises(RetryLater) as slow_down:
                await runtime.send_text("42", "üçüncü")
            with pytest.raises(Unreachable, match="blocked"):
                await runtime.send_text("666", "merhaba")
            with pytest.raises(Unreachable, match=r"(?i)chat not found"):
                await runtime.send_text("@nobody", "merhaba")
            with pytest.raises(Undeliverable, match="empty"):
                await runtime.send_text("42", " \n ")
            now = 100.0
            long_one = await runtime.send_text("43", "x" * 5_000)
            now = 200.0
            with pytest.raises(Undeliverable, match="part 3"):  # resending would repeat parts 1 and 2
                await runtime.send_text("44", "y" * 9_000)
        finally:
            await runtime.close()

    assert first == str(fake.sent[0].message_id) and fake.sent[0].text == "Başvurunuz onaylandı."
    assert slow_down.value.retry_after == 20
    assert long_one == str(fake.sent_to(43)[0].message_id) and [len(s.text) for s in fake.sent_to(43)] == [4096, 904]
    assert [len(s.text) for s in fake.sent_to(44)] == [4096, 4096]


async def test_a_file_staff_attached_is_uploaded_with_the_text_as_its_caption(kind, settings, echo, translator):
    now = 0.0
    async with FakeTelegram(limits=Limits(per_chat_per_second=0.1, per_chat_burst=2), clock=lambda: now) as fake:
        runtime = make_runtime(settings, fake, kind, echo, translator)
        photo = SentFile("a.png", "photo", "image/png", "kimlik.png", PNG, "")
        document = SentFile("b.pdf", "document", "application/pdf", "karar sözleşme.pdf", pdf("Karar"), "")
        try:
            short = await runtime.send(chat_id="42", message=Rendered("Ekte.", "tr", "staff_reply", {}, None, photo))
            long = await runtime.send(
                chat_id="43", message=Rendered("x" * 1_500, "tr", "staff_reply", {}, None, document)
            )
            now = 100.0
            with pytest.raises(Undeliverable, match="then the file failed"):  # resending would repeat the text
                await runtime.send(chat_id="44", message=Rendered("y" * 5_000, "tr", "staff_reply", {}, None, photo))
        finally:
            await runtime.close()

    [sent_photo] = fake.sent_to(42)
    assert short == str(sent_photo.message_id) and sent_photo.message["caption"] == "Ekte."
    uploaded = fake.calls_to("sendPhoto")[0].params["photo"]
    assert uploaded.content == PNG and uploaded.filename == "kimlik.png"
    text, sent_document = fake.sent_to(43)
    assert long == str(text.message_id) and text.text == "x" * 1_500 and "caption" not in sent_document.message
    assert sent_document.message["document"]["file_name"] == "karar sözleşme.pdf"
    assert fake.calls_to("sendDocument")[0].params["document"].content == pdf("Karar")
    assert [len(s.text or "") for s in fake.sent_to(44)] == [4096, 904]  # the text went, the file did not
