"""A fake WhatsApp Cloud API (Graph API) server on 127.0.0.1, and signed webhook payloads for the app.

Rules it follows, kept close to the Cloud API:

* Requests: ``POST /{version}/{phone_number_id}/messages`` with a JSON body and ``Authorization: Bearer
  <token>``. A missing or wrong token answers 401 with code 190; an unknown phone number id 400 with code 100.
* Payload shape: ``messaging_product`` "whatsapp", ``to`` 5-20 digits, ``type`` text / interactive / template.
  Text: body 1..4096 characters. Interactive buttons: 1..3, ids 1..256 characters and unique, titles 1..20
  and unique, body 1..1024. Interactive lists: button label 1..20, 1..10 sections, 1..10 rows in all, ids
  1..200 and unique, titles 1..24, descriptions up to 72, a title for each section when there are several,
  body 1..4096. Header and footer texts up to 60. A shape error answers 400 with code 131009 (100 for an
  unknown type), and the message is not recorded.
* Templates: only those registered (name -> {language code: number of body parameters}); an unknown name or
  language answers 132001, a wrong parameter count 132000, a parameter with a line break, a tab or more than
  four spaces in a row 132018.
* The 24-hour window: a free-form (non-template) message to someone whose last message is older than 24 hours
  on the fake's clock, or who never wrote, answers 131047. A person "writes" when a webhook message from them
  is built here (or :meth:`FakeGraph.customer_wrote` says so).
* Blocked numbers answer 131050 to everything; :class:`Throughput` answers 130429 past N messages per
  second of the clock; :meth:`FakeGraph.fail_next` makes the next sends answer any error.
* Every request is in ``calls``; every accepted message in ``sent``, with a fresh ``wamid``.
* A business's file: ``POST /{version}/{phone_number_id}/media`` (multipart: messaging_product, type, file)
  answers its media id; an image or document message names it (an unknown id answers 131053), caption up to 1024.
* Media a person sent (:meth:`FakeGraph.add_media`): ``GET /{version}/{media_id}`` answers its URL, size and
  type (an unknown id 400 with code 100, as an expired one does), and the URL serves the bytes to the token.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import itertools
import json
import re
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Literal, Self

from aiohttp import ClientSession, TCPConnector, web

from core.settings import WhatsAppSettings

Json = dict[str, Any]

DEFAULT_TOKEN = "EAAG-test-access-token"
DEFAULT_APP_SECRET = "test-app-secret"
DEFAULT_VERIFY_TOKEN = "test-verify-token"
DEFAULT_PHONE_NUMBER_ID = "106540352242922"
DEFAULT_DISPLAY_NUMBER = "902323930000"
VERSION = "v21.0"
WINDOW = timedelta(hours=24)

_TO = re.compile(r"\d{5,20}")
_BAD_TEMPLATE_TEXT = re.compile(r"[\n\t]| {5,}")


class FakeClock:
    """A wall clock that only moves when told to."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 11, 20, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta


@dataclass(frozen=True)
class Throughput:
    """At most `per_second` accepted messages in any second of the clock (answer: 130429)."""

    per_second: int


@dataclass
class Call:
    """One request the fake received; status is its HTTP status once answered."""

    path: str
    phone_number_id: str
    authorization: str | None
    body: Any
    status: int | None = None
    error_code: int | None = None


@dataclass(frozen=True)
class SentMessage:
    """One message the fake accepted."""

    wamid: str
    phone_number_id: str
    to: str
    type: str
    payload: Json
    at: datetime

    @property
    def text(self) -> str | None:
        """The text a person reads first: a text's body or an interactive's body."""
        if self.type == "text":
            return self.payload["text"]["body"]
        if self.type == "interactive":
            return self.payload["interactive"]["body"]["text"]
        return None

    @property
    def interactive_type(self) -> str | None:
        return self.payload["interactive"]["type"] if self.type == "interactive" else None

    @property
    def buttons(self) -> list[tuple[str, str]]:
        """(id, title) of the reply buttons."""
        if self.interactive_type != "button":
            return []
        return [(b["reply"]["id"], b["reply"]["title"]) for b in self.payload["interactive"]["action"]["buttons"]]

    @property
    def rows(self) -> list[Json]:
        """The rows of a list message, across its sections."""
        if self.interactive_type != "list":
            return []
        return [row for section in self.payload["interactive"]["action"]["sections"] for row in section["rows"]]

    @property
    def list_button(self) -> str | None:
        return self.payload["interactive"]["action"]["button"] if self.interactive_type == "list" else None

    @property
    def template(self) -> tuple[str, str, list[str]] | None:
        """(name, language code, body parameter texts) of a template message."""
        if self.type != "template":
            return None
        template = self.payload["template"]
        bodies = [c for c in template.get("components", []) if c.get("type") == "body"]
        params = [p["text"] for c in bodies for p in c.get("parameters", [])]
        return template["name"], template["language"]["code"], params


class _GraphError(Exception):
    """A Graph API error answer."""

    def __init__(
        self, status: int, code: int, message: str, details: str | None = None, retry_after: int | None = None
    ) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
        self.details, self.retry_after = details, retry_after

    def response(self) -> web.Response:
        error: Json = {
            "message": f"(#{self.code}) {self.message}",
            "type": "OAuthException",
            "code": self.code,
            "fbtrace_id": "AFakeTraceId",
        }
        if self.details:
            error["error_data"] = {"messaging_product": "whatsapp", "details": self.details}
        headers = {"Retry-After": str(self.retry_after)} if self.retry_after is not None else None
        return web.json_response({"error": error}, status=self.status, headers=headers)


class _Signal:
    """Wakes every waiter whenever the fake's state changes."""

    def __init__(self) -> None:
        self._event = asyncio.Event()

    def notify(self) -> None:
        self._event.set()
        self._event = asyncio.Event()

    async def wait_for(self, ready: Callable[[], bool]) -> None:
        while not ready():
            await self._event.wait()


@dataclass
class _Injected:
    status: int
    code: int
    message: str
    retry_after: int | None
    details: str | None
    times: int = 1
    after: int = 0  # sends that go through first


@dataclass
class FakeGraph:
    """A fake Cloud API server for the real httpx client of bot.whatsapp, plus the webhook side of Meta."""

    access_token: str = DEFAULT_TOKEN
    app_secret: str = DEFAULT_APP_SECRET
    verify_token: str = DEFAULT_VERIFY_TOKEN
    phone_number_ids: Sequence[str] = (DEFAULT_PHONE_NUMBER_ID,)
    # name -> {language code: number of body parameters}
    templates: Mapping[str, Mapping[str, int]] = field(default_factory=dict)
    clock: Callable[[], datetime] = field(default_factory=FakeClock)
    throughput: Throughput | None = None
    version: str = VERSION
    calls: list[Call] = field(default_factory=list, init=False)
    sent: list[SentMessage] = field(default_factory=list, init=False)
    last_inbound: dict[str, datetime] = field(default_factory=dict, init=False)
    blocked: set[str] = field(default_factory=set, init=False)
    uploaded: dict[str, str] = field(default_factory=dict, init=False)  # media id -> file name, of /media uploads
    base_url: str = field(default="", init=False)

    def __post_init__(self) -> None:
        self._ids = itertools.count(1)
        self._signal = _Signal()
        self._injected: deque[_Injected] = deque()
        self._accepted: deque[datetime] = deque()
        self._runner: web.AppRunner | None = None
        self._http: ClientSession | None = None
        self._media: dict[str, tuple[bytes, str]] = {}

    # ---------------------------------------------------------------- lifecycle

    async def __aenter__(self) -> Self:
        """Start serving on 127.0.0.1 at a free port; base_url includes the API version."""
        app = web.Application()
        app.router.add_post("/{version}/{phone_number_id}/messages", self._handle)
        app.router.add_post("/{version}/{phone_number_id}/media", self._upload)
        app.router.add_get("/{version}/{media_id}", self._media_url)
        app.router.add_get("/whatsapp_business/attachments/", self._media_download)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        host, port = self._runner.addresses[0][:2]
        self.base_url = f"http://{host}:{port}/{self.version}"
        # A connection per webhook post, as Meta's deliveries come: a kept-alive one the app's server had just
        # closed was reset under load (a test failed with "Connection reset by peer", not the app).
        self._http = ClientSession(connector=TCPConnector(force_close=True))
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        if self._http is not None:
            await self._http.close()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    # ------------------------------------------------------------ test controls

    def settings(self, **extra: Any) -> WhatsAppSettings:
        """The adapter's settings for this fake (its tokens, secret, number and URL), plus `extra`."""
        return WhatsAppSettings(
            access_token=self.access_token,
            app_secret=self.app_secret,
            verify_token=self.verify_token,
            phone_number_id=self.phone_number_id,
            api_url=self.base_url,
            **extra,
        )

    @property
    def phone_number_id(self) -> str:
        return self.phone_number_ids[0]

    def customer_wrote(self, wa_id: str, at: datetime | None = None) -> None:
        """Open the person's 24-hour window as of `at` (default: now on the fake's clock)."""
        self.last_inbound[wa_id] = at or self.clock()

    def block(self, wa_id: str) -> None:
        """Make every message to wa_id answer 131050."""
        self.blocked.add(wa_id)

    def fail_next(
        self,
        code: int,
        *,
        status: int = 400,
        message: str = "Injected error",
        retry_after: int | None = None,
        details: str | None = None,
        times: int = 1,
        after: int = 0,
    ) -> None:
        """Make the next `times` sends (once `after` more went through) answer this error (before any other check
        but the token)."""
        self._injected.append(_Injected(status, code, message, retry_after, details, times, after))

    def add_media(self, media_id: str, content: bytes, mime_type: str = "application/octet-stream") -> None:
        """Serve content as media a person sent, through the media URL endpoint and its download."""
        self._media[media_id] = (content, mime_type)

    def sent_to(self, wa_id: str) -> list[SentMessage]:
        return [message for message in self.sent if message.to == wa_id]

    def errors(self) -> list[int | None]:
        """The error codes answered so far, oldest first."""
        return [call.error_code for call in self.calls if call.error_code is not None]

    async def wait_until(self, ready: Callable[[], bool], timeout: float = 5.0) -> None:  # noqa: ASYNC109
        """Return once ready() is true, checking after every request; fail the test after `timeout` seconds."""
        try:
            async with asyncio.timeout(timeout):
                await self._signal.wait_for(ready)
        except TimeoutError:
            raise AssertionError(f"condition not met within {timeout} s; sent: {self.sent}") from None

    # ---------------------------------------------------------------- HTTP

    async def _handle(self, request: web.Request) -> web.Response:
        phone_number_id = request.match_info["phone_number_id"]
        call = Call(request.path, phone_number_id, request.headers.get("Authorization"), None)
        self.calls.append(call)
        try:
            try:
                call.body = await request.json()
            except ValueError:
                raise _GraphError(400, 100, "Invalid parameter", "the body is not JSON") from None
            if call.authorization != f"Bearer {self.access_token}":
                raise _GraphError(401, 190, "Invalid OAuth access token - Cannot parse access token")
            if request.match_info["version"] != self.version:
                raise _GraphError(400, 2635, f"Unknown API version {request.match_info['version']}")
            if phone_number_id not in self.phone_number_ids:
                raise _GraphError(
                    400, 100, f"Unsupported post request. Object with ID '{phone_number_id}' does not exist"
                )
            response = self._accept(phone_number_id, call.body)
        except _GraphError as error:
            call.error_code = error.code
            answer = error.response()
        else:
            answer = web.json_response(response)
        call.status = answer.status
        self._signal.notify()
        return answer

    async def _upload(self, request: web.Request) -> web.Response:
        """POST /{version}/{phone_number_id}/media: a file a business uploads to send, kept as media (multipart)."""
        phone_number_id = request.match_info["phone_number_id"]
        call = Call(request.path, phone_number_id, request.headers.get("Authorization"), None)
        self.calls.append(call)
        try:
            if call.authorization != f"Bearer {self.access_token}":
                raise _GraphError(401, 190, "Invalid OAuth access token - Cannot parse access token")
            if phone_number_id not in self.phone_number_ids:
                raise _GraphError(
                    400, 100, f"Unsupported post request. Object with ID '{phone_number_id}' does not exist"
                )
            try:
                form = await request.post()
            except ValueError:
                raise _GraphError(400, 100, "Invalid parameter", "the body is not multipart") from None
            upload, mime = form.get("file"), form.get("type")
            if form.get("messaging_product") != "whatsapp" or not isinstance(mime, str):
                raise _GraphError(400, 100, "Invalid parameter", "messaging_product and type are required")
            if not isinstance(upload, web.FileField):
                raise _GraphError(400, 100, "Invalid parameter", "file is required")
        except _GraphError as error:
            call.error_code, answer = error.code, error.response()
            call.status = answer.status
            return answer
        media_id = str(900_000_000_000 + next(self._ids))
        call.body = {"type": mime, "filename": upload.filename}
        self._media[media_id] = (upload.file.read(), mime)
        self.uploaded[media_id] = upload.filename
        call.status = 200
        return web.json_response({"id": media_id})

    def media(self, media_id: str) -> tuple[bytes, str]:
        """The content and type of media uploaded here (or added as a person's)."""
        return self._media[media_id]

    async def _media_url(self, request: web.Request) -> web.Response:
        """GET /{version}/{media_id}: where a person's media can be downloaded, for a while."""
        media_id = request.match_info["media_id"]
        call = Call(request.path, "", request.headers.get("Authorization"), None)
        self.calls.append(call)
        try:
            if call.authorization != f"Bearer {self.access_token}":
                raise _GraphError(401, 190, "Invalid OAuth access token - Cannot parse access token")
            if media_id not in self._media:
                raise _GraphError(400, 100, f"Unsupported get request. Object with ID '{media_id}' does not exist")
        except _GraphError as error:
            call.error_code, answer = error.code, error.response()
            call.status = answer.status
            return answer
        content, mime_type = self._media[media_id]
        host = request.host
        return web.json_response(
            {
                "messaging_product": "whatsapp",
                "url": f"http://{host}/whatsapp_business/attachments/?mid={media_id}",
                "mime_type": mime_type,
                "sha256": hashlib.sha256(content).hexdigest(),
                "file_size": len(content),
                "id": media_id,
            }
        )

    async def _media_download(self, request: web.Request) -> web.Response:
        """The media's bytes, to the access token only (as Meta's lookaside URL wants)."""
        if request.headers.get("Authorization") != f"Bearer {self.access_token}":
            return web.Response(status=401)
        found = self._media.get(request.query.get("mid", ""))
        if found is None:
            return web.Response(status=404)
        return web.Response(body=found[0], content_type="application/octet-stream")

    def _accept(self, phone_number_id: str, body: Any) -> Json:
        if self._injected and self._injected[0].after > 0:
            self._injected[0].after -= 1
        elif self._injected:
            injected = self._injected[0]
            injected.times -= 1
            if injected.times <= 0:
                self._injected.popleft()
            raise _GraphError(injected.status, injected.code, injected.message, injected.details, injected.retry_after)
        if not isinstance(body, dict):
            raise _GraphError(400, 100, "Invalid parameter", "the body is not an object")
        if body.get("messaging_product") != "whatsapp":
            raise _GraphError(400, 100, "Invalid parameter", "messaging_product must be whatsapp")
        if body.get("recipient_type", "individual") != "individual":
            raise _GraphError(400, 100, "Invalid parameter", "recipient_type must be individual")
        to = body.get("to")
        if not isinstance(to, str) or not _TO.fullmatch(to.lstrip("+")):
            raise _GraphError(400, 131009, "Parameter value is not valid", "to must be a phone number")
        to = to.lstrip("+")
        kind = body.get("type", "text")
        if kind == "text":
            _text(body.get("text"))
        elif kind == "interactive":
            _interactive(body.get("interactive"))
        elif kind == "template":
            self._template(body.get("template"))
        elif kind in ("image", "document"):
            self._media_message(kind, body.get(kind))
        else:
            raise _GraphError(400, 100, "Invalid parameter", f"the fake does not send {kind!r} messages")
        if to in self.blocked:
            raise _GraphError(
                400,
                131050,
                "Unable to deliver the message. This recipient has chosen to stop "
                "receiving messages on WhatsApp from your business",
            )
        if kind != "template":
            wrote = self.last_inbound.get(to)
            if wrote is None or self.clock() - wrote >= WINDOW:
                raise _GraphError(
                    400,
                    131047,
                    "Re-engagement message",
                    "Message failed to send because more than "
                    "24 hours have passed since the customer last replied to this number.",
                )
        self._throttle()
        wamid = f"wamid.fake{next(self._ids):010d}"
        self.sent.append(SentMessage(wamid, phone_number_id, to, kind, body, self.clock()))
        message: Json = {"id": wamid}
        if kind == "template":
            message["message_status"] = "accepted"
        return {
            "messaging_product": "whatsapp",
            "contacts": [{"input": body["to"], "wa_id": to}],
            "messages": [message],
        }

    def _media_message(self, kind: str, content: Any) -> None:
        """An image or document message: an uploaded media id, a caption up to 1,024 characters."""
        _check(isinstance(content, dict), f"{kind} must be an object")
        if content.get("id") not in self.uploaded:
            raise _GraphError(400, 131053, "Media upload error", f"unknown media id {content.get('id')!r}")
        _check(content.get("caption") is None or _length(content.get("caption"), 1, 1024), f"{kind}.caption")

    def _throttle(self) -> None:
        if self.throughput is None:
            return
        now = self.clock()
        while self._accepted and self._accepted[0] <= now - timedelta(seconds=1):
            self._accepted.popleft()
        if len(self._accepted) >= self.throughput.per_second:
            raise _GraphError(400, 130429, "Rate limit hit", "Cloud API message throughput has been reached.")
        self._accepted.append(now)

    def _template(self, template: Any) -> None:
        if not isinstance(template, dict) or not isinstance(template.get("name"), str):
            raise _GraphError(400, 131008, "Required parameter is missing", "template.name")
        language = template.get("language")
        code = language.get("code") if isinstance(language, dict) else None
        languages = self.templates.get(template["name"])
        if languages is None or code not in languages:
            raise _GraphError(
                404,
                132001,
                "Template name does not exist in the translation",
                f"template name ({template['name']}) does not exist in {code}",
            )
        params: list[Any] = []
        for component in template.get("components") or []:
            if component.get("type") == "body":
                params.extend(component.get("parameters") or [])
        if len(params) != languages[code]:
            raise _GraphError(
                400,
                132000,
                "Number of parameters does not match the expected number of params",
                f"body: number of localizable_params ({len(params)}) does not match the expected "
                f"number of params ({languages[code]})",
            )
        for param in params:
            text = param.get("text") if isinstance(param, dict) and param.get("type") == "text" else None
            if not isinstance(text, str) or not text:
                raise _GraphError(400, 131008, "Required parameter is missing", "a body parameter has no text")
            if _BAD_TEMPLATE_TEXT.search(text):
                raise _GraphError(
                    400,
                    132018,
                    "There was an issue with the parameters in your template",
                    "Param text cannot have new-line/tab characters or more than 4 consecutive spaces",
                )

    # ---------------------------------------------------------- webhook side

    def sign(self, body: bytes) -> str:
        """The X-Hub-Signature-256 header Meta would send for this body."""
        return "sha256=" + hmac.new(self.app_secret.encode(), body, hashlib.sha256).hexdigest()

    def payload(
        self,
        messages: Sequence[Json] = (),
        *,
        statuses: Sequence[Json] = (),
        names: Mapping[str, str] | None = None,
        phone_number_id: str | None = None,
    ) -> Json:
        """A webhook payload carrying messages (with a contact per sender) and statuses."""
        value: Json = {
            "messaging_product": "whatsapp",
            "metadata": {
                "display_phone_number": DEFAULT_DISPLAY_NUMBER,
                "phone_number_id": phone_number_id or self.phone_number_id,
            },
        }
        senders = list(dict.fromkeys(message["from"] for message in messages if "from" in message))
        if senders:
            value["contacts"] = [
                {"profile": {"name": (names or {}).get(wa_id, "Test")}, "wa_id": wa_id} for wa_id in senders
            ]
            value["messages"] = list(messages)
        if statuses:
            value["statuses"] = list(statuses)
        return {
            "object": "whatsapp_business_account",
            "entry": [{"id": "102290129340398", "changes": [{"value": value, "field": "messages"}]}],
        }

    def message(self, wa_id: str, kind: str, content: Any, *, wamid: str | None = None, **extra: Any) -> Json:
        """One message object from wa_id (which opens their window)."""
        self.customer_wrote(wa_id)
        return {
            "from": wa_id,
            "id": wamid or f"wamid.in{next(self._ids):010d}",
            "timestamp": str(int(self.clock().timestamp())),
            "type": kind,
            kind: content,
            **extra,
        }

    def text(self, wa_id: str, body: str, **kw: Any) -> Json:
        return self.message(wa_id, "text", {"body": body}, **kw)

    def button_reply(self, wa_id: str, button_id: str, title: str = "Button", **kw: Any) -> Json:
        return self.message(
            wa_id,
            "interactive",
            {"type": "button_reply", "button_reply": {"id": button_id, "title": title}},
            context={"from": DEFAULT_DISPLAY_NUMBER, "id": "wamid.out"},
            **kw,
        )

    def list_reply(
        self, wa_id: str, row_id: str, title: str = "Row", description: str | None = None, **kw: Any
    ) -> Json:
        reply = {"id": row_id, "title": title} | ({"description": description} if description else {})
        return self.message(wa_id, "interactive", {"type": "list_reply", "list_reply": reply}, **kw)

    def template_button(self, wa_id: str, payload: str, text: str = "Button", **kw: Any) -> Json:
        return self.message(wa_id, "button", {"payload": payload, "text": text}, **kw)

    def image(self, wa_id: str, media_id: str = "1479537139650973", caption: str | None = None, **kw: Any) -> Json:
        content = {"id": media_id, "mime_type": "image/jpeg", "sha256": "fakehash"}
        return self.message(wa_id, "image", content | ({"caption": caption} if caption else {}), **kw)

    def document(self, wa_id: str, media_id: str = "2479537139650974", filename: str = "kimlik.pdf", **kw: Any) -> Json:
        content = {"id": media_id, "mime_type": "application/pdf", "sha256": "fakehash", "filename": filename}
        return self.message(wa_id, "document", content, **kw)

    def audio(self, wa_id: str, media_id: str = "3479537139650975", *, voice: bool = True, **kw: Any) -> Json:
        content = {"id": media_id, "mime_type": "audio/ogg; codecs=opus", "sha256": "fakehash", "voice": voice}
        return self.message(wa_id, "audio", content, **kw)

    def video(self, wa_id: str, media_id: str = "4479537139650976", **kw: Any) -> Json:
        return self.message(wa_id, "video", {"id": media_id, "mime_type": "video/mp4", "sha256": "fakehash"}, **kw)

    def sticker(self, wa_id: str, media_id: str = "5479537139650977", **kw: Any) -> Json:
        content = {"id": media_id, "mime_type": "image/webp", "sha256": "fakehash", "animated": False}
        return self.message(wa_id, "sticker", content, **kw)

    def location(self, wa_id: str, latitude: float, longitude: float, **kw: Any) -> Json:
        content = {"latitude": latitude, "longitude": longitude, "name": "Konak Meydanı", "address": "Konak, İzmir"}
        return self.message(wa_id, "location", content, **kw)

    def contacts(self, wa_id: str, phone: str, *, card_wa_id: str | None = None, **kw: Any) -> Json:
        number: Json = {"phone": phone, "type": "CELL"} | ({"wa_id": card_wa_id} if card_wa_id else {})
        card = {"name": {"formatted_name": "Ayşe Yılmaz", "first_name": "Ayşe"}, "phones": [number]}
        return self.message(wa_id, "contacts", [card], **kw)

    def welcome_request(self, wa_id: str, **kw: Any) -> Json:
        """What WhatsApp sends when someone opens the chat for the first time (welcome message on)."""
        message = self.message(wa_id, "request_welcome", None, **kw)
        del message["request_welcome"]
        return message

    def reaction(self, wa_id: str, message_id: str, emoji: str = "👍", **kw: Any) -> Json:
        return self.message(wa_id, "reaction", {"message_id": message_id, "emoji": emoji}, **kw)

    def unsupported(self, wa_id: str, **kw: Any) -> Json:
        errors = [
            {
                "code": 131051,
                "title": "Message type unknown",
                "message": "Message type unknown",
                "error_data": {"details": "Message type is currently not supported."},
            }
        ]
        return self.message(wa_id, "unsupported", None, errors=errors, **kw)

    def status(
        self,
        wamid: str,
        status: str,
        *,
        recipient: str = "905321234567",
        error_code: int | None = None,
        error_title: str = "Message undeliverable",
        at: datetime | None = None,
    ) -> Json:
        """A status of one of our messages."""
        report: Json = {
            "id": wamid,
            "status": status,
            "timestamp": str(int((at or self.clock()).timestamp())),
            "recipient_id": recipient,
        }
        if error_code is not None:
            report["errors"] = [
                {
                    "code": error_code,
                    "title": error_title,
                    "message": error_title,
                    "error_data": {"details": error_title},
                }
            ]
        return report

    async def post_webhook(
        self,
        url: str,
        payload: Json | bytes,
        *,
        signature: Literal["valid", "wrong", "missing"] = "valid",
        headers: Mapping[str, str] | None = None,
    ) -> tuple[int, str]:
        """POST a payload to the app as Meta does, with a valid, wrong or no signature; returns (status, body)."""
        assert self._http is not None, "use the fake as an async context manager"
        body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()  # ASCII-escaped, as Meta
        sent = dict(headers or {})
        sent.setdefault("Content-Type", "application/json")
        if signature == "valid":
            sent["X-Hub-Signature-256"] = self.sign(body)
        elif signature == "wrong":
            sent["X-Hub-Signature-256"] = "sha256=" + hmac.new(b"not-the-secret", body, hashlib.sha256).hexdigest()
        async with self._http.post(url, data=body, headers=sent) as response:
            return response.status, await response.text()


def _text(content: Any) -> None:
    body = content.get("body") if isinstance(content, dict) else None
    if not isinstance(body, str) or not body.strip():
        raise _GraphError(400, 131008, "Required parameter is missing", "text.body")
    if len(body) > 4096:
        raise _GraphError(400, 131009, "Parameter value is not valid", "text.body is longer than 4096 characters")


def _check(ok: bool, details: str) -> None:
    if not ok:
        raise _GraphError(400, 131009, "Parameter value is not valid", details)


def _length(value: Any, low: int, high: int) -> bool:
    return isinstance(value, str) and low <= len(value) <= high


def _interactive(interactive: Any) -> None:
    _check(isinstance(interactive, dict), "interactive must be an object")
    kind, action = interactive.get("type"), interactive.get("action")
    _check(isinstance(action, dict), "interactive.action must be an object")
    body = (interactive.get("body") or {}).get("text")
    for part in ("header", "footer"):
        if part in interactive:
            _check(_length(interactive[part].get("text"), 1, 60), f"interactive.{part}.text: 1-60 characters")
    if kind == "button":
        _check(_length(body, 1, 1024), "interactive.body.text: 1-1024 characters")
        buttons = action.get("buttons")
        _check(isinstance(buttons, list) and 1 <= len(buttons) <= 3, "action.buttons: 1-3 buttons")
        ids, titles = [], []
        for button in buttons:
            reply = button.get("reply") if isinstance(button, dict) and button.get("type") == "reply" else None
            _check(isinstance(reply, dict), "a button must be of type reply")
            _check(_length(reply.get("id"), 1, 256), "button id: 1-256 characters")
            _check(_length(reply.get("title"), 1, 20), f"button title: 1-20 characters, got {reply.get('title')!r}")
            ids.append(reply["id"])
            titles.append(reply["title"])
        _check(len(set(ids)) == len(ids), "button ids must be unique")
        _check(len(set(titles)) == len(titles), "button titles must be unique")
    elif kind == "list":
        _check(_length(body, 1, 4096), "interactive.body.text: 1-4096 characters")
        _check(_length(action.get("button"), 1, 20), "action.button: 1-20 characters")
        sections = action.get("sections")
        _check(isinstance(sections, list) and 1 <= len(sections) <= 10, "action.sections: 1-10 sections")
        rows = []
        for section in sections:
            _check(isinstance(section, dict) and isinstance(section.get("rows"), list), "a section needs rows")
            if len(sections) > 1:
                _check(_length(section.get("title"), 1, 24), "section title: 1-24 characters")
            rows.extend(section["rows"])
        _check(1 <= len(rows) <= 10, f"a list has 1-10 rows in all, got {len(rows)}")
        for row in rows:
            _check(isinstance(row, dict) and _length(row.get("id"), 1, 200), "row id: 1-200 characters")
            _check(_length(row.get("title"), 1, 24), f"row title: 1-24 characters, got {row.get('title')!r}")
            if "description" in row:
                _check(_length(row["description"], 0, 72), "row description: up to 72 characters")
        _check(len({row["id"] for row in rows}) == len(rows), "row ids must be unique")
    else:
        raise _GraphError(400, 100, "Invalid parameter", f"the fake does not send interactive {kind!r} messages")
