"""Questions to the desks and answers to 'needs info': free text never hits a dead end, and is never lost."""

import pytest
from sqlalchemy import func, select

from core.contacts.models import Contact
from core.requests import service as requests
from core.requests.models import Message, Request
from core.requests.statuses import Actor, Status
from handlers.types import InboundKind

QUESTIONS = {  # a question in each language, nothing in it the bot would answer itself
    "tr": "Aşevi hangi saatlerde açık ve nereden yemek alabilirim?",
    "ar": "انتهت إقامتي الإنسانية، كيف أجددها وأين أذهب من أجل ذلك؟",
    "ps": "زما زوی له ښوونځي ایستل شوی، څوک کولی شي ما سره خبرې وکړي؟",
    "fa-AF": "تذکره‌ام گم شده است، برای گرفتن تذکره نو به کدام اداره بروم؟",
}
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
    await p.say("Merhaba, aşevi hangi saatlerde açık ve nereden yemek alabilirim?")
    text = await p.accept_notice()
    assert p.keys == ["ask-received-days", "queue-place"]
    assert "Sorunuzu şu birime ilettik: İletişim Merkezi." in text and "3 gün içinde" in text
    [question] = await requests_of(ctx, p)
    assert question.programme == "general_question" and question.desk == "contact_centre"
    assert question.kind == "question" and question.language == "tr" and question.reference in "".join(text.split())
    contact = await contact_of(ctx, p)
    assert contact.consent_at is None  # a question needs no consent to the full notice …
    assert (contact.question_notice_version, contact.question_notice_locale) == ("2026-11", "tr")  # … but its own


@pytest.mark.parametrize("language", ["tr", "ar", "ps", "fa-AF"])
async def test_a_first_question_is_kept_only_after_the_notice_is_accepted(ctx, person, language):
    p = person(language)
    await p.command("start")
    await p.say(QUESTIONS[language])
    assert p.keys == ["question-notice", "question-notice-ask"] and p.locale == language
    assert [d for _, d in p.buttons()] == ["qnotice:yes", "qnotice:no"]
    assert "KVKK" in p.text and "2026-11" in p.text  # the law and the notice's version
    assert await requests_of(ctx, p) == []  # nothing filed yet
    await p.say(QUESTIONS[language] + " 2")  # typed meanwhile: kept with the question, buttons shown again
    assert p.keys == ["hint-use-buttons", "question-notice", "question-notice-ask"]
    await p.press("qnotice:yes")
    assert p.keys[0] in ("ask-received-days", "ask-received-hours")
    [question] = await requests_of(ctx, p)
    assert [m.text for m in await thread_of(ctx, question)] == [QUESTIONS[language], QUESTIONS[language] + " 2"]
    await p.say(QUESTIONS[language] + " 3")  # acknowledged once: later words are kept at once
    assert p.keys == ["ask-added"]


async def test_a_declined_notice_keeps_nothing_and_asks_again_next_time(ctx, person):
    p = person("tr")
    await p.say("Merhaba, aşevi hangi saatlerde açık ve nereden yemek alabilirim?")
    await p.press("qnotice:no")
    assert p.keys == ["question-notice-declined"] and p.last.menu and "153" in p.text
    assert await requests_of(ctx, p) == []
    contact = await contact_of(ctx, p)
    assert contact.question_notice_at is None
    async with ctx.db.transaction() as session:  # the words waited in the conversation only, and are gone
        assert await session.scalar(select(func.count()).select_from(Message)) == 0
    await p.say("Engelli kartı için nereye başvurmalıyım?")
    assert p.keys == ["question-notice", "question-notice-ask"]


async def test_a_notice_of_a_new_version_is_shown_again(ctx, person, catalogue):
    p = person("tr")
    await p.say("Merhaba, aşevi hangi saatlerde açık ve nereden yemek alabilirim?")
    await p.accept_notice()
    contact_id = (await contact_of(ctx, p)).id
    [question] = await requests_of(ctx, p)
    async with ctx.db.transaction() as session:
        contact = await session.get(Contact, contact_id)
        contact.question_notice_version = "2025-01"  # the city has since published a new notice
        await requests.change_status(
            session=session, request=await session.get(Request, question.id), to=Status.CLOSED, actor=Actor.STAFF
        )
    await p.say("Engelli kartı için nereye başvurmalıyım?")
    assert p.keys == ["question-notice", "question-notice-ask"]


async def test_an_arabic_question_goes_to_the_refugee_desk_in_arabic(ctx, person):
    p = person("ar")
    await p.say(ARABIC_QUESTION)
    text = await p.accept_notice()
    assert p.locale == "ar" and "أرسلنا سؤالك إلى مكتب اللاجئين" in text and "خلال يومين" in text
    [question] = await requests_of(ctx, p)
    assert question.programme == "refugee_desk_question" and question.desk == "refugee_desk"
    assert question.language == "ar"
    [message] = await thread_of(ctx, question)
    assert message.text == ARABIC_QUESTION and message.language == "ar"


async def test_a_persian_question_goes_to_the_refugee_desk_in_persian(ctx, person):
    p = person("fa")
    await p.say(PERSIAN_QUESTION)
    text = await p.accept_notice()
    assert "دفتر پناهندگان" in text and "ظرف 2 روز" in text
    [question] = await requests_of(ctx, p)
    assert question.desk == "refugee_desk" and question.language == "fa"


async def test_further_messages_join_the_same_open_question(ctx, person):
    p = person("ar")
    await p.say(ARABIC_QUESTION)
    await p.accept_notice()
    text = await p.say("ولدي عمره سنتان")
    assert p.keys == ["ask-added"] and "أضفنا رسالتك إلى طلبك رقم" in text
    await p.send_photo(caption=None)
    assert p.keys == ["ask-added"]
    await p.say("🙏")
    [question] = await requests_of(ctx, p)
    thread = await thread_of(ctx, question)
    assert [m.text for m in thread] == [ARABIC_QUESTION, "ولدي عمره سنتان", None, "🙏"]
    assert thread[2].attachments[0]["kind"] == "photo"


async def test_the_notice_is_shown_the_first_time_only(person):
    p = person("tr")
    await p.say("📝 Başvuru yap")
    await p.command("cancel")
    await p.say("💬 Soru sor")
    assert p.keys == ["ask-prompt"]
    await p.say("Engelli kartı için nereye başvurmalıyım, bilgi verir misiniz?")
    await p.accept_notice()
    assert p.keys == ["ask-received-days", "queue-place"]
    await p.command("ask")
    assert p.keys == ["ask-prompt"]
    await p.say("Bir de aşevi saatlerini öğrenmek istiyorum.")
    assert p.keys == ["ask-added"]  # the open question takes it, and the notice is not shown again


async def test_a_photo_without_words_waits_for_the_words(ctx, person):
    p = person("tr")
    text = await p.send_photo()
    assert p.keys == ["ask-attachment-needs-words"] and "Dosyanızı aldık" in text
    assert await requests_of(ctx, p) == []
    await p.send_photo(kind="document")
    assert "2 dosyanızı aldık" in p.text
    await p.say("Kira sözleşmem ve faturam ektedir, kira yardımı alabilir miyim?")
    await p.accept_notice()
    [question] = await requests_of(ctx, p)
    [message] = await thread_of(ctx, question)
    assert [a["kind"] for a in message.attachments] == ["photo", "document"]


async def test_a_photo_with_a_caption_is_a_question(ctx, person):
    p = person("tr")
    await p.send_photo(caption="Bu belge yeterli mi, gıda kolisi için başvurabilir miyim?")
    await p.accept_notice()
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
    await p.accept_notice()
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
    await p.accept_notice()
    [question] = await requests_of(ctx, p)
    [message] = await thread_of(ctx, question)
    assert message.text == sent


async def test_voice_notes_and_documents_outside_a_flow_join_the_open_question(ctx, person):
    p = person("tr")
    await p.say("Merhaba, aşevi hangi saatlerde açık ve nereden yemek alabilirim?")
    await p.accept_notice()
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


async def test_words_kept_while_the_notice_waits_are_bounded(ctx, person):
    p = person("tr")
    await p.say("Merhaba, aşevi hangi saatlerde açık ve nereden yemek alabilirim?")
    for number in range(30):  # someone who never presses the button cannot grow the conversation without end
        await p.say(f"ek bilgi {number}")
    await p.press("qnotice:yes")
    [question] = await requests_of(ctx, p)
    texts = [m.text for m in await thread_of(ctx, question)]
    assert len(texts) == 20 and texts[-1] == "ek bilgi 18"
