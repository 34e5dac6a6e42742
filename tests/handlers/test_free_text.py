"""Free text understood before anything is filed (issue 14, items 1 and 2), in Turkish, Arabic, Pashto, Dari and more.

Every scenario goes through the conversations engine as a channel adapter would (tests/handlers/driver.py).
"""

import pytest
from sqlalchemy import func, select

from core.i18n import strip_isolates
from core.references import format_reference
from core.requests.models import Message, Request
from tests.core.test_intents import PHRASES
from tests.handlers.test_start_language import contact_of, requests_of
from tests.handlers.test_status import ARABIC_DIGITS, PERSIAN_DIGITS, request_for

# What the bot answers first to each kind of phrase, for someone who has already started.
FIRST_KEY = {
    "greeting": "intent-greeting",
    "thanks": "intent-thanks",
    "help": "help",
    "menu": "menu-prompt",
    "apply": "apply-pick-programme",
    "status": "status-none",
    "cancel": "cancel-nothing",
    "forget": "forget-ask",
}


async def count_requests(ctx) -> int:
    async with ctx.db.transaction() as session:
        return (await session.execute(select(func.count()).select_from(Request))).scalar_one()


@pytest.mark.parametrize(("locale", "expected", "text"), PHRASES, ids=lambda v: v if len(v) < 30 else None)
async def test_each_held_out_phrase_gets_its_answer_and_only_questions_make_a_ticket(
    ctx, person, translator, locale, expected, text
):
    p = person(locale)
    await p.command("start")
    await p.say(text)
    assert p.locale == locale
    if expected == "question":  # (the safeguarding check may put help lines first: it judges other words)
        if "safeguarding-passed-on" not in p.keys:  # a disclosure is filed at once; a question waits for the notice
            await p.accept_notice()
        assert {"ask-received-days", "ask-received-hours", "safeguarding-passed-on"} & set(p.keys), p.keys
        assert len(await requests_of(ctx, p)) == 1
        return
    if expected.startswith("apply:"):
        code = expected.removeprefix("apply:")
        assert p.keys == ["apply-programme-about"] and "apply:start" in dict(p.buttons()).values()
        assert strip_isolates(translator.text(locale, f"programme-{code}")) in p.text
    else:
        assert p.keys[0] == FIRST_KEY[expected], p.keys
    assert await requests_of(ctx, p) == []  # understood: no ticket


async def test_the_turkish_walk_leaves_no_junk_ticket(ctx, person):
    """Issue 14's walk: greetings, an application by name, status in words and by number, and forget me."""
    p = person("tr")
    await p.say("Merhaba")
    assert p.keys == ["start-welcome", "language-pick"] and p.last.menu  # the first hello
    await p.say("Merhaba")
    assert p.keys == ["intent-greeting"] and p.last.menu  # later ones: the menu
    text = await p.say("süt yardımı istiyorum")
    assert p.keys == ["apply-programme-about"] and "Süt Kuzusu" in text
    assert ("✅ Başvuruya başla", "apply:start") in p.buttons()
    await p.say("başvurum ne durumda?")  # typed instead of pressing a button: answered, and the offer stays
    assert p.keys == ["status-none", "apply-programme-about"]
    await p.say("başvuru no 627586033")  # somebody else's number, or none: the same answer, nothing learnt
    assert p.keys == ["status-not-found", "apply-programme-about"] and format_reference("627586033") in p.text
    await p.say("beni unutun")
    assert p.keys == ["forget-ask"]
    await p.press("forget:yes")
    assert p.keys == ["forget-done"]
    assert await count_requests(ctx) == 0


async def test_a_reference_anywhere_in_a_sentence_answers_its_status_for_its_owner_only(ctx, person):
    p, stranger = person("tr"), person("tr")
    await p.command("start")
    reference = await request_for(ctx, p, programme="winter_fuel")
    spaced = format_reference(reference)
    text = await p.say(f"Merhaba, {spaced} numaralı başvurum ne oldu acaba?")
    assert p.keys == ["status-detail"] and spaced in text and "Kışlık yakacak" in text
    await p.say(f"başvuru no {reference.translate(ARABIC_DIGITS)} lütfen")
    assert p.keys == ["status-detail"]
    await stranger.say(f"Merhaba, {spaced} numaralı başvurum ne oldu acaba?")
    assert stranger.keys == ["status-check-ask"]  # the status is told only with a second factor
    mistyped = reference[:-1] + str((int(reference[-1]) + 1) % 10)
    await p.say(f"başvuru numaram {mistyped}")
    assert p.keys == ["error-reference-check-digit"]
    assert len(await requests_of(ctx, p)) == 1 and await requests_of(ctx, stranger) == []


async def test_arabic_greeting_milk_status_thanks_and_forget(ctx, person, translator):
    p = person("ar")
    await p.command("start")
    await p.say("مرحبا")
    assert p.keys == ["intent-greeting"] and p.locale == "ar" and p.last.menu
    text = await p.say("أحتاج حليب للأطفال")
    assert p.keys == ["apply-programme-about"]
    assert strip_isolates(translator.text("ar", "programme-milk_for_children")) in text
    await p.press("cancel")
    reference = await request_for(ctx, p, programme="milk_for_children", language="ar")
    text = await p.say(f"شو صار بطلبي رقم {reference.translate(ARABIC_DIGITS)}؟")
    assert p.keys == ["status-detail"] and format_reference(reference) in text
    await p.say("شكراً جزيلاً")
    assert p.keys == ["intent-thanks"]
    await p.say("احذفوا بياناتي")
    assert p.keys == ["forget-ask"]
    assert len(await requests_of(ctx, p)) == 1  # only the application made above


async def test_a_short_arabic_message_from_a_turkish_browser_is_asked_then_understood_in_arabic(ctx, person):
    p = person("tr", channel="webchat")
    text = await p.say("أحتاج مساعدة")
    assert p.keys == ["language-choose-ask"] and p.locale == "tr"
    assert text.startswith("بأي لغة نكمل؟") and "Mesajınızın hangi dilde" in text
    assert p.buttons()[0] == ("العربية", "lang:ar")  # the likeliest first
    assert ("🌐 Başka bir dil", "menu:language") in p.buttons()
    await p.press("lang:ar")
    assert p.locale == "ar" and p.keys == ["language-set", "help"]  # "I need help", answered in Arabic
    assert await count_requests(ctx) == 0


async def test_a_long_arabic_question_from_a_turkish_setting_is_filed_in_arabic(ctx, person):
    p = person("tr")
    await p.say("أريد أن أعرف لماذا لم يتصل بي أحد بعد أن أرسلت الأوراق المطلوبة الأسبوع الماضي")
    assert p.keys == ["language-switch-ask"]
    await p.press("switch:no")  # keeps Turkish, by choice
    await p.accept_notice()
    [question] = await requests_of(ctx, p)
    assert question.language == "ar" and question.programme == "refugee_desk_question"


async def test_a_question_typed_in_another_script_by_someone_who_chose_turkish_is_never_filed_as_turkish(ctx, person):
    p = person("tr")
    await p.command("start")
    await p.press("lang:tr")  # chosen: no language question any more
    await p.say("وين مكتبكم؟")
    await p.accept_notice()
    assert p.keys[0] == "ask-received-days"
    [question] = await requests_of(ctx, p)
    assert question.language == "ar"


async def test_pashto_help_status_and_thanks(ctx, person):
    p = person("ps")
    await p.say("سلام")
    assert p.keys == ["start-welcome", "language-pick"] and p.locale == "ps"
    await p.say("مرسته غواړم")
    assert p.keys == ["help"] and p.locale == "ps"
    await p.say("زما غوښتنلیک څه شو؟")
    assert p.keys == ["status-none"]
    text = await p.say("د ژمي لپاره سکاره غواړو")
    assert p.keys == ["apply-programme-about"] and "apply:start" in dict(p.buttons()).values()
    await p.say("ډېره مننه")  # typed where a button was expected: not a request, so the hint
    assert p.keys == ["hint-use-buttons", "apply-programme-about"] and text
    await p.command("cancel")
    await p.say("ډېره مننه")
    assert p.keys == ["intent-thanks"]
    assert await requests_of(ctx, p) == []


async def test_pashto_typed_by_someone_whose_telegram_is_english_is_offered_its_script(ctx, person):
    p = person("en")
    await p.say("مرسته غواړم")
    assert p.keys == ["language-choose-ask"] and p.buttons()[0] == ("پښتو", "lang:ps")
    await p.press("lang:ps")
    assert p.locale == "ps" and p.keys == ["language-set", "help"]


async def test_dari_words_offer_dari_not_persian(ctx, person):
    sure = person("tr")
    text = await sure.say("شیر طفل ضرورت است")  # sure enough: the switch asked is to Dari
    assert sure.keys == ["language-switch-ask"] and "دری" in text and "فارسی" not in text
    p = person("tr")
    text = await p.say("طفلم شیر ضرورت")  # too short to be sure: Dari among its script's languages, not Persian
    assert p.keys == ["language-choose-ask"]
    labels = dict(p.buttons())
    assert labels.get("دری") == "lang:fa-AF" and "فارسی" not in labels
    assert text.startswith("به کدام زبان ادامه بدهیم؟")  # asked in Dari
    await p.press("lang:fa-AF")
    assert p.locale == "fa-AF" and p.keys == ["language-set", "apply-programme-about"]
    assert await requests_of(ctx, p) == []


async def test_a_persian_telegram_user_writing_dari_is_offered_dari(ctx, person):
    p = person("fa")  # Telegram has no Dari: Afghans arrive with language_code fa
    text = await p.say("سلام، طفلم مریض است و به شفاخانه ضرورت داریم")
    assert p.keys == ["language-switch-ask"] and "دری" in text
    assert ("✅ بلی: دری" in dict(p.buttons())) or any("دری" in label for label, _ in p.buttons())
    await p.press("switch:yes")
    assert p.locale == "fa-AF" and (await contact_of(ctx, p)).language == "fa-AF"
    assert "شاروالی" in p.text  # the notice, in Dari
    await p.accept_notice()
    [question] = await requests_of(ctx, p)
    assert question.language == "fa-AF"


async def test_cyrillic_from_a_turkish_setting_offers_russian_and_ukrainian(ctx, person):
    p = person("tr")
    await p.say("Помогите пожалуйста")
    assert p.keys == ["language-choose-ask"]
    assert [data for _, data in p.buttons()][:2] == ["lang:ru", "lang:uk"]
    await p.press("lang:ru")
    assert p.locale == "ru" and p.keys == ["language-set", "help"]


async def test_romanised_arabic_is_asked_never_taken_for_turkish(ctx, person):
    p = person("tr")
    await p.say("baddi sa3de")
    assert p.keys == ["language-choose-ask"] and p.buttons()[0] == ("العربية", "lang:ar")
    assert await count_requests(ctx) == 0


async def test_a_short_latin_message_follows_the_platform_language_when_it_is_ours(ctx, person):
    p = person("tr")
    await p.command("start")
    await p.say("thank you")  # unsure which language, but the platform's is one of ours: answered in Turkish
    assert p.keys == ["intent-thanks"] and p.locale == "tr"
    q = person("de")  # a language the city does not speak: asked between the guess and the current one
    await q.say("thank you")
    assert q.keys == ["language-choose-ask"] and [d for _, d in q.buttons()][:2] == ["lang:en", "lang:tr"]
    await q.press("lang:en")
    assert q.locale == "en" and q.keys == ["language-set", "intent-thanks"]


async def test_a_question_naming_a_programme_is_filed_with_the_application_offered_beside_it(ctx, person):
    p = person("tr")
    await p.command("start")
    await p.say("Merhaba, kömür yardımı için ne zaman başvuru yapabilirim acaba?")
    await p.accept_notice()
    assert p.keys[0] == "ask-received-days"
    assert ("Kışlık yakacak (kömür) yardımı", "offer:winter_fuel") in p.buttons()
    assert len(await requests_of(ctx, p)) == 1
    await p.press("offer:winter_fuel")
    assert p.keys == ["apply-programme-about"]


async def test_words_typed_as_an_answer_are_never_taken_for_a_request(ctx, person):
    p = person("tr")
    await p.command("apply")
    await p.press("prog:cash_aid")
    await p.press("apply:start")
    await p.press("consent:yes")
    await p.say("Ayşe Yılmaz")
    await p.share_phone("+905321234567")
    await p.say("10000000146")
    await p.say("Konak")
    await p.say("Alsancak")
    await p.say("4")
    await p.press("ans:none")
    await p.say("Yardım lazım, başvurum ne durumda bilmiyorum")  # a description, not help or status
    assert p.keys[0] != "help" and p.keys[-1] == "apply-ask-document"


async def test_greetings_and_thanks_with_an_open_question_do_not_join_it(ctx, person):
    p = person("tr")
    await p.command("start")
    await p.say("Geçen ay gelen gıda kolisinde un eksikti, ne yapmam gerekiyor?")
    await p.accept_notice()
    await p.say("Teşekkürler")
    assert p.keys == ["intent-thanks"]
    [question] = await requests_of(ctx, p)
    async with ctx.db.transaction() as session:
        count = (
            await session.execute(select(func.count()).select_from(Message).where(Message.request_id == question.id))
        ).scalar_one()
    assert count == 1


async def test_persian_digits_in_a_dari_sentence_find_the_reference(ctx, person):
    p = person("fa-AF")
    await p.command("start")
    reference = await request_for(ctx, p, programme="milk_for_children", language="fa-AF")
    text = await p.say(f"نمبر درخواست من {reference.translate(PERSIAN_DIGITS)} است، چه شد؟")
    assert p.keys == ["status-detail"] and format_reference(reference) in text
