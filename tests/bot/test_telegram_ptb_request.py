"""python-telegram-bot's requests over aiohttp (bot.telegram.ptb.AiohttpRequest), against the fake Bot API."""

from tests.bot.conftest import make_runtime


async def test_the_ptb_runtime_uploads_and_downloads_files_over_aiohttp(settings, fake, echo, translator):
    from bot.telegram.ptb import AiohttpRequest

    runtime = make_runtime(settings, fake, "ptb", echo, translator)
    try:
        await runtime.start()
        bot = runtime.bot
        assert isinstance(bot.request, AiohttpRequest)
        sent = await bot.send_document(chat_id=42, document=b"%PDF-1.4 ikamet", filename="ikamet.pdf", caption="belge")
        assert sent.document is not None and sent.caption == "belge"
        assert fake.sent_to(42)[-1].method == "sendDocument"
        file = await bot.get_file(sent.document.file_id)
        assert bytes(await file.download_as_bytearray()) == b"%PDF-1.4 ikamet"
    finally:
        await runtime.close()
