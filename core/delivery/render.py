"""Notifications rendered in the contact's language at send time."""

from collections.abc import Callable, Mapping
from typing import Any

from core.contacts.models import Contact
from core.db import AnyRow
from core.delivery.errors import Undeliverable
from core.delivery.schemas import Rendered, SentFile
from core.files.service import FileStore
from core.i18n import Translator
from core.outbox.models import OutboxItem
from core.references import format_reference

# Notifications about a request: the catalogue message of each kind, and how each value of its payload is shown.
MESSAGES = {
    "status_changed": "notify-status",
    "moved": "notify-moved",
    "invited": "notify-invited",
    "staff_reply": "notify-staff-reply",
    "verify_code": "notify-verify-code",  # by SMS, to a number the person typed in the web chat
}
SHOWN: Mapping[str, Callable[[Translator, str, Any], str]] = {
    "reference": lambda _translator, _locale, value: format_reference(value),
    "programme": lambda translator, locale, value: translator.text(locale, f"programme-{value}"),
    "status": lambda translator, locale, value: translator.text(locale, f"status-{value}"),
    "desk": lambda translator, locale, value: translator.text(locale, f"desk-{value}"),
    "text": lambda _translator, _locale, value: str(value),
    "code": lambda _translator, _locale, value: str(value),
}


def render(
    item: OutboxItem | AnyRow, contact: Contact | AnyRow, translator: Translator, files: FileStore | None = None
) -> Rendered:
    """Renders a notification in the contact's language as it is now (they may have changed it), with the stored
    file staff attached to it read from `files`."""
    payload: Mapping[str, Any] = item.payload
    # A notification tried on another channel keeps the language of the first (where the person asked).
    locale = translator.resolve(payload.get("language") or contact.language)
    params: dict[str, str] = {}
    if item.kind in MESSAGES:
        params = {name: SHOWN[name](translator, locale, value) for name, value in payload.items() if name in SHOWN}
        text = translator.text(locale, MESSAGES[item.kind], **params)
        if payload.get("public_note"):
            text += "\n\n" + translator.text(locale, "notify-public-note", note=payload["public_note"])
        if payload.get("machine_translated"):
            text += "\n\n" + translator.text(locale, "notify-machine-translated")
    elif item.kind == "announcement":
        texts: Mapping[str, str] = payload["texts"]
        text = texts.get(locale) or texts.get(payload.get("fallback") or "", "")
        if not text:
            raise Undeliverable(f"announcement has no text in {locale} and no fallback")
    else:
        raise Undeliverable(f"unknown notification kind {item.kind!r}")
    attached = _file(payload["file"], files, translator, locale) if payload.get("file") else None
    return Rendered(text, locale, item.kind, params, contact.last_inbound_at, attached)


def _file(attached: Mapping[str, str], files: FileStore | None, translator: Translator, locale: str) -> SentFile:
    """The stored file a notification carries, read now; Undeliverable when it is gone (erased meanwhile)."""
    try:
        if files is None:
            raise FileNotFoundError(attached["file_id"])
        data = files.read(attached["file_id"])
    except FileNotFoundError as exc:
        raise Undeliverable("the attached file is no longer stored") from exc
    instead = translator.text(locale, "notify-file-waiting")
    return SentFile(attached["file_id"], attached["kind"], attached["mime_type"], attached["file_name"], data, instead)
