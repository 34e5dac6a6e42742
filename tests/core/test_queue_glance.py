"""The queue at a glance: unread marks, who has a request open, previews in one query, tags, saved filters, macros."""

from datetime import timedelta

import pytest
from sqlalchemy import event, select

from core.audit.models import Action, AuditEntry
from core.canned import service as canned
from core.db import utcnow
from core.errors import InvalidInput, InvalidTransition, NotFound
from core.outbox.models import OutboxItem
from core.queue import glance, saved
from core.queue import service as queue
from core.requests import actions
from core.requests import service as requests
from core.requests.models import Message, StatusEvent
from core.requests.statuses import Actor, Status
from core.tags import service as tags
from tests import factories

HOUR = timedelta(hours=1)


async def test_a_request_is_unread_for_each_agent_until_they_open_it_after_the_citizen_wrote(ctx):
    async with ctx.db.transaction() as session:
        ayse = await factories.agent(session, username="ayse")
        mehmet = await factories.agent(session, username="mehmet")
        request = await factories.request(session, ctx.catalogue, ctx.vault)
        ids = [request.id]
        assert await glance.unread(session=session, staff_id=ayse.id, request_ids=ids) == {request.id}

        await glance.opened(session=session, staff_id=ayse.id, request_id=request.id, now=utcnow() + HOUR)
        assert await glance.unread(session=session, staff_id=ayse.id, request_ids=ids) == set()
        assert await glance.unread(session=session, staff_id=mehmet.id, request_ids=ids) == {request.id}

        message = await requests.add_citizen_message(session=session, request=request, text="Ek bilgi", language="tr")
        message.created_at = utcnow() + 2 * HOUR  # the citizen writes after Ayşe looked
        await session.flush()
        assert await glance.unread(session=session, staff_id=ayse.id, request_ids=ids) == {request.id}

        # the page's heartbeat keeps it open, but reading is opening the page
        await glance.still_open(session=session, staff_id=ayse.id, request_id=request.id, now=utcnow() + 3 * HOUR)
        assert await glance.unread(session=session, staff_id=ayse.id, request_ids=ids) == {request.id}
        await glance.opened(session=session, staff_id=ayse.id, request_id=request.id, now=utcnow() + 3 * HOUR)
        assert await glance.unread(session=session, staff_id=ayse.id, request_ids=ids) == set()
        # staff's own replies and notes never make a request unread
        await requests.reply(session=session, request=request, staff_id=mehmet.id, text="Tamam")
        assert await glance.unread(session=session, staff_id=ayse.id, request_ids=ids) == set()


async def test_who_has_a_request_open_is_who_was_heard_from_in_the_last_minute(ctx):
    async with ctx.db.transaction() as session:
        ayse = await factories.agent(session, username="ayse")
        mehmet = await factories.agent(session, username="mehmet")
        request = await factories.request(session, ctx.catalogue, ctx.vault)
        other = await factories.request(session, ctx.catalogue, ctx.vault)
        now = utcnow()
        await glance.opened(session=session, staff_id=ayse.id, request_id=request.id, now=now - 2 * glance.PRESENCE)
        await glance.opened(session=session, staff_id=mehmet.id, request_id=request.id, now=now)
        found = await glance.viewers(session=session, request_ids=[request.id, other.id], now=now)
        assert {k: [u.username for u in v] for k, v in found.items()} == {request.id: ["mehmet"]}

        await glance.still_open(session=session, staff_id=ayse.id, request_id=request.id, now=now)
        found = await glance.viewers(session=session, request_ids=[request.id], now=now)
        assert sorted(u.username for u in found[request.id]) == ["ayse", "mehmet"]

        # the live queue sees it: its fingerprint changes when someone opens or leaves a request
        before = await queue.fingerprint(session=session, desks=["social_aid"], now=now)
        later = await queue.fingerprint(session=session, desks=["social_aid"], now=now + 2 * glance.PRESENCE)
        assert before != later


async def test_the_latest_citizen_words_of_a_whole_page_come_in_one_query(ctx):
    async with ctx.db.transaction() as session:
        staff = await factories.agent(session)
        rows = [await factories.request(session, ctx.catalogue, ctx.vault, language="ar") for _ in range(5)]
        for i, row in enumerate(rows):
            await requests.add_citizen_message(session=session, request=row, text=f"رسالة {i}", language="ar")
            await requests.reply(session=session, request=row, staff_id=staff.id, text="Yanıt")  # not the citizen's
        await session.flush()

        statements: list[str] = []
        engine = session.get_bind()

        def count(*args: object) -> None:
            statements.append(str(args[2]))

        event.listen(engine, "before_cursor_execute", count)
        try:
            latest = await glance.latest_citizen_messages(session=session, request_ids=[r.id for r in rows])
        finally:
            event.remove(engine, "before_cursor_execute", count)
        assert len(statements) == 1
        assert {r.id: latest[r.id].text for r in rows} == {r.id: f"رسالة {i}" for i, r in enumerate(rows)}
        assert {m.direction for m in latest.values()} == {"in"}


async def test_tags_belong_to_a_desk_are_made_on_first_use_and_filter_the_queue(ctx):
    async with ctx.db.transaction() as session:
        agent = await factories.agent(session)
        tagged = await factories.request(session, ctx.catalogue, ctx.vault)
        plain = await factories.request(session, ctx.catalogue, ctx.vault)
        await actions.tag(
            session=session, staff=agent, reference=tagged.reference, name="  evde\u202e ziyaret ", via="console"
        )
        await actions.tag(session=session, staff=agent, reference=tagged.reference, name="evde ziyaret", via="console")
        assert await tags.tags_of(session=session, request_ids=[tagged.id, plain.id]) == {tagged.id: ["evde ziyaret"]}
        assert await tags.desk_tags(session=session, desks=["social_aid"]) == ["evde ziyaret"]
        assert await tags.desk_tags(session=session, desks=["refugee_desk"]) == []
        listed = await queue.list_queue(session=session, desks=["social_aid"], tag="evde ziyaret")
        assert [r.id for r in listed] == [tagged.id]
        with pytest.raises(InvalidInput) as refused:
            await actions.tag(session=session, staff=agent, reference=plain.reference, name="x" * 33, via="console")
        assert refused.value.key == "error-tag-invalid"

        await actions.untag(
            session=session, staff=agent, reference=tagged.reference, name="evde ziyaret", via="console"
        )
        assert await tags.tags_of(session=session, request_ids=[tagged.id]) == {}
        logged = (await session.execute(select(AuditEntry.action, AuditEntry.details).order_by(AuditEntry.seq))).all()
        changes = [(a, d["tag"]) for a, d in logged if a in (Action.TAG_ADD, Action.TAG_REMOVE)]
        assert changes == [(Action.TAG_ADD, "evde ziyaret"), (Action.TAG_REMOVE, "evde ziyaret")]  # once each


async def test_saved_filters_are_each_agent_s_own_named_and_replaced_by_name(ctx):
    async with ctx.db.transaction() as session:
        ayse = await factories.agent(session, username="ayse")
        mehmet = await factories.agent(session, username="mehmet")
        first = await saved.save(session=session, staff_id=ayse.id, name=" Arapça  bekleyen ", query="lang=ar")
        await saved.save(session=session, staff_id=ayse.id, name="Arapça bekleyen", query="lang=ar&holder=nobody")
        assert [(f.name, f.query) for f in await saved.list_saved(session=session, staff_id=ayse.id)] == [
            ("Arapça bekleyen", "lang=ar&holder=nobody")
        ]
        assert await saved.list_saved(session=session, staff_id=mehmet.id) == []
        with pytest.raises(NotFound):
            await saved.delete(session=session, staff_id=mehmet.id, filter_id=first.id)
        with pytest.raises(InvalidInput):
            await saved.save(session=session, staff_id=ayse.id, name="  ", query="")
        for i in range(saved.MAX_SAVED - 1):
            await saved.save(session=session, staff_id=ayse.id, name=f"f{i}", query="")
        with pytest.raises(InvalidInput) as full:
            await saved.save(session=session, staff_id=ayse.id, name="one more", query="")
        assert full.value.key == "error-saved-filters-full"
        await saved.delete(session=session, staff_id=ayse.id, filter_id=first.id)
        assert len(await saved.list_saved(session=session, staff_id=ayse.id)) == saved.MAX_SAVED - 1


async def test_a_macro_sends_the_reply_in_the_citizen_s_language_sets_the_status_and_tags_in_one_go(ctx):
    async with ctx.db.transaction() as session:
        agent = await factories.agent(session, desks=["refugee_desk"], languages=["tr", "ar"])
        citizen = await factories.contact(session, language="ar")
        request = await factories.request(
            session, ctx.catalogue, ctx.vault, programme="refugee_desk_question", language="ar", owner=citizen
        )
        request.assignee_id = agent.id
        macro = await canned.create(
            session=session,
            desk="refugee_desk",
            title="Belge iste",
            texts={"tr": "Lütfen kimlik belgenizi gönderin.", "ar": "يرجى إرسال وثيقة هويتك."},
            default_locale="tr",
            status="needs_info",
            tags=["belge bekleniyor", " belge bekleniyor"],
        )
        assert macro.tags == ["belge bekleniyor"]
        await requests.change_status(
            session=session, request=request, to=Status.IN_REVIEW, actor=Actor.STAFF, staff_id=agent.id
        )
        _, message = await actions.reply_canned(
            session=session,
            staff=agent,
            reference=request.reference,
            canned_id=macro.id,
            default_locale="tr",
            via="console",
            interpreter_after=HOUR,
        )
        assert message.text == "يرجى إرسال وثيقة هويتك."
        assert request.status == "needs_info"
        assert await tags.tags_of(session=session, request_ids=[request.id]) == {request.id: ["belge bekleniyor"]}
        kinds = (await session.execute(select(OutboxItem.kind).where(OutboxItem.request_id == request.id))).scalars()
        assert "staff_reply" in list(kinds)

        # sent again from "needs info", the macro's status is not allowed: nothing is sent, nothing changes
        replies = await session.scalar(
            select(Message.id).where(Message.request_id == request.id).order_by(Message.id.desc())
        )
        events = len((await session.execute(select(StatusEvent).where(StatusEvent.request_id == request.id))).all())
        with pytest.raises(InvalidTransition):
            await actions.reply_canned(
                session=session,
                staff=agent,
                reference=request.reference,
                canned_id=macro.id,
                default_locale="tr",
                via="console",
                interpreter_after=HOUR,
            )
        assert (
            await session.scalar(select(Message.id).where(Message.request_id == request.id).order_by(Message.id.desc()))
            == replies
        )
        assert (
            len((await session.execute(select(StatusEvent).where(StatusEvent.request_id == request.id))).all())
            == events
        )


async def test_a_macro_may_set_only_a_status_staff_can_move_a_request_to(ctx):
    async with ctx.db.transaction() as session:
        with pytest.raises(InvalidInput):
            await canned.create(
                session=session, desk="social_aid", title="x", texts={"tr": "x"}, default_locale="tr", status="received"
            )
        with pytest.raises(InvalidInput):
            await canned.create(
                session=session,
                desk="social_aid",
                title="x",
                texts={"tr": "x"},
                default_locale="tr",
                tags=[f"t{i}" for i in range(canned.MAX_MACRO_TAGS + 1)],
            )
