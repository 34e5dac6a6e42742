"""Notifications rendered in the contact's language at send time."""

from collections.abc import Mapping
from typing import Any

from core.contacts.models import Contact
from core.db import AnyRow
from core.delivery.errors import Undeliverable
from core.delivery.schemas import Rendered
from core.i18n import Translator
from core.outbox.models import OutboxItem
from core.references import format_reference


def render(item: OutboxItem | AnyRow, contact: Contact | AnyRow, translator: Translator) -> Rendered:
    """Renders a notification in the contact's language as it is now (they may have changed it)."""
    locale = translator.resolve(contact.language)
    payload: Mapping[str, Any] = item.payload
    params: dict[str, str] = {}
    if item.kind == "status_changed":
        params = {
            "reference": format_reference(payload["reference"]),
            "programme": translator.text(locale, f"programme-{payload['programme']}"),
            "status": translator.text(locale, f"status-{payload['status']}"),
        }
        text = translator.text(locale, "notify-status", **params)
        if payload.get("public_note"):
            text += "\n\n" + translator.text(locale, "notify-public-note", note=payload["public_note"])
    elif item.kind == "moved":
        params = {
            "reference": format_reference(payload["reference"]),
            "programme": translator.text(locale, f"programme-{payload['programme']}"),
            "desk": translator.text(locale, f"desk-{payload['desk']}"),
        }
        text = translator.text(locale, "notify-moved", **params)
    elif item.kind == "invited":
        params = {
            "reference": format_reference(payload["reference"]),
            "programme": translator.text(locale, f"programme-{payload['programme']}"),
        }
        text = translator.text(locale, "notify-invited", **params)
    elif item.kind == "staff_reply":
        params = {"reference": format_reference(payload["reference"]), "text": payload["text"]}
        text = translator.text(locale, "notify-staff-reply", **params)
    elif item.kind == "announcement":
        texts: Mapping[str, str] = payload["texts"]
        text = texts.get(locale) or texts.get(payload.get("fallback") or "", "")
        if not text:
            raise Undeliverable(f"announcement has no text in {locale} and no fallback")
    else:
        raise Undeliverable(f"unknown notification kind {item.kind!r}")
    return Rendered(text, locale, item.kind, params, contact.last_inbound_at)
