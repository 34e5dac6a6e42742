"""Turkish identity numbers: T.C. Kimlik No and the foreign-resident number (YKN)."""

from dataclasses import dataclass
from enum import StrEnum

from stdnum.tr import tckimlik

from core.digits import only_digits
from core.errors import InvalidIdentityNumber


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
