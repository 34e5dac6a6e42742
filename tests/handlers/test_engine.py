"""The engine: one transaction per event, replays, flood control, crashes, ordering and the state store."""

import asyncio
import dataclasses
from datetime import timedelta

import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy import func, select, text

from core.contacts.models import Contact
from core.conversations import service as conversation_states
from core.db import Database, utcnow
from core.errors import InvalidReference
from core.inbox.models import ProcessedUpdate
from core.person_guards import KeyedLocks, MemoryFloodGuard
from core.requests import service as requests
from core.requests.models import Message, Request, StatusEvent
from handlers import engine
from handlers.engine import Conversations, state_key
from handlers.types import InboundKind
from tests import factories
from tests.handlers.driver import FakeClock, Person

QUESTION = "Merhaba, aşevi hangi saatlerde açık ve nereden yemek alabilirim?"


async def snapshot(ctx) -> dict:
    """Everything an event may change, to compare before and after."""
    async with ctx.db.transaction() as session:
        counts = {
            model.__name__: await session.scalar(select(func.count()).select_from(model))
            for model in (Request, Message, StatusEvent, ProcessedUpdate, Contact)
        }
        contacts = (
            await session.execute(
                select(Contact.id, Contact.language, Contact.consent_at, Contact.last_inbound_at).order_by(Contact.id)
            )
        ).all()
        states = [await conversation_states.get_state(session=session, key=key) for key in ("telegram:x",)]
    return {"counts": counts, "contacts": [tuple(c) for c in contacts], "states": states}


async def state_of(ctx, p) -> dict:
    async with ctx.db.transaction() as session:
        return await conversation_states.get_state(session=session, key=state_key(p.channel, p.user_id))


async def messages_of_only_request(ctx) -> list[str | None]:
    async with ctx.db.transaction() as session:
        [request] = (await session.execute(select(Request))).scalars().all()
        messages, _ = await requests.thread(session=session, request_id=request.id)
        return [m.text for m in messages]


async def test_a_replayed_update_is_ignored(ctx, person):
    p = person("tr")
    inbound = p.inbound(InboundKind.TEXT, text=QUESTION)
    first = await p.send(inbound)
    assert not first.duplicate and first.messages
    before = await snapshot(ctx)
    again = await p.send(inbound)
    assert again.duplicate and again.messages == []
    assert await snapshot(ctx) == before


async def test_a_replayed_button_does_not_advance_a_flow(ctx, person):
    p = person("tr")
    await p.command("apply")
    press = p.inbound(InboundKind.BUTTON, button="prog:cash_aid")
    await p.send(press)
    await p.press("apply:back")
    assert (await p.send(press)).duplicate
    assert (await state_of(ctx, p))["step"] == "programme"


async def test_a_crash_inside_a_step_answers_error_unexpected_and_changes_nothing(ctx, person, monkeypatch, caplog):
    p = person("ar")
    await p.command("apply")
    await p.press("prog:hot_meals")
    await p.press("apply:start")
    await p.press("consent:yes")
    await p.say("Ayşe Yılmaz")
    for answer in ("05321234567", "Buca", "Şirinyer", "3"):
        await p.say(answer)
    state = await state_of(ctx, p)
    before = await snapshot(ctx)

    async def broken(**kwargs):
        raise RuntimeError("the disk is on fire; secret 05321234567")

    monkeypatch.setattr(requests, "create", broken)
    text = await p.press("apply:confirm")
    assert p.keys == ["error-unexpected"] and p.locale == "ar" and "عذراً، حدثت مشكلة من جهتنا" in text
    assert "Traceback" not in text and "fire" not in text
    assert await snapshot(ctx) == before and await state_of(ctx, p) == state
    assert "RuntimeError" in caplog.text and "05321234567" not in caplog.text  # logged without personal data

    monkeypatch.undo()
    await p.press("apply:confirm")  # the person can simply try again
    assert p.keys == ["apply-submitted", "queue-place", "apply-next-days"]


async def test_a_domain_error_escaping_a_journey_answers_its_own_message(ctx, person, monkeypatch):
    async def refuses(turn):
        await requests.list_for_contact(session=turn.session, contact_id=turn.contact.id)
        raise InvalidReference("error-reference-length", expected=9, given=3)

    monkeypatch.setitem(engine.COMMANDS, "status", refuses)
    p = person("tr")
    await p.command("start")
    before = await snapshot(ctx)
    text = await p.command("status")
    assert p.keys == ["error-reference-length"] and "9 hanelidir; siz 3 hane yazdınız" in text
    assert await snapshot(ctx) == before


async def test_flood_gets_one_note_per_window_and_nothing_typed_is_lost(ctx, conversations, person, flood_clock):
    p, other = person("tr"), person("tr")
    await p.say(QUESTION)
    await p.accept_notice()
    flood_clock.now += 6  # a fresh window
    flood_clock.step = 0  # every message in the same instant
    await p.say("mesaj 1")
    for number in range(2, 9):
        await p.say(f"mesaj {number}")
        assert p.keys == ["ask-added"]
    await p.say("mesaj 9")
    assert p.keys == ["flood-slow-down"] and "birkaç saniye bekleyip" in p.text
    for number in range(10, 13):
        await p.say(f"mesaj {number}")
        assert p.last.messages == []  # told once; the rest go quietly
    await p.send_photo()
    assert p.last.messages == []
    await other.command("help")
    assert other.keys == ["help"]  # everyone else is unaffected
    texts = await messages_of_only_request(ctx)
    assert texts == [QUESTION, *[f"mesaj {n}" for n in range(1, 13)], None]
    flood_clock.now += 6  # the window passes
    await p.say("tekrar yazıyorum")  # (a bare greeting would get the menu)
    assert p.keys == ["ask-added"]


async def test_words_flooded_while_a_first_question_waits_for_the_notice_wait_with_it(ctx, person, flood_clock):
    p = person("tr")
    flood_clock.step = 0
    await p.say(QUESTION)
    for number in range(2, 12):  # the 9th event and later are not run through the journey
        await p.say(f"mesaj {number}")
    flood_clock.now += 6
    await p.press("qnotice:yes")
    assert p.keys[0] == "ask-received-days"
    assert await messages_of_only_request(ctx) == [QUESTION, *[f"mesaj {n}" for n in range(2, 12)]]


async def test_flood_guard_counts_per_person_in_a_sliding_window():
    clock = FakeClock(step=0)
    guard = MemoryFloodGuard(limit=2, window=5, clock=clock)
    assert [await guard.check("a") for _ in range(4)] == ["allow", "allow", "note", "quiet"]
    assert await guard.check("b") == "allow"
    clock.now += 5.1
    assert await guard.check("a") == "allow"


async def test_flood_guard_forgets_people_once_their_window_has_passed():
    clock = FakeClock(step=0)
    guard = MemoryFloodGuard(limit=2, window=5, clock=clock)
    for n in range(1000):
        await guard.check(f"telegram:{n}")
    clock.now += 5.1
    assert await guard.check("telegram:next") == "allow"
    assert list(guard._hits) == ["telegram:next"]


async def test_concurrent_updates_of_one_person_are_handled_in_order(ctx, conversations, translator):
    p = Person(conversations, translator)
    await p.say("Merhaba, ilk sorum şu: aşevi nerede?")
    await p.accept_notice()
    inbounds = [p.inbound(InboundKind.TEXT, text=QUESTION)] + [
        p.inbound(InboundKind.TEXT, text=f"ek {n}") for n in range(1, 6)
    ]
    replies = await asyncio.gather(*(conversations.handle(i) for i in inbounds))
    assert all(r.messages[0].text.key == "ask-added" for r in replies)
    assert await messages_of_only_request(ctx) == [
        "Merhaba, ilk sorum şu: aşevi nerede?",
        QUESTION,
        *[f"ek {n}" for n in range(1, 6)],
    ]


@pytest.mark.parametrize("database_url", [pytest.param("postgresql", marks=pytest.mark.postgres)], indirect=True)
async def test_a_person_mid_event_in_another_process_makes_this_one_wait(ctx, translator):
    """Two `serve` processes never handle one person at once: the event's SELECT locks the person's row."""
    p = Person(Conversations(ctx, translator), translator)
    await p.say(QUESTION)
    await p.accept_notice()
    other_process = Conversations(ctx, translator)  # its own in-process locks: only the database is shared
    key = state_key(p.channel, p.user_id)
    async with ctx.db.transaction() as session:  # the first process, in the middle of this person's next event
        await conversation_states.open_event(
            session=session,
            update=None,
            key=key,
            channel=p.channel,
            platform_user_id=p.user_id,
            chat_id=p.user_id,
            language="tr",
            language_source="platform",
        )
        waiting = asyncio.create_task(other_process.handle(p.inbound(InboundKind.TEXT, text="ek 1")))
        await until_a_backend_waits_for_a_lock(ctx)
        assert not waiting.done()
    reply = await asyncio.wait_for(waiting, 10)
    assert reply.messages[0].text.key == "ask-added"
    assert await messages_of_only_request(ctx) == [QUESTION, "ek 1"]


@pytest.mark.parametrize("database_url", [pytest.param("postgresql", marks=pytest.mark.postgres)], indirect=True)
async def test_a_staff_reply_to_a_person_mid_event_is_not_held_up(ctx, translator):
    """The person's lock leaves foreign-key checks alone: a reply queueing their notification goes through."""
    p = Person(Conversations(ctx, translator), translator)
    await p.say(QUESTION)
    await p.accept_notice()
    async with ctx.db.transaction() as session:
        agent = await factories.agent(session)
        [request] = (await session.execute(select(Request))).scalars()

    async def staff_reply() -> None:
        async with ctx.db.transaction() as session:
            thread = await session.get(Request, request.id)
            await requests.reply(session=session, request=thread, staff_id=agent.id, text="Yarın 10'da açık.")

    async with ctx.db.transaction() as session:  # a process in the middle of this person's next event
        await conversation_states.open_event(
            session=session,
            update=None,
            key=state_key(p.channel, p.user_id),
            channel=p.channel,
            platform_user_id=p.user_id,
            chat_id=p.user_id,
            language="tr",
            language_source="platform",
        )
        await asyncio.wait_for(staff_reply(), 10)
    assert await messages_of_only_request(ctx) == [QUESTION, "Yarın 10'da açık."]


async def until_a_backend_waits_for_a_lock(ctx, within: float = 10.0) -> None:
    """Polls PostgreSQL until one of this database's backends is blocked on a lock."""
    blocked = text(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
    )
    deadline = asyncio.get_running_loop().time() + within
    while asyncio.get_running_loop().time() < deadline:
        async with ctx.db.transaction() as session:
            if await session.scalar(blocked):
                return
        await asyncio.sleep(0.01)
    raise AssertionError(f"no backend waited for a lock within {within} s")


async def test_keyed_locks_serialise_one_key_and_free_the_others():
    locks, order = KeyedLocks(), []

    async def hold(key, label, inner=None):
        async with locks.hold(key):
            order.append(f"{label} in")
            if inner:
                await inner
            await asyncio.sleep(0)
            order.append(f"{label} out")

    await asyncio.gather(hold("a", "a1", hold("b", "b1")), hold("a", "a2"))
    assert order.index("a1 out") < order.index("a2 in") and "b1 in" in order
    assert locks._locks == {}


async def test_the_state_survives_a_restart(ctx, translator, person):
    p = person("tr")
    await p.command("apply")
    await p.press("prog:hot_meals")
    restarted = Person(Conversations(ctx, translator), translator, user_id=p.user_id)
    await restarted.press("apply:start")
    assert restarted.keys == ["privacy-notice", "consent-ask"]


async def test_an_old_unfinished_application_expires_and_is_forgotten(ctx, translator, person):
    p = person("tr")
    await p.command("apply")
    await p.press("prog:hot_meals")
    later = Conversations(ctx, translator, clock=lambda: utcnow() + timedelta(hours=25))
    q = Person(later, translator, user_id=p.user_id)
    await q.press("apply:start")
    assert q.keys == ["flow-expired", "common-button-expired"]
    assert (await state_of(ctx, p)) == {}


async def test_an_unknown_state_is_dropped_not_crashed_on(ctx, person):
    p = person("tr")
    async with ctx.db.transaction() as session:
        await conversation_states.put_state(
            session=session,
            key=state_key(p.channel, p.user_id),
            state={"flow": "teleport", "step": "x", "data": [], "memo": 3},
        )
    await p.command("help")
    assert p.keys == ["help"]
    assert await state_of(ctx, p) == {}


class FailingFlood:
    def __init__(self, error: Exception) -> None:
        self.error = error

    async def check(self, key):
        raise self.error


async def test_a_storage_failure_is_raised_for_the_adapter_to_retry(ctx, translator, tmp_path):
    unreachable = dataclasses.replace(ctx, db=Database(f"sqlite+aiosqlite:///{tmp_path}/no-such-dir/hemsehri.db"))
    p = Person(Conversations(unreachable, translator), translator)
    with pytest.raises(sa_exc.OperationalError):
        await p.say(QUESTION)
    await unreachable.db.dispose()
    guard_down = Conversations(ctx, translator, flood=FailingFlood(ConnectionError("flood guard unavailable")))
    with pytest.raises(ConnectionError):
        await Person(guard_down, translator).say(QUESTION)
    broken = Conversations(ctx, translator, flood=FailingFlood(KeyError("bug")))
    q = Person(broken, translator)
    await q.say(QUESTION)
    assert q.keys == ["error-unexpected"]
