"""Start and language: greeting in the guessed language, the picker, and confirming a detected switch."""

import pytest
from sqlalchemy import select

from core.contacts.models import Contact
from core.i18n import strip_isolates
from core.requests.models import Message, Request

ARABIC_QUESTION = "أحتاج إلى مساعدة في دفع الإيجار لأن زوجي فقد عمله هذا الشهر"
PERSIAN_QUESTION = "سلام، من از افغانستان آمده‌ام و برای اجاره خانه کمک می‌خواهم. چه کار کنم؟"
TURKISH_QUESTION = "Merhaba, kömür yardımı için ne zaman başvuru yapabilirim acaba?"


async def contact_of(ctx, p) -> Contact:
    async with ctx.db.transaction() as session:
        return (await session.execute(select(Contact).where(Contact.platform_user_id == p.user_id))).scalar_one()


async def requests_of(ctx, p) -> list[Request]:
    contact = await contact_of(ctx, p)
    async with ctx.db.transaction() as session:
        return list((await session.execute(select(Request).where(Request.contact_id == contact.id))).scalars())


@pytest.mark.parametrize(
    ("platform", "locale", "greeting"),
    [
        ("tr", "tr", "Hemşehri'ye hoş geldiniz"),
        ("ar", "ar", "أهلاً وسهلاً بك"),
        ("fa-IR", "fa", "خوش آمدید"),
        ("de", "tr", "Hemşehri'ye hoş geldiniz"),
        (None, "tr", "Hemşehri'ye hoş geldiniz"),
    ],
)
async def test_start_greets_in_the_platform_language_and_offers_the_picker(ctx, person, platform, locale, greeting):
    p = person(platform)
    text = await p.command("start")
    assert p.locale == locale and greeting in text and p.last.menu
    labels = dict(p.buttons())
    assert labels["Türkçe"] == "lang:tr" and labels["العربية"] == "lang:ar" and labels["فارسی"] == "lang:fa"
    assert labels["دری"] == "lang:fa-AF"  # Dari is labelled as Dari, not as Persian
    assert len(labels) == len(ctx.catalogue.city.locales)
    contact = await contact_of(ctx, p)
    assert contact.language == locale and contact.language_source == "platform"


@pytest.mark.parametrize(("code", "expected"), [("ar", "تم، سنكتب لك من الآن"), ("fa", "از این به بعد")])
async def test_the_picked_language_is_remembered_as_chosen(ctx, person, code, expected):
    p = person("tr")
    await p.command("start")
    text = await p.press(f"lang:{code}")
    assert p.locale == code and expected in text and p.last.menu
    contact = await contact_of(ctx, p)
    assert contact.language == code and contact.language_source == "chosen"
    await p.command("help")
    assert p.locale == code  # and it stays


async def test_menu_labels_follow_the_language(conversations, translator):
    rows = conversations.menu_labels("ar")
    assert [[strip_isolates(translator.text("ar", say.key)) for say in row] for row in rows] == [
        ["📝 تقديم طلب مساعدة"],
        ["📋 طلباتي", "💬 اطرح سؤالاً"],
        ["🌐 اللغة / Language", "❓ طريقة الاستخدام"],
    ]


async def test_a_reliable_other_language_is_confirmed_in_that_language_first(ctx, person):
    p = person("tr")
    text = await p.say(ARABIC_QUESTION)
    assert p.keys == ["language-switch-ask"] and p.locale == "tr"
    assert text.startswith("هل تفضّل أن نكمل المحادثة بهذه اللغة: العربية؟")  # asked in the detected language
    assert "Mesajınız Arapça yazılmış gibi görünüyor." in text  # and in the current one beside it
    assert p.buttons() == [("✅ نعم: العربية", "switch:yes"), ("❌ Hayır, Türkçe kalsın", "switch:no")]
    assert await requests_of(ctx, p) == []  # the question waits for the answer, kept in the state

    text = await p.press("switch:yes")
    assert p.locale == "ar" and "تم، سنكتب لك من الآن" in text and "قانون حماية البيانات" in text  # the notice
    text = await p.accept_notice()
    assert "مكتب اللاجئين" in text
    contact = await contact_of(ctx, p)
    assert contact.language == "ar" and contact.language_source == "chosen"
    [question] = await requests_of(ctx, p)
    assert question.programme == "refugee_desk_question" and question.language == "ar"


async def test_persian_is_confirmed_in_persian_and_keeping_turkish_is_remembered(ctx, person):
    p = person("tr")
    text = await p.say(PERSIAN_QUESTION)
    assert text.startswith("دوست دارید گفتگو را به این زبان ادامه دهیم: فارسی؟") and "Farsça" in text
    text = await p.press("switch:no")
    assert p.locale == "tr" and "Tamam, şu dilde devam ediyoruz: Türkçe." in text
    await p.accept_notice()
    contact = await contact_of(ctx, p)
    assert contact.language == "tr" and contact.language_source == "chosen"
    [question] = await requests_of(ctx, p)
    assert question.language == "fa" and question.programme == "refugee_desk_question"  # staff see its language
    await p.say(ARABIC_QUESTION)
    assert p.keys == ["ask-added"]  # a choice is never questioned again by detection


async def test_text_typed_instead_of_answering_the_switch_is_kept(ctx, person):
    p = person("tr")
    await p.say(ARABIC_QUESTION)
    await p.say("وأيضاً فاتورة الكهرباء")
    assert p.keys == ["hint-use-buttons", "language-switch-ask"]
    await p.press("switch:yes")
    await p.accept_notice()
    [question] = await requests_of(ctx, p)
    async with ctx.db.transaction() as session:
        texts = [
            m.text
            for m in (
                await session.execute(select(Message).where(Message.request_id == question.id).order_by(Message.id))
            ).scalars()
        ]
    assert texts == [ARABIC_QUESTION, "وأيضاً فاتورة الكهرباء"]


async def test_picking_a_language_answers_a_pending_switch_question(ctx, person):
    p = person("tr")
    await p.say(ARABIC_QUESTION)
    await p.press("lang:en")
    assert p.locale == "en" and p.keys[0] == "language-set"
    await p.accept_notice()
    assert len(await requests_of(ctx, p)) == 1


async def test_same_language_or_unsure_detection_never_asks(ctx, person):
    p = person("tr")
    await p.say(TURKISH_QUESTION)
    await p.accept_notice()
    assert p.keys[0] == "ask-received-days"
    assert (await contact_of(ctx, p)).language_source == "detected"
    q = person("fa")
    await q.say("سلام")  # too short to be sure, but the person's language is one of its script's: no question
    assert q.keys == ["start-welcome", "language-pick"] and q.locale == "fa"
    assert await requests_of(ctx, q) == []  # a hello files nothing


async def test_a_short_message_in_another_script_is_asked_never_filed_under_turkish(ctx, person):
    # Issue 14: short messages are not Turkish by default; the script's languages are offered in a short menu.
    q = person("tr")
    text = await q.say("سلام")
    assert q.keys == ["language-choose-ask"] and q.locale == "tr"
    assert text.startswith("بأي لغة نكمل؟")  # asked in the likeliest language first, then in the current one
    labels = dict(q.buttons())
    assert {labels[name] for name in ("العربية", "فارسی", "دری", "پښتو")} == {
        "lang:ar",
        "lang:fa",
        "lang:fa-AF",
        "lang:ps",
    }
    assert "Türkçe" not in labels and "lang:tr" not in labels.values()
    assert await requests_of(ctx, q) == []
    await q.press("lang:ps")
    assert q.locale == "ps" and q.keys == ["language-set", "intent-greeting"]  # the hello, answered in Pashto
    assert (await contact_of(ctx, q)).language_source == "chosen"
    assert await requests_of(ctx, q) == []


async def test_language_menu_label_and_command_show_the_picker(person):
    p = person("ar")
    await p.say("🌐 اللغة / Language")
    assert p.keys == ["language-pick"]
    await p.command("language")
    assert p.keys == ["language-pick"] and len(p.buttons()) == 12


@pytest.mark.parametrize("order", ["start-button-text", "start-text-button", "text-start-button", "text-button-start"])
async def test_a_question_is_filed_whatever_order_start_the_language_button_and_it_arrive_in(ctx, person, order):
    """Webhook deliveries can arrive out of order: words kept while the language is asked survive a /start."""
    question = "سلام، زه څنګه د کرایې مرستې لپاره غوښتنه وکړم؟"  # Pashto, from a phone set to Persian
    p = person("fa")
    for step in order.split("-"):
        if step == "start":
            await p.command("start")
        elif step == "button":
            await p.press("lang:ps")
        else:
            await p.say(question)
    await p.press("qnotice:yes")  # a first question waits for the notice, whatever came meanwhile
    async with ctx.db.transaction() as session:
        texts = [m.text for m in (await session.execute(select(Message).where(Message.direction == "in"))).scalars()]
    assert texts == [question]
    assert p.locale == "ps"
