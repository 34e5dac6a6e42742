"""WhatsApp Cloud API: the signed webhook -> Inbound, a Reply -> Graph API messages, and the worker's sender.

Decisions kept here, in one place:

* The webhook's signature (``X-Hub-Signature-256``, HMAC-SHA256 of the app secret over the raw body) is
  checked in constant time before the body is parsed: absent 401, wrong 403, and nothing is acted on.
* Messages of one payload are handled in order, one person at a time (a lock per ``wa_id`` in this
  process). The answer is 200 only once the engine has committed every message of the payload (it records
  the ``wamid`` as ``update_id`` with ``source="whatsapp:<phone_number_id>"`` in the same transaction, so
  Meta's redeliveries, which go on for a day, are recognised). A storage failure answers 503 so Meta
  retries; a message the engine fails on for another reason is a poison message: logged with its wamid,
  skipped, and the person told something went wrong. A body that is not the Cloud API's shape answers 400.
* Replies are sent through the Graph API before the webhook answers (so one person's replies keep their
  order). A reply that fails to send is logged, not retried: what the person said is already recorded.
* Choices: up to 3 with titles of at most 20 characters become reply buttons; anything else an interactive
  list (rows of 24 characters, the full label in the row's description when it is cut). More than 10 rows
  are paginated: 9 rows and a "more" row whose id points into a :class:`PageStore` (in memory by default).
* WhatsApp has no persistent keyboard: ``Reply.menu`` turns the last plain text of the reply into a list
  message with a "Menu" button (or adds one). A picked menu row reaches the engine as ``TEXT`` holding the
  label, exactly as Telegram's reply keyboard sends it.
* ``ask_phone``: WhatsApp already knows the number the person writes from. The message invites them to type
  a number and offers a "use this number" button (id ``wa:own-phone``). Its press reaches the engine as
  ``CONTACT`` with ``+<wa_id>`` taken from the signed webhook's ``from``, never from the button's id, so it
  cannot be forged. A shared contact card is ``CONTACT`` only when it is the sender's own number, else
  ``TEXT`` holding the number (as on Telegram).
* Button ids starting with ``wa:`` belong to this adapter and never reach the engine.
* ``request_welcome`` (sent when someone opens the chat for the first time, if the welcome message is on in
  WhatsApp Manager) reaches the engine as ``COMMAND start``; a typed ``/start`` (or another ``/command``)
  as that command. Reactions and system notices (a changed number) are not passed on.
* Statuses (sent, delivered, read, failed) come batched and out of order: per wamid only the most advanced
  one of a payload is passed to ``on_status``; ``failed`` outranks everything (see :func:`status_rank`).
* Outside the 24-hour customer-service window the sender sends the approved template of the notification's
  kind in the person's language (see :class:`TemplateSpec`).
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import logging
import re
import secrets
import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, Protocol

import httpx
import phonenumbers
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.text import split_text
from core.db import is_transient
from core.delivery import Rendered, RetryLater, SendError, Undeliverable, Unreachable
from core.errors import ConfigurationError
from core.i18n import Translator
from handlers.engine import KeyedLocks
from handlers.types import Attachment, Inbound, InboundKind, OutMessage, Reply, Say

if TYPE_CHECKING:
    from fastapi import FastAPI

    from core.context import CoreContext

log = logging.getLogger("bot.whatsapp")

CHANNEL = "whatsapp"
WEBHOOK_PATH = "/whatsapp/webhook"
SIGNATURE_HEADER = "X-Hub-Signature-256"
MAX_BODY = 1_000_000  # Meta's payloads are a few kilobytes; a bigger body is not Meta's

# Cloud API limits (characters are counted as code points).
MAX_INTERACTIVE_BODY = 1024
MAX_BUTTONS = 3
MAX_BUTTON_TITLE = 20
MAX_LIST_ROWS = 10
MAX_ROW_TITLE = 24
MAX_ROW_DESCRIPTION = 72
MAX_LIST_BUTTON = 20
CUSTOMER_SERVICE_WINDOW = timedelta(hours=24)
# The window is taken as closing a little early: near its end WhatsApp may accept a text and fail it later
# (a "failed" status with 131047), which the worker would have counted as sent.
WINDOW_MARGIN = timedelta(minutes=10)

# The adapter's own button ids; the engine's Choice.data must not start with "wa:".
OWN_PHONE_ID = "wa:own-phone"
MORE_PREFIX = "wa:more:"
MENU_PREFIX = "wa:menu:"

# Message keys of locales/<code>/whatsapp.ftl.
LIST_BUTTON_KEY = "whatsapp-list-button"
MENU_BUTTON_KEY = "whatsapp-menu-button"
MENU_PROMPT_KEY = "whatsapp-menu-prompt"
CHOOSE_PROMPT_KEY = "whatsapp-choose-prompt"
MORE_KEY = "whatsapp-more"
OWN_PHONE_KEY = "whatsapp-own-phone"
PHONE_HINT_KEY = "whatsapp-phone-hint"
LIST_EXPIRED_KEY = "whatsapp-list-expired"
UNEXPECTED_KEYS = ("error-unexpected", "whatsapp-error-unexpected")

# Template body parameters, in order, per notification kind; a template setting may name its own order.
# "text" is the rendered notification when the notification has no "text" parameter of its own.
DEFAULT_TEMPLATE_PARAMS: Mapping[str, tuple[str, ...]] = {
    "status_changed": ("reference", "programme", "status"),
    "staff_reply": ("reference", "text"),
    "announcement": ("text",),
}
MAX_TEMPLATE_PARAM = 900  # a body is at most 1,024 characters with the template's own words

# Graph API error codes (https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes).
REENGAGEMENT = 131047  # more than 24 hours since the person last wrote: only a template may be sent
RETRY_CODES = frozenset({
    1, 2,  # API unknown / service temporarily unavailable
    4, 80007,  # application / WhatsApp Business Account rate limits
    130429,  # Cloud API throughput reached
    131000, 131016,  # something went wrong / service unavailable
    131048,  # spam rate limit: sending is restricted for a while
    131056,  # (business, consumer) pair rate limit: too many messages to this person
    133004,  # server temporarily unavailable
})
AUTH_CODES = frozenset({0, 3, 10, 190})  # the access token or its permissions: fixed by an operator, then retried
UNREACHABLE_CODES = frozenset({
    131050,  # the person stopped receiving messages from the business (how a block surfaces)
    1013,  # (On-Premises API) the number is not a WhatsApp user
})

_COMMAND = re.compile(r"/([A-Za-z0-9_]{1,64})(?:\s+(.*))?", re.DOTALL)
_WA_ID = re.compile(r"\d{5,20}")
_MEDIA_TYPES = {"image": "photo", "document": "document", "video": "video", "audio": "audio", "voice": "voice"}
_SKIPPED_TYPES = frozenset({"reaction", "system", "ephemeral"})
_STATUS_RANK = {"sent": 1, "delivered": 2, "read": 3, "failed": 4}
# A hint for the first language from the number's country; the engine confirms it with the person.
_REGION_LANGUAGE = {
    "TR": "tr", "SY": "ar", "IQ": "ar", "JO": "ar", "LB": "ar", "EG": "ar", "SA": "ar", "PS": "ar", "LY": "ar",
    "IR": "fa", "AF": "fa-AF", "UA": "uk", "RU": "ru", "SO": "so", "FR": "fr", "GB": "en", "US": "en",
}


# ---------------------------------------------------------------------------------------- settings


class TemplateSpec(BaseModel):
    """One approved template: its name, its WhatsApp language code per locale, its body parameters in order.

    ``fallback`` names the locale whose template is sent to a person whose language has none (e.g. "tr");
    without it such a notification is undeliverable. The parameter values stay in the person's language.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1, max_length=512)
    languages: dict[str, str] = Field(min_length=1)  # locale -> WhatsApp language code, e.g. {"en": "en_US"}
    params: tuple[str, ...] | None = None  # default: DEFAULT_TEMPLATE_PARAMS[kind]
    fallback: str | None = None

    @model_validator(mode="after")
    def _fallback_has_a_language(self) -> TemplateSpec:
        if self.fallback is not None and self.fallback not in self.languages:
            raise ValueError(f"fallback {self.fallback!r} is not one of the template's languages")
        return self


class WhatsAppSettings(BaseSettings):
    """HEMSEHRI_WHATSAPP_* settings; the channel is on when the token, secrets and number id are all set."""

    model_config = SettingsConfigDict(env_prefix="HEMSEHRI_WHATSAPP_", extra="ignore")

    access_token: SecretStr | None = None
    app_secret: SecretStr | None = None
    verify_token: SecretStr | None = None
    phone_number_id: str | None = None
    api_url: str = "https://graph.facebook.com/v21.0"
    # JSON: {"status_changed": {"name": "...", "languages": {"tr": "tr", "en": "en_US"}, "fallback": "tr"}, ...}
    templates: dict[str, TemplateSpec] = Field(default_factory=dict)

    @field_validator("api_url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must be an http:// or https:// URL")
        return value.rstrip("/")

    @field_validator("phone_number_id")
    @classmethod
    def _digits(cls, value: str | None) -> str | None:
        if value is not None and not value.isdigit():
            raise ValueError("must be the numeric id of the phone number in WhatsApp Manager")
        return value

    @property
    def required(self) -> dict[str, object]:
        return {
            "ACCESS_TOKEN": self.access_token,
            "APP_SECRET": self.app_secret,
            "VERIFY_TOKEN": self.verify_token,
            "PHONE_NUMBER_ID": self.phone_number_id,
        }

    def enabled(self) -> bool:
        """Whether the channel is on; raises ConfigurationError when it is only partly set."""
        given = {name for name, value in self.required.items() if value}
        if not given:
            return False
        missing = [name for name in self.required if name not in given]
        if missing:
            raise ConfigurationError(
                f"HEMSEHRI_WHATSAPP_{missing[0]}: required when HEMSEHRI_WHATSAPP_{sorted(given)[0]} is set"
            )
        return True


def load_whatsapp_settings(**overrides: object) -> WhatsAppSettings:
    """Reads the settings, turning a validation failure into one line naming the setting."""
    try:
        return WhatsAppSettings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        first = exc.errors()[0]
        name = "HEMSEHRI_WHATSAPP_" + str(first["loc"][0]).upper() if first["loc"] else "HEMSEHRI_WHATSAPP_*"
        raise ConfigurationError(f"{name}: {first['msg']}") from None


# -------------------------------------------------------------------------------------- Graph API


class GraphError(Exception):
    """A Graph API call failed: HTTP status (0 for a network failure), Meta's error code and details."""

    def __init__(
        self, status: int, code: int | None, message: str, *, details: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(f"{status} {code}: {message}" + (f" ({details})" if details else ""))
        self.status, self.code, self.message = status, code, message
        self.details, self.retry_after = details, retry_after


class GraphApi:
    """The Graph API messages endpoint over one shared httpx.AsyncClient."""

    def __init__(
        self, *, api_url: str, access_token: str, client: httpx.AsyncClient | None = None, timeout: float = 15.0
    ) -> None:
        self.api_url = api_url.rstrip("/")
        self._owns_client = client is None
        self._client = client or httpx.AsyncClient(
            timeout=httpx.Timeout(timeout, connect=5.0),
            limits=httpx.Limits(max_connections=100, max_keepalive_connections=20),
        )
        self._headers = {"Authorization": f"Bearer {access_token}"}

    @classmethod
    def from_settings(cls, settings: WhatsAppSettings, **kwargs: Any) -> GraphApi:
        if settings.access_token is None:
            raise ConfigurationError("HEMSEHRI_WHATSAPP_ACCESS_TOKEN: required")
        return cls(api_url=settings.api_url, access_token=settings.access_token.get_secret_value(), **kwargs)

    async def aclose(self) -> None:
        if self._owns_client:
            await self._client.aclose()

    async def send(self, phone_number_id: str, message: Mapping[str, Any]) -> str:
        """POSTs one message from this number and returns its wamid, or raises GraphError."""
        body = {"messaging_product": "whatsapp", "recipient_type": "individual", **message}
        url = f"{self.api_url}/{phone_number_id}/messages"
        try:
            response = await self._client.post(url, json=body, headers=self._headers)
        except httpx.HTTPError as exc:
            raise GraphError(0, None, f"{type(exc).__name__}: {exc}") from exc
        if response.is_success:
            try:
                return str(response.json()["messages"][0]["id"])
            except (ValueError, LookupError, TypeError) as exc:
                raise GraphError(response.status_code, None, "answer without a message id") from exc
        raise _graph_error(response)


def _graph_error(response: httpx.Response) -> GraphError:
    retry_after = _seconds(response.headers.get("Retry-After"))
    try:
        error = response.json()["error"]
        code = error.get("code")
        details = (error.get("error_data") or {}).get("details")
        return GraphError(
            response.status_code, code if isinstance(code, int) else None, str(error.get("message", "")),
            details=str(details) if details else None, retry_after=retry_after,
        )
    except (ValueError, LookupError, TypeError, AttributeError):
        return GraphError(response.status_code, None, response.text[:200], retry_after=retry_after)


def _seconds(value: str | None) -> float | None:
    try:
        seconds = float(value) if value else None
    except ValueError:
        return None
    return seconds if seconds is not None and seconds >= 0 else None


def classify(error: GraphError) -> SendError:
    """What the delivery worker should do about a failed send."""
    if error.status == 0 or error.status >= 500:
        return RetryLater(f"WhatsApp unavailable: {error}", error.retry_after)
    if error.status == 429 or error.code in RETRY_CODES:
        return RetryLater(f"WhatsApp rate limit: {error}", error.retry_after)
    if error.code in AUTH_CODES or error.status == 401:
        return RetryLater(f"WhatsApp refused the access token (check HEMSEHRI_WHATSAPP_ACCESS_TOKEN): {error}")
    if error.code in UNREACHABLE_CODES:
        return Unreachable(f"WhatsApp: {error}")
    return Undeliverable(f"WhatsApp: {error}")


# ----------------------------------------------------------------------------------------- parsing


class MalformedPayload(ValueError):
    """The body is JSON but not a Cloud API webhook payload."""


class _BadMessage(ValueError):
    """One message of a payload is not as the Cloud API describes it."""


@dataclass(frozen=True)
class IncomingMessage:
    """One message of a webhook payload: its Inbound, and the number it was sent to."""

    wamid: str
    wa_id: str
    phone_number_id: str
    inbound: Inbound


@dataclass(frozen=True)
class StatusReport:
    """What WhatsApp said about one of our outgoing messages."""

    wamid: str
    status: str  # sent | delivered | read | failed
    timestamp: int
    recipient_id: str | None
    error: str | None


@dataclass
class Batch:
    messages: list[IncomingMessage]
    statuses: list[StatusReport]
    skipped: int = 0  # malformed messages and statuses, logged


def status_rank(status: str | None) -> int:
    """Order of delivery states; a state may only replace one of lower rank (``failed`` outranks all)."""
    return _STATUS_RANK.get(status or "", 0)


def parse_payload(payload: Any, *, phone_number_id: str) -> Batch:
    """Reads a webhook payload; raises MalformedPayload when its frame is wrong, skips malformed items."""
    if not isinstance(payload, dict) or not isinstance(payload.get("entry"), list):
        raise MalformedPayload("not a WhatsApp webhook payload")
    batch = Batch([], [])
    for entry in payload["entry"]:
        changes = entry.get("changes") if isinstance(entry, dict) else None
        if not isinstance(changes, list):
            raise MalformedPayload("an entry without changes")
        for change in changes:
            if not isinstance(change, dict):
                raise MalformedPayload("a change that is not an object")
            if change.get("field") != "messages":
                continue
            value = change.get("value")
            if not isinstance(value, dict):
                raise MalformedPayload("a change without a value")
            _read_value(value, batch, phone_number_id)
    return batch


def _items(value: Mapping[str, Any], key: str) -> list[Any]:
    items = value.get(key)
    if items is None:
        return []
    if not isinstance(items, list):
        raise MalformedPayload(f"{key} is not a list")
    return items


def _read_value(value: Mapping[str, Any], batch: Batch, default_phone_number_id: str) -> None:
    metadata = value.get("metadata")
    number_id = metadata.get("phone_number_id") if isinstance(metadata, dict) else None
    phone_number_id = str(number_id) if isinstance(number_id, str | int) and str(number_id).isdigit() else (
        default_phone_number_id
    )
    names: dict[str, str] = {}
    for contact in _items(value, "contacts"):
        if isinstance(contact, dict) and isinstance(contact.get("wa_id"), str):
            profile = contact.get("profile")
            name = profile.get("name") if isinstance(profile, dict) else None
            if isinstance(name, str) and name.strip():
                names[contact["wa_id"]] = name.strip()
    for raw in _items(value, "messages"):
        try:
            message = read_message(raw, phone_number_id=phone_number_id, names=names)
        except (_BadMessage, KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
            wamid = raw.get("id") if isinstance(raw, dict) else None
            log.error("poison WhatsApp message %s skipped: malformed (%s)", wamid, exc)
            batch.skipped += 1
            continue
        if message is not None:
            batch.messages.append(message)
    for raw in _items(value, "statuses"):
        try:
            status = read_status(raw)
        except (_BadMessage, KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
            log.error("malformed WhatsApp status skipped (%s)", exc)
            batch.skipped += 1
            continue
        if status is not None:
            batch.statuses.append(status)
    for error in _items(value, "errors"):
        log.warning("WhatsApp reported an error: %s", _error_text([error]))


def read_message(raw: Any, *, phone_number_id: str, names: Mapping[str, str]) -> IncomingMessage | None:
    """The Inbound of one Cloud API message, None for one the engine has nothing to do with."""
    if not isinstance(raw, dict):
        raise _BadMessage("not an object")
    wamid, wa_id, kind = raw.get("id"), raw.get("from"), raw.get("type")
    if not isinstance(wamid, str) or not wamid or len(wamid) > 128:
        raise _BadMessage("no message id")
    if not isinstance(wa_id, str) or not _WA_ID.fullmatch(wa_id):
        raise _BadMessage("no sender")
    if not isinstance(kind, str):
        raise _BadMessage("no type")
    if kind in _SKIPPED_TYPES:
        log.debug("WhatsApp %s message %s ignored", kind, wamid)
        return None
    content = _content(kind, raw, wa_id)
    inbound = Inbound(
        channel=CHANNEL,
        user_id=wa_id,
        chat_id=wa_id,
        platform_language=language_hint(wa_id),
        display_name=names.get(wa_id),
        message_id=wamid,
        update_id=wamid,
        source=f"{CHANNEL}:{phone_number_id}",
        **content,
    )
    return IncomingMessage(wamid, wa_id, phone_number_id, inbound)


def _content(kind: str, raw: Mapping[str, Any], wa_id: str) -> dict[str, Any]:
    """The kind-specific fields of an Inbound."""
    body = raw.get(kind)
    if kind == "request_welcome":  # the person opened the chat for the first time: WhatsApp's /start
        return {"kind": InboundKind.COMMAND, "command": "start"}
    if kind == "text":
        text = body["body"]
        if not isinstance(text, str):
            raise _BadMessage("text without a body")
        command = _COMMAND.fullmatch(text.strip())
        if command:
            return {"kind": InboundKind.COMMAND, "command": command.group(1).lower(), "text": command.group(2) or None}
        return {"kind": InboundKind.TEXT, "text": text}
    if kind == "interactive":
        reply_type = body["type"]
        if reply_type in ("button_reply", "list_reply"):
            data = body[reply_type]["id"]
            if not isinstance(data, str) or not data:
                raise _BadMessage("a reply without an id")
            return {"kind": InboundKind.BUTTON, "button": data}
        return {"kind": InboundKind.UNSUPPORTED}
    if kind == "button":  # a template's quick-reply button
        payload, text = body.get("payload"), body.get("text")
        if isinstance(payload, str) and payload:
            return {"kind": InboundKind.BUTTON, "button": payload}
        if isinstance(text, str) and text:
            return {"kind": InboundKind.TEXT, "text": text}
        raise _BadMessage("a button without payload or text")
    if kind == "location":
        latitude, longitude = float(body["latitude"]), float(body["longitude"])
        if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
            raise _BadMessage("location out of range")
        return {"kind": InboundKind.LOCATION, "location": (latitude, longitude)}
    if kind in _MEDIA_TYPES or kind == "sticker":
        media_id = body["id"]
        if not isinstance(media_id, str | int) or not str(media_id):
            raise _BadMessage("media without an id")
        media_kind = "voice" if kind == "audio" and body.get("voice") is True else _MEDIA_TYPES.get(kind, kind)
        attachment = Attachment(
            media_kind,
            str(media_id),
            file_name=_str(body.get("filename")),
            mime_type=_str(body.get("mime_type")),
        )
        if kind == "sticker":  # the contract's own kind: a sticker is no document for an application
            return {"kind": InboundKind.STICKER, "attachment": attachment}
        return {"kind": InboundKind.ATTACHMENT, "attachment": attachment, "text": _str(body.get("caption"))}
    if kind == "contacts":
        for card in body:
            for phone in card.get("phones") or []:
                number, owner = _str(phone.get("phone")), _str(phone.get("wa_id"))
                if owner == wa_id:
                    return {"kind": InboundKind.CONTACT, "phone": f"+{wa_id}"}
                if number or owner:
                    return {"kind": InboundKind.TEXT, "text": number or f"+{owner}"}
        return {"kind": InboundKind.UNSUPPORTED}
    return {"kind": InboundKind.UNSUPPORTED}


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def read_status(raw: Any) -> StatusReport | None:
    """A status of one of our messages; None for a status this adapter does not track."""
    if not isinstance(raw, dict):
        raise _BadMessage("not an object")
    wamid, status = raw.get("id"), raw.get("status")
    if not isinstance(wamid, str) or not wamid or not isinstance(status, str):
        raise _BadMessage("a status without id or status")
    if status not in _STATUS_RANK:
        log.debug("WhatsApp status %r of %s ignored", status, wamid)
        return None
    timestamp = raw.get("timestamp")
    errors = raw.get("errors")
    return StatusReport(
        wamid=wamid,
        status=status,
        timestamp=int(timestamp) if isinstance(timestamp, str | int) and str(timestamp).isdigit() else 0,
        recipient_id=_str(raw.get("recipient_id")),
        error=_error_text(errors) if isinstance(errors, list) and errors else None,
    )


def _error_text(errors: list[Any]) -> str:
    first = errors[0] if errors and isinstance(errors[0], dict) else {}
    details = (first.get("error_data") or {}).get("details") if isinstance(first.get("error_data"), dict) else None
    text = f"{first.get('code')}: {first.get('title') or first.get('message') or 'error'}"
    return f"{text} ({details})" if details else text


def latest_statuses(reports: Sequence[StatusReport]) -> list[StatusReport]:
    """Per wamid the most advanced report (then the latest), in order of first appearance."""
    best: dict[str, StatusReport] = {}
    for report in reports:
        current = best.get(report.wamid)
        if current is None or (status_rank(report.status), report.timestamp) > (
            status_rank(current.status), current.timestamp
        ):
            best[report.wamid] = report
    return list(best.values())


def language_hint(wa_id: str) -> str | None:
    """A first guess at the person's language from their number's country (e.g. 963… -> ar)."""
    try:
        number = phonenumbers.parse(f"+{wa_id}")
    except phonenumbers.NumberParseException:
        return None
    return _REGION_LANGUAGE.get(phonenumbers.region_code_for_number(number) or "")


# --------------------------------------------------------------------------------------- rendering


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@dataclass(frozen=True)
class Option:
    """A button or a list row as WhatsApp shows it."""

    title: str
    id: str


@dataclass(frozen=True)
class Pages:
    """The rest of a long list, kept for its "more" row."""

    locale: str
    body: str
    button: str
    rows: tuple[dict[str, str], ...]


class PageStore(Protocol):
    """Where the rest of a long list waits for its "more" row (memory here; Redis with several processes)."""

    def put(self, pages: Pages) -> str: ...

    def get(self, token: str) -> Pages | None: ...


class MemoryPageStore:
    """The most recent lists in this process, each kept for a day."""

    def __init__(self, capacity: int = 5000, ttl: float = 86400.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.capacity, self.ttl, self._clock = capacity, ttl, clock
        self._pages: OrderedDict[str, tuple[float, Pages]] = OrderedDict()

    def put(self, pages: Pages) -> str:
        token = secrets.token_urlsafe(9)
        self._pages[token] = (self._clock(), pages)
        while len(self._pages) > self.capacity:
            self._pages.popitem(last=False)
        return token

    def get(self, token: str) -> Pages | None:
        kept = self._pages.get(token)
        if kept is None or self._clock() - kept[0] > self.ttl:
            self._pages.pop(token, None)
            return None
        return kept[1]


Payload = dict[str, Any]


class Renderer:
    """Turns a Reply into Cloud API message bodies (without the recipient) in the person's language."""

    def __init__(
        self, translator: Translator, menu_labels: Callable[[str], Sequence[Sequence[Say | str]]], pages: PageStore
    ) -> None:
        self.translator, self.menu_labels, self.pages = translator, menu_labels, pages

    def say(self, locale: str, item: Say | str) -> str:
        return item if isinstance(item, str) else self.translator.text(locale, item.key, **item.params)

    def optional(self, locale: str, *keys: str) -> str | None:
        """The first of these messages found in a catalogue, or None."""
        for key in keys:
            with contextlib.suppress(KeyError):
                return self.translator.text(locale, key)
        return None

    def render(self, reply: Reply) -> list[Payload]:
        """The messages that say `reply`, in order; none for a duplicate."""
        if reply.duplicate:
            return []
        locale = reply.locale
        out: list[Payload] = []
        for message in reply.messages:
            out.extend(self._message(locale, message))
        if reply.menu:
            if any(message.ask_phone for message in reply.messages):
                log.debug("a reply asking for the phone keeps its own buttons instead of the menu")
            else:
                self._attach_menu(locale, out)
        return out

    def _message(self, locale: str, message: OutMessage) -> list[Payload]:
        text = self.say(locale, message.text)
        options = [Option(self.say(locale, choice.label), choice.data) for row in message.choices for choice in row]
        if message.ask_phone:
            hint = self.optional(locale, PHONE_HINT_KEY)
            text = f"{text}\n\n{hint}" if hint else text
            options.insert(0, Option(self.say(locale, Say(OWN_PHONE_KEY)), OWN_PHONE_ID))
        pieces = split_text(text)
        if not options:
            return [text_message(piece) for piece in pieces]
        if pieces and len(pieces[-1]) <= MAX_INTERACTIVE_BODY:
            lead, body = pieces[:-1], pieces[-1]
        else:
            lead, body = pieces, self.say(locale, Say(CHOOSE_PROMPT_KEY))
        return [*(text_message(piece) for piece in lead), self.interactive(locale, body, options)]

    def interactive(self, locale: str, body: str, options: Sequence[Option], *, button: str | None = None) -> Payload:
        """Reply buttons when they fit, else a list (paginated past 10 rows)."""
        titles = [option.title for option in options]
        if (
            button is None and len(options) <= MAX_BUTTONS and len(set(titles)) == len(titles)
            and all(0 < len(title) <= MAX_BUTTON_TITLE for title in titles)
        ):
            buttons = [{"type": "reply", "reply": {"id": option.id, "title": option.title}} for option in options]
            return {"type": "interactive", "interactive": {
                "type": "button", "body": {"text": body}, "action": {"buttons": buttons},
            }}
        label = _cut(button or self.say(locale, Say(LIST_BUTTON_KEY)), MAX_LIST_BUTTON)
        return self._list_page(Pages(locale, body, label, tuple(_row(option) for option in options)), 0, None)

    def page(self, token: str, offset: int) -> Payload | None:
        """The list page after a "more" row, or None when the list is no longer kept."""
        pages = self.pages.get(token)
        if pages is None or not 0 < offset < len(pages.rows):
            return None
        return self._list_page(pages, offset, token)

    def _list_page(self, pages: Pages, offset: int, token: str | None) -> Payload:
        rows = list(pages.rows[offset:])
        if len(rows) > MAX_LIST_ROWS:
            token = token or self.pages.put(pages)
            more = Option(_cut(self.say(pages.locale, Say(MORE_KEY)), MAX_ROW_TITLE),
                          f"{MORE_PREFIX}{token}:{offset + MAX_LIST_ROWS - 1}:{pages.locale}")
            rows = [*rows[: MAX_LIST_ROWS - 1], _row(more)]
        return {"type": "interactive", "interactive": {
            "type": "list",
            "body": {"text": pages.body},
            "action": {"button": pages.button, "sections": [{"rows": rows}]},
        }}

    def _attach_menu(self, locale: str, out: list[Payload]) -> None:
        options = [
            Option(self.say(locale, label), f"{MENU_PREFIX}{locale}:{i}.{j}")
            for i, row in enumerate(self.menu_labels(locale)) for j, label in enumerate(row)
        ]
        if not options:
            return
        button = self.say(locale, Say(MENU_BUTTON_KEY))
        last = out[-1] if out else None
        if last is not None and last["type"] == "text" and len(last["text"]["body"]) <= MAX_INTERACTIVE_BODY:
            out[-1] = self.interactive(locale, last["text"]["body"], options, button=button)
        else:
            out.append(self.interactive(locale, self.say(locale, Say(MENU_PROMPT_KEY)), options, button=button))

    def menu_text(self, data: str) -> str | None:
        """The label of a picked menu row ("wa:menu:<locale>:<row>.<column>"), as the menu shows it."""
        try:
            locale, position = data[len(MENU_PREFIX):].rsplit(":", 1)
            row, column = (int(part) for part in position.split("."))
            return self.say(locale, self.menu_labels(locale)[row][column])
        except (ValueError, IndexError, KeyError):
            return None


def _row(option: Option) -> dict[str, str]:
    if len(option.title) <= MAX_ROW_TITLE:
        return {"id": option.id, "title": option.title}
    return {"id": option.id, "title": _cut(option.title, MAX_ROW_TITLE),
            "description": _cut(option.title, MAX_ROW_DESCRIPTION)}


def text_message(text: str) -> Payload:
    return {"type": "text", "text": {"body": text, "preview_url": False}}


# ------------------------------------------------------------------------------------------ webhook


class Conversations(Protocol):
    """What the adapter needs from the conversations engine (handlers.engine.Conversations)."""

    async def handle(self, inbound: Inbound) -> Reply: ...

    def menu_labels(self, locale: str) -> list[list[Say]]: ...


StatusHook = Callable[[str, str, str | None], Awaitable[None]]
"""``on_status(wamid, status, error)``: record a delivery state; idempotent, and never downgrading (status_rank)."""


class CouldNotRecord(Exception):
    """A message or status could not be recorded now: the payload must be delivered again."""





async def _log_status(wamid: str, status: str, error: str | None) -> None:
    log.debug("WhatsApp message %s: %s%s", wamid, status, f" ({error})" if error else "")


def signature_valid(secret: bytes, body: bytes, header: str) -> bool:
    """Whether `header` is "sha256=<hex HMAC-SHA256 of body>", compared in constant time."""
    expected = "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected.encode(), header.strip().lower().encode("utf-8", "replace"))


class WhatsAppWebhook:
    """The webhook's work: verify, parse, hand each message to the engine in order, say the replies."""

    def __init__(
        self, conversations: Conversations, translator: Translator, settings: WhatsAppSettings, api: GraphApi, *,
        on_status: StatusHook | None = None, pages: PageStore | None = None, max_in_flight: int = 256,
    ) -> None:
        if settings.app_secret is None or settings.verify_token is None or settings.phone_number_id is None:
            raise ConfigurationError("HEMSEHRI_WHATSAPP_APP_SECRET, _VERIFY_TOKEN and _PHONE_NUMBER_ID are required")
        self.conversations, self.translator, self.api = conversations, translator, api
        self.phone_number_id = settings.phone_number_id
        self.on_status = on_status or _log_status
        self.renderer = Renderer(translator, conversations.menu_labels, pages or MemoryPageStore())
        self.max_in_flight = max_in_flight
        self._secret = settings.app_secret.get_secret_value().encode()
        self._verify_token = settings.verify_token.get_secret_value().encode()
        self._locks = KeyedLocks()
        self._in_flight = 0

    def verify(self, mode: str | None, token: str | None, challenge: str | None) -> Response:
        """The subscription handshake: echo the challenge for the right verify token."""
        given = (token or "").encode("utf-8", "replace")
        if mode == "subscribe" and challenge and hmac.compare_digest(given, self._verify_token):
            return PlainTextResponse(challenge[:256])
        return PlainTextResponse("forbidden", status_code=403)

    async def receive(self, body: bytes, signature: str | None) -> Response:
        """One POST of the webhook, answered once everything in it is recorded."""
        if signature is None:
            return JSONResponse({"error": "signature missing"}, status_code=401)
        if not signature_valid(self._secret, body, signature):
            return JSONResponse({"error": "signature invalid"}, status_code=403)
        if self._in_flight >= self.max_in_flight:
            return JSONResponse({"error": "busy"}, status_code=429)
        try:
            batch = parse_payload(json.loads(body), phone_number_id=self.phone_number_id)
        # JSONDecodeError and UnicodeDecodeError are ValueErrors; RecursionError is a body nested too deep to decode.
        except (ValueError, RecursionError, MalformedPayload) as exc:
            log.warning("malformed WhatsApp webhook body: %s", type(exc).__name__)
            return JSONResponse({"error": "malformed payload"}, status_code=400)
        self._in_flight += 1
        try:
            for message in batch.messages:
                await self.handle(message)
            await self.record_statuses(batch.statuses)
        except CouldNotRecord as exc:
            log.warning("WhatsApp webhook not recorded, Meta will deliver it again: %s", exc)
            return JSONResponse({"error": "not recorded"}, status_code=503)
        finally:
            self._in_flight -= 1
        return JSONResponse({"status": "ok"})

    async def handle(self, message: IncomingMessage) -> None:
        """Hands one message to the engine and says the reply; raises CouldNotRecord when it must come again."""
        inbound = message.inbound
        async with self._locks.hold(message.wa_id):
            if inbound.kind is InboundKind.BUTTON and (inbound.button or "").startswith("wa:"):
                data = inbound.button or ""
                if data.startswith(MORE_PREFIX):
                    await self._more(message, data)
                    return
                if data == OWN_PHONE_ID:
                    inbound = replace(inbound, kind=InboundKind.CONTACT, phone=f"+{message.wa_id}", button=None)
                elif data.startswith(MENU_PREFIX) and (label := self.renderer.menu_text(data)):
                    inbound = replace(inbound, kind=InboundKind.TEXT, text=label, button=None)
                else:
                    log.info("unknown adapter button in WhatsApp message %s", message.wamid)
                    inbound = replace(inbound, kind=InboundKind.UNSUPPORTED, button=None)
            try:
                reply = await self.conversations.handle(inbound)
            except Exception as exc:
                if is_transient(exc):
                    raise CouldNotRecord(f"message {message.wamid}: {type(exc).__name__}") from exc
                log.exception("poison WhatsApp message %s (%s) skipped", message.wamid, inbound.kind.value)
                await self._apology(message, None)
                return
            try:
                payloads = self.renderer.render(reply)
            except (KeyError, ValueError, TypeError):
                log.exception("the reply to WhatsApp message %s could not be rendered", message.wamid)
                await self._apology(message, reply.locale)
                return
            await self.send_all(message, payloads)

    async def _more(self, message: IncomingMessage, data: str) -> None:
        token, offset, locale = [*data[len(MORE_PREFIX):].split(":", 2), "", ""][:3]
        page = self.renderer.page(token, int(offset)) if offset.isdigit() else None
        if page is None:
            locale = self.translator.resolve(locale or message.inbound.platform_language)
            page = text_message(self.renderer.say(locale, Say(LIST_EXPIRED_KEY)))
        await self.send_all(message, [page])

    async def _apology(self, message: IncomingMessage, locale: str | None) -> None:
        locale = self.translator.resolve(locale or message.inbound.platform_language)
        text = self.renderer.optional(locale, *UNEXPECTED_KEYS)
        if text:
            await self.send_all(message, [text_message(text)])

    async def send_all(self, message: IncomingMessage, payloads: Sequence[Payload]) -> None:
        """Sends in order from the number the person wrote to; stops at the first failure (logged, not raised)."""
        for number, payload in enumerate(payloads, start=1):
            try:
                await self.api.send(message.phone_number_id, {"to": message.wa_id, **payload})
            except GraphError as exc:
                log.warning("reply %d/%d to WhatsApp message %s not sent: %s",
                            number, len(payloads), message.wamid, exc)
                return
            except Exception:  # what the person said is committed: a reply failure must not answer 5xx
                log.exception("reply %d/%d to WhatsApp message %s failed", number, len(payloads), message.wamid)
                return

    async def record_statuses(self, reports: Sequence[StatusReport]) -> None:
        for report in latest_statuses(reports):
            try:
                await self.on_status(report.wamid, report.status, report.error)
            except Exception as exc:
                if is_transient(exc):
                    raise CouldNotRecord(f"status of {report.wamid}: {type(exc).__name__}") from exc
                log.exception("status %s of WhatsApp message %s could not be recorded", report.status, report.wamid)


def build_whatsapp_router(
    conversations: Conversations, translator: Translator, settings: WhatsAppSettings, *,
    api: GraphApi | None = None, on_status: StatusHook | None = None, pages: PageStore | None = None,
    max_in_flight: int = 256,
) -> APIRouter:
    """The webhook routes; the Graph API client is built from settings (and closed with the app) unless given."""
    owned = api is None
    graph = api or GraphApi.from_settings(settings)
    webhook = WhatsAppWebhook(
        conversations, translator, settings, graph, on_status=on_status, pages=pages, max_in_flight=max_in_flight
    )

    @contextlib.asynccontextmanager
    async def lifespan(app: Any) -> AsyncIterator[None]:
        try:
            yield
        finally:
            if owned:
                await graph.aclose()

    router = APIRouter(lifespan=lifespan)

    @router.get(WEBHOOK_PATH, include_in_schema=False)
    async def verify(request: Request) -> Response:
        query = request.query_params
        return webhook.verify(query.get("hub.mode"), query.get("hub.verify_token"), query.get("hub.challenge"))

    @router.post(WEBHOOK_PATH, include_in_schema=False)
    async def receive(request: Request) -> Response:
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > MAX_BODY:
                return JSONResponse({"error": "body too large"}, status_code=413)
        return await webhook.receive(bytes(body), request.headers.get(SIGNATURE_HEADER))

    router.whatsapp = webhook  # type: ignore[attr-defined]  # for tests and the composition root
    return router


# ------------------------------------------------------------------------------------------- sender


class WhatsAppSender:
    """The delivery worker's sender: free text inside the 24-hour window, the approved template outside it."""

    def __init__(
        self, api: GraphApi, settings: WhatsAppSettings, *, clock: Callable[[], datetime] = lambda: datetime.now(UTC)
    ) -> None:
        if settings.phone_number_id is None:
            raise ConfigurationError("HEMSEHRI_WHATSAPP_PHONE_NUMBER_ID: required")
        self.api, self.phone_number_id, self.templates, self._clock = (
            api, settings.phone_number_id, settings.templates, clock
        )

    async def aclose(self) -> None:
        await self.api.aclose()

    def in_window(self, last_inbound_at: datetime | None) -> bool:
        """Whether the person wrote within the last 24 hours (less a safety margin)."""
        return last_inbound_at is not None and (
            self._clock() - last_inbound_at < CUSTOMER_SERVICE_WINDOW - WINDOW_MARGIN
        )

    async def send(self, *, chat_id: str, message: Rendered) -> str:
        """Sends a notification and returns the wamid of its (first) message, or raises a SendError."""
        if self.in_window(message.last_inbound_at):
            try:
                return await self._send_text(chat_id, message.text)
            except GraphError as exc:
                if exc.code != REENGAGEMENT:
                    raise classify(exc) from exc
                log.info("WhatsApp window closed for an outbox message of kind %s: sending the template", message.kind)
        return await self._send_template(chat_id, message)

    async def _send_text(self, chat_id: str, text: str) -> str:
        pieces = split_text(text)
        if not pieces:
            raise Undeliverable("empty message")
        first = await self.api.send(self.phone_number_id, {"to": chat_id, **text_message(pieces[0])})
        for number, piece in enumerate(pieces[1:], start=2):
            try:
                await self.api.send(self.phone_number_id, {"to": chat_id, **text_message(piece)})
            except GraphError as exc:  # resending would repeat the first part: park it for staff instead
                raise Undeliverable(
                    f"sent part 1 ({first}) of {len(pieces)}, then part {number} failed: {exc}"
                ) from exc
        return first

    def template_for(self, message: Rendered) -> Payload:
        """The template message for a notification, or Undeliverable when none fits its kind and language."""
        spec = self.templates.get(message.kind)
        if spec is None:
            raise Undeliverable(f"no WhatsApp template for {message.kind}")
        code = next((spec.languages[loc] for loc in _parents(message.locale) if loc in spec.languages), None)
        if code is None and spec.fallback is not None:
            code = spec.languages.get(spec.fallback)
        if code is None:
            raise Undeliverable(f"no template for {message.locale}")
        names = spec.params if spec.params is not None else DEFAULT_TEMPLATE_PARAMS.get(message.kind, ())
        values = []
        for name in names:
            value = message.params.get(name, message.text if name == "text" else None)
            if value is None:
                raise Undeliverable(f"template {spec.name}: no value for parameter {name!r}")
            values.append(template_value(value))
        template: dict[str, Any] = {"name": spec.name, "language": {"code": code}}
        if values:
            template["components"] = [
                {"type": "body", "parameters": [{"type": "text", "text": value} for value in values]}
            ]
        return {"type": "template", "template": template}

    async def _send_template(self, chat_id: str, message: Rendered) -> str:
        payload = self.template_for(message)
        try:
            return await self.api.send(self.phone_number_id, {"to": chat_id, **payload})
        except GraphError as exc:
            raise classify(exc) from exc


def template_value(value: object) -> str:
    """A template parameter as WhatsApp accepts it: one line, no runs of spaces, not empty, not too long."""
    flat = " ".join(str(value).split())
    return _cut(flat, MAX_TEMPLATE_PARAM) or "-"


def _parents(locale: str) -> list[str]:
    parts = locale.replace("_", "-").split("-")
    return ["-".join(parts[:i]) for i in range(len(parts), 0, -1)]


# ------------------------------------------------------------------------------------- composition


def build_whatsapp_sender(settings: WhatsAppSettings | None = None, **kwargs: Any) -> WhatsAppSender | None:
    """The sender for the delivery worker (`senders["whatsapp"]`), or None when WhatsApp is not configured."""
    settings = settings or load_whatsapp_settings()
    if not settings.enabled():
        return None
    return WhatsAppSender(GraphApi.from_settings(settings), settings, **kwargs)


def mount_whatsapp(
    app: FastAPI, ctx: CoreContext, *, conversations: Conversations | None = None,
    translator: Translator | None = None, settings: WhatsAppSettings | None = None,
    on_status: StatusHook | None = None, api: GraphApi | None = None,
) -> bool:
    """Mounts /whatsapp/webhook on the app when HEMSEHRI_WHATSAPP_* are set; tells whether it did."""
    settings = settings or load_whatsapp_settings()
    if not settings.enabled():
        return False
    city = ctx.catalogue.city
    translator = translator or Translator(city.locales, city.default_locale)
    if conversations is None:
        from handlers.engine import Conversations as Engine  # the engine is built only when the channel is on

        conversations = Engine(ctx, translator)
    app.include_router(build_whatsapp_router(conversations, translator, settings, on_status=on_status, api=api))
    log.info("WhatsApp webhook mounted at %s", WEBHOOK_PATH)
    return True

