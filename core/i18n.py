"""Rendering what people read, in their language: Fluent catalogues in locales/<code>/*.ftl, Babel for CLDR data."""

from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_datetime
from fluent.runtime import FluentBundle, FluentResource

import locales as locales_package

LOCALES_DIR = Path(locales_package.__file__).parent
CITY_TIMEZONE = ZoneInfo("Europe/Istanbul")
FSI, PDI = "\u2068", "\u2069"


def babel_code(locale: str) -> str:
    """'fa-AF' -> 'fa_AF': Babel's spelling of a BCP 47 tag."""
    return locale.replace("-", "_")


def parents(locale: str) -> list[str]:
    """The locale and its more general parents, most specific first: fa-AF -> [fa-AF, fa]."""
    parts = locale.split("-")
    return ["-".join(parts[:i]) for i in range(len(parts), 0, -1)]


class Translator:
    """One translator for every channel and the console; falls back to the default language per key."""

    def __init__(self, locales: list[str], default: str, directory: Path = LOCALES_DIR) -> None:
        self.locales = list(locales)
        self.default = default
        self._directory = directory
        self._bundles = {locale: self._bundle(locale) for locale in self.locales}
        self._supported = {locale.lower(): locale for locale in self.locales}
        self._plain: dict[tuple[str, str], str] = {}

    def _bundle(self, locale: str) -> FluentBundle:
        # Right-to-left sentences isolate every placeable (references, names, numbers) so the
        # bidi algorithm cannot reorder them; left-to-right ones need no invisible characters.
        bundle = FluentBundle([babel_code(locale)], use_isolating=self.direction(locale) == "rtl")
        for code in reversed(parents(locale)):
            for path in sorted((self._directory / code).glob("*.ftl")):
                bundle.add_resource(FluentResource(path.read_text(encoding="utf-8")), allow_overrides=True)
        return bundle

    def resolve(self, locale: str | None) -> str:
        """The best supported locale for a code from a platform or a person: 'fa-IR' -> 'fa', None -> default."""
        if not locale:
            return self.default
        parts = locale.replace("_", "-").lower().split("-", 3)[:3]  # no supported locale has more parts
        for count in range(len(parts), 0, -1):
            supported = self._supported.get("-".join(parts[:count]))
            if supported is not None:
                return supported
        return self.default

    def has(self, locale: str, key: str) -> bool:
        return self._bundles[self.resolve(locale)].has_message(key)

    def text(self, locale: str, key: str, **params: Any) -> str:
        """Renders a message; a key missing in this language comes from the default language."""
        locale = self.resolve(locale)
        if not params:  # buttons, menus, most questions: rendered once (they are ~5 of every reply's texts)
            plain = self._plain.get((locale, key))
            if plain is None:
                plain = self._plain[locale, key] = self._render(locale, key, {})
            return plain
        return self._render(locale, key, params)

    def _render(self, locale: str, key: str, params: dict[str, Any]) -> str:
        bundle = self._bundles[locale]
        if not bundle.has_message(key):
            bundle = self._bundles[self.default]
            if not bundle.has_message(key):
                raise KeyError(f"message {key!r} is in no catalogue")
        message = bundle.get_message(key)
        rendered, errors = bundle.format_pattern(message.value, params)
        if errors:
            raise ValueError(f"message {key!r} in {locale}: {errors[0]}")
        return rendered

    def attribute(self, locale: str, key: str, attribute: str, **params: Any) -> str:
        """Renders one attribute of a message (e.g. a programme's `.description`)."""
        bundle = self._bundles[self.resolve(locale)]
        message = bundle.get_message(key) if bundle.has_message(key) else None
        if message is None or attribute not in message.attributes:
            bundle = self._bundles[self.default]
            message = bundle.get_message(key)
        rendered, errors = bundle.format_pattern(message.attributes[attribute], params)
        if errors:
            raise ValueError(f"message {key}.{attribute} in {locale}: {errors[0]}")
        return rendered

    def direction(self, locale: str) -> str:
        """'rtl' or 'ltr', from CLDR."""
        return _locale(locale).text_direction

    def native_name(self, locale: str) -> str:
        """The language's name in itself, for the language picker: 'العربية', 'Türkçe'."""
        return self.text(locale, "language-name") if self.has(locale, "language-name") else _native(locale)

    def datetime(self, locale: str, moment: datetime) -> str:
        """A date and time as people of this language write it, in the city's time zone."""
        return format_datetime(moment, "medium", tzinfo=CITY_TIMEZONE, locale=_locale(self.resolve(locale)))

    def isolate(self, locale: str, text: str) -> str:
        """Wraps a fragment in FSI…PDI in right-to-left languages, for text assembled outside Fluent."""
        return f"{FSI}{text}{PDI}" if self.direction(locale) == "rtl" else text

    @cached_property
    def rtl_locales(self) -> frozenset[str]:
        return frozenset(loc for loc in self.locales if self.direction(loc) == "rtl")


def _locale(locale: str) -> Locale:
    return Locale.parse(babel_code(locale))


def _native(locale: str) -> str:
    name = _locale(locale).get_display_name(_locale(locale)) or locale
    return name[:1].upper() + name[1:]


def strip_isolates(text: str) -> str:
    """Removes the isolates Fluent adds: for matching and storage, never for display."""
    return text.replace(FSI, "").replace(PDI, "").replace("\u2066", "").replace("\u2067", "")
