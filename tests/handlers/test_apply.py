"""Applying for support, in Turkish, Arabic and Persian: consent first, every question, errors, summary, reference."""

import json
from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy import text as text_sql

from core.contacts.models import Contact
from core.conversations import service as conversation_states
from core.i18n import strip_isolates
from core.outbox.models import OutboxItem
from core.references import parse_reference
from core.requests import service as requests
from core.requests.models import Message, Request
from core.requests.statuses import Actor, Status
from handlers.engine import state_key
from handlers.types import InboundKind
from tests import factories

TC = factories.VALID_TC  # 10000000146
FOREIGN_BAD_CHECKSUM = "99123456789"


async def count(ctx, model) -> int:
    async with ctx.db.transaction() as session:
        return await session.scalar(select(func.count()).select_from(model))


async def state_of(ctx, p) -> dict:
    async with ctx.db.transaction() as session:
        return await conversation_states.get_state(session=session, key=state_key(p.channel, p.user_id))


async def contact_of(ctx, p) -> Contact:
    async with ctx.db.transaction() as session:
        return (await session.execute(select(Contact).where(Contact.platform_user_id == p.user_id))).scalar_one()


NAME = "Ayşe Yılmaz"


async def start_application(p, programme: str = "cash_aid", *, name: str = NAME) -> None:
    """Picks the programme, agrees to the notice if asked, and gives the applicant's full name."""
    await p.command("apply")
    await p.press(f"prog:{programme}")
    await p.press("apply:start")
    if "consent:yes" in [data for _, data in p.buttons()]:
        await p.press("consent:yes")
    assert p.keys[-1] == "apply-ask-full-name"
    await p.say(name)


async def test_full_application_in_turkish(ctx, person):
    p = person("tr")
    text = await p.command("apply")
    assert "Hangi destek için başvurmak istiyorsunuz? (sayfa 1/3)" in text
    labels = dict(p.buttons())
    assert labels["Nakdi yardım"] == "prog:cash_aid" and "Sonraki ▶️" in labels and "✖️ Vazgeç" in labels
    assert len([d for d in labels.values() if d.startswith("prog:")]) == 6

    text = await p.press("prog:cash_aid")
    assert "Nakdi yardım" in text and "Geliri olmayan ya da düşük olan ailelere" in text
    assert "Başvuru 9 kısa adımdan oluşur." in text

    text = await p.press("apply:start")
    assert "6698 sayılı Kişisel Verilerin Korunması Kanunu" in text and "2026-11" in text
    assert "Veri sorumlusu İzmir Belediyesidir." in text
    assert [d for _, d in p.buttons()] == ["consent:yes", "consent:no"]
    assert (await contact_of(ctx, p)).consent_at is None

    text = await p.press("consent:yes")
    assert "birkaç kısa soru" in text and "Adınız ve soyadınız nedir?" in text
    assert p.keys == ["consent-thanks", "apply-documents-needed", "apply-ask-full-name"]
    assert "şu belgelerin fotoğrafını isteyeceğiz" in text and "• Kimlik kartı\n• Yerleşim yeri belgesi" in text
    consented = await contact_of(ctx, p)
    assert consented.consent_notice_version == "2026-11" and consented.consent_locale == "tr"
    text = await p.say("  Ayşe   Nur Yılmaz-Öztürk \u202e")  # one field, as people write it; controls dropped
    assert "hangi telefon numarasından" in text and p.last.messages[-1].ask_phone

    text = await p.share_phone("905321234567")
    assert "T.C. kimlik numaranızı yazın" in text
    text = await p.say("1000 000 0146")
    assert "kimlik numaranızı 10*******46 olarak aldık" in text and TC not in text
    assert "Hangi ilçede oturuyorsunuz?" in text and ("Aliağa", "dist:aliaga") in p.buttons()

    text = await p.say("KARŞIYAKA")
    assert "Hangi mahallede" in text
    text = await p.say("  Bostanlı  ")
    assert "kaç kişi yaşıyor" in text
    text = await p.say("۴")  # Persian digit four
    assert "aylık toplam geliri" in text and ("Asgari ücretin yarısından az", "ans:below_half") in p.buttons()
    text = await p.press("ans:below_half")
    assert "Durumunuzu ve neye ihtiyacınız olduğunu" in text and "sağlık bilgilerinizi yazmayın" in text
    text = await p.say("Eşim işini kaybetti, kira ve faturaları ödeyemiyoruz.")
    assert "Belge 1/3: Kimlik kartı." in text and ("⏭️ Şu an elimde yok", "docs:next") in p.buttons()
    text = await p.send_photo()
    assert "Dosya alındı (1/5)" in text and ("⏭️ Sonraki belge", "docs:next") in p.buttons()
    text = await p.press("docs:next")
    assert "Belge 2/3: Yerleşim yeri belgesi (e-Devlet'ten)." in text
    await p.send_photo(kind="document")
    text = await p.press("docs:done")  # the income document is not at hand: on to the summary

    assert "Lütfen başvurunuzu kontrol edin:" in text
    for line in (
        "Program: Nakdi yardım",
        "Ad soyad: Ayşe Nur Yılmaz-Öztürk",
        "Telefon: +905321234567",
        "Kimlik numarası: 10*******46",
        "İlçe: Karşıyaka",
        "Mahalle: Bostanlı",
        "Hanedeki kişi sayısı: 4",
        "Hanenin aylık geliri: Asgari ücretin yarısından az",
        "Belgeler: 2 dosya",
        "✅ Kimlik kartı (gönderilen dosya: 1)",
        "✅ Yerleşim yeri belgesi (e-Devlet'ten) (gönderilen dosya: 1)",
        "❌ Hanenin gelir belgesi (maaş bordrosu ya da emekli aylığı belgesi): gönderilmedi; masada da verebilirsiniz.",
    ):
        assert line in text
    assert TC not in text
    datas = [d for _, d in p.buttons()]
    assert datas[0] == "apply:confirm" and "edit:national_id" in datas and datas[-1] == "cancel"

    text = await p.press("apply:confirm")
    assert "Başvurunuz alındı" in text and "Program: Nakdi yardım" in text
    assert "Bu tür başvurular genellikle 15 gün içinde incelenir." in text
    assert p.last.menu
    reference = parse_reference(p.reference())

    async with ctx.db.transaction() as session:
        request = await requests.get_by_reference(session=session, reference=reference)
        assert request.programme == "cash_aid" and request.desk == "social_aid" and request.language == "tr"
        assert request.phone == "+905321234567" and request.district == "Karşıyaka"
        assert request.neighbourhood == "Bostanlı" and request.household_size == 4
        assert request.answers["full_name"] == "Ayşe Nur Yılmaz-Öztürk"
        assert request.answers["income_band"] == "below_half"
        assert request.answers["documents_checklist"] == {
            "identity_card": 1,
            "address_certificate": 1,
            "income_proof": 0,
        }
        assert request.national_id_masked == "10*******46" and ctx.vault.decrypt(request.national_id_encrypted) == TC
        messages, _ = await requests.thread(session=session, request_id=request.id)
        assert messages[0].text == "Eşim işini kaybetti, kira ve faturaları ödeyemiyoruz."
        assert [a["kind"] for a in messages[0].attachments] == ["photo", "document"]
    assert await state_of(ctx, p) == {}  # nothing of the application is left in the state


async def test_full_application_in_arabic(ctx, person):
    p = person("ar")
    await p.command("start")
    text = await p.command("apply")
    assert p.locale == "ar" and "ما نوع المساعدة" in text
    text = await p.press("prog:milk_for_children")
    assert "حليب للأطفال دون الخامسة (Süt Kuzusu)" in text
    text = await p.press("apply:start")
    assert "قانون حماية البيانات الشخصية التركي رقم 6698" in text and "2026-11" in text
    await p.press("consent:yes")
    assert "ما اسمك الكامل" in p.text
    await p.say("فاطمة الأحمد")
    text = await p.say("٠٥٣٢ ١٢٣ ٤٥ ٦٧")  # typed in Arabic-Indic digits
    assert "رقم هويتك التركية" in text and "الكيملك" in text
    text = await p.say(FOREIGN_BAD_CHECKSUM)
    assert "99*******89" in text and "سيتحقق منه أحد الموظفين" in text  # accepted, with a gentle warning
    await p.press("dist:bornova")
    await p.say("Kazımdirik")
    await p.say("٥")
    born = date(date.today().year - 1, 3, 15)
    text = await p.say(f"{born:%d.%m.%Y}".translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")))  # Arabic-Indic digits
    assert "سجّلنا ذلك" in text
    await p.press("ans:-done")
    text = await p.press("docs:done")
    assert "يرجى مراجعة طلبك" in text and "عدد أفراد الأسرة: 5" in text and "المستندات: لا يوجد" in text
    raw = "\n".join(p.raw_texts())
    assert "\u2068" in raw  # right-to-left sentences isolate what is put into them
    text = await p.press("apply:confirm")
    assert "وصلنا طلبك" in text and "تُدرس الطلبات المشابهة عادةً خلال 7 أيام." in text
    async with ctx.db.transaction() as session:
        request = await requests.get_by_reference(session=session, reference=parse_reference(p.reference()))
        assert request.language == "ar" and request.phone == "+905321234567" and request.household_size == 5
        assert request.answers == {
            "full_name": "فاطمة الأحمد",
            "child_birth_dates": [born.isoformat()],
            "documents_checklist": {"identity_card": 0, "address_certificate": 0, "child_birth_certificate": 0},
            "national_id_checksum_ok": False,
        }


async def test_full_application_in_persian(ctx, person):
    p = person("fa")
    text = await p.command("apply")
    assert "برای چه نوع کمکی" in text
    await p.press("page:2")
    assert ("کمک برای پیدا کردن کار", "prog:supported_employment") in p.buttons()
    assert "▶️ قبلی" in dict(p.buttons())  # previous points right in a right-to-left language
    text = await p.press("prog:emergency_shelter")
    assert "سرپناه اضطراری" in text
    await p.press("apply:start")
    await p.press("consent:yes")
    text = await p.say("مریم احمدی")
    assert "با چه شماره تلفنی" in text
    await p.say("+93 70 123 4567")  # an Afghan number is a valid phone too
    await p.say("تهران")  # not a district of the city in Persian script: suggestions or the list again
    assert p.keys[0] == "error-district-unknown"
    await p.press("dist:konak")
    text = await p.say("شب‌ها جایی برای خوابیدن ندارم و هوا خیلی سرد است.")
    assert "لطفاً درخواست خود را بررسی کنید" in text and "منطقه: Konak" in text
    text = await p.press("apply:confirm")
    assert "درخواست شما دریافت شد" in text and "ظرف 4 ساعت" in text
    async with ctx.db.transaction() as session:
        request = await requests.get_by_reference(session=session, reference=parse_reference(p.reference()))
        assert request.language == "fa" and request.phone == "+93701234567" and request.priority == 3


@pytest.mark.parametrize(
    ("step", "typed", "key"),
    [
        ("phone", "12", "error-phone-invalid"),
        ("national_id", "98123456789", "error-identity-protection-number"),
        ("national_id", "10000000147", "error-identity-checksum"),
        ("national_id", "1234", "error-identity-length"),
        ("national_id", "abc", "error-identity-not-digits"),
        ("national_id", "01234567890", "error-identity-leading-zero"),
        ("district", "Ankara", "error-district-unknown"),
        ("neighbourhood", "\u200b\u200f ", "error-neighbourhood-empty"),
        ("neighbourhood", "x" * 129, "error-neighbourhood-too-long"),
        ("household_size", "dört", "error-household-not-number"),
        ("household_size", "0", "error-household-range"),
        ("household_size", "31", "error-household-range"),
        ("household_size", "9" * 5000, "error-household-range"),
        ("description", "   ", "error-description-empty"),
        ("description", "ç" * 1001, "error-description-too-long"),
    ],
)
async def test_each_input_error_has_its_message_and_asks_the_same_question_again(ctx, person, step, typed, key):
    p = person("tr")
    await start_application(p)
    answers = {
        "phone": "05321234567",
        "national_id": TC,
        "district": "Buca",
        "neighbourhood": "Şirinyer",
        "household_size": "3",
        "description": "Kira yardımına ihtiyacım var.",
    }
    for field in ("phone", "national_id", "district", "neighbourhood", "household_size", "description"):
        if field == step:
            break
        await p.say(answers[field])
        if field == "household_size":
            await p.press("ans:none")
    before = p.keys[-1]
    await p.say(typed)
    assert p.keys == [key, before]
    assert (await state_of(ctx, p))["step"] == step
    await p.say(answers[step])  # the right answer is still taken
    assert (await state_of(ctx, p))["step"] != step


async def test_a_paste_the_app_sent_in_parts_is_taken_whole_and_its_length_told(ctx, person):
    p = person("tr")
    await start_application(p, "accessible_transport")
    await p.say("05321234567")
    await p.say("Konak")
    await p.say("Alsancak")
    paste = ("Merhaba, durumumu anlatmak istiyorum. " * 160)[:6000]
    text = await p.say(paste[:4096])  # Telegram's app sends a 6,000-character paste as 4,096 + 1,904
    assert p.keys == ["long-text-part"] and "şimdiye kadar 4.096 karakter" in text
    assert ("✅ Hepsi bu kadar", "parts:done") in p.buttons()
    assert (await state_of(ctx, p))["step"] == "description"
    text = await p.say(paste[4096:])
    assert p.keys == ["error-description-too-long", "apply-ask-description"] and "6.000 karakter" in text
    assert "parts" not in (await state_of(ctx, p))["data"]  # nothing half-taken, nothing kept
    await p.say("x" * 4000)  # a part that fills the message, then "that was all"
    text = await p.press("parts:done")
    assert p.keys == ["error-description-too-long", "apply-ask-description"] and "4.000 karakter" in text
    await p.say("Tekerlekli sandalyeyle hastaneye gitmem gerekiyor.")
    assert p.keys == ["apply-summary"]


async def test_a_short_text_is_never_held_back_as_a_part(person):
    p = person("tr", text_limit=None)  # a channel without a limit: nothing is a part
    await start_application(p, "accessible_transport")
    for answer in ("05321234567", "Konak", "Alsancak"):
        await p.say(answer)
    await p.say("y" * 5000)
    assert p.keys == ["error-description-too-long", "apply-ask-description"]


async def test_identity_numbers_are_encrypted_in_the_state_and_echoed_masked(ctx, person):
    p = person("tr")
    await start_application(p)
    await p.say("05321234567")
    text = await p.say(TC)
    assert "10*******46" in text and TC not in text
    state = await state_of(ctx, p)
    assert TC not in json.dumps(state)
    sealed = state["data"]["answers"]["national_id"]
    assert sealed["masked"] == "10*******46" and ctx.vault.decrypt(sealed["sealed"].encode()) == TC


async def test_a_98_number_is_explained(person):
    p = person("tr")
    await start_application(p)
    await p.say("05321234567")
    text = await p.say("98765432109")
    assert "geçici koruma kimlik belgesindeki kişisel numaradır" in text and "99 ile başlar" in text


async def test_unknown_district_shows_suggestions_and_all_districts(person):
    p = person("tr")
    await start_application(p, "hot_meals")
    await p.say("05321234567")
    text = await p.say("Karşı")  # too short to be sure
    assert "Bu adla bir ilçe bulamadık." in text
    await p.say("Bayrakl")  # a close misspelling is simply taken
    assert p.keys == ["apply-ask-neighbourhood"]


@pytest.mark.parametrize(("platform", "typed"), [("ar", "كوناك"), ("fa", "کوناک"), ("ru", "Конак")])
async def test_a_district_typed_in_another_script_is_taken_and_stored_under_its_official_name(
    ctx, person, platform, typed
):
    p = person(platform)
    await start_application(p, "hot_meals")
    await p.say("05321234567")
    await p.say(typed)
    assert p.keys == ["apply-ask-neighbourhood"]
    assert (await state_of(ctx, p))["data"]["answers"]["district"] == "Konak"


async def test_district_buttons_are_paged(person):
    p = person("tr")
    await start_application(p, "hot_meals")
    await p.say("05321234567")
    first = [label for label, data in p.buttons() if data.startswith("dist:")]
    assert len(first) == 12 and first[0] == "Aliağa"
    await p.press("dpage:2")
    last = [label for label, data in p.buttons() if data.startswith("dist:")]
    assert last == ["Ödemiş", "Seferihisar", "Selçuk", "Tire", "Torbalı", "Urla"]
    await p.press("dist:urla")
    assert p.keys == ["apply-ask-neighbourhood"]


async def test_only_the_programmes_questions_are_asked(person):
    p = person("tr")
    await start_application(p, "hot_meals")  # phone, district, neighbourhood, household size
    await p.say("05321234567")
    await p.say("Konak")
    await p.say("Alsancak")
    text = await p.say("2")
    assert p.keys == ["apply-summary"] and "Kimlik" not in text and "Açıklama" not in text


async def test_editing_one_answer_returns_to_the_summary(ctx, person):
    p = person("tr")
    await start_application(p, "hot_meals")
    for answer in ("05321234567", "Konak", "Alsancak", "2"):
        await p.say(answer)
    await p.press("edit:household_size")
    assert p.keys == ["apply-ask-household"]
    text = await p.say("6")
    assert p.keys == ["apply-summary"] and "Hanedeki kişi sayısı: 6" in text and "Mahalle: Alsancak" in text
    await p.press("edit:district")
    await p.say("Xyzabc")  # an error while editing keeps the editing
    await p.say("Buca")
    assert p.keys == ["apply-summary"] and "İlçe: Buca" in p.text
    await p.press("apply:confirm")
    async with ctx.db.transaction() as session:
        request = await requests.get_by_reference(session=session, reference=parse_reference(p.reference()))
        assert request.household_size == 6 and request.district == "Buca"


async def test_documents_are_limited_in_kind_size_and_number(person):
    p = person("tr")
    await start_application(p, "cash_aid")
    for answer in ("05321234567", TC, "Çiğli", "Ataşehir", "3"):
        await p.say(answer)
    await p.press("ans:none")
    await p.say("Kira desteği lazım.")
    assert p.keys == ["apply-ask-document"]
    text = await p.send_photo(size=11 * 1024 * 1024)
    assert "Her dosya en fazla 10 MB" in text
    await p.send_photo(kind="voice")
    assert p.keys == ["error-file-kind"]
    text = await p.say("gönderiyorum")
    assert p.keys == ["hint-use-buttons", "apply-ask-document"]
    for number in range(1, 5):
        assert f"({number}/5)" in await p.send_photo()
    text = await p.send_photo()
    assert p.keys == ["apply-documents-full", "apply-summary"] and "Belgeler: 5 dosya" in text


async def test_buttons_expected_but_text_typed_shows_the_buttons_again_with_a_hint(person):
    p = person("tr")
    await p.command("apply")
    await p.say("hangisi bilmiyorum")  # words that name no programme (a programme's words pick it: see below)
    assert p.keys == ["hint-use-buttons", "apply-pick-programme"] and any(d.startswith("prog:") for _, d in p.buttons())
    await p.say("Kışlık yakacak (kömür) yardımı")  # typing a programme's exact name works
    assert p.keys == ["apply-programme-about"]
    await p.send_kind(InboundKind.STICKER)
    assert p.keys == ["hint-not-now", "apply-programme-about"]


@pytest.mark.parametrize(("locale", "typed"), [("tr", "kömür istiyorum lütfen"), ("ar", "حليب"), ("fa", "شیر")])
async def test_the_words_people_use_for_a_programme_pick_it_from_the_list(person, translator, locale, typed):
    p = person(locale)
    await p.command("apply")
    text = await p.say(typed)
    code = "winter_fuel" if locale == "tr" else "milk_for_children"
    assert p.keys == ["apply-programme-about"] and strip_isolates(translator.text(locale, f"programme-{code}")) in text


async def test_consent_refused_stores_nothing_and_offers_a_way_on(ctx, person):
    p = person("tr")
    await p.command("apply")
    await p.press("prog:rent_support")
    await p.press("apply:start")
    text = await p.press("consent:no")
    assert "Hakkınızda hiçbir kişisel bilgi kaydetmedik" in text and "153" in text
    assert [d for _, d in p.buttons()] == ["menu:ask", "menu:info"] and p.last.menu
    assert (await contact_of(ctx, p)).consent_at is None
    assert await state_of(ctx, p) == {}
    assert await count(ctx, Request) == 0
    await p.press("menu:info")  # information only: the programmes and what they are
    text = await p.press("prog:rent_support")
    assert "Kirasını ödeyemeyen" in text
    await p.press("menu:ask")
    assert p.keys == ["ask-prompt"]


async def test_consent_is_asked_once_per_notice_version(person):
    p = person("tr")
    await start_application(p, "hot_meals")
    await p.command("cancel")
    await p.command("apply")
    await p.press("prog:food_package")
    await p.press("apply:start")
    assert p.keys == ["apply-ask-full-name"]  # agreed to this version already


APPLY_STEPS = [
    "programme",
    "describe",
    "consent",
    "full_name",
    "phone",
    "national_id",
    "district",
    "neighbourhood",
    "household_size",
    "question",
    "description",
    "documents",
    "summary",
]


@pytest.mark.parametrize("step", APPLY_STEPS)
async def test_cancel_from_every_step_leaves_no_personal_data(ctx, person, step):
    p = person("tr")
    await p.command("apply")
    inputs = [
        ("press", "prog:cash_aid"),
        ("press", "apply:start"),
        ("press", "consent:yes"),
        ("say", NAME),
        ("share_phone", "+905321234567"),
        ("say", TC),
        ("say", "Konak"),
        ("say", "Alsancak"),
        ("say", "4"),
        ("press", "ans:below_minimum"),
        ("say", "Yardım lazım."),
        ("press", "docs:done"),
    ]
    for action, value in inputs[: APPLY_STEPS.index(step)]:
        await getattr(p, action)(value)
    assert (await state_of(ctx, p))["step"] == step
    text = await p.command("cancel")
    assert "bilgileri sildik" in text and p.last.menu
    assert await state_of(ctx, p) == {}
    assert await count(ctx, Request) == 0


async def test_cancel_button_and_menu_label_leave_the_application_too(ctx, person):
    p = person("tr")
    await start_application(p)
    await p.say("05321234567")
    await p.press("cancel")
    assert p.keys == ["cancel-done"] and await state_of(ctx, p) == {}
    await start_application(p)
    await p.say("05321234567")
    await p.say("📋 Başvurularım")  # a menu label typed (or pressed on the reply keyboard) leaves it as well
    assert p.keys[0] == "status-none" and await state_of(ctx, p) == {}


async def test_a_language_change_in_the_middle_asks_the_same_question_in_the_new_language(ctx, person):
    p = person("tr")
    await start_application(p, "hot_meals")
    await p.say("05321234567")
    await p.command("language")
    assert p.keys == ["language-pick"]
    text = await p.press("lang:ar")
    assert p.locale == "ar" and p.keys == ["language-set", "apply-ask-district"] and "في أي منطقة" in text
    assert (await state_of(ctx, p))["data"]["answers"]["phone"] == "+905321234567"


async def test_the_summary_never_shows_more_than_a_channel_can_take(person):
    p = person("tr")
    await start_application(p, "accessible_transport")
    await p.say("05321234567")
    await p.say("Konak")
    await p.say("m" * 128)
    await p.say("<b>Merhaba</b>'; DROP TABLE requests; --" + "y" * 900)
    assert p.keys == ["apply-summary"]
    assert len(p.text) < 4096 and "<b>Merhaba</b>'; DROP TABLE requests; --" in p.text


async def test_html_and_sql_in_answers_are_stored_as_text(ctx, person):
    p = person("tr", display_name="<script>alert(1)</script>'; DROP TABLE contacts; --")
    await start_application(p, "accessible_transport")
    await p.say("05321234567")
    await p.say("Konak")
    await p.say("<i>Alsancak</i>")
    await p.say("Robert'); DROP TABLE requests;--")
    await p.press("apply:confirm")
    async with ctx.db.transaction() as session:
        request = await requests.get_by_reference(session=session, reference=parse_reference(p.reference()))
        assert request.neighbourhood == "<i>Alsancak</i>"
        message = (await session.execute(select(Message).where(Message.request_id == request.id))).scalar_one()
        assert message.text == "Robert'); DROP TABLE requests;--"
    assert (await contact_of(ctx, p)).display_name.startswith("<script>")


async def test_milk_counts_only_children_under_five_and_says_so_before_the_summary(ctx, person):
    p = person("tr")
    await start_application(p, "milk_for_children")
    for answer in ("05321234567", TC, "Konak", "Alsancak", "4"):
        await p.say(answer)
    assert p.keys == ["question-child_birth_dates"] and "15.03.2023" in p.text
    today = date.today()
    older, younger = date(today.year - 7, 5, 1), date(today.year - 2, 1, 15)

    text = await p.say("31.02.2024")
    assert p.keys == ["error-answer-date"] and "Gün.Ay.Yıl" in text
    text = await p.say(older.strftime("%d.%m.%Y"))
    assert p.keys == ["question-child_birth_dates-over", "apply-question-more"]
    assert f"{older:%d.%m.%Y} tarihinde doğan çocuğunuz beş yaşını doldurmuş" in text
    text = await p.say(younger.strftime("%d/%m/%Y"))
    assert p.keys == ["apply-question-more"] and "(2/6)" in text
    text = await p.press("ans:-done")
    assert p.keys == ["apply-ask-document"]
    text = await p.press("docs:done")
    assert f"Çocukların doğum tarihleri: {older:%d.%m.%Y}, {younger:%d.%m.%Y}" in text
    assert ("✏️ Çocukların doğum tarihleri", "edit:child_birth_dates") in p.buttons()
    await p.press("apply:confirm")
    reference = parse_reference(p.reference())
    async with ctx.db.transaction() as session:
        request = await requests.get_by_reference(session=session, reference=reference)
        assert request.answers["child_birth_dates"] == [older.isoformat(), younger.isoformat()]
        raw = await session.execute(text_sql("SELECT answers FROM requests WHERE id = :id"), {"id": request.id})
        assert older.isoformat() not in str(raw.scalar_one())  # sealed at rest


async def test_milk_with_no_child_under_five_is_told_kindly_what_to_do_instead(ctx, person):
    p = person("tr")
    await start_application(p, "milk_for_children")
    for answer in ("05321234567", TC, "Konak", "Alsancak", "4"):
        await p.say(answer)
    await p.say(date(date.today().year - 8, 6, 1).strftime("%d.%m.%Y"))
    text = await p.press("ans:-done")
    assert p.keys == ["question-child_birth_dates-none"]
    assert "hiçbiri beş yaşından küçük değil" in text and "Gıda kolisi" in text
    assert [d for _, d in p.buttons()] == ["ans:-again", "menu:info", "menu:ask", "cancel"]
    assert (await state_of(ctx, p))["step"] == "question"  # no summary, nothing to confirm
    await p.press("ans:-again")
    assert p.keys == ["question-child_birth_dates"]
    await p.say(date(date.today().year - 1, 6, 1).strftime("%d.%m.%Y"))
    await p.press("ans:-done")
    assert p.keys == ["apply-ask-document"]


async def test_a_condition_asks_the_landlords_phone_only_after_a_yes(ctx, person):
    p = person("tr")
    await start_application(p, "rent_support")
    for answer in ("05321234567", TC, "Buca", "Şirinyer"):
        await p.say(answer)
    text = await p.say("3")
    assert p.keys == ["question-rent_amount"] and "kaç lira" in text
    await p.say("50")
    assert p.keys == ["error-answer-number-range"]
    await p.say("8.500")
    assert p.keys == ["question-landlord_name"]
    await p.say("Mehmet Demir")
    assert [d for _, d in p.buttons()] == ["ans:yes", "ans:no", "cancel"]
    await p.say("evet")
    assert p.keys == ["hint-use-buttons", "question-landlord_phone_known"]
    await p.press("ans:no")
    assert p.keys == ["apply-ask-description"]
    await p.say("Kirayı ödeyemiyoruz.")
    text = await p.press("docs:done")
    assert "Aylık kira (TL): 8500" in text and "Ev sahibinin telefonu biliniyor mu: ❌ Hayır" in text
    assert "Ev sahibinin telefonu:" not in text
    await p.press("edit:landlord_phone_known")
    await p.press("ans:yes")
    assert p.keys == ["question-landlord_phone"]
    text = await p.say("0532 765 43 21")
    assert "Ev sahibinin telefonu: +905327654321" in text
    await p.press("apply:confirm")
    async with ctx.db.transaction() as session:
        request = await requests.get_by_reference(session=session, reference=parse_reference(p.reference()))
        assert request.answers == {
            "full_name": NAME,
            "rent_amount": 8500,
            "landlord_name": "Mehmet Demir",
            "landlord_phone_known": "yes",
            "landlord_phone": "+905327654321",
            "documents_checklist": {"identity_card": 0, "address_certificate": 0, "rent_contract": 0},
            "national_id_checksum_ok": True,
        }


async def test_a_neighbours_number_is_marked_as_theirs_and_news_still_comes_to_this_chat(ctx, person):
    p = person("tr")
    await start_application(p, "hot_meals")
    assert ("🏠 Komşumun numarası", "phone:neighbour") in p.buttons() and p.last.messages[-1].ask_phone
    text = await p.press("phone:neighbour")
    assert p.keys == ["apply-ask-phone-neighbour"] and "komşunuzun telefon numarasını" in text
    assert not p.last.messages[-1].ask_phone  # not the share-my-own-number button
    await p.say("12")
    assert p.keys == ["error-phone-invalid", "apply-ask-phone-neighbour"]  # still asking for the neighbour's
    await p.say("0532 765 43 21")
    for answer in ("Buca", "Şirinyer", "3"):
        await p.say(answer)
    assert "Telefon (komşunuzun): +905327654321" in p.text
    await p.press("apply:confirm")
    reference = parse_reference(p.reference())
    async with ctx.db.transaction() as session:
        request = await requests.get_by_reference(session=session, reference=reference)
        assert request.phone == "+905327654321" and request.answers["phone_owner"] == "neighbour"
        await requests.change_status(session=session, request=request, to=Status.IN_REVIEW, actor=Actor.STAFF)
        [notice] = (await session.execute(select(OutboxItem))).scalars().all()
        contact = await session.get(Contact, request.contact_id)
        assert (notice.contact_id, notice.channel) == (contact.id, "telegram")  # to the chat, never to the number
        assert contact.platform_user_id == p.user_id and contact.phone is None


async def test_no_phone_at_all_is_an_application_reached_in_this_chat(ctx, person):
    p = person("tr")
    await start_application(p, "hot_meals")
    text = await p.press("phone:none")
    assert p.keys == ["apply-phone-none-noted", "apply-ask-district"] and "bu sohbete yazacağız" in text
    for answer in ("Buca", "Şirinyer", "3"):
        await p.say(answer)
    assert "Telefon: yok; haberler bu sohbete yazılacak" in p.text
    await p.press("edit:phone")
    await p.press("phone:relative")
    await p.press("phone:own")  # changed their mind: their own after all
    assert p.keys == ["apply-ask-phone"] and p.last.messages[-1].ask_phone
    await p.press("phone:none")
    assert p.keys == ["apply-phone-none-noted", "apply-summary"]
    await p.press("apply:confirm")
    async with ctx.db.transaction() as session:
        request = await requests.get_by_reference(session=session, reference=parse_reference(p.reference()))
        assert request.phone is None and request.phone_index is None and request.answers["phone_owner"] == "none"
