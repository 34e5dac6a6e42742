"""What short messages ask for, in every language: the held-out phrase list, the data files, the matching rules."""

import tomllib
from pathlib import Path

import pytest

from core.catalogue import load_catalogue
from core.i18n import LOCALES_DIR
from core.intents import FILE, FILLER, INTENTS, IntentBook, Understood
from core.settings import PACKAGED_CATALOGUE

CATALOGUE = load_catalogue(PACKAGED_CATALOGUE)
LOCALES = tuple(CATALOGUE.city.locales)
COMPLETE = tuple(loc for loc in LOCALES if "-" not in loc)
APPLICATIONS = {p.code for p in CATALOGUE.programmes if p.kind == "application"}
PHRASES_PATH = Path(__file__).resolve().parents[1] / "data" / "intent_phrases.tsv"


def load_phrases() -> list[tuple[str, str, str]]:
    """(locale, expected, text) rows of the held-out phrase list."""
    rows = []
    for line in PHRASES_PATH.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            locale, expected, text = line.split("\t")
            rows.append((locale, expected, text))
    return rows


PHRASES = load_phrases()


@pytest.fixture(scope="module")
def book() -> IntentBook:
    return IntentBook(LOCALES)


def answer(understood: Understood | None) -> str:
    """The phrase list's way of saying what was understood."""
    if understood is None:
        return "question"
    return f"apply:{understood.programme}" if understood.programme else understood.intent


def test_the_phrase_list_covers_every_language_and_is_held_out():
    assert {locale for locale, _, _ in PHRASES} == set(LOCALES)
    for locale in LOCALES:
        expected = {e for loc, e, _ in PHRASES if loc == locale}
        assert len(expected) >= 7 and "question" in expected and any(e.startswith("apply:") for e in expected)
    listed = set()
    for locale in LOCALES:
        data = tomllib.loads((LOCALES_DIR / locale / FILE).read_text(encoding="utf-8"))
        listed |= {word for kind in (*INTENTS, FILLER) for word in data.get(kind, [])}
        listed |= {word for words in data.get("programmes", {}).values() for word in words}
    assert [text for _, _, text in PHRASES if text in listed] == []


@pytest.mark.parametrize(("locale", "expected", "text"), PHRASES, ids=lambda v: v if len(v) < 30 else None)
def test_each_held_out_phrase_is_understood_in_its_language_and_from_a_turkish_setting(book, locale, expected, text):
    assert answer(book.understand(text, locale=locale)) == expected
    assert answer(book.understand(text, locale="tr")) == expected  # the words are recognised whatever the setting


@pytest.mark.parametrize("locale", LOCALES)
def test_every_language_has_words_for_every_intent_and_every_programme(locale):
    data = tomllib.loads((LOCALES_DIR / locale / FILE).read_text(encoding="utf-8"))
    assert set(data) <= {*INTENTS, FILLER, "programmes"}, f"{locale}: unknown kinds {set(data) - {*INTENTS, FILLER}}"
    assert set(data.get("programmes", {})) <= APPLICATIONS, f"{locale} names programmes that are not applications"
    if locale in COMPLETE:
        assert all(data.get(kind) for kind in (*INTENTS, FILLER)), locale
        assert set(data["programmes"]) == APPLICATIONS, f"{locale} lacks {APPLICATIONS - set(data['programmes'])}"
        assert all(data["programmes"].values())


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("BAŞVURUM NE DURUMDA", "tr", "status"),
        ("basvurum ne durumda", "tr", "status"),  # typed without Turkish letters
        ("BENİ UNUTUN", "tr", "forget"),
        ("İptal", "tr", "cancel"),
        ("شكراً", "ar", "thanks"),
        ("شكرا", "ar", "thanks"),
        ("أين وصل طلبي", "ar", "status"),  # Modern Standard Arabic, not only the dialects' "وين"
        ("درخواستم چي شد", "fa", "status"),  # Arabic-keyboard yeh
        ("درخواست‌هایم", "fa", "status"),  # zero-width non-joiner
        ("سلاو", "ckb", "greeting"),  # Sorani typed on a Persian keyboard
        ("مرسته غوارم", "ps", "help"),  # Pashto typed on a Persian keyboard
        ("how does this work", "en", "help"),  # the longer phrase wins over "work" (a job)
        ("süt", "tr", "apply:milk_for_children"),
        ("kömür", "tr", "apply:winter_fuel"),
        ("kira", "tr", "apply:rent_support"),
        ("حليب", "ar", "apply:milk_for_children"),
        ("شیر", "fa", "apply:milk_for_children"),
        ("Kiraz", "tr", "question"),  # a district, not rent
        ("süt ve kömür yardımı istiyorum", "tr", "apply"),  # two programmes: the list
        ("süt başvurum ne durumda", "tr", "status"),  # where is it, not apply again
    ],
)
def test_spellings_and_precedence(book, text, locale, expected):
    assert answer(book.understand(text, locale=locale)) == expected


def test_a_question_with_words_of_its_own_is_not_an_intent_but_its_programme_is_named(book):
    text = "Merhaba, kömür yardımı için ne zaman başvuru yapabilirim acaba?"
    assert book.understand(text, locale="tr") is None
    assert book.programmes_named(text, locale="tr") == ["winter_fuel"]
    assert book.programmes_named("Kiraz'da oturuyorum", locale="tr") == []


def test_dari_adds_to_persian(book):
    assert answer(book.understand("درخواست مه چه شد", locale="fa-AF")) == "status"
    assert answer(book.understand("پیسه ضرورت داریم", locale="fa-AF")) == "apply:cash_aid"
    assert answer(book.understand("شیر خشک لازم داریم", locale="fa-AF")) == "apply:milk_for_children"  # from fa


def test_nothing_to_understand_in_empty_or_wordless_text(book):
    assert book.understand("", locale="tr") is None
    assert book.understand("🙏 ?!", locale="ar") is None
