"""A fake Telegram Bot API server on 127.0.0.1 that the real aiogram and python-telegram-bot clients talk to.

Rules it follows, kept close to the real Bot API:

* Requests: ``/bot<token>/<method>`` by GET or POST, parameters from the query string and a JSON,
  urlencoded or multipart body. Form values are strings: both clients JSON-encode every value that is not a
  string, so a value that parses as JSON is decoded, except the parameters in ``STRING_PARAMS``, which
  stay strings ("123" as text is text). ``attach://<name>`` and file parts become :class:`UploadedFile`.
  Method names are case-insensitive. A bad token answers 401, an unknown method 404.
* Text: 1..4096 characters, counted with ``len`` (Unicode code points, as tdlib's ``utf8_length``) on the
  text as shown: for ``parse_mode=HTML`` the tags are checked and removed and the entities decoded, and the
  stored text is the shown one; other parse modes are not parsed. Captions: up to 1024.
* ``callback_data``: 1..64 bytes of UTF-8.
* Updates: ``offset`` confirms the updates getUpdates already returned whose id is below it, so an update
  pushed again later with an old id (a replay) is still delivered. ``allowed_updates`` (of getUpdates or
  setWebhook) decides which pushed updates are queued at all; before it is set, all but chat_member,
  message_reaction and message_reaction_count are. A newer getUpdates ends a waiting one with 409.
* Webhooks: delivered only to loopback hosts (http allowed), in order, one at a time per bot; a failed
  POST is retried after ``retry_delay * 2**(attempt-1)`` seconds and dropped after ``max_attempts``.
* Message ids are counted per chat, shared by the users' and the bots' messages; file ids are shared by
  all bots.
* Rate limits: see :class:`Limits`.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import html
import itertools
import json
import math
import re
import time
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Self
from urllib.parse import urlsplit

from aiohttp import ClientError, ClientSession, ClientTimeout, web

Json = dict[str, Any]

DEFAULT_TOKEN = "123456:TEST-TOKEN"
MAX_TEXT_LENGTH = 4096
MAX_CAPTION_LENGTH = 1024
MAX_CALLBACK_DATA_BYTES = 64
STRING_PARAMS = frozenset(
    "action address animation audio business_connection_id callback_query_id caption description document "
    "emoji file_id first_name inline_message_id ip_address language_code last_name message_effect_id name "
    "parse_mode phone_number photo secret_token short_description sticker text title url vcard video "
    "voice".split()
)

_DEFAULT_EXCLUDED_UPDATES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})
_LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
_CHAT_ACTIONS = frozenset(
    "typing upload_photo record_video upload_video record_voice upload_voice upload_document "
    "choose_sticker find_location record_video_note upload_video_note".split()
)
_HTML_TAGS = frozenset("a b blockquote code del em i ins pre s span strike strong tg-emoji tg-spoiler u".split())
_HTML_TAG = re.compile(r"<(/?)([A-Za-z][\w-]*)?[^<>]*>")
_HTML_ENTITY = re.compile(r"&(?:lt|gt|amp|quot|#\d+|#x[0-9A-Fa-f]+);")
_COMMAND = re.compile(r"/[A-Za-z0-9_]{1,32}(?:@\w+)?")
_BOT_COMMAND = re.compile(r"[a-z0-9_]+")
_NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are exactly "
    "the same as a current content and reply markup of the message"
)


@dataclass
class Call:
    """One request the fake received; status is its HTTP status once answered."""

    method: str
    params: Json
    time: float
    token: str
    status: int | None = None
    via_webhook: bool = False  # made from a webhook's answer, as Telegram does, not requested by the bot


@dataclass(frozen=True)
class SentMessage:
    """One message a bot sent or edited, as the chat shows it afterwards."""

    method: str
    chat_id: int
    message_id: int
    text: str | None
    reply_markup: Json | None
    message: Json


@dataclass(frozen=True)
class UploadedFile:
    """A file part of a multipart request."""

    filename: str
    content: bytes
    content_type: str


@dataclass(frozen=True)
class WebhookAttempt:
    """One POST of an update to a webhook: the answer's HTTP status, or the connection error."""

    update_id: int
    status: int | None
    error: str | None
    time: float


@dataclass(frozen=True)
class Limits:
    """Flood limits on the messages a bot sends; None switches a limit off.

    Counted: sendMessage, sendPhoto, sendDocument, sendVoice and sendMediaGroup (one per call), never edits.
    A send to chat C at clock time t answers 429 when, counting only the sends accepted before it:
    * ``global_per_second`` sends were accepted in (t - 1, t];
    * ``per_chat_burst`` sends to C were accepted in (t - per_chat_burst / per_chat_per_second, t];
    * C < 0 (a group) and ``per_group_per_minute`` sends to C were accepted in (t - 60, t].
    ``retry_after``: the seconds until every exceeded window has room again, rounded up, at least 1.
    """

    global_per_second: int | None = None
    per_chat_per_second: float | None = None
    per_chat_burst: int = 1
    per_group_per_minute: int | None = None


class _ApiError(Exception):
    """A Bot API error answer."""

    def __init__(self, status: int, description: str, parameters: Json | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters

    def response(self) -> web.Response:
        """The error in Telegram's envelope."""
        body: Json = {"ok": False, "error_code": self.status, "description": self.description}
        if self.parameters:
            body["parameters"] = self.parameters
        return web.json_response(body, status=self.status)


class _Signal:
    """Wakes every waiter whenever the fake's state changes (notify needs no await, unlike a Condition)."""

    def __init__(self) -> None:
        self._event = asyncio.Event()

    def notify(self) -> None:
        """Wake everyone waiting now."""
        self._event.set()
        self._event = asyncio.Event()

    async def wait_for(self, ready: Callable[[], bool]) -> None:
        """Return once ready() is true, checking after every change."""
        while not ready():
            await self._event.wait()


class _RateLimiter:
    """Sliding-window flood control for one bot, by the rule of :class:`Limits`."""

    def __init__(self, limits: Limits, clock: Callable[[], float]) -> None:
        self._limits = limits
        self._clock = clock
        self._windows: dict[tuple[str, int], deque[float]] = {}

    def admit(self, chat_id: int) -> int | None:
        """Count a send to chat_id and return None, or return retry_after without counting it."""
        now, limits = self._clock(), self._limits
        windows: list[tuple[tuple[str, int], int, float]] = []
        if limits.global_per_second:
            windows.append((("global", 0), limits.global_per_second, 1.0))
        if limits.per_chat_per_second:
            span = limits.per_chat_burst / limits.per_chat_per_second
            windows.append((("chat", chat_id), limits.per_chat_burst, span))
        if limits.per_group_per_minute and chat_id < 0:
            windows.append((("group", chat_id), limits.per_group_per_minute, 60.0))
        waits = []
        for key, limit, seconds in windows:
            stamps = self._windows.setdefault(key, deque())
            while stamps and stamps[0] <= now - seconds:
                stamps.popleft()
            if len(stamps) >= limit:
                waits.append(stamps[0] + seconds - now)
        if waits:
            return max(1, math.ceil(max(waits)))
        for key, _, _ in windows:
            self._windows[key].append(now)
        return None


@dataclass
class _Webhook:
    """A bot's webhook settings."""

    url: str
    secret_token: str | None
    max_connections: int


@dataclass
class _BotState:
    """What the fake keeps for one bot token."""

    token: str
    user: Json
    limiter: _RateLimiter | None
    pending: list[Json] = field(default_factory=list)
    returned: int = 0  # how many leading pending updates getUpdates has handed out
    next_update_id: int = 1
    allowed_updates: list[str] | None = None
    poll_generation: int = 0
    webhook: _Webhook | None = None
    delivery: asyncio.Task[None] | None = None
    last_webhook_error: tuple[int, str] | None = None
    commands: dict[tuple[str, str], list[Json]] = field(default_factory=dict)

    def wants(self, update: Json) -> bool:
        """Whether allowed_updates lets this update be queued."""
        kind = next((key for key in update if key != "update_id"), None)
        if kind is None:
            return True
        if self.allowed_updates is None:
            return kind not in _DEFAULT_EXCLUDED_UPDATES
        return kind in self.allowed_updates


class FakeTelegram:
    """A fake Telegram Bot API server on 127.0.0.1 for the real aiogram and python-telegram-bot clients."""

    def __init__(
        self,
        tokens: Sequence[str] = (DEFAULT_TOKEN,),
        *,
        limits: Limits | None = None,
        clock: Callable[[], float] = time.monotonic,
        retry_delay: float = 0.05,
        max_attempts: int = 5,
        webhook_timeout: float = 10.0,
    ) -> None:
        self.tokens = tuple(tokens)
        self.retry_delay = retry_delay
        self.max_attempts = max_attempts
        self.webhook_timeout = webhook_timeout
        self.base_url = ""
        self.calls: list[Call] = []
        self.sent: list[SentMessage] = []
        self.webhook_attempts: list[WebhookAttempt] = []
        self.too_many_requests = 0
        self._clock = clock
        self._signal = _Signal()
        self._bots = {
            token: _BotState(token, _bot_user(token), _RateLimiter(limits, clock) if limits else None)
            for token in tokens
        }
        self._chats: dict[int, Json] = {}
        self._messages: dict[tuple[int, int], Json] = {}
        self._last_message_id: dict[int, int] = {}
        self._files: dict[str, tuple[Json, bytes]] = {}
        self._file_paths: dict[str, bytes] = {}
        self._callback_ids: set[str] = set()
        self._blocked: set[int] = set()
        self._ids = itertools.count(1)
        self._closing = False
        self._runner: web.AppRunner | None = None
        self._http: ClientSession | None = None
        handlers: dict[str, Callable[[_BotState, Json], Awaitable[Any]]] = {
            "getMe": self._get_me,
            "getUpdates": self._get_updates,
            "setWebhook": self._set_webhook,
            "deleteWebhook": self._delete_webhook,
            "getWebhookInfo": self._get_webhook_info,
            "sendMessage": self._send_message,
            "editMessageText": self._edit_message_text,
            "editMessageReplyMarkup": self._edit_message_reply_markup,
            "deleteMessage": self._delete_message,
            "answerCallbackQuery": self._answer_callback_query,
            "sendChatAction": self._send_chat_action,
            "sendPhoto": functools.partial(self._send_file, kind="photo"),
            "sendDocument": functools.partial(self._send_file, kind="document"),
            "sendVoice": functools.partial(self._send_file, kind="voice"),
            "sendMediaGroup": self._send_media_group,
            "getFile": self._get_file,
            "setMyCommands": self._set_my_commands,
            "getMyCommands": self._get_my_commands,
            "deleteMyCommands": self._delete_my_commands,
            "close": self._true,
            "logOut": self._true,
        }
        self._methods = {name.lower(): (name, handler) for name, handler in handlers.items()}

    # ---------------------------------------------------------------- lifecycle

    async def __aenter__(self) -> Self:
        """Start serving on 127.0.0.1 at a free port, published as base_url."""
        app = web.Application(client_max_size=64 * 2**20)
        app.router.add_get("/bot{token}/{method}", self._handle_api)
        app.router.add_post("/bot{token}/{method}", self._handle_api)
        app.router.add_get("/file/bot{token}/{path:.+}", self._handle_file)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=2.0)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        host, port = self._runner.addresses[0][:2]
        self.base_url = f"http://{host}:{port}"
        self._http = ClientSession()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        """Close the fake."""
        await self.close()

    async def close(self) -> None:
        """Stop webhook delivery, answer the waiting long polls and shut the server down."""
        self._closing = True
        self._signal.notify()
        for bot in self._bots.values():
            await self._stop_delivery(bot)
        if self._http is not None:
            await self._http.close()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    # ------------------------------------------------------------ test controls

    @property
    def token(self) -> str:
        """The first (default) bot token."""
        return self.tokens[0]

    def block(self, chat_id: int) -> None:
        """Make everything aimed at chat_id answer 403 "bot was blocked by the user"."""
        self._blocked.add(chat_id)

    def unblock(self, chat_id: int) -> None:
        """Let the bots reach chat_id again."""
        self._blocked.discard(chat_id)

    def add_file(self, file_id: str, content: bytes, *, file_path: str | None = None) -> Json:
        """Serve content for file_id through getFile and the download route; return its File object."""
        file_path = file_path or f"documents/{file_id}"
        file = {
            "file_id": file_id,
            "file_unique_id": f"U{next(self._ids)}",
            "file_size": len(content),
            "file_path": file_path,
        }
        self._files[file_id] = (file, content)
        self._file_paths[file_path] = content
        return file

    def push_update(self, update: Json, *, token: str | None = None) -> int:
        """Queue an update (numbered unless it has an update_id) unless allowed_updates exclude it; return its id."""
        bot = self._bot(token)
        update = {"update_id": update.get("update_id", bot.next_update_id), **update}
        bot.next_update_id = max(bot.next_update_id, update["update_id"] + 1)
        self._remember(update)
        if bot.wants(update):
            bot.pending.append(update)
        self._signal.notify()
        return update["update_id"]

    def sent_to(self, chat_id: int) -> list[SentMessage]:
        """The messages sent to or edited in chat_id, oldest first."""
        return [sent for sent in self.sent if sent.chat_id == chat_id]

    def last_text(self, chat_id: int) -> str | None:
        """The text (or caption) of the last message sent to or edited in chat_id."""
        sent = self.sent_to(chat_id)
        return sent[-1].text if sent else None

    def calls_to(self, method: str) -> list[Call]:
        """The calls of one Bot API method, oldest first."""
        return [call for call in self.calls if call.method == method]

    async def wait_until(
        self,
        ready: Callable[[], bool],
        timeout: float = 5.0,  # noqa: ASYNC109
        what: Callable[[], str] | None = None,
    ) -> None:
        """Return once ready() is true; after timeout seconds fail the test with what()."""
        try:
            async with asyncio.timeout(timeout):
                await self._signal.wait_for(ready)
        except TimeoutError:
            raise AssertionError(what() if what else f"condition not met within {timeout} s") from None

    async def wait_for_sent(self, n: int = 1, chat_id: int | None = None, timeout: float = 5.0) -> list[SentMessage]:  # noqa: ASYNC109
        """Wait until at least n messages were sent (to chat_id, if given) and return them all."""

        def matching() -> list[SentMessage]:
            return self.sent if chat_id is None else self.sent_to(chat_id)

        def what() -> str:
            sent = [(s.method, s.chat_id, s.text) for s in self.sent]
            return f"expected {n} sent message(s){'' if chat_id is None else f' to {chat_id}'}; sent so far: {sent}"

        await self.wait_until(lambda: len(matching()) >= n, timeout, what)
        return list(matching())

    async def wait_for_calls(self, method: str, n: int = 1, timeout: float = 5.0) -> list[Call]:  # noqa: ASYNC109
        """Wait until method was called at least n times and answered; return those calls."""

        def answered() -> list[Call]:
            return [call for call in self.calls_to(method) if call.status is not None]

        def what() -> str:
            return f"expected {n} answered {method} call(s); calls so far: {[(c.method, c.status) for c in self.calls]}"

        await self.wait_until(lambda: len(answered()) >= n, timeout, what)
        return answered()

    # ---------------------------------------------------------- update builders

    def message_update(
        self,
        user_id: int,
        text: str | None = None,
        *,
        chat_id: int | None = None,
        first_name: str = "Test",
        username: str | None = None,
        language_code: str | None = None,
        caption: str | None = None,
        contact: Json | None = None,
        photo: list[Json] | None = None,
        document: Json | None = None,
        voice: Json | None = None,
        sticker: Json | None = None,
        location: Json | None = None,
    ) -> Json:
        """A user's message (in their private chat unless chat_id says otherwise); /commands get an entity."""
        user = _user(user_id, first_name, username, language_code)
        message = self._new_message(self._user_chat(user, chat_id), user)
        content = {
            "text": text,
            "caption": caption,
            "contact": contact,
            "photo": photo,
            "document": document,
            "voice": voice,
            "sticker": sticker,
            "location": location,
        }
        message |= {key: value for key, value in content.items() if value is not None}
        if text and (command := _COMMAND.match(text)):
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command.group())}]
        return {"message": message}

    def callback_update(
        self,
        user_id: int,
        data: str,
        *,
        message_id: int,
        chat_id: int | None = None,
        first_name: str = "Test",
        username: str | None = None,
        language_code: str | None = None,
    ) -> Json:
        """A press of an inline button with data under message_id (a sent message, or a made-up one)."""
        user = _user(user_id, first_name, username, language_code)
        chat = self._user_chat(user, chat_id)
        message = self._messages.get((chat["id"], message_id)) or {
            "message_id": message_id,
            "from": self._bots[self.token].user,
            "chat": chat,
            "date": int(time.time()),
            "text": "…",
        }
        query = {
            "id": str(next(self._ids)),
            "from": user,
            "message": message,
            "chat_instance": str(chat["id"]),
            "data": data,
        }
        return {"callback_query": query}

    def contact_update(self, user_id: int, phone_number: str, *, own: bool = True, **sender: Any) -> Json:
        """A shared contact; own=True makes it the sender's own number, as the "share my phone" button does."""
        contact = {"phone_number": phone_number, "first_name": sender.get("first_name", "Test")}
        if own:
            contact["user_id"] = user_id
        return self.message_update(user_id, contact=contact, **sender)

    def photo_update(
        self, user_id: int, content: bytes = b"\xff\xd8\xff fake jpeg", *, caption: str | None = None, **sender: Any
    ) -> Json:
        """A photo whose bytes getFile and the download route serve."""
        file = self._new_file(content, "photos", ".jpg")
        return self.message_update(user_id, caption=caption, photo=_media_json("photo", file), **sender)

    def document_update(
        self,
        user_id: int,
        content: bytes = b"%PDF-1.4 fake",
        *,
        file_name: str = "document.pdf",
        mime_type: str = "application/pdf",
        caption: str | None = None,
        **sender: Any,
    ) -> Json:
        """A document whose bytes getFile and the download route serve."""
        document = _media_json("document", self._new_file(content, "documents", ""), file_name)
        return self.message_update(user_id, caption=caption, document=document | {"mime_type": mime_type}, **sender)

    def voice_update(self, user_id: int, content: bytes = b"OggS fake", *, duration: int = 1, **sender: Any) -> Json:
        """A voice note whose bytes getFile and the download route serve."""
        voice = _media_json("voice", self._new_file(content, "voice", ".oga")) | {"duration": duration}
        return self.message_update(user_id, voice=voice, **sender)

    def sticker_update(self, user_id: int, *, emoji: str = "🙂", **sender: Any) -> Json:
        """A regular static sticker."""
        file = self._new_file(b"RIFF fake webp", "stickers", ".webp")
        sticker = {
            "file_id": file["file_id"],
            "file_unique_id": file["file_unique_id"],
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": emoji,
        }
        return self.message_update(user_id, sticker=sticker, **sender)

    def location_update(self, user_id: int, latitude: float, longitude: float, **sender: Any) -> Json:
        """A shared location."""
        return self.message_update(user_id, location={"latitude": latitude, "longitude": longitude}, **sender)

    def edited_message_update(
        self,
        user_id: int,
        text: str,
        *,
        message_id: int,
        chat_id: int | None = None,
        first_name: str = "Test",
        username: str | None = None,
        language_code: str | None = None,
    ) -> Json:
        """The user's edit of their message message_id to text."""
        user = _user(user_id, first_name, username, language_code)
        chat = self._user_chat(user, chat_id)
        now = int(time.time())
        original = self._messages.get((chat["id"], message_id), {})
        message = {
            "message_id": message_id,
            "from": user,
            "chat": chat,
            "date": original.get("date", now),
            "edit_date": now,
            "text": text,
        }
        return {"edited_message": message}

    # ------------------------------------------------------------------- HTTP

    async def _handle_api(self, request: web.Request) -> web.Response:
        """Answer one Bot API request in Telegram's envelope."""
        token, name = request.match_info["token"], request.match_info["method"]
        canonical, handler = self._methods.get(name.lower(), (name, None))
        call = Call(canonical, {}, self._clock(), token)
        self.calls.append(call)
        self._signal.notify()
        try:
            call.params = params = await _read_params(request)
            bot = self._bots.get(token)
            if bot is None:
                raise _ApiError(401, "Unauthorized")
            if handler is None:
                raise _ApiError(404, "Not Found")
            result = await handler(bot, params)
        except _ApiError as error:
            response = error.response()
        else:
            response = web.json_response({"ok": True, "result": result})
        call.status = response.status
        self._signal.notify()
        return response

    async def _handle_file(self, request: web.Request) -> web.Response:
        """Serve the bytes of a file added with add_file or uploaded by a bot."""
        if request.match_info["token"] not in self._bots:
            return _ApiError(401, "Unauthorized").response()
        content = self._file_paths.get(request.match_info["path"])
        if content is None:
            return _ApiError(404, "Not Found").response()
        return web.Response(body=content, content_type="application/octet-stream")

    # ------------------------------------------------------------ Bot API: bot

    async def _true(self, bot: _BotState, params: Json) -> bool:
        """Accept a call that has nothing to do in the fake (close, logOut)."""
        return True

    async def _get_me(self, bot: _BotState, params: Json) -> Json:
        """The bot's own user."""
        return bot.user

    async def _set_my_commands(self, bot: _BotState, params: Json) -> bool:
        """Store a command list for a scope and language, validated as tdlib does."""
        commands = params.get("commands")
        if not isinstance(commands, list) or not all(isinstance(command, dict) for command in commands):
            raise _ApiError(400, "Bad Request: can't parse commands JSON object")
        for command in commands:
            name, description = str(command.get("command", "")), str(command.get("description", "")).strip()
            if not name:
                raise _ApiError(400, "Bad Request: command must be non-empty")
            if len(name) > 32:
                raise _ApiError(400, "Bad Request: command length must not exceed 32")
            if not description:
                raise _ApiError(400, "Bad Request: command description must be non-empty")
            if len(description) > 256:
                raise _ApiError(400, "Bad Request: command description length must not exceed 256")
            if not _BOT_COMMAND.fullmatch(name):
                raise _ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
        bot.commands[_commands_key(params)] = commands
        return True

    async def _get_my_commands(self, bot: _BotState, params: Json) -> list[Json]:
        """The command list for a scope and language."""
        return bot.commands.get(_commands_key(params), [])

    async def _delete_my_commands(self, bot: _BotState, params: Json) -> bool:
        """Forget the command list for a scope and language."""
        bot.commands.pop(_commands_key(params), None)
        return True

    # -------------------------------------------------------- Bot API: updates

    async def _get_updates(self, bot: _BotState, params: Json) -> list[Json]:
        """Confirm, then return pending updates, long-polling up to timeout seconds for the first."""
        if bot.webhook is not None:
            raise _ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        _confirm(bot, _int(params, "offset", 0))
        limit = min(max(_int(params, "limit", 100) or 100, 1), 100)
        if "allowed_updates" in params:
            bot.allowed_updates = params["allowed_updates"] or None
        bot.poll_generation += 1
        generation = bot.poll_generation
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(max(_number(params, "timeout"), 0)):
                await self._signal.wait_for(
                    lambda: bool(bot.pending) or self._closing or bot.poll_generation != generation
                )
        if bot.poll_generation != generation:
            raise _ApiError(
                409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"
            )
        if self._closing:
            return []
        batch = bot.pending[:limit]
        bot.returned = max(bot.returned, len(batch))
        return batch

    async def _set_webhook(self, bot: _BotState, params: Json) -> bool:
        """Start POSTing updates to a loopback URL; an empty url deletes the webhook."""
        url = str(params.get("url") or "")
        if not url:
            return await self._delete_webhook(bot, params)
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or parts.hostname not in _LOOPBACK_HOSTS:
            raise _ApiError(400, "Bad Request: bad webhook: the fake delivers only to 127.0.0.1 or localhost")
        await self._stop_delivery(bot)
        if params.get("drop_pending_updates"):
            _drop_pending(bot)
        if "allowed_updates" in params:
            bot.allowed_updates = params["allowed_updates"] or None
        secret = params.get("secret_token")
        bot.webhook = _Webhook(url, str(secret) if secret else None, _int(params, "max_connections", 40))
        bot.last_webhook_error = None
        bot.delivery = asyncio.create_task(self._deliver(bot, bot.webhook))
        return True

    async def _delete_webhook(self, bot: _BotState, params: Json) -> bool:
        """Stop webhook delivery, optionally dropping the pending updates."""
        await self._stop_delivery(bot)
        bot.webhook = None
        if params.get("drop_pending_updates"):
            _drop_pending(bot)
        return True

    async def _get_webhook_info(self, bot: _BotState, params: Json) -> Json:
        """The webhook's URL, pending update count and last error."""
        info: Json = {"url": "", "has_custom_certificate": False, "pending_update_count": len(bot.pending)}
        if bot.webhook is not None:
            info |= {"url": bot.webhook.url, "max_connections": bot.webhook.max_connections}
        if bot.allowed_updates is not None:
            info["allowed_updates"] = bot.allowed_updates
        if bot.last_webhook_error is not None:
            info["last_error_date"], info["last_error_message"] = bot.last_webhook_error
        return info

    async def _stop_delivery(self, bot: _BotState) -> None:
        """Cancel a bot's webhook delivery task and wait for it to end."""
        if bot.delivery is not None:
            bot.delivery.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await bot.delivery
            bot.delivery = None

    async def _deliver(self, bot: _BotState, webhook: _Webhook) -> None:
        """POST the pending updates to the webhook in order, retrying each failure with backoff."""
        assert self._http is not None
        headers = {"X-Telegram-Bot-Api-Secret-Token": webhook.secret_token} if webhook.secret_token else {}
        failures = 0
        while True:
            await self._signal.wait_for(lambda: bool(bot.pending))
            update = bot.pending[0]
            status, reason, error, body = None, None, None, b""
            try:
                async with self._http.post(
                    webhook.url, json=update, headers=headers, timeout=ClientTimeout(total=self.webhook_timeout)
                ) as answer:
                    status, reason = answer.status, answer.reason
                    body = await answer.read()
            except (ClientError, TimeoutError) as exc:
                error = f"{type(exc).__name__}: {exc}"
            self.webhook_attempts.append(WebhookAttempt(update["update_id"], status, error, self._clock()))
            if status is not None and 200 <= status < 300:
                failures = 0
                bot.pending.pop(0)
                await self._answered_with(bot, body)
            else:
                failures += 1
                message = error or f"Wrong response from the webhook: {status} {reason}"
                bot.last_webhook_error = (int(time.time()), message)
                if failures >= self.max_attempts:
                    failures = 0
                    bot.pending.pop(0)
            self._signal.notify()
            if failures:
                await asyncio.sleep(self.retry_delay * 2 ** (failures - 1))

    async def _answered_with(self, bot: _BotState, body: bytes) -> None:
        """Makes the Bot API call a webhook answered with (a JSON object naming its `method`), as Telegram does:
        recorded as a call, its result returned to nobody."""
        try:
            params = json.loads(body) if body else None
        except ValueError:
            return
        if not isinstance(params, dict) or not isinstance(params.get("method"), str):
            return
        canonical, handler = self._methods.get(params.pop("method").lower(), ("?", None))
        call = Call(canonical, params, self._clock(), bot.token, via_webhook=True)
        self.calls.append(call)
        try:
            if handler is None:
                raise _ApiError(404, "Not Found")
            await handler(bot, {key: _decode(key, value) for key, value in params.items()})
        except _ApiError as error:
            call.status = error.status
        else:
            call.status = 200
        self._signal.notify()

    # ------------------------------------------------------- Bot API: messages

    async def _send_message(self, bot: _BotState, params: Json) -> Json:
        """Send a text message."""
        chat_id = self._chat_id(params)
        text = _message_text(params.get("text"), params.get("parse_mode"))
        markup = _reply_markup(params.get("reply_markup"))
        self._throttle(bot, chat_id)
        return self._post(bot, "sendMessage", chat_id, {"text": text}, markup)

    async def _send_file(self, bot: _BotState, params: Json, *, kind: str) -> Json:
        """Send a photo, document or voice note: an upload, a known file_id or an URL."""
        chat_id = self._chat_id(params)
        caption = _caption(params.get("caption"), params.get("parse_mode"))
        markup = _reply_markup(params.get("reply_markup"))
        media = self._media(kind, params.get(kind))
        self._throttle(bot, chat_id)
        content = {kind: media} | ({"caption": caption} if caption else {})
        return self._post(bot, f"send{kind.capitalize()}", chat_id, content, markup)

    async def _send_media_group(self, bot: _BotState, params: Json) -> list[Json]:
        """Send an album of photos and documents."""
        chat_id = self._chat_id(params)
        items = params.get("media")
        if not isinstance(items, list) or not all(
            isinstance(item, dict) and item.get("type") in ("photo", "document") for item in items
        ):
            raise _ApiError(400, "Bad Request: can't parse InputMedia JSON object")
        captions = [_caption(item.get("caption"), item.get("parse_mode")) for item in items]
        medias = [self._media(item["type"], item.get("media")) for item in items]
        self._throttle(bot, chat_id)
        group = str(next(self._ids))
        return [
            self._post(
                bot,
                "sendMediaGroup",
                chat_id,
                {item["type"]: media, "media_group_id": group} | ({"caption": caption} if caption else {}),
                None,
            )
            for item, media, caption in zip(items, medias, captions, strict=True)
        ]

    async def _edit_message_text(self, bot: _BotState, params: Json) -> Json | bool:
        """Replace the text (and inline keyboard) of a bot's message."""
        message = self._editable(bot, params)
        text = _message_text(params.get("text"), params.get("parse_mode"))
        markup = _reply_markup(params.get("reply_markup"))
        if message is None:
            return True
        if "text" not in message:
            raise _ApiError(400, "Bad Request: there is no text in the message to edit")
        if message["text"] == text and message.get("reply_markup") == _inline(markup):
            raise _ApiError(400, _NOT_MODIFIED)
        return self._record("editMessageText", message | {"text": text, "edit_date": int(time.time())}, markup)

    async def _edit_message_reply_markup(self, bot: _BotState, params: Json) -> Json | bool:
        """Replace (or remove) the inline keyboard of a bot's message."""
        message = self._editable(bot, params)
        markup = _reply_markup(params.get("reply_markup"))
        if message is None:
            return True
        if message.get("reply_markup") == _inline(markup):
            raise _ApiError(400, _NOT_MODIFIED)
        return self._record("editMessageReplyMarkup", message | {"edit_date": int(time.time())}, markup)

    async def _delete_message(self, bot: _BotState, params: Json) -> bool:
        """Delete a message the fake knows of."""
        key = (self._chat_id(params), _int(params, "message_id", 0))
        if self._messages.pop(key, None) is None:
            raise _ApiError(400, "Bad Request: message to delete not found")
        self._signal.notify()
        return True

    async def _answer_callback_query(self, bot: _BotState, params: Json) -> bool:
        """Answer a pushed callback query, once."""
        query_id = str(params.get("callback_query_id"))
        if query_id not in self._callback_ids:
            raise _ApiError(400, "Bad Request: query is too old and response timeout expired or query ID is invalid")
        self._callback_ids.discard(query_id)
        return True

    async def _send_chat_action(self, bot: _BotState, params: Json) -> bool:
        """Accept a known chat action."""
        self._chat_id(params)
        if params.get("action") not in _CHAT_ACTIONS:
            raise _ApiError(400, "Bad Request: wrong parameter action in request")
        return True

    async def _get_file(self, bot: _BotState, params: Json) -> Json:
        """The File object (with file_path) of a known file_id."""
        entry = self._files.get(str(params.get("file_id")))
        if entry is None:
            raise _ApiError(400, "Bad Request: invalid file_id")
        return entry[0]

    # ---------------------------------------------------------------- helpers

    def _bot(self, token: str | None) -> _BotState:
        """The state of a bot by token, the first bot by default."""
        return self._bots[token or self.token]

    def _chat_id(self, params: Json) -> int:
        """The integer chat_id of a request; blocked chats answer 403."""
        value = params.get("chat_id")
        if value is None or value == "":
            raise _ApiError(400, "Bad Request: chat_id is empty")
        if isinstance(value, bool) or not isinstance(value, int):
            raise _ApiError(400, "Bad Request: chat not found")
        if value in self._blocked:
            raise _ApiError(403, "Forbidden: bot was blocked by the user")
        return value

    def _throttle(self, bot: _BotState, chat_id: int) -> None:
        """Count a send against the limits, answering 429 when one is exceeded."""
        retry_after = bot.limiter.admit(chat_id) if bot.limiter else None
        if retry_after is not None:
            self.too_many_requests += 1
            raise _ApiError(429, f"Too Many Requests: retry after {retry_after}", {"retry_after": retry_after})

    def _chat(self, chat_id: int) -> Json:
        """The chat object of chat_id: the last one an update showed, or a plausible one."""
        if chat_id in self._chats:
            return self._chats[chat_id]
        if chat_id > 0:
            return {"id": chat_id, "type": "private", "first_name": "User"}
        kind = "supergroup" if str(chat_id).startswith("-100") else "group"
        return {"id": chat_id, "type": kind, "title": f"Chat {chat_id}"}

    def _user_chat(self, user: Json, chat_id: int | None) -> Json:
        """The chat a user writes in: their private chat, or chat_id."""
        if chat_id is None or chat_id == user["id"]:
            names = {key: user[key] for key in ("first_name", "username") if key in user}
            return {"id": user["id"], "type": "private", **names}
        return self._chat(chat_id)

    def _new_message(self, chat: Json, sender: Json) -> Json:
        """A message skeleton with the chat's next message_id."""
        message_id = self._last_message_id.get(chat["id"], 0) + 1
        self._last_message_id[chat["id"]] = message_id
        return {"message_id": message_id, "from": sender, "chat": chat, "date": int(time.time())}

    def _remember(self, update: Json) -> None:
        """Keep the chats, messages and callback query ids a pushed update brings."""
        query = update.get("callback_query")
        messages = [update.get("message"), update.get("edited_message")]
        if isinstance(query, dict):
            self._callback_ids.add(str(query.get("id")))
            messages.append(query.get("message"))
        for message in messages:
            if not isinstance(message, dict) or not isinstance(message.get("chat"), dict):
                continue
            chat_id, message_id = message["chat"].get("id"), message.get("message_id")
            if isinstance(chat_id, int) and isinstance(message_id, int):
                self._chats[chat_id] = message["chat"]
                self._messages[(chat_id, message_id)] = message
                self._last_message_id[chat_id] = max(self._last_message_id.get(chat_id, 0), message_id)

    def _post(self, bot: _BotState, method: str, chat_id: int, content: Json, markup: Json | None) -> Json:
        """Store and record a new message from the bot."""
        return self._record(method, self._new_message(self._chat(chat_id), bot.user) | content, markup)

    def _record(self, method: str, message: Json, markup: Json | None) -> Json:
        """Store a sent or edited message, with its inline keyboard only, and record it in sent."""
        message.pop("reply_markup", None)
        if inline := _inline(markup):
            message["reply_markup"] = inline
        chat_id = message["chat"]["id"]
        self._messages[(chat_id, message["message_id"])] = message
        text = message.get("text", message.get("caption"))
        self.sent.append(SentMessage(method, chat_id, message["message_id"], text, markup, message))
        self._signal.notify()
        return message

    def _editable(self, bot: _BotState, params: Json) -> Json | None:
        """The bot's message an edit targets, or None for an inline message."""
        if params.get("inline_message_id"):
            return None
        message = self._messages.get((self._chat_id(params), _int(params, "message_id", 0)))
        if message is None:
            raise _ApiError(400, "Bad Request: message to edit not found")
        if message.get("from", {}).get("id") != bot.user["id"]:
            raise _ApiError(400, "Bad Request: message can't be edited")
        return message

    def _new_file(self, content: bytes, folder: str, suffix: str) -> Json:
        """Store content under a fresh file_id."""
        number = next(self._ids)
        return self.add_file(f"file-{number}", content, file_path=f"{folder}/file_{number}{suffix}")

    def _media(self, kind: str, value: Any) -> Any:
        """The photo/document/voice object of a send: of an upload, a known file_id or an URL."""
        if isinstance(value, UploadedFile):
            return _media_json(kind, self._new_file(value.content, f"{kind}s", ""), value.filename)
        if isinstance(value, str) and value in self._files:
            return _media_json(kind, self._files[value][0])
        if isinstance(value, str) and value.startswith(("http://", "https://")):
            return _media_json(kind, self._new_file(b"", f"{kind}s", ""), value.rsplit("/", 1)[-1])
        if value is None:
            raise _ApiError(400, f"Bad Request: there is no {kind} in the request")
        raise _ApiError(400, "Bad Request: wrong file identifier/HTTP URL specified")


def _bot_user(token: str) -> Json:
    """The bot user a token belongs to, its id taken from the token."""
    prefix = token.split(":", 1)[0]
    bot_id = int(prefix) if prefix.isdigit() else 1
    return {
        "id": bot_id,
        "is_bot": True,
        "first_name": "Hemşehri Test",
        "username": f"test_{bot_id}_bot",
        "can_join_groups": True,
        "can_read_all_group_messages": False,
        "supports_inline_queries": False,
    }


def _user(user_id: int, first_name: str, username: str | None, language_code: str | None) -> Json:
    """A Telegram user object."""
    user: Json = {"id": user_id, "is_bot": False, "first_name": first_name}
    if username:
        user["username"] = username
    if language_code:
        user["language_code"] = language_code
    return user


def _media_json(kind: str, file: Json, file_name: str | None = None) -> Any:
    """The message field for a stored file: a photo size list, a voice note or a document."""
    base = {key: file[key] for key in ("file_id", "file_unique_id", "file_size")}
    if kind == "photo":
        return [base | {"width": 800, "height": 600}]
    if kind == "voice":
        return base | {"duration": 1, "mime_type": "audio/ogg"}
    return base | {"file_name": file_name or file["file_path"].rsplit("/", 1)[-1]}


def _inline(markup: Json | None) -> Json | None:
    """The markup if it is an inline keyboard, which is all a message keeps."""
    return markup if markup and "inline_keyboard" in markup else None


def _int(params: Json, key: str, default: int) -> int:
    """An integer parameter."""
    value = params.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int):
        raise _ApiError(400, f'Bad Request: field "{key}" must be of type Integer')
    return value


def _number(params: Json, key: str) -> float:
    """A numeric parameter, 0 when absent."""
    value = params.get(key) or 0
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _ApiError(400, f'Bad Request: field "{key}" must be of type Number')
    return value


def _commands_key(params: Json) -> tuple[str, str]:
    """The (scope, language_code) a command list belongs to."""
    scope = params.get("scope") or {"type": "default"}
    return json.dumps(scope, sort_keys=True), str(params.get("language_code") or "")


def _confirm(bot: _BotState, offset: int) -> None:
    """Forget the updates an offset confirms: already returned ones below it, or all but the last -offset."""
    if offset < 0:
        dropped = max(len(bot.pending) + offset, 0)
        del bot.pending[:dropped]
        bot.returned = max(bot.returned - dropped, 0)
    elif offset > 0:
        kept = [update for update in bot.pending[: bot.returned] if update["update_id"] >= offset]
        bot.pending[: bot.returned] = kept
        bot.returned = len(kept)


def _drop_pending(bot: _BotState) -> None:
    """Forget every pending update."""
    bot.pending.clear()
    bot.returned = 0


def _shown_text(value: Any, parse_mode: Any) -> str:
    """A text or caption as the chat shows it: HTML parsed for parse_mode=HTML, as given otherwise."""
    text = "" if value is None else str(value)
    return _parse_html(text) if str(parse_mode or "").lower() == "html" else text


def _message_text(value: Any, parse_mode: Any) -> str:
    """The shown text of a message, which must be 1..4096 characters."""
    text = _shown_text(value, parse_mode)
    if not text.strip():
        raise _ApiError(400, "Bad Request: message text is empty")
    if len(text) > MAX_TEXT_LENGTH:
        raise _ApiError(400, "Bad Request: message is too long")
    return text


def _caption(value: Any, parse_mode: Any) -> str | None:
    """The shown caption, at most 1024 characters, or None."""
    caption = _shown_text(value, parse_mode)
    if len(caption) > MAX_CAPTION_LENGTH:
        raise _ApiError(400, "Bad Request: message caption is too long")
    return caption or None


def _parse_html(text: str) -> str:
    """The visible text of Telegram HTML; raises "can't parse entities" for markup Telegram rejects."""
    visible, open_tags, position = [], [], 0
    while (start := text.find("<", position)) != -1:
        visible.append(text[position:start])
        offset = len(text[:start].encode())
        tag = _HTML_TAG.match(text, start)
        name = (tag.group(2) or "").lower() if tag else ""
        if tag is None or name not in _HTML_TAGS:
            raise _ApiError(
                400, f'Bad Request: can\'t parse entities: Unsupported start tag "{name}" at byte offset {offset}'
            )
        if not tag.group(1):
            open_tags.append(name)
        elif not open_tags or open_tags[-1] != name:
            expected = f'expected "</{open_tags[-1]}>"' if open_tags else "no tag is open"
            raise _ApiError(
                400,
                f"Bad Request: can't parse entities: Unmatched end tag at byte offset {offset}, "
                f'{expected}, found "</{name}>"',
            )
        else:
            open_tags.pop()
        position = tag.end()
    if open_tags:
        raise _ApiError(
            400, f"Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"{open_tags[-1]}\""
        )
    visible.append(text[position:])
    return _HTML_ENTITY.sub(lambda entity: html.unescape(entity.group()), "".join(visible))


def _reply_markup(value: Any) -> Json | None:
    """The decoded reply_markup; raises for malformed markup and for empty or over-64-byte callback_data."""
    if value is None:
        return None
    rows = value.get("inline_keyboard", []) if isinstance(value, dict) else None
    if not isinstance(rows, list) or not all(
        isinstance(row, list) and all(isinstance(button, dict) for button in row) for row in rows
    ):
        raise _ApiError(400, "Bad Request: can't parse reply keyboard markup JSON object")
    for row in rows:
        for button in row:
            data = button.get("callback_data")
            if "callback_data" in button and not (
                isinstance(data, str) and 0 < len(data.encode()) <= MAX_CALLBACK_DATA_BYTES
            ):
                raise _ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
    return value


def _decode(key: str, value: Any) -> Any:
    """A parameter value as typed: JSON-looking strings decoded, except string parameters."""
    if not isinstance(value, str) or key in STRING_PARAMS:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


def _attach(value: Any, files: dict[str, UploadedFile], used: set[str]) -> Any:
    """The value with each "attach://<name>" replaced by that uploaded file."""
    if isinstance(value, str) and value.startswith("attach://") and value[9:] in files:
        used.add(value[9:])
        return files[value[9:]]
    if isinstance(value, list):
        return [_attach(item, files, used) for item in value]
    if isinstance(value, dict):
        return {key: _attach(item, files, used) for key, item in value.items()}
    return value


async def _read_params(request: web.Request) -> Json:
    """A request's parameters from its query string and its JSON, urlencoded or multipart body."""
    fields: Json = dict(request.query)
    if request.content_type == "application/json" and request.can_read_body:
        try:
            body = await request.json()
        except ValueError:
            raise _ApiError(400, "Bad Request: can't parse JSON object") from None
        if not isinstance(body, dict):
            raise _ApiError(400, "Bad Request: can't parse JSON object")
        fields |= body
    elif request.content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
        fields |= dict((await request.post()).items())
    files = {
        key: UploadedFile(value.filename, value.file.read(), value.content_type)
        for key, value in fields.items()
        if isinstance(value, web.FileField)
    }
    used: set[str] = set()
    params = {key: _attach(_decode(key, value), files, used) for key, value in fields.items() if key not in files}
    return params | {key: file for key, file in files.items() if key not in used}
