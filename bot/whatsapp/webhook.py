"""The webhook: GET (subscription handshake) and POST /whatsapp/webhook, signed, bounded, answered once recorded."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, replace

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response

from bot.channel import Conversations, CouldNotRecord, Pipeline
from bot.whatsapp.graph import GraphApi, GraphError
from bot.whatsapp.parse import IncomingMessage, MalformedPayload, StatusReport, latest_statuses, parse_payload
from bot.whatsapp.render import (
    LIST_EXPIRED_KEY,
    MENU_PREFIX,
    MORE_PREFIX,
    OWN_PHONE_ID,
    MemoryPageStore,
    PageStore,
    Payload,
    Renderer,
    text_message,
)
from core.db import is_transient
from core.errors import ConfigurationError
from core.i18n import Translator
from core.settings import WhatsAppSettings
from handlers.types import InboundKind, Reply, Say

log = logging.getLogger("bot.whatsapp")

WEBHOOK_PATH = "/whatsapp/webhook"
SIGNATURE_HEADER = "X-Hub-Signature-256"
MAX_BODY = 1_000_000  # Meta's payloads are a few kilobytes; a bigger body is not Meta's
UNEXPECTED_KEYS = ("error-unexpected", "whatsapp-error-unexpected")

StatusHook = Callable[[str, str, str | None], Awaitable[None]]
"""``on_status(wamid, status, error)``: record a delivery state; idempotent, and never downgrading (status_rank)."""


async def _log_status(wamid: str, status: str, error: str | None) -> None:
    log.debug("WhatsApp message %s: %s%s", wamid, status, f" ({error})" if error else "")


def signature_valid(secret: bytes, body: bytes, header: str) -> bool:
    """Whether `header` is "sha256=<hex HMAC-SHA256 of body>", compared in constant time."""
    expected = "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected.encode(), header.strip().lower().encode("utf-8", "replace"))


class WhatsAppWebhook:
    """The webhook's work: verify, parse, hand each message to the engine in order, say the replies."""

    def __init__(
        self,
        conversations: Conversations,
        translator: Translator,
        settings: WhatsAppSettings,
        api: GraphApi,
        *,
        on_status: StatusHook | None = None,
        pages: PageStore | None = None,
        max_in_flight: int = 256,
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
        self.pipeline = Pipeline(conversations)
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
        if inbound.kind is InboundKind.BUTTON and (inbound.button or "").startswith("wa:"):
            data = inbound.button or ""
            if data.startswith(MORE_PREFIX):
                async with self.pipeline.hold(inbound):
                    await self._more(message, data)
                return
            if data == OWN_PHONE_ID:
                inbound = replace(inbound, kind=InboundKind.CONTACT, phone=f"+{message.wa_id}", button=None)
            elif data.startswith(MENU_PREFIX) and (label := self.renderer.menu_text(data)):
                inbound = replace(inbound, kind=InboundKind.TEXT, text=label, button=None)
            else:
                log.info("unknown adapter button in WhatsApp message %s", message.wamid)
                inbound = replace(inbound, kind=InboundKind.UNSUPPORTED, button=None)
        await self.pipeline.handle(inbound, _Answer(self, message))

    async def _more(self, message: IncomingMessage, data: str) -> None:
        token, offset, locale = [*data[len(MORE_PREFIX) :].split(":", 2), "", ""][:3]
        page = self.renderer.page(token, int(offset)) if offset.isdigit() else None
        if page is None:
            locale = self.translator.resolve(locale or message.inbound.platform_language)
            page = text_message(self.renderer.say(locale, Say(LIST_EXPIRED_KEY)))
        await self.send_all(message, [page])

    async def apologise(self, message: IncomingMessage, locale: str | None) -> None:
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
                log.warning(
                    "reply %d/%d to WhatsApp message %s not sent: %s", number, len(payloads), message.wamid, exc
                )
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


@dataclass
class _Answer:
    """One message's answer: Cloud API messages to the person, from the number they wrote to."""

    webhook: WhatsAppWebhook
    message: IncomingMessage

    @property
    def about(self) -> str:
        return f"message {self.message.wamid}"

    def render(self, reply: Reply) -> list[Payload]:
        return self.webhook.renderer.render(reply)

    async def send(self, rendered: list[Payload]) -> None:
        await self.webhook.send_all(self.message, rendered)

    async def apologise(self, locale: str | None) -> None:
        await self.webhook.apologise(self.message, locale)


def build_whatsapp_router(
    conversations: Conversations,
    translator: Translator,
    settings: WhatsAppSettings,
    *,
    api: GraphApi,
    on_status: StatusHook | None = None,
    pages: PageStore | None = None,
    max_in_flight: int = 256,
) -> APIRouter:
    """The webhook routes, replying through `api` (the channel's Graph API client)."""
    webhook = WhatsAppWebhook(
        conversations, translator, settings, api, on_status=on_status, pages=pages, max_in_flight=max_in_flight
    )
    router = APIRouter()

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

    return router
