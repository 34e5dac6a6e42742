"""Dates and numbers people read: one short format per language, the city's clock, one digit system per message."""

import re
from datetime import UTC, datetime, timedelta, timezone

import pytest

from tests.catalogue_sources import CITY_LOCALES, sources
from tests.core.test_right_to_left import TRANSLATOR, renderings

MOMENT = datetime(2026, 12, 6, 11, 5, 7, tzinfo=UTC)  # 14:05:07 in İzmir
DIGIT_SYSTEMS = {"Latin": "0-9", "Arabic-Indic": "٠-٩", "Persian": "۰-۹"}


def test_a_turkish_date_reads_day_month_year_and_the_citys_time():
    assert TRANSLATOR.datetime("tr", MOMENT) == "6 Aralık 2026, 14:05"
    assert TRANSLATOR.datetime("en", MOMENT) == "6 December 2026, 14:05"
    assert TRANSLATOR.datetime("ar", MOMENT) == "6 ديسمبر 2026، 14:05"


@pytest.mark.parametrize("locale", CITY_LOCALES)
def test_every_language_shows_the_citys_time_without_seconds_in_latin_digits(locale):
    for moment in (MOMENT, MOMENT.astimezone(timezone(timedelta(hours=-5)))):  # the same instant, any zone
        shown = TRANSLATOR.datetime(locale, moment)
        assert "14:05" in shown and "07" not in shown and "2026" in shown and "6" in shown, shown
        assert not re.search("[٠-٩۰-۹]", shown), shown
    winter_night = datetime(2026, 1, 31, 22, 30, tzinfo=UTC)  # already 1 February in İzmir (UTC+3 all year)
    assert "01:30" in TRANSLATOR.datetime(locale, winter_night) and "1" in TRANSLATOR.datetime(locale, winter_night)


@pytest.mark.parametrize("locale", CITY_LOCALES)
def test_no_message_mixes_two_digit_systems(locale):
    for key, message in sources(locale).items():
        for text in renderings(locale, message):
            used = [name for name, digits in DIGIT_SYSTEMS.items() if re.search(f"[{digits}]", text)]
            assert len(used) <= 1, f"{locale} {key} mixes {used}: {text!r}"
