"""The fake Telegram Bot API server, driven by the real aiogram and python-telegram-bot clients."""

import asyncio
import datetime as dt
import socket
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

# aiogram imported as the service imports it (bot.telegram.channel): its types' validators built when first used.
from bot.telegram.aiogram_import import import_aiogram  # isort: skip

import_aiogram()

import pytest
import telegram
from aiogram import Bot, Dispatcher, F
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramConflictError,
    TelegramForbiddenError,
    TelegramRetryAfter,
    TelegramUnauthorizedError,
)
from aiogram.filters import CommandStart
from aiogram.types import BufferedInputFile, CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message
from aiogram.types import Update as AiogramUpdate
from aiohttp import ClientSession, web
from telegram.error import BadRequest, Forbidden, InvalidToken, RetryAfter
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, ContextTypes, MessageHandler, filters

from tests.fakes.telegram_api import FakeTelegram, Limits

KEYBOARD = InlineKeyboardMarkup(inline_keyboard=[[InlineKeyboardButton(text="Evet", callback_data="yes")]])
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


class PlainHttpSession(AiohttpSession):
    """aiogram's own HTTP session, closed without the 250 ms pause it makes for TLS connections to drain."""

    async def close(self) -> None:
        """Close the aiohttp session at once."""
        if self._session is not None and not self._session.closed:
            await self._session.close()


def aiogram_bot(tg: FakeTelegram, token: str | None = None) -> Bot:
    """An aiogram Bot whose session talks to the fake."""
    return Bot(token or tg.token, session=PlainHttpSession(api=TelegramAPIServer.from_base(tg.base_url)))


def ptb_bot(tg: FakeTelegram, token: str | None = None) -> telegram.Bot:
    """A python-telegram-bot Bot talking to the fake."""
    return telegram.Bot(token or tg.token, base_url=f"{tg.base_url}/bot", base_file_url=f"{tg.base_url}/file/bot")


async def fetch(http: ClientSession, method: str, url: str, **kwargs: Any) -> dict[str, Any]:
    """One raw HTTP request to the fake, answered as JSON."""
    async with http.request(method, url, **kwargs) as response:
        return await response.json()


@pytest.fixture
async def tg() -> AsyncIterator[FakeTelegram]:
    """A running fake with the default token."""
    async with FakeTelegram() as fake:
        yield fake


@pytest.fixture
async def abot(tg: FakeTelegram) -> AsyncIterator[Bot]:
    """An aiogram Bot on the fake."""
    bot = aiogram_bot(tg)
    yield bot
    await bot.session.close()


@pytest.fixture
async def pbot(tg: FakeTelegram) -> AsyncIterator[telegram.Bot]:
    """An initialized python-telegram-bot Bot on the fake."""
    async with ptb_bot(tg) as bot:
        yield bot


@pytest.fixture
async def http() -> AsyncIterator[ClientSession]:
    """A plain aiohttp client for raw protocol checks."""
    async with ClientSession() as session:
        yield session


async def test_aiogram_get_me_and_send_message_with_inline_keyboard(tg: FakeTelegram, abot: Bot) -> None:
    me = await abot.get_me()
    first = await abot.send_message(42, "Merhaba", reply_markup=KEYBOARD)
    second = await abot.send_message(42, "123")

    assert me.id == 123456 and me.is_bot
    assert (first.message_id, second.message_id) == (1, 2)
    assert (
        first.from_user.id == me.id and first.chat.id == 42 and first.reply_markup.model_dump() == KEYBOARD.model_dump()
    )
    assert [(s.method, s.chat_id, s.text) for s in tg.sent] == [
        ("sendMessage", 42, "Merhaba"),
        ("sendMessage", 42, "123"),
    ]
    assert tg.sent[0].reply_markup == {"inline_keyboard": [[{"text": "Evet", "callback_data": "yes"}]]}
    assert tg.calls_to("sendMessage")[1].params == {"chat_id": 42, "text": "123"}


async def test_aiogram_dispatcher_polling_echoes_and_answers_callbacks(tg: FakeTelegram) -> None:
    dp = Dispatcher()

    @dp.message(CommandStart())
    async def start(message: Message) -> None:
        await message.answer(f"lang={message.from_user.language_code}", reply_markup=KEYBOARD)

    @dp.message(F.text)
    async def echo(message: Message) -> None:
        await message.answer(message.text)

    @dp.callback_query(F.data == "yes")
    async def chosen(query: CallbackQuery) -> None:
        await query.answer("Tamam")
        await query.message.edit_text("chosen")

    polling = asyncio.create_task(dp.start_polling(aiogram_bot(tg), handle_signals=False))
    try:
        tg.push_update(tg.message_update(42, "/start", language_code="ar"))
        [welcome] = await tg.wait_for_sent(1, chat_id=42)
        tg.push_update(tg.message_update(42, "Merhaba"))
        await tg.wait_for_sent(2, chat_id=42)
        assert tg.last_text(42) == "Merhaba"
        tg.push_update(tg.callback_update(42, "yes", message_id=welcome.message_id))
        sent = await tg.wait_for_sent(3, chat_id=42)
    finally:
        await dp.stop_polling()
        await polling

    assert welcome.text == "lang=ar" and welcome.reply_markup == KEYBOARD.model_dump(exclude_none=True)
    assert (sent[-1].method, sent[-1].message_id, sent[-1].text) == ("editMessageText", welcome.message_id, "chosen")
    assert [call.status for call in tg.calls_to("answerCallbackQuery")] == [200]


async def test_ptb_application_polling_echoes_and_answers_callbacks(tg: FakeTelegram) -> None:
    async def start(update: telegram.Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        keyboard = telegram.InlineKeyboardMarkup([[telegram.InlineKeyboardButton("Evet", callback_data="yes")]])
        await update.message.reply_text(f"lang={update.effective_user.language_code}", reply_markup=keyboard)

    async def echo(update: telegram.Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.message.reply_text(update.message.text)

    async def chosen(update: telegram.Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.callback_query.answer()
        await update.callback_query.edit_message_text("chosen")

    app = (
        Application.builder()
        .token(tg.token)
        .base_url(f"{tg.base_url}/bot")
        .base_file_url(f"{tg.base_url}/file/bot")
        .build()
    )
    app.add_handler(CommandHandler("start", start))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    app.add_handler(CallbackQueryHandler(chosen))
    await app.initialize()
    await app.start()
    await app.updater.start_polling()
    try:
        tg.push_update(tg.message_update(7, "/start", language_code="tr"))
        [welcome] = await tg.wait_for_sent(1, chat_id=7)
        tg.push_update(tg.message_update(7, "Günaydın"))
        await tg.wait_for_sent(2, chat_id=7)
        assert tg.last_text(7) == "Günaydın"
        tg.push_update(tg.callback_update(7, "yes", message_id=welcome.message_id))
        sent = await tg.wait_for_sent(3, chat_id=7)
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()

    assert welcome.text == "lang=tr"
    assert (sent[-1].method, sent[-1].text, sent[-1].reply_markup) == ("editMessageText", "chosen", None)
    assert [call.status for call in tg.calls_to("answerCallbackQuery")] == [200]
    assert tg.calls_to("deleteWebhook"), "PTB's polling bootstrap deletes the webhook first"


async def test_get_file_and_download_with_both_clients(tg: FakeTelegram, abot: Bot, pbot: telegram.Bot) -> None:
    tg.add_file("doc-1", b"kimlik", file_path="documents/kimlik.pdf")
    photo_id = tg.photo_update(42, b"jpeg bytes")["message"]["photo"][-1]["file_id"]

    file = await abot.get_file("doc-1")
    assert file.file_path == "documents/kimlik.pdf"
    assert (await abot.download_file(file.file_path)).read() == b"kimlik"
    assert await (await pbot.get_file("doc-1")).download_as_bytearray() == b"kimlik"
    assert (await abot.download(photo_id)).read() == b"jpeg bytes"
    assert await (await pbot.get_file(photo_id)).download_as_bytearray() == b"jpeg bytes"
    with pytest.raises(TelegramBadRequest, match="invalid file_id"):
        await abot.get_file("nope")


async def test_uploads_from_both_clients_become_downloadable_files(
    tg: FakeTelegram, abot: Bot, pbot: telegram.Bot
) -> None:
    document = await abot.send_document(42, BufferedInputFile(b"rapor", "rapor.txt"), caption="Rapor")
    photo = await pbot.send_photo(42, b"\xff\xd8 photo", caption="<b>Foto</b>", parse_mode="HTML")
    voice = await abot.send_voice(42, BufferedInputFile(b"OggS voice", "sesli.ogg"))
    album = await pbot.send_media_group(
        42, [telegram.InputMediaPhoto(b"one"), telegram.InputMediaDocument(b"two", filename="two.txt")]
    )

    assert document.document.file_name == "rapor.txt" and document.caption == "Rapor"
    assert photo.caption == "Foto"
    assert await (await pbot.get_file(document.document.file_id)).download_as_bytearray() == b"rapor"
    assert (await abot.download(photo.photo[-1].file_id)).read() == b"\xff\xd8 photo"
    assert (await abot.download(voice.voice.file_id)).read() == b"OggS voice"
    assert album[0].media_group_id == album[1].media_group_id and album[1].document.file_name == "two.txt"
    assert [s.method for s in tg.sent] == ["sendDocument", "sendPhoto", "sendVoice", "sendMediaGroup", "sendMediaGroup"]


async def test_bad_requests_surface_as_each_clients_error(tg: FakeTelegram, abot: Bot, pbot: telegram.Bot) -> None:
    long_data = InlineKeyboardMarkup(inline_keyboard=[[InlineKeyboardButton(text="x", callback_data="ç" * 33)]])
    empty_data = telegram.InlineKeyboardMarkup([[telegram.InlineKeyboardButton("x", callback_data="")]])
    cases: list[tuple[str, Callable[[], Awaitable[Any]], Callable[[], Awaitable[Any]]]] = [
        ("message text is empty", lambda: abot.send_message(42, ""), lambda: pbot.send_message(42, " ")),
        ("message is too long", lambda: abot.send_message(42, "ğ" * 4097), lambda: pbot.send_message(42, "a" * 4097)),
        (
            "BUTTON_DATA_INVALID",
            lambda: abot.send_message(42, "x", reply_markup=long_data),
            lambda: pbot.send_message(42, "x", reply_markup=empty_data),
        ),
        (
            "can't parse entities",
            lambda: abot.send_message(42, "1 < 2", parse_mode="HTML"),
            lambda: pbot.send_message(42, "<b>bold", parse_mode="HTML"),
        ),
        (
            "message to edit not found",
            lambda: abot.edit_message_text("x", chat_id=42, message_id=99),
            lambda: pbot.edit_message_text("x", chat_id=42, message_id=99),
        ),
    ]
    for description, aiogram_call, ptb_call in cases:
        with pytest.raises(TelegramBadRequest, match=f"Bad Request: {description}"):
            await aiogram_call()
        with pytest.raises(BadRequest, match=f"(?i){description}"):
            await ptb_call()

    longest_data = InlineKeyboardMarkup(inline_keyboard=[[InlineKeyboardButton(text="x", callback_data="ç" * 32)]])
    accepted = [
        await abot.send_message(42, "ğ" * 4096),
        await abot.send_message(42, "x", reply_markup=longest_data),
        await pbot.send_message(42, "<b>1 &lt; 2</b> &amp; <a href='https://example.org'>3</a>", parse_mode="HTML"),
    ]
    assert [message.message_id for message in accepted] == [1, 2, 3]
    assert tg.last_text(42) == accepted[2].text == "1 < 2 & 3"
    assert [call.status for call in tg.calls_to("sendMessage")] == [400] * 8 + [200] * 3


async def test_blocked_chats_are_forbidden_for_both_clients(tg: FakeTelegram, abot: Bot, pbot: telegram.Bot) -> None:
    tg.block(42)

    with pytest.raises(TelegramForbiddenError, match="bot was blocked by the user"):
        await abot.send_message(42, "Merhaba")
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await pbot.send_message(42, "Merhaba")
    assert (await abot.send_message(43, "Merhaba")).chat.id == 43
    tg.unblock(42)
    assert (await pbot.send_message(42, "Merhaba")).chat.id == 42
    assert [(s.chat_id, s.text) for s in tg.sent] == [(43, "Merhaba"), (42, "Merhaba")]


async def test_edits_deletes_chat_actions_and_callback_answers(tg: FakeTelegram, abot: Bot) -> None:
    message = await abot.send_message(42, "Menü", reply_markup=KEYBOARD)
    press = tg.callback_update(42, "yes", message_id=message.message_id)
    never_pushed = tg.callback_update(42, "yes", message_id=message.message_id)
    tg.push_update(press)

    assert press["callback_query"]["message"]["reply_markup"] == tg.sent[0].reply_markup
    assert await abot.answer_callback_query(press["callback_query"]["id"], text="Tamam")
    for query in (press, never_pushed):
        with pytest.raises(TelegramBadRequest, match="query is too old"):
            await abot.answer_callback_query(query["callback_query"]["id"])
    edited = await abot.edit_message_reply_markup(chat_id=42, message_id=message.message_id)
    assert edited.reply_markup is None and tg.sent[-1].method == "editMessageReplyMarkup"
    with pytest.raises(TelegramBadRequest, match="message is not modified"):
        await abot.edit_message_text("Menü", chat_id=42, message_id=message.message_id)
    assert await abot.send_chat_action(42, "typing")
    with pytest.raises(TelegramBadRequest, match="wrong parameter action"):
        await abot.send_chat_action(42, "dancing")
    assert await abot.delete_message(42, message.message_id)
    with pytest.raises(TelegramBadRequest, match="message to delete not found"):
        await abot.delete_message(42, message.message_id)


async def test_commands_per_scope_and_language(tg: FakeTelegram, abot: Bot, pbot: telegram.Bot) -> None:
    assert await pbot.set_my_commands([telegram.BotCommand("start", "Başla")], language_code="tr")

    assert [(c.command, c.description) for c in await abot.get_my_commands(language_code="tr")] == [("start", "Başla")]
    assert await abot.get_my_commands() == []
    for command, description in [("Start", "BOT_COMMAND_INVALID"), ("start", "description must be non-empty")]:
        with pytest.raises(BadRequest, match=f"(?i){description}"):
            await pbot.set_my_commands(
                [telegram.BotCommand(command, " ")] if "empty" in description else [(command, "x")]
            )
    assert await abot.delete_my_commands(language_code="tr")
    assert await pbot.get_my_commands(language_code="tr") == ()
    assert await abot.log_out() and await pbot.close()


async def test_flood_limits_answer_429_with_retry_after(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "true")
    now = 0.0
    async with FakeTelegram(limits=Limits(per_chat_per_second=1, per_group_per_minute=2), clock=lambda: now) as tg:
        abot = aiogram_bot(tg)
        async with ptb_bot(tg) as pbot:
            await abot.send_message(42, "bir")
            with pytest.raises(TelegramRetryAfter) as aiogram_error:
                await abot.send_message(42, "iki")
            with pytest.raises(RetryAfter) as ptb_error:
                await pbot.send_message(42, "iki")
            now = 1.0
            await pbot.send_message(42, "iki")
            now = 2.0
            await abot.send_message(-100123, "grup")
            now = 12.0
            await abot.send_message(-100123, "grup")
            now = 22.0
            with pytest.raises(TelegramRetryAfter) as group_error:
                await abot.send_message(-100123, "grup")
        await abot.session.close()

    assert aiogram_error.value.retry_after == 1 and ptb_error.value.retry_after == dt.timedelta(seconds=1)
    assert group_error.value.retry_after == 40
    assert "Too Many Requests: retry after 40" in str(group_error.value)
    assert tg.too_many_requests == 3
    assert [s.text for s in tg.sent] == ["bir", "iki", "grup", "grup"]


async def test_global_limit_and_raw_protocol(http: ClientSession) -> None:
    async with FakeTelegram(("1:A", "2:B"), limits=Limits(global_per_second=2), clock=lambda: 0.0) as tg:
        api = f"{tg.base_url}/bot1:A"
        markup = '{"inline_keyboard": []}'
        answers = [
            await fetch(http, "POST", f"{api}/sendMessage", json={"chat_id": "5", "text": "1", "reply_markup": markup}),
            await fetch(http, "GET", f"{api}/SENDMESSAGE", params={"chat_id": "6", "text": "2"}),
            await fetch(http, "POST", f"{api}/sendMessage", data={"chat_id": "7", "text": "3"}),
            await fetch(http, "GET", f"{tg.base_url}/bot2:B/getMe"),
            await fetch(http, "GET", f"{tg.base_url}/bot3:C/getMe"),
            await fetch(http, "GET", f"{api}/getMyShoes"),
        ]

    assert [a["result"]["text"] for a in answers[:2]] == ["1", "2"]
    assert answers[2] == {
        "ok": False,
        "error_code": 429,
        "description": "Too Many Requests: retry after 1",
        "parameters": {"retry_after": 1},
    }
    assert answers[3]["result"]["id"] == 2
    assert answers[4] == {"ok": False, "error_code": 401, "description": "Unauthorized"}
    assert answers[5] == {"ok": False, "error_code": 404, "description": "Not Found"}
    assert tg.calls[0].params == {"chat_id": 5, "text": "1", "reply_markup": {"inline_keyboard": []}}
    assert [c.method for c in tg.calls] == ["sendMessage"] * 3 + ["getMe", "getMe", "getMyShoes"]


async def test_wrong_token_is_unauthorized_for_both_clients(tg: FakeTelegram) -> None:
    bot = aiogram_bot(tg, "999:WRONG")
    with pytest.raises(TelegramUnauthorizedError):
        await bot.get_me()
    await bot.session.close()
    with pytest.raises(InvalidToken):
        async with ptb_bot(tg, "999:WRONG"):
            pass


async def test_get_updates_long_poll_offset_replay_and_allowed_updates(tg: FakeTelegram, abot: Bot) -> None:
    poll = asyncio.create_task(abot.get_updates(timeout=30))
    await tg.wait_until(lambda: any(call.status is None for call in tg.calls_to("getUpdates")))
    first = tg.push_update(tg.message_update(42, "bir"))
    assert [u.update_id for u in await poll] == [first]
    assert [u.update_id for u in await abot.get_updates(timeout=0)] == [first], "unconfirmed updates come again"

    second, third = (tg.push_update(tg.message_update(42, text)) for text in ("iki", "üç"))
    assert [u.update_id for u in await abot.get_updates(offset=first + 1, limit=1)] == [second]
    replay = tg.push_update({**tg.message_update(42, "bir"), "update_id": first})
    assert replay == first
    assert [u.update_id for u in await abot.get_updates(offset=second + 1)] == [third, first]
    assert await abot.get_updates(offset=third + 1, timeout=0) == []

    await abot.get_updates(offset=third + 1, allowed_updates=["callback_query"], timeout=0)
    tg.push_update(tg.message_update(42, "filtered out"))
    press = tg.push_update(tg.callback_update(42, "yes", message_id=1))
    assert [u.update_id for u in await abot.get_updates(timeout=0)] == [press]

    older = asyncio.create_task(abot.get_updates(offset=press + 1, timeout=30))
    await tg.wait_until(lambda: any(call.status is None for call in tg.calls_to("getUpdates")))
    assert await abot.get_updates(timeout=0) == []
    with pytest.raises(TelegramConflictError, match="terminated by other getUpdates request"):
        await older


async def test_close_answers_a_waiting_long_poll() -> None:
    async with FakeTelegram() as tg:
        bot = aiogram_bot(tg)
        poll = asyncio.create_task(bot.get_updates(timeout=30))
        await tg.wait_until(lambda: any(call.status is None for call in tg.calls_to("getUpdates")))
    assert await poll == []
    await bot.session.close()


async def test_update_builders_parse_in_both_clients(
    tg: FakeTelegram, pbot: telegram.Bot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "true")
    updates = [
        tg.message_update(42, "/start@test_123456_bot payload", language_code="ar", username="ayse"),
        tg.message_update(42, "grupta", chat_id=-100555),
        tg.contact_update(42, "+905551112233"),
        tg.photo_update(42, caption="foto"),
        tg.document_update(42, file_name="kimlik.pdf"),
        tg.voice_update(42, duration=3),
        tg.sticker_update(42),
        tg.location_update(42, 41.01, 28.97),
        tg.edited_message_update(42, "düzeltme", message_id=1),
        tg.callback_update(42, "lang:tr", message_id=1),
    ]
    for number, update in enumerate(updates, start=1):
        update["update_id"] = number
        assert AiogramUpdate.model_validate(update).update_id == number
        assert telegram.Update.de_json(update, pbot).update_id == number

    start = telegram.Update.de_json(updates[0], pbot).message
    assert start.entities[0].type == "bot_command" and start.entities[0].length == len("/start@test_123456_bot")
    assert start.from_user.language_code == "ar" and start.chat.type == "private"
    assert AiogramUpdate.model_validate(updates[1]).message.chat.type == "supergroup"
    contact = AiogramUpdate.model_validate(updates[2]).message.contact
    assert (contact.phone_number, contact.user_id) == ("+905551112233", 42)
    assert telegram.Update.de_json(updates[5], pbot).message.voice.duration == dt.timedelta(seconds=3)
    assert telegram.Update.de_json(updates[8], pbot).edited_message.text == "düzeltme"
    assert AiogramUpdate.model_validate(updates[9]).callback_query.data == "lang:tr"


async def receiver(statuses: list[int], received: list[tuple[str | None, dict[str, Any]]]) -> web.AppRunner:
    """A webhook receiver on 127.0.0.1 answering the given statuses in turn (200 once they run out)."""

    async def hook(request: web.Request) -> web.Response:
        received.append((request.headers.get(SECRET_HEADER), await request.json()))
        return web.Response(status=statuses.pop(0) if statuses else 200)

    app = web.Application()
    app.router.add_post("/hook", hook)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    return runner


async def test_webhook_delivery_retries_until_accepted(tg: FakeTelegram, abot: Bot) -> None:
    received: list[tuple[str | None, dict[str, Any]]] = []
    runner = await receiver([500], received)
    url = f"http://127.0.0.1:{runner.addresses[0][1]}/hook"
    try:
        assert await abot.set_webhook(url, secret_token="s3cret")
        first = tg.push_update(tg.message_update(42, "bir"))
        second = tg.push_update(tg.message_update(42, "iki"))
        await tg.wait_until(lambda: len(tg.webhook_attempts) == 3, what=lambda: f"{tg.webhook_attempts}")
        info = await abot.get_webhook_info()
        with pytest.raises(TelegramConflictError, match="webhook is active"):
            await abot.get_updates()
        assert await abot.delete_webhook()
    finally:
        await runner.cleanup()

    assert [(a.update_id, a.status) for a in tg.webhook_attempts] == [(first, 500), (first, 200), (second, 200)]
    assert [(secret, body["update_id"]) for secret, body in received] == [("s3cret", first)] * 2 + [("s3cret", second)]
    assert received[0][1]["message"]["text"] == "bir"
    assert (info.url, info.pending_update_count) == (url, 0)
    assert info.last_error_message == "Wrong response from the webhook: 500 Internal Server Error"
    assert await abot.get_updates(timeout=0) == []


async def test_webhook_gives_up_after_max_attempts(http: ClientSession) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    async with FakeTelegram(max_attempts=2, retry_delay=0) as tg:
        api = f"{tg.base_url}/bot{tg.token}"
        refused = await fetch(http, "POST", f"{api}/setWebhook", json={"url": "https://example.org/hook"})
        tg.push_update(tg.message_update(42, "dropped"))
        webhook = {"url": f"http://127.0.0.1:{closed_port}/", "drop_pending_updates": True}
        accepted = await fetch(http, "POST", f"{api}/setWebhook", json=webhook)
        update_id = tg.push_update(tg.message_update(42, "kayıp"))
        await tg.wait_until(lambda: len(tg.webhook_attempts) == 2)
        info = await fetch(http, "GET", f"{api}/getWebhookInfo")

    assert refused["error_code"] == 400 and "bad webhook" in refused["description"]
    assert accepted == {"ok": True, "result": True}
    assert [(a.update_id, a.status) for a in tg.webhook_attempts] == [(update_id, None)] * 2
    assert all("ClientConnectorError" in (a.error or "") for a in tg.webhook_attempts)
    assert info["result"]["pending_update_count"] == 0
