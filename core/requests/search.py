"""What staff type in the one search box, read as a reference, a phone, an identity number or a name.

A name is searched word by word: each word of a request's full name is folded (`core.text_folding.fold`: case,
Turkish İ/ı, accents, Arabic-script variants) and kept only as its keyed blind index (`NameToken`), so "ayse
yilmaz" and "YILMAZ" both find "Ayşe Yılmaz" while nothing in the database reads as a name. Whole words only:
a blind index cannot match a word's beginning.
"""

from dataclasses import dataclass
from enum import StrEnum

from core.digits import only_digits
from core.errors import InvalidInput, InvalidPhone
from core.phones import parse_phone
from core.references import LENGTH, parse_reference
from core.text_folding import fold

MAX_LENGTH = 100  # characters: longer than any name, number or reference
NAME_WORDS = 8  # words of a name kept as tokens, and searched for
NUMBER_SEPARATORS = " -./_()+\u00a0"


class Kind(StrEnum):
    """What a search was read as; the audit log records it, never the value."""

    REFERENCE = "reference"
    PHONE = "phone"
    NATIONAL_ID = "national_id"
    NAME = "name"


@dataclass(frozen=True)
class Terms:
    """A search read: its kind and the normalised value (a reference, E.164 phone, 11 digits) or name words."""

    kind: Kind
    value: str = ""
    words: tuple[str, ...] = ()


def name_words(name: str) -> list[str]:
    """The folded words of a name, each once, as they are indexed and searched."""
    return list(dict.fromkeys(fold(name).split()))[:NAME_WORDS]


def read(text: str, *, phone_region: str) -> Terms:
    """Reads what was typed in the search box, or raises InvalidInput with the reason's key."""
    if len(text) > MAX_LENGTH:
        raise InvalidInput("error-search-too-long", max=MAX_LENGTH)
    digits = only_digits(text, allowed_separators=NUMBER_SEPARATORS)
    if digits:
        if len(digits) == LENGTH and "+" not in text:
            return Terms(Kind.REFERENCE, parse_reference(digits))
        if len(digits) == 11 and digits[0] != "0" and "+" not in text:
            return Terms(Kind.NATIONAL_ID, digits)
        try:
            return Terms(Kind.PHONE, parse_phone(text, default_region=phone_region))
        except InvalidPhone:
            raise InvalidInput("error-search-number") from None
    words = name_words(text)
    if not words:
        raise InvalidInput("error-search-empty")
    return Terms(Kind.NAME, words=tuple(words))
