"""Erasure and retention on SQLite and PostgreSQL: nothing that identifies a forgotten person is left."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from core.audit.models import AuditEntry
from core.contacts.models import Contact
from core.conversations import service as states
from core.db import Keyed, Sealed, SealedId, SealedJSON, utcnow
from core.errors import NotFound
from core.outbox.models import OutboxItem
from core.privacy import service as privacy
from core.requests import service as requests
from core.requests.models import Message, Request, StatusEvent
from core.requests.statuses import Actor, Status
from core.schema import metadata
from tests import factories


async def test_erasing_a_contact_leaves_nothing_that_identifies_them(ctx, tmp_path):
    async with ctx.db.transaction() as session:
        person = await factories.contact(session)
        person.display_name, person.phone = "Ayşe Yılmaz", "+905321234567"
        open_one = await factories.request(session, ctx.catalogue, ctx.vault, owner=person)
        done = await factories.request(session, ctx.catalogue, ctx.vault, owner=person, programme="food_package")
        staff = await factories.agent(session)
        await requests.change_status(
            session=session, request=done, to=Status.IN_REVIEW, actor=Actor.STAFF, staff_id=staff.id
        )
        await requests.change_status(
            session=session,
            request=done,
            to=Status.APPROVED,
            actor=Actor.STAFF,
            staff_id=staff.id,
            public_note="Ayşe Hanım, onaylandı.",
            internal_note="Komşusu da başvurdu.",
        )
        await requests.add_citizen_message(
            session=session,
            request=open_one,
            text="Eşim hasta, kira ödeyemiyoruz",
            language="tr",
            attachments=[{"kind": "photo", "file_id": "upload1.jpg"}],
        )
        await states.put_state(session=session, key=f"telegram:{person.platform_user_id}", state={"flow": "apply"})
        other = await factories.request(session, ctx.catalogue, ctx.vault)  # someone else
    (tmp_path / "upload1.jpg").write_bytes(b"\xff\xd8\xff")

    async with ctx.db.transaction() as session:
        files = await privacy.erase_contact(
            session=session, contact_id=person.id, reason="asked at the desk", staff_id=staff.id
        )
    assert privacy.remove_local_files(tmp_path, files) == 1 and not (tmp_path / "upload1.jpg").exists()

    async with ctx.db.transaction() as session:
        erased = await session.get(Contact, person.id)
        assert erased.erased_at is not None and erased.display_name is None and erased.phone is None
        assert erased.chat_id == privacy.ERASED_CHAT and str(person.id) in erased.platform_user_id
        mine = (await session.execute(select(Request).where(Request.contact_id == person.id))).scalars().all()
        for request in mine:
            assert request.phone is None and request.national_id_encrypted is None
            assert request.national_id_masked is None and request.neighbourhood is None and request.answers == {}
            assert request.district == "Karşıyaka" and request.programme in ("winter_fuel", "food_package")
        assert {r.status for r in mine} == {"cancelled"}
        texts = (
            await session.execute(select(Message.text, Message.attachments).where(Message.contact_id == person.id))
        ).all()
        assert texts and all(text is None and attachments == [] for text, attachments in texts)
        notes = (
            await session.execute(
                select(StatusEvent.public_note, StatusEvent.internal_note).where(
                    StatusEvent.request_id.in_([r.id for r in mine])
                )
            )
        ).all()
        assert all(public is None and internal is None for public, internal in notes)
        outbox = (await session.execute(select(OutboxItem).where(OutboxItem.contact_id == person.id))).scalars().all()
        assert outbox and all(item.payload == {} and item.state != "pending" for item in outbox)
        assert await states.get_state(session=session, key=f"telegram:{person.platform_user_id}") == {}
        [entry] = (await session.execute(select(AuditEntry).where(AuditEntry.action == "erase_contact"))).scalars()
        assert entry.staff_id == staff.id and entry.details["reason"] == "asked at the desk"
        untouched = await session.get(Request, other.id)
        assert untouched.phone == "+905321234567" and untouched.status == "received"

    async with ctx.db.transaction() as session:  # a second erasure changes nothing
        assert await privacy.erase_contact(session=session, contact_id=person.id, reason="again") == []
        with pytest.raises(NotFound):
            await privacy.erase_contact(session=session, contact_id=10**12, reason="nobody")


async def test_retention_destroys_only_people_silent_and_finished_for_longer_than_the_period(ctx):
    long_ago = utcnow() - timedelta(days=800)
    async with ctx.db.transaction() as session:
        staff = await factories.agent(session)
        finished, recent, still_open = [await factories.contact(session) for _ in range(3)]
        for person in (finished, recent, still_open):
            request = await factories.request(session, ctx.catalogue, ctx.vault, owner=person)
            person.created_at = person.last_inbound_at = long_ago
            if person is not still_open:
                await requests.change_status(
                    session=session, request=request, to=Status.CLOSED, actor=Actor.STAFF, staff_id=staff.id
                )
                request.closed_at = long_ago if person is finished else utcnow() - timedelta(days=10)

    async with ctx.db.transaction() as session:
        due = await privacy.due_for_destruction(session=session, retention=timedelta(days=730))
    assert due == [finished.id]


def test_every_table_is_a_place_of_personal_data_or_says_it_is_not():
    """A new table fails here until it joins the registry (core/privacy) or says it holds nothing personal."""
    places = {place.table.__tablename__ for place in privacy.PLACES}
    aged = {table.__tablename__ for table, _, _ in privacy.AGED}
    assert {table.name for table in metadata.sorted_tables} == places | aged | privacy.NOT_PERSONAL
    for table in metadata.sorted_tables:
        about_a_person = {fk.column.table.name for fk in table.foreign_keys} & {"contacts", "requests", "messages"}
        sealed = [c.name for c in table.columns if isinstance(c.type, Sealed | SealedJSON | SealedId | Keyed)]
        assert not about_a_person or table.name in places, f"{table.name} refers to a person: erase it with them"
        # A webhook target's signing secret is sealed as a secret of the city's, not as anyone's personal data.
        secrets = {"webhook_targets"}
        assert not sealed or table.name in places | aged | secrets, f"{table.name} holds personal data ({sealed})"


async def test_each_programme_keeps_its_requests_for_its_own_period(ctx):
    # A question (kept 365 days by the catalogue) and an application (the default, 730) of one person, both
    # closed 400 days ago: the question's personal data goes, the application and the person stay.
    long_ago = utcnow() - timedelta(days=400)
    async with ctx.db.transaction() as session:
        person = await factories.contact(session)
        application = await factories.request(session, ctx.catalogue, ctx.vault, owner=person)
        question = await requests.create(
            session=session,
            contact=person,
            catalogue=ctx.catalogue,
            vault=ctx.vault,
            request_in=factories.RequestIn(programme="general_question", language="tr", description="Aşevi nerede?"),
        )
        for request in (application, question):
            request.status, request.closed_at = Status.CLOSED, long_ago
        person.created_at = person.last_inbound_at = long_ago

    done = await ctx.privacy.destroy_expired(db=ctx.db, catalogue=ctx.catalogue, retention=timedelta(days=730))
    assert (done.requests, done.people) == (1, 0)
    async with ctx.db.transaction() as session:
        gone, kept = await session.get(Request, question.id), await session.get(Request, application.id)
        texts = dict((await session.execute(select(Message.request_id, Message.text))).all())
        assert gone.erased_at is not None and texts[question.id] is None
        assert (
            kept.erased_at is None and kept.phone == "+905321234567" and texts[application.id] == "Kışın kömür lazım."
        )
        assert (await session.get(Contact, person.id)).erased_at is None
        entry = (await session.execute(select(AuditEntry).where(AuditEntry.action == "retention"))).scalar_one()
        assert entry.details == {"requests": 1}

    later = utcnow() + timedelta(days=340)  # the application too is past its 730 days: the person goes
    done = await ctx.privacy.destroy_expired(
        db=ctx.db, catalogue=ctx.catalogue, retention=timedelta(days=730), now=later
    )
    assert (done.requests, done.people) == (1, 1)


async def test_a_store_outside_the_database_forgets_the_person_with_everything_else(ctx):
    forgotten: list[privacy.Person] = []

    class Mailbox:
        async def forget(self, person: privacy.Person) -> None:
            forgotten.append(person)

    ctx.privacy.register(Mailbox())
    async with ctx.db.transaction() as session:
        person = await factories.contact(session, channel="webchat")
        code = person.platform_user_id
    async with ctx.db.transaction() as session:
        await ctx.privacy.erase_person(session=session, contact_id=person.id, reason="asked at the desk")
    async with ctx.db.transaction() as session:  # erased once: the stores are not asked again
        await ctx.privacy.erase_person(session=session, contact_id=person.id, reason="again")
    assert forgotten == [privacy.Person(person.id, "webchat", code, code)]
