"""The citizen journeys end to end over Telegram: the real engine behind each runtime, polling the fake Bot API.

Each scenario runs on aiogram and on python-telegram-bot, in Turkish, Arabic and Persian. A person's
updates are pushed in one go: the runtime handles one person's updates in order, as Telegram sends them.
"""

import re
from datetime import date

import pytest
from sqlalchemy import select

from core.contacts.models import Contact
from core.i18n import Translator, strip_isolates
from core.person_guards import MemoryFloodGuard
from core.references import format_reference
from core.requests import service as requests
from core.requests.models import Message, Request
from core.requests.statuses import Actor, Status
from handlers.engine import Conversations
from tests.bot.conftest import RUNTIMES, make_runtime, polling
from tests.factories import agent

REFERENCE = re.compile(r"\d{3}\s\d{3}\s\d{3}")  # grouped with no-break spaces
LOCALES = ["tr", "ar", "fa"]
DIGITS = {
    "tr": str.maketrans("", ""),
    "ar": str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"),
    "fa": str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"),
}
QUESTIONS = {
    "tr": "Kira yardımı için hangi belgeler gerekiyor acaba?",
    "ar": "ما هي الأوراق المطلوبة للحصول على مساعدة الإيجار؟",
    "fa": "برای کمک هزینه اجاره خانه چه مدارکی لازم است؟",
}
pytestmark = pytest.mark.parametrize("kind", RUNTIMES)


# The scripts arrive at once; a person takes seconds per answer, so flood control must not count them.
def unhurried() -> MemoryFloodGuard:
    return MemoryFloodGuard(limit=1000)


@pytest.fixture
def city_translator(catalogue) -> Translator:
    return Translator(catalogue.city.locales, catalogue.city.default_locale)


def texts(fake, chat: int) -> list[str]:
    return [strip_isolates(m.text or "") for m in fake.sent_to(chat)]


async def wait_for(fake, chat: int, pattern: str, after: int = 0) -> str:
    """The first message to `chat` (from index `after`) that contains `pattern`, once it has come."""
    await fake.wait_until(
        lambda: any(pattern in t for t in texts(fake, chat)[after:]),
        timeout=15,
        what=lambda: f"no {pattern!r} in {texts(fake, chat)[after:]}",
    )
    return next(t for t in texts(fake, chat)[after:] if pattern in t)


def button_data(sent) -> list[str]:
    """The callback data of a sent message's inline buttons, row by row."""
    rows = (sent.reply_markup or {}).get("inline_keyboard", [])
    return [button["callback_data"] for row in rows for button in row if "callback_data" in button]


def say(translator: Translator, locale: str, key: str, **params) -> str:
    """A fragment of a message as the person reads it: its first line, isolates stripped."""
    return strip_isolates(translator.text(locale, key, **params)).splitlines()[0][:40]


@pytest.mark.parametrize("locale", LOCALES)
async def test_apply_then_ask_where_it_stands(kind, locale, ctx, settings, fake, city_translator):
    chat = 4200 + LOCALES.index(locale)
    engine = Conversations(ctx, city_translator, flood=unhurried())
    digits = DIGITS[locale]
    script = [
        fake.message_update(chat, "/start", language_code="en"),
        fake.callback_update(chat, f"lang:{locale}", message_id=1),
        fake.message_update(chat, "/apply"),
        fake.callback_update(chat, "prog:hot_meals", message_id=1),
        fake.callback_update(chat, "apply:start", message_id=1),
        fake.callback_update(chat, "consent:yes", message_id=1),
        fake.message_update(chat, "Ayşe Yılmaz"),
        fake.message_update(chat, contact={"phone_number": "+905321234567", "user_id": chat, "first_name": "A"}),
        fake.message_update(chat, "konak"),
        fake.message_update(chat, "Alsancak"),
        fake.message_update(chat, "4".translate(digits)),
        fake.callback_update(chat, "apply:confirm", message_id=1),
    ]
    for update in script:
        fake.push_update(update)
    async with polling(make_runtime(settings, fake, kind, engine, city_translator)):
        usual_time = strip_isolates(city_translator.text(locale, "apply-next-days", count=2))  # the receipt's end
        await fake.wait_until(
            lambda: usual_time in strip_isolates("\n".join(texts(fake, chat))),
            timeout=15,
            what=lambda: f"no whole receipt: {texts(fake, chat)}",
        )
        reference = REFERENCE.search("\n".join(texts(fake, chat))).group()
        before = len(fake.sent_to(chat))
        fake.push_update(fake.message_update(chat, reference.replace(" ", "-").translate(digits)))
        status = await wait_for(fake, chat, reference, after=before)
        assert city_translator.text(locale, "status-received") in strip_isolates(status)

    async with ctx.db.transaction() as session:
        [request] = (await session.execute(select(Request))).scalars().all()
        assert format_reference(request.reference) == reference
        assert (request.language, request.programme, request.district, request.household_size) == (
            locale,
            "hot_meals",
            "Konak",
            4,
        )
        assert request.phone == "+905321234567" and request.answers["full_name"] == "Ayşe Yılmaz"
    assert all(len(m.text or "") <= 4096 for m in fake.sent_to(chat))


@pytest.mark.parametrize("locale", LOCALES)
async def test_a_question_then_more_information_when_staff_ask_for_it(
    kind, locale, ctx, settings, fake, catalogue, city_translator
):
    chat = 4300 + LOCALES.index(locale)
    engine = Conversations(ctx, city_translator, flood=unhurried())
    fake.push_update(fake.message_update(chat, "/start", language_code=locale))
    fake.push_update(fake.callback_update(chat, f"lang:{locale}", message_id=1))
    fake.push_update(fake.message_update(chat, QUESTIONS[locale]))
    async with polling(make_runtime(settings, fake, kind, engine, city_translator)):
        # A first question waits for the question notice to be read and accepted before it is filed.
        city = catalogue.city
        notice = say(city_translator, locale, "question-notice", city=city.name, version=city.privacy_notice_version)
        await wait_for(fake, chat, notice)
        ask = await wait_for(fake, chat, say(city_translator, locale, "question-notice-ask"))
        [notice_ask] = [m for m in fake.sent_to(chat) if strip_isolates(m.text or "") == ask]
        assert button_data(notice_ask) == ["qnotice:yes", "qnotice:no"]
        assert REFERENCE.search("\n".join(texts(fake, chat))) is None, "nothing is filed before the yes"
        async with ctx.db.transaction() as session:
            assert (await session.execute(select(Request))).scalars().all() == []
        fake.push_update(fake.callback_update(chat, "qnotice:yes", message_id=notice_ask.message_id))
        await fake.wait_until(
            lambda: REFERENCE.search("\n".join(texts(fake, chat))) is not None,
            timeout=15,
            what=lambda: f"no acknowledgement: {texts(fake, chat)}",
        )
        async with ctx.db.transaction() as session:
            [question] = (await session.execute(select(Request))).scalars().all()
            assert question.language == locale and question.desk == (
                "contact_centre" if locale == "tr" else "refugee_desk"
            )
            staff = await agent(session, desks=[question.desk], languages=[locale])
            await requests.change_status(
                session=session, request=question, to=Status.IN_REVIEW, actor=Actor.STAFF, staff_id=staff.id
            )
            await requests.change_status(
                session=session,
                request=question,
                to=Status.NEEDS_INFO,
                actor=Actor.STAFF,
                staff_id=staff.id,
                public_note="Kimlik kartı?",
            )
        before = len(fake.sent_to(chat))
        fake.push_update(fake.message_update(chat, "Geçici koruma kimlik belgem var."))
        await fake.wait_until(lambda: len(fake.sent_to(chat)) > before, timeout=15)

    async with ctx.db.transaction() as session:
        question = await session.get(Request, question.id)
        assert question.status == Status.IN_REVIEW, "the citizen's answer sends it back to review"
        thread = (await session.execute(select(Message.text).where(Message.request_id == question.id))).scalars()
        assert "Geçici koruma kimlik belgem var." in list(thread)
        assert (await session.execute(select(Request))).scalars().all() == [question], "no new request opened"


@pytest.mark.parametrize("locale", LOCALES)
async def test_help_and_cancel_from_the_middle_of_an_application(kind, locale, ctx, settings, fake, city_translator):
    chat = 4400 + LOCALES.index(locale)
    engine = Conversations(ctx, city_translator, flood=unhurried())
    for update in (
        fake.message_update(chat, "/start", language_code=locale),
        fake.callback_update(chat, f"lang:{locale}", message_id=1),
        fake.message_update(chat, "/apply"),
        fake.callback_update(chat, "prog:cash_aid", message_id=1),
        fake.message_update(chat, "/help"),
        fake.message_update(chat, "/cancel"),
        fake.message_update(chat, "😀"),
    ):
        fake.push_update(update)
    async with polling(make_runtime(settings, fake, kind, engine, city_translator)):
        await wait_for(fake, chat, say(city_translator, locale, "help-in-flow"))
        await wait_for(fake, chat, say(city_translator, locale, "cancel-done"))
        await wait_for(fake, chat, say(city_translator, locale, "common-no-words"))

    async with ctx.db.transaction() as session:
        assert (await session.execute(select(Request))).scalars().all() == []
        contact = (await session.execute(select(Contact))).scalar_one()
        assert contact.language == locale and contact.language_source == "chosen"
    assert all("Traceback" not in t and "Error" not in t for t in texts(fake, chat))


async def test_milk_with_a_child_over_and_one_under_five_and_a_neighbours_phone(
    kind, ctx, settings, fake, city_translator
):
    chat = 4300
    engine = Conversations(ctx, city_translator, flood=unhurried())
    today = date.today()
    older, younger = date(today.year - 6, 3, 1), date(today.year - 1, 9, 20)
    script = [
        fake.message_update(chat, "/start", language_code="tr"),
        fake.callback_update(chat, "lang:tr", message_id=1),
        fake.message_update(chat, "/apply"),
        fake.callback_update(chat, "prog:milk_for_children", message_id=1),
        fake.callback_update(chat, "apply:start", message_id=1),
        fake.callback_update(chat, "consent:yes", message_id=1),
        fake.message_update(chat, "Hatice Demir"),
        fake.callback_update(chat, "phone:neighbour", message_id=1),
        fake.message_update(chat, "0532 765 43 21"),
        fake.message_update(chat, "10000000146"),
        fake.message_update(chat, "Konak"),
        fake.message_update(chat, "Alsancak"),
        fake.message_update(chat, "4"),
        fake.message_update(chat, f"{older:%d.%m.%Y}"),
        fake.message_update(chat, f"{younger:%d.%m.%Y}"),
        fake.callback_update(chat, "ans:-done", message_id=1),
        fake.callback_update(chat, "docs:done", message_id=1),
    ]
    for update in script:
        fake.push_update(update)
    async with polling(make_runtime(settings, fake, kind, engine, city_translator)):
        summary = await wait_for(fake, chat, "Lütfen başvurunuzu kontrol edin")
        over = f"{older:%d.%m.%Y} tarihinde doğan çocuğunuz beş yaşını doldurmuş"
        assert any(over in text for text in texts(fake, chat))
        assert f"Çocukların doğum tarihleri: {older:%d.%m.%Y}, {younger:%d.%m.%Y}" in summary
        assert "Telefon (komşunuzun): +905327654321" in summary and "Ad soyad: Hatice Demir" in summary
        before = len(fake.sent_to(chat))
        fake.push_update(fake.callback_update(chat, "apply:confirm", message_id=1))
        await wait_for(fake, chat, "Başvurunuz alındı", after=before)

    async with ctx.db.transaction() as session:
        [request] = (await session.execute(select(Request))).scalars().all()
        assert request.phone == "+905327654321" and request.answers["phone_owner"] == "neighbour"
        assert request.answers["child_birth_dates"] == [older.isoformat(), younger.isoformat()]


ANSWERS = {  # a plain answer to staff, in Pashto and in Dari
    "ps": "زه کولی شم سبا سهار اسناد ښاروالۍ ته راوړم.",
    "fa-AF": "من می‌توانم فردا صبح اسناد را به شاروالی بیاورم.",
}


@pytest.mark.parametrize("locale", ["ps", "fa-AF"])
async def test_an_answer_lands_on_the_request_staff_replied_on_and_an_application_is_withdrawn(
    kind, locale, ctx, settings, fake, catalogue, city_translator
):
    from core.contacts import service as contacts
    from handlers.turn import language_label
    from tests import factories

    chat = 4500 + ["ps", "fa-AF"].index(locale)
    engine = Conversations(ctx, city_translator, flood=unhurried())
    fake.push_update(fake.message_update(chat, "/start", language_code="fa"))
    fake.push_update(fake.callback_update(chat, f"lang:{locale}", message_id=1))
    async with polling(make_runtime(settings, fake, kind, engine, city_translator)):
        chosen = language_label(city_translator, locale)
        await wait_for(fake, chat, say(city_translator, locale, "language-set", language=chosen))
        async with ctx.db.transaction() as session:
            person = (await session.execute(select(Contact))).scalar_one()
            contacts.record_consent(contact=person, notice_version="2026-11", locale=locale)
            application = await factories.request(
                session, ctx.catalogue, ctx.vault, programme="cash_aid", language=locale, owner=person
            )
            question = await factories.request(
                session, ctx.catalogue, ctx.vault, programme="refugee_desk_question", language=locale, owner=person
            )
            staff = await agent(session, desks=["social_aid"], languages=["tr"])
            await requests.reply(session=session, request=application, staff_id=staff.id, text="Belge?")
        before = len(fake.sent_to(chat))
        fake.push_update(fake.message_update(chat, ANSWERS[locale]))
        added = await wait_for(fake, chat, format_reference(application.reference), after=before)
        assert say(city_translator, locale, "ask-added", reference="").split()[0] in added

        before = len(fake.sent_to(chat))
        fake.push_update(fake.callback_update(chat, f"withdraw:ask:{application.reference}", message_id=1))
        asked = await wait_for(fake, chat, format_reference(application.reference), after=before)
        [ask_message] = [m for m in fake.sent_to(chat)[before:] if strip_isolates(m.text or "") == asked]
        assert button_data(ask_message) == [f"withdraw:yes:{application.reference}", "withdraw:no"]
        before = len(fake.sent_to(chat))
        fake.push_update(
            fake.callback_update(chat, f"withdraw:yes:{application.reference}", message_id=ask_message.message_id)
        )
        done = say(city_translator, locale, "withdraw-done", reference=format_reference(application.reference))
        await wait_for(fake, chat, done, after=before)

    async with ctx.db.transaction() as session:
        words = list(
            (await session.execute(select(Message.text).where(Message.request_id == application.id))).scalars()
        )
        assert ANSWERS[locale] in words, "the answer is on the request staff replied on"
        other = list((await session.execute(select(Message.text).where(Message.request_id == question.id))).scalars())
        assert ANSWERS[locale] not in other
        assert (await session.get(Request, application.id)).status == Status.CANCELLED
        assert (await session.get(Request, question.id)).status == Status.RECEIVED


async def test_the_walk_of_issue_14_leaves_no_junk_ticket(kind, ctx, settings, fake, city_translator):
    """Greetings, an application by name, a reference in a sentence and a short Arabic message from a Turkish phone."""
    turkish, arabic = 4600, 4601
    engine = Conversations(ctx, city_translator, flood=unhurried())
    for text in ("Merhaba", "Merhaba", "süt yardımı istiyorum", "başvurum ne durumda?", "başvuru no 627586033"):
        fake.push_update(fake.message_update(turkish, text, language_code="tr"))
    fake.push_update(fake.message_update(arabic, "أحتاج مساعدة", language_code="tr"))
    async with polling(make_runtime(settings, fake, kind, engine, city_translator)):
        await wait_for(fake, turkish, say(city_translator, "tr", "intent-greeting"))
        await wait_for(fake, turkish, strip_isolates(city_translator.text("tr", "programme-milk_for_children")))
        await wait_for(fake, turkish, say(city_translator, "tr", "status-none"))
        await wait_for(fake, turkish, format_reference("627586033"))
        asked = await wait_for(fake, arabic, strip_isolates(city_translator.text("ar", "language-choose-question")))
        [menu] = [m for m in fake.sent_to(arabic) if strip_isolates(m.text or "") == asked]
        assert "lang:tr" not in button_data(menu) and "lang:ar" in button_data(menu)  # asked, never filed as Turkish
    async with ctx.db.transaction() as session:
        assert (await session.execute(select(Request))).scalars().all() == []  # no junk ticket
