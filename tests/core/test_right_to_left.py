"""Right-to-left text as people see it: every number, reference, phone, command and Latin name reads in its own order.

Each message of each right-to-left catalogue is rendered (every plural branch), laid out by the Unicode bidi
algorithm (python-bidi) as a screen would, and every left-to-right run of its source text and of the values put
into it must appear on screen in its logical order: `0532 123 45 67`, not `67 45 123 0532`.
"""

import re
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

import pytest
from bidi import get_display
from fluent.syntax import ast

from core.i18n import LOCALES_DIR, NBSP, Translator, isolate_ltr_runs, strip_isolates
from core.references import format_reference, parse_reference
from tests.catalogue_sources import CITY_LOCALES, Texts, Variables, sources

TRANSLATOR = Translator(list(CITY_LOCALES), "tr")
RTL = tuple(sorted(TRANSLATOR.rtl_locales))
NUMBERS = {"count", "max", "min", "page", "pages", "given", "expected", "minimum", "megabytes"}
PLURAL_SAMPLES = (0, 1, 2, 3, 11, 100)  # zero, one, two, few, many, other in Arabic
# A left-to-right run as a reader sees it: Latin words and digits, joined by spaces and . : / – - * '
LATIN = r"0-9A-Za-z\u00c0-\u024f"
RUN = re.compile(rf"[+/#]?[{LATIN}]+(?:[ {NBSP}.:/–\-*'’]+[{LATIN}]+)*")
MOMENT = datetime(2026, 12, 6, 11, 5, 7, tzinfo=UTC)
BIDI_CONTROLS = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")


@cache
def values(locale: str) -> dict[str, str]:
    """Realistic values for every placeable: what a person would see in them."""
    say = TRANSLATOR.text
    return {
        "city": "İzmir",
        "code": "cash_aid",
        "command": "/foo",
        "current": "in_review",
        "target": "approved",
        "old": "received",
        "new": "in_review",
        "date": TRANSLATOR.datetime(locale, MOMENT),
        "due": TRANSLATOR.datetime(locale, MOMENT),
        "description": TRANSLATOR.attribute(locale, "programme-milk_for_children", "description"),
        "desk": say(locale, "desk-refugee_desk"),
        "details": say(locale, "apply-summary-phone", value="+90 532 123 45 67"),
        "field": "phone",
        "kind": "photo",
        "level": "2",
        "language": "Türkçe",
        "masked": "10*******46",
        "name": "Ayşe Yılmaz",
        "next": TRANSLATOR.attribute(locale, "status-ready", "next"),
        "note": "Kömür cuma 10:30 Karşıyaka",
        "programme": say(locale, "programme-milk_for_children"),
        "question": say(locale, "language-switch-question", language="English"),
        "reason": "T.C. Kimlik No",
        "reference": format_reference("482913656"),
        "role": "agent",
        "status": say(locale, "status-approved"),
        "text": "Ayşe 0532 123 45 67",
        "username": "ayse.yilmaz",
        "value": "+90 532 123 45 67",
        "version": "2026-11",
    }


def renderings(locale: str, message: ast.Message) -> list[str]:
    """The message's value and attributes, rendered once per plural category, with realistic values."""
    found = Variables()
    found.visit(message)
    shown = []
    for number in PLURAL_SAMPLES:
        params = {n: number if n in NUMBERS else values(locale).get(n, "Konak") for n in found.names}
        if message.value is not None:
            shown.append(TRANSLATOR.text(locale, message.id.name, **params))
        shown += [TRANSLATOR.attribute(locale, message.id.name, a.id.name, **params) for a in message.attributes]
    return shown


def on_screen(text: str) -> str:
    """What a right-to-left screen shows, left to right, without the invisible controls."""
    return BIDI_CONTROLS.sub("", get_display(text, base_dir="R"))


@pytest.mark.parametrize("locale", RTL)
def test_every_left_to_right_run_of_every_right_to_left_message_reads_in_its_own_order(locale):
    checked: set[str] = set()
    for key, message in sources(locale).items():
        texts = Texts()
        texts.visit(message)
        runs = {run for text in texts.texts for run in RUN.findall(text)}
        runs |= {run for value in values(locale).values() for run in RUN.findall(value)}
        runs = {run.replace(NBSP, " ") for run in runs}
        for rendered in renderings(locale, message):
            plain = BIDI_CONTROLS.sub("", rendered).replace(NBSP, " ")
            screen = "\n".join(on_screen(line) for line in rendered.split("\n")).replace(NBSP, " ")
            for run in runs:
                if run in plain:
                    assert run in screen, f"{locale} {key}: {run!r} is reordered on screen: {screen!r}"
                    checked.add(run)
    # The runs that matter most are among those checked: phones, commands, references, Latin names.
    essential = {"0532 123 45 67", "+90 532 123 45 67", "/cancel", "482 913 656", "T.C. Kimlik No", "14:05"}
    assert essential <= checked, essential - checked


def test_a_left_to_right_run_is_isolated_whole_and_arabic_punctuation_ends_it():
    phones = isolate_ltr_runs("مثلاً 0532 123 45 67 أو +90 532.")
    assert phones == "مثلاً \u20660532 123 45 67\u2069 أو \u2066+90 532\u2069."
    assert isolate_ltr_runs("(T.C. Kimlik No، 11 رقماً)") == "(\u2066T.C. Kimlik No\u2069، \u206611\u2069 رقماً)"
    assert isolate_ltr_runs("اكتب /cancel للتوقف") == "اكتب \u2066/cancel\u2069 للتوقف"
    assert isolate_ltr_runs("الأرقام 0–9") == "الأرقام \u20660–9\u2069"
    assert isolate_ltr_runs("سطر\nجديد") == "سطر\nجديد"


def test_left_to_right_catalogues_get_no_invisible_characters():
    for locale in set(CITY_LOCALES) - set(RTL):
        assert not BIDI_CONTROLS.search(TRANSLATOR.text(locale, "phone-type-instead")), locale
        assert not BIDI_CONTROLS.search(TRANSLATOR.text(locale, "help")), locale


def test_matching_ignores_the_isolates_a_copied_message_carries():
    shown = TRANSLATOR.text("ar", "status-reference-hint")
    example = re.search("\u2066([^\u2069]*)\u2069", shown)
    assert example and parse_reference(example.group(0)) == "482913656"
    assert strip_isolates(shown) == BIDI_CONTROLS.sub("", shown)


REFERENCE_LIKE = re.compile(r"(?<![\d٠-٩۰-۹])[\d٠-٩۰-۹](?:[\d٠-٩۰-۹]|[ \u00a0.\-](?=[\d٠-٩۰-۹])){8,14}(?![\d٠-٩۰-۹])")


def test_every_reference_in_every_catalogue_passes_its_check_digit():
    """A person who types the example must not be told it is mistyped (comments too: translators copy them)."""
    found = 0
    for path in sorted(Path(LOCALES_DIR).glob("*/*.ftl")):
        for match in REFERENCE_LIKE.finditer(path.read_text(encoding="utf-8")):
            digits = re.sub(r"\D", "", match.group(0))
            if len(digits) == 9:
                found += 1
                assert parse_reference(match.group(0)) == parse_reference(digits), f"{path}: {match.group(0)}"
    assert found >= len(CITY_LOCALES)


def test_a_reference_never_wraps_in_the_middle_and_still_parses():
    shown = format_reference("482913656")
    assert shown == "482\u00a0913\u00a0656" and " " not in shown
    assert parse_reference(shown) == "482913656"
    for locale in CITY_LOCALES:  # the example in the sentence too
        assert "482\u00a0913\u00a0656" in TRANSLATOR.text(locale, "status-reference-hint"), locale


MIRROR = dict(zip("▶➡⏭→↪⏩◀⬅⏮←↩⏪", "◀⬅⏮←↩⏪▶➡⏭→↪⏩", strict=True))


def arrows(message: ast.Message) -> list[str]:
    """The arrows written in a message (its value, attributes and variants)."""
    texts = Texts()
    texts.visit(message)
    return sorted(char for text in texts.texts for char in text if char in MIRROR)


@pytest.mark.parametrize("locale", CITY_LOCALES)
def test_arrows_point_the_way_the_language_reads(locale):
    """Next points left in a right-to-left language (on the web chat and, mirrored by the adapter, on Telegram)."""
    english = sources("en")
    for key, message in sources(locale).items():
        expected = arrows(english[key]) if key in english else []
        if locale in RTL:
            expected = sorted(MIRROR[char] for char in expected)
        assert arrows(message) == expected, f"{locale} {key}"
    if locale in RTL:
        assert "◀" in TRANSLATOR.text(locale, "button-next") and "▶" in TRANSLATOR.text(locale, "button-previous")
