"""The message catalogues: complete in every language of the city for every key the code uses, alike in shape.

A regional variant (fa-AF, Dari) is an overlay on its parent (fa): it holds only the messages that differ.
"""

import re
from pathlib import Path
from typing import get_args

import pytest
from fluent.syntax import ast, parse

from core.catalogue import FieldName, load_catalogue
from core.i18n import FSI, LOCALES_DIR, PDI, Translator
from core.requests.statuses import Status
from core.settings import PACKAGED_CATALOGUE
from handlers.engine import MENU_ROWS
from tests.catalogue_sources import CITY_LOCALES, Variables

ROOT = Path(__file__).resolve().parents[2]
OVERLAYS = tuple(locale for locale in CITY_LOCALES if "-" in locale and locale.split("-")[0] in CITY_LOCALES)
COMPLETE = tuple(locale for locale in CITY_LOCALES if locale not in OVERLAYS)
FILES = ("bot.ftl", "core.ftl", "webchat.ftl", "whatsapp.ftl")
KEY = re.compile(r"""["']([a-z][a-z0-9]*(?:-[a-z0-9_]+)+)["']""")
CORE_PREFIXES = ("error-", "notify-", "language-")
# Sentences the Telegram adapter says itself (bot/telegram/), kept with the conversation's.
ADAPTER_KEYS = ("button-share-phone", "phone-type-instead", "telegram-private-only", "menu-prompt", "error-unexpected")
NOT_KEYS = {"utf-8"}  # hyphenated literals in handlers/ that are not message keys
NUMBERS = {"count", "max", "min", "page", "pages", "given", "expected", "minimum"}


def _variables(pattern: ast.Pattern | None) -> frozenset[str]:
    found = Variables()
    if pattern is not None:
        found.visit(pattern)
    return frozenset(found.names)


def load(locale: str) -> dict[str, tuple[frozenset[str], dict[str, frozenset[str]]]]:
    """message id -> (its variables, {attribute: its variables}), failing on any syntax error or duplicate."""
    messages: dict[str, tuple[frozenset[str], dict[str, frozenset[str]]]] = {}
    for name in FILES:
        path = LOCALES_DIR / locale / name
        if locale in OVERLAYS and not path.exists():
            continue
        resource = parse(path.read_text(encoding="utf-8"))
        junk = [entry.content[:80] for entry in resource.body if isinstance(entry, ast.Junk)]
        assert not junk, f"{locale}/{name} does not parse: {junk}"
        for entry in resource.body:
            if isinstance(entry, ast.Message):
                assert entry.id.name not in messages, f"{entry.id.name} twice in {locale}"
                attributes = {a.id.name: _variables(a.value) for a in entry.attributes}
                messages[entry.id.name] = (_variables(entry.value), attributes)
    return messages


CATALOGUES = {locale: load(locale) for locale in CITY_LOCALES}


def used_keys() -> dict[str, set[str]]:
    """Every message key the code uses -> the attributes it needs."""
    keys: dict[str, set[str]] = {}
    for path in (ROOT / "handlers").glob("*.py"):
        for key in KEY.findall(path.read_text(encoding="utf-8")):
            if key not in NOT_KEYS:
                keys.setdefault(key, set())
    for path in (ROOT / "core").rglob("*.py"):
        for key in KEY.findall(path.read_text(encoding="utf-8")):
            if key.startswith(CORE_PREFIXES):
                keys.setdefault(key, set())
    catalogue = load_catalogue(PACKAGED_CATALOGUE)
    keys.update({f"programme-{p.code}": {"description"} for p in catalogue.programmes})
    keys.update({f"desk-{desk}": set() for desk in catalogue.desks})
    keys.update({f"status-{status}": {"next"} for status in Status})
    for field in get_args(FieldName):
        keys.update({f"apply-summary-{field}": set(), f"apply-edit-{field}": set()})
    for programme in catalogue.programmes:
        keys.update({f"document-{code}": set() for code in programme.documents_needed})
        for code, question in programme.questions.items():
            keys[f"question-{code}"] = {"label"}
            keys.update({f"question-{code}-{option}": set() for option in question.options})
            if question.under_years:
                keys.update({f"question-{code}-over": set(), f"question-{code}-none": set()})
    keys.update({"apply-answer-yes": set(), "apply-answer-no": set()})
    keys.update({key: set() for row in MENU_ROWS for key in row})
    keys.update({key: set() for key in ("help", *ADAPTER_KEYS)})
    return keys


@pytest.mark.parametrize("locale", COMPLETE)
def test_every_key_the_code_uses_is_in_the_catalogue(locale):
    messages = CATALOGUES[locale]
    missing = sorted(key for key in used_keys() if key not in messages)
    assert not missing, f"missing in {locale}: {missing}"
    for key, attributes in used_keys().items():
        assert attributes <= set(messages[key][1]), f"{locale}: {key} lacks {attributes - set(messages[key][1])}"


def test_every_catalogue_has_the_same_keys_attributes_and_placeables():
    reference = CATALOGUES["tr"]
    for locale in COMPLETE[1:]:
        assert sorted(CATALOGUES[locale]) == sorted(reference), locale
        for key, shape in reference.items():
            assert CATALOGUES[locale][key] == shape, f"{key} in {locale}: {CATALOGUES[locale][key]} != {shape}"


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_a_regional_variant_only_overrides_messages_of_its_parent_in_the_same_shape(overlay):
    parent = CATALOGUES[overlay.split("-")[0]]
    assert CATALOGUES[overlay], f"{overlay} overrides nothing"
    for key, shape in CATALOGUES[overlay].items():
        assert parent.get(key) == shape, f"{key} in {overlay}: {shape} != {parent.get(key)}"


def test_no_hand_written_isolates_or_bidi_marks():
    for locale in CITY_LOCALES:
        for name in FILES:
            path = LOCALES_DIR / locale / name
            text = path.read_text(encoding="utf-8") if path.exists() else ""
            assert not re.search("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", text), f"{locale}/{name}"


@pytest.fixture(scope="module")
def translator() -> Translator:
    return Translator(list(CITY_LOCALES), "tr")


@pytest.mark.parametrize("locale", CITY_LOCALES)
def test_every_message_renders_with_numbers_of_every_plural_kind(translator, locale):
    for key, (variables, attributes) in CATALOGUES[locale].items():
        for number in (0, 1, 2, 3, 11, 100):
            params = {name: number if name in NUMBERS else f"<{name}>" for name in variables}
            assert translator.text(locale, key, **params)
            for attribute, names in attributes.items():
                extra = {name: number if name in NUMBERS else f"<{name}>" for name in names}
                assert translator.attribute(locale, key, attribute, **extra)


def test_arabic_plurals_and_right_to_left_isolation(translator):
    two = translator.text("ar", "apply-next-days", count=2)
    eleven = translator.text("ar", "apply-next-days", count=11)
    assert "خلال يومين" in two and "يوماً" in eleven
    reference = translator.text("ar", "status-not-found", reference="482 913 657")
    assert f"{FSI}482 913 657{PDI}" in reference
    assert f"{FSI}482 913 657{PDI}" in translator.text("fa", "status-not-found", reference="482 913 657")
    assert FSI not in translator.text("tr", "status-not-found", reference="482 913 657")


def test_the_language_names_are_each_languages_own():
    translator = Translator(list(CITY_LOCALES), "tr")
    names = {locale: translator.native_name(locale) for locale in CITY_LOCALES}
    assert names == {
        "tr": "Türkçe",
        "en": "English",
        "ar": "العربية",
        "fa": "فارسی",
        "fa-AF": "دری",
        "ps": "پښتو",
        "kmr": "Kurdî (Kurmancî)",
        "ckb": "کوردی (سۆرانی)",
        "uk": "Українська",
        "ru": "Русский",
        "fr": "Français",
        "so": "Soomaali",
    }


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("fa_IR", "fa"),
        ("FA-af", "fa-AF"),
        ("ar-EG", "ar"),
        ("uk", "uk"),
        ("zz", "tr"),
        (None, "tr"),
        ("", "tr"),
        ("de-Latn-DE-1996", "tr"),
        ("fa-AF-x-private-use", "fa-AF"),
        ("-" * 100_000, "tr"),
    ],
)
def test_a_platform_language_code_resolves_to_the_closest_city_language(translator, code, expected):
    assert translator.resolve(code) == expected
