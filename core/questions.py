"""A programme's own questions: their kinds, when they are asked, and how a typed answer is checked.

The catalogue declares them (core/catalogue.toml, `[programmes.questions.<code>]`); their words live in locales/
as `question-<code>` (the question, with `.label` for summaries and staff, `.help` for the example shown with
it) and `question-<code>-<option>` for each option of a choice. Answers are kept as plain JSON values: text,
a number, an ISO date, an option's code, "yes" / "no", an E.164 phone, an identity number, a district's name.
"""

import re
from datetime import date
from typing import Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from core.digits import clean_for_matching, only_digits
from core.errors import InvalidInput
from core.i18n import Translator
from core.identity import mask, parse_identity_number
from core.phones import parse_phone

Kind = Literal["text", "number", "date", "choice", "yes_no", "phone", "identity", "district", "neighbourhood"]
YES, NO = "yes", "no"
MAX_TEXT = 200
OLDEST_YEARS = 120
OPTION = r"^[a-z0-9][a-z0-9_]{0,20}$"
# 15.03.2023, 15/3/2023, 15-03-2023, or 2023-03-15, in any digits.
_DAY_FIRST = re.compile(r"(\d{1,2})[./\- ](\d{1,2})[./\- ](\d{4})")
_YEAR_FIRST = re.compile(r"(\d{4})[./\- ](\d{1,2})[./\- ](\d{1,2})")


class When(BaseModel):
    """Ask a question only when an earlier one was answered so (a yes/no's "yes", or one option of a choice)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    question: str
    equals: str


class Question(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Kind
    min: int | None = None  # a number's bounds
    max: int | None = None  # a number's bounds, or a text's length
    options: list[str] = Field(default_factory=list)  # a choice's option codes, in order
    repeat: int = Field(1, ge=1, le=10)  # how many answers one person may give (each child's birth date)
    # A date counts only while the one it is about is younger than this many years; at least one answer must.
    under_years: int | None = Field(None, ge=1, le=30)
    when: When | None = None

    @model_validator(mode="after")
    def _coherent(self) -> Self:
        if (self.kind == "choice") != bool(self.options):
            raise ValueError("a choice lists its options, and only a choice does")
        if any(not re.fullmatch(OPTION, option) for option in self.options):
            raise ValueError(f"option codes are short lower-case words: {self.options}")
        if self.kind == "number" and (self.min is None or self.max is None):
            raise ValueError("a number names its min and max")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError("min is above max")
        if self.under_years is not None and self.kind != "date":
            raise ValueError("under_years is for dates")
        return self

    def values(self) -> list[str]:
        """What a condition on this question may compare with."""
        return [YES, NO] if self.kind == "yes_no" else list(self.options)


def is_asked(question: Question, answers: dict[str, Any]) -> bool:
    """Whether the question applies, given the answers so far."""
    return question.when is None or answers.get(question.when.question) == question.when.equals


def parse_answer(question: Question, text: str, *, phone_region: str, today: date) -> Any:
    """A typed answer checked for its kind; raises InvalidInput with a key that says what to write instead.

    Choices and yes/no come by button (their codes); districts are matched by the caller (core.districts).
    """
    cleaned = " ".join(clean_for_matching(text[:400]).split())
    if question.kind in ("choice", "yes_no"):
        if cleaned not in question.values():
            raise InvalidInput("hint-use-buttons")
        return cleaned
    if question.kind == "number":
        return _number(question, cleaned)
    if question.kind == "date":
        return _date(cleaned, today).isoformat()
    if question.kind == "phone":
        return parse_phone(cleaned, default_region=phone_region)
    if question.kind == "identity":
        return parse_identity_number(cleaned).value
    limit = question.max or MAX_TEXT
    if not any(ch.isalnum() for ch in cleaned):
        raise InvalidInput("error-answer-empty")
    if len(cleaned) > limit:
        raise InvalidInput("error-answer-too-long", max=limit, given=len(cleaned))
    return cleaned


def show_answer(question: Question, code: str, value: Any, translator: Translator, locale: str) -> str:
    """An answer as a person or staff member reads it in `locale`: options by name, dates as 15.03.2023."""
    if isinstance(value, list):
        return ", ".join(show_answer(question, code, item, translator, locale) for item in value)
    if question.kind == "yes_no":
        return translator.text(locale, f"apply-answer-{value}")
    if question.kind == "choice":
        return translator.text(locale, f"question-{code}-{value}")
    if question.kind == "date":
        return date.fromisoformat(str(value)).strftime("%d.%m.%Y")
    if question.kind == "identity":
        return mask(str(value))
    return str(value)


def under_age(born: date, years: int, today: date) -> bool:
    """Whether someone born on `born` is younger than `years` today (a 29 February birthday counts from 1 March)."""
    try:
        birthday = born.replace(year=born.year + years)
    except ValueError:
        birthday = date(born.year + years, 3, 1)
    return today < birthday


def _number(question: Question, text: str) -> int:
    digits = only_digits(text, allowed_separators=" .,\u00a0'")
    low, high = question.min or 0, question.max or 0
    if not digits:
        raise InvalidInput("error-answer-not-number", min=low, max=high)
    value = int(digits) if len(digits) <= 12 else high + 1
    if not low <= value <= high:
        raise InvalidInput("error-answer-number-range", min=low, max=high)
    return value


def _date(text: str, today: date) -> date:
    found = _DAY_FIRST.fullmatch(text)
    parts = (found.group(3), found.group(2), found.group(1)) if found else None
    if parts is None and (found := _YEAR_FIRST.fullmatch(text)):
        parts = (found.group(1), found.group(2), found.group(3))
    try:
        value = date(*(int(part) for part in parts)) if parts else None
    except ValueError:
        value = None
    if value is None or value.year < today.year - OLDEST_YEARS:
        raise InvalidInput("error-answer-date")
    if value > today:
        raise InvalidInput("error-answer-date-future")
    return value
