"""The demo's sample day (hemsehri/sample.py): loaded through the services into a fresh database, once."""

from collections import Counter
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import func, select

from core import migrate
from core.audit import service as audit
from core.canned import service as canned
from core.canned.models import CannedReply
from core.db import utcnow
from core.glossary import load_glossary
from core.outbox.models import OutboxItem
from core.requests.models import Request
from core.requests.statuses import FINAL
from core.staff.models import StaffUser
from core.text_folding import Phrases, fold
from hemsehri import sample
from hemsehri.service import build_service
from tests.staff.conftest import sign_in


@pytest.fixture
async def loaded(ctx):
    await migrate.upgrade(ctx.db.engine)
    return await sample.load(ctx)


async def test_a_day_across_desks_languages_and_statuses(ctx, loaded):
    async with ctx.db.transaction() as session:
        rows = list(await session.scalars(select(Request)))
        staff = {user.username: user for user in await session.scalars(select(StaffUser))}
    assert loaded.requests == len(rows) == 41
    desks = Counter(row.desk for row in rows)
    assert desks["refugee_desk"] == 20 and desks["social_aid"] == 16 and len(desks) == 6
    assert {row.language for row in rows} == {"tr", "ar", "fa", "fa-AF", "ps", "uk", "ru", "ckb", "so", "en", "kmr"}
    assert {row.status for row in rows} == {
        "received", "in_review", "needs_info", "approved", "ready", "delivered", "rejected", "closed"
    }  # fmt: skip
    assert [(row.language, row.safeguarding) for row in rows if row.safeguarding] == [("ar", "flagged")]
    now = utcnow()
    assert [row.programme for row in rows if row.status not in FINAL and row.sla_due_at < now] == ["hot_meals"]
    assert all(now - timedelta(days=3) < row.created_at < now for row in rows)
    assert {(name, user.role, tuple(user.desks)) for name, user in staff.items()} >= {
        ("ayse", "agent", ("social_aid",)),
        ("mehmet", "agent", ("social_aid",)),
        ("leyla", "agent", ("refugee_desk",)),
        ("selin", "supervisor", ("social_aid", "refugee_desk")),
    }
    assert {account.username for account in loaded.accounts} == {"ayse", "mehmet", "leyla", "selin"}
    intact, broken = await audit.verify(db=ctx.db)
    assert broken is None and intact > 0


async def test_every_notification_goes_to_a_channel_the_demo_delivers_on(ctx, loaded):
    senders = build_service(ctx, serves=True).worker().senders
    async with ctx.db.transaction() as session:
        channels = Counter(await session.scalars(select(OutboxItem.channel)))
    assert channels and set(channels) <= set(senders), (channels, set(senders))


async def test_canned_replies_speak_every_language_and_dari_where_it_differs(ctx, loaded):
    locales = ctx.catalogue.city.locales
    avoid = load_glossary("fa-AF").avoid
    async with ctx.db.transaction() as session:
        replies = list(await session.scalars(select(CannedReply)))
    assert len(replies) == loaded.canned >= 4 * 2
    assert {"social_aid", "refugee_desk"} <= {reply.desk for reply in replies}
    for reply in replies:
        for locale in locales:
            used, text = canned.text_for(reply=reply, locale=locale, default_locale="tr")
            assert used in (locale, locale.split("-")[0]) and text, (reply.title, locale)
        _, dari = canned.text_for(reply=reply, locale="fa-AF", default_locale="tr")
        said = [word for word in avoid if Phrases.of([word]).find(fold(dari))]
        assert not said, f"{reply.title}: Dari avoids {said}"


async def test_loading_again_changes_nothing(ctx, loaded):
    with pytest.raises(sample.NotFresh, match="loaded already"):
        await sample.load(ctx)
    async with ctx.db.transaction() as session:
        assert await session.scalar(select(func.count()).select_from(Request)) == loaded.requests
        assert await session.scalar(select(func.count()).select_from(CannedReply)) == loaded.canned


async def test_a_demo_with_requests_of_its_own_is_left_alone(ctx):
    await migrate.upgrade(ctx.db.engine)
    from tests import factories

    async with ctx.db.transaction() as session:
        await factories.request(session, ctx.catalogue, ctx.vault)
    with pytest.raises(sample.NotFresh, match="holds 1 request"):
        await sample.load(ctx)


async def test_leylas_queue_shows_the_refugee_desks_questions_the_flagged_arabic_one_first(ctx, loaded):
    leyla = next(account for account in loaded.accounts if account.username == "leyla")
    async with ctx.db.transaction() as session:
        rows = list(await session.scalars(select(Request).where(Request.status.in_(["received", "in_review"]))))
    arabic = [row for row in rows if row.desk == "refugee_desk" and row.language == "ar"]
    flagged = next(row for row in rows if row.safeguarding)
    app = build_service(ctx, serves=True).app()
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as http:
        await sign_in(http, "leyla", leyla.password)
        page = (await http.get("/console")).text
    shown = [row for row in rows if row.reference in page]
    assert {row.desk for row in shown} == {"refugee_desk"} and len(arabic) >= 3
    assert set(arabic) <= set(shown)
    waiting = [row for row in shown if row.assignee_id is None and row is not flagged]  # below leyla's own
    assert page.index(flagged.reference) < min(page.index(row.reference) for row in waiting)
