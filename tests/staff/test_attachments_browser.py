"""Attachments opened in the console in real headless Chromium (Debian's): a photo, a PDF and a voice note sent on
Telegram (fetched from the fake Bot API) and through the web chat; an HTML or SVG file is downloaded, never shown."""

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from playwright.async_api import Page, expect

from bot.telegram.files import TelegramFiles
from tests.conftest import serving
from tests.fakes.telegram_api import FakeTelegram
from tests.media import HTML, PNG, SVG, ogg_opus, pdf
from tests.staff.conftest import console_page
from tests.staff.test_attachments import sent_request

pytestmark = pytest.mark.browser

PDF_VIEWER = "chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/"  # Chromium's built-in PDF viewer


@pytest.fixture
async def telegram(ctx) -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram() as fake:
        ctx.file_sources["telegram"] = TelegramFiles(api_url=fake.base_url, token=fake.token)
        yield fake


async def shows_photo(page: Page, selector: str) -> None:
    await expect(page.locator(selector)).to_be_visible()
    await page.wait_for_function(f"document.querySelector({selector!r}).naturalWidth > 0")


async def opens(page: Page, url: str, kind: str) -> None:
    """Opens an attachment's page and checks that Chromium shows or plays the file in it."""
    await page.goto(url)
    if kind == "photo":
        await shows_photo(page, "img.attachment-image")
    elif kind == "voice":  # decoded, and its length known (read from its end: a range request), no media error
        await page.wait_for_function(
            "(a => a.duration > 4.9 && a.duration < 5.1 && !a.error)(document.querySelector('audio'))"
        )
    else:  # the PDF in Chromium's own viewer, inside the page's frame
        await expect(page.locator("iframe.attachment-pdf")).to_be_visible()
        if not any(frame.url.startswith(PDF_VIEWER) for frame in page.frames):
            await page.wait_for_event("framenavigated", predicate=lambda frame: frame.url.startswith(PDF_VIEWER))


async def test_photos_pdfs_and_voice_notes_open_in_the_page_and_html_or_svg_only_downloads(
    ctx, app, team, browser, telegram
):
    for file_id, content in [("AgAC-photo", PNG), ("AwAC-voice", ogg_opus(5)), ("BQAC-pdf", pdf())]:
        telegram.add_file(file_id, content)
    telegram.add_file("BQAC-html", HTML, file_path="documents/file_7.html")
    telegram.add_file("BQAC-svg", SVG, file_path="documents/file_8.svg")
    on_telegram, sent = await sent_request(
        ctx,
        "telegram",
        [
            {"kind": "photo", "file_id": "AgAC-photo"},
            {"kind": "document", "file_id": "BQAC-pdf", "file_name": "kira.pdf"},
            {"kind": "voice", "file_id": "AwAC-voice"},
            {"kind": "document", "file_id": "BQAC-html", "file_name": "fatura.html"},
            {"kind": "document", "file_id": "BQAC-svg", "file_name": "logo.svg"},
        ],
    )
    uploads = [ctx.files.save(content, suffix=suffix) for content, suffix in ((PNG, ".png"), (pdf(), ".pdf"))]
    on_web_chat, uploaded = await sent_request(
        ctx,
        "webchat",
        [
            {"kind": "photo", "file_id": uploads[0]},
            {"kind": "document", "file_id": uploads[1], "file_name": "kimlik.pdf"},
            {"kind": "voice", "file_id": ctx.files.save(ogg_opus(5), suffix=".ogg")},
        ],
    )

    async with serving(app) as base:
        context, page, problems = await console_page(browser, base, "ayse")
        await expect(page.locator("#claim-next")).to_be_visible()

        await page.goto(f"{base}/console/requests/{on_telegram.reference}")
        await shows_photo(page, "img.thumb")  # the Telegram photo, fetched when the thumbnail was asked for
        for request, message in ((on_telegram, sent), (on_web_chat, uploaded)):
            path = f"{base}/console/requests/{request.reference}/attachments/{message.id}"
            for index, kind in enumerate(("photo", "document", "voice")):
                await opens(page, f"{path}/{index}", kind)
                await page.screenshot(path=str(Path(ctx.settings.data_dir).parent / f"{request.reference}-{kind}.png"))

        path = f"{base}/console/requests/{on_telegram.reference}/attachments/{sent.id}"
        for index in (3, 4):
            await page.goto(f"{path}/{index}")
            await expect(page.locator("#download")).to_be_visible()
            async with page.expect_download() as started:
                await page.evaluate("url => { window.location.href = url }", f"{path}/{index}/file")
            download = await started.value
            assert download.suggested_filename.endswith(".bin")
            assert page.url == f"{path}/{index}"  # still the attachment's page: the file was never opened as one
            assert await page.evaluate("window.__pwned") is None
        assert await page.evaluate("document.createElement('audio').canPlayType('audio/webm; codecs=opus')") == (
            "probably"  # a web chat voice note recorded by a browser plays as it is: no transcoding
        )
        await context.close()
    assert problems == []
