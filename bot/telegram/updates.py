"""A Telegram update's way through the channel kit, and sending: what both runtimes share.

The runtimes (bot/telegram/aiogram.py, bot/telegram/ptb.py) differ only in how they poll, how they make one Bot
API call (`Execute`) and which exceptions their client raises; everything else is here once: the update handed to
the kit's pipeline, the calls that answer it, the short wait a reply may give a 429, a notification of any length,
and what a refused call means for the delivery worker (:func:`send_error`).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from bot.channel import Conversations, CouldNotRecord, Outcome, Pipeline, send_in_pieces
from bot.telegram.parse import ALLOWED_UPDATES, Incoming, read_update, update_kind
from bot.telegram.render import (
    MAX_CAPTION_LENGTH,
    ApiCall,
    Renderer,
    answer_callback,
    file_call,
    send_message_calls,
    telegram_chat_id,
)
from core.delivery.errors import RetryLater, SendError, Undeliverable, Unreachable
from core.delivery.schemas import Rendered, SentFile
from core.i18n import Translator
from handlers.types import Reply

log = logging.getLogger("bot.telegram")

POLLING_RETRY_DELAYS: tuple[float, ...] = (0.5, 2.0, 5.0)
REPLY_RETRY_AFTER_CAP = 5.0  # a reply waits this long at most for a 429 before giving up on the rest
PRIVATE_ONLY_KEY = "telegram-private-only"
UNEXPECTED_KEY = "error-unexpected"
# A 400 that means the person is gone, not that the message is wrong: stop sending to them.
UNREACHABLE_BAD_REQUESTS = ("chat not found", "user is deactivated", "peer_id_invalid")

Execute = Callable[[ApiCall], Awaitable[str | None]]


class Refusal(Enum):
    """What a runtime's exception says Telegram did with a call."""

    RETRY_AFTER = "retry after"  # 429: too many requests
    FORBIDDEN = "forbidden"  # 403: blocked by the person, or the account deleted
    BAD_REQUEST = "bad request"  # 400
    MIGRATED = "migrated"  # the group became a supergroup
    OTHER = "other"  # 5xx, network, conflict, a revoked token


def send_error(refusal: Refusal, message: str, *, retry_after: float | None = None, name: str = "") -> SendError:
    """The delivery worker's view of a refused call: retry later, stop sending, or give up on it."""
    if refusal is Refusal.RETRY_AFTER:
        return RetryLater(message, retry_after=retry_after)
    if refusal is Refusal.FORBIDDEN:
        return Unreachable(message)
    if refusal is Refusal.BAD_REQUEST:
        if any(reason in message.lower() for reason in UNREACHABLE_BAD_REQUESTS):
            return Unreachable(message)
        return Undeliverable(message)
    if refusal is Refusal.MIGRATED:
        return Undeliverable(message)
    return RetryLater(f"{name}: {message}")


class TelegramRuntime:
    """What both runtimes offer the channel, the webhook, polling and the delivery worker.

    A runtime makes its client's Bot API calls (`execute`), polls, starts and closes; the rest is the same for
    both and written here once.
    """

    name: str
    pipeline: UpdatePipeline
    bot: Any  # aiogram's Bot or python-telegram-bot's: the same methods for the calls below

    @property
    def allowed_updates(self) -> list[str]:
        """The update types polling asks for."""
        raise NotImplementedError

    async def start(self) -> None:
        raise NotImplementedError

    async def close(self) -> None:
        raise NotImplementedError

    async def execute(self, call: ApiCall) -> str | None:
        raise NotImplementedError

    async def run_polling(self, stop: asyncio.Event | None = None) -> None:
        raise NotImplementedError

    async def feed(self, update: Mapping[str, Any]) -> tuple[Outcome, dict[str, Any] | None]:
        """Handles one webhook update before returning; raises CouldNotRecord when it must come again.

        Returns the outcome and the Bot API call for the webhook's answer, if any (see WebhookReply).
        """
        await self.start()
        reply = WebhookReply(self.execute)
        outcome = await self.pipeline.feed(update, reply)
        return outcome, reply.body()

    async def send(self, *, chat_id: str, message: Rendered) -> str:
        """The delivery worker's sender: the text in as many messages as it needs, or as the caption of the file
        staff attached; the first message's id."""
        if message.attachment is not None:
            return await send_file(chat_id, message.text, message.attachment, self.execute)
        return await self.send_text(chat_id, message.text)

    async def send_text(self, chat_id: str, text: str) -> str:
        return await send_text(chat_id, text, self.execute)

    async def me(self) -> str:
        """The bot's username (a getMe call, which also checks the token)."""
        await self.start()
        return (await self.bot.get_me()).username or str(self.bot.id)

    async def webhook_url(self) -> str:
        await self.start()
        return str((await self.bot.get_webhook_info()).url)

    async def set_webhook(self, url: str, secret: str) -> None:
        await self.start()
        await self.bot.set_webhook(url=url, secret_token=secret, allowed_updates=list(ALLOWED_UPDATES))

    async def delete_webhook(self) -> None:
        await self.start()
        await self.bot.delete_webhook()


@dataclass
class WebhookReply:
    """Makes an update's calls, except the button's answerCallbackQuery, kept for the webhook's HTTP answer.

    Telegram makes the one Bot API call a webhook answers with, without a request of ours; its result never comes
    back, which answerCallbackQuery's is not needed for. ~0.4 requests per update less (bench/inbound.py). The
    button stops spinning once the update is handled, after the reply's messages were sent.
    """

    execute: Execute
    call: ApiCall | None = None

    async def __call__(self, call: ApiCall) -> str | None:
        if self.call is None and call.method == "answerCallbackQuery":
            self.call = call
            return None
        return await self.execute(call)

    def body(self) -> dict[str, Any] | None:
        """The webhook answer's JSON body: the kept call's method and parameters."""
        return None if self.call is None else {"method": self.call.method, **self.call.params}


@dataclass
class UpdatePipeline:
    """Hands each update to the kit's pipeline and says its reply, the same way for every runtime."""

    conversations: Conversations
    translator: Translator
    source: str
    retry_delays: Sequence[float] = POLLING_RETRY_DELAYS
    kit: Pipeline = field(init=False, repr=False)
    renderer: Renderer = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.kit = Pipeline(self.conversations)
        self.renderer = Renderer(self.translator, self.conversations.menu_labels)

    async def feed(self, update: Mapping[str, Any], execute: Execute) -> Outcome:
        """A webhook update: handled before this returns; raises CouldNotRecord when it must come again.

        The webhook hands the raw update straight here: the framework's own parse and dispatch (aiogram's
        Update model and middlewares, python-telegram-bot's Update.de_json and handlers) decided nothing the
        pipeline does not decide again from the raw update, and cost ~1 ms per update (bench/inbound.py).
        """
        if update_kind(update) not in ALLOWED_UPDATES:
            log.debug("ignored webhook update of type %s", update_kind(update))
            return Outcome.IGNORED
        return await self.process(update, execute)

    async def process_with_retry(self, update: Mapping[str, Any], execute: Execute) -> Outcome:
        """Processes a polled update, retrying while it cannot be recorded; after that it is lost (and logged)."""
        for delay in [*self.retry_delays, None]:
            try:
                return await self.process(update, execute)
            except CouldNotRecord as exc:
                if delay is None:
                    log.error("update %s dropped: it could not be recorded (%s)", update.get("update_id"), exc)
                    return Outcome.POISON
                log.warning(
                    "update %s could not be recorded (%s); retrying in %s s", update.get("update_id"), exc, delay
                )
                await asyncio.sleep(delay)
        raise AssertionError("unreachable")

    async def process(self, update: Mapping[str, Any], execute: Execute) -> Outcome:
        """Handles one update and says the reply; raises CouldNotRecord when it must come again."""
        incoming = read_update(update, source=self.source)
        if incoming.inbound is None or incoming.chat_id is None:
            calls = [answer_callback(incoming.callback_query_id)] if incoming.callback_query_id else []
            if incoming.private_only_note and incoming.chat_id is not None:
                locale = self.translator.resolve(incoming.language_code)
                note = self.renderer.optional(locale, PRIVATE_ONLY_KEY)
                calls.extend(send_message_calls(incoming.chat_id, note) if note else [])
            await send_all(calls, execute)
            return Outcome.IGNORED
        return await self.kit.handle(incoming.inbound, _Answer(self, incoming, execute))

    def apology(self, incoming: Incoming, locale: str | None) -> list[ApiCall]:
        """The calls that say something went wrong (and stop the pressed button spinning)."""
        calls = [answer_callback(incoming.callback_query_id)] if incoming.callback_query_id else []
        text = self.renderer.optional(locale or self.translator.resolve(incoming.language_code), UNEXPECTED_KEY)
        if text and incoming.chat_id is not None:
            calls.extend(send_message_calls(incoming.chat_id, text))
        return calls


@dataclass
class _Answer:
    """One update's answer: Bot API calls, made in order with the runtime's client."""

    pipeline: UpdatePipeline
    incoming: Incoming
    execute: Execute

    @property
    def about(self) -> str:
        return f"update {self.incoming.update_id}"

    def render(self, reply: Reply) -> list[ApiCall]:
        chat_id = self.incoming.chat_id
        assert chat_id is not None  # only an update with a chat reaches the engine
        return self.pipeline.renderer.render(reply, chat_id=chat_id, callback_query_id=self.incoming.callback_query_id)

    async def send(self, rendered: list[ApiCall]) -> None:
        await send_all(rendered, self.execute)

    async def apologise(self, locale: str | None) -> None:
        await send_all(self.pipeline.apology(self.incoming, locale), self.execute)


async def send_all(calls: Sequence[ApiCall], execute: Execute) -> None:
    """Makes the calls in order; a failure is logged, never raised (what was said is already recorded)."""
    for call in calls:
        try:
            await _with_short_retry(call, execute)
        except Unreachable as exc:
            log.info("chat unreachable, %s not made: %s", call.method, exc)
            return
        except (Undeliverable, RetryLater) as exc:
            log.warning("%s failed: %s", call.method, exc)
            if call.method == "sendMessage":
                return  # never send a later piece without the earlier one
        except Exception:
            log.exception("%s failed", call.method)
            return


async def _with_short_retry(call: ApiCall, execute: Execute) -> str | None:
    """A reply is worth a short wait: one retry after a 429 that asks for a few seconds at most."""
    try:
        return await execute(call)
    except RetryLater as exc:
        if exc.retry_after is None or exc.retry_after > REPLY_RETRY_AFTER_CAP:
            raise
        await asyncio.sleep(exc.retry_after)
        return await execute(call)


async def send_file(chat_id: str | int, text: str, file: SentFile, execute: Execute) -> str:
    """Sends a file with the text as its caption; a text too long for a caption goes first, on its own, and a file
    failing after it is Undeliverable (as a later piece of a text is). Returns the first message's id."""
    if len(text) <= MAX_CAPTION_LENGTH:
        return str(await execute(file_call(telegram_chat_id(chat_id), file, text)))
    first = await send_text(chat_id, text, execute)
    try:
        await _with_short_retry(file_call(telegram_chat_id(chat_id), file, ""), execute)
    except (RetryLater, Undeliverable) as exc:
        raise Undeliverable(f"sent the text ({first}), then the file failed: {exc}") from exc
    return first


async def send_text(chat_id: str | int, text: str, execute: Execute) -> str:
    """Sends a notification of any length; returns the first piece's message id (see bot.channel.send_in_pieces)."""
    target = telegram_chat_id(chat_id)

    async def piece(text: str, number: int) -> str:
        [call] = send_message_calls(target, text)
        return str(await (execute(call) if number == 1 else _with_short_retry(call, execute)))

    return await send_in_pieces(text, piece)
