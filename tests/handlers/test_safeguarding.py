"""Safeguarding in the conversation: a disclosure is answered at once with Türkiye's help lines in the person's
language, from any step of any journey, and staff find the words flagged at the top of the right desk's queue."""

import pytest
from sqlalchemy import select

from core.audit.models import AuditEntry
from core.contacts.models import Contact
from core.queue import service as queue
from core.references import format_reference
from core.requests import service as requests
from core.requests.models import Message, Request
from core.safeguarding.service import SAFEGUARDING_PRIORITY
from handlers.engine import Conversations, MemoryFloodGuard
from tests import factories
from tests.handlers.driver import FakeClock, Person

# (platform language, words, categories, a phrase of the help in that language, desk)
DISCLOSURES = [
    (
        "tr",
        "Eşim bana şiddet uyguluyor, çocuklarımla kalacak yer arıyorum",
        ["violence", "no_shelter"],
        "Alo 183 Sosyal Destek Hattı",
        "contact_centre",
    ),
    ("ar", "زوجي يضربني كل يوم وأنا خائفة على حياتي", ["violence"], "الاتصال بالرقم 183", "refugee_desk"),
    ("ps", "خاوند مې هره ورځ وهي او ګواښ کوي چې ما به ووژني", ["violence"], "183 ته هم زنګ ووهئ", "refugee_desk"),
    ("fa", "پلیس شوهرم را گرفت و می‌خواهند دیپورتش کنند", ["detention"], "YİMER با شمارهٔ 157", "refugee_desk"),
    (
        "uk",
        "Господар вигнав нас з квартири, сьогодні нам ніде ночувати",
        ["no_shelter"],
        "телефонуйте 112",
        "refugee_desk",
    ),
]


async def requests_of(ctx, p: Person) -> list[Request]:
    async with ctx.db.transaction() as session:
        contact = (await session.execute(select(Contact).where(Contact.platform_user_id == p.user_id))).scalar_one()
        return list(
            (await session.execute(select(Request).where(Request.contact_id == contact.id).order_by(Request.id)))
            .scalars()
            .all()
        )


async def describe_for_shelter(p: Person, description: str) -> str:
    """Applies for the emergency shelter up to its last question, and answers it with `description`."""
    await p.command("apply")
    await p.press("prog:emergency_shelter")
    await p.press("apply:start")
    await p.press("consent:yes")
    await p.say("Ayşe Yılmaz")
    await p.share_phone("+905321234567")
    await p.say("Konak")
    return await p.say(description)


@pytest.mark.parametrize(("language", "words", "categories", "help_phrase", "desk"), DISCLOSURES)
async def test_a_disclosure_is_answered_with_help_and_filed_flagged_at_the_right_desk(
    ctx, person, language, words, categories, help_phrase, desk
):
    p = person(language)
    text = await p.say(words)
    assert p.locale == language
    assert p.keys[: len(categories)] == [f"safeguarding-help-{c}" for c in categories]
    assert "safeguarding-passed-on" in p.keys
    assert help_phrase in text
    assert not any(key.startswith("ask-received") for key in p.keys)  # no "we usually answer within 3 days"
    [request] = await requests_of(ctx, p)
    assert request.safeguarding == "flagged" and request.safeguarding_categories == categories
    assert request.desk == desk and request.priority == SAFEGUARDING_PRIORITY
    assert format_reference(request.reference) in text


async def test_ordinary_words_that_share_a_disclosures_words_are_not_flagged(ctx, person):
    p = person("tr")
    await p.say("Merhaba, kira yardımı için ne yapmam gerekiyor? Şiddetli yağmurdan evimiz su aldı.")
    await p.accept_notice()  # an ordinary first question waits for the notice
    assert p.keys[0] == "ask-received-days"
    [request] = await requests_of(ctx, p)
    assert request.safeguarding is None and request.priority == 0


async def test_the_flagged_request_comes_first_in_its_desks_queue(ctx, person):
    first, second = person("tr"), person("tr")
    await first.say("Aşevi hangi saatlerde açık, nereden yemek alabilirim?")
    await first.accept_notice()
    await second.say("Kocam beni dövüyor, evden kaçtım, ne yapacağımı bilmiyorum")  # filed at once, no notice first
    assert second.keys[0] == "safeguarding-help-violence" and "question-notice" not in second.keys
    async with ctx.db.transaction() as session:
        waiting = await queue.list_queue(session=session, desks=["contact_centre"])
    assert [r.reference for r in waiting] == [
        (await requests_of(ctx, second))[0].reference,
        (await requests_of(ctx, first))[0].reference,
    ]


async def test_a_disclosure_inside_an_application_is_with_staff_at_once_and_the_application_goes_on(ctx, person):
    p = person("tr")
    text = await describe_for_shelter(p, "Ev sahibi bizi evden attı, bu gece sokakta kalacağız")
    assert p.keys[0] == "safeguarding-help-no_shelter" and "112" in text
    assert p.keys[-1] == "apply-summary"  # the journey continues where it was
    [flagged] = await requests_of(ctx, p)
    assert flagged.safeguarding == "flagged" and flagged.kind == "question"
    await p.press("apply:confirm")
    _, application = await requests_of(ctx, p)  # nowhere to sleep is what this programme is for: urgent by itself
    assert application.programme == "emergency_shelter" and application.safeguarding is None


async def test_an_application_describing_violence_is_flagged(ctx, person):
    p = person("tr")
    await describe_for_shelter(p, "Kocam beni dövdü, çocuklarla evden kaçtık")
    await p.press("apply:confirm")
    _, application = await requests_of(ctx, p)
    assert application.safeguarding == "flagged" and application.safeguarding_categories == ["violence"]


async def test_a_disclosure_joins_an_open_question_and_flags_it(ctx, person):
    p = person("ar")
    await p.say("متى يفتح مكتب اللاجئين وأين هو؟ أريد أن أسأل عن الكملك")
    await p.say("أريد أن أنتحر، لم أعد أحتمل")
    assert p.keys[0] == "safeguarding-help-self_harm" and "112" in p.text
    [question] = await requests_of(ctx, p)
    assert question.safeguarding == "flagged" and question.safeguarding_categories == ["self_harm"]
    async with ctx.db.transaction() as session:
        texts = list((await session.execute(select(Message.text).where(Message.request_id == question.id))).scalars())
    assert texts[-1] == "أريد أن أنتحر، لم أعد أحتمل" and len(texts) == 2  # filed once


async def test_words_in_another_language_get_the_help_in_that_language(ctx, person):
    p = person("tr")  # a Turkish phone, an Arabic writer
    text = await p.say("زوجي يضربني كل يوم وأنا خائفة على حياتي")
    assert p.keys[0] == "safeguarding-in-language" and "الاتصال بالرقم 183" in text
    [request] = await requests_of(ctx, p)
    assert request.desk == "refugee_desk" and request.safeguarding == "flagged"
    await p.press("lang:ar")  # the language question still comes, and answering it files nothing twice
    assert len(await requests_of(ctx, p)) == 1


async def test_no_flood_limit_silences_a_disclosure(ctx, translator):
    clock = FakeClock(step=0)
    conversations = Conversations(ctx, translator, flood=MemoryFloodGuard(limit=2, window=5.0, clock=clock))
    p = Person(conversations, translator, platform_language="uk")
    for number in range(3):
        await p.say(f"Питання {number} про допомогу")
    assert p.keys == ["flood-slow-down"]
    await p.say("Чоловік б'є мене і погрожує вбити")
    assert p.keys[0] == "safeguarding-help-violence"
    await p.say("будь ласка")  # the person's flag holds: no more silence for them
    assert p.keys == ["ask-added"]


async def test_the_flag_is_audited_with_the_phrase_lists_that_raised_it(ctx, person):
    p = person("ps")
    await p.say("ماشومان مې وږي دي او نن شپه د خوب ځای نه لرو")
    [request] = await requests_of(ctx, p)
    async with ctx.db.transaction() as session:
        [entry] = (await session.execute(select(AuditEntry).where(AuditEntry.action == "safeguarding_flag"))).scalars()
    assert entry.target == request.reference and entry.staff_id is None
    assert set(entry.details["categories"]) == {"child_at_risk", "no_shelter"}
    assert any(label.startswith("ps@") for label in entry.details["lists"])


async def test_staff_replies_never_raise_a_flag(ctx):
    async with ctx.db.transaction() as session:
        request = await factories.request(session, ctx.catalogue, ctx.vault)
        staff = await factories.agent(session)
        await requests.reply(session=session, request=request, staff_id=staff.id, text="Şiddet varsa 112'yi arayın")
        assert request.safeguarding is None
