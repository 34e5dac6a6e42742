"""Rendering what people read, in their language: Fluent catalogues in locales/<code>/*.ftl, Babel for CLDR data."""

import re
import unicodedata
from datetime import datetime
from functools import cache, cached_property
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_datetime
from fluent.runtime import FluentBundle
from fluent.syntax import FluentParser, ast, visitor

import locales as locales_package

LOCALES_DIR = Path(locales_package.__file__).parent
CITY_TIMEZONE = ZoneInfo("Europe/Istanbul")
FSI, PDI, LRI = "\u2068", "\u2069", "\u2066"
NBSP = "\u00a0"
_DIGIT_GAP = re.compile(r"(?<=\d) (?=\d)")
_STRONG = frozenset({"L", "EN", "AN"})  # letters and digits that read left to right (AN: Arabic-Indic digits)
_INSIDE = frozenset({"WS", "CS", "ES", "ET", "ON", "NSM", "BN"})  # what may join them: spaces, . : / – ( ) …
_PREFIX = "+/#@"  # a sign that belongs to the run it starts: +90 532, /cancel


def _arabic_script(char: str) -> bool:
    return "\u0600" <= char <= "\u06ff" or "\ufb50" <= char <= "\ufeff"  # the Arabic comma ، ends a run


def isolate_ltr_runs(text: str) -> str:
    """Wraps each left-to-right run of a right-to-left text (0532 123 45 67, /cancel, T.C. Kimlik No) in LRI…PDI.

    Left bare, the bidi algorithm lays a run's groups out right to left: 0532 123 45 67 shows as 67 45 123 0532.
    """
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        starts = unicodedata.bidirectional(char) in _STRONG and not _arabic_script(char)
        if not starts and char in _PREFIX and i + 1 < n:
            starts = unicodedata.bidirectional(text[i + 1]) in _STRONG and not _arabic_script(text[i + 1])
        if not starts:
            out.append(char)
            i += 1
            continue
        end = j = i
        while j < n and not _arabic_script(text[j]):
            kind = unicodedata.bidirectional(text[j])
            if kind in _STRONG:
                end = j + 1
            elif kind not in _INSIDE:
                break
            j += 1
        out.append(f"{LRI}{text[i:end]}{PDI}")
        i = end
    return "".join(out)


class _DisplayText(visitor.Transformer):
    """A catalogue's literal text made ready to show: digit groups that never wrap, in RTL its LTR runs isolated."""

    def __init__(self, rtl: bool) -> None:
        super().__init__()
        self.rtl = rtl

    def visit_TextElement(self, node: ast.TextElement) -> ast.TextElement:
        value = _DIGIT_GAP.sub(NBSP, node.value)
        node.value = isolate_ltr_runs(value) if self.rtl else value
        return node


def babel_code(locale: str) -> str:
    """'fa-AF' -> 'fa_AF': Babel's spelling of a BCP 47 tag."""
    return locale.replace("-", "_")


def parents(locale: str) -> list[str]:
    """The locale and its more general parents, most specific first: fa-AF -> [fa-AF, fa]."""
    parts = locale.split("-")
    return ["-".join(parts[:i]) for i in range(len(parts), 0, -1)]


def same_language(a: str, b: str) -> bool:
    """Whether two locales are one written language: fa-AF and fa match (a Persian reader reads Dari)."""
    return parents(a)[-1] == parents(b)[-1]


def parse_catalogue(source: str) -> ast.Resource:
    """A .ftl file's messages, without their positions in the source (spans): nothing reads those, and they would
    take a quarter of the catalogues' memory."""
    return FluentParser(with_spans=False).parse(source)


class Translator:
    """One translator for every channel and the console; falls back to the default language per key.

    A language's catalogues are parsed when it is first rendered (~0.1 s of CPU and ~2 MB each, twelve languages
    in all): a process starts without parsing the languages nobody has used yet.
    """

    def __init__(self, locales: list[str], default: str, directory: Path = LOCALES_DIR) -> None:
        self.locales = list(locales)
        self.default = default
        self._directory = directory
        self._bundles: dict[str, FluentBundle] = {}
        self._supported = {locale.lower(): locale for locale in self.locales}
        self._canonical = frozenset(self.locales)
        self._plain: dict[tuple[str, str], str] = {}

    def parse_every_language(self) -> None:
        """Parses every language now instead of on its first render: a serving process does it before start-up's
        objects are frozen out of the garbage collector's walks. Parsed later, under load, a language's ASTs were
        walked by every full collection, and the open-loop p99 doubled (bench/RESULTS.md, issue 18)."""
        for locale in self.locales:
            self._bundle(locale)

    def _bundle(self, locale: str) -> FluentBundle:
        """The locale's bundle, parsed on first use (a race parses it twice, harmlessly: both are the same)."""
        bundle = self._bundles.get(locale)
        if bundle is None:
            bundle = self._bundles[locale] = self._parse(locale)
        return bundle

    def _parse(self, locale: str) -> FluentBundle:
        # Right-to-left sentences isolate every placeable (references, names, numbers) and every
        # left-to-right run of their own text (the example phone, /cancel), so the bidi algorithm cannot
        # reorder them; left-to-right ones need no invisible characters.
        rtl = self.direction(locale) == "rtl"
        bundle = FluentBundle([babel_code(locale)], use_isolating=rtl)
        for code in reversed(parents(locale)):
            for path in sorted((self._directory / code).glob("*.ftl")):
                resource = _DisplayText(rtl).visit(parse_catalogue(path.read_text(encoding="utf-8")))
                bundle.add_resource(resource, allow_overrides=True)
        return bundle

    def resolve(self, locale: str | None) -> str:
        """The best supported locale for a code from a platform or a person: 'fa-IR' -> 'fa', None -> default."""
        if not locale:
            return self.default
        if locale in self._canonical:  # nearly every call (~17 per update): one already resolved
            return locale
        parts = locale.replace("_", "-").lower().split("-", 3)[:3]  # no supported locale has more parts
        for count in range(len(parts), 0, -1):
            supported = self._supported.get("-".join(parts[:count]))
            if supported is not None:
                return supported
        return self.default

    def has(self, locale: str, key: str) -> bool:
        return self._bundle(self.resolve(locale)).has_message(key)

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
        bundle = self._bundle(locale)
        if not bundle.has_message(key):
            bundle = self._bundle(self.default)
            if not bundle.has_message(key):
                raise KeyError(f"message {key!r} is in no catalogue")
        message = bundle.get_message(key)
        if message.value is None:
            raise KeyError(f"message {key!r} has attributes only")
        rendered, errors = bundle.format_pattern(message.value, params)
        if errors:
            raise ValueError(f"message {key!r} in {locale}: {errors[0]}")
        return str(rendered)

    def attribute(self, locale: str, key: str, attribute: str, **params: Any) -> str:
        """Renders one attribute of a message (e.g. a programme's `.description`)."""
        bundle = self._bundle(self.resolve(locale))
        message = bundle.get_message(key) if bundle.has_message(key) else None
        if message is None or attribute not in message.attributes:
            bundle = self._bundle(self.default)
            message = bundle.get_message(key)
        rendered, errors = bundle.format_pattern(message.attributes[attribute], params)
        if errors:
            raise ValueError(f"message {key}.{attribute} in {locale}: {errors[0]}")
        return str(rendered)

    def direction(self, locale: str) -> str:
        """'rtl' or 'ltr', from CLDR."""
        return _locale(locale).text_direction

    def native_name(self, locale: str) -> str:
        """The language's name in itself, for the language picker: 'العربية', 'Türkçe'."""
        return self.text(locale, "language-name") if self.has(locale, "language-name") else _native(locale)

    def datetime(self, locale: str, moment: datetime) -> str:
        """A date and time people read at a glance, in the city's time zone: '6 Aralık 2026, 14:05'.

        One pattern for every language: day, the month's full name (abbreviations are not what people write in
        Kurdish, Dari or Somali), year, 24-hour time as on the city's papers, no seconds; Latin digits, as in
        every catalogue, so a message never mixes two digit systems. CLDR's own medium formats differ (numeric
        dates with invisible marks in Arabic, year first in Pashto, seconds everywhere).
        """
        locale = self.resolve(locale)
        pattern = "d MMMM y\u060c HH:mm" if self.direction(locale) == "rtl" else "d MMMM y, HH:mm"
        return format_datetime(moment, pattern, tzinfo=CITY_TIMEZONE, locale=_locale(locale))

    def isolate(self, locale: str, text: str) -> str:
        """Wraps a fragment in FSI…PDI in right-to-left languages, for text assembled outside Fluent."""
        return f"{FSI}{text}{PDI}" if self.direction(locale) == "rtl" else text

    @cached_property
    def rtl_locales(self) -> frozenset[str]:
        return frozenset(loc for loc in self.locales if self.direction(loc) == "rtl")


@cache  # a handful of codes; Locale.parse searched CLDR's ~1,000 names on each of ~3 calls per update
def _locale(locale: str) -> Locale:
    return Locale.parse(babel_code(locale))


def _native(locale: str) -> str:
    name = _locale(locale).get_display_name(_locale(locale)) or locale
    return name[:1].upper() + name[1:]


def strip_isolates(text: str) -> str:
    """Removes the isolates Fluent adds: for matching and storage, never for display."""
    return text.replace(FSI, "").replace(PDI, "").replace("\u2066", "").replace("\u2067", "")
