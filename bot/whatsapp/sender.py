"""The delivery worker's sender: free text inside the 24-hour customer-service window, the approved template outside."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.channel import send_in_pieces
from bot.whatsapp.graph import GraphApi, GraphError, WindowClosed, classify
from bot.whatsapp.render import Payload, cut, text_message
from core.delivery.errors import RetryLater, Undeliverable
from core.delivery.schemas import Rendered, SentFile
from core.errors import ConfigurationError
from core.settings import WhatsAppSettings

log = logging.getLogger("bot.whatsapp")

CUSTOMER_SERVICE_WINDOW = timedelta(hours=24)
# The window is taken as closing a little early: near its end WhatsApp may accept a text and fail it later
# (a "failed" status with 131047), which the worker would have counted as sent.
WINDOW_MARGIN = timedelta(minutes=10)
# Template body parameters, in order, per notification kind; a template setting may name its own order.
# "text" is the rendered notification when the notification has no "text" parameter of its own.
DEFAULT_TEMPLATE_PARAMS: Mapping[str, tuple[str, ...]] = {
    "status_changed": ("reference", "programme", "status"),
    "moved": ("reference", "programme", "desk"),
    "invited": ("reference", "programme"),
    "staff_reply": ("reference", "text"),
    "announcement": ("text",),
}
MAX_CAPTION = 1024  # an image's or a document's caption
MAX_TEMPLATE_PARAM = 900  # a body is at most 1,024 characters with the template's own words


class WhatsAppSender:
    """The delivery worker's sender: free text inside the 24-hour window, the approved template outside it."""

    def __init__(
        self, api: GraphApi, settings: WhatsAppSettings, *, clock: Callable[[], datetime] = lambda: datetime.now(UTC)
    ) -> None:
        if settings.phone_number_id is None:
            raise ConfigurationError("HEMSEHRI_WHATSAPP_PHONE_NUMBER_ID: required")
        self.api, self.phone_number_id, self.templates, self._clock = (
            api,
            settings.phone_number_id,
            settings.templates,
            clock,
        )

    async def aclose(self) -> None:
        await self.api.aclose()

    def in_window(self, last_inbound_at: datetime | None) -> bool:
        """Whether the person wrote within the last 24 hours (less a safety margin)."""
        return last_inbound_at is not None and (
            self._clock() - last_inbound_at < CUSTOMER_SERVICE_WINDOW - WINDOW_MARGIN
        )

    async def send(self, *, chat_id: str, message: Rendered) -> str:
        """Sends a notification (with the file staff attached, inside the window) and returns the wamid of its
        (first) message, or raises a SendError. Outside the window only the template goes: a template carries no
        file of ours, so the file waits in the console (and the person is told of the reply by the template)."""
        if self.in_window(message.last_inbound_at):
            try:
                if message.attachment is not None:
                    return await self._send_file(chat_id, message.text, message.attachment)
                return await self._send_text(chat_id, message.text)
            except WindowClosed:
                log.info("WhatsApp window closed for an outbox message of kind %s: sending the template", message.kind)
        if message.attachment is not None:
            log.info("WhatsApp window closed: the template of a %s goes without its file", message.kind)
        return await self._send_template(chat_id, message)

    async def _send_file(self, chat_id: str, text: str, file: SentFile) -> str:
        """Uploads the file, then sends it with the text as its caption; a text too long for a caption goes first,
        and a file failing after it is Undeliverable (as a later piece of a text is)."""
        try:
            media_id = await self.api.upload(
                self.phone_number_id, data=file.data, mime=file.mime, file_name=file.file_name
            )
        except GraphError as exc:  # nothing was sent yet
            raise classify(exc) from exc
        kind = "image" if file.kind == "photo" else "document"

        async def media(caption: str) -> str:
            content = {"id": media_id} | ({"caption": caption} if caption else {})
            content |= {"filename": file.file_name} if kind == "document" else {}
            try:
                return await self.api.send(self.phone_number_id, {"to": chat_id, "type": kind, kind: content})
            except GraphError as exc:
                raise classify(exc) from exc

        if len(text) <= MAX_CAPTION:
            return await media(text)
        first = await self._send_text(chat_id, text)
        try:
            await media("")
        except (RetryLater, Undeliverable) as exc:
            raise Undeliverable(f"sent the text ({first}), then the file failed: {exc}") from exc
        return first

    async def _send_text(self, chat_id: str, text: str) -> str:
        async def piece(text: str, number: int) -> str:
            try:
                return await self.api.send(self.phone_number_id, {"to": chat_id, **text_message(text)})
            except GraphError as exc:
                raise classify(exc) from exc

        return await send_in_pieces(text, piece)

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
    return cut(flat, MAX_TEMPLATE_PARAM) or "-"


def _parents(locale: str) -> list[str]:
    parts = locale.replace("_", "-").split("-")
    return ["-".join(parts[:i]) for i in range(len(parts), 0, -1)]
