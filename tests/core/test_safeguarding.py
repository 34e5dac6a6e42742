"""The safeguarding flag in core: raised by the citizen's words, decided by staff with a reason, never purged."""

import tomllib
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from core.audit.models import AuditEntry
from core.catalogue import load_catalogue
from core.db import utcnow
from core.errors import ConfigurationError, InvalidInput, InvalidTransition
from core.privacy import service as privacy
from core.requests import service as requests
from core.requests.statuses import Actor, Status
from core.safeguarding import service as safeguarding
from core.safeguarding.detector import PHRASES_DIR, Category, detect, load_list
from core.settings import PACKAGED_CATALOGUE
from tests import factories

DISCLOSURE = "Kocam beni her gün dövüyor"


def test_every_city_language_has_a_versioned_list_with_every_category():
    locales = {loc for loc in load_catalogue(PACKAGED_CATALOGUE).city.locales if loc != "fa-AF"}  # Dari: fa's
    files = {path.stem: tomllib.loads(path.read_text(encoding="utf-8")) for path in PHRASES_DIR.glob("*.toml")}
    assert set(files) == locales
    for locale, data in files.items():
        assert data["locale"] == locale and data["version"] and data["reviewed"], locale
        assert set(data["categories"]) == {c.value for c in Category}, locale


def test_a_shelter_programme_the_catalogue_lacks_is_refused(tmp_path: Path):
    text = PACKAGED_CATALOGUE.read_text(encoding="utf-8").replace(
        'shelter_programme = "emergency_shelter"', 'shelter_programme = "no_such_programme"'
    )
    (tmp_path / "catalogue.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigurationError, match="shelter_programme"):
        load_catalogue(tmp_path / "catalogue.toml")


def test_a_broken_list_is_refused_with_its_name(tmp_path: Path):
    broken = tmp_path / "xx.toml"
    broken.write_text('locale = "xx"\nversion = "1"\n[categories.nonsense]\nphrases = ["a"]\n', encoding="utf-8")
    with pytest.raises(ConfigurationError, match=r"xx\.toml"):
        load_list(broken)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("EŞİM BENİ DÖVÜYOR!!", ("violence",)),
        ("esim beni dovuyor", ("violence",)),
        ("Kira borcum var, ödeyemiyorum", None),
        ("Şiddetli yağmur yüzünden evimizi su bastı", None),
        ("أريد أن أنتحر", ("self_harm",)),
        ("اريد ان انتحر", ("self_harm",)),
        ("كتكم ميزنه شوهرم", ("violence",)),  # Persian typed on an Arabic keyboard
    ],
)
def test_detection_folds_case_accents_and_keyboards(words, expected):
    found = detect(words)
    assert (found.categories if found else None) == expected


async def test_a_request_created_with_a_disclosure_is_flagged_first_in_the_queue(ctx):
    async with ctx.db.transaction() as session:
        request = await factories.request(session, ctx.catalogue, ctx.vault, description=DISCLOSURE)
        assert request.safeguarding == "flagged" and request.safeguarding_categories == ["violence"]
        assert request.priority == safeguarding.SAFEGUARDING_PRIORITY and request.safeguarding_at is not None


async def test_staff_confirm_or_clear_with_a_reason_and_both_are_audited(ctx):
    async with ctx.db.transaction() as session:
        staff = await factories.agent(session)
        request = await factories.request(session, ctx.catalogue, ctx.vault, description=DISCLOSURE)
        with pytest.raises(InvalidInput, match="error-safeguarding-reason-missing"):
            await safeguarding.confirm(session=session, request=request, staff_id=staff.id, reason="   ")
        await safeguarding.confirm(session=session, request=request, staff_id=staff.id, reason="Called back: at risk")
        assert request.safeguarding == "confirmed" and safeguarding.is_held(request)
        await safeguarding.clear(
            session=session, request=request, staff_id=staff.id, reason="Safe with family now", catalogue=ctx.catalogue
        )
        assert request.safeguarding == "cleared" and not safeguarding.is_held(request)
        assert request.priority == ctx.catalogue.programme(request.programme).priority
        ordinary = await factories.request(session, ctx.catalogue, ctx.vault)
        with pytest.raises(InvalidInput, match="error-safeguarding-not-flagged"):
            await safeguarding.clear(
                session=session, request=ordinary, staff_id=staff.id, reason="x", catalogue=ctx.catalogue
            )
    async with ctx.db.transaction() as session:
        entries = (
            await session.execute(select(AuditEntry).where(AuditEntry.staff_id == staff.id).order_by(AuditEntry.id))
        ).scalars()
        decided = [(e.action, e.details["reason"]) for e in entries if e.action.startswith("safeguarding_")]
    assert decided == [
        ("safeguarding_confirmed", "Called back: at risk"),
        ("safeguarding_cleared", "Safe with family now"),
    ]


async def test_every_staff_view_of_a_flagged_request_is_audited(ctx):
    async with ctx.db.transaction() as session:
        staff = await factories.agent(session)
        flagged = await factories.request(session, ctx.catalogue, ctx.vault, description=DISCLOSURE)
        ordinary = await factories.request(session, ctx.catalogue, ctx.vault)
        for request in (flagged, ordinary, flagged):
            await safeguarding.record_view(session=session, request=request, staff_id=staff.id)
    async with ctx.db.transaction() as session:
        views = list(
            (await session.execute(select(AuditEntry.target).where(AuditEntry.action == "safeguarding_view"))).scalars()
        )
    assert views == [flagged.reference] * 2


async def test_the_safeguarding_list_puts_unseen_flags_first_then_confirmed_oldest_first(ctx):
    async with ctx.db.transaction() as session:
        staff = await factories.agent(session)
        older, newer, confirmed = [
            await factories.request(session, ctx.catalogue, ctx.vault, description=DISCLOSURE) for _ in range(3)
        ]
        older.safeguarding_at = utcnow() - timedelta(hours=2)
        confirmed.safeguarding_at = utcnow() - timedelta(hours=5)
        await safeguarding.confirm(session=session, request=confirmed, staff_id=staff.id, reason="at risk")
        await factories.request(session, ctx.catalogue, ctx.vault)  # not flagged: not on the list
    async with ctx.db.transaction() as session:
        listed = await safeguarding.list_flagged(session=session, desks=["social_aid"])
    assert [r.reference for r in listed] == [older.reference, newer.reference, confirmed.reference]


async def test_the_system_never_closes_a_flagged_request(ctx):
    async with ctx.db.transaction() as session:
        request = await factories.request(session, ctx.catalogue, ctx.vault, description=DISCLOSURE)
        for final in (Status.CLOSED, Status.CANCELLED, Status.REJECTED):
            with pytest.raises(InvalidTransition):
                await requests.change_status(session=session, request=request, to=final, actor=Actor.SYSTEM)


async def test_retention_spares_a_person_while_a_flag_holds_and_not_after(ctx):
    long_ago = utcnow() - timedelta(days=800)
    async with ctx.db.transaction() as session:
        staff = await factories.agent(session)
        person = await factories.contact(session)
        request = await factories.request(session, ctx.catalogue, ctx.vault, owner=person, description=DISCLOSURE)
        await requests.change_status(
            session=session, request=request, to=Status.CLOSED, actor=Actor.STAFF, staff_id=staff.id
        )
        person.created_at = person.last_inbound_at = request.closed_at = long_ago
    async with ctx.db.transaction() as session:
        assert await privacy.due_for_destruction(session=session, retention=timedelta(days=730)) == []
        request = await requests.get_by_reference(session=session, reference=request.reference)
        await safeguarding.clear(
            session=session, request=request, staff_id=staff.id, reason="resolved", catalogue=ctx.catalogue
        )
    async with ctx.db.transaction() as session:
        assert await privacy.due_for_destruction(session=session, retention=timedelta(days=730)) == [person.id]
