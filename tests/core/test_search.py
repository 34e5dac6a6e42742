"""Staff search: one text read as a reference, phone, identity number or name; desks, audit, erasure, key rotation."""

from pathlib import Path

import pytest
from sqlalchemy import select, text

from core import keys
from core.audit.models import AuditEntry
from core.crypto import Vault
from core.errors import Forbidden, InvalidInput, NotFound
from core.files.service import FileStore
from core.requests import actions
from core.requests.models import NameToken
from core.requests.search import Kind, name_words, read
from core.requests.statuses import Status
from tests import factories

ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
VIA = actions.Via.CONSOLE


@pytest.mark.parametrize(
    ("typed", "kind", "value"),
    [
        ("٣٤٢ ١٣١ ٣٨٧", Kind.REFERENCE, "342131387"),
        ("۳۴۲-۱۳۱-۳۸۷", Kind.REFERENCE, "342131387"),
        (" 342 131 387 ", Kind.REFERENCE, "342131387"),
        ("0532 123 45 67", Kind.PHONE, "+905321234567"),
        ("+90 (532) 123-45-67", Kind.PHONE, "+905321234567"),
        ("5321234567", Kind.PHONE, "+905321234567"),
        ("٠٥٣٢١٢٣٤٥٦٧", Kind.PHONE, "+905321234567"),
        ("00963 944 123 456", Kind.PHONE, "+963944123456"),
        ("100 000 001 46", Kind.NATIONAL_ID, "10000000146"),
    ],
)
def test_a_number_is_read_as_a_reference_a_phone_or_an_identity_number(typed, kind, value):
    terms = read(typed, phone_region="TR")
    assert (terms.kind, terms.value) == (kind, value)


def test_a_name_is_read_as_its_folded_words():
    assert read("  AYŞE   yılmaz ", phone_region="TR").words == ("ayse", "yilmaz")
    assert name_words("Ayşe Yılmaz") == name_words("ayse YILMAZ") == ["ayse", "yilmaz"]
    assert read("<script>alert(1)</script>", phone_region="TR").words == ("script", "alert", "1")
    assert read("أحمد الكريم", phone_region="TR").kind == Kind.NAME


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("", "error-search-empty"),
        ("     ", "error-search-empty"),
        ("<>!?", "error-search-empty"),
        ("x" * 10_000, "error-search-too-long"),
        ("342 131 388", "error-reference-check-digit"),
        ("12 34", "error-search-number"),
        ("+++", "error-search-empty"),
    ],
)
def test_what_is_neither_a_number_nor_a_name_is_refused_with_its_reason(typed, key):
    with pytest.raises(InvalidInput) as refused:
        read(typed, phone_region="TR")
    assert refused.value.key == key


async def test_search_finds_a_request_of_my_desks_by_every_kind_and_never_another_desks(ctx):
    async with ctx.db.transaction() as session:
        agent = await factories.agent(session, username="ayse")
        mine = await factories.request(session, ctx.catalogue, ctx.vault)  # Ayşe Yılmaz, 0532 123 45 67
        theirs = await factories.request(session, ctx.catalogue, ctx.vault)  # the same person, the same numbers
        theirs.desk = "refugee_desk"  # … at a desk this agent does not work on
        await factories.request(
            session, ctx.catalogue, ctx.vault, full_name="Fatma Kaya", phone="0555 000 11 22", national_id="12345678950"
        )

    searches = {
        mine.reference.translate(ARABIC_INDIC): Kind.REFERENCE,
        f"{mine.reference[:3]}-{mine.reference[3:6]}-{mine.reference[6:]}".translate(PERSIAN): Kind.REFERENCE,
        "0532 123 45 67": Kind.PHONE,
        "+90 532 123 4567": Kind.PHONE,
        factories.VALID_TC: Kind.NATIONAL_ID,
        "ayse yilmaz": Kind.NAME,
        "YILMAZ": Kind.NAME,
        "Ayşe": Kind.NAME,
    }
    for typed, kind in searches.items():
        async with ctx.db.transaction() as session:
            found = await actions.search(session=session, staff=agent, text=typed, phone_region="TR", via=VIA)
        assert found.kind == kind, typed
        assert [r.reference for r in found.requests] == [mine.reference], typed
        assert found.total == 1

    async with ctx.db.transaction() as session:
        for typed in ("ayse kaya", "yil", theirs.reference):
            found = await actions.search(session=session, staff=agent, text=typed, phone_region="TR", via=VIA)
            assert found.requests == [] and found.total == 0, typed


async def test_a_search_of_personal_data_is_audited_by_kind_and_count_never_by_value(ctx):
    async with ctx.db.transaction() as session:
        agent = await factories.agent(session, username="ayse")
        request = await factories.request(session, ctx.catalogue, ctx.vault)
    for typed in ("0532 123 45 67", factories.VALID_TC, "Ayşe Yılmaz", "Nobody Here", request.reference):
        async with ctx.db.transaction() as session:
            await actions.search(session=session, staff=agent, text=typed, phone_region="TR", via=VIA)
    async with ctx.db.transaction() as session:
        entries = (
            await session.execute(select(AuditEntry).where(AuditEntry.action == "search").order_by(AuditEntry.seq))
        ).scalars()
        logged = [(e.staff_id, e.target, e.details) for e in entries]
    assert logged == [
        (agent.id, None, {"kind": "phone", "results": 1, "via": "console"}),
        (agent.id, None, {"kind": "national_id", "results": 1, "via": "console"}),
        (agent.id, None, {"kind": "name", "results": 1, "via": "console"}),
        (agent.id, None, {"kind": "name", "results": 0, "via": "console"}),
    ]  # the reference search is not among them: it is no personal data
    assert "532" not in str(logged) and "yilmaz" not in str(logged).lower()


async def test_names_are_kept_only_as_keyed_tokens_and_erasure_removes_them(ctx):
    async with ctx.db.transaction() as session:
        agent = await factories.agent(session, username="ayse")
        request = await factories.request(session, ctx.catalogue, ctx.vault)
    async with ctx.db.engine.connect() as connection:
        stored = (await connection.execute(text("SELECT word, token FROM request_name_tokens"))).all()
    assert len(stored) == 2
    assert all("ayse" not in word and "yilmaz" not in word and "ayse" not in token for word, token in stored)
    assert {token for _, token in stored} == {ctx.vault.index("ayse"), ctx.vault.index("yilmaz")}

    async with ctx.db.transaction() as session:
        await ctx.privacy.erase_person(session=session, contact_id=request.contact_id, reason="asked at the desk")
    async with ctx.db.transaction() as session:
        assert (await session.execute(select(NameToken))).scalars().all() == []
        found = await actions.search(session=session, staff=agent, text="Ayşe Yılmaz", phone_region="TR", via=VIA)
    assert found.total == 0


async def test_name_search_still_works_after_the_keys_are_rotated(db, catalogue, tmp_path: Path):
    old, new = "old-secret-" + "o" * 40, "new-secret-" + "n" * 40
    db.vault = Vault(old)
    async with db.transaction() as session:
        agent = await factories.agent(session, username="ayse")
        request = await factories.request(session, catalogue, Vault(old))
    db.vault = Vault(new, previous=[old])
    await keys.rotate(db=db, files=FileStore(tmp_path / "files", db.vault), vault=db.vault)
    db.vault = Vault(new)
    async with db.transaction() as session:
        found = await actions.search(session=session, staff=agent, text="yılmaz", phone_region="TR", via=VIA)
    assert [r.id for r in found.requests] == [request.id]


async def test_a_request_opened_is_claimed_by_the_rules_of_claim_next(ctx):
    async with ctx.db.transaction() as session:
        agent = await factories.agent(session, username="ayse", languages=["tr"])
        other = await factories.agent(session, username="mehmet", languages=["tr"])
        await factories.agent(session, username="omar", languages=["ar"])  # someone on the desk reads Arabic
        turkish = await factories.request(session, ctx.catalogue, ctx.vault)
        arabic = await factories.request(session, ctx.catalogue, ctx.vault, language="ar")
        refugee = await factories.request(session, ctx.catalogue, ctx.vault, programme="refugee_desk_question")
    wait = ctx.settings.interpreter_after
    async with ctx.db.transaction() as session:
        claimed = await actions.claim(
            session=session, staff=agent, reference=turkish.reference, interpreter_after=wait, via=VIA
        )
        assert (claimed.assignee_id, claimed.status) == (agent.id, Status.IN_REVIEW)
    refusals = [
        (other, turkish.reference, Forbidden, "error-not-your-claim"),
        (agent, arabic.reference, Forbidden, "error-claim-language"),
        (agent, refugee.reference, NotFound, "error-request-not-found"),
    ]
    for who, reference, error, key in refusals:
        async with ctx.db.transaction() as session:
            with pytest.raises(error) as refused:
                await actions.claim(session=session, staff=who, reference=reference, interpreter_after=wait, via=VIA)
            assert refused.value.key == key
    async with ctx.db.transaction() as session:
        claims = (await session.execute(select(AuditEntry).where(AuditEntry.action == "claim"))).scalars().all()
    assert [(c.staff_id, c.target) for c in claims] == [(agent.id, turkish.reference)]
