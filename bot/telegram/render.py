"""Saying a Reply on Telegram: the Bot API calls (plain JSON values, and a file to upload) that show it, in the
person's language."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from bot.channel import BaseRenderer, split_text
from core.delivery.schemas import SentFile
from core.i18n import Translator
from handlers.types import Choice, OutMessage, Reply, Say

log = logging.getLogger("bot.telegram")

MAX_CALLBACK_DATA_BYTES = 64
MAX_CAPTION_LENGTH = 1024
SHARE_PHONE_KEY = "button-share-phone"
TYPE_PHONE_KEY = "phone-type-instead"
MENU_PROMPT_KEY = "menu-prompt"
# The command menu Telegram shows beside the text box, in this order; each described by `command-<name>`.
MENU_COMMANDS = ("apply", "status", "ask", "language", "help", "cancel", "forget", "start")
# Telegram names a command list's language by a two-letter ISO 639-1 code. Kurmanji is Telegram's "ku"; Sorani
# and Dari have no code of their own, so their readers get the list of the language their app reports (Dari
# readers' apps report Persian, "fa") or the city's default list.
_TELEGRAM_LANGUAGE = {"kmr": "ku"}


@dataclass(frozen=True)
class ApiCall:
    """One Bot API call: the method name and its parameters as plain JSON values (a file to upload as a SentFile)."""

    method: str
    params: dict[str, Any]


def check_callback_data(data: str) -> str:
    """Returns data if Telegram accepts it as callback_data (1-64 bytes of UTF-8), or raises ValueError."""
    size = len(data.encode("utf-8"))
    if not 1 <= size <= MAX_CALLBACK_DATA_BYTES:
        raise ValueError(f"callback_data must be 1-{MAX_CALLBACK_DATA_BYTES} bytes, got {size}: {data[:80]!r}")
    return data


class Renderer(BaseRenderer):
    """Renders a Reply into Bot API calls, in the person's language."""

    def reading_order(self, locale: str, row: Iterable[Any]) -> list[Any]:
        """A row of buttons laid out as the language reads: Telegram does not mirror keyboards right to left."""
        return list(row)[::-1] if self.translator.direction(locale) == "rtl" else list(row)

    def inline_keyboard(self, locale: str, rows: Iterable[Iterable[Choice]]) -> dict[str, Any]:
        return {
            "inline_keyboard": [
                [
                    {"text": self.say(locale, choice.label), "callback_data": check_callback_data(choice.data)}
                    for choice in self.reading_order(locale, row)
                ]
                for row in rows
            ]
        }

    def phone_keyboard(self, locale: str) -> dict[str, Any]:
        button = {"text": self.say(locale, Say(SHARE_PHONE_KEY)), "request_contact": True}
        return {"keyboard": [[button]], "one_time_keyboard": True, "resize_keyboard": True}

    def menu_keyboard(self, locale: str) -> dict[str, Any]:
        rows = [[{"text": label} for label in self.reading_order(locale, row)] for row in self.menu(locale)]
        return {"keyboard": rows, "resize_keyboard": True, "is_persistent": True}

    def render(self, reply: Reply, *, chat_id: int, callback_query_id: str | None = None) -> list[ApiCall]:
        """The calls that say `reply` in chat_id (and stop the pressed button spinning); none for a duplicate."""
        if reply.duplicate:
            return []
        locale = reply.locale
        calls: list[ApiCall] = []
        if callback_query_id:
            calls.append(answer_callback(callback_query_id))
        outgoing: list[tuple[str, dict[str, Any] | None]] = []
        for message in reply.messages:
            outgoing.extend(self._message(locale, message))
        if self.shows_menu(reply):
            self._attach_menu(locale, outgoing)
        for text, markup in outgoing:
            calls.extend(send_message_calls(chat_id, text, markup))
        return calls

    def _message(self, locale: str, message: OutMessage) -> list[tuple[str, dict[str, Any] | None]]:
        text = self.say(locale, message.text)
        if not message.ask_phone:
            return [(text, self.inline_keyboard(locale, message.choices) if message.choices else None)]
        hint = self.optional(locale, TYPE_PHONE_KEY)
        if message.choices:  # one message cannot carry both keyboards: the hint carries the phone button
            return [
                (text, self.inline_keyboard(locale, message.choices)),
                (hint or text, self.phone_keyboard(locale)),
            ]
        return [(f"{text}\n\n{hint}" if hint else text, self.phone_keyboard(locale))]

    def _attach_menu(self, locale: str, outgoing: list[tuple[str, dict[str, Any] | None]]) -> None:
        menu = self.menu_keyboard(locale)
        if not menu["keyboard"]:
            return
        for index in range(len(outgoing) - 1, -1, -1):
            text, markup = outgoing[index]
            if markup is None:
                outgoing[index] = (text, menu)
                return
        prompt = self.optional(locale, MENU_PROMPT_KEY)
        if prompt is None:
            log.warning(
                "the menu could not be shown: every message has buttons and %s is in no catalogue", MENU_PROMPT_KEY
            )
            return
        outgoing.append((prompt, menu))


def answer_callback(callback_query_id: str) -> ApiCall:
    return ApiCall("answerCallbackQuery", {"callback_query_id": callback_query_id})


def send_message_calls(chat_id: int | str, text: str, markup: dict[str, Any] | None = None) -> list[ApiCall]:
    """sendMessage calls for a text of any length, in plain text; the keyboard goes with the last piece."""
    pieces = split_text(text)
    calls = []
    for number, piece in enumerate(pieces, start=1):
        params: dict[str, Any] = {"chat_id": chat_id, "text": piece}
        if markup is not None and number == len(pieces):
            params["reply_markup"] = markup
        calls.append(ApiCall("sendMessage", params))
    return calls


def file_call(chat_id: int | str, file: SentFile, caption: str) -> ApiCall:
    """The sendPhoto or sendDocument call that uploads a file, with its caption (when not empty)."""
    method, field = ("sendPhoto", "photo") if file.kind == "photo" else ("sendDocument", "document")
    return ApiCall(method, {"chat_id": chat_id, field: file} | ({"caption": caption} if caption else {}))


def telegram_chat_id(chat_id: str | int) -> int | str:
    """A chat id as the Bot API wants it: an integer, or an @channel username."""
    if isinstance(chat_id, int):
        return chat_id
    return int(chat_id) if chat_id.lstrip("-").isdigit() else chat_id


def command_menus(translator: Translator) -> list[ApiCall]:
    """The setMyCommands calls: the city's default language for everyone, then one per language Telegram names."""
    calls = [_command_menu(translator, translator.default, None)]
    for locale in translator.locales:
        code = _TELEGRAM_LANGUAGE.get(locale, locale)
        if len(code) == 2:
            calls.append(_command_menu(translator, locale, code))
    return calls


def _command_menu(translator: Translator, locale: str, language_code: str | None) -> ApiCall:
    commands = [{"command": name, "description": translator.text(locale, f"command-{name}")} for name in MENU_COMMANDS]
    params: dict[str, Any] = {"commands": commands}
    if language_code is not None:
        params["language_code"] = language_code
    return ApiCall("setMyCommands", params)
