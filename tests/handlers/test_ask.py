"""Questions to the desks and answers to 'needs info': free text never hits a dead end, and is never lost."""

from sqlalchemy import func, select

from core.contacts.models import Contact
from core.requests import service as requests
from core.requests.models import Message, Request
from core.requests.statuses import Actor, Status
from handlers.types import InboundKind

ARABIC_QUESTION = "انتهت إقامتي الإنسانية، كيف أجددها وأين أذهب من أجل ذلك؟"
PERSIAN_QUESTION = "سلام، من از افغانستان آمده‌ام و برای اجاره خانه کمک می‌خواهم. چه کار کنم؟"


async def contact_of(ctx, p) -> Contact:
    async with ctx.db.transaction() as session:
        return (await session.execute(select(Contact).where(Contact.platform_user_id == p.user_id))).scalar_one()


async def requests_of(ctx, p) -> list[Request]:
    contact = await contact_of(ctx, p)
    async with ctx.db.transaction() as session:
        return list(
            (
                await session.execute(select(Request).where(Request.contact_id == contact.id).order_by(Request.id))
            ).scalars()
        )


async def thread_of(ctx, request: Request) -> list[Message]:
    async with ctx.db.transaction() as session:
        messages, _ = await requests.thread(session=session, request_id=request.id)
        return messages


async def test_a_turkish_question_goes_to_the_contact_centre_with_an_acknowledgement(ctx, person):
    p = person("tr")
    text = await p.say("Merhaba, aşevi hangi saatlerde açık ve nereden yemek alabilirim?")
    assert p.keys == ["ask-received-days", "queue-place", "ask-privacy-note"]
    assert "Sorunuzu şu birime ilettik: İletişim Merkezi." in text and "3 gün içinde" in text
    assert "sağlık bilgilerinizi yazmayın" in text
    [question] = await requests_of(ctx, p)
    assert question.programme == "general_question" and question.desk == "contact_centre"
    assert question.kind == "question" and question.language == "tr" and question.reference in "".join(text.split())
    assert (await contact_of(ctx, p)).consent_at is None  # a question needs no consent to the full notice


async def test_an_arabic_question_goes_to_the_refugee_desk_in_arabic(ctx, person):
    p = person("ar")
    text = await p.say(ARABIC_QUESTION)
    assert p.locale == "ar" and "أرسلنا سؤالك إلى مكتب اللاجئين" in text and "خلال يومين" in text
    [question] = await requests_of(ctx, p)
    assert question.programme == "refugee_desk_question" and question.desk == "refugee_desk"
    assert question.language == "ar"
    [message] = await thread_of(ctx, question)
    assert message.text == ARABIC_QUESTION and message.language == "ar"


async def test_a_persian_question_goes_to_the_refugee_desk_in_persian(ctx, person):
    p = person("fa")
    text = await p.say(PERSIAN_QUESTION)
    assert "دفتر پناهندگان" in text and "ظرف 2 روز" in text
    [question] = await requests_of(ctx, p)
    assert question.desk == "refugee_desk" and question.language == "fa"


async def test_further_messages_join_the_same_open_question(ctx, person):
    p = person("ar")
    await p.say(ARABIC_QUESTION)
    text = await p.say("ولدي عمره سنتان")
    assert p.keys == ["ask-added"] and "أضفنا رسالتك إلى طلبك رقم" in text
    await p.send_photo(caption=None)
    assert p.keys == ["ask-added"]
    await p.say("🙏")
    [question] = await requests_of(ctx, p)
    thread = await thread_of(ctx, question)
    assert [m.text for m in thread] == [ARABIC_QUESTION, "ولدي عمره سنتان", None, "🙏"]
    assert thread[2].attachments[0]["kind"] == "photo"


async def test_the_privacy_line_is_shown_the_first_time_only(person):
    p = person("tr")
    await p.say("📝 Başvuru yap")
    await p.command("cancel")
    await p.say("💬 Soru sor")
    assert p.keys == ["ask-privacy-note", "ask-prompt"]
    await p.say("Engelli kartı için nereye başvurmalıyım, bilgi verir misiniz?")
    assert p.keys == ["ask-received-days", "queue-place"]  # the privacy line shown already, not again
    await p.command("ask")
    assert p.keys == ["ask-prompt"]


async def test_a_photo_without_words_waits_for_the_words(ctx, person):
    p = person("tr")
    text = await p.send_photo()
    assert p.keys == ["ask-privacy-note", "ask-attachment-needs-words"] and "Dosyanızı aldık" in text
    assert await requests_of(ctx, p) == []
    await p.send_photo(kind="document")
    assert "2 dosyanızı aldık" in p.text
    await p.say("Kira sözleşmem ve faturam ektedir, kira yardımı alabilir miyim?")
    [question] = await requests_of(ctx, p)
    [message] = await thread_of(ctx, question)
    assert [a["kind"] for a in message.attachments] == ["photo", "document"]


async def test_a_photo_with_a_caption_is_a_question(ctx, person):
    p = person("tr")
    await p.send_photo(caption="Bu belge yeterli mi, gıda kolisi için başvurabilir miyim?")
    assert p.keys[0] == "ask-received-days"
    [question] = await requests_of(ctx, p)
    [message] = await thread_of(ctx, question)
    assert message.text.startswith("Bu belge") and message.attachments[0]["kind"] == "photo"


async def test_needs_info_answers_go_back_to_review(ctx, person, catalogue):
    p = person("fa")
    await p.command("apply")
    await p.press("prog:hot_meals")
    await p.press("apply:start")
    await p.press("consent:yes")
    await p.say("Ayşe Yılmaz")
    for answer in ("05321234567", "Buca", "Şirinyer", "3"):
        await p.say(answer)
    await p.press("apply:confirm")
    [application] = await requests_of(ctx, p)
    async with ctx.db.transaction() as session:
        request = await session.get(Request, application.id)
        await requests.change_status(
            session=session,
            request=request,
            to=Status.NEEDS_INFO,
            actor=Actor.STAFF,
            public_note="Lütfen adresinizi yazın.",
        )
    text = await p.say("آدرس من: خیابان ۱۲، پلاک ۴")
    assert p.keys == ["ask-info-received"] and "دوباره برای بررسی" in text
    [application] = await requests_of(ctx, p)  # no new request was opened
    assert application.status == Status.IN_REVIEW
    async with ctx.db.transaction() as session:
        request = await session.get(Request, application.id)
        await requests.change_status(session=session, request=request, to=Status.NEEDS_INFO, actor=Actor.STAFF)
    await p.send_photo()
    assert p.keys == ["ask-info-received"]
    [application] = await requests_of(ctx, p)
    assert application.status == Status.IN_REVIEW
    thread = await thread_of(ctx, application)
    assert thread[-1].attachments and thread[-2].text == "آدرس من: خیابان ۱۲، پلاک ۴"


async def test_a_ten_thousand_character_question_is_stored_in_full(ctx, person):
    p = person("tr")
    long_text = ("Kira yardımı hakkında bilgi almak istiyorum. " * 250)[:10_000]
    await p.say(long_text)
    assert p.keys[0] in ("ask-received-days", "ask-received-hours")
    assert all(len(t) < 4096 for t in p.raw_texts())
    [question] = await requests_of(ctx, p)
    assert "".join(m.text for m in await thread_of(ctx, question)) == long_text


async def test_empty_emoji_and_invisible_messages_get_a_helpful_answer_not_a_request(ctx, person):
    p = person("tr")
    for text, key in (
        ("", "common-empty"),
        ("   ", "common-empty"),
        ("😀🙏", "common-no-words"),
        ("\u200b\u200f\u2067\u2069", "common-no-words"),
        ("?!", "common-no-words"),
    ):
        await p.say(text)
        assert p.keys == [key] and p.last.menu
    assert await requests_of(ctx, p) == []


async def test_control_characters_are_stored_as_sent(ctx, person):
    p = person("tr")
    sent = "Mer\u200bhaba\u202e, yardım <b>lazım</b> '; DROP TABLE messages; --"
    await p.say(sent)
    [question] = await requests_of(ctx, p)
    [message] = await thread_of(ctx, question)
    assert message.text == sent


async def test_voice_notes_and_documents_outside_a_flow_join_the_open_question(ctx, person):
    p = person("tr")
    await p.say("Merhaba, aşevi hangi saatlerde açık ve nereden yemek alabilirim?")
    await p.send_photo(kind="voice")
    await p.send_photo(kind="document", caption="fatura")
    assert p.keys == ["ask-added"]
    async with ctx.db.transaction() as session:
        assert await session.scalar(select(func.count()).select_from(Request)) == 1
    [question] = await requests_of(ctx, p)
    kinds = [m.attachments[0]["kind"] for m in await thread_of(ctx, question) if m.attachments]
    assert kinds == ["voice", "document"]


async def test_a_file_over_the_limit_is_refused_politely(ctx, person):
    p = person("tr")
    await p.send_photo(size=50 * 1024 * 1024)
    assert p.keys == ["error-file-too-large"]
    await p.send_kind(InboundKind.UNSUPPORTED)
    assert p.keys == ["common-unsupported"]
    assert await requests_of(ctx, p) == []
