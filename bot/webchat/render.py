"""Saying a Reply in the web chat: mailbox entries in the person's language, and the page's own sentences."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from bot.channel import BaseRenderer
from bot.webchat.uploads import MAX_UPLOAD_BYTES
from core.i18n import Translator
from handlers.types import OutMessage, Reply, Say

_LONG_NUMBER = re.compile(r"\d(?:[\s.\-()/]*\d){6,}")

# The page's own sentences, from locales/<code>/webchat.ftl; sent again when the person's language changes.
PAGE_KEYS: tuple[str, ...] = (
    "webchat-title",
    "webchat-messages-label",
    "webchat-speaker-city",
    "webchat-speaker-you",
    "webchat-input-label",
    "webchat-input-placeholder",
    "webchat-send",
    "webchat-attach",
    "webchat-attach-hint",
    "webchat-menu-label",
    "webchat-phone-label",
    "webchat-phone-send",
    "webchat-connecting",
    "webchat-reconnecting",
    "webchat-code-title",
    "webchat-code-help",
    "webchat-code-copy",
    "webchat-code-copied",
    "webchat-code-use-label",
    "webchat-code-use",
    "webchat-code-invalid",
    "webchat-code-switched",
    "webchat-too-long",
    "webchat-sent-in-parts",
    "webchat-slow-down",
    "webchat-bad-message",
    "webchat-unsupported",
    "webchat-error",
    "webchat-sending",
    "webchat-not-sent",
    "webchat-upload-too-large",
    "webchat-upload-type",
    "webchat-upload-failed",
    "webchat-download-failed",
    "webchat-noscript",
    "webchat-busy",
    "webchat-upload-busy",
)
# Error codes and the sentence that explains each.
ERROR_KEYS: dict[str, str] = {
    "bad_frame": "webchat-bad-message",
    "unknown_type": "webchat-unsupported",
    "too_long": "webchat-too-long",
    "slow_down": "webchat-slow-down",
    "failed": "webchat-error",
    "hello_first": "webchat-bad-message",
    "bad_chat": "webchat-code-invalid",
    "too_large": "webchat-upload-too-large",
    "bad_type": "webchat-upload-type",
    "upload_failed": "webchat-upload-failed",
    "busy": "webchat-busy",
    "upload_busy": "webchat-upload-busy",
}
UNEXPECTED_KEY = "error-unexpected"  # the engine's own apology, when its catalogue has one


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def mask_numbers(text: str) -> str:
    """Hides all but the last two digits of every long number (identity, phone): for copies kept outside the core."""

    def hide(match: re.Match[str]) -> str:
        run = match.group()
        keep = len([ch for ch in run if ch.isdigit()]) - 2
        masked = []
        for ch in run:
            if ch.isdigit() and keep > 0:
                keep -= 1
                ch = "•"
            masked.append(ch)
        return "".join(masked)

    return _LONG_NUMBER.sub(hide, text)


def own_message(message_id: str, locale: str, **content: Any) -> dict[str, Any]:
    """The person's own message as their other pages and a reload show it: long numbers masked."""
    if isinstance(content.get("text"), str):
        content["text"] = mask_numbers(content["text"])
    return {
        "kind": "msg",
        "from": "me",
        "id": message_id,
        "lang": locale,
        "dir": "auto",
        **content,
        "at": now_iso(),
    }


class WebChatRenderer(BaseRenderer):
    """The chat's entries and the page's sentences, in the person's language."""

    def __init__(
        self, translator: Translator, menu_labels: Callable[[str], Sequence[Sequence[Say | str]]], *, city: str
    ) -> None:
        super().__init__(translator, menu_labels)
        self.city = city

    def page_strings(self, locale: str) -> dict[str, str]:
        params = {"city": self.city, "megabytes": MAX_UPLOAD_BYTES // (1024 * 1024)}
        return {key: self.translator.text(locale, key, **params) for key in PAGE_KEYS}

    def error_text(self, locale: str, code: str) -> str:
        key = ERROR_KEYS.get(code, "webchat-error")
        if code == "failed" and self.translator.has(locale, UNEXPECTED_KEY):
            key = UNEXPECTED_KEY
        return self.translator.text(locale, key, megabytes=MAX_UPLOAD_BYTES // (1024 * 1024))

    def state_frame(self, locale: str) -> dict[str, Any]:
        return {
            "type": "state",
            "locale": locale,
            "dir": self.translator.direction(locale),
            "strings": self.page_strings(locale),
        }

    def entries_for(self, reply: Reply) -> list[dict[str, Any]]:
        """The mailbox entries that say a Reply: one per message, the main menu on the last one."""
        locale = self.translator.resolve(reply.locale)
        direction = self.translator.direction(locale)
        base = {"from": "bot", "lang": locale, "dir": direction}
        entries: list[dict[str, Any]] = []
        for message in reply.messages:
            entries.append({"kind": "msg", **base, **self._message(locale, message), "at": now_iso()})
        if self.shows_menu(reply):
            menu = self.menu(locale)
            if menu and entries:
                entries[-1]["menu"] = menu
            elif menu:
                entries.append({"kind": "menu", **base, "menu": menu, "at": now_iso()})
        return entries

    def _message(self, locale: str, message: OutMessage) -> dict[str, Any]:
        rendered: dict[str, Any] = {"text": self.say(locale, message.text)}
        if message.choices:
            rendered["choices"] = [
                [{"label": self.say(locale, choice.label), "data": choice.data} for choice in row]
                for row in message.choices
                if row
            ]
        if message.ask_phone:
            rendered["ask_phone"] = True
        return rendered
