"""Matching what people type against the city's districts, in any script, forgiving accents, case and typos."""

import difflib
from collections.abc import Mapping, Sequence

from core import text_folding
from core.errors import UnknownDistrict


def fold(text: str) -> str:
    """Reduces a name to lowercase ASCII letters for comparison: 'KARŞIYAKA ' -> 'karsiyaka'."""
    return "".join(ch for ch in text_folding.fold(text) if ch.isascii() and ch.isalnum())


def spelling_key(text: str) -> str:
    """A name in any script as compared: folded, without spaces ('علي آغا' and 'علی‌آغا' alike)."""
    return text_folding.fold(text).replace(" ", "")


class DistrictMatcher:
    """Finds a district by its official name or another spelling of it; built once from the configured lists."""

    def __init__(self, districts: Sequence[str], other_names: Mapping[str, Sequence[str]] | None = None) -> None:
        self._by_key: dict[str, str] = {}
        for name in districts:
            for spelling in (name, *(other_names or {}).get(name, ())):
                self._by_key.setdefault(spelling_key(spelling), name)

    def match(self, text: str) -> str:
        """Returns the district's official name, or raises UnknownDistrict with suggestions."""
        key = spelling_key(text)
        if key in self._by_key:
            return self._by_key[key]
        close = difflib.get_close_matches(key, self._by_key, n=6, cutoff=0.75)
        districts = list(dict.fromkeys(self._by_key[c] for c in close))
        if len(districts) == 1 or (districts and _clear_winner(key, close)):
            return districts[0]
        raise UnknownDistrict(suggestions=districts[:3])


def _clear_winner(key: str, close: list[str]) -> bool:
    """Tells whether the best guess is clearly better than the runner-up."""
    scores = [difflib.SequenceMatcher(None, key, c).ratio() for c in close[:2]]
    return scores[0] - scores[1] >= 0.1


def spelling_clashes(districts: Sequence[str], other_names: Mapping[str, Sequence[str]]) -> list[str]:
    """Spellings that would name two districts at once (a mistake in the configuration)."""
    owners: dict[str, str] = {}
    clashes = []
    for name in districts:
        for spelling in (name, *other_names.get(name, ())):
            if owners.setdefault(spelling_key(spelling), name) != name:
                clashes.append(spelling)
    return clashes
