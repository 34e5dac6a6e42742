"""Status from anywhere: a reference and the last four digits of the phone on file, from a channel never used."""

from datetime import timedelta

from sqlalchemy import select

from core.audit.models import Action, AuditEntry
from core.db import utcnow
from core.references import damm_digit, format_reference
from core.requests import status_check
from core.requests.models import Request
from core.requests.statuses import Status
from core.safeguarding.service import FlagState
from tests.handlers.test_status import ARABIC_DIGITS, request_for

RIGHT = "4567"  # tests.factories.application's phone: 0532 123 45 67


async def audited(ctx) -> list[tuple[str, str | None, dict]]:
    async with ctx.db.transaction() as session:
        rows = (await session.execute(select(AuditEntry).order_by(AuditEntry.seq))).scalars()
        return [(e.action, e.target, e.details) for e in rows if e.action.startswith("status_check")]


def unknown_reference(body: str = "12345678") -> str:
    return body + str(damm_digit(body))


async def test_a_neighbours_web_chat_with_the_right_digits_is_told_the_status_and_next_step_only(ctx, person):
    owner = person("tr")
    reference = await request_for(
        ctx, owner, status=[Status.IN_REVIEW, Status.APPROVED], note="Kömürünüz cuma günü teslim edilecek."
    )
    library = person("tr", channel="webchat")
    text = await library.say(format_reference(reference))
    assert library.keys == ["status-check-ask"] and format_reference(reference) in text
    assert "son dört hanesini" in text and ("✖️ Vazgeç", "cancel") in library.buttons()
    text = await library.say("45 67")
    assert library.keys == ["status-check-detail"]
    assert "Durum: Onaylandı" in text and "Sonraki adım:" in text
    for private in ("Kışlık", "Kömürünüz", "4567", "Karşıyaka", "Bostanlı", "itibarıyla"):
        assert private not in text  # no programme, note, phone, place or date
    assert library.last.messages[0].choices == []
    [(action, target, details)] = await audited(ctx)
    assert (action, target, details["channel"]) == (Action.STATUS_CHECK_PASSED, reference, "webchat")
    await library.say("4567")  # the question was answered: four digits alone are no longer a factor
    assert library.keys != ["status-check-detail"]


async def test_wrong_digits_and_a_number_nobody_has_get_the_same_answers(ctx, person):
    owner, stranger = person("tr"), person("tr", channel="whatsapp")
    reference = await request_for(ctx, owner)
    nobodys = unknown_reference()
    answers = []
    for number in (reference, nobodys):
        asked = await stranger.say(format_reference(number))
        refused = await stranger.say("1234")
        assert stranger.keys == ["status-check-mismatch"]
        answers.append((asked.replace(format_reference(number), "#"), refused.replace(format_reference(number), "#")))
    assert answers[0] == answers[1]
    assert [(a, t) for a, t, _ in await audited(ctx)] == [
        (Action.STATUS_CHECK_FAILED, reference),
        (Action.STATUS_CHECK_FAILED, nobodys),
    ]


async def test_an_arabic_speaker_types_arabic_digits_and_reads_the_status_in_arabic(ctx, person):
    owner = person("ar")
    reference = await request_for(ctx, owner, language="ar", status=[Status.IN_REVIEW])
    friend = person("ar", channel="webchat")
    text = await friend.say(format_reference(reference).translate(ARABIC_DIGITS))
    assert friend.keys == ["status-check-ask"] and "آخر أربعة أرقام" in text
    text = await friend.say(RIGHT.translate(ARABIC_DIGITS))
    assert friend.keys == ["status-check-detail"] and "الحالة: قيد الدراسة" in text and "الخطوة التالية:" in text


async def test_a_reference_takes_five_wrong_answers_a_day_from_anyone_then_not_even_the_right_one(ctx, person):
    reference = await request_for(ctx, person("tr"))
    for _ in range(status_check.WRONG_PER_REFERENCE):
        guesser = person("tr", channel="webchat")  # a new session each time: the limit is the reference's
        await guesser.say(reference)
        await guesser.say("0000")
        assert guesser.keys == ["status-check-mismatch"]
    late = person("tr", channel="webchat")
    await late.say(reference)
    text = await late.say(RIGHT)
    assert late.keys == ["status-check-locked"] and "yarın" in text
    assert (await audited(ctx))[-1][:2] == (Action.STATUS_CHECK_REFUSED, reference)
    async with ctx.db.transaction() as session:  # a day later the reference answers again
        checked = await status_check.check(
            session=session,
            reference=reference,
            factor=RIGHT,
            contact_id=0,
            channel="webchat",
            now=utcnow() + timedelta(hours=25),
        )
    assert checked.outcome == status_check.Outcome.MATCH


async def test_a_person_has_five_wrong_answers_a_day_whatever_the_references(ctx, person):
    mine = await request_for(ctx, person("tr"))
    guesser = person("tr", channel="webchat")
    for body in ("11111111", "22222222", "33333333", "44444444", "55555555"):
        await guesser.say(unknown_reference(body))
        await guesser.say("9999")
    await guesser.say(mine)
    await guesser.say(RIGHT)
    assert guesser.keys == ["status-check-locked"]
    [*_, (action, target, details)] = await audited(ctx)
    assert (action, target, details["reason"]) == (Action.STATUS_CHECK_REFUSED, mine, "limit")


async def test_a_request_under_a_safeguarding_flag_is_never_told_this_way(ctx, person):
    reference = await request_for(ctx, person("tr"))
    async with ctx.db.transaction() as session:
        request = (await session.execute(select(Request).where(Request.reference == reference))).scalar_one()
        request.safeguarding = FlagState.FLAGGED
    stranger = person("tr", channel="webchat")
    await stranger.say(reference)
    await stranger.say(RIGHT)
    assert stranger.keys == ["status-check-mismatch"]  # the same answer as wrong digits
    [(action, _, details)] = await audited(ctx)
    assert (action, details["reason"]) == (Action.STATUS_CHECK_REFUSED, "safeguarding")


async def test_words_instead_of_digits_leave_the_question_and_are_understood_as_usual(ctx, person):
    reference = await request_for(ctx, person("tr"))
    stranger = person("tr", channel="webchat")
    await stranger.say(reference)
    await stranger.say("başvurum ne durumda?")
    assert stranger.keys == ["status-none"]
    await stranger.say(RIGHT)
    assert stranger.keys != ["status-check-detail"] and await audited(ctx) == []


async def test_the_owner_still_sees_everything_without_a_second_factor(ctx, person):
    owner = person("tr")
    reference = await request_for(ctx, owner, status=[Status.IN_REVIEW], note=None)
    text = await owner.say(reference)
    assert owner.keys == ["status-detail"] and "Kışlık yakacak" in text and await audited(ctx) == []
