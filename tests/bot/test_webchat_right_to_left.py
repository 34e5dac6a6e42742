"""Right-to-left languages in the real web chat, in Debian's chromium at a small phone's size (360×740).

The journey against the real conversations: start, the phone step, the district list and a status answer, with a
screenshot of each in artefacts/screenshots/ (generated, not committed) to look at. On screen, the example phone of
the phone step reads in its own order (0532 123 45 67, left to right), measured from where the browser drew each
group; the letters come from the webfont the chat ships for Arabic-script languages (and only for them); bubble
times are the city's clock in Latin digits, like the dates in the messages.
"""

import re
from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont
from playwright.async_api import Browser, Page, expect
from sqlalchemy import select

from bot.webchat.mailbox import MemoryMailbox
from bot.webchat.router import STATIC_DIR
from core.contacts import service as contacts
from core.i18n import CITY_TIMEZONE, LOCALES_DIR, Translator, strip_isolates
from core.person_guards import MemoryFloodGuard
from core.references import format_reference
from core.requests.models import Request
from handlers.engine import Conversations
from tests import factories
from tests.bot.test_webchat import serving, webchat_app
from tests.factories import VALID_TC

SMALL_PHONE = {"width": 360, "height": 740}
ARTEFACTS = Path(__file__).resolve().parents[2] / "artefacts" / "screenshots"
RIGHT_TO_LEFT = ("ar", "fa", "fa-AF", "ps", "ckb")
EXAMPLE = ("0532", "123", "45", "67")
FONT = "Hemsehri Naskh"
# Letters a device may lack: Pashto's ټ ډ ړ ږ ښ ګ ڼ ۍ ې and Sorani's ڕ ڵ ۆ ێ ە, beside Persian's پ چ ژ گ ی.
PASHTO_AND_SORANI = "ټډړږښګڼۍېڕڵۆێەپچژگکی"
FIRST_QUESTIONS = {
    "ar": "بيتنا بارد جداً في الشتاء، هل لدى البلدية أي دعم للتدفئة؟",
    "ps": "زما زوی له ښوونځي ایستل شوی، څوک کولی شي ما سره خبرې وکړي؟",
}


def test_the_webfont_draws_every_letter_of_the_right_to_left_catalogues():
    drawn = set(TTFont(STATIC_DIR / "naskh-arabic.woff2").getBestCmap())
    text = "".join(
        (LOCALES_DIR / code / name).read_text(encoding="utf-8")
        for code in RIGHT_TO_LEFT
        for name in ("bot.ftl", "core.ftl", "webchat.ftl", "whatsapp.ftl")
        if (LOCALES_DIR / code / name).exists()
    )
    arabic_script = {ord(ch) for ch in text + PASHTO_AND_SORANI if "\u0600" <= ch <= "\u06ff"}
    assert arabic_script - drawn == set(), sorted(chr(c) for c in arabic_script - drawn)
    assert (STATIC_DIR / "naskh-arabic-OFL.txt").read_text(encoding="utf-8").count("SIL OPEN FONT LICENSE") >= 1


@pytest.fixture
def translator(ctx) -> Translator:
    return Translator(ctx.catalogue.city.locales, ctx.catalogue.city.default_locale)


@pytest.fixture
async def site(ctx, translator) -> AsyncIterator[str]:
    engine = Conversations(ctx, translator, flood=MemoryFloodGuard(limit=500, window=5.0))
    async with serving(webchat_app(ctx, engine, translator, MemoryMailbox())) as address:
        yield f"http://{address}"


def label(translator: Translator, locale: str, key: str, **params: str) -> str:
    return strip_isolates(translator.text(locale, key, **params))


async def press(page: Page, text: str) -> None:
    """Presses the last button showing this text (a choice in the newest bubble, or a menu item)."""
    await page.locator("button:visible", has_text=text).last.click()


async def answer(page: Page, text: str) -> None:
    """Types an answer in the message box and waits for the conversation to say something back."""
    before = await page.locator("li.msg.bot").count()
    await page.locator("#text").fill(text)
    await page.locator("#text").press("Enter")
    await page.wait_for_function("n => document.querySelectorAll('li.msg.bot').length > n", arg=before)


async def said(page: Page, text: str) -> None:
    await expect(page.locator("li.msg.bot", has_text=text).last).to_be_visible()


async def shot(page: Page, locale: str, step: str) -> None:
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    await page.screenshot(path=ARTEFACTS / f"webchat-{locale}-{step}-360.png")


async def groups_left_to_right(page: Page, bubble_text: str) -> list[float]:
    """Where on screen each group of the example phone starts, in the bubble saying `bubble_text`."""
    return await page.locator("li.msg.bot", has_text=bubble_text).last.evaluate(
        """(bubble, groups) => {
            const text = bubble.querySelector('.text');
            const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
            const lefts = [];
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const at = node.data.indexOf(groups[0]);
                if (at < 0) continue;
                let from = at;
                for (const group of groups) {
                    const start = node.data.indexOf(group, from);
                    const range = document.createRange();
                    range.setStart(node, start);
                    range.setEnd(node, start + group.length);
                    lefts.push(range.getBoundingClientRect().left);
                    from = start + group.length;
                }
                return lefts;
            }
            return lefts;
        }""",
        list(EXAMPLE),
    )


async def webfont_states(page: Page) -> list[str]:
    """The states of the shipped webfont's faces once the page's fonts settled (none until a page turns RTL)."""
    return await page.evaluate(
        """family => document.fonts.ready.then(
            () => Array.from(document.fonts).filter(f => f.family.replace(/"/g, "") === family).map(f => f.status))""",
        FONT,
    )


async def bubble_times_are_the_citys_clock(page: Page) -> None:
    for time in await page.locator("li.msg time").all():
        shown, at = await time.inner_text(), await time.get_attribute("datetime")
        assert at and shown == datetime.fromisoformat(at).astimezone(CITY_TIMEZONE).strftime("%H:%M"), (shown, at)


async def chat_in(browser: Browser, site: str, translator: Translator, locale: str) -> tuple[Page, list[str]]:
    """A fresh chat at 360×740 (a Turkish phone), switched to `locale` from the language picker."""
    context = await browser.new_context(viewport=SMALL_PHONE, locale="tr-TR", device_scale_factor=2, has_touch=True)
    page = await context.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(str(error)))
    await page.goto(f"{site}/chat")
    language = label(translator, locale, "language-name")
    await press(page, language)
    await expect(page.locator("html")).to_have_attribute("dir", "rtl")
    await said(page, label(translator, locale, "language-set", language=language)[:12])
    assert await webfont_states(page) == ["loaded"]
    return page, problems


@pytest.mark.browser
async def test_a_turkish_page_does_not_download_the_arabic_script_font(browser: Browser, site: str):
    context = await browser.new_context(viewport=SMALL_PHONE, locale="tr-TR")
    page = await context.new_page()
    await page.goto(f"{site}/chat")
    await expect(page.locator("button", has_text="العربية")).to_be_visible()  # Arabic letters on a Turkish page
    assert await webfont_states(page) == []
    await bubble_times_are_the_citys_clock(page)
    assert re.fullmatch(r"\d\d:\d\d", await page.locator("li.msg time").first.inner_text())
    await context.close()


@pytest.mark.browser
@pytest.mark.parametrize("locale", RIGHT_TO_LEFT)
async def test_applying_reads_right_to_left_and_the_example_phone_in_its_own_order(
    browser: Browser, site: str, translator: Translator, locale: str
):
    page, problems = await chat_in(browser, site, translator, locale)
    await shot(page, locale, "start")

    await press(page, label(translator, locale, "menu-apply"))
    await press(page, label(translator, locale, "programme-cash_aid"))
    await press(page, label(translator, locale, "apply-start"))
    await press(page, label(translator, locale, "consent-agree"))
    await said(page, label(translator, locale, "apply-ask-full-name")[:12])
    await answer(page, "Ayşe Yılmaz")
    await said(page, label(translator, locale, "apply-ask-phone")[:12])
    await expect(page.locator("#phone-form")).to_be_visible()
    await shot(page, locale, "phone")

    # A mistyped phone is answered with the examples: on screen they read left to right, group after group.
    await answer(page, "12")
    invalid = label(translator, locale, "error-phone-invalid")[:12]
    await said(page, invalid)
    lefts = await groups_left_to_right(page, invalid)
    assert len(lefts) == len(EXAMPLE) and lefts == sorted(lefts), f"{locale}: groups drawn at {lefts}"
    await shot(page, locale, "phone-example")

    await page.locator("#phone-input").fill("0532 123 45 67")
    await page.locator("#phone-input").press("Enter")
    await said(page, label(translator, locale, "apply-ask-identity")[:12])
    await answer(page, VALID_TC)
    await said(page, label(translator, locale, "apply-ask-district", page="1", pages="1")[:12])
    await expect(page.locator("li.msg.bot").last.locator("button.choice", has_text="Aliağa")).to_be_visible()
    await shot(page, locale, "districts")
    assert problems == []
    await page.context.close()


@pytest.mark.browser
@pytest.mark.parametrize("locale", RIGHT_TO_LEFT)
async def test_a_status_answer_reads_right_to_left(ctx, browser: Browser, site: str, translator: Translator, locale):
    page, problems = await chat_in(browser, site, translator, locale)
    code = await page.evaluate("localStorage.getItem('hemsehri.webchat.code')")
    async with ctx.db.transaction() as session:
        person = await contacts.get_or_create(
            session=session, channel="webchat", platform_user_id=code, chat_id=code, language=locale
        )
        contacts.record_consent(contact=person, notice_version="2026-11", locale=locale)
        request = await factories.request(session, ctx.catalogue, ctx.vault, owner=person, language=locale)
    await press(page, label(translator, locale, "menu-status"))
    await said(page, format_reference(request.reference))
    await expect(page.locator("li.msg.bot", has_text=label(translator, locale, "status-received"))).to_be_visible()
    await shot(page, locale, "status")
    await bubble_times_are_the_citys_clock(page)
    assert problems == []
    await page.context.close()


@pytest.mark.browser
@pytest.mark.parametrize("locale", ["ar", "ps"])
async def test_a_first_question_waits_for_the_notice_then_is_filed(
    ctx, browser: Browser, site: str, translator: Translator, locale
):
    """Issue 14, item 6, in a real browser: the notice and its two buttons, nothing kept before the yes."""
    page, problems = await chat_in(browser, site, translator, locale)
    await answer(page, FIRST_QUESTIONS[locale])
    await said(page, label(translator, locale, "question-notice-ask"))
    async with ctx.db.transaction() as session:
        assert (await session.execute(select(Request))).scalars().all() == []
    await shot(page, locale, "question-notice")
    before = await page.locator("li.msg.bot").count()
    await press(page, label(translator, locale, "question-notice-agree"))
    await page.wait_for_function("n => document.querySelectorAll('li.msg.bot').length > n", arg=before)
    async with ctx.db.transaction() as session:
        [request] = (await session.execute(select(Request))).scalars().all()
    await said(page, format_reference(request.reference))
    assert request.language == locale and request.desk == "refugee_desk"
    await shot(page, locale, "question-filed")
    assert problems == []
    await page.context.close()
