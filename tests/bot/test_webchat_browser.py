"""The web chat page in real headless Chromium (Debian's), at a phone's size."""

import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.async_api import Browser, ConsoleMessage, Page, expect

from bot.webchat.mailbox import MemoryMailbox
from bot.webchat.sender import WebChatSender
from core.delivery.schemas import Rendered
from core.i18n import Translator
from tests.bot.test_webchat import EchoEngine, core_stub, make_translator, serving, webchat_app

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
XSS = '<img src=x onerror="window.__pwned = 1">'


@dataclass
class Site:
    url: str
    engine: EchoEngine
    mailbox: MemoryMailbox
    translator: Translator


@pytest.fixture
async def site(tmp_path: Path) -> AsyncIterator[Site]:
    translator = make_translator(tmp_path / "locales")
    engine, mailbox = EchoEngine(), MemoryMailbox()
    async with serving(webchat_app(core_stub(tmp_path / "data"), engine, translator, mailbox)) as address:
        yield Site(f"http://{address}", engine, mailbox, translator)


async def phone_page(browser: Browser, locale: str) -> tuple[Page, list[str]]:
    """A page at 390×844 whose console errors (CSP violations included) and uncaught exceptions are collected."""
    context = await browser.new_context(viewport=PHONE, locale=locale, device_scale_factor=1, has_touch=True)
    page = await context.new_page()
    problems: list[str] = []

    def on_console(message: ConsoleMessage) -> None:
        if message.type in {"error", "warning"}:
            problems.append(message.text)

    page.on("console", on_console)
    page.on("pageerror", lambda error: problems.append(str(error)))
    return page, problems


async def direction(locator) -> str:  # type: ignore[no-untyped-def]
    return await locator.evaluate("el => getComputedStyle(el).direction")


async def test_choosing_arabic_turns_the_page_right_to_left_and_message_text_stays_text(browser, site):
    page, problems = await phone_page(browser, "tr-TR")
    await page.goto(f"{site.url}/chat")

    # The greeting and the language picker come by themselves on a first visit.
    arabic = page.get_by_role("button", name="العربية")
    await expect(arabic).to_be_visible()
    await expect(page.locator("html")).to_have_attribute("dir", "ltr")
    await expect(page.locator("#status")).to_be_hidden()
    code = await page.evaluate("localStorage.getItem('hemsehri.webchat.code')")
    assert re.fullmatch(r"[0-9a-f]{32}", code)
    assert site.engine.handled[0].user_id == code and site.engine.handled[0].command == "start"
    await page.screenshot(path="/tmp/webchat-tr-390.png")

    await arabic.click()
    await expect(page.locator("html")).to_have_attribute("dir", "rtl")
    await expect(page.locator("html")).to_have_attribute("lang", "ar")
    await expect(page.get_by_role("button", name="إرسال")).to_be_visible()
    await expect(page.locator("#menu")).to_be_visible()
    await expect(page).to_have_title("الخدمات الاجتماعية في \u2068İzmir\u2069")

    box = page.get_by_label("رسالتك")
    await box.fill("مرحبا، أحتاج مساعدة في Karşıyaka")
    await box.press("Enter")
    reply = page.locator("li.msg.bot", has_text="كتبت")
    await expect(reply).to_have_count(1)
    assert await reply.get_attribute("lang") == "ar" and await reply.get_attribute("dir") == "rtl"
    assert await direction(reply) == "rtl"
    mine = page.locator("li.msg.me", has_text="مرحبا")
    assert await mine.get_attribute("dir") == "auto" and await direction(mine) == "rtl"

    # Text that looks like markup is shown as the characters typed, and nothing is created from it.
    await box.fill(XSS)
    await page.get_by_role("button", name="إرسال").click()
    echoed = page.locator("li.msg.bot .text", has_text="<img src=x")
    await expect(echoed).to_have_count(1)
    await expect(page.locator("li.msg.me .text", has_text="<img")).to_have_text(XSS)
    assert await page.evaluate("document.querySelectorAll('img').length") == 0
    assert await page.evaluate("window.__pwned === undefined")
    assert await direction(page.locator("li.msg.me", has_text="<img")) == "ltr"  # a Latin line reads left to right
    await page.screenshot(path="/tmp/webchat-ar-390.png")

    # A very long notification wraps inside its bubble: nothing is wider than the phone.
    await WebChatSender(site.mailbox, site.translator).send(
        chat_id=code, message=Rendered("طويل " + "x" * 3000 + " نص " * 1500, "ar", "staff_reply", {}, None)
    )
    await expect(page.locator("li.msg.bot", has_text="طويل")).to_have_count(1)
    assert await page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]

    # Keyboard only: a menu button is a real button that Space presses.
    help_button = page.get_by_role("button", name="مساعدة")
    await help_button.focus()
    await page.keyboard.press("Space")
    await expect(page.locator("li.msg.bot", has_text="كتبت: \u2068مساعدة\u2069")).to_have_count(1)
    await page.screenshot(path="/tmp/webchat-ar-long-390.png")

    await page.get_by_text("رمز محادثتك", exact=True).click()
    await expect(page.locator("#code-value")).to_have_text("-".join(re.findall(".{4}", code)))
    await page.screenshot(path="/tmp/webchat-ar-code-390.png")
    assert problems == []


async def test_a_pasted_chat_code_brings_that_chat_to_this_device(browser, site):
    other = "fedcba9876543210fedcba9876543210"
    await WebChatSender(site.mailbox, site.translator).send(
        chat_id=other, message=Rendered("Başvurunuz onaylandı.", "tr", "status_changed", {}, None)
    )
    page, problems = await phone_page(browser, "fa-IR")
    await page.goto(f"{site.url}/chat")
    await expect(page.locator("html")).to_have_attribute("dir", "rtl")  # Persian browser: the page starts in Persian
    await expect(page.get_by_role("button", name="العربية")).to_be_visible()

    await page.get_by_text("کد گفتگوی شما", exact=True).click()
    field = page.get_by_label("کد گفتگوی شما از دستگاه دیگر")
    await field.fill("not a code")
    await field.press("Enter")
    await expect(page.locator("#code-note")).to_have_text(re.compile("این کد گفتگو نیست"))
    await expect(field).to_have_attribute("aria-invalid", "true")

    await field.fill("FEDC-BA98 7654-3210 fedc-ba98-7654-3210")
    await page.get_by_role("button", name="ادامه با این کد").click()
    notification = page.locator("li.msg.bot", has_text="Başvurunuz onaylandı.")
    await expect(notification).to_have_count(1)
    await expect(page.locator("html")).to_have_attribute("dir", "ltr")  # that chat's language
    assert await page.evaluate("localStorage.getItem('hemsehri.webchat.code')") == other
    await expect(page.get_by_role("button", name="العربية")).to_have_count(0)  # the old chat is gone from view
    await page.screenshot(path="/tmp/webchat-code-switch-390.png")
    assert problems == []


async def test_a_paste_longer_than_one_message_is_sent_whole_in_parts_and_the_person_told(browser, site):
    page, problems = await phone_page(browser, "tr-TR")
    await page.goto(f"{site.url}/chat")
    await expect(page.get_by_role("button", name="العربية")).to_be_visible()
    paste = "".join(f"Satır {n}: kiramı ödeyemiyorum ve ev sahibim beni çıkarmak istiyor. " for n in range(90))[:6000]
    assert len(paste) == 6000
    box = page.get_by_label("Mesajınız")
    await box.focus()
    await page.keyboard.insert_text(paste)  # as a paste arrives: no field cuts it to a length
    assert len(await box.input_value()) == 6000
    await box.press("Enter")

    await expect(page.locator("li.note", has_text="birkaç parça hâlinde")).to_have_count(1)
    await expect(page.locator("li.msg.bot", has_text="Yazdığınız")).to_have_count(2)
    texts = [inbound.text or "" for inbound in site.engine.handled[1:]]
    assert "".join(texts) == paste  # nothing cut, nothing added, in order
    assert len(texts) == 2 and all(len(t) <= 4000 for t in texts)
    assert len(texts[0]) >= 0.9 * 4000 and texts[0].endswith(" ")  # the first part fills a message, at a space
    assert all(inbound.text_limit == 4000 for inbound in site.engine.handled[1:])
    assert await page.locator("li.msg.me").count() == 2
    assert problems == []
