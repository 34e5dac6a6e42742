"""The glossaries: each language's chosen word for the city's terms, and the catalogues held to them."""

import pytest

from core.glossary import load_glossary
from core.text_folding import Phrases, fold
from tests.catalogue_sources import CITY_LOCALES, Texts, sources

TRANSLATED = tuple(locale for locale in CITY_LOCALES if locale != "tr")
# The terms every language's glossary decides (the list); programme, desk and status names are messages.
REQUIRED = {"geçici koruma", "uluslararası koruma", "ikamet", "kimlik numara", "ilçe", "mahalle", "muhtar", "belediye"}


def literal_text(locale: str) -> dict[str, str]:
    """Each message's own words, folded for matching (value, attributes, every variant)."""
    found = {}
    for key, message in sources(locale).items():
        texts = Texts()
        texts.visit(message)
        found[key] = fold(" ".join(texts.texts))
    return found


def says(text: str, form: str) -> bool:
    """Whether folded text says a glossary form: whole words, `*` for any ending, `|` between alternatives."""
    return bool(Phrases.of(form.split("|")).find(text))


@pytest.mark.parametrize("locale", TRANSLATED)
def test_every_language_decides_the_citys_terms(locale):
    glossary = load_glossary(locale)
    assert REQUIRED <= {term.tr for term in glossary.terms}, REQUIRED - {term.tr for term in glossary.terms}
    assert all(term.use.strip() for term in glossary.terms)
    assert ("muhtar", next(t.use for t in glossary.terms if t.tr == "muhtar")) in glossary.pairs()


@pytest.mark.parametrize("locale", TRANSLATED)
def test_where_the_turkish_catalogue_says_a_term_the_translation_says_the_chosen_one(locale):
    turkish, own = literal_text("tr"), literal_text(locale)
    for term in load_glossary(locale).terms:
        for key, text in turkish.items():
            if key in own and says(text, f"{term.tr}*"):
                for form in term.shown:
                    assert says(own[key], form), f"{locale} {key}: where Turkish says {term.tr!r}, say {form!r}"


@pytest.mark.parametrize("locale", TRANSLATED)
def test_no_message_uses_a_word_the_glossary_avoids(locale):
    """Dari is not Iranian Persian: «جواب» not «پاسخ», «میگابایت» not «مگابایت» (the fa-AF overlay covers them)."""
    avoid = load_glossary(locale).avoid
    for key, text in literal_text(locale).items():
        for word, instead in avoid.items():
            assert not says(text, word), f"{locale} {key} says {word!r}: say {instead!r}"


def test_a_regional_variant_inherits_its_parents_terms_and_overrides_its_own():
    persian, dari = load_glossary("fa"), load_glossary("fa-AF")
    assert dict(persian.pairs())["belediye"] == "شهرداری" and dict(dari.pairs())["belediye"] == "شاروالی"
    assert dict(dari.pairs())["uluslararası koruma"] == dict(persian.pairs())["uluslararası koruma"]
    assert dari.avoid["پاسخ*"] == "جواب" and not persian.avoid
