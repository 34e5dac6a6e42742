"""Properties of what people type: references, identity numbers, phones and digits, written any way they write them.

The example-based tests next to this file pin the reasons given; these check, over generated input, that a
number reads back to itself in any digits and grouping, that a single mistyped digit is never taken for
someone else's number, and that nothing but the project's own errors ever comes out.
"""

import re

import phonenumbers
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from core.digits import clean_for_matching, only_digits, strip_invisible, to_ascii_digits
from core.errors import InvalidIdentityNumber, InvalidPhone, InvalidReference
from core.identity import IdentityKind, parse_identity_number
from core.phones import parse_phone
from core.references import LENGTH, damm_digit, format_reference, looks_like_reference, parse_reference

DIGIT_SETS = ("0123456789", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹")  # Latin, Arabic-Indic, Persian (Extended Arabic-Indic)
SEPARATORS = " -./_\u00a0"
INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u00ad\u061c"
E164 = re.compile(r"\+[1-9]\d{6,14}")

# Anything at all a person (or a keyboard, or a copy and paste) might produce, lone surrogates included.
anything = st.text(
    alphabet=st.one_of(
        st.characters(),
        st.characters(categories=["Cs"]),
        st.sampled_from([*"".join(DIGIT_SETS), *SEPARATORS, *INVISIBLE, "+", "(", ")", "\x00", "\u0301", "²", "４"]),
    ),
    max_size=80,
)


@st.composite
def typed(draw: st.DrawFn, digits: str, *, separators: str = SEPARATORS) -> str:
    """The ASCII digits as someone might type them: any digit set per digit, separators and invisibles between."""
    pieces = [draw(st.sampled_from(["", " ", "\u2066", "\u200f"]))]
    for digit in digits:
        pieces.append(draw(st.sampled_from(DIGIT_SETS))[int(digit)])
        pieces.append(draw(st.sampled_from(["", "", "", *separators, *INVISIBLE])))
    pieces.append(draw(st.sampled_from(["", " ", "\u2069", "\u200e", "\n"])))
    return "".join(pieces)


def reference_from(body: int) -> str:
    text = str(body)
    return text + str(damm_digit(text))


def with_digit(number: str, position: int, digit: str) -> str:
    return number[:position] + digit + number[position + 1 :]


references = st.integers(10 ** (LENGTH - 2), 10 ** (LENGTH - 1) - 1).map(reference_from)


# -------------------------------------------------------------------------------------------- digits


@given(st.text(alphabet="0123456789", min_size=1, max_size=30).flatmap(lambda d: st.tuples(st.just(d), typed(d))))
def test_only_digits_reads_any_digit_set_through_separators_and_invisibles(pair):
    digits, text = pair
    assert only_digits(text) == digits
    assert to_ascii_digits(strip_invisible(text)).translate(str.maketrans("", "", SEPARATORS)).strip() == digits


@given(st.text(alphabet="0123456789", min_size=1, max_size=12), st.characters(categories=["L", "P", "S"]), st.data())
def test_a_letter_or_sign_among_the_digits_means_not_a_number(digits, intruder, data):
    assume(intruder not in SEPARATORS and not intruder.isdigit())
    position = data.draw(st.integers(0, len(digits)))
    assert only_digits(digits[:position] + intruder + digits[position:]) is None


@given(anything)
@example("e\u200b\u0301")  # an invisible between a letter and its accent: the accent composes once it goes
def test_cleaning_for_matching_is_idempotent_and_leaves_no_invisibles(text):
    cleaned = clean_for_matching(text)
    assert clean_for_matching(cleaned) == cleaned
    assert not set(cleaned) & set(INVISIBLE)
    assert not set(cleaned) & set("".join(DIGIT_SETS[1:]))


# ---------------------------------------------------------------------------------------- references


@given(references.flatmap(lambda ref: st.tuples(st.just(ref), typed(ref))))
def test_a_reference_typed_any_way_reads_back_to_itself(pair):
    reference, text = pair
    assert parse_reference(text) == reference
    assert looks_like_reference(text)
    assert parse_reference(format_reference(reference)) == reference
    assert re.fullmatch(r"\d{3}\u00a0\d{3}\u00a0\d{3}", format_reference(reference))


@given(references, st.integers(0, LENGTH - 1), st.integers(1, 9), st.sampled_from(DIGIT_SETS))
def test_any_single_mistyped_digit_is_refused_by_the_check_digit(reference, position, shift, digits):
    mistyped = with_digit(reference, position, str((int(reference[position]) + shift) % 10))
    written = mistyped.translate(str.maketrans("0123456789", digits))
    try:
        parse_reference(written)
    except InvalidReference as error:
        assert error.key == "error-reference-check-digit"
    else:
        raise AssertionError(f"{mistyped} was taken for a reference (it was {reference})")


@given(references, st.integers(0, LENGTH - 2))
def test_any_swap_of_two_neighbouring_digits_is_refused(reference, position):
    a, b = reference[position], reference[position + 1]
    assume(a != b)
    swapped = reference[:position] + b + a + reference[position + 2 :]
    try:
        parse_reference(swapped)
    except InvalidReference as error:
        assert error.key == "error-reference-check-digit"
    else:
        raise AssertionError(f"{swapped} was taken for a reference (it was {reference})")


@given(anything)
def test_reference_parsing_gives_a_valid_reference_or_invalid_reference_and_nothing_else(text):
    try:
        reference = parse_reference(text)
    except InvalidReference as error:
        assert error.key.startswith("error-reference-")
        return
    assert len(reference) == LENGTH and reference.isascii() and reference.isdigit() and damm_digit(reference) == 0
    assert looks_like_reference(text)


# ----------------------------------------------------------------------------------- identity numbers


def with_checksums(first_nine: str) -> str:
    """The eleven digits of a T.C. identity number (or a foreign resident's) from its first nine."""
    d = [int(ch) for ch in first_nine]
    d10 = (7 * sum(d[0:9:2]) - sum(d[1:8:2])) % 10
    d11 = (sum(d) + d10) % 10
    return f"{first_nine}{d10}{d11}"


citizen_numbers = (
    st.text(alphabet="0123456789", min_size=8, max_size=8)
    .flatmap(lambda rest: st.integers(1, 9).map(lambda first: f"{first}{rest}"))
    .filter(lambda nine: not nine.startswith(("98", "99")))
    .map(with_checksums)
)
foreign_numbers = st.text(alphabet="0123456789", min_size=7, max_size=7).map(lambda rest: with_checksums(f"99{rest}"))


@given(citizen_numbers.flatmap(lambda number: st.tuples(st.just(number), typed(number))))
def test_a_citizen_number_typed_any_way_reads_back_valid_and_masked(pair):
    number, text = pair
    parsed = parse_identity_number(text)
    assert (parsed.value, parsed.kind, parsed.checksum_ok) == (number, IdentityKind.CITIZEN, True)
    assert parsed.masked == number[:2] + "*" * 7 + number[-2:]


@given(citizen_numbers, st.integers(0, 10), st.integers(1, 9))
def test_a_citizen_number_with_one_digit_wrong_is_never_a_valid_citizen_number(number, position, shift):
    mistyped = with_digit(number, position, str((int(number[position]) + shift) % 10))
    try:
        parsed = parse_identity_number(mistyped)
    except InvalidIdentityNumber:
        return
    # Only a change that makes it start with 99 passes, as a foreign resident's number kept for staff to check.
    assert parsed.kind is IdentityKind.FOREIGN_RESIDENT and not parsed.checksum_ok, (number, mistyped)


@given(foreign_numbers, st.integers(2, 10), st.integers(1, 9))
def test_a_foreign_residents_number_is_kept_but_a_mistyped_one_is_flagged(number, position, shift):
    good = parse_identity_number(number)
    assert (good.kind, good.checksum_ok) == (IdentityKind.FOREIGN_RESIDENT, True)
    mistyped = parse_identity_number(with_digit(number, position, str((int(number[position]) + shift) % 10)))
    assert (mistyped.kind, mistyped.checksum_ok) == (IdentityKind.FOREIGN_RESIDENT, False)


@given(anything)
def test_identity_parsing_gives_an_identity_number_or_invalid_identity_number_and_nothing_else(text):
    try:
        parsed = parse_identity_number(text)
    except InvalidIdentityNumber as error:
        assert error.key.startswith("error-identity-")
        return
    assert len(parsed.value) == 11 and parsed.value.isascii() and parsed.value.isdigit()
    assert parsed.kind is IdentityKind.FOREIGN_RESIDENT or parsed.checksum_ok


# --------------------------------------------------------------------------------------------- phones

# Turkish mobile operators' prefixes (after the trunk 0): Türk Telekom 50x/55x, Turkcell 53x, Vodafone 54x.
MOBILE_PREFIXES = [
    "501",
    "505",
    "506",
    "507",
    "530",
    "532",
    "533",
    "535",
    "536",
    "539",
    "541",
    "542",
    "543",
    "544",
    "545",
    "546",
    "549",
    "551",
    "552",
    "553",
    "554",
    "555",
    "559",
]
turkish_mobiles = st.tuples(
    st.sampled_from(MOBILE_PREFIXES), st.text(alphabet="0123456789", min_size=7, max_size=7)
).map("".join)


@st.composite
def written_mobile(draw: st.DrawFn, national: str) -> str:
    """A Turkish mobile number the way people write it: trunk 0, +90 or 0090, grouped, in any digits."""
    prefix = draw(st.sampled_from(["0", "+90", "+90 ", "0090", "0090 ", "(0", ""]))
    body = draw(typed(national, separators=" -.\u00a0"))
    if prefix == "(0":
        body = body.replace(" ", "", 1)
        return f"(0{body[:3]}) {body[3:]}"
    return prefix + body


@settings(deadline=None)
@given(turkish_mobiles.flatmap(lambda n: st.tuples(st.just(n), written_mobile(n))))
def test_a_turkish_mobile_written_any_way_normalises_to_the_same_e164(pair):
    national, text = pair
    assume(phonenumbers.is_valid_number(phonenumbers.parse("+90" + national)))
    assert parse_phone(text) == "+90" + national


@settings(deadline=None)
@given(st.one_of(anything, st.text(alphabet="+0123456789٠١٢٣٤٥٦٧٨٩ ()-.\u200b", max_size=40)))
def test_phone_parsing_gives_e164_that_parses_to_itself_or_invalid_phone_and_nothing_else(text):
    try:
        number = parse_phone(text)
    except InvalidPhone as error:
        assert error.key == "error-phone-invalid"
        return
    assert E164.fullmatch(number), number
    assert parse_phone(number) == number


@settings(deadline=None, max_examples=25)
@given(st.text(alphabet="0123456789 +", min_size=200, max_size=5000))
def test_very_long_numbers_are_refused_not_crashed_on(text):
    try:
        parse_phone(text)
    except InvalidPhone:
        pass
    for parse, error in ((parse_reference, InvalidReference), (parse_identity_number, InvalidIdentityNumber)):
        try:
            parse(text)
        except error:
            pass
