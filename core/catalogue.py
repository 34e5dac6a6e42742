"""The programme catalogue: programmes, desks, SLAs and the city's districts, read from a data file."""

import re
import tomllib
from datetime import timedelta
from functools import cached_property
from pathlib import Path
from typing import Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from core.districts import DistrictMatcher, spelling_clashes
from core.errors import ConfigurationError, NotFound
from core.questions import Question

# The questions every programme may ask, each stored in its own place; a programme's own are its `questions`.
FieldName = Literal[
    "full_name", "phone", "national_id", "district", "neighbourhood", "household_size", "description", "documents"
]
FIELD_NAMES: frozenset[str] = frozenset(get_args(FieldName))
CODE = r"^[a-z][a-z0-9_]{1,40}$"


class Desk(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    languages: list[str] = Field(default_factory=list)


class Programme(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str = Field(pattern=CODE)
    desk: str
    kind: Literal["application", "question"] = "application"
    sla_hours: int = Field(gt=0, le=24 * 365)
    priority: int = Field(0, ge=0, le=9)
    # The questions in the order they are asked: fields every programme may ask, and codes of its own questions.
    fields: list[str]
    questions: dict[str, Question] = Field(default_factory=dict)
    # The documents to have ready (names: `document-<code>` in locales/), shown before the questions and asked
    # for one by one at the documents step; the summary and staff see which were sent and which are missing.
    documents_needed: list[str] = Field(default_factory=list)
    confidential: bool = True
    # Days its requests are kept after they end, before their personal data is destroyed (None: the
    # setting HEMSEHRI_RETENTION_DAYS).
    retention_days: int | None = Field(None, ge=30, le=36500)

    @property
    def sla(self) -> timedelta:
        return timedelta(hours=self.sla_hours)

    @property
    def retention(self) -> timedelta | None:
        return timedelta(days=self.retention_days) if self.retention_days else None

    @model_validator(mode="after")
    def _fields_once(self) -> "Programme":
        if len(set(self.fields)) != len(self.fields):
            raise ValueError("a field is listed twice")
        if self.kind == "application" and self.fields[:1] != ["full_name"]:
            raise ValueError("an application asks the applicant's full name first")
        if self.documents_needed and "documents" not in self.fields:
            raise ValueError("documents_needed needs the documents field")
        if any(not re.fullmatch(CODE, code) for code in self.documents_needed):
            raise ValueError(f"document codes are short lower-case words: {self.documents_needed}")
        for code in set(self.questions) & FIELD_NAMES:
            raise ValueError(f"question {code!r} has the name of a field")
        for code in self.fields:
            if code not in FIELD_NAMES and code not in self.questions:
                raise ValueError(f"{code!r} is neither a field nor one of the programme's questions")
        for code, question in self.questions.items():
            if code not in self.fields or not re.fullmatch(CODE, code):
                raise ValueError(f"question {code!r} is not listed in fields (or its code is not a short word)")
            when = question.when
            earlier = self.fields[: self.fields.index(code)]
            if when and (when.question not in earlier or when.question not in self.questions):
                raise ValueError(f"question {code!r} depends on {when.question!r}, not an earlier question")
            if when and when.equals not in self.questions[when.question].values():
                raise ValueError(f"question {code!r} depends on an answer {when.question!r} cannot have")
        return self


class City(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    phone_region: str = Field("TR", pattern=r"^[A-Z]{2}$")
    default_locale: str
    locales: list[str] = Field(min_length=1)
    privacy_notice_version: str
    districts: list[str] = Field(min_length=1)
    # Other spellings of each district (other scripts, transliterations), matched like the official names.
    district_names: dict[str, list[str]] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _district_names_known(self) -> "City":
        unknown = sorted(set(self.district_names) - set(self.districts))
        if unknown:
            raise ValueError(f"district_names names districts not in city.districts: {', '.join(unknown)}")
        clashes = spelling_clashes(self.districts, self.district_names)
        if clashes:
            raise ValueError(f"district_names: a spelling names two districts: {', '.join(clashes)}")
        return self

    # The programme offered to a person who has nowhere to sleep tonight (safeguarding replies), if the city has one.
    shelter_programme: str | None = None


class Catalogue(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    city: City
    desks: dict[str, Desk]
    programmes: list[Programme] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> "Catalogue":
        codes = [p.code for p in self.programmes]
        duplicates = sorted({c for c in codes if codes.count(c) > 1})
        if duplicates:
            raise ValueError(f"programme codes listed twice: {', '.join(duplicates)}")
        for programme in self.programmes:
            if programme.desk not in self.desks:
                raise ValueError(f"programme {programme.code!r} names unknown desk {programme.desk!r}")
        if self.city.shelter_programme is not None and self.city.shelter_programme not in codes:
            raise ValueError(f"city.shelter_programme {self.city.shelter_programme!r} is no programme")
        if self.city.default_locale not in self.city.locales:
            raise ValueError("city.default_locale must be one of city.locales")
        return self

    def programme(self, code: str) -> Programme:
        """Returns the programme with this code or raises NotFound."""
        for programme in self.programmes:
            if programme.code == code:
                return programme
        raise NotFound("error-programme-unknown", code=code)

    @cached_property
    def districts(self) -> DistrictMatcher:
        return DistrictMatcher(self.city.districts, self.city.district_names)


def load_catalogue(path: Path) -> Catalogue:
    """Reads and validates the catalogue file; any mistake raises one ConfigurationError naming it."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigurationError(f"catalogue {path}: cannot be read ({exc.strerror})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigurationError(f"catalogue {path}: not valid TOML ({exc})") from None
    try:
        return Catalogue.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = _describe_location(data, first["loc"])
        raise ConfigurationError(f"catalogue {path}: {where}{first['msg']}") from None


def _describe_location(data: dict[str, Any], loc: tuple[int | str, ...]) -> str:
    """Turns ('programmes', 3, 'desk') into "programmes[3] (code 'x').desk: "."""
    if not loc:
        return ""
    parts: list[str] = []
    node: object = data
    for item in loc:
        if isinstance(item, int) and isinstance(node, list):
            node = node[item] if item < len(node) else None
            code = node.get("code") if isinstance(node, dict) else None
            parts[-1] += f"[{item}]" + (f" (code {code!r})" if code else "")
        else:
            parts.append(str(item))
            node = node.get(item) if isinstance(node, dict) else None
    return ".".join(parts) + ": "
