"""Announcements on SQLite and PostgreSQL: who a segment reaches, the texts each person gets, progress, cancelling."""

from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy import insert, select

from core.announcements import service as announcements
from core.announcements.models import Announcement
from core.announcements.schemas import Segment
from core.audit.models import AuditEntry
from core.contacts.models import Contact
from core.db import utcnow
from core.delivery.render import render
from core.delivery.schemas import Rendered
from core.delivery.worker import DeliveryWorker
from core.errors import InvalidInput, NotFound
from core.i18n import Translator
from core.outbox import service as outbox
from core.outbox.models import OutboxItem
from core.requests.models import Request
from tests import factories

CITY = Translator(["tr", "en", "ar", "fa", "fa-AF"], "tr")
TEXTS = {"tr": "Süt dağıtımı cumartesi.", "en": "Milk is handed out on Saturday.", "ar": "توزيع الحليب يوم السبت."}


async def person(
    ctx,
    *,
    language="tr",
    channel="telegram",
    programme="milk_for_children",
    district="Karşıyaka",
    status=None,
    requests=1,
):
    """A contact with `requests` requests of one programme in one district."""
    async with ctx.db.transaction() as session:
        owner = await factories.contact(session, language=language, channel=channel)
        for _ in range(requests):
            row = await factories.request(
                session,
                ctx.catalogue,
                ctx.vault,
                programme=programme,
                language=language,
                owner=owner,
                district=district,
            )
            if status:
                row.status = status
        return owner


async def supervisor(ctx):
    async with ctx.db.transaction() as session:
        return await factories.agent(session, role="supervisor")


async def rows_of(ctx, announcement_id: int) -> list[OutboxItem]:
    async with ctx.db.transaction() as session:
        result = await session.execute(
            select(OutboxItem).where(OutboxItem.announcement_id == announcement_id).order_by(OutboxItem.id)
        )
        return list(result.scalars())


async def announce(ctx, staff, segment: Segment, texts=TEXTS, allow_fallback=False) -> Announcement:
    async with ctx.db.transaction() as session:
        return await announcements.create(
            session=session, staff_id=staff.id, segment=segment, texts=texts, allow_fallback=allow_fallback
        )


async def test_the_segment_picks_people_by_their_requests_language_and_channel(ctx):
    staff = await supervisor(ctx)
    milk_karsiyaka = await person(ctx)
    milk_buca = await person(ctx, district="Buca")
    fuel_karsiyaka = await person(ctx, programme="winter_fuel")
    approved = await person(ctx, status="approved")
    arabic = await person(ctx, language="ar")
    on_whatsapp = await person(ctx, channel="whatsapp")

    async def reached(**fields) -> set[int]:
        async with ctx.db.transaction() as session:
            counted = await announcements.preview(session=session, segment=Segment(**fields))
        made = await announce(ctx, staff, Segment(**fields), texts=TEXTS | {"fa": "x"})
        ids = {row.contact_id for row in await rows_of(ctx, made.id)}
        assert counted.recipients == len(ids) == made.recipients
        return ids

    everybody = {c.id for c in (milk_karsiyaka, milk_buca, fuel_karsiyaka, approved, arabic, on_whatsapp)}
    assert await reached() == everybody
    assert await reached(programme="milk_for_children", district="Karşıyaka") == everybody - {
        milk_buca.id,
        fuel_karsiyaka.id,
    }
    assert await reached(programme="winter_fuel") == {fuel_karsiyaka.id}
    assert await reached(status="approved") == {approved.id}
    assert await reached(language="ar") == {arabic.id}
    assert await reached(channel="whatsapp") == {on_whatsapp.id}
    assert await reached(programme="milk_for_children", language="ar", district="Buca") == set()
    with pytest.raises(ValueError):
        Segment(programme="milk'; drop table", colour="red")


async def test_one_message_per_person_whatever_their_number_of_requests(ctx):
    staff = await supervisor(ctx)
    twice = await person(ctx, requests=3)
    once = await person(ctx)
    made = await announce(ctx, staff, Segment(programme="milk_for_children"))
    rows = await rows_of(ctx, made.id)
    assert sorted(r.contact_id for r in rows) == sorted([twice.id, once.id])
    assert {(r.kind, r.state, r.channel, r.request_id, r.attempts) for r in rows} == {
        ("announcement", "pending", "telegram", None, 0)
    }


async def test_blocked_erased_and_city_system_contacts_are_left_out(ctx):
    staff = await supervisor(ctx)
    reachable = await person(ctx)
    blocked = await person(ctx)
    erased = await person(ctx)
    await person(ctx, channel="open311")  # filed by another city system: no chat to write to
    async with ctx.db.transaction() as session:
        (await session.get(Contact, blocked.id)).blocked = True
        (await session.get(Contact, erased.id)).erased_at = utcnow()
        counted = await announcements.preview(session=session, segment=Segment())
    assert counted.recipients == 1
    made = await announce(ctx, staff, Segment())
    assert [r.contact_id for r in await rows_of(ctx, made.id)] == [reachable.id]


async def test_each_person_reads_their_language_and_turkish_only_where_allowed(ctx):
    staff = await supervisor(ctx)
    turkish, english, arabic = await person(ctx), await person(ctx, language="en"), await person(ctx, language="ar")
    persian, dari = await person(ctx, language="fa"), await person(ctx, language="fa-AF")
    texts = {"tr": TEXTS["tr"], "en": TEXTS["en"], "fa": "توزیع شیر روز شنبه است."}

    async with ctx.db.transaction() as session:
        counted = await announcements.preview(session=session, segment=Segment(), texts=texts)
    assert counted.recipients == 5 and counted.lacking == 1  # Arabic; Dari readers get the Persian text
    assert counted.by_language == {"tr": 1, "en": 1, "ar": 1, "fa": 1, "fa-AF": 1}
    assert (counted.sent(allow_fallback=False), counted.skipped(allow_fallback=True)) == (4, 0)

    strict = await announce(ctx, staff, Segment(), texts=texts, allow_fallback=False)
    assert (strict.recipients, strict.skipped, strict.fallbacks) == (4, 1, 0)
    by_person = {r.contact_id: r for r in await rows_of(ctx, strict.id)}
    assert arabic.id not in by_person
    assert by_person[english.id].payload == {"texts": {"en": TEXTS["en"]}, "fallback": None}
    assert by_person[dari.id].payload == {"texts": {"fa-AF": texts["fa"]}, "fallback": None}

    lenient = await announce(ctx, staff, Segment(), texts=texts, allow_fallback=True)
    assert (lenient.recipients, lenient.skipped, lenient.fallbacks) == (5, 0, 1)
    async with ctx.db.transaction() as session:
        readers = {c.id: c for c in (await session.execute(select(Contact))).scalars()}
    said = {r.contact_id: render(r, readers[r.contact_id], CITY) for r in await rows_of(ctx, lenient.id)}
    assert said[turkish.id].text == TEXTS["tr"] and said[english.id].text == TEXTS["en"]
    assert said[arabic.id].text == TEXTS["tr"]  # the fallback the supervisor allowed
    assert said[persian.id].text == said[dari.id].text == texts["fa"]
    assert all(isinstance(r, Rendered) and r.kind == "announcement" for r in said.values())

    with pytest.raises(InvalidInput) as empty:
        await announce(ctx, staff, Segment(), texts={"tr": "  ", "en": ""})
    assert empty.value.key == "error-announcement-empty"
    with pytest.raises(InvalidInput) as no_turkish:
        await announce(ctx, staff, Segment(), texts={"en": "Hello"}, allow_fallback=True)
    assert no_turkish.value.key == "error-announcement-fallback-missing"
    with pytest.raises(InvalidInput):
        await announce(ctx, staff, Segment(), texts={"tr": "x" * 4001})


class Recorder:
    """A sender that accepts everything and remembers who got what."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []

    async def send(self, *, chat_id: str, message: Rendered) -> str:
        self.sent.append((chat_id, message.text))
        return str(len(self.sent))


class NoWait:
    async def reserve(self, chat_id: str, *, group: bool = False) -> float:
        return 0.0


async def test_cancelling_midway_keeps_what_was_sent_and_stops_the_rest(ctx):
    staff = await supervisor(ctx)
    people = [await person(ctx) for _ in range(7)]
    made = await announce(ctx, staff, Segment())
    async with ctx.db.transaction() as session:
        assert await announcements.progress(session=session, announcement_id=made.id) == announcements.Progress(
            queued=7
        )
    sender = Recorder()
    worker = DeliveryWorker(
        db=ctx.db, translator=CITY, senders={"telegram": sender}, pacers={"telegram": NoWait()}, batch=3, name="test"
    )
    assert await worker.deliver_due() == 3
    async with ctx.db.transaction() as session:
        # The worker holds one row while the supervisor cancels: the platform then asks it to come back later.
        [held] = await outbox.claim_due(session=session, worker="other", limit=1)
    async with ctx.db.transaction() as session:
        stopped = await announcements.cancel(session=session, announcement_id=made.id, staff_id=staff.id)
    assert (stopped.sent, stopped.queued, stopped.cancelled) == (3, 1, 3)
    async with ctx.db.transaction() as session:
        item = await session.get(OutboxItem, held.id)
        await outbox.mark_failed(session=session, item=item, error="429", retry_in=timedelta(0))

    assert await worker.deliver_due() == 0  # the row given back is dropped, not sent
    assert len(sender.sent) == 3 and {text for _, text in sender.sent} == {TEXTS["tr"]}
    async with ctx.db.transaction() as session:
        final = await announcements.progress(session=session, announcement_id=made.id)
        row = await announcements.get(session=session, announcement_id=made.id)
        assert (final.sent, final.queued, final.failed, final.cancelled, final.total) == (3, 0, 0, 4, 7)
        assert row.state == "cancelled" and row.cancelled_by == staff.id and row.cancelled_at is not None
        assert await announcements.cancel(session=session, announcement_id=made.id, staff_id=staff.id) == final
        with pytest.raises(NotFound):
            await announcements.get(session=session, announcement_id=made.id + 1000)
        actions = [(a.action, a.target) for a in (await session.execute(select(AuditEntry))).scalars()]
    assert actions == [("announcement_create", str(made.id)), ("announcement_cancel", str(made.id))]
    assert len(people) == 7


async def test_progress_counts_queued_sent_and_failed_and_ends_done(ctx):
    staff = await supervisor(ctx)
    for _ in range(4):
        await person(ctx)
    made = await announce(ctx, staff, Segment())
    other = await announce(ctx, staff, Segment(language="en"))  # nobody: done at once
    assert (other.recipients, other.state) == (0, "done")
    async with ctx.db.transaction() as session:
        first, second, third = await outbox.claim_due(session=session, worker="w", limit=3)
        await outbox.mark_sent(session=session, sent=[(first, "1")])
        await outbox.mark_failed(
            session=session, item=await session.get(OutboxItem, second.id), error="blocked", retry_in=None
        )
        counted = await announcements.progress(session=session, announcement_id=made.id)
        assert (counted.queued, counted.sent, counted.failed, counted.percent) == (2, 1, 1, 50)
        await outbox.mark_sent(session=session, sent=[(third, "3")])
        [last] = await outbox.claim_due(session=session, worker="w", limit=3)
        await outbox.mark_sent(session=session, sent=[(last, "4")])
        both = await announcements.progress_of(session=session, announcement_ids=[made.id, other.id])
        assert both[other.id].total == 0 and both[made.id].sent == 3
        done = await announcements.progress(session=session, announcement_id=made.id)
        assert (done.queued, done.sent, done.failed, done.percent) == (0, 3, 1, 100)
        row = await announcements.get(session=session, announcement_id=made.id)
        assert row.state == "done" and row.finished_at is not None
        listed = await announcements.list_recent(session=session)
        assert [a.id for a in listed] == [other.id, made.id]


async def test_fifty_thousand_recipients_are_queued_in_one_go(ctx, monkeypatch):
    staff = await supervisor(ctx)
    total = 50_000
    now = utcnow()
    async with ctx.db.transaction() as session:
        first = (await session.execute(select(Contact.id).order_by(Contact.id.desc()).limit(1))).scalar() or 0
        await session.execute(
            insert(Contact),
            [
                {
                    "id": first + i + 1,
                    "channel": "telegram",
                    "platform_user_id": f"u{i}",
                    "chat_id": f"u{i}",
                    "language": ("tr", "ar", "uk")[i % 3],
                    "language_source": "chosen",
                    "blocked": False,
                    "created_at": now,
                }
                for i in range(total)
            ],
        )
        await session.execute(
            insert(Request),
            [
                {
                    "reference": f"{i:09d}",
                    "contact_id": first + i + 1,
                    "channel": "telegram",
                    "programme": "milk_for_children",
                    "desk": "social_aid",
                    "kind": "application",
                    "status": "received",
                    "priority": 0,
                    "language": "tr",
                    "district": "Karşıyaka",
                    "answers": {},
                    "sla_due_at": now,
                    "created_at": now,
                    "updated_at": now,
                }
                for i in range(total)
            ],
        )
    made = await announce(ctx, staff, Segment(programme="milk_for_children"), texts={"tr": "a", "ar": "b"})
    assert (made.recipients, made.skipped) == (total * 2 // 3 + 1, total // 3)
    async with ctx.db.transaction() as session:
        counted = await announcements.progress(session=session, announcement_id=made.id)
        by_language = Counter(
            next(iter(payload["texts"]))
            for payload in (
                await session.execute(
                    select(OutboxItem.payload).where(OutboxItem.announcement_id == made.id).limit(300)
                )
            ).scalars()
        )
    assert counted.queued == made.recipients and set(by_language) == {"tr", "ar"}
