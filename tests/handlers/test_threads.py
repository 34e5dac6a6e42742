"""Answers land on the case that asked: staff's last reply or question, the person's choice, never a guess."""

import pytest
from sqlalchemy import select

from core.contacts import service as contacts
from core.contacts.models import Contact
from core.references import format_reference
from core.requests import service as requests
from core.requests.models import Message, Request
from core.requests.statuses import Actor, Status
from tests import factories

# A plain answer in each language: no greeting, programme, reference or danger in it.
ANSWERS = {
    "tr": "Belgeleri yarın sabah belediyeye getirebilirim.",
    "ar": "يمكنني إحضار الأوراق إلى البلدية صباح الغد.",
    "ps": "زه کولی شم سبا سهار اسناد ښاروالۍ ته راوړم.",
    "fa-AF": "من می‌توانم فردا صبح اسناد را به شاروالی بیاورم.",
}


async def open_request(ctx, p, *, programme: str, language: str = "tr") -> Request:
    """A request of this person's (as if they had applied or asked), in their language."""
    async with ctx.db.transaction() as session:
        owner = await contacts.get_or_create(
            session=session, channel=p.channel, platform_user_id=p.user_id, chat_id=p.user_id, language=language
        )
        contacts.record_consent(contact=owner, notice_version="2026-11", locale=language)
        return await factories.request(
            session, ctx.catalogue, ctx.vault, programme=programme, owner=owner, language=language
        )


async def staff_reply(ctx, request: Request, text: str = "Kira sözleşmenizi gönderir misiniz?") -> None:
    async with ctx.db.transaction() as session:
        agent = await factories.agent(session)
        row = await session.get(Request, request.id)
        await requests.reply(session=session, request=row, staff_id=agent.id, text=text)


async def citizen_words(ctx, request: Request) -> list[str]:
    """What the person wrote on the request after its description."""
    async with ctx.db.transaction() as session:
        rows = await session.execute(
            select(Message.text).where(Message.request_id == request.id, Message.direction == "in").order_by(Message.id)
        )
        return [text for text in rows.scalars() if text][1:]


async def requests_of(ctx, p) -> list[Request]:
    async with ctx.db.transaction() as session:
        contact = (await session.execute(select(Contact).where(Contact.platform_user_id == p.user_id))).scalar_one()
        rows = await session.execute(select(Request).where(Request.contact_id == contact.id).order_by(Request.id))
        return list(rows.scalars())


@pytest.mark.parametrize("language", ["tr", "ar", "ps", "fa-AF"])
async def test_an_answer_after_a_staff_reply_lands_on_that_request_and_names_it(ctx, person, language):
    p = person(language)
    application = await open_request(ctx, p, programme="rent_support", language=language)
    question = await open_request(ctx, p, programme="refugee_desk_question", language=language)
    await staff_reply(ctx, application)
    text = await p.say(ANSWERS[language])
    assert p.keys == ["ask-added"] and format_reference(application.reference) in text
    assert await citizen_words(ctx, application) == [ANSWERS[language]]
    assert ANSWERS[language] not in await citizen_words(ctx, question)  # not on the other open one
    assert len(await requests_of(ctx, p)) == 2  # and no new ticket
    await p.say(ANSWERS[language] + " 2")  # the next words too
    assert (await citizen_words(ctx, application))[-1] == ANSWERS[language] + " 2"


@pytest.mark.parametrize("language", ["tr", "ar"])
async def test_an_answer_to_a_request_for_information_lands_there_and_sends_it_back_to_review(ctx, person, language):
    p = person(language)
    application = await open_request(ctx, p, programme="cash_aid", language=language)
    question = await open_request(ctx, p, programme="refugee_desk_question", language=language)
    async with ctx.db.transaction() as session:
        row = await session.get(Request, application.id)
        await requests.change_status(session=session, request=row, to=Status.NEEDS_INFO, actor=Actor.STAFF)
    await staff_reply(ctx, question, "Sorunuzu aldık.")  # an older reply elsewhere does not win …
    async with ctx.db.transaction() as session:  # … when the request for information came after it
        row = await session.get(Request, application.id)
        await requests.change_status(session=session, request=row, to=Status.IN_REVIEW, actor=Actor.STAFF)
        await requests.change_status(session=session, request=row, to=Status.NEEDS_INFO, actor=Actor.STAFF)
    text = await p.say(ANSWERS[language])
    assert p.keys == ["ask-info-received"] and format_reference(application.reference) in text
    async with ctx.db.transaction() as session:
        assert (await session.get(Request, application.id)).status == Status.IN_REVIEW
    assert await citizen_words(ctx, application) == [ANSWERS[language]]


async def test_unprompted_words_with_several_open_requests_ask_which_and_the_choice_holds(ctx, person):
    p = person("tr")
    coal = await open_request(ctx, p, programme="winter_fuel")
    rent = await open_request(ctx, p, programme="rent_support")
    await p.say("Belgeleri yarın getirebilirim.")
    assert p.keys == ["ask-which"]
    data = [d for _, d in p.buttons()]
    assert data == [f"thread:{rent.reference}", f"thread:{coal.reference}", "thread:new", "cancel"]
    assert (f"📄 Kira yardımı · {format_reference(rent.reference)}", f"thread:{rent.reference}") in p.buttons()
    await p.say("Bir de faturayı getireceğim.")  # typed while asked: kept with the first words
    assert p.keys == ["hint-use-buttons", "ask-which"]
    text = await p.press(f"thread:{coal.reference}")
    assert p.keys == ["ask-added"] and format_reference(coal.reference) in text
    assert await citizen_words(ctx, coal) == ["Belgeleri yarın getirebilirim.", "Bir de faturayı getireceğim."]
    await p.say("Saat onda gelirim.")  # the choice holds: not asked again
    assert p.keys == ["ask-added"] and (await citizen_words(ctx, coal))[-1] == "Saat onda gelirim."
    assert await citizen_words(ctx, rent) == [] and len(await requests_of(ctx, p)) == 2


async def test_no_second_question_while_one_is_open_and_a_new_one_when_chosen(ctx, person):
    p = person("tr")
    await open_request(ctx, p, programme="winter_fuel")
    question = await open_request(ctx, p, programme="general_question")
    await p.say("Belgeleri yarın getirebilirim.")
    assert p.keys == ["ask-which"] and "thread:new" not in [d for _, d in p.buttons()]  # the open question is there
    await p.press(f"thread:{question.reference}")
    assert await citizen_words(ctx, question) == ["Belgeleri yarın getirebilirim."]

    other = person("tr")
    await open_request(ctx, other, programme="winter_fuel")
    await open_request(ctx, other, programme="rent_support")
    await other.say("Aşevi hangi saatlerde açık?")
    await other.press("thread:new")
    assert other.keys[0] == "ask-received-days"
    made = await requests_of(ctx, other)
    assert len(made) == 3 and made[-1].kind == "question"
    async with ctx.db.transaction() as session:
        messages, _ = await requests.thread(session=session, request_id=made[-1].id)
    assert [m.text for m in messages] == ["Aşevi hangi saatlerde açık?"]


async def test_a_button_for_someone_else_s_or_a_closed_request_files_nothing_there(ctx, person):
    p, stranger = person("tr"), person("tr")
    await open_request(ctx, p, programme="winter_fuel")
    await open_request(ctx, p, programme="rent_support")
    theirs = await open_request(ctx, stranger, programme="cash_aid")
    await p.say("Belgeleri yarın getirebilirim.")
    await p.press(f"thread:{theirs.reference}")
    assert p.keys == ["hint-use-buttons", "ask-which"]  # asked again, nothing filed
    assert await citizen_words(ctx, theirs) == []


QUESTIONS = {  # a plain question each, and the words the person answers the invitation with
    "tr": ("Kışın evimiz çok soğuk, belediyenin bir desteği var mı acaba?", "Anladım, bilgilerimi vereyim"),
    "ar": ("بيتنا بارد جداً في الشتاء، هل لدى البلدية أي دعم؟", "فهمت، سأعطيكم معلوماتي"),
}


@pytest.mark.parametrize("language", ["tr", "ar"])
async def test_a_question_staff_turn_into_an_application_asks_only_what_is_missing(ctx, person, language):
    from core.delivery.render import render
    from core.outbox.models import OutboxItem
    from core.requests import actions

    question_text, answer = QUESTIONS[language]
    p = person(language)
    await p.say(question_text)
    await p.accept_notice()
    [question] = await requests_of(ctx, p)
    async with ctx.db.transaction() as session:
        supervisor = await factories.agent(session, role="supervisor", desks=[question.desk])
        await actions.move(
            session=session,
            staff=supervisor,
            reference=question.reference,
            programme="emergency_shelter",
            catalogue=ctx.catalogue,
            via=actions.Via.CONSOLE,
        )
        [invite] = (await session.execute(select(OutboxItem).where(OutboxItem.kind == "invited"))).scalars()
        contact = (await session.execute(select(Contact).where(Contact.id == question.contact_id))).scalar_one()
    told = render(invite, contact, p.translator)
    assert told.locale == language and format_reference(question.reference) in told.text.replace("\u2068", "").replace(
        "\u2069", ""
    )

    await p.say(answer)
    assert p.keys == ["apply-from-question", "apply-programme-about"]
    await p.press("apply:start")
    await p.press("consent:yes")
    assert p.keys[-1] == "apply-ask-full-name"
    await p.say("Ayşe Yılmaz")
    await p.say("0532 123 45 67")
    await p.say("Buca")
    assert p.keys[-1] == "apply-summary"  # the description is what the question said: not asked again
    await p.press("apply:confirm")
    assert p.keys[0] == "apply-submitted"
    old, application = await requests_of(ctx, p)
    assert (old.id, old.status, old.answers["became"]) == (question.id, "closed", application.reference)
    assert application.programme == "emergency_shelter" and application.desk == "social_aid"
    async with ctx.db.transaction() as session:
        first = (
            (await session.execute(select(Message).where(Message.request_id == application.id).order_by(Message.id)))
            .scalars()
            .first()
        )
        closed_notices = (
            (
                await session.execute(
                    select(OutboxItem).where(OutboxItem.request_id == question.id, OutboxItem.kind == "status_changed")
                )
            )
            .scalars()
            .all()
        )
    assert first.text == f"{question_text}\n{answer}"
    assert closed_notices == []  # answered in the conversation: no "your question is closed" besides
