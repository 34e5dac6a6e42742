"""The whole application journey in every language of the city: it completes, fits Telegram, and reads right in RTL."""

import csv
import re
from pathlib import Path

import pytest
from bidi import get_display

from core.catalogue import load_catalogue
from core.references import format_reference, parse_reference
from core.settings import PACKAGED_CATALOGUE
from tests.handlers.test_apply import start_application

CITY_LOCALES = tuple(load_catalogue(PACKAGED_CATALOGUE).city.locales)
SAMPLES = Path(__file__).resolve().parents[1] / "data" / "language_samples.tsv"
TELEGRAM_TEXT_LIMIT = 4096
CALLBACK_DATA_LIMIT = 64  # bytes
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def a_long_sample(locale: str) -> str:
    """A realistic message of five words or more written in this language (from the labelled set)."""
    with SAMPLES.open(encoding="utf-8") as rows:
        for row in csv.reader((line for line in rows if not line.startswith("#")), delimiter="\t"):
            if row[0] == locale and len(row[1].split()) >= 5:
                return row[1]
    raise AssertionError(f"no long sample for {locale}")


def check_fits_telegram(p) -> None:
    for reply in p.replies:
        for text in p.raw_texts(reply):
            assert 0 < len(text) <= TELEGRAM_TEXT_LIMIT, (reply.locale, text[:80])
        for label, data in p.buttons(reply):
            assert len(data.encode()) <= CALLBACK_DATA_LIMIT, (label, data)
            assert 0 < len(label) <= 64, label


@pytest.mark.parametrize("locale", CITY_LOCALES)
async def test_an_application_from_start_to_reference_in_every_language(person, translator, locale):
    p = person(locale)
    await p.command("start")
    await p.press(f"lang:{locale}")
    assert p.locale == locale
    await start_application(p, "cash_aid")
    digits = ARABIC_INDIC if locale == "ar" else PERSIAN if locale.startswith(("fa", "ps", "ckb")) else None
    await p.share_phone("905321234567")
    await p.say("10000000146".translate(digits) if digits else "10000000146")
    await p.say("konak")
    await p.say("Alsancak")
    await p.say("3".translate(digits) if digits else "3")
    assert len(p.buttons()) == 5  # the income bands and cancel, each label in the language
    await p.press("ans:below_minimum")
    await p.say(a_long_sample(locale))
    assert p.locale == locale, f"the description in {locale} switched the language"
    await p.press("docs:done")
    await p.press("apply:confirm")
    assert p.locale == locale
    reference = parse_reference(p.reference())
    check_fits_telegram(p)

    await p.command("status")
    assert p.reference() == format_reference(reference)
    check_fits_telegram(p)

    if translator.direction(locale) == "rtl":
        # Shown right to left, the reference's digits must still read in their own order.
        for text in p.raw_texts():
            if p.reference() in re.sub("[\u2066-\u2069]", "", text):
                shown = get_display(text)
                assert format_reference(reference) in re.sub("[\u2066-\u2069]", "", shown), shown
                break
        else:
            raise AssertionError("no message carries the reference")


@pytest.mark.parametrize("locale", [loc for loc in CITY_LOCALES if loc in ("ar", "fa", "fa-AF", "ps", "ckb")])
def test_numbers_and_names_keep_their_order_in_right_to_left_sentences(translator, locale):
    reference, phone, name = "482 913 657", "+905321234567", "Ayşe Yılmaz"
    status = translator.text(locale, "status-not-found", reference=reference)
    assert reference in get_display(status).replace("\u2068", "").replace("\u2069", "")
    welcome = translator.text(locale, "start-welcome", city="İzmir")
    assert "İzmir" in get_display(welcome).replace("\u2068", "").replace("\u2069", "")
    for text, fragment in ((status, reference), (welcome, "İzmir")):
        assert f"\u2068{fragment}\u2069" in text, f"{fragment} is not isolated in {locale}"
    assert translator.isolate(locale, phone) == f"\u2068{phone}\u2069"
    assert translator.isolate(locale, name) == f"\u2068{name}\u2069"
