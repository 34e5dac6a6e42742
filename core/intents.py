"""What a short message asks for, from the words people use in each language (locales/<code>/intents.toml).

A message *is* an intent when nearly all of its words are the words of that intent, of a programme's name,
or filler (please, I, need, aid…): "süt yardımı istiyorum", "أحتاج مساعدة", "beni unutun". A longer message
with words of its own is a question for staff, even when it names a programme (`programmes_named` tells
which, so the bot can offer the application beside the answer). Words are matched on folded text
(core.text_folding), so case, accents and Arabic/Persian letter variants do not matter.
"""

import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from core.i18n import LOCALES_DIR, parents
from core.text_folding import Phrases, fold

FILE = "intents.toml"
# What the person may ask for, first the one that wins when a message holds the words of several.
INTENTS = ("forget", "cancel", "when", "status", "apply", "help", "menu", "thanks", "greeting")
FILLER = "filler"
PROGRAMME = "programme:"  # prefix of a programme's words among the kinds of words found
# Words of a message that may be none of the intent's, its programme's or filler (a name, a typo).
UNKNOWN_WORDS_ALLOWED = 1


@dataclass(frozen=True)
class Understood:
    """What a message asks for: an intent, and the programme it names when it names exactly one."""

    intent: str  # one of INTENTS
    programme: str | None
    locale: str  # the language whose words it is in


@dataclass(frozen=True)
class _Words:
    """One language's words: per intent, per programme code, and filler."""

    kinds: dict[str, Phrases]  # intent, "programme:<code>" or "filler" -> its words
    every: Phrases  # all of them: a message with none of them needs no look for each kind


class IntentBook:
    """Every language's intent words, read once from locales/; a regional variant adds its words to its parent's."""

    def __init__(self, locales: Sequence[str], directory: Path = LOCALES_DIR) -> None:
        self.locales = tuple(locales)
        self._words = {locale: _read(locale, directory) for locale in self.locales}

    def understand(self, text: str, *, locale: str) -> Understood | None:
        """What the whole message asks for, trying `locale`'s words first, then every other language's."""
        folded = fold(text)
        words = folded.split()
        if not words:
            return None
        best: tuple[int, Understood] | None = None
        for candidate in (locale, *(loc for loc in self.locales if loc != locale)):
            found, covered = self._kinds_found(folded, candidate)
            unknown = len(words) - covered
            understood = _decide(found, candidate)
            if understood is not None and unknown <= UNKNOWN_WORDS_ALLOWED and (best is None or unknown < best[0]):
                best = (unknown, understood)
        return best[1] if best else None

    def programmes_named(self, text: str, *, locale: str) -> list[str]:
        """The programme codes a message names in `locale`'s words (or, failing those, in any language's)."""
        folded = fold(text)
        for candidate in (locale, *(loc for loc in self.locales if loc != locale)):
            found, _ = self._kinds_found(folded, candidate)
            codes = [kind.removeprefix(PROGRAMME) for kind in found if kind.startswith(PROGRAMME)]
            if codes:
                return codes
        return []

    def kinds(self, locale: str) -> frozenset[str]:
        """The kinds of words `locale` has (intents, programme:<code>, filler), for checking the catalogues."""
        return frozenset(self._words[locale].kinds)

    def _kinds_found(self, folded: str, locale: str) -> tuple[list[str], int]:
        """The kinds of words found (longest phrase first where they overlap) and how many words they cover."""
        words = self._words[locale]
        if not words.every.occur_in(folded):  # most messages, in most of the city's languages
            return [], 0
        spans = [(start, end, kind) for kind, phrases in words.kinds.items() for start, end in phrases.spans(folded)]
        taken: list[tuple[int, int, str]] = []
        for start, end, kind in sorted(spans, key=lambda s: (s[0] - s[1], s[0])):
            if all(end <= s or start >= e for s, e, _ in taken):
                taken.append((start, end, kind))
        taken.sort()
        found = list(dict.fromkeys(kind for _, _, kind in taken if kind != FILLER))
        covered = sum(len(folded[start:end].split()) for start, end, _ in taken)
        return found, covered


def _decide(found: list[str], locale: str) -> Understood | None:
    """The intent that wins among the kinds found; a single programme named makes it an application for it."""
    intents = [kind for kind in INTENTS if kind in found]
    programmes = [kind.removeprefix(PROGRAMME) for kind in found if kind.startswith(PROGRAMME)]
    if intents and intents[0] == "when" and (programmes or "apply" in intents):
        return None  # "when does the milk come?", "when can I apply?": questions for staff, not a place in line
    if intents and intents[0] in ("forget", "cancel", "when", "status"):
        return Understood(intents[0], None, locale)
    if programmes:
        return Understood("apply", programmes[0] if len(programmes) == 1 else None, locale)
    return Understood(intents[0], None, locale) if intents else None


def _read(locale: str, directory: Path) -> _Words:
    """A locale's words, its parents' first (fa-AF adds to fa)."""
    lists: dict[str, list[str]] = {}
    for code in reversed(parents(locale)):
        path = directory / code / FILE
        if not path.exists():
            continue
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for kind in (*INTENTS, FILLER):
            lists.setdefault(kind, []).extend(data.get(kind, []))
        for code_, words in data.get("programmes", {}).items():
            lists.setdefault(f"{PROGRAMME}{code_}", []).extend(words)
    return _Words(
        {kind: Phrases.of(words) for kind, words in lists.items()},
        Phrases.of(word for words in lists.values() for word in words),
    )


@lru_cache(maxsize=4)
def intent_book(locales: tuple[str, ...]) -> IntentBook:
    """The book for a city's languages, read on first use and kept."""
    return IntentBook(locales)
