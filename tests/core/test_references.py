import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.errors import InvalidReference
from core.references import LENGTH, damm_digit, format_reference, looks_like_reference, new_reference, parse_reference


def test_new_references_are_nine_digits_with_a_valid_check_digit():
    for _ in range(500):
        reference = new_reference()
        assert len(reference) == LENGTH and reference.isdigit() and reference[0] != "0"
        assert damm_digit(reference) == 0


def test_reference_is_grouped_for_dictation():
    assert format_reference("482913657") == "482\u00a0913\u00a0657"  # grouped with no-break spaces


@pytest.mark.parametrize(
    "typed",
    ["482913656", "482 913 656", "482-913-656", "٤٨٢٩١٣٦٥٦", "۴۸۲ ۹۱۳ ۶۵۶", "\u2066482\u2069 913 656", " 482.913.656 "],
)
def test_parses_any_digits_and_separators(typed):
    body = "48291365"
    reference = body + str(damm_digit(body))
    assert reference == "482913656"
    assert parse_reference(typed) == reference


def test_every_single_digit_error_and_adjacent_swap_is_caught():
    reference = new_reference()
    for position in range(LENGTH):
        for digit in "0123456789":
            if digit != reference[position]:
                typo = reference[:position] + digit + reference[position + 1 :]
                with pytest.raises(InvalidReference):
                    parse_reference(typo)
    for position in range(LENGTH - 1):
        a, b = reference[position], reference[position + 1]
        if a != b:
            swapped = reference[:position] + b + a + reference[position + 2 :]
            with pytest.raises(InvalidReference) as caught:
                parse_reference(swapped)
            assert caught.value.key == "error-reference-check-digit"


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("12345", "error-reference-length"),
        ("abc", "error-reference-not-digits"),
        ("", "error-reference-not-digits"),
        ("1234567890", "error-reference-length"),
        ("482 913 65x", "error-reference-not-digits"),
    ],
)
def test_bad_references_name_the_reason(typed, key):
    with pytest.raises(InvalidReference) as caught:
        parse_reference(typed)
    assert caught.value.key == key


def test_looks_like_reference():
    assert looks_like_reference("٤٨٢ ٩١٣ ٦٥٦")
    assert not looks_like_reference("hello 482")


@given(st.text(max_size=40))
def test_parsing_never_fails_with_anything_but_invalid_reference(text):
    try:
        assert damm_digit(parse_reference(text)) == 0
    except InvalidReference:
        pass
