"""Where am I in the queue: the place among requests for the same desk and language, and a range, never a promise."""

from datetime import timedelta

from sqlalchemy import update

from core.db import utcnow
from core.queue.place import WINDOW_DAYS, Estimate, estimate
from core.requests import service as requests
from core.requests.models import Request, StatusEvent
from core.requests.statuses import Actor, Status
from tests import factories
from tests.handlers.test_status import request_for


async def waiting_line(
    ctx, *, language: str = "tr", programme: str = "cash_aid", ahead: int = 3, decided_today: int = 14
) -> None:
    """`ahead` requests waiting before anyone new, others that do not count, and staff decisions of today."""
    async with ctx.db.transaction() as session:
        for _ in range(ahead):
            await factories.request(session, ctx.catalogue, ctx.vault, programme=programme, language=language)
        other = "ar" if language != "ar" else "tr"  # another language's line
        await factories.request(session, ctx.catalogue, ctx.vault, programme=programme, language=other)
        agent = await factories.agent(session, languages=(language,))
        claimed = await factories.request(session, ctx.catalogue, ctx.vault, programme=programme, language=language)
        claimed.assignee_id = agent.id  # in someone's hands: no longer in line
        for _ in range(decided_today):
            done = await factories.request(session, ctx.catalogue, ctx.vault, programme=programme, language=language)
            await requests.change_status(session=session, request=done, to=Status.IN_REVIEW, actor=Actor.STAFF)
            await requests.change_status(session=session, request=done, to=Status.APPROVED, actor=Actor.STAFF)


def test_the_range_runs_from_the_busiest_days_pace_to_the_average_one():
    assert estimate(1, [10, 0, 0, 0, 0, 0, 0]) == Estimate(2, 17, "hours")  # 2.4 h at 10 a day, 16.8 h at 10 a week
    assert estimate(4, [14, 0, 0, 0, 0, 0, 0]) == Estimate(1, 2, "days")
    assert estimate(3, [2] * 7) == Estimate(36, 37, "hours")  # a steady pace still gives a range
    assert estimate(5, [0] * 7) is None  # nothing decided lately: no guess


async def test_ne_zaman_tells_the_place_and_a_range_in_turkish(ctx, person):
    await waiting_line(ctx)
    p = person("tr")
    await p.command("start")
    await request_for(ctx, p, programme="cash_aid")
    text = await p.say("ne zaman?")
    assert p.keys == ["queue-place", "queue-estimate-days"]
    assert "4. sırada" in text and "yaklaşık 1–2 gün" in text and "söz değildir" in text


async def test_when_in_arabic_counts_only_the_arabic_line(ctx, person):
    await waiting_line(ctx, language="ar", ahead=1, decided_today=14)
    p = person("ar")
    await p.command("start")
    await request_for(ctx, p, programme="cash_aid", language="ar")
    text = await p.say("متى؟")
    assert p.keys == ["queue-place", "queue-estimate-hours"]
    assert "رقم 2 في الدور" in text and "3–24" in text and "ليس وعداً" in text


async def apply_for_hot_meals(p) -> str:
    await p.command("apply")
    await p.press("prog:hot_meals")
    await p.press("apply:start")
    if "consent:yes" in [data for _, data in p.buttons()]:
        await p.press("consent:yes")
    for answer in ("Ayşe Yılmaz", "05321234567", "Buca", "Şirinyer", "3"):
        await p.say(answer)
    return await p.press("apply:confirm")


async def test_the_receipt_tells_the_place_and_a_range_or_else_the_usual_time(ctx, person):
    p = person("tr")
    await p.command("start")
    text = await apply_for_hot_meals(p)
    assert p.keys == ["apply-submitted", "queue-place", "apply-next-days"]  # nothing decided lately: the usual time
    assert "1. sırada" in text and "Sosyal Yardım" in text
    await waiting_line(ctx, programme="hot_meals", ahead=2, decided_today=7)
    text = await apply_for_hot_meals(p)
    assert p.keys == ["apply-submitted", "queue-place", "queue-estimate-days"]
    assert "4. sırada" in text and "yaklaşık 1–4 gün" in text  # two others and the first application before it


async def test_a_claimed_request_is_in_hand_and_nobody_waiting_is_told_so(ctx, person):
    p = person("tr")
    await p.command("start")
    await p.say("ne zaman")
    assert p.keys == ["queue-none"]
    reference = await request_for(ctx, p, programme="cash_aid")
    async with ctx.db.transaction() as session:
        agent = await factories.agent(session)
        await session.execute(update(Request).where(Request.reference == reference).values(assignee_id=agent.id))
    text = await p.say("ne zaman cevap gelir")
    assert p.keys == ["queue-in-hand"] and reference[:3] in text


async def test_when_with_a_programme_named_stays_a_question_for_staff(ctx, person):
    p = person("tr")
    await p.command("start")
    await p.say("süt ne zaman dağıtılacak?")
    await p.accept_notice()
    assert p.keys[0] in ("ask-received-days", "ask-received-hours")


async def test_decisions_older_than_a_week_do_not_count(ctx, person):
    await waiting_line(ctx, ahead=0, decided_today=3)
    async with ctx.db.transaction() as session:
        week_ago = utcnow() - timedelta(days=WINDOW_DAYS, minutes=1)
        await session.execute(update(StatusEvent).values(created_at=week_ago))
    p = person("tr")
    await p.command("start")
    await request_for(ctx, p, programme="cash_aid")
    await p.say("ne zaman")
    assert p.keys == ["queue-place", "queue-no-estimate"] and "1. sırada" in p.text
