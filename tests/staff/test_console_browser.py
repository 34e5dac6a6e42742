"""The staff console in real headless Chromium (Debian's): sign in, claim, reply, change status; RTL and escaping."""

from datetime import timedelta
from pathlib import Path

import pytest
from playwright.async_api import expect
from sqlalchemy import select

from core.db import utcnow
from core.outbox.models import OutboxItem
from core.requests import service as requests
from tests import factories
from tests.conftest import serving
from tests.staff.conftest import console_page

pytestmark = pytest.mark.browser

XSS = '<img src=x onerror="window.__pwned = 1">'


async def test_an_agent_signs_in_claims_replies_and_changes_the_status(ctx, app, team, browser):
    async with ctx.db.transaction() as session:
        citizen = await factories.contact(session, language="ar")
        request = await factories.request(
            session,
            ctx.catalogue,
            ctx.vault,
            programme="refugee_desk_question",
            language="ar",
            owner=citizen,
            description="أحتاج إلى مساعدة في الإيجار",
        )
        await requests.add_citizen_message(session=session, request=request, text=XSS, language="ar")

    async with serving(app) as base:
        context, page, problems = await console_page(browser, base, "leyla")
        await expect(page.locator("#claim-next")).to_be_visible()

        await page.click("#claim-next")
        await expect(page.locator("#reply-form")).to_be_visible()
        assert f"/console/requests/{request.reference}" in page.url

        arabic = page.locator("p.text[lang=ar]").first
        await expect(arabic).to_have_text("أحتاج إلى مساعدة في الإيجار")
        assert await arabic.evaluate("el => getComputedStyle(el).direction") == "rtl"
        await expect(page.get_by_text(XSS)).to_be_visible()  # shown as text, never as an element
        assert await page.locator("img[src=x]").count() == 0
        assert await page.evaluate("window.__pwned") is None

        await page.fill("#reply-text", "Merhaba, belgelerinizle Konak'taki masamıza gelebilirsiniz.")
        await page.click("#reply-form button[type=submit]")
        await expect(page.locator("[role=status]")).to_be_visible()

        await page.select_option("#status-select", "closed")
        await page.fill("#public-note", "Sorunuz yanıtlandı.")
        await page.fill("#internal-note", "Telefonla da arandı.")
        await page.click("#status-form button[type=submit]")
        await expect(page.locator("#request-status")).to_have_class("status status-closed")
        await page.screenshot(path=str(Path(ctx.settings.data_dir).parent / "console.png"))
        await context.close()

    assert problems == []
    async with ctx.db.transaction() as session:
        items = (await session.execute(select(OutboxItem).order_by(OutboxItem.id))).scalars().all()
    assert [i.kind for i in items][-2:] == ["staff_reply", "status_changed"]
    assert "Telefonla" not in str([i.payload for i in items])


async def test_the_search_box_finds_by_arabic_indic_reference_and_by_phone_never_another_desks(ctx, app, team, browser):
    async with ctx.db.transaction() as session:
        mine = await factories.request(session, ctx.catalogue, ctx.vault)  # social aid, 0532 123 45 67
        theirs = await factories.request(session, ctx.catalogue, ctx.vault)  # the same phone, another desk
        theirs.desk = "refugee_desk"
    arabic_indic = mine.reference.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))

    async with serving(app) as base:
        context, page, problems = await console_page(browser, base, "ayse")
        await expect(page.locator("#search-box")).to_be_visible()

        await page.fill("#search-box", f"{arabic_indic[:3]} {arabic_indic[3:6]} {arabic_indic[6:]}")
        await page.press("#search-box", "Enter")
        results = page.locator("#search-results tbody tr")
        await expect(results).to_have_count(1)
        await expect(results.first).to_have_attribute("data-reference", mine.reference)

        await page.fill("#search-box", "0532 123 45 67")
        await page.press("#search-box", "Enter")
        await expect(page.locator("#search-summary")).to_be_visible()
        await expect(results).to_have_count(1)
        await expect(results.first).to_have_attribute("data-reference", mine.reference)
        assert await page.locator(f'[data-reference="{theirs.reference}"]').count() == 0

        await page.fill("#search-box", theirs.reference)
        await page.press("#search-box", "Enter")
        await expect(page.locator("#search-none")).to_be_visible()
        await page.fill("#search-box", "0532 123 45 67")
        await page.press("#search-box", "Enter")
        await results.first.locator("a.ref").click()
        await page.click("#claim-this")
        await expect(page.locator("#reply-form")).to_be_visible()
        await page.screenshot(path=str(Path(ctx.settings.data_dir).parent / "search.png"))
        await context.close()
    assert problems == []


async def test_the_queue_shows_an_arabic_preview_right_to_left_and_an_unread_row_in_bold(ctx, app, team, browser):
    async with ctx.db.transaction() as session:
        request = await factories.request(
            session, ctx.catalogue, ctx.vault, programme="refugee_desk_question", language="ar"
        )
        await requests.add_citizen_message(
            session=session, request=request, text="أحتاج إلى مساعدة في دفع الإيجار " + XSS, language="ar"
        )

    async with serving(app) as base:
        context, page, _ = await console_page(browser, base, "leyla")
        row = page.locator(f'tr[data-reference="{request.reference}"]')
        preview = row.locator(".last-words")
        await expect(preview).to_have_text("أحتاج إلى مساعدة في دفع الإيجار " + XSS)
        assert await preview.evaluate("el => getComputedStyle(el).direction") == "rtl"
        assert await page.locator("img[src=x]").count() == 0
        await expect(row.locator(".unread-mark")).to_have_text("Yeni mesaj")
        assert int(await row.locator("td").first.evaluate("el => getComputedStyle(el).fontWeight")) >= 700
        await page.screenshot(path=str(Path(ctx.settings.data_dir).parent / "queue-glance.png"))

        await row.locator("a.ref").click()
        await expect(page.locator("#tag-form")).to_be_visible()
        await page.goto(f"{base}/console")
        await expect(row.locator(".unread-mark")).to_have_count(0)
        await context.close()


async def test_a_supervisor_sees_late_requests_in_the_live_alert_and_follows_it(ctx, app, team, browser):
    async with ctx.db.transaction() as session:
        late = await factories.request(session, ctx.catalogue, ctx.vault, programme="emergency_shelter")
        late.sla_due_at = utcnow() - timedelta(minutes=1)
    async with serving(app) as base:
        context, page, problems = await console_page(browser, base, "selin")
        link = page.locator('#supervisor-alerts a[href="/console/team#late"]')  # fetched by the page's script
        await expect(link).to_have_text("Masalarınızdan bir talebin hizmet süresi geçti.")
        await expect(page.locator("#supervisor-alerts")).to_be_visible()
        await page.screenshot(path=str(Path(ctx.settings.data_dir).parent / "sla-alert.png"))
        await link.click()
        await expect(page.locator(f'#late [data-reference="{late.reference}"]')).to_be_visible()
        await context.close()
    assert problems == []
