"""Digit and invisible-character normalisation for what people type."""

import re
import unicodedata

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad\u061c]")


def to_ascii_digits(text: str) -> str:
    """Replaces Arabic-Indic and Persian digits with ASCII ones."""
    return text.translate(_DIGITS)


def strip_invisible(text: str) -> str:
    """Removes zero-width and bidi control characters (for matching, never for storage)."""
    return _INVISIBLE.sub("", text)


def clean_for_matching(text: str) -> str:
    """Strips invisible controls, NFC-normalises and converts digits, for parsing input.

    Invisibles go first: one between a letter and its accent would otherwise keep the pair from composing.
    """
    return to_ascii_digits(unicodedata.normalize("NFC", strip_invisible(text))).strip()


def only_digits(text: str, *, allowed_separators: str = " -./_\u00a0") -> str | None:
    """Returns the digits of `text` if it holds nothing but digits and separators, else None."""
    cleaned = clean_for_matching(text)
    digits = "".join(ch for ch in cleaned if ch not in allowed_separators)
    return digits if digits.isdigit() and digits.isascii() else None
