"""Spotting disclosures of danger in what a person writes, offline, from phrase lists kept as data per language.

Each language's list (phrases/<locale>.toml) is versioned and reviewed like a catalogue. A phrase is matched
on folded text (core.text_folding.fold) word by word:

* a word of the phrase matches any word that starts with it ("dov" matches "dovuyor", "dovdu");
* a word ending in "=" matches only that whole word ("siddet=" is not "siddetli");
* "a|b" inside a word is either ("dov|vur");
* "~" stands for up to five other words ("esim ~ dov" also finds "esim her gun beni dovuyor");
* one of the list's `proclitics` (Arabic's و, ب, ال, وال …) may be glued to the front of any word.

A list's `ignore` phrases are blanked out before matching: ordinary sayings that share words with a
disclosure. Every list is tried on every message: people write in a language other than the one they chose.
"""

import re
import tomllib
from dataclasses import dataclass
from enum import StrEnum
from functools import cache, lru_cache
from pathlib import Path

from core.errors import ConfigurationError
from core.text_folding import fold

PHRASES_DIR = Path(__file__).parent / "phrases"
_ANY_WORDS, _GAP = "~", r"(?:\s+\w+){0,5}"


class Category(StrEnum):
    """What was disclosed, most urgent first (the order replies and lists follow)."""

    SELF_HARM = "self_harm"
    MEDICAL = "medical_emergency"
    VIOLENCE = "violence"  # at home, or gender-based
    CHILD = "child_at_risk"
    TRAFFICKING = "trafficking"  # or exploitation
    NO_SHELTER = "no_shelter"  # evicted, or sleeping outside tonight
    DETENTION = "detention"  # or deportation


URGENCY = {category: rank for rank, category in enumerate(Category)}


@dataclass(frozen=True)
class Disclosure:
    """The categories a message disclosed, most urgent first, and the phrase lists that found them."""

    categories: tuple[Category, ...]
    lists: tuple[str, ...]  # "<locale>@<version>" of every list that matched


@dataclass(frozen=True)
class PhraseList:
    """One language's compiled list: its patterns indexed by the first two letters of their first word."""

    locale: str
    version: str
    ignore: re.Pattern[str] | None
    proclitics: tuple[str, ...]
    index: dict[str, tuple[tuple[Category, re.Pattern[str]], ...]]

    @property
    def label(self) -> str:
        return f"{self.locale}@{self.version}"

    def clean(self, folded: str) -> str:
        """Folded text with the list's ordinary sayings blanked out (positions kept)."""
        return self.ignore.sub(lambda m: " " * len(m.group()), folded) if self.ignore else folded


def _word(word: str, proclitics: str) -> str:
    whole = word.endswith("=")
    choices = "|".join(re.escape(fold(choice)) for choice in word.rstrip("=").split("|"))
    return f"{proclitics}(?:{choices})" + (r"(?!\w)" if whole else r"\w*")


def _phrase(text: str, proclitics: str) -> str:
    pattern, first = r"(?<!\w)", True
    for word in text.split():
        if word == _ANY_WORDS:
            pattern += _GAP
            continue
        pattern += ("" if first else r"\s+") + _word(word, proclitics)
        first = False
    return pattern


def _keys(phrase: str) -> set[str]:
    """The first two letters (or the one) of each spelling of the phrase's first word ("m'a" folds to "m a")."""
    return {fold(choice).split(" ")[0][:2] for choice in phrase.split()[0].rstrip("=").split("|")}


def _compile(phrases: list[str], proclitics: str) -> re.Pattern[str]:
    return re.compile("|".join(_phrase(p, proclitics) for p in phrases))


def load_list(path: Path) -> PhraseList:
    """Reads and compiles one language's list; a mistake raises ConfigurationError naming the file."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        proclitics = tuple(sorted((fold(p) for p in data.get("proclitics", [])), key=len, reverse=True))
        clitic = f"(?:{'|'.join(map(re.escape, proclitics))})?" if proclitics else ""
        grouped: dict[str, dict[Category, list[str]]] = {}
        for name, section in data["categories"].items():
            for phrase in section["phrases"]:
                for key in _keys(phrase):
                    grouped.setdefault(key, {}).setdefault(Category(name), []).append(phrase)
        index = {
            key: tuple((category, _compile(phrases, clitic)) for category, phrases in by_category.items())
            for key, by_category in grouped.items()
        }
        ignore = _compile(data["ignore"], "") if data.get("ignore") else None
        return PhraseList(
            locale=data["locale"], version=str(data["version"]), ignore=ignore, proclitics=proclitics, index=index
        )
    except (OSError, KeyError, ValueError, re.error, tomllib.TOMLDecodeError) as exc:
        raise ConfigurationError(f"safeguarding phrases {path.name}: {exc}") from None


@cache
def phrase_lists() -> tuple[PhraseList, ...]:
    """Every language's list, loaded once."""
    return tuple(load_list(path) for path in sorted(PHRASES_DIR.glob("*.toml")))


@cache
def _merged() -> tuple[tuple[str, ...], dict[str, list[tuple[PhraseList, Category, re.Pattern[str]]]]]:
    """Every list's proclitics, and every list's patterns by the first letters of their first word."""
    proclitics: set[str] = set()
    index: dict[str, list[tuple[PhraseList, Category, re.Pattern[str]]]] = {}
    for phrases in phrase_lists():
        proclitics.update(phrases.proclitics)
        for key, patterns in phrases.index.items():
            index.setdefault(key, []).extend((phrases, category, pattern) for category, pattern in patterns)
    return tuple(proclitics), index


def load_lists() -> None:
    """Compiles every list now (~0.7 s of CPU; run it in a thread at start-up) rather than on the first message."""
    _merged()


@lru_cache(maxsize=64)  # the engine and the request service look at the same words in one event
def detect(text: str | None) -> Disclosure | None:
    """The disclosure in a message, or None when it holds none.

    Only the patterns whose first word could begin where a word of the text begins are tried, and only there.
    """
    if not text:
        return None
    folded = fold(text)
    proclitics, index = _merged()
    starts: dict[str, list[int]] = {}
    for word in re.finditer(r"\S+", folded):
        letters = word.group()
        keys = {letters[:1], letters[:2]}
        keys.update(letters[len(p) : len(p) + 2] for p in proclitics if letters.startswith(p))
        for key in keys:
            starts.setdefault(key, []).append(word.start())
    found: dict[Category, set[str]] = {}
    cleaned: dict[str, str] = {}
    for key, at in starts.items():
        for phrases, category, pattern in index.get(key, ()):
            if phrases.label in found.get(category, ()):
                continue
            clean = cleaned.get(phrases.label)
            if clean is None:
                clean = cleaned[phrases.label] = phrases.clean(folded)
            if any(pattern.match(clean, position) for position in at):
                found.setdefault(category, set()).add(phrases.label)
    if not found:
        return None
    return Disclosure(
        categories=tuple(sorted(found, key=URGENCY.__getitem__)),
        lists=tuple(sorted(set().union(*found.values()))),
    )
