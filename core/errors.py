"""Domain errors: each carries a message key the caller localizes, never a sentence."""

from typing import Any


class HemsehriError(Exception):
    """Base of every domain error; `key` names a message in locales/, `params` fills it."""

    key = "error-unexpected"

    def __init__(self, key: str | None = None, **params: Any) -> None:
        self.key = key or self.key
        self.params = params
        super().__init__(f"{self.key} {params}" if params else self.key)


class NotFound(HemsehriError):
    key = "error-not-found"


class InvalidInput(HemsehriError):
    key = "error-invalid-input"


class InvalidReference(InvalidInput):
    key = "error-reference-invalid"


class InvalidIdentityNumber(InvalidInput):
    key = "error-identity-invalid"


class InvalidPhone(InvalidInput):
    key = "error-phone-invalid"


class UnknownDistrict(InvalidInput):
    key = "error-district-unknown"


class InvalidTransition(HemsehriError):
    key = "error-transition-forbidden"


class Forbidden(HemsehriError):
    key = "error-forbidden"


class Busy(HemsehriError):
    """Too much of this work is already waiting: try again in a moment."""

    key = "error-busy"


class ConfigurationError(HemsehriError):
    """A setting or data file is wrong; the message names it (shown once at start)."""

    key = "error-configuration"

    def __init__(self, message: str) -> None:
        super().__init__(self.key)
        self.message = message

    def __str__(self) -> str:
        return self.message
