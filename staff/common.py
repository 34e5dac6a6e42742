"""What the console, the REST API and Open311 share: SLA state, masking, clean text and localized labels."""

import re
import unicodedata
from collections.abc import Iterable
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

import phonenumbers
from babel import Locale, UnknownLocaleError
from babel.dates import format_timedelta
from babel.numbers import format_decimal

from core.catalogue import Catalogue
from core.db import utcnow
from core.errors import InvalidInput
from core.i18n import Translator, babel_code, same_language
from core.queue.service import Claimed
from core.requests.models import Request
from core.requests.statuses import FINAL, Status
from core.staff.models import StaffUser

CONSOLE_LOCALES = ("tr", "en", "ar")
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


class SlaState(StrEnum):
    """Where a request stands against its programme's service level."""

    ON_TIME = "on_time"
    DUE_SOON = "due_soon"
    BREACHED = "breached"
    CLOSED = "closed"


def sla_state(request: Request | Claimed, now: datetime | None = None) -> SlaState:
    """On time, due soon (the last quarter of the target, at most a day) or breached; closed once final."""
    if Status(request.status) in FINAL:
        return SlaState.CLOSED
    now = now or utcnow()
    remaining = request.sla_due_at - now
    if remaining <= timedelta(0):
        return SlaState.BREACHED
    warning = min((request.sla_due_at - request.created_at) / 4, timedelta(hours=24))
    return SlaState.DUE_SOON if remaining <= warning else SlaState.ON_TIME


def desks_in_scope(user: StaffUser, catalogue: Catalogue) -> list[str]:
    """The desks this user acts for: every desk for admins, their own for everyone else."""
    return sorted(catalogue.desks) if user.is_admin else list(user.desks)


def reads(languages: Iterable[str], locale: str) -> bool:
    """Whether someone who reads these languages reads this locale (a Persian reader reads Dari, fa-AF)."""
    return any(same_language(language, locale) for language in languages)


def mask_phone(phone: str | None) -> str | None:
    """+905321234567 -> +90*******67: the country code and the last two digits."""
    if not phone:
        return None
    head = 3 if phone.startswith("+") else 2
    return phone[:head] + "*" * max(len(phone) - head - 2, 0) + phone[-2:]


def show_phone(phone: str) -> str:
    """+905321234567 -> +90 532 123 45 67: a number in E.164 grouped as people dial it (unchanged if not one)."""
    try:
        number = phonenumbers.parse(phone)
    except phonenumbers.NumberParseException:
        return phone
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def clean_text(value: str) -> str:
    """Refuses text a database cannot store (NUL, unpaired surrogates); returns it unchanged otherwise."""
    if "\x00" in value:
        raise InvalidInput("error-invalid-input")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInput("error-invalid-input") from None
    return value


def csv_cell(value: str) -> str:
    """Keeps spreadsheet programs from running a cell as a formula."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def display_name(name: str | None) -> str | None:
    """A name a citizen chose, without bidi controls that could disguise it (shown inside <bdi>)."""
    if name is None:
        return None
    return _BIDI_CONTROLS.sub("", unicodedata.normalize("NFC", name))


class Labels:
    """Localized labels for staff in one console language; a missing key never breaks a page."""

    def __init__(self, translator: Translator, locale: str) -> None:
        self.translator = translator
        self.locale = locale if locale in CONSOLE_LOCALES else CONSOLE_LOCALES[0]

    def __call__(self, key: str, **params: Any) -> str:
        """The sentence for a console key; the key itself when no catalogue has it yet."""
        try:
            return self.translator.text(self.locale, key, **params)
        except (KeyError, ValueError):
            return key

    def named(self, key: str, code: str) -> str:
        """The name under `key`, or the code made readable ('winter_fuel' -> 'Winter fuel') until one exists."""
        try:
            return self.translator.text(self.locale, key)
        except (KeyError, ValueError):
            return code.replace("_", " ").capitalize()

    def status(self, code: str) -> str:
        """A status as staff call it ('Waiting for the citizen'), not as the citizen reads it."""
        return self.named(f"console-status-{code}", code)

    def programme(self, code: str) -> str:
        return self.named(f"programme-{code}", code)

    def desk(self, code: str) -> str:
        return self.named(f"desk-{code}", code)

    def language(self, code: str | None) -> str:
        """A citizen's language named in the console's language: 'ar' -> 'Arapça' / 'Arabic'."""
        if not code:
            return "?"
        try:
            name = Locale.parse(babel_code(code)).get_display_name(self.locale)
        except (UnknownLocaleError, ValueError, TypeError):
            return code
        return (name[:1].upper() + name[1:]) if name else code

    def direction(self, code: str | None) -> str:
        """'rtl' or 'ltr' for a language code, from CLDR; unknown codes read left to right."""
        if not code:
            return "ltr"
        try:
            return Locale.parse(babel_code(code)).text_direction
        except (UnknownLocaleError, ValueError, TypeError):
            return "ltr"

    def datetime(self, moment: datetime | None) -> str:
        return self.translator.datetime(self.locale, moment) if moment else ""

    def duration(self, delta: timedelta) -> str:
        """'3 hours', '2 days': how long something has waited, in the console's language."""
        return format_timedelta(delta, threshold=1.5, locale=Locale.parse(self.locale))

    def number(self, value: int) -> str:
        return format_decimal(value, locale=Locale.parse(self.locale))


__all__ = [
    "CONSOLE_LOCALES",
    "Labels",
    "SlaState",
    "clean_text",
    "csv_cell",
    "desks_in_scope",
    "display_name",
    "mask_phone",
    "sla_state",
]
