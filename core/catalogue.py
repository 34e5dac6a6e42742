"""The programme catalogue: programmes, desks, SLAs and the city's districts, read from a data file."""

import tomllib
from datetime import timedelta
from functools import cached_property
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from core.districts import DistrictMatcher
from core.errors import ConfigurationError, NotFound

FieldName = Literal["phone", "national_id", "district", "neighbourhood", "household_size", "description", "documents"]
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
    fields: list[FieldName]
    confidential: bool = True

    @property
    def sla(self) -> timedelta:
        return timedelta(hours=self.sla_hours)

    @model_validator(mode="after")
    def _fields_once(self) -> "Programme":
        if len(set(self.fields)) != len(self.fields):
            raise ValueError("a field is listed twice")
        return self


class City(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    phone_region: str = Field("TR", pattern=r"^[A-Z]{2}$")
    default_locale: str
    locales: list[str] = Field(min_length=1)
    privacy_notice_version: str
    districts: list[str] = Field(min_length=1)


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
        return DistrictMatcher(self.city.districts)


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


def _describe_location(data: dict, loc: tuple) -> str:
    """Turns ('programmes', 3, 'desk') into "programmes[3] (code 'x').desk: "."""
    if not loc:
        return ""
    parts = []
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
