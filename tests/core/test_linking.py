"""A verified number makes one person of every contact that shares it (core.contacts.verify_phone)."""

from sqlalchemy import select

from core.contacts import service as contacts
from core.contacts.models import Contact
from tests import factories

FIRST, SECOND = "+905321234567", "+905329876543"


async def _person_ids(session, *people):
    rows = await session.execute(select(Contact.id, Contact.person_id).where(Contact.id.in_([p.id for p in people])))
    return {row.id: row.person_id for row in rows}


async def test_a_number_shared_by_two_persons_makes_them_one_under_the_lowest_id(ctx):
    async with ctx.db.transaction() as session:
        a, b, c, d = [await factories.contact(session) for _ in range(4)]
        await session.flush()
        await contacts.verify_phone(session=session, contact=a, phone=FIRST, via="telegram")
        await contacts.verify_phone(session=session, contact=b, phone=FIRST, via="whatsapp")
        await contacts.verify_phone(session=session, contact=c, phone=SECOND, via="telegram")
        await contacts.verify_phone(session=session, contact=d, phone=SECOND, via="whatsapp")
        assert {contacts.person_of(x) for x in (a, b)} == {a.id} and {contacts.person_of(x) for x in (c, d)} == {c.id}
        await contacts.verify_phone(session=session, contact=d, phone=FIRST, via="whatsapp")
        lowest = min(x.id for x in (a, b, c, d))
        # The contacts the session holds see the link at once, as the database has it.
        assert [x.person_id for x in (a, b, c, d)] == [lowest] * 4
        assert set((await _person_ids(session, a, b, c, d)).values()) == {lowest}
        assert (d.phone, d.phone_verified_via) == (FIRST, "whatsapp")
    async with ctx.db.transaction() as session:
        stored = await session.get(Contact, d.id)
        assert (stored.phone, stored.phone_verified_via, stored.person_id) == (FIRST, "whatsapp", lowest)


async def test_an_erased_contact_with_the_same_number_is_not_linked(ctx):
    async with ctx.db.transaction() as session:
        gone, kept, newcomer = [await factories.contact(session) for _ in range(3)]
        await session.flush()
        await contacts.verify_phone(session=session, contact=gone, phone=FIRST, via="telegram")
        await ctx.privacy.erase_person(session=session, contact_id=gone.id, reason="asked in the chat")
        await contacts.verify_phone(session=session, contact=kept, phone=FIRST, via="telegram")
        await contacts.verify_phone(session=session, contact=newcomer, phone=FIRST, via="whatsapp")
        assert await _person_ids(session, gone, kept, newcomer) == {
            gone.id: gone.person_id,
            kept.id: kept.id,
            newcomer.id: kept.id,
        }


async def test_consent_given_in_the_same_transaction_is_written_before_the_number(ctx):
    async with ctx.db.transaction() as session:
        person = await factories.contact(session, consent=False)
        await session.flush()
        contacts.record_consent(contact=person, notice_version="2026-11", locale="tr")
        await contacts.verify_phone(session=session, contact=person, phone=FIRST, via="telegram")
    async with ctx.db.transaction() as session:
        stored = await session.get(Contact, person.id)
        assert stored.consent_at is not None and stored.phone == FIRST
