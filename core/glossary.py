"""The city's terms and the one translation each language uses for them: locales/<code>/glossary.toml.

The catalogues are held to it by the tests (wherever the Turkish catalogue says a term, the translation says the
chosen one), and a machine-translation provider can take its pairs. Programme, desk and status names are not
repeated here: each is one message of the catalogue already.
"""

import tomllib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from core.errors import ConfigurationError
from core.i18n import LOCALES_DIR, parents

FILE = "glossary.toml"


class Term(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    tr: str = Field(min_length=2)  # the city's word, as the Turkish catalogue writes it (any suffix)
    use: str = Field(min_length=1)  # the translation this language uses
    # What a message says wherever the Turkish one says `tr` (default: `use`): each form found, as whole words
    # in any spelling (core.text_folding), `*` letting a word end any way, `|` between alternatives.
    forms: tuple[str, ...] = ()
    note: str = ""

    @property
    def shown(self) -> tuple[str, ...]:
        return self.forms or (self.use,)


class Glossary(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    terms: tuple[Term, ...] = ()
    avoid: dict[str, str] = Field(default_factory=dict)  # a word this language does not use (a form) -> its own

    @model_validator(mode="after")
    def _one_translation_per_term(self) -> "Glossary":
        words = [term.tr.casefold() for term in self.terms]
        twice = sorted({word for word in words if words.count(word) > 1})
        if twice:
            raise ValueError(f"terms listed twice: {', '.join(twice)}")
        return self

    def pairs(self) -> list[tuple[str, str]]:
        """(Turkish term, translation), the shape a machine-translation glossary takes."""
        return [(term.tr, term.use) for term in self.terms]


def load_glossary(locale: str, directory: Path = LOCALES_DIR) -> Glossary:
    """A language's glossary; a regional variant's (fa-AF) terms and avoided words over its parent's (fa)."""
    terms: dict[str, Term] = {}
    avoid: dict[str, str] = {}
    for code in reversed(parents(locale)):
        path = directory / code / FILE
        if not path.exists():
            continue
        try:
            own = Glossary.model_validate(tomllib.loads(path.read_text(encoding="utf-8")))
        except (tomllib.TOMLDecodeError, ValidationError) as exc:
            raise ConfigurationError(f"glossary {path}: {exc}") from None
        terms.update({term.tr.casefold(): term for term in own.terms})
        avoid.update(own.avoid)
    return Glossary(terms=tuple(terms.values()), avoid=avoid)
