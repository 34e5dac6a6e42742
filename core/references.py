"""Reference numbers: nine digits (eight random, one Damm check digit), dictated as 3-3-3."""

import re
import secrets

from core.digits import clean_for_matching, only_digits
from core.errors import InvalidReference

LENGTH = 9

# Damm's totally anti-symmetric quasigroup of order 10: catches every single-digit error
# and every swap of two adjacent digits.
# A number as people write it inside a sentence: digits grouped by single spaces, dashes, dots or slashes.
_NUMBER = re.compile(r"\d+(?:[ \-./\u00a0]\d+)*")

_DAMM = (
    (0, 3, 1, 7, 5, 9, 8, 6, 4, 2),
    (7, 0, 9, 2, 1, 5, 4, 8, 6, 3),
    (4, 2, 0, 6, 8, 7, 1, 3, 5, 9),
    (1, 7, 5, 0, 9, 8, 3, 4, 2, 6),
    (6, 1, 2, 3, 0, 4, 5, 9, 7, 8),
    (3, 6, 7, 4, 2, 0, 9, 5, 8, 1),
    (5, 8, 6, 9, 7, 2, 0, 1, 3, 4),
    (8, 9, 4, 5, 3, 6, 2, 0, 1, 7),
    (9, 4, 3, 8, 6, 1, 7, 2, 0, 5),
    (2, 5, 8, 1, 4, 3, 6, 7, 9, 0),
)


def damm_digit(digits: str) -> int:
    """Returns the Damm check digit of a string of ASCII digits."""
    interim = 0
    for ch in digits:
        interim = _DAMM[interim][int(ch)]
    return interim


def new_reference() -> str:
    """Returns a fresh random reference (not sequential, so it cannot be guessed from another)."""
    body = str(secrets.randbelow(9 * 10 ** (LENGTH - 2)) + 10 ** (LENGTH - 2))
    return body + str(damm_digit(body))


def format_reference(reference: str) -> str:
    """Groups a reference for reading aloud, 482 913 656, with no-break spaces: it never wraps in the middle."""
    return "\u00a0".join(reference[i : i + 3] for i in range(0, len(reference), 3))


def parse_reference(text: str) -> str:
    """Returns the canonical reference typed in any digits and grouping, or raises InvalidReference."""
    digits = only_digits(text)
    if digits is None:
        raise InvalidReference("error-reference-not-digits")
    if len(digits) != LENGTH:
        raise InvalidReference("error-reference-length", expected=LENGTH, given=len(digits))
    if damm_digit(digits) != 0:
        raise InvalidReference("error-reference-check-digit")
    return digits


def looks_like_reference(text: str) -> bool:
    """Tells whether a message is probably someone typing a reference (nine digits, any form)."""
    digits = only_digits(text)
    return digits is not None and len(digits) == LENGTH


def find_reference(text: str) -> str | None:
    """The valid reference written anywhere in a sentence, in any digits, or None when it holds no nine-digit number.

    Raises InvalidReference when its only nine-digit numbers fail the check digit (a mistyped reference).
    """
    mistyped = False
    for number in _NUMBER.finditer(clean_for_matching(text)):
        digits = re.sub(r"\D", "", number.group())
        if len(digits) == LENGTH and digits.isascii():
            if damm_digit(digits) == 0:
                return digits
            mistyped = True
    if mistyped:
        raise InvalidReference("error-reference-check-digit")
    return None
