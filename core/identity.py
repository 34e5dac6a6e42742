"""Turkish identity numbers: T.C. Kimlik No and the foreign-resident number (YKN)."""

import re
from dataclasses import dataclass
from enum import StrEnum

from stdnum.tr import tckimlik

from core.digits import only_digits, to_ascii_digits
from core.errors import InvalidIdentityNumber

# Eleven digits (any script), not starting with 0, possibly grouped by spaces, dots or dashes, and not part of
# a longer number: the shape of a T.C. or foreign-resident identity number. Phone numbers start with 0 or +90.
_IDENTITY_IN_TEXT = re.compile(r"(?<![\d+])[1-9](?:[ .\-]?\d){10}(?![ .\-]?\d)")


class IdentityKind(StrEnum):
    CITIZEN = "tc"
    FOREIGN_RESIDENT = "ykn"


@dataclass(frozen=True)
class IdentityNumber:
    value: str
    kind: IdentityKind
    checksum_ok: bool

    @property
    def masked(self) -> str:
        """Shows the first two and last two digits only: 12*******90."""
        return mask(self.value)


def mask(value: str) -> str:
    """Masks all but the first two and last two characters."""
    return value[:2] + "*" * (len(value) - 4) + value[-2:]


def parse_identity_number(text: str) -> IdentityNumber:
    """Validates a typed identity number or raises InvalidIdentityNumber with the reason's key.

    A foreign resident's number (starting with 99) that fails the checksum is accepted with
    `checksum_ok=False`: staff check it at the desk rather than turning the person away.
    """
    digits = only_digits(text)
    if digits is None:
        raise InvalidIdentityNumber("error-identity-not-digits")
    if len(digits) != 11:
        raise InvalidIdentityNumber("error-identity-length", given=len(digits))
    if digits.startswith("98"):
        raise InvalidIdentityNumber("error-identity-protection-number")
    if digits[0] == "0":
        raise InvalidIdentityNumber("error-identity-leading-zero")
    checksum_ok = tckimlik.is_valid(digits)
    if digits.startswith("99"):
        return IdentityNumber(digits, IdentityKind.FOREIGN_RESIDENT, checksum_ok)
    if not checksum_ok:
        raise InvalidIdentityNumber("error-identity-checksum")
    return IdentityNumber(digits, IdentityKind.CITIZEN, True)


def mask_in_text(text: str) -> str:
    """Masks every identity number written in free text (12*******90), whatever its digits or grouping."""
    ascii_text = to_ascii_digits(text)  # one character for one: positions match the original
    pieces, last = [], 0
    for found in _IDENTITY_IN_TEXT.finditer(ascii_text):
        run = text[found.start() : found.end()]
        positions = [i for i, ch in enumerate(ascii_text[found.start() : found.end()]) if ch.isdigit()]
        hidden = set(positions[2:-2])
        pieces += [text[last : found.start()], "".join("*" if i in hidden else ch for i, ch in enumerate(run))]
        last = found.end()
    return "".join(pieces) + text[last:] if pieces else text
