"""Reading a webhook payload: its messages as Inbounds, its statuses of our messages, without ever raising."""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import phonenumbers

from bot.channel import MAX_TEXT_LENGTH
from handlers.types import Attachment, Inbound, InboundKind, parse_command

log = logging.getLogger("bot.whatsapp")

CHANNEL = "whatsapp"
_WA_ID = re.compile(r"\d{5,20}")
_MEDIA_TYPES = {"image": "photo", "document": "document", "video": "video", "audio": "audio", "voice": "voice"}
_SKIPPED_TYPES = frozenset({"reaction", "system", "ephemeral"})
_STATUS_RANK = {"sent": 1, "delivered": 2, "read": 3, "failed": 4}
# A hint for the first language from the number's country; the engine confirms it with the person.
_REGION_LANGUAGE = {
    "TR": "tr",
    "SY": "ar",
    "IQ": "ar",
    "JO": "ar",
    "LB": "ar",
    "EG": "ar",
    "SA": "ar",
    "PS": "ar",
    "LY": "ar",
    "IR": "fa",
    "AF": "fa-AF",
    "UA": "uk",
    "RU": "ru",
    "SO": "so",
    "FR": "fr",
    "GB": "en",
    "US": "en",
}


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
    phone_number_id = (
        str(number_id) if isinstance(number_id, str | int) and str(number_id).isdigit() else (default_phone_number_id)
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
        text_limit=MAX_TEXT_LENGTH,
        **content,
    )
    return IncomingMessage(wamid, wa_id, phone_number_id, inbound)


def _content(kind: str, raw: Mapping[str, Any], wa_id: str) -> dict[str, Any]:
    """The kind-specific fields of an Inbound."""
    body: Any = raw.get(kind)  # the Graph API's JSON: each kind's shape is checked where it is read
    if kind == "request_welcome":  # the person opened the chat for the first time: WhatsApp's /start
        return {"kind": InboundKind.COMMAND, "command": "start"}
    if kind == "text":
        text = body["body"]
        if not isinstance(text, str):
            raise _BadMessage("text without a body")
        if command := parse_command(text):
            return {"kind": InboundKind.COMMAND, "command": command.name, "text": command.arguments}
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
            status_rank(current.status),
            current.timestamp,
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
