import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.catalogue import load_catalogue
from core.errors import InvalidIdentityNumber, InvalidPhone, UnknownDistrict
from core.identity import IdentityKind, parse_identity_number
from core.phones import parse_phone
from core.settings import PACKAGED_CATALOGUE


@pytest.mark.parametrize("typed", ["10000000146", "100 000 001 46", "١٠٠٠٠٠٠٠١٤٦", "۱۰۰۰۰۰۰۰۱۴۶"])
def test_valid_citizen_number(typed):
    number = parse_identity_number(typed)
    assert number.value == "10000000146" and number.kind is IdentityKind.CITIZEN and number.checksum_ok
    assert number.masked == "10*******46"


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("10000000147", "error-identity-checksum"),
        ("1000000014", "error-identity-length"),
        ("01000000146", "error-identity-leading-zero"),
        ("98123456789", "error-identity-protection-number"),
        ("abcdefghijk", "error-identity-not-digits"),
    ],
)
def test_invalid_identity_numbers_say_why(typed, key):
    with pytest.raises(InvalidIdentityNumber) as caught:
        parse_identity_number(typed)
    assert caught.value.key == key


def test_foreign_resident_number_with_bad_checksum_is_kept_for_staff_to_check():
    number = parse_identity_number("99123456780")
    assert number.kind is IdentityKind.FOREIGN_RESIDENT
    assert number.checksum_ok is False


def test_foreign_resident_number_with_good_checksum():
    digits = "991234567"
    d10 = (7 * sum(int(d) for d in digits[0:9:2]) - sum(int(d) for d in digits[1:8:2])) % 10
    d11 = (sum(int(d) for d in digits) + d10) % 10
    number = parse_identity_number(f"{digits}{d10}{d11}")
    assert number.kind is IdentityKind.FOREIGN_RESIDENT and number.checksum_ok


@pytest.mark.parametrize(
    "typed",
    ["0532 123 45 67", "+90 532 123 45 67", "5321234567", "(0532) 123-45-67", "۰۵۳۲۱۲۳۴۵۶۷", "0090 532 123 4567"],
)
def test_turkish_mobile_numbers_normalise_to_e164(typed):
    assert parse_phone(typed) == "+905321234567"


def test_syrian_and_afghan_numbers_are_valid():
    assert parse_phone("+963 944 123 456") == "+963944123456"
    assert parse_phone("+93 70 123 4567") == "+93701234567"


@pytest.mark.parametrize("typed", ["", "123", "hello", "+90 999", "0532 123 45 67 89 10"])
def test_invalid_phones(typed):
    with pytest.raises(InvalidPhone):
        parse_phone(typed)


@given(st.text(max_size=30))
def test_phone_and_identity_parsing_raise_only_domain_errors(text):
    for parse, error in ((parse_phone, InvalidPhone), (parse_identity_number, InvalidIdentityNumber)):
        try:
            parse(text)
        except error:
            pass


def test_every_district_matches_folded_and_uppercased():
    catalogue = load_catalogue(PACKAGED_CATALOGUE)
    from core.districts import fold

    assert len(catalogue.city.districts) == 30
    for name in catalogue.city.districts:
        assert catalogue.districts.match(name) == name
        assert catalogue.districts.match(fold(name)) == name
        assert catalogue.districts.match(name.upper()) == name


@pytest.mark.parametrize(
    ("typed", "district"),
    [
        ("karsiyaka", "Karşıyaka"),
        ("KARŞIYAKA", "Karşıyaka"),
        ("Karsiyaka ", "Karşıyaka"),
        ("karsiyka", "Karşıyaka"),
        ("cesme", "Çeşme"),
        ("ödemis", "Ödemiş"),
        ("kinik", "Kınık"),
        ("kiraz", "Kiraz"),
        ("guzelbahce", "Güzelbahçe"),
    ],
)
def test_district_typing_is_forgiven(typed, district):
    assert load_catalogue(PACKAGED_CATALOGUE).districts.match(typed) == district


@pytest.mark.parametrize(
    ("typed", "district"),
    [
        ("كوناك", "Konak"),  # Arabic letters
        ("کوناک", "Konak"),  # the same with Persian kaf
        ("بورنوفا", "Bornova"),
        ("بورنوا", "Bornova"),  # a Persian spelling close enough to one we know
        ("Конак", "Konak"),
        ("Каршіяка", "Karşıyaka"),  # Ukrainian
        ("Каршияка", "Karşıyaka"),  # Russian
        ("قارشی یاکا", "Karşıyaka"),
        ("غازی\u200cامیر", "Gaziemir"),  # with a zero-width non-joiner, as Persian keyboards write it
        ("چشمه", "Çeşme"),
        ("Karshiyaka", "Karşıyaka"),
        ("Bournabat", "Bornova"),
    ],
)
def test_district_names_in_other_scripts_are_matched(typed, district):
    assert load_catalogue(PACKAGED_CATALOGUE).districts.match(typed) == district


def test_every_district_has_an_arabic_script_and_a_cyrillic_name():
    city = load_catalogue(PACKAGED_CATALOGUE).city
    for name in city.districts:
        others = city.district_names.get(name, [])
        assert any("\u0600" <= ch <= "\u06ff" for spelling in others for ch in spelling), name
        assert any("\u0400" <= ch <= "\u04ff" for spelling in others for ch in spelling), name


@pytest.mark.parametrize("typed", ["تهران", "Москва", "Ankara", "x"])
def test_other_scripts_do_not_make_anything_a_district(typed):
    with pytest.raises(UnknownDistrict):
        load_catalogue(PACKAGED_CATALOGUE).districts.match(typed)


def test_unknown_district_suggests_nothing_or_close_names():
    catalogue = load_catalogue(PACKAGED_CATALOGUE)
    with pytest.raises(UnknownDistrict) as caught:
        catalogue.districts.match("Ankara")
    assert caught.value.key == "error-district-unknown"
    assert caught.value.params["suggestions"] == []
