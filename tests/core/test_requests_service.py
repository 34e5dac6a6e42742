"""The request service on SQLite and PostgreSQL."""

import asyncio
import itertools
from datetime import timedelta

import pytest
from sqlalchemy import func, select, text

from core.contacts import service as contacts
from core.contacts.models import Contact
from core.db import utcnow
from core.errors import Forbidden, InvalidIdentityNumber, InvalidInput, InvalidPhone, InvalidTransition, NotFound
from core.inbox import service as inbox
from core.outbox.models import OutboxItem
from core.requests import service as requests
from core.requests.models import Message, Request, StatusEvent
from core.requests.statuses import Actor, Status
from tests import factories


async def count(session, model):
    return await session.scalar(select(func.count()).select_from(model))


async def test_get_or_create_contact_is_idempotent_under_concurrency(db):
    async def once():
        async with db.transaction() as session:
            person = await contacts.get_or_create(
                session=session,
                channel="telegram",
                platform_user_id="5000000001",
                chat_id="5000000001",
                language="ar",
            )
            return person.id

    ids = await asyncio.gather(*(once() for _ in range(8)))
    assert len(set(ids)) == 1


async def test_create_application_stores_validated_values(ctx):
    async with ctx.db.transaction() as session:
        request = await factories.request(session, ctx.catalogue, ctx.vault, district="KARSIYAKA")
        reference = request.reference
    async with ctx.db.transaction() as session:
        stored = await requests.get_by_reference(session=session, reference=reference)
        assert stored.status == Status.RECEIVED
        assert stored.desk == "social_aid" and stored.district == "Karşıyaka" and stored.phone == "+905321234567"
        assert stored.national_id_masked == "10*******46"
        assert ctx.vault.decrypt(stored.national_id_encrypted) == factories.VALID_TC
        assert factories.VALID_TC.encode() not in stored.national_id_encrypted
        assert (stored.sla_due_at - stored.created_at).total_seconds() == 240 * 3600
        messages, events = await requests.thread(session=session, request_id=stored.id)
        assert [m.text for m in messages] == ["Kışın kömür lazım."]
        assert [(e.from_status, e.to_status) for e in events] == [(None, "received")]


async def test_identity_number_is_encrypted_at_rest(ctx):
    async with ctx.db.transaction() as session:
        request = await factories.request(session, ctx.catalogue, ctx.vault)
        request_id = request.id
    async with ctx.db.transaction() as session:
        raw = (await session.execute(text("SELECT * FROM requests WHERE id = :i"), {"i": request_id})).one()
    assert factories.VALID_TC not in repr(raw)


@pytest.mark.parametrize(
    ("overrides", "error", "key"),
    [
        ({"national_id": "10000000147"}, InvalidIdentityNumber, "error-identity-checksum"),
        ({"phone": "12"}, InvalidPhone, "error-phone-invalid"),
        ({"district": "Ankara"}, InvalidInput, "error-district-unknown"),
        ({"neighbourhood": "  "}, InvalidInput, "error-field-missing"),
        ({"household_size": None}, InvalidInput, "error-field-missing"),
        ({"programme": "space_travel"}, NotFound, "error-programme-unknown"),
    ],
)
async def test_invalid_applications_are_refused_and_nothing_is_stored(ctx, overrides, error, key):
    with pytest.raises(error) as caught:
        async with ctx.db.transaction() as session:
            await factories.request(session, ctx.catalogue, ctx.vault, **overrides)
    assert caught.value.key == key
    async with ctx.db.transaction() as session:
        assert await count(session, Request) == 0
        assert await count(session, Message) == 0


async def test_an_application_needs_consent_first(ctx):
    with pytest.raises(Forbidden) as caught:
        async with ctx.db.transaction() as session:
            person = await factories.contact(session, consent=False)
            await requests.create(
                session=session,
                contact=person,
                request_in=factories.application(),
                catalogue=ctx.catalogue,
                vault=ctx.vault,
            )
    assert caught.value.key == "error-consent-missing"


async def test_a_question_needs_only_its_words(ctx):
    async with ctx.db.transaction() as session:
        person = await factories.contact(session, language="fa", consent=False)
        request = await requests.create(
            session=session,
            contact=person,
            catalogue=ctx.catalogue,
            vault=ctx.vault,
            request_in=factories.RequestIn(
                programme="refugee_desk_question", language="fa", description="اقامت من تمام شده، چه کار کنم؟"
            ),
        )
    assert request.desk == "refugee_desk" and request.kind == "question" and request.language == "fa"


async def test_a_reference_already_taken_is_drawn_again(ctx, monkeypatch):
    async with ctx.db.transaction() as session:
        first = await factories.request(session, ctx.catalogue, ctx.vault)
        taken = first.reference
    draws = iter([taken, taken, "123456785"])
    monkeypatch.setattr(requests, "new_reference", lambda: next(draws))
    async with ctx.db.transaction() as session:
        second = await factories.request(session, ctx.catalogue, ctx.vault)
    assert second.reference == "123456785" and second.id != first.id
    async with ctx.db.transaction() as session:
        assert (await requests.get_by_reference(session=session, reference=taken)).id == first.id
        assert await count(session, Request) == 2


async def test_requests_made_at_once_that_draw_the_same_reference_each_end_with_their_own(ctx, monkeypatch):
    """Eight transactions draw the same reference first: one keeps it, the others (waiting on PostgreSQL for the
    first to commit) draw again; none fails and none is stored twice."""
    draws = itertools.chain(["123456785"] * 8, (f"{n:09d}" for n in itertools.count(200000000)))
    monkeypatch.setattr(requests, "new_reference", lambda: next(draws))

    async def one() -> str:
        async with ctx.db.transaction() as session:
            return (await factories.request(session, ctx.catalogue, ctx.vault)).reference

    references = await asyncio.gather(*(one() for _ in range(8)))
    assert len(set(references)) == 8 and "123456785" in references
    async with ctx.db.transaction() as session:
        assert await count(session, Request) == 8


async def test_a_new_request_is_whole_in_its_session_and_later_changes_are_written(ctx):
    """The request is stored on the driver, not by the ORM's flush: its object still reads every column without a
    query, and what the same transaction changes on it afterwards reaches the database."""
    async with ctx.db.transaction() as session:
        request = await factories.request(session, ctx.catalogue, ctx.vault)
        assert request in session and request.assignee_id is None and request.safeguarding_categories == []
        assert request.answers["full_name"] and request.phone == "+905321234567"
        await requests.change_status(session=session, request=request, to=Status.IN_REVIEW, actor=Actor.SYSTEM)
        reference = request.reference
    async with ctx.db.transaction() as session:
        stored = await requests.get_by_reference(session=session, reference=reference)
        assert stored.status == Status.IN_REVIEW and stored.phone == "+905321234567"
        _, events = await requests.thread(session=session, request_id=stored.id)
        assert [(e.from_status, e.to_status) for e in events] == [(None, "received"), ("received", "in_review")]


async def test_a_request_for_a_person_added_in_the_same_transaction_refers_to_them(ctx):
    async with ctx.db.transaction() as session:
        person = Contact(channel="telegram", platform_user_id="8000001", chat_id="8000001", language="ar")
        person.language_source = "platform"
        session.add(person)  # not flushed: the request is stored on the driver, outside the session's flush
        request = await factories.request(
            session, ctx.catalogue, ctx.vault, programme="refugee_desk_question", owner=person
        )
        assert request.contact_id == person.id is not None


async def test_status_change_records_event_and_outbox_row_together(ctx):
    async with ctx.db.transaction() as session:
        request = await factories.request(session, ctx.catalogue, ctx.vault)
        agent = await factories.agent(session)
        await requests.change_status(
            session=session, request=request, to=Status.IN_REVIEW, actor=Actor.STAFF, staff_id=agent.id
        )
        await requests.change_status(
            session=session,
            request=request,
            to=Status.NEEDS_INFO,
            actor=Actor.STAFF,
            staff_id=agent.id,
            public_note="Kira sözleşmenizi gönderin.",
            internal_note="Adres teyidi gerekli",
        )
    async with ctx.db.transaction() as session:
        events = (await session.execute(select(StatusEvent).order_by(StatusEvent.id))).scalars().all()
        assert [e.to_status for e in events] == ["received", "in_review", "needs_info"]
        assert events[-1].internal_note == "Adres teyidi gerekli" and events[-1].actor_staff_id == agent.id
        rows = (await session.execute(select(OutboxItem).order_by(OutboxItem.id))).scalars().all()
        assert [r.payload["status"] for r in rows] == ["in_review", "needs_info"]
        assert rows[-1].payload["public_note"] == "Kira sözleşmenizi gönderin."
        assert "internal_note" not in rows[-1].payload and rows[-1].state == "pending"


async def test_forbidden_transition_leaves_the_database_as_it_was(ctx):
    async with ctx.db.transaction() as session:
        request = await factories.request(session, ctx.catalogue, ctx.vault)
        reference = request.reference
    with pytest.raises(InvalidTransition):
        async with ctx.db.transaction() as session:
            request = await requests.get_by_reference(session=session, reference=reference)
            await requests.change_status(session=session, request=request, to=Status.DELIVERED, actor=Actor.STAFF)
    async with ctx.db.transaction() as session:
        request = await requests.get_by_reference(session=session, reference=reference)
        assert request.status == "received"
        assert await count(session, StatusEvent) == 1
        assert await count(session, OutboxItem) == 0


async def test_citizen_answer_to_needs_info_goes_back_to_review(ctx):
    async with ctx.db.transaction() as session:
        request = await factories.request(session, ctx.catalogue, ctx.vault)
        await requests.change_status(session=session, request=request, to=Status.NEEDS_INFO, actor=Actor.STAFF)
        assert (await requests.threads_of(session=session, contact_id=request.contact_id)).focus is request
        await requests.add_citizen_message(
            session=session,
            request=request,
            text="Gönderdim",
            language="tr",
            attachments=[{"kind": "photo", "file_id": "AgAD"}],
        )
        assert request.status == Status.IN_REVIEW
        # Staff asked this week: the person's next words still go there.
        assert (await requests.threads_of(session=session, contact_id=request.contact_id)).focus is request
        outbox_rows = await count(session, OutboxItem)
    assert outbox_rows == 1  # the staff's needs_info only: the citizen is answered in the conversation


async def test_threads_are_the_open_requests_as_the_session_holds_them_and_the_focus_the_latest_asked(ctx):
    async with ctx.db.transaction() as session:
        owner = await factories.contact(session)
        first, second, third = [await factories.request(session, ctx.catalogue, ctx.vault, owner=owner) for _ in "abc"]
        threads = await requests.threads_of(session=session, contact_id=owner.id)
        assert threads.focus is None and {id(r) for r in threads.open} == {id(first), id(second), id(third)}
        # Changes not yet written are read as the session has them: one asked for information, one withdrawn.
        await requests.change_status(session=session, request=second, to=Status.NEEDS_INFO, actor=Actor.STAFF)
        await requests.change_status(session=session, request=third, to=Status.CANCELLED, actor=Actor.CITIZEN)
        threads = await requests.threads_of(session=session, contact_id=owner.id)
        assert threads.focus is second and {r.reference for r in threads.open} == {first.reference, second.reference}
        # Asked more than a week ago: no longer where the person's words go.
        later = utcnow() + requests.FOCUS_WINDOW + timedelta(minutes=1)
        assert (await requests.threads_of(session=session, contact_id=owner.id, now=later)).focus is None


async def test_a_reference_that_is_not_yours_reveals_nothing(ctx):
    async with ctx.db.transaction() as session:
        mine = await factories.request(session, ctx.catalogue, ctx.vault)
        stranger = await factories.contact(session)
        with pytest.raises(NotFound) as theirs:
            await requests.find_for_owner(session=session, reference=mine.reference, contact_id=stranger.id)
        with pytest.raises(NotFound) as unknown:
            await requests.find_for_owner(session=session, reference="000000000", contact_id=stranger.id)
        assert theirs.value.key == unknown.value.key and theirs.value.params == unknown.value.params
        found = await requests.find_for_owner(session=session, reference=mine.reference, contact_id=mine.contact_id)
        assert found.id == mine.id


async def test_list_for_contact_is_newest_first(ctx):
    async with ctx.db.transaction() as session:
        person = await factories.contact(session)
        first = await factories.request(session, ctx.catalogue, ctx.vault, owner=person)
        second = await factories.request(session, ctx.catalogue, ctx.vault, owner=person, programme="food_package")
        await factories.request(session, ctx.catalogue, ctx.vault)
        listed = await requests.list_for_contact(session=session, contact_id=person.id)
    assert [r.id for r in listed] == [second.id, first.id]


async def test_staff_reply_is_queued_for_delivery_and_notes_are_not(ctx):
    async with ctx.db.transaction() as session:
        request = await factories.request(session, ctx.catalogue, ctx.vault)
        agent = await factories.agent(session)
        message = await requests.reply(session=session, request=request, staff_id=agent.id, text="Merhaba")
        requests.add_internal_note(session=session, request=request, staff_id=agent.id, text="ev ziyareti")
        with pytest.raises(InvalidInput):
            await requests.reply(session=session, request=request, staff_id=agent.id, text="  ")
    async with ctx.db.transaction() as session:
        rows = (await session.execute(select(OutboxItem))).scalars().all()
        assert [(r.kind, r.message_id, r.payload["text"]) for r in rows] == [("staff_reply", message.id, "Merhaba")]


async def test_replayed_update_is_recognised(db):
    async with db.transaction() as session:
        assert await inbox.record_update(session=session, source="telegram:1", update_id="77") is True
    async with db.transaction() as session:
        assert await inbox.record_update(session=session, source="telegram:1", update_id="77") is False
        assert await inbox.record_update(session=session, source="telegram:2", update_id="77") is True
