"""Phone numbers, normalised to E.164 with Google's libphonenumber rules."""

import phonenumbers

from core.digits import clean_for_matching
from core.errors import InvalidPhone


def parse_phone(text: str, *, default_region: str = "TR") -> str:
    """Returns the number in E.164 (+905321234567) or raises InvalidPhone."""
    cleaned = clean_for_matching(text)
    if cleaned.startswith("00"):
        cleaned = "+" + cleaned[2:]
    try:
        number = phonenumbers.parse(cleaned, default_region)
    except phonenumbers.NumberParseException as exc:
        raise InvalidPhone("error-phone-invalid") from exc
    if not phonenumbers.is_valid_number(number):
        raise InvalidPhone("error-phone-invalid")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
